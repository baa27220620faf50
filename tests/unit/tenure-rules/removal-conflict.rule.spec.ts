import { SeatKind, SeatTenure, removalConflicts } from '@renmian/tenure-rules';

function t(personId: string, start: string | null, end: string | null, extra: Partial<SeatTenure> = {}): SeatTenure {
  return { personId, postId: 'p1', start, end, endInferred: false, openedBy: start ? `a-${personId}` : null, closedBy: end ? `r-${personId}` : null, ...extra };
}

const single = (): SeatKind => 'single';

describe('removalConflicts', () => {
  it('flags a removal from a seat someone else holds since a known appointment', () => {
    const holder = t('zhao', '2024-01-01', null);
    const removal = t('liu', null, '2024-03-09');
    expect(removalConflicts([holder, removal], single)).toEqual([{ removal, holder }]);
  });

  it('flags it when the holder left the seat on the removal day itself (both held it the day before)', () => {
    const holder = t('zhao', '2024-01-01', '2024-03-09', { endInferred: true });
    expect(removalConflicts([holder, t('liu', null, '2024-03-09')], single)).toHaveLength(1);
  });

  it('does not flag a removal with no known appointment and nobody else in the seat', () => {
    expect(removalConflicts([t('liu', null, '2024-03-09')], single)).toEqual([]);
  });

  it('does not flag a removal after the other holder had left (one after the other)', () => {
    expect(removalConflicts([t('zhao', '2023-01-01', '2023-06-01'), t('liu', null, '2024-03-09')], single)).toEqual([]);
  });

  it('does not flag a handover: the new holder appointed the day the removal takes effect', () => {
    expect(removalConflicts([t('zhao', '2024-03-09', null), t('liu', null, '2024-03-09')], single)).toEqual([]);
  });

  it('does not flag two removals whose starts are both unknown', () => {
    expect(removalConflicts([t('zhao', null, '2024-01-01'), t('liu', null, '2024-03-09')], single)).toEqual([]);
  });

  it('does not flag seats of many (副局长, 委员)', () => {
    expect(removalConflicts([t('zhao', '2024-01-01', null), t('liu', null, '2024-03-09')], () => 'multi')).toEqual([]);
  });

  it('does not flag a removal of someone whose own appointment is known (the tenure it ends has a start)', () => {
    expect(removalConflicts([t('zhao', '2024-01-01', null), t('liu', '2023-01-01', '2024-03-09')], single)).toEqual([]);
  });
});
