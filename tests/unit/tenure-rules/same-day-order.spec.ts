import fc from 'fast-check';
import { ChangeEvent, NoticeOrder, compareEvents, decisionsOrdered, derivePostTenures } from '@renmian/tenure-rules';

// Invented names. Notices are named by an invented text hash; a series is issuer and number prefix.
const DAY = '2024-03-04';
const SERIES = '柏川市人民政府|柏政任〔2024〕';
let counter = 0;

function ev(type: ChangeEvent['type'], personId: string, order: Partial<NoticeOrder> & { notice: string }, extra: Partial<ChangeEvent> = {}): ChangeEvent {
  counter++;
  const full: NoticeOrder = { series: null, number: null, ordinal: 0, ...order };
  return { id: `e${counter}`, type, personId, postId: '局长', effectiveOn: DAY, probationMonths: null, sequence: `${full.notice}/${full.ordinal}`, order: full, ...extra };
}

describe('same-day decisions about one seat', () => {
  it('are ordered by the issuer\'s document number, not by the text: 12号 after 11号', () => {
    // The 11号 notice's text sorts after the 12号's: the number decides.
    const first = ev('appoint', '韩明', { notice: 'ffff', series: SERIES, number: 11 }, { probationMonths: 12 });
    const second = ev('appoint', '魏亮', { notice: '0000', series: SERIES, number: 12 }, { probationMonths: 12 });
    for (const events of [[first, second], [second, first]]) {
      const [zero, held] = derivePostTenures(events, 'single');
      expect(zero).toMatchObject({ personId: '韩明', start: DAY, end: DAY, endReason: 'SUPERSEDED', endInferred: true, closedBy: second.id });
      expect(held).toMatchObject({ personId: '魏亮', start: DAY, end: null, probationEnd: '2025-03-03' });
    }
  });

  it('are ordered by clause within one notice', () => {
    const a = ev('appoint', '韩明', { notice: 'aaaa', ordinal: 0 });
    const b = ev('appoint', '魏亮', { notice: 'aaaa', ordinal: 1 });
    expect(derivePostTenures([b, a], 'single').map((t) => [t.personId, t.end])).toEqual([['韩明', DAY], ['魏亮', null]]);
  });

  it('read an appointment in 11号 and a removal in 12号 as a tenure of one day', () => {
    const a = ev('appoint', '韩明', { notice: 'ffff', series: SERIES, number: 11 });
    const r = ev('remove', '韩明', { notice: '0000', series: SERIES, number: 12 });
    expect(derivePostTenures([r, a], 'single')).toEqual([expect.objectContaining({ start: DAY, end: DAY, endReason: 'REMOVED', endInferred: false, openedBy: a.id, closedBy: r.id })]);
  });

  it('keep both appointees where nothing orders the notices (two issuers, or no numbers)', () => {
    const a = ev('appoint', '韩明', { notice: '0000', series: '柏川市人民政府|柏政任〔2024〕', number: 11 });
    const b = ev('appoint', '魏亮', { notice: 'ffff', series: '柏川市人民代表大会常务委员会|柏人常〔2024〕', number: 3 });
    const c = ev('appoint', '蒋一', { notice: '1111' });
    for (const pair of [[a, b], [b, a], [a, c], [c, b]]) {
      expect(decisionsOrdered(pair[0], pair[1])).toBe(false);
      expect(derivePostTenures(pair, 'single').map((t) => t.end)).toEqual([null, null]);
    }
  });

  it('still end an earlier holder on the day, whichever of the two unordered appointments comes first', () => {
    const before = ev('appoint', '沈二', { notice: '9999' }, { effectiveOn: '2020-01-01' });
    const a = ev('appoint', '韩明', { notice: '0000' });
    const b = ev('appoint', '魏亮', { notice: 'ffff' });
    const tenures = derivePostTenures([b, a, before], 'single');
    expect(tenures.find((t) => t.personId === '沈二')).toMatchObject({ end: DAY, endReason: 'SUPERSEDED' });
  });

  it('read a handover written in two unordered notices the same whichever sorts first', () => {
    const held = ev('appoint', '沈二', { notice: '9999' }, { effectiveOn: '2020-01-01' });
    for (const [removalNotice, appointmentNotice] of [['0000', 'ffff'], ['ffff', '0000']]) {
      const r = ev('remove', '沈二', { notice: removalNotice });
      const a = ev('appoint', '魏亮', { notice: appointmentNotice });
      const old = derivePostTenures([a, r, held], 'single').find((t) => t.personId === '沈二');
      expect(old).toMatchObject({ end: DAY, endReason: 'REMOVED', endInferred: false, closedBy: r.id });
    }
  });

  it('compare as one order that never loops, so any permutation sorts alike', () => {
    const order = fc.record({
      notice: fc.constantFrom('n1', 'n2', 'n3', 'n4'),
      series: fc.constantFrom(null, 'S', 'T'),
      number: fc.constantFrom(null, 1, 2, 3),
      ordinal: fc.integer({ min: 0, max: 3 }),
    });
    const raw = fc.record({ type: fc.constantFrom<ChangeEvent['type']>('appoint', 'remove'), person: fc.constantFrom('甲', '乙', '丙'), order });
    fc.assert(
      fc.property(
        fc.array(raw, { maxLength: 10 }).chain((list) => {
          // One notice has one series and number: make the generated ones agree.
          const byNotice = new Map(list.map((x) => [x.order.notice, x.order]));
          const events = list.map((x, i): ChangeEvent => {
            const n = byNotice.get(x.order.notice)!;
            return { id: `e${i}`, type: x.type, personId: x.person, postId: 'p', effectiveOn: DAY, probationMonths: null, sequence: `${x.order.notice}/${x.order.ordinal}/${i}`, order: { ...n, ordinal: x.order.ordinal } };
          });
          return fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }));
        }),
        ([events, shuffled]) => {
          expect([...shuffled].sort(compareEvents).map((e) => e.id)).toEqual([...events].sort(compareEvents).map((e) => e.id));
          expect(derivePostTenures(shuffled, 'single')).toEqual(derivePostTenures(events, 'single'));
        },
      ),
    );
  });
});
