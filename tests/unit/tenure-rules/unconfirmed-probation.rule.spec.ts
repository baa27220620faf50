import { ProbationTenure, unconfirmedProbations } from '@renmian/tenure-rules';

function t(probationEnd: string, end: string | null = null): ProbationTenure {
  return { personId: 'qian', postId: 'p1', start: '2023-03-01', end, probationEnd, openedBy: 'e1' };
}

describe('unconfirmedProbations', () => {
  it('reminds of a probation ended more than 30 days ago while the post is still held', () => {
    expect(unconfirmedProbations([t('2024-02-29')], [], '2024-04-15')).toEqual([{ tenure: t('2024-02-29'), daysSince: 46 }]);
  });

  it('waits 30 days after the last day of probation', () => {
    expect(unconfirmedProbations([t('2024-02-29')], [], '2024-03-30')).toEqual([]);
    expect(unconfirmedProbations([t('2024-02-29')], [], '2024-03-31')).toHaveLength(1);
  });

  it('is settled by a later appointment to the same post (试用期满，正式任命)', () => {
    const confirmation = { personId: 'qian', postId: 'p1', on: '2024-03-05' };
    expect(unconfirmedProbations([t('2024-02-29')], [confirmation], '2024-06-01')).toEqual([]);
  });

  it('is not settled by an appointment of someone else, or to another post', () => {
    const others = [
      { personId: 'sun', postId: 'p1', on: '2024-03-05' },
      { personId: 'qian', postId: 'p2', on: '2024-03-05' },
    ];
    expect(unconfirmedProbations([t('2024-02-29')], others, '2024-06-01')).toHaveLength(1);
  });

  it('says nothing once the tenure has ended', () => {
    expect(unconfirmedProbations([t('2024-02-29', '2024-05-01')], [], '2024-06-01')).toEqual([]);
  });
});
