/** How the web desk's sessions behave; read from the environment once, at boot. */
export interface DeskOptions {
  /** A session unused this long ends (DESK_SESSION_IDLE_MINUTES, default 60). */
  idleMinutes: number;
  /** A session ends this long after sign-in however busy (DESK_SESSION_MAX_HOURS, default 12). */
  maxHours: number;
  /** Failed sign-ins allowed per address in a quarter of an hour (DESK_SIGN_IN_ATTEMPTS, default 10). */
  signInAttempts: number;
  /**
   * TRUST_PROXY_PROTO=true: the service sits behind a reverse proxy that terminates TLS and sets
   * X-Forwarded-Proto. Only then is that header believed (a client could send it to anyone).
   */
  trustProxyProto: boolean;
}

export const DESK_OPTIONS = 'renmian:desk-options';

export const DEFAULT_DESK_OPTIONS: DeskOptions = { idleMinutes: 60, maxHours: 12, signInAttempts: 10, trustProxyProto: false };

/** A setting that cannot be used; the service refuses to start rather than guess. */
export class DeskConfigError extends Error {
  readonly code = 'BAD_CONFIG';
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
  }
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new DeskConfigError(name, `“${raw}” is not a whole number`);
  const n = Number(raw.trim());
  if (n < 1 || n > max) throw new DeskConfigError(name, `must be between 1 and ${max}, not ${n}`);
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new DeskConfigError(name, `must be true or false, not “${raw}”`);
}

export function deskOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DeskOptions {
  const options: DeskOptions = {
    idleMinutes: wholeNumber(env, 'DESK_SESSION_IDLE_MINUTES', DEFAULT_DESK_OPTIONS.idleMinutes, 7 * 24 * 60),
    maxHours: wholeNumber(env, 'DESK_SESSION_MAX_HOURS', DEFAULT_DESK_OPTIONS.maxHours, 30 * 24),
    signInAttempts: wholeNumber(env, 'DESK_SIGN_IN_ATTEMPTS', DEFAULT_DESK_OPTIONS.signInAttempts, 10_000),
    trustProxyProto: flag(env, 'TRUST_PROXY_PROTO'),
  };
  if (options.idleMinutes > options.maxHours * 60) {
    throw new DeskConfigError('DESK_SESSION_IDLE_MINUTES', `${options.idleMinutes} minutes is longer than DESK_SESSION_MAX_HOURS (${options.maxHours} h)`);
  }
  return options;
}
