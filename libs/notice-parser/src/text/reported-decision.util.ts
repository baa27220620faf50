import { OWN_DECISION } from './decision-kind.util';

/**
 * Sentences of running text that report decisions in a roundabout way, rewritten into the clauses
 * they state before the readers see them. Patterns are in simplified script (text folded to it).
 */

/**
 * `表决通过了《…关于接受A辞去P职务请求的决定》和《…关于决定任命B为Q的决定》` (or `…的决议》`): a report names the
 * decisions adopted by their titles; each title's subject is read as a clause of its own.
 */
const QUOTED_DECISION = /《[^《》]*?关于([^《》]+?)的?(?:决定|决议)》/g;

/** `宣布了中央关于A同志任P的决定`: a decision announced by its subject, without quotation marks. */
// After `关于` the subject may run over commas (`关于A任P1，B任P2的决定`); without it, it is one fragment.
// `表决了关于A辞去P的职务决定`: 职务 may stand between the subject and 决定.
const ANNOUNCED_DECISION = /(?:宣布|宣读|传达|作出|表决通过|通过|表决)了?(?:[^，。；《》]{0,12}?关于([^。；《》]{4,120}?)|([^，。；《》]{4,80}?))的(?:任免|职务)?(?:决定|决议|任命)(?:名单)?(?=[，。；]|$)/g;

const NEXT_TITLE = /的(决定|决议)、(?=关于)/g;

export function unwrapQuotedDecisions(text: string): string {
  if (text.indexOf('决定') < 0 && text.indexOf('任命') < 0 && text.indexOf('决议') < 0) return text;
  // Unquoted, the rest of the sentence may state further decisions: each subject stands in place.
  // `通过了关于A…的决定、关于B…的决定`: each title after the first is adopted by the same verb.
  if (text.indexOf('《') < 0) return text.replace(NEXT_TITLE, '的$1，通过').replace(ANNOUNCED_DECISION, (_m, about?: string, plain?: string) => `，${accepted(about ?? plain ?? '')}`);
  if (!/通过|决定/.test(text)) return text;
  const subjects: string[] = [];
  QUOTED_DECISION.lastIndex = 0;
  // `《关于A辞去P职务的决议》`: the resolution adopted is the acceptance the title leaves unsaid.
  let end = 0;
  for (let m = QUOTED_DECISION.exec(text); m; m = QUOTED_DECISION.exec(text)) {
    subjects.push(accepted(m[1]));
    end = m.index + m[0].length;
  }
  if (subjects.length === 0) return text;
  // `宣布《…关于免去A同志职务的决定》，…决定，免去A同志的P职务`: the sentence may go on to state
  // the decision in full after the titles; that part is read too.
  const rest = text.slice(end);
  return OWN_DECISION.test(rest) ? `${subjects.join('，')}${rest}` : subjects.join('，');
}

/** `关于A辞去P职务的决议`: the resolution adopted is the acceptance the title leaves unsaid. */
function accepted(subject: string): string {
  return /^(?:接受|同意|批准)|^[^辞]*$/.test(subject) ? subject : '接受' + subject;
}

/** `A任P1、提名任P2`: the post decided is read; the one only nominated for is not. */
export const NOMINATED_TAIL = /(?<=.{4})、(?:并|同时)?提名(?:任|为)[^，。；、]*$/;

/**
 * `免去A的P1职务；免去B的P2职务；上述两职务，由C兼任`: the comma between the posts referred to and
 * their new holder is taken out, so that the clause reads as one (see post-first.reader).
 */
const ABOVE_POSTS_BROKEN = /((?:上述|以上|前述)[^，。；]{0,6}(?:职务|職務))，(?=由)/g;

export function joinAbovePosts(text: string): string {
  return text.indexOf('上述') < 0 && text.indexOf('以上') < 0 && text.indexOf('前述') < 0 ? text : text.replace(ABOVE_POSTS_BROKEN, '$1');
}
