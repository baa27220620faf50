import { ChangeEvent, derivePostTenures, isActingTitle, principalTitle, seatKind } from '@renmian/tenure-rules';

// Invented names. The acting post 槐州市财政局代理局长 stands in for 槐州市财政局局长.
const ACTING = '槐州市财政局代理局长';
const POST = '槐州市财政局局长';
let counter = 0;
function ev(type: ChangeEvent['type'], personId: string, postId: string, effectiveOn: string): ChangeEvent {
  counter++;
  return { id: `e${counter}`, type, personId, postId, effectiveOn, probationMonths: null, sequence: `n${counter}`, order: { notice: `n${counter}`, series: null, number: null, ordinal: 0 } };
}

describe('acting titles', () => {
  it('name the title they stand in for', () => {
    expect(principalTitle('代理局长')).toBe('局长');
    expect(principalTitle('代行检察长')).toBe('检察长');
    expect(principalTitle('局长')).toBeNull();
    expect(principalTitle('代理')).toBeNull();
    expect(isActingTitle('副局长')).toBe(false);
    // The acting post is a single seat of its own: a new acting holder ends the last one.
    expect(seatKind(ACTING)).toBe('single');
  });
});

describe('an acting tenure', () => {
  it('ends, inferred, when the acting holder is appointed to the post itself', () => {
    const acting = ev('appoint', '韩冬', ACTING, '2023-03-01');
    const full = ev('appoint', '韩冬', POST, '2023-09-01');
    const [t] = derivePostTenures([acting], 'single', [full]);
    expect(t).toMatchObject({ personId: '韩冬', start: '2023-03-01', end: '2023-09-01', endReason: 'POST_FILLED', endInferred: true, closedBy: full.id });
  });

  it('ends when anyone else is appointed to the post, and not before', () => {
    const acting = ev('appoint', '孟夏', ACTING, '2023-07-03');
    const earlier = ev('appoint', '吕青', POST, '2020-01-01');
    const full = ev('appoint', '方舟', POST, '2023-10-09');
    const [t] = derivePostTenures([acting], 'single', [earlier, full]);
    expect(t).toMatchObject({ start: '2023-07-03', end: '2023-10-09', endReason: 'POST_FILLED', endInferred: true, closedBy: full.id });
  });

  it('ends when another acting holder is named', () => {
    const first = ev('appoint', '许诺', ACTING, '2023-04-03');
    const second = ev('appoint', '孟夏', ACTING, '2023-07-03');
    const tenures = derivePostTenures([second, first], 'single', []);
    expect(tenures.map((t) => [t.personId, t.end, t.endReason, t.endInferred])).toEqual([
      ['许诺', '2023-07-03', 'SUPERSEDED', true],
      ['孟夏', null, null, false],
    ]);
  });

  it('is not ended by a removal from the post itself', () => {
    const acting = ev('appoint', '韩冬', ACTING, '2023-03-01');
    const removal = ev('remove', '吕青', POST, '2023-05-01');
    expect(derivePostTenures([acting], 'single', [removal])[0].end).toBeNull();
  });
});
