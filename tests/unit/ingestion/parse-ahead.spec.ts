import { ParseResult, parseNotices } from '@renmian/notice-parser';
import { ParseAhead } from '../../../libs/ingestion/src/parse-ahead';
import { generateGazette } from '../../../bench/gazette.generator';

/**
 * ParseAhead reads a text in slices between turns of the event loop and hands over batches: the
 * batches, in order, must be the whole reading, and other work must get turns while it reads.
 */
const text = generateGazette({ seed: 11, targetBytes: 300_000 }).text;

async function drain(reader: ParseAhead): Promise<ParseResult[]> {
  const batches: ParseResult[] = [];
  for (let b = await reader.next(); b !== null; b = await reader.next()) batches.push(b);
  return batches;
}

describe('ParseAhead', () => {
  it('hands over the whole reading in batches of the size asked, in text order', async () => {
    const batches = await drain(new ParseAhead(text, 7));
    const whole = parseNotices(text);
    expect(batches.flatMap((b) => b.notices)).toEqual(whole.notices);
    expect(batches.flatMap((b) => b.unparsed)).toEqual(whole.unparsed);
    expect(whole.notices.length).toBeGreaterThan(30);
    expect(batches.slice(0, -1).every((b) => b.notices.length === 7)).toBe(true);
  });

  it('lets other work run while it reads', async () => {
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const reader = new ParseAhead(text, 1_000_000);
    const turnsBefore = turns;
    const batches = await drain(reader);
    clearInterval(tick);
    expect(batches).toHaveLength(1);
    expect(turns - turnsBefore).toBeGreaterThan(2);
  });

  it('stops reading when told, and ends', async () => {
    const reader = new ParseAhead(text, 5);
    const first = await reader.next();
    expect(first?.notices).toHaveLength(5);
    reader.stop();
    const rest = await drain(reader);
    expect(rest.flatMap((b) => b.notices).length).toBeLessThan(parseNotices(text).notices.length - 5);
  });
});
