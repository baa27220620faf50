import { existsSync, readFileSync, readdirSync } from 'fs';
import { join, resolve } from 'path';
import fc from 'fast-check';
import { ParseResult, parseNotices } from '@renmian/notice-parser';

/**
 * Robustness of parseNotices on damaged input: the fixture notices (and the seed gazette from
 * ../shared where that folder exists) with characters and lines deleted, duplicated and swapped,
 * unbalanced brackets and random CJK / ASCII noise inserted, and 1 MB pathological lines.
 * Whatever the input: no throw, arrays out, every event names a person and a position, every line
 * number lies inside the input, and a 1 MB line is read in bounded time (no catastrophic
 * backtracking).
 */

const SEED = 20240309;
const OK_DIR = join(__dirname, '..', '..', 'fixtures', 'notices', 'ok');
const REPO_ROOT = resolve(__dirname, '..', '..', '..');

const fixtureTexts: string[] = existsSync(OK_DIR)
  ? readdirSync(OK_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(OK_DIR, f), 'utf8'))
  : [];

/**
 * The seed gazette, only where the team's shared folder is present (RENMIAN_SHARED_DIR, else
 * ../shared beside the repository, as in jest.config.js); null, silently, otherwise.
 */
function seedGazette(): string | null {
  const dir = process.env.RENMIAN_SHARED_DIR || join(REPO_ROOT, '..', 'shared');
  const file = join(dir, 'seeds', '000_644e154d50bb1fb8.txt');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

// ------------------------------------------------------------------ invariants

function lineCount(text: string): number {
  return text.split('\n').length;
}

/** Every broken invariant, described; plain checks so that 70 000 events stay cheap to verify. */
function invariantProblems(input: string, result: ParseResult): string[] {
  const lines = lineCount(input);
  const problems: string[] = [];
  const inRange = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= lines;
  if (typeof result !== 'object' || result === null) return [`result is ${String(result)}`];
  if (!Array.isArray(result.notices)) problems.push('notices is not an array');
  if (!Array.isArray(result.unparsed)) problems.push('unparsed is not an array');
  if (problems.length > 0) return problems;
  result.notices.forEach((n, i) => {
    if (!Array.isArray(n.events)) return void problems.push(`notice ${i}: events is not an array`);
    if (!inRange(n.source?.startLine) || !inRange(n.source?.endLine) || n.source.startLine > n.source.endLine) {
      problems.push(`notice ${i}: source ${JSON.stringify(n.source)} outside 1..${lines}`);
    }
    n.events.forEach((e, j) => {
      const where = `notice ${i} event ${j}`;
      if (typeof e.person !== 'string' || e.person.trim() === '') problems.push(`${where}: empty person ${JSON.stringify(e.person)}`);
      if (typeof e.position !== 'string' || e.position.trim() === '') {
        problems.push(`${where}: empty position ${JSON.stringify(e.position)}`);
      }
      if (!Array.isArray(e.concurrent)) problems.push(`${where}: concurrent is not an array`);
      if (!inRange(e.source?.line)) problems.push(`${where}: source line ${e.source?.line} outside 1..${lines}`);
    });
  });
  result.unparsed.forEach((u, i) => {
    if (!inRange(u.line)) problems.push(`unparsed ${i}: line ${u.line} outside 1..${lines}`);
  });
  return problems.slice(0, 20);
}

function checkInvariants(input: string, result: ParseResult): void {
  expect(invariantProblems(input, result)).toEqual([]);
}

/** Parses, turning a throw into a failed expectation that shows the input's size and error. */
function parseTimed(input: string): { result: ParseResult; ms: number } {
  let result: ParseResult | undefined;
  let error: unknown;
  const start = performance.now();
  try {
    result = parseNotices(input);
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - start;
  expect({ threw: error === undefined ? null : String(error), length: input.length }).toEqual({
    threw: null,
    length: input.length,
  });
  checkInvariants(input, result as ParseResult);
  return { result: result as ParseResult, ms };
}

const parseChecked = (input: string): ParseResult => parseTimed(input).result;

// ------------------------------------------------------------------ mutations

const BRACKETS = ['（', '(', '）', ')', '【', '】', '〔', '〕', '［', ']'];
const CLAUSE_WORDS = [
  '为', '、', '的', '职务', '职', '务', '免去：', '任命：', '；', '。', '，', '（试用期一年）', '（副县级）',
  '（列', '之后）', '自然免除', '原', '同志', '聘任', '解聘', '自行免去', '相应终止', '辞去', '代理',
  '青禾市人民政府', '2024年3月9日', '二〇二四年三月九日', '〔2024〕', '号', '决定', '# ', '（上接第61页）',
  '（下转第59页）', '(女)', '(兼)', '\n', '\n\n',
];

type Mutation =
  | { kind: 'deleteChars'; at: number; len: number }
  | { kind: 'duplicateChars'; at: number; len: number }
  | { kind: 'swapChars'; a: number; b: number }
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'insert'; at: number; text: string };

const pos = fc.nat({ max: 1_000_000 });
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteChars' as const), at: pos, len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicateChars' as const), at: pos, len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swapChars' as const), a: pos, b: pos }),
  fc.record({ kind: fc.constant('deleteLine' as const), at: pos }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: pos }),
  fc.record({ kind: fc.constant('swapLines' as const), a: pos, b: pos }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: pos,
    text: fc.string({ unit: fc.constantFrom(...BRACKETS), minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, text: fc.string({ unit: cjk, minLength: 1, maxLength: 30 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, text: fc.string({ unit: ascii, minLength: 1, maxLength: 30 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: pos,
    text: fc.array(fc.constantFrom(...CLAUSE_WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join('')),
  }),
);

function applyMutation(text: string, m: Mutation): string {
  const n = text.length;
  switch (m.kind) {
    case 'deleteChars': {
      if (n === 0) return text;
      const at = m.at % n;
      return text.slice(0, at) + text.slice(at + m.len);
    }
    case 'duplicateChars': {
      if (n === 0) return text;
      const at = m.at % n;
      const piece = text.slice(at, at + m.len);
      return text.slice(0, at) + piece + text.slice(at);
    }
    case 'swapChars': {
      if (n < 2) return text;
      const a = Math.min(m.a % n, m.b % n);
      const b = Math.max(m.a % n, m.b % n);
      if (a === b) return text;
      return text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
    }
    case 'deleteLine': {
      const lines = text.split('\n');
      lines.splice(m.at % lines.length, 1);
      return lines.join('\n');
    }
    case 'duplicateLine': {
      const lines = text.split('\n');
      const at = m.at % lines.length;
      lines.splice(at, 0, lines[at]);
      return lines.join('\n');
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'insert': {
      const at = n === 0 ? 0 : m.at % (n + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
}

const mutate = (text: string, ms: Mutation[]) => ms.reduce(applyMutation, text);

// ------------------------------------------------------------------ pathological 1 MB lines

const MB = 1_000_000;
// A guard against super-linear blow-ups (a quadratic pass over 1 MB takes minutes), not a speed
// figure: speed is bench:parse's. 2 s proved too tight on a shared 2-core machine under load.
const TIME_LIMIT_MS = 10_000;

/** A small deterministic PRNG (mulberry32) for the random 1 MB mixes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMix(seed: number, alphabet: string[]): string {
  const next = prng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < MB) {
    const piece = alphabet[Math.floor(next() * alphabet.length)];
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

const repeatTo = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

const PATHOLOGICAL: [string, () => string][] = [
  ['为 ×1M', () => repeatTo('为')],
  ['、 ×1M', () => repeatTo('、')],
  ['（ ×1M', () => repeatTo('（')],
  ['( ×1M', () => repeatTo('(')],
  ['）) ×1M', () => repeatTo('）)')],
  ['为、（ repeated', () => repeatTo('为、（')],
  ['的职务 repeated', () => repeatTo('的职务')],
  ['王为 repeated', () => repeatTo('王为')],
  ['name 为 then 1M of organisation text, no terminator', () => '韩立川为' + repeatTo('青禾市')],
  ['免去 + 的 ×1M + 职务', () => '免去韩立川' + repeatTo('的') + '职务'],
  ['unterminated precedence （列 + 1M name', () => '韩立川为青禾市人民政府副秘书长（列' + repeatTo('潘')],
  ['unterminated probation （试用期 + 一 ×1M', () => '韩立川为青禾市统计局副局长（试用期' + repeatTo('一')],
  ['nested brackets （（（…', () => '韩立川为青禾市统计局副局长' + repeatTo('（(【〔')],
  ['A、B、C… 为 P', () => repeatTo('韩立川、') + '为青禾市统计局副局长'],
  ['Chinese-numeral date digits', () => repeatTo('二〇') + '年三月九日'],
  ['document number digits', () => '青政任〔' + repeatTo('2') + '〕7号'],
  ['many short clauses on one line', () => repeatTo('韩立川为青禾市统计局副局长；')],
  ['many removal clauses on one line', () => repeatTo('韩立川的原青禾市统计局副局长职务自然免除；')],
  ['block headings repeated', () => repeatTo('任命：免去：')],
  ['spaces', () => repeatTo(' ')],
  ['ASCII letters', () => repeatTo('a')],
  ['random mix of clause tokens (1)', () => randomMix(SEED, ['为', '、', '（', '(', '）', ')', '的', '职务', '原', '自然免除', '列', '之后', '试用期', '一年', '，', '同志', '王', '青禾市'])],
  ['random mix of clause tokens (2)', () => randomMix(SEED + 1, ['为', '、', '（', '的', '职', '务', '韩', '立', '川', '局长', '副', '兼', '女'])],
  ['random mix of brackets and separators', () => randomMix(SEED + 2, ['（', '(', '）', ')', '【', '】', '、', '，', '为', '；'])],
];

/** The decision block of a fixture, so that the 1 MB line reaches the clause readers. */
const HOST = fixtureTexts.find((t) => t.includes('决定，任命：\n')) ?? '市人民政府决定，任命：\n';

// ------------------------------------------------------------------ the tests

describe('parseNotices robustness', () => {
  it('has fixture texts to mutate', () => {
    expect(fixtureTexts.length).toBeGreaterThan(0);
  });

  it('survives the unmutated fixtures and an empty or blank input', () => {
    for (const input of [...fixtureTexts, '', '\n', '\n\n\n', '   ', '# ']) parseChecked(input);
  });

  it('never throws and keeps its invariants on mutated fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtureTexts), fc.array(mutationArb, { minLength: 1, maxLength: 8 }), (text, ms) => {
        parseChecked(mutate(text, ms));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('never throws on concatenations of mutated fixtures (gazette-like input)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fixtureTexts), { minLength: 2, maxLength: 5 }),
        fc.array(mutationArb, { minLength: 0, maxLength: 12 }),
        (texts, ms) => {
          parseChecked(mutate(texts.join('\n'), ms));
        },
      ),
      { seed: SEED + 7, numRuns: 60 },
    );
  });

  it('gives the same result for the same input (no state carried between calls)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtureTexts), fc.array(mutationArb, { minLength: 0, maxLength: 6 }), (text, ms) => {
        const input = mutate(text, ms);
        const first = parseChecked(input);
        parseChecked(fixtureTexts[0]);
        expect(parseChecked(input)).toEqual(first);
      }),
      { seed: SEED + 5, numRuns: 50 },
    );
  });

  it('never throws on pure noise', () => {
    const noise = fc.string({
      unit: fc.oneof(cjk, ascii, fc.constantFrom(...BRACKETS), fc.constantFrom(...CLAUSE_WORDS)),
      maxLength: 400,
    });
    fc.assert(
      fc.property(noise, (text) => {
        parseChecked(text);
      }),
      { seed: SEED + 11, numRuns: 200 },
    );
  });

  describe.each(PATHOLOGICAL)('a 1 MB line: %s', (_label, make) => {
    let line = '';
    beforeAll(() => {
      line = make();
    });
    afterAll(() => {
      line = '';
    });

    it(`is read alone within ${TIME_LIMIT_MS} ms`, () => {
      expect(line.length).toBeGreaterThanOrEqual(MB);
      const { ms } = parseTimed(line);
      expect(ms).toBeLessThan(TIME_LIMIT_MS);
    }, 30_000);

    it(`is read inside a notice's decision block within ${TIME_LIMIT_MS} ms`, () => {
      const input = HOST.replace('决定，任命：\n', `决定，任命：\n${line}\n`);
      expect(input.length).toBeGreaterThan(MB);
      const { ms } = parseTimed(input);
      expect(ms).toBeLessThan(TIME_LIMIT_MS);
    }, 30_000);
  });

  // Registered only where the team's shared folder exists; nothing is logged when it does not.
  const seed = seedGazette();
  if (seed !== null) {
    it('seed gazette from ../shared: never throws and keeps its invariants when mutated', () => {
      parseChecked(seed);
      fc.assert(
        fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 20 }), (ms) => {
          parseChecked(mutate(seed, ms));
        }),
        { seed: SEED + 3, numRuns: 60 },
      );
    }, 60_000);
  }
});
