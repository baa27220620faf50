import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { ParsedEvent, parseNotices } from '@renmian/notice-parser';
import { sharedDir } from '../../support/shared-dir.util';

/** Gold files omit null attributes and empty lists; compare on the full shape. */
function comparable(e: Partial<ParsedEvent>) {
  return {
    type: e.type,
    person: e.person,
    position: e.position,
    probationMonths: e.probationMonths ?? null,
    rank: e.rank ?? null,
    precedenceAfter: e.precedenceAfter ?? null,
    concurrent: e.concurrent ?? [],
  };
}

const key = (e: { type?: string; person?: string; position?: string }) =>
  [e.type, e.person, e.position].map((s) => (s ?? '').normalize('NFKC').replace(/\s+/g, '')).join('|');

const shared = sharedDir();

if (shared) {
  describe('the seed gazette from ../shared', () => {
    const text = readFileSync(join(shared, 'seeds', '000_644e154d50bb1fb8.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(shared, 'corpus', 'seed-gold.json'), 'utf8'));
    const result = parseNotices(text);

    it('yields exactly the notices of seed-gold.json', () => {
      const header = (n: { docNumber: string | null; issuer: string | null; title: string | null; date: string | null }) => ({
        docNumber: n.docNumber,
        issuer: n.issuer,
        title: n.title,
        date: n.date,
      });
      expect(result.notices.map(header)).toEqual(gold.notices.map(header));
    });

    it('yields exactly the events of seed-gold.json, in order, with every attribute', () => {
      expect(result.notices.map((n) => n.events.map(comparable))).toEqual(
        gold.notices.map((n: { events: Partial<ParsedEvent>[] }) => n.events.map(comparable)),
      );
    });

    it('reports no unparsed line and cites a source line holding each person', () => {
      expect(result.unparsed).toEqual([]);
      const lines = text.split('\n');
      for (const e of result.notices.flatMap((n) => n.events)) {
        expect(lines[e.source.line - 1].replace(/\s/g, '')).toContain(e.person.slice(0, 1));
      }
    });
  });

  describe('the dev corpus from ../shared', () => {
    const dir = join(shared, 'corpus', 'dev');
    const names = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json'));

    it('has event F1 of at least 0.95 over all files', () => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const name of names) {
        const gold = JSON.parse(readFileSync(join(dir, 'gold', name), 'utf8'));
        const got = parseNotices(readFileSync(join(dir, 'raw', name.replace('.json', '.txt')), 'utf8'));
        const want = gold.notices.flatMap((n: { events: ParsedEvent[] }) => n.events.map(key));
        const have = got.notices.flatMap((n) => n.events.map(key));
        const pool = [...have];
        for (const k of want) {
          const i = pool.indexOf(k);
          if (i >= 0) {
            tp++;
            pool.splice(i, 1);
          } else fn++;
        }
        fp += pool.length;
      }
      const precision = tp / (tp + fp);
      const recall = tp / (tp + fn);
      expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.95);
    });

    it.each(names)('%s: finds a notice exactly when the gold has one', (name) => {
      const gold = JSON.parse(readFileSync(join(dir, 'gold', name), 'utf8'));
      const got = parseNotices(readFileSync(join(dir, 'raw', name.replace('.json', '.txt')), 'utf8'));
      expect(got.notices.map((n) => [numberProper(n.docNumber), n.date])).toEqual(
        gold.notices.map((n: { docNumber: string | null; date: string }) => [numberProper(n.docNumber), n.date]),
      );
    });
  });
}

/**
 * A document number up to its 号/號. The golds disagree on a heading such as `第1/1999號行政長官公告`:
 * the seed and wild golds give the number proper (`第57/2016號` for `第57/2016號行政命令`), one dev gold
 * (033) keeps the kind of document after it. The parser gives the number proper; both are compared so.
 */
function numberProper(docNumber: string | null): string | null {
  if (docNumber === null) return null;
  const end = docNumber.search(/[号號]/u);
  return end < 0 ? docNumber : docNumber.slice(0, end + 1);
}
