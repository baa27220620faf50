import { csrfMatches, csrfTokenOf } from '../../../../apps/api/src/identity/desk-sessions.store';
import { SignInThrottle } from '../../../../apps/api/src/desk/session/sign-in-throttle';
import { localPath } from '../../../../apps/api/src/desk/session/sign-in.controller';

describe('the csrf value of a session', () => {
  it('is the same for one session and differs between sessions', () => {
    expect(csrfTokenOf('session-a')).toBe(csrfTokenOf('session-a'));
    expect(csrfTokenOf('session-a')).not.toBe(csrfTokenOf('session-b'));
    expect(csrfTokenOf('session-a')).not.toContain('session-a');
  });

  it('matches only the session’s own value', () => {
    expect(csrfMatches('session-a', csrfTokenOf('session-a'))).toBe(true);
    for (const sent of [csrfTokenOf('session-b'), '', undefined, ['x'], csrfTokenOf('session-a').slice(1)]) expect(csrfMatches('session-a', sent)).toBe(false);
  });
});

describe('the sign-in throttle', () => {
  it('lets an address fail a few times, then makes it wait until the oldest failure leaves the window', () => {
    const throttle = new SignInThrottle(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(throttle.wait('10.0.0.1', 1000 + i)).toBe(0);
      throttle.fail('10.0.0.1', 1000 + i);
    }
    expect(throttle.wait('10.0.0.1', 2000)).toBe(59);
    expect(throttle.wait('10.0.0.2', 2000)).toBe(0);
    expect(throttle.wait('10.0.0.1', 61_001)).toBe(0);
  });
});

describe('where sign-in goes next', () => {
  it.each([
    ['/review', '/review'],
    ['/audit?actor=a&from=2024-01-01', '/audit?actor=a&from=2024-01-01'],
    ['//evil.example/', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/a b', '/'],
    ['/a\r\nSet-Cookie: x', '/'],
    [undefined, '/'],
    [['/review'], '/'],
  ])('%j → %j', (next, path) => {
    expect(localPath(next)).toBe(path);
  });
});
