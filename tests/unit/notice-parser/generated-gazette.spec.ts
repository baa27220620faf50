import { generateGazette } from '../../../bench/gazette.generator';
import { parseNotices } from '@renmian/notice-parser';

/**
 * The benchmark's gazettes are the genre as a printer breaks it: clauses split across lines and
 * page breaks, names cut in two, prose between notices. Their gold is exact, so the parser must
 * read every event of them — a change that reads one more real form must not lose these.
 */
const key = (e: { type: string; person: string; position: string }) => `${e.type}|${e.person}|${e.position}`;

describe('the generated gazettes', () => {
  it.each([1, 2, 3, 7])('reads every event of seed %i exactly', (seed) => {
    const gazette = generateGazette({ seed, targetBytes: 400_000 });
    const gold = gazette.notices.flatMap((n) => n.events.map(key)).sort();
    const got = parseNotices(gazette.text).notices.flatMap((n) => n.events.map(key)).sort();
    expect(got).toEqual(gold);
  });
});
