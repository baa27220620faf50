import { DEFAULT_DESK_OPTIONS, DeskConfigError, deskOptionsFromEnv } from '../../../../apps/api/src/identity/desk.config';

describe('desk configuration, checked at boot', () => {
  it('has defaults when nothing is set', () => {
    expect(deskOptionsFromEnv({})).toEqual(DEFAULT_DESK_OPTIONS);
  });

  it('reads whole numbers and the proxy flag', () => {
    expect(deskOptionsFromEnv({ DESK_SESSION_IDLE_MINUTES: '15', DESK_SESSION_MAX_HOURS: '8', DESK_SIGN_IN_ATTEMPTS: '5', TRUST_PROXY_PROTO: 'true' })).toEqual({
      idleMinutes: 15,
      maxHours: 8,
      signInAttempts: 5,
      trustProxyProto: true,
    });
  });

  it.each([
    [{ DESK_SESSION_IDLE_MINUTES: 'ten' }, 'DESK_SESSION_IDLE_MINUTES: “ten” is not a whole number'],
    [{ DESK_SESSION_IDLE_MINUTES: '1.5' }, 'DESK_SESSION_IDLE_MINUTES: “1.5” is not a whole number'],
    [{ DESK_SESSION_MAX_HOURS: '0' }, 'DESK_SESSION_MAX_HOURS: must be between 1 and 720, not 0'],
    [{ DESK_SIGN_IN_ATTEMPTS: '-3' }, 'DESK_SIGN_IN_ATTEMPTS: “-3” is not a whole number'],
    [{ TRUST_PROXY_PROTO: 'yes' }, 'TRUST_PROXY_PROTO: must be true or false, not “yes”'],
    [{ DESK_SESSION_IDLE_MINUTES: '600', DESK_SESSION_MAX_HOURS: '2' }, 'DESK_SESSION_IDLE_MINUTES: 600 minutes is longer than DESK_SESSION_MAX_HOURS (2 h)'],
  ])('refuses %j, naming the setting', (env, message) => {
    expect(() => deskOptionsFromEnv(env)).toThrow(DeskConfigError);
    expect(() => deskOptionsFromEnv(env)).toThrow(message);
  });
});
