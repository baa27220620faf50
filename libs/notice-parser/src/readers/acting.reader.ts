import { isPersonName } from '../lexicon/person-name.util';
import { compoundSurnameLength } from '../lexicon/surnames.lexicon';
import { organisationPrefix } from '../lexicon/organisation.lexicon';
import type { FragmentReader } from './reader.types';
import { stripLeads } from './subject.util';

/**
 * `宣城市人民政府副市长孔晓宏代理市长`: a congress names an acting head. The acting post belongs to
 * the organisation named before the person's current title: `宣城市人民政府代理市长`.
 */
const ACTING = ['代理', '代行'];

/** Whether a compound surname stands where a four-character name at the end of `head` would begin. */
function startsWithCompound(head: string): boolean {
  return head.length >= 4 && compoundSurnameLength(head.slice(head.length - 4)) === 2;
}

export const readActing: FragmentReader = (fragment) => {
  if (fragment.indexOf('代') < 0) return null;
  let at = -1;
  let word = '';
  for (const a of ACTING) {
    const i = fragment.indexOf(a);
    if (i > 0 && (at < 0 || i < at)) {
      at = i;
      word = a;
    }
  }
  if (at < 0 || fragment.slice(0, at).includes('为') || fragment.slice(0, at).includes('為')) return null;
  const title = fragment.slice(at + word.length).replace(/职务$|職務$/, '');
  const head = stripLeads(fragment.slice(0, at));
  if (title.length === 0) return null;
  // A compound surname (欧阳) makes a four-character name likely; otherwise three, then two.
  const lengths = startsWithCompound(head) ? [4, 3, 2] : [3, 2, 4];
  for (const n of lengths) {
    if (head.length < n) continue;
    const name = head.slice(head.length - n);
    if (!isPersonName(name)) continue;
    const before = head.slice(0, head.length - n);
    const org = before.length > 0 ? (organisationPrefix(before) ?? '') : '';
    return { type: 'appoint', persons: [name], posts: `${org}代理${title}` };
  }
  return null;
};
