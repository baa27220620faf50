import { parseNotices } from '@renmian/notice-parser';
import { gazetteBlocks, generateGazette } from '../../../bench/gazette.generator';
import type { ExpectedNotice } from '../../../bench/gazette.generator';
import { scoreParse } from '../../../bench/gold-score.util';

/** Small corpora only: the benchmark generates 50 MB, these stay near 200 KB to stay fast. */
const SIZE = 200_000;
const base = generateGazette({ seed: 7, targetBytes: SIZE });

const HEADING = /^# .*关于任免\S+等工作人员职务的通知$/;
const events = (ns: ExpectedNotice[]) => ns.flatMap((n) => n.events);

describe('generateGazette', () => {
  it('gives the same bytes for the same seed and size', () => {
    const again = generateGazette({ seed: 7, targetBytes: SIZE });
    expect(again.text).toBe(base.text);
    expect(again.notices).toEqual(base.notices);
  });

  it('gives a different corpus for a different seed', () => {
    expect(generateGazette({ seed: 8, targetBytes: SIZE }).text).not.toBe(base.text);
  });

  it('stops at the first notice boundary past the requested size', () => {
    expect(base.bytes).toBe(Buffer.byteLength(base.text, 'utf8'));
    expect(base.bytes).toBeGreaterThanOrEqual(SIZE);
    expect(base.bytes).toBeLessThan(SIZE + 40_000);
    expect(generateGazette({ seed: 7, targetBytes: 0 }).text).toBe('');
  });

  it('refuses a seed that is not an integer and a size that is not a number', () => {
    expect(() => generateGazette({ seed: 1.5, targetBytes: 10 })).toThrow(RangeError);
    expect(() => generateGazette({ seed: 1, targetBytes: Number.NaN })).toThrow(RangeError);
  });

  it('writes one heading per notice, on the line its gold names', () => {
    const lines = base.text.split('\n');
    expect(lines.filter((l) => HEADING.test(l))).toHaveLength(base.notices.length);
    expect(base.notices.length).toBeGreaterThan(30);
    for (const n of base.notices) {
      const first = lines[n.line - 1];
      expect(first === n.issuer || first.includes(n.title)).toBe(true);
    }
  });

  it('numbers notices uniquely and dates them forward in time', () => {
    const numbers = base.notices.map((n) => n.docNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const dates = base.notices.map((n) => n.date);
    expect(dates).toEqual([...dates].sort());
    for (const n of base.notices) {
      expect(n.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.docNumber).toContain(`〔${n.date.slice(0, 4)}〕`);
    }
  });

  it('names every gold person inside the text of its own notice', () => {
    for (const block of gazetteBlocks({ seed: 7, targetBytes: SIZE })) {
      if (!block.notice) continue;
      const flat = block.text.replace(/\s+/g, '');
      for (const e of block.notice.events) expect(flat).toContain(e.person);
    }
  });

  it('streams the same corpus it returns whole', () => {
    const parts = [...gazetteBlocks({ seed: 7, targetBytes: SIZE })].map((b) => b.text);
    expect(parts.join('')).toBe(base.text);
  });

  it('uses every clause form of the genre', () => {
    const all = events(base.notices);
    const severalAppointments = base.notices.some((n) => n.events.filter((e) => e.type === 'appoint').length > 1);
    expect({
      remove: all.some((e) => e.type === 'remove'),
      autoRemove: all.some((e) => e.type === 'auto_remove'),
      probation: all.some((e) => e.probationMonths !== null),
      rank: all.some((e) => e.rank !== null),
      precedence: all.some((e) => e.precedenceAfter !== null),
      concurrent: all.some((e) => e.concurrent.length > 0),
      severalAppointments,
      sharedPost: /、[\u4e00-\u9fff]{2,4}为/u.test(base.text),
      halfWidthBracket: base.text.includes('('),
      pageFurniture: base.text.includes('上接第'),
      blankInsideClause: /[^。；：\n]\n\n[^#\n]/.test(base.text),
    }).toEqual({
      remove: true,
      autoRemove: true,
      probation: true,
      rank: true,
      precedence: true,
      concurrent: true,
      severalAppointments: true,
      sharedPost: true,
      halfWidthBracket: true,
      pageFurniture: true,
      blankInsideClause: true,
    });
  });
});

describe('parseNotices on a generated gazette', () => {
  it('recovers the events the generator meant to write (F1 >= 0.99)', () => {
    const score = scoreParse(base.notices, parseNotices(base.text));
    // On failure the diff shows which events were missed or made up.
    expect({
      f1AtLeast099: score.f1 >= 0.99,
      noticesAtLeast099: score.noticeRecall >= 0.99,
      attributesAtLeast099: score.attributeAccuracy >= 0.99,
      missed: score.missed,
      extra: score.extra,
    }).toEqual({ f1AtLeast099: true, noticesAtLeast099: true, attributesAtLeast099: true, missed: score.missed, extra: score.extra });
    expect(score.f1).toBeGreaterThanOrEqual(0.99);
  });
});
