import { vacantSpans } from '@renmian/tenure-rules';

describe('vacantSpans', () => {
  it('finds the days between one holder and the next, and the seat empty since the last end', () => {
    expect(
      vacantSpans([
        { start: '2018-03-01', end: '2020-01-10' },
        { start: '2020-06-01', end: '2023-02-01' },
      ]),
    ).toEqual([
      { from: '2020-01-10', to: '2020-06-01' },
      { from: '2023-02-01', to: null },
    ]);
  });

  it('claims nothing before the first holder, and nothing while a holder is open-ended', () => {
    expect(vacantSpans([{ start: '2018-03-01', end: null }])).toEqual([]);
    expect(vacantSpans([])).toEqual([]);
  });

  it('counts an acting holder (given with the seat) as filling it', () => {
    expect(
      vacantSpans([
        { start: '2018-03-01', end: '2019-01-01' },
        { start: '2019-01-01', end: '2019-09-01' },
        { start: '2019-09-01', end: null },
      ]),
    ).toEqual([]);
  });

  it('lets an unknown start reach back to its bound, or to the records’ beginning without one', () => {
    expect(vacantSpans([{ start: '2015-01-01', end: '2016-01-01' }, { start: null, startBound: '2016-01-01', end: '2018-01-01' }])).toEqual([{ from: '2018-01-01', to: null }]);
    expect(vacantSpans([{ start: null, end: '2018-01-01' }, { start: '2019-01-01', end: null }])).toEqual([{ from: '2018-01-01', to: '2019-01-01' }]);
  });

  it('ignores a tenure begun and ended on one day, and overlaps', () => {
    expect(
      vacantSpans([
        { start: '2018-01-01', end: '2020-01-01' },
        { start: '2019-01-01', end: '2019-06-01' },
        { start: '2021-01-01', end: '2021-01-01' },
      ]),
    ).toEqual([{ from: '2020-01-01', to: null }]);
  });
});
