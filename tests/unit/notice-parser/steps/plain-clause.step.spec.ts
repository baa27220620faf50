import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { generateGazette } from '../../../../bench/gazette.generator';
import { parseNotices } from '@renmian/notice-parser';
import { PLAIN_CHECK, checkPlainReading, copyContext } from '@renmian/notice-parser/steps/plain-clause.step';
import { newReaderContext } from '@renmian/notice-parser/readers/reader.types';
import { compositions, formCompositions } from '../../../support/decision-sentences.util';
import { REPO_ROOT, sharedDir } from '../../../support/shared-dir.util';

/**
 * The short path for plain clauses must read exactly as the full path does. With the check on,
 * every clause it takes is read again by the full path on a copy of the context, and a difference
 * in events or context throws. Run here over every real text the project has, the generated
 * gazettes of the benchmark and every composed decision sentence — and the path must actually be
 * taken, or the check proves nothing.
 */
function texts(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
}

function checkedParse(text: string): number {
  const before = PLAIN_CHECK.checked;
  parseNotices(text);
  parseNotices(text, { explain: true });
  return PLAIN_CHECK.checked - before;
}

describe('the short path for plain clauses', () => {
  const was = PLAIN_CHECK.enabled;
  beforeAll(() => (PLAIN_CHECK.enabled = true));
  afterAll(() => (PLAIN_CHECK.enabled = was));

  // Real texts are seldom framed notices of plain clauses (news, 同志, traditional script): the path
  // is rarely taken there, and where it is, it must agree.
  it('reads as the full path on every text of the project corpus', () => {
    const all = ['tune', 'sealed'].flatMap((d) => texts(join(REPO_ROOT, 'tests', 'corpus', d, 'raw')));
    expect(all.length).toBeGreaterThan(400);
    for (const t of all) expect(() => checkedParse(t)).not.toThrow();
  });

  const shared = sharedDir();
  if (shared) {
    it('reads as the full path on the shared corpora and the seed gazette', () => {
      const all = [join(shared, 'corpus', 'wild', 'raw'), join(shared, 'corpus', 'dev', 'raw'), join(shared, 'seeds')].flatMap(texts);
      let taken = 0;
      for (const t of all) taken += checkedParse(t);
      // The seed gazette's notices are plain ones.
      expect(taken).toBeGreaterThan(20);
    });
  }

  it.each([1, 5, 11, 20231209])('reads as the full path on the generated gazette of seed %i', (seed) => {
    const taken = checkedParse(generateGazette({ seed, targetBytes: 300_000 }).text);
    expect(taken).toBeGreaterThan(100);
  });

  it('reads as the full path on every composed decision sentence', () => {
    let n = 0;
    for (const c of [...compositions(), ...formCompositions()]) {
      checkedParse(c.text);
      n++;
    }
    expect(n).toBeGreaterThan(1000);
  });

  it('takes the plain clauses of a notice, and leaves the others to the full path', () => {
    const notice = [
      '关于葛云舟等同志任免职务的通知',
      '',
      '某县人民政府决定，任命：',
      '葛云舟为某县发展和改革委员会副主任（试用期一年）；',
      '童岚为某县统计局局长，免去其某县审计局副局长职务。',
      '免去：',
      '柏宁的某县不动产登记中心主任职务。',
      '',
      '某县人民政府',
      '2024年3月1日',
    ].join('\n');
    // The first and last clause (with --explain every clause takes the full path, which names its reader).
    expect(checkedParse(notice)).toBe(2);
  });

  it('throws when the two readings differ', () => {
    const piece = { text: '葛云舟为某局局长', lines: [1], offsets: [0], terminator: '；', spans: [], column: -1 };
    const ctx = newReaderContext({ mode: 'appoint', decided: true });
    const copy = copyContext(ctx);
    copy.lastPost = '某局局长';
    expect(() => checkPlainReading(piece, [], ctx, copy, { events: [], leftovers: [] })).toThrow(/short path differs/);
  });
});
