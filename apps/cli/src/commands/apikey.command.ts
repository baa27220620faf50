import { ApiKeyError, ApiKeyStore } from '@renmian/access';
import { createDataSource, openDatabase } from '@renmian/database';
import { UsageError } from './usage.error';

/**
 * `apikey create --role ROLE --name NAME` (prints the key alone on its last line), `apikey list`,
 * `apikey revoke NAME`. Whoever can run this can reach the database, so it needs no key itself.
 */
export async function apikeyCommand(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const [action, ...rest] = args;
  const options = readOptions(rest);
  if (!['create', 'list', 'revoke'].includes(action ?? '')) throw new UsageError('apikey takes create, list or revoke');
  const db = await openDatabase({ log: err });
  const ds = createDataSource({ url: db.url });
  await ds.initialize();
  try {
    const store = new ApiKeyStore(ds);
    if (action === 'create') {
      if (!options.role || !options.name) throw new UsageError('apikey create needs --role reader|editor|admin and --name NAME');
      const { key, record } = await store.create(options.name, options.role);
      out(`created ${record.role} key “${record.name}”; keep it now, it is not stored and cannot be shown again:`);
      out(key);
    } else if (action === 'list') {
      for (const k of await store.list()) {
        out(`${k.name}\t${k.role}\tcreated ${k.createdAt.toISOString()}${k.revokedAt ? `\trevoked ${k.revokedAt.toISOString()}` : ''}`);
      }
    } else {
      const name = options.name ?? options._;
      if (!name) throw new UsageError('apikey revoke needs the key name');
      const k = await store.revoke(name);
      out(`revoked “${k.name}”`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ApiKeyError) {
      err(`renmian: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    await ds.destroy();
    await db.close();
  }
}

function readOptions(args: string[]): { role?: string; name?: string; _?: string } {
  const options: { role?: string; name?: string; _?: string } = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--role') options.role = args[++i];
    else if (args[i] === '--name') options.name = args[++i];
    else if (!args[i].startsWith('--')) options._ = args[i];
    else throw new UsageError(`unknown option ${args[i]}`);
  }
  return options;
}
