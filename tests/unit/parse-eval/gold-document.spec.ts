import { InvalidGoldError, asGoldDocument } from '@renmian/parse-eval';

describe('asGoldDocument', () => {
  it('accepts the gold shape, with missing fields and extra ones', () => {
    const gold = { notices: [{ docNumber: null, issuer: 'x', events: [{ type: 'appoint', person: '张三', concurrent: ['a'] }] }] };
    expect(asGoldDocument(gold)).toBe(gold);
    expect(asGoldDocument({ notices: [] })).toEqual({ notices: [] });
  });

  it.each([
    [[], 'not a JSON object'],
    [null, 'not a JSON object'],
    [{}, '"notices" is not a list'],
    [{ notices: [1] }, 'notices[0] is not an object'],
    [{ notices: [{ docNumber: 'A' }] }, 'notices[0].events is not a list'],
    [{ notices: [{ events: ['x'] }] }, 'notices[0].events[0] is not an object'],
    [{ notices: [{ events: [{ person: ['张三'] }] }] }, 'notices[0].events[0].person is not a string, number or null'],
    [{ notices: [{ date: { y: 2024 }, events: [] }] }, 'notices[0].date is not a string, number or null'],
  ])('refuses %j: %s', (json, reason) => {
    expect(() => asGoldDocument(json)).toThrow(new InvalidGoldError(reason));
  });
});
