import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Whether a would-be name is an ordinary word: a reader that takes the characters before `为` or
 * after `免去` for a person will, in running text, now and then take `慎重研究`, `后者已`, `相同` or
 * `公使` — each begins with a character that is also a surname, so the surname list lets it through.
 *
 * jieba's dictionary (a maintained lexicon with frequencies and parts of speech) tells them apart:
 * the text is not a name when it is made of dictionary words alone, the first a frequent word of a
 * class names do not take (a verb, an adjective, an adverb, a pronoun, a common noun), and no word
 * of it is tagged a person's name. Place names, time words, numerals and rare words are left alone, since many real
 * names are written the same (`王国`, `周恩来`, `万里`, `周济` in the dictionary); measured on every
 * name of the corpora's gold, none of them is called a word (docs/decisions.md).
 *
 * The text is expected in simplified script (the readers' folded text). The dictionary is loaded on
 * first use (about 0.2 s, once per process).
 */
export function isCommonWord(text: string): boolean {
  if (text.length < 2 || text.length > 4) return false;
  // Most names do not begin with a frequent word at all: a set read settles them without the tagger.
  // Keyed by the two characters' places in the CJK block, a small integer: no string is made or
  // hashed for the many names it settles, nor a heap number.
  const key = pairKey(text.charCodeAt(0), text.charCodeAt(1));
  if (key < 0 || !frequentPairs().has(key)) return false;
  let known = verdicts.get(text);
  if (known === undefined) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    known = tagsAsWord(text);
    verdicts.set(text, known);
  }
  return known;
}

/**
 * Where jieba's segmentation of `text` puts word boundaries (offsets after each word but the last):
 * a second opinion where characters alone leave a split open (names run together without marks).
 */
export function wordBoundaries(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const word of tagger().cut(text, false)) {
    at += word.length;
    if (at < text.length) out.add(at);
  }
  return out;
}

/**
 * Whether `text` is one place name in jieba's dictionary (`苏州`, `温州`): where nothing marks a
 * name's end (`免去刘某生苏州…`), a known place right after three characters ends the name there.
 */
export function isPlaceWord(text: string): boolean {
  const words = tagger().tag(text, false);
  return words.length === 1 && words[0].tag === 'ns';
}

/** The tagger's verdicts so far: a gazette names the same people again and again. Bounded. */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 10_000;

function tagsAsWord(text: string): boolean {
  const words = tagger().tag(text, false);
  if (words.length === 0 || words.some((w) => w.tag.startsWith('nr'))) return false;
  const first = words[0];
  // `石子军`: a surname and a given name may make a word between them; a name leaves a character over.
  // Not after a frequent verb, pronoun or adverb (`带领新`, `自己能`): no surname and given name make one.
  if (words.some((w) => w.word.length < 2)) return first.word.length >= 2 && NOT_NAME_START.has(first.tag) && frequency(first.word) >= MIN_FREQUENCY;
  const min = text.length === 2 ? MIN_FREQUENCY_WHOLE : MIN_FREQUENCY;
  return WORD_CLASSES.has(first.tag) && frequency(first.word) >= min;
}

/** Verbs, pronouns, adverbs and particles: a word of these never stands where a surname and given name do. */
const NOT_NAME_START = new Set(['v', 'vd', 'r', 'd', 'p', 'c', 'u', 'ad']);

/** Parts of speech (jieba's tag set) that a person's name is not written as. */
const WORD_CLASSES = new Set(['n', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'r', 'p', 'c', 'u']);

/**
 * How often a word must occur in jieba's source corpus to count as ordinary: rare entries
 * (`季平` 3, `徐步` 4, `周济` 139) are as likely to be someone's name.
 */
const MIN_FREQUENCY = 200;

/**
 * A two-character name that is a word as a whole (`马力` 446, `石子` 501, `高新` 563) needs a much
 * commoner word to be vetoed (`宣布`, `相同`, `后者`).
 */
const MIN_FREQUENCY_WHOLE = 1000;

let jieba: Jieba | null = null;
let frequencies: Map<string, number> | null = null;
let pairs: Set<number> | null = null;

function tagger(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const CJK_FIRST = 0x4e00;
const CJK_SIZE = 0xa000 - CJK_FIRST;

/** Two CJK characters as one small integer (under 2^30, so V8 keeps it unboxed); -1 for any other. */
function pairKey(a: number, b: number): number {
  const x = a - CJK_FIRST;
  const y = b - CJK_FIRST;
  return x < 0 || y < 0 || x >= CJK_SIZE || y >= CJK_SIZE ? -1 : x * CJK_SIZE + y;
}

/** The two-character words of at least MIN_FREQUENCY, each as its pair key. */
function frequentPairs(): Set<number> {
  if (pairs === null) {
    pairs = new Set();
    frequency('');
    for (const word of (frequencies as Map<string, number>).keys()) {
      const key = word.length === 2 ? pairKey(word.charCodeAt(0), word.charCodeAt(1)) : -1;
      if (key >= 0) pairs.add(key);
    }
  }
  return pairs;
}

/**
 * A word's frequency in the dictionary, 0 below MIN_FREQUENCY: the tagger does not say it, so the
 * entries are read once.
 */
function frequency(word: string): number {
  if (frequencies === null) {
    frequencies = new Map();
    const text = new TextDecoder().decode(dict);
    for (let at = 0, end = 0; at < text.length; at = end + 1) {
      end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const line = text.slice(at, end);
      const space = line.indexOf(' ');
      // Only two- to four-character words are ever asked about, and only a frequent one matters: a
      // table of those (about a tenth of the dictionary) stays in cache, and a lookup is cheap.
      if (space < 2 || space > 4) continue;
      const count = Number(line.slice(space + 1, line.indexOf(' ', space + 1)));
      if (count >= MIN_FREQUENCY) frequencies.set(line.slice(0, space), count);
    }
  }
  return frequencies.get(word) ?? 0;
}
