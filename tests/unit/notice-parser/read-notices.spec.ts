import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { ParseResult, parseNotices, readNotices } from '@renmian/notice-parser';
import { generateGazette } from '../../../bench/gazette.generator';

/**
 * readNotices hands a text's reading over in parts as it goes (a loader writes the first notices
 * of a long gazette while the rest is read); put together, the parts must be parseNotices' result
 * exactly — for framed gazettes, running text, texts that are not notices, and texts mixing them.
 */
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'notices');
const fixtures = ['ok', 'not-ok'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(FIXTURES, dir, f), 'utf8') })),
);
const gazettes = [1, 2, 3].map((seed) => ({ name: `generated gazette ${seed}`, text: generateGazette({ seed, targetBytes: 120_000 }).text }));
// Running text after a framed notice that states nothing, and the other way round.
const mixed = [
  { name: 'fixtures joined', text: fixtures.map((f) => f.text).join('\n\n') },
  { name: 'not-ok then ok', text: [...fixtures].reverse().map((f) => f.text).join('\n\n') },
];
const texts = [...fixtures, ...gazettes, ...mixed];

function joined(parts: Iterable<ParseResult>, explain: boolean): ParseResult {
  const out: ParseResult = { notices: [], unparsed: [], setAside: [] };
  for (const p of parts) {
    out.notices.push(...p.notices);
    out.unparsed.push(...p.unparsed);
    out.setAside!.push(...(p.setAside ?? []));
  }
  if (!explain) delete out.setAside;
  return out;
}

describe('readNotices', () => {
  it.each(texts)('gives parseNotices’ reading of $name, in parts', ({ text }) => {
    expect(joined(readNotices(text), false)).toEqual(parseNotices(text));
    expect(joined(readNotices(text, { explain: true }), true)).toEqual(parseNotices(text, { explain: true }));
  });

  it('reads the fixtures with notices found (the comparison above is not between empty results)', () => {
    const withEvents = fixtures.filter((f) => parseNotices(f.text).notices.some((n) => n.events.length > 0));
    expect(withEvents.length).toBeGreaterThan(20);
  });

  it('hands over a framed gazette a notice at a time, in text order, before reading the rest', () => {
    const { text } = gazettes[0];
    const parts = readNotices(text);
    const first = parts.next();
    expect(first.done).toBe(false);
    expect((first.value as ParseResult).notices).toHaveLength(1);
    let last = (first.value as ParseResult).notices[0].source.startLine;
    let count = 1;
    for (const part of parts) {
      for (const n of part.notices) {
        expect(n.source.startLine).toBeGreaterThan(last);
        last = n.source.startLine;
        count++;
      }
    }
    expect(count).toBe(parseNotices(text).notices.length);
    expect(count).toBeGreaterThan(10);
  });
});
