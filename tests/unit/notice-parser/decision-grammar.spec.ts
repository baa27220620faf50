import { parseNotices } from '@renmian/notice-parser';
import { Composition, Expected, compositions, formCompositions } from '../../support/decision-sentences.util';

/**
 * The grammar of decision sentences, shown by composition: every decision word × list shape × name
 * shape × script × frame, and every further arrangement (acting, transfer, post before name,
 * subject left out, 分别, a resignation accepted), built from invented names and posts. A new
 * arrangement of known parts must read without a reader of its own.
 */
const key = (e: Expected) => `${e.type}|${e.person}|${e.position}`.normalize('NFKC');

function read(c: Composition): string[] {
  return parseNotices(c.text)
    .notices.flatMap((n) => n.events)
    .map(key)
    .sort();
}

const all = [...compositions(), ...formCompositions()];

describe('decision sentences composed of parts', () => {
  it('composes enough sentences to cover every part', () => {
    const parts = (k: keyof Composition['parts']) => new Set(all.map((c) => c.parts[k])).size;
    expect(all.length).toBeGreaterThan(500);
    expect(parts('verb')).toBeGreaterThanOrEqual(25);
    expect(parts('script')).toBe(2);
    expect(parts('frame')).toBe(3);
  });

  it.each(all.map((c) => [Object.values(c.parts).join(' · '), c] as const))('reads %s', (_name, c) => {
    expect(read(c)).toEqual(c.events.map(key).sort());
  });
});
