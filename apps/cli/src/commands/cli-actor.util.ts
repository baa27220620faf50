import { userInfo } from 'os';

/**
 * Who the audit log names for a load from the command line: the OS user running it, prefixed so
 * that it is never taken for an API key's name (`cli:alice`, not the key `alice`). Some containers
 * run under a uid with no passwd entry, where userInfo() throws: then the environment's user, or the uid.
 */
export function cliActor(): string {
  let name: string | null = null;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER || process.env.LOGNAME || null;
  }
  return `cli:${name || `uid ${process.getuid?.() ?? 'unknown'}`}`;
}
