import fc from 'fast-check';
import { ChangeEvent, derivePostTenures, deriveTenures, heldOn } from '@renmian/tenure-rules';

let counter = 0;
function ev(type: ChangeEvent['type'], personId: string, effectiveOn: string, extra: Partial<ChangeEvent> = {}): ChangeEvent {
  counter++;
  return {
    id: `e${counter}`,
    type,
    personId,
    postId: 'post',
    effectiveOn,
    probationMonths: null,
    sequence: `${effectiveOn}/${String(counter).padStart(4, '0')}`,
    ...extra,
  };
}

describe('derivePostTenures', () => {
  it('opens a tenure on appointment and closes it on removal', () => {
    const a = ev('appoint', '张晓明', '2023-01-05', { probationMonths: 12 });
    const r = ev('remove', '张晓明', '2024-03-01');
    expect(derivePostTenures([a, r], 'multi')).toEqual([
      {
        personId: '张晓明', postId: 'post', start: '2023-01-05', startBound: null, end: '2024-03-01', endReason: 'REMOVED',
        endInferred: false, probationEnd: '2024-01-04', openedBy: a.id, closedBy: r.id,
      },
    ]);
  });

  it('keeps the start unknown for a removal with no known appointment', () => {
    const r = ev('remove', '刘德明', '2023-12-20');
    const [t] = derivePostTenures([r], 'single');
    expect(t).toMatchObject({ start: null, end: '2023-12-20', endReason: 'REMOVED', openedBy: null, probationEnd: null });
    expect(heldOn([t], '1990-01-01')).toHaveLength(1);
    expect(heldOn([t], '2023-12-19')).toHaveLength(1);
    expect(heldOn([t], '2023-12-20')).toHaveLength(0);
  });

  it('marks a stated automatic removal as AUTO_REMOVED', () => {
    const [t] = derivePostTenures([ev('appoint', '李红', '2020-01-01'), ev('auto_remove', '李红', '2023-12-09')], 'single');
    expect(t.endReason).toBe('AUTO_REMOVED');
    expect(t.endInferred).toBe(false);
  });

  it('infers the end of a single seat when a new holder is appointed, pointing at the appointment', () => {
    const first = ev('appoint', '王建国', '2021-06-01');
    const second = ev('appoint', '赵四', '2023-06-01');
    const tenures = derivePostTenures([second, first], 'single');
    expect(tenures[0]).toMatchObject({ personId: '王建国', end: '2023-06-01', endReason: 'SUPERSEDED', endInferred: true, closedBy: second.id });
    expect(tenures[1]).toMatchObject({ personId: '赵四', end: null, endInferred: false });
  });

  it('does not infer ends on a multi-seat post', () => {
    const tenures = derivePostTenures([ev('appoint', '王建国', '2021-06-01'), ev('appoint', '赵四', '2023-06-01')], 'multi');
    expect(tenures.map((t) => t.end)).toEqual([null, null]);
  });

  it('reads a same-day removal and appointment as a handover, not as an inferred end', () => {
    const r = ev('remove', '刘德明', '2023-12-20');
    const a = ev('appoint', '王永强', '2023-12-20', { probationMonths: 12 });
    const tenures = derivePostTenures([a, r], 'single');
    expect(tenures).toHaveLength(2);
    expect(tenures.find((t) => t.personId === '刘德明')).toMatchObject({ endReason: 'REMOVED', endInferred: false });
    expect(tenures.find((t) => t.personId === '王永强')).toMatchObject({ start: '2023-12-20', probationEnd: '2024-12-19' });
    expect(heldOn(tenures, '2023-12-19').map((t) => t.personId)).toEqual(['刘德明']);
    expect(heldOn(tenures, '2023-12-20').map((t) => t.personId)).toEqual(['王永强']);
  });

  it('does not let a repeated removal open a second, overlapping period', () => {
    const tenures = derivePostTenures(
      [ev('appoint', '陈静', '2020-01-01'), ev('remove', '陈静', '2021-01-01'), ev('remove', '陈静', '2022-01-01')],
      'multi',
    );
    expect(tenures).toHaveLength(1);
    expect(tenures[0]).toMatchObject({ start: '2020-01-01', end: '2021-01-01' });
  });

  it('ignores a second appointment of someone who already holds the post', () => {
    const tenures = derivePostTenures([ev('appoint', '陈静', '2020-01-01'), ev('appoint', '陈静', '2021-01-01')], 'single');
    expect(tenures).toHaveLength(1);
    expect(tenures[0].start).toBe('2020-01-01');
  });
});

describe('probation and unknown starts at the edges', () => {
  it('reports no probation end for a tenure that ended before its probation did', () => {
    const a = ev('appoint', '宋远', '2024-01-31', { probationMonths: 1 });
    // Held through 2024-02-29, the last day of probation (civil-code reckoning): it is reported.
    expect(derivePostTenures([a, ev('remove', '宋远', '2024-03-01')], 'multi')[0].probationEnd).toBe('2024-02-29');
    // Removed on the last day: the probation never ended in the post.
    expect(derivePostTenures([a, ev('remove', '宋远', '2024-02-29')], 'multi')[0].probationEnd).toBeNull();
  });

  it('lets an unknown start on a single seat reach back only to the end of the previous known tenure', () => {
    const earlier = [ev('appoint', '唐一', '2020-01-01'), ev('remove', '唐一', '2021-06-01')];
    const removal = ev('remove', '曹二', '2023-03-01');
    const tenures = derivePostTenures([removal, ...earlier], 'single');
    const unknown = tenures.find((t) => t.personId === '曹二')!;
    expect(unknown).toMatchObject({ start: null, startBound: '2021-06-01', end: '2023-03-01' });
    expect(heldOn(tenures, '2020-05-01').map((t) => t.personId)).toEqual(['唐一']);
    expect(heldOn(tenures, '2021-06-01').map((t) => t.personId)).toEqual(['曹二']);
  });

  it('leaves it unbounded with nothing before it, on a seat of many, or against a holder who left that same day', () => {
    expect(derivePostTenures([ev('remove', '曹二', '2023-03-01')], 'single')[0].startBound).toBeNull();
    const many = derivePostTenures([ev('appoint', '唐一', '2020-01-01'), ev('remove', '唐一', '2021-06-01'), ev('remove', '曹二', '2023-03-01')], 'multi');
    expect(many.find((t) => t.personId === '曹二')!.startBound).toBeNull();
    const sameDay = derivePostTenures([ev('appoint', '唐一', '2020-01-01'), ev('remove', '唐一', '2023-03-01'), ev('remove', '曹二', '2023-03-01')], 'single');
    expect(sameDay.find((t) => t.personId === '曹二')!.startBound).toBeNull();
  });
});

describe('deriveTenures is independent of loading order', () => {
  const people = ['甲', '乙', '丙'];
  const event = fc.record({
    type: fc.constantFrom<ChangeEvent['type']>('appoint', 'remove', 'auto_remove'),
    personId: fc.constantFrom(...people),
    postId: fc.constantFrom('局长', '副局长'),
    effectiveOn: fc.constantFrom('2021-01-01', '2022-01-01', '2022-06-01', '2023-01-01'),
    probationMonths: fc.constantFrom(null, 6, 12),
  });

  it('gives the same tenures for any permutation of the same events', () => {
    const loads = fc
      .array(event, { maxLength: 12 })
      .map((raw) => raw.map((e, i): ChangeEvent => ({ ...e, id: `e${i}`, sequence: `n${i}` })))
      .chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length })));
    const seat = (post: string) => (post === '局长' ? 'single' : 'multi');
    fc.assert(
      fc.property(loads, ([events, shuffled]) => {
        const tenures = deriveTenures(events, seat);
        expect(deriveTenures(shuffled, seat)).toEqual(tenures);
        // Whatever the events, no person holds one post twice on the same day.
        for (const a of tenures) {
          for (const b of tenures) {
            if (a === b || a.personId !== b.personId || a.postId !== b.postId) continue;
            const overlap = (a.start === null || b.end === null || a.start < b.end) && (b.start === null || a.end === null || b.start < a.end);
            expect(overlap).toBe(false);
          }
        }
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});
