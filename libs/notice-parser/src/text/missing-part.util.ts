import { endsWithTitle } from '../lexicon/organisation.lexicon';
import { leadingName, readPersonList } from '../lexicon/person-name.util';

/**
 * Which part of a decision sentence the readers could not place, so that an office reporting a
 * miss can say what was not understood: the decision word, the post, the person, or the way the
 * people and posts are listed. A best reading of the parts present, not a parse: it looks for each
 * part on its own and names the first one it cannot find.
 */
export type MissingPart = 'decision word' | 'post' | 'person' | 'list shape';

const DECISION_WORD = /任命|聘任|聘请|续聘|受聘|获聘|委任|选举|当选|免去|免除|免职|解聘|撤销|辞去|不再担任|不再兼任|不再任|代理|转任|调任|出任|担任|接任|[任为]/;
const SEPARATORS = /[、，和及]/;

export function missingPart(sentence: string): MissingPart {
  const verb = DECISION_WORD.exec(sentence);
  if (!verb) return 'decision word';
  if (!hasTitle(sentence)) return 'post';
  if (!hasPerson(sentence)) return 'person';
  return SEPARATORS.test(sentence) ? 'list shape' : 'person';
}

/** A title word ends some stretch of the sentence (`…局长`, `…委员`). */
function hasTitle(s: string): boolean {
  for (let end = 2; end <= s.length; end++) if (endsWithTitle(s.slice(Math.max(0, end - 12), end))) return true;
  return false;
}

/** A name stands at the start of some stretch, or a stretch between separators reads as names. */
function hasPerson(s: string): boolean {
  // A name and the character after it fit in five: no copy of the rest of the sentence per place.
  for (let i = 0; i < s.length - 1; i++) if (leadingName(s.slice(i, i + 5)) !== null) return true;
  return s.split(/[，、：；为]/).some((part) => part.length >= 2 && part.length <= 4 && readPersonList(part) !== null);
}

/** How the reason for an unread decision names the part, in the words `--explain` prints. */
export function missingPartNote(sentence: string): string {
  return `not understood: the ${missingPart(sentence)}`;
}
