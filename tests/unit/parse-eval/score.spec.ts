import { FileScore, ScoredEvent, ScoredNotice, ratios, scoreAttributes, scoreFile, scoreParserFailure, sumScores } from '@renmian/parse-eval';

const ev = (person: string, position: string, more: Partial<ScoredEvent> = {}): ScoredEvent => ({
  type: 'appoint',
  person,
  position,
  probationMonths: null,
  rank: null,
  precedenceAfter: null,
  ...more,
});
const notice = (docNumber: string | null, date: string | null, ...events: ScoredEvent[]): ScoredNotice => ({ docNumber, date, events });
const doc = (...notices: ScoredNotice[]) => ({ notices });

describe('scoreFile: events', () => {
  it('matches events on type, person and position after NFKC and without whitespace', () => {
    const gold = doc(notice('X', '2024-01-02', ev('张三', '青禾市财政局局长'), ev('李四', 'ＡＢＣ公司经理', { type: 'remove' })));
    const got = doc(notice('X', '2024-01-02', ev('张 三', '青禾市\n财政局局长'), ev('李\u3000四', 'ABC 公司经理', { type: 'remove' })));
    const s = scoreFile(gold, got);
    expect(s.events).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.missedEvents).toEqual([]);
  });

  it('tells types apart and does not normalise them', () => {
    const s = scoreFile(doc(notice(null, null, ev('张三', '局长'))), doc(notice(null, null, ev('张三', '局长', { type: 'remove' }))));
    expect(s.events).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.missedEvents).toEqual([['appoint', '张三', '局长']]);
    expect(s.extraEvents).toEqual([['remove', '张三', '局长']]);
  });

  it('counts duplicates as a multiset does', () => {
    const twice = doc(notice(null, null, ev('张三', '局长'), ev('张三', '局长')));
    const thrice = doc(notice(null, null, ev('张三', '局长')), notice(null, null, ev('张三', '局长'), ev('张三', '局长')));
    expect(scoreFile(twice, thrice).events).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(scoreFile(thrice, twice).events).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(scoreFile(thrice, twice).missedEvents).toEqual([['appoint', '张三', '局长']]);
  });

  it('pools events across notices: an event under another notice still matches', () => {
    const gold = doc(notice('A', null, ev('张三', '局长')), notice('B', null));
    const got = doc(notice('B', null, ev('张三', '局长')));
    expect(scoreFile(gold, got).events).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a missing person as null, distinct from an empty one', () => {
    const s = scoreFile(doc(notice(null, null, { type: 'appoint', position: '局长' })), doc(notice(null, null, ev('', '局长'))));
    expect(s.events).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoreFile: notices', () => {
  it('matches notices on the normalised document number and the date as written', () => {
    const gold = doc(notice('青政任〔２０２４〕 7号', '2024-03-09'), notice(null, null), notice(null, null));
    const got = doc(notice('青政任〔2024〕7号', '2024-03-09'), notice(null, null), notice('青政任〔2024〕7号', '2024-3-9'));
    const s = scoreFile(gold, got);
    expect(s.notices).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.missedNotices).toEqual([[null, null]]);
    expect(s.extraNotices).toEqual([['青政任〔2024〕7号', '2024-3-9']]);
  });

  it('treats a missing number or date as null', () => {
    expect(scoreFile(doc({ events: [] }), doc(notice(null, null))).notices).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('scoreAttributes', () => {
  it('compares probation, rank and precedence of matched events, normalised, null equal to missing', () => {
    const gold = doc(notice(null, null, ev('张三', '局长', { probationMonths: 12, rank: '正处级', precedenceAfter: '李 四' }), ev('王五', '科长')));
    const got = doc(notice(null, null, ev('张三', '局长', { probationMonths: 12, rank: '正处级', precedenceAfter: '李四' }), { type: 'appoint', person: '王五', position: '科长' }));
    expect(scoreAttributes(gold, got)).toEqual({ ok: 6, all: 6 });
  });

  it('counts each differing attribute once, and a number equal to its digits', () => {
    const gold = doc(notice(null, null, ev('张三', '局长', { probationMonths: '12', rank: '正处级' })));
    const got = doc(notice(null, null, ev('张三', '局长', { probationMonths: 12, rank: null, precedenceAfter: '' })));
    expect(scoreAttributes(gold, got)).toEqual({ ok: 1, all: 3 });
  });

  it('ignores unmatched events on either side', () => {
    const gold = doc(notice(null, null, ev('张三', '局长', { rank: '正处级' })));
    const got = doc(notice(null, null, ev('张三', '副局长')));
    expect(scoreAttributes(gold, got)).toEqual({ ok: 0, all: 0 });
  });

  it('compares every gold duplicate with the first parsed event of its key', () => {
    const gold = doc(notice(null, null, ev('张三', '局长', { rank: 'A' }), ev('张三', '局长', { rank: 'A' }), ev('张三', '局长', { rank: 'B' })));
    const got = doc(notice(null, null, ev('张三', '局长', { rank: 'A' })), notice(null, null, ev('张三', '局长', { rank: 'B' })));
    // 3 gold events × 3 attributes, all against the parsed rank 'A': the 'B' one misses its rank.
    expect(scoreAttributes(gold, got)).toEqual({ ok: 8, all: 9 });
  });
});

describe('totals and ratios', () => {
  const score = (events: FileScore['events'], notices: FileScore['notices'], attrs: FileScore['attrs']): FileScore => ({
    events,
    notices,
    attrs,
    missedEvents: [],
    extraEvents: [],
    missedNotices: [],
    extraNotices: [],
  });

  it('adds files up and divides the sums, not the files’ ratios', () => {
    const t = sumScores([
      { score: score({ tp: 1, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }, { ok: 3, all: 3 }), parserFailed: false },
      { score: score({ tp: 2, fp: 2, fn: 4 }, { tp: 0, fp: 1, fn: 1 }, { ok: 5, all: 6 }), parserFailed: false },
    ]);
    expect(t).toMatchObject({ files: 2, parserFailures: 0, events: { tp: 3, fp: 2, fn: 4 }, attrs: { ok: 8, all: 9 } });
    const r = ratios(t);
    expect(r.eventsP).toBeCloseTo(3 / 5);
    expect(r.eventsR).toBeCloseTo(3 / 7);
    expect(r.eventsF1).toBeCloseTo((2 * (3 / 5) * (3 / 7)) / (3 / 5 + 3 / 7));
    expect(r.noticesP).toBeCloseTo(1 / 2);
    expect(r.attrs).toBeCloseTo(8 / 9);
  });

  it('gives 0 where a ratio has nothing to divide by, and an F1 of 0 when P and R are both 0', () => {
    const nothingParsed = ratios(sumScores([{ score: score({ tp: 0, fp: 0, fn: 3 }, { tp: 0, fp: 0, fn: 0 }, { ok: 0, all: 0 }), parserFailed: false }]));
    expect(nothingParsed).toEqual({ eventsP: 0, eventsR: 0, eventsF1: 0, noticesP: 0, noticesR: 0, attrs: 0 });
    const nothingInGold = ratios(sumScores([{ score: score({ tp: 0, fp: 2, fn: 0 }, { tp: 0, fp: 1, fn: 0 }, { ok: 0, all: 0 }), parserFailed: false }]));
    expect(nothingInGold).toEqual({ eventsP: 0, eventsR: 0, eventsF1: 0, noticesP: 0, noticesR: 0, attrs: 0 });
  });

  it('counts a file the parser failed on as missing all its gold', () => {
    const gold = doc(notice('A', null, ev('张三', '局长'), ev('张三', '局长')), notice(null, null));
    const failed = scoreParserFailure(gold);
    expect(failed.events).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(failed.notices).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(failed.attrs).toEqual({ ok: 0, all: 0 });
    expect(sumScores([{ score: failed, parserFailed: true }]).parserFailures).toBe(1);
  });
});
