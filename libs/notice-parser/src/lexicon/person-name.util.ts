import { splitBrackets, splitTopLevel } from '../text/brackets.util';
import { isHan } from '../text/normalise.util';
import { compoundSurnameLength, startsWithSurname } from './surnames.lexicon';

/**
 * Whether `s` reads as one person's name: a surname and one to three more characters, or a
 * transliterated name joined with `·` (`买买提·艾力`).
 */
export function isPersonName(s: string): boolean {
  if (s.includes('·') || s.includes('•')) {
    if (s.length < 3 || s.length > 16) return false;
    for (const ch of s) if (!isHan(ch) && ch !== '·' && ch !== '•') return false;
    return true;
  }
  const min = compoundSurnameLength(s) + 1;
  if (s.length < min || s.length > 4) return false;
  for (const ch of s) if (!isHan(ch)) return false;
  return startsWithSurname(s);
}

/** Suffixes that are not part of the name: `张三同志`. */
const HONORIFICS = ['同志', '先生', '女士'];

/** Cleans one mention: drops brackets (`(女)`, current posts) and honorifics. */
export function cleanPersonMention(s: string): string {
  let name = splitBrackets(s).text;
  for (const h of HONORIFICS) if (name.endsWith(h) && name.length > h.length + 1) name = name.slice(0, -h.length);
  return name;
}

/**
 * Reads `A、B（女）、C同志` as a list of names. Returns null unless every item is a name:
 * a subject that is not entirely names is not a list of people.
 */
export function readPersonList(s: string): string[] | null {
  if (s.length === 0 || s.length > 200) return null;
  const names = splitTopLevel(s, '、').map(cleanPersonMention);
  if (names.length === 0) return null;
  for (const n of names) if (!isPersonName(n)) return null;
  return names;
}
