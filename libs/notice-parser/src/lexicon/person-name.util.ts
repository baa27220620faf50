import { splitBrackets, splitTopLevel } from '../text/brackets.util';
import { isHan } from '../text/normalise.util';
import { compoundSurnameLength, startsWithSurname } from './surnames.lexicon';

/**
 * Characters that do not occur in the names a lenient reading accepts: words for places, bodies,
 * quantities and function words that begin prose such as `期限为三年` or `本院为…`.
 */
const NON_NAME = '的为為市县縣省区區局部委会會院所长長主副各本该該其此我全有下上经經现現由对對在按年月日等及和或与與中人员員级級期限届屆次项項条條款';

/**
 * Whether `s` reads as one person's name: a surname and one to three more characters, or a
 * transliterated name joined with `·` (`买买提·艾力`). Under a `任命：` or `免去：` header every clause
 * names a person, so there a two- or three-character name with a surname missing from the list is
 * accepted too, and a four-character one (`lenient`).
 */
export function isPersonName(s: string, lenient = false): boolean {
  if (isKnownName(s)) return true;
  // Up to four: Tibetan and other names written in four characters without a Han surname (扎西顿珠).
  if (!lenient || s.length < 2 || s.length > 4) return false;
  for (const ch of s) if (!isHan(ch) || NON_NAME.includes(ch)) return false;
  return true;
}

function isKnownName(s: string): boolean {
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
export function readPersonList(s: string, lenient = false): string[] | null {
  if (s.length === 0 || s.length > 200) return null;
  const names = splitTopLevel(s, '、').map(cleanPersonMention);
  if (names.length === 0) return null;
  for (const n of names) if (!isPersonName(n, lenient)) return null;
  return names;
}
