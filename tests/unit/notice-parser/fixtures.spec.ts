import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { ParseResult, ParsedEvent, ParsedNotice, parseNotices } from '@renmian/notice-parser';

/**
 * The project's own fixture corpus (tests/fixtures/notices), written with invented people and
 * organisations: one fixture per clause form and per kind of OCR damage.
 *
 * ok/<name>.txt          a text holding one or more notices
 * ok/<name>.expected.json { notices: [...without source fields], unparsed?: [{ line, text }] }
 * not-ok/<name>.txt      a text that is not a notice (and must yield none)
 *
 * A missing or empty fixture directory fails the suite: nothing is skipped silently.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'notices');
const OK_DIR = join(FIXTURES, 'ok');
const NOT_OK_DIR = join(FIXTURES, 'not-ok');

function listTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

/**
 * The expected files hold events as the parser writes them, without their sources, and with a day
 * of effect only where the notice names one.
 */
type ExpectedEvent = Omit<ParsedEvent, 'source' | 'effectiveOn'> & { effectiveOn?: string };

interface ExpectedNotice {
  docNumber: string | null;
  issuer: string | null;
  title: string | null;
  date: string | null;
  events: ExpectedEvent[];
}

interface Expected {
  notices: ExpectedNotice[];
  /** Lines inside a decision block that the parser must report as unread; absent means none. */
  unparsed?: { line: number; text: string }[];
}

const withoutSource = (n: ParsedNotice): ExpectedNotice => ({
  docNumber: n.docNumber,
  issuer: n.issuer,
  title: n.title,
  date: n.date,
  events: n.events.map((e) => ({
    type: e.type,
    person: e.person,
    position: e.position,
    probationMonths: e.probationMonths,
    rank: e.rank,
    precedenceAfter: e.precedenceAfter,
    concurrent: e.concurrent,
    // Stated in a fixture only where its notice names a day of effect.
    ...(e.effectiveOn === null ? {} : { effectiveOn: e.effectiveOn }),
  })),
});

const okNames = listTexts(OK_DIR);
const notOkNames = listTexts(NOT_OK_DIR);

describe('the notice fixture corpus', () => {
  it(`has fixtures in ${OK_DIR}`, () => {
    expect(okNames.length).toBeGreaterThanOrEqual(20);
  });

  it(`has fixtures in ${NOT_OK_DIR}`, () => {
    expect(notOkNames.length).toBeGreaterThanOrEqual(5);
  });

  it('has an expected file for every ok/ text and no stray expected file', () => {
    const expectedFiles = existsSync(OK_DIR)
      ? readdirSync(OK_DIR)
          .filter((f) => f.endsWith('.expected.json'))
          .map((f) => f.slice(0, -'.expected.json'.length))
          .sort()
      : [];
    expect(expectedFiles).toEqual(okNames);
  });
});

// describe.each refuses an empty table, and the tests above fail on an empty directory anyway.
if (okNames.length > 0) {
  describe.each(okNames)('ok/%s', (name) => {
    const text = readFileSync(join(OK_DIR, `${name}.txt`), 'utf8');
    const expected: Expected = JSON.parse(readFileSync(join(OK_DIR, `${name}.expected.json`), 'utf8'));
    const lines = text.split('\n');
    let result: ParseResult;

    beforeAll(() => {
      result = parseNotices(text);
    });

    it('yields exactly the expected notices and events', () => {
      expect(result.notices.map(withoutSource)).toEqual(expected.notices);
    });

    it('cites, for every event, a line inside its notice that holds the start of the person', () => {
      for (const notice of result.notices) {
        for (const e of notice.events) {
          expect(Number.isInteger(e.source.line)).toBe(true);
          expect(e.source.line).toBeGreaterThanOrEqual(notice.source.startLine);
          expect(e.source.line).toBeLessThanOrEqual(notice.source.endLine);
          const cited = (lines[e.source.line - 1] ?? '').replace(/\s/g, '');
          expect({ person: e.person, line: e.source.line, cited }).toEqual({
            person: e.person,
            line: e.source.line,
            cited: expect.stringContaining(e.person.slice(0, 1)),
          });
        }
      }
    });

    it('gives every notice a source range within the file', () => {
      for (const notice of result.notices) {
        expect(notice.source.startLine).toBeGreaterThanOrEqual(1);
        expect(notice.source.startLine).toBeLessThanOrEqual(notice.source.endLine);
        expect(notice.source.endLine).toBeLessThanOrEqual(lines.length);
      }
    });

    it(expected.unparsed ? 'reports the unreadable line(s) with their line numbers' : 'reports no unparsed line', () => {
      const want = expected.unparsed ?? [];
      expect(result.unparsed.map((u) => u.line)).toEqual(want.map((u) => u.line));
      result.unparsed.forEach((u, i) => {
        expect(u.text.replace(/\s/g, '')).toContain(want[i].text);
        expect(u.reason.length).toBeGreaterThan(0);
      });
    });
  });
}

if (okNames.length > 0) {
  const load = (name: string) => ({
    // A fixture's own BOM and CR line ends are taken off here; the variants below add them back.
    text: readFileSync(join(OK_DIR, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'),
    expected: JSON.parse(readFileSync(join(OK_DIR, `${name}.expected.json`), 'utf8')) as Expected,
  });

  describe.each(okNames)('ok/%s with CRLF line ends and a BOM', (name) => {
    it('yields the same notices, events and unparsed lines as the expected file', () => {
      const { text, expected } = load(name);
      const result = parseNotices('\uFEFF' + text.replace(/\n/g, '\r\n'));
      expect(result.notices.map(withoutSource)).toEqual(expected.notices);
      expect(result.unparsed.map((u) => u.line)).toEqual((expected.unparsed ?? []).map((u) => u.line));
    });
  });

  // Only framed fixtures (every expected notice has a title) are joined. Running text has no frame
  // of its own, so placed after a notice that has no signing date it rightly reads as that notice's
  // continuation; each running-text fixture is still checked on its own by the per-fixture tests.
  const framedNames = okNames.filter((name) => load(name).expected.notices.every((n) => n.title !== null));

  it('has framed ok/ fixtures enough for the joined-gazette test', () => {
    expect(framedNames.length).toBeGreaterThanOrEqual(20);
  });

  it('reads all framed ok/ fixtures joined into one gazette as the concatenation of their notices', () => {
    const parts = framedNames.map(load);
    let offset = 0;
    const wantNotices: ExpectedNotice[] = [];
    const wantUnparsed: number[] = [];
    for (const { text, expected } of parts) {
      wantNotices.push(...expected.notices);
      wantUnparsed.push(...(expected.unparsed ?? []).map((u) => u.line + offset));
      offset += text.split('\n').length; // each part ends with a newline: the join adds one blank line
    }
    const gazette = parts.map((p) => p.text).join('\n');
    const result = parseNotices(gazette);
    expect(result.notices.map((n) => `${n.docNumber ?? ''} ${n.title}`)).toEqual(
      wantNotices.map((n) => `${n.docNumber ?? ''} ${n.title}`),
    );
    expect(result.notices.map(withoutSource)).toEqual(wantNotices);
    expect(result.unparsed.map((u) => u.line)).toEqual(wantUnparsed);
  });
}

if (notOkNames.length > 0) {
  describe.each(notOkNames)('not-ok/%s', (name) => {
    const text = readFileSync(join(NOT_OK_DIR, `${name}.txt`), 'utf8');

    it('is not a notice: yields no notice and no unparsed line', () => {
      const result = parseNotices(text);
      expect(result.notices.map(withoutSource)).toEqual([]);
      expect(result.unparsed).toEqual([]);
    });
  });
}
