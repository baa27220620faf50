import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Post titles ending in 长 are read zhǎng; pinyin-pro's dictionary lacks several (局长 and 秘书长
 * came out as ju chang, mi shu chang) and then reads 长 as cháng. Registered once for the process:
 * pinyin-pro keeps custom words globally, and every one of these is right wherever it appears.
 */
const HEADS = ['局', '处', '科', '院', '所', '站', '部', '厅', '行', '社', '馆', '队', '组', '庭', '署', '司', '会', '室', '股', '段', '校', '团', '镇', '乡', '区', '州', '旗', '盟', '台', '秘书', '董事', '检察', '审判', '理事', '委员'];
/** Heads whose own reading out of context is not the one in the title (行 of 行长 is háng). */
const HEAD_READING: Record<string, string> = { 行: 'háng' };
customPinyin(Object.fromEntries(HEADS.map((h) => [`${h}长`, `${HEAD_READING[h] ?? pinyin(h)} zhǎng`])));

/** A name's reading in toneless pinyin: all syllables run together, their initials, and where each syllable starts. */
export interface PinyinKey {
  full: string;
  initials: string;
  starts: number[];
}

/** How well a pinyin query matches: lower is better; the order search results keep after the Chinese ones. */
export const enum PinyinMatch {
  WHOLE = 0,
  PREFIX = 1,
  SYLLABLE = 2,
  INITIALS_INSIDE = 3,
}

/** A query longer than any name's reading is a paste gone wrong; one letter matches half the list. */
const MAX_QUERY = 60;

function keyOf(syllables: string[]): PinyinKey {
  const parts = syllables.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((s) => s.length > 0);
  const starts: number[] = [];
  let full = '';
  for (const p of parts) {
    starts.push(full.length);
    full += p;
  }
  return { full, initials: parts.map((p) => p[0]).join(''), starts };
}

/**
 * The readings a name is found by. A person's surname is read as a surname (单 shan, 曾 zeng, 解 xie,
 * 仇 qiu, pinyin-pro's surname table) and, where that differs, also as the character's common
 * reading, since a clerk may type either; organisations and posts have no surname.
 */
export function pinyinKeys(name: string, kind: 'person' | 'place'): PinyinKey[] {
  const common = keyOf(pinyin(name, { toneType: 'none', type: 'array', surname: 'off', v: true }));
  if (kind === 'place') return [common];
  const surname = keyOf(pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true }));
  return surname.full === common.full ? [surname] : [surname, common];
}

/**
 * The query as pinyin (lower case letters, spaces and apostrophes dropped), or null when it is not
 * one: Chinese, digits or punctuation are looked up as written only.
 */
export function pinyinQuery(q: string): string | null {
  const s = q.toLowerCase().replace(/[\s'’]/g, '');
  if (s.length < 2 || s.length > MAX_QUERY || !/^[a-z]+$/.test(s)) return null;
  return s;
}

/** The best match of a query against a name's readings, or null. Syllable matches start on a syllable (`yonghui`, not `onghui`). */
export function matchPinyin(keys: PinyinKey[], q: string): PinyinMatch | null {
  let best: PinyinMatch | null = null;
  const better = (m: PinyinMatch) => (best = best === null || m < best ? m : best);
  for (const k of keys) {
    if (k.full === q || k.initials === q) better(PinyinMatch.WHOLE);
    else if (k.full.startsWith(q) || k.initials.startsWith(q)) better(PinyinMatch.PREFIX);
    else if (k.starts.some((at) => k.full.startsWith(q, at))) better(PinyinMatch.SYLLABLE);
    else if (k.initials.includes(q)) better(PinyinMatch.INITIALS_INSIDE);
  }
  return best;
}
