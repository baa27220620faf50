import { describedPerson, nameBeforeTitle, readPersonList } from '../lexicon/person-name.util';
import { isPostLike, organisationPrefix } from '../lexicon/organisation.lexicon';
import { outsideBrackets } from '../text/brackets.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty, stripLeads } from './subject.util';

/**
 * A body names an acting head:
 * - `宣城市人民政府副市长孔晓宏代理市长` — the acting post belongs to the organisation named in the
 *   person's description: `宣城市人民政府代理市长`;
 * - `王某同志代理湖北省人民检察院检察长职务`, `由司长梁某临时代理行政长官的职务` — the post after
 *   代理 names its own organisation: `湖北省人民检察院代理检察长`, `代理行政长官`;
 * - `…，代理某院检察长职务` after the person's other posts: the person of the clause before.
 * A title mention (`代理主任张某主持会议`) names no post after 代理 and is not read.
 */
const ACTING = ['代理', '代行'];

const DECIDER = /^[^，、]{1,12}?(?:决定|決定)(?=.{2})/;
const HOLDING_VERB = /(?:担任|擔任|出任|接任|任)$/;

/**
 * `任命A为市人民政府副市长，并决定为代理市长` (or `决定其为代理市长`, `并决定其代理市长职务`): the
 * acting title for the person just appointed.
 */
const ALSO_ACTING = /^(?:并|並|同时|同時)?(?:决定|決定)?(?:其?[为為]|其)(代理.{1,12}?)(?:的?(?:职务|職務))?$/;

export const readActing: FragmentReader = (fragment, ctx) => {
  if (fragment.indexOf('代') < 0) return null;
  const also = ALSO_ACTING.exec(fragment);
  // Its organisation is the post's just read (inherited where posts are expanded).
  if (also && ctx.carried === 'appoint' && ctx.lastPersons.length > 0) return { type: 'appoint', persons: ctx.lastPersons, posts: also[1] };
  let at = -1;
  let word = '';
  for (const a of ACTING) {
    const i = fragment.indexOf(a);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      word = a;
    }
  }
  if (at < 0 || fragment.slice(0, at).includes('为')) return null;
  const post = cutAtDuty(fragment.slice(at + word.length)).replace(/的$/, '');
  if (!isPostLike(outsideBrackets(post))) return null;
  // `B任代理省长`: a verb of holding before 代理 is the sentence's, not the name's.
  // `会议决定A代理P职务`: who decided stands before the decision word.
  const subject = stripLeads(fragment.slice(0, at).replace(DECIDER, '')).replace(/^由/, '').replace(/(?:临时|暂时|暂)$/, '').replace(HOLDING_VERB, '');
  if (subject.length === 0) {
    return ctx.lastPersons.length > 0 ? { type: 'appoint', persons: ctx.lastPersons, posts: actingPost(post, '') } : null;
  }
  const persons = readPersonList(subject);
  if (persons) return { type: 'appoint', persons, posts: actingPost(post, describedOrganisation(subject, persons)) };
  // `决定郑某副区长代理某区人民政府区长职务`: the person named with a title after the name.
  const titled = nameBeforeTitle(outsideBrackets(subject).replace(/同志$/, ''));
  if (titled !== null && organisationPrefix(post) !== null) return { type: 'appoint', persons: [titled], posts: actingPost(post, '') };
  return null;
};

/** `湖北省人民检察院检察长` → `湖北省人民检察院代理检察长`; a bare `市长` takes the organisation given. */
function actingPost(post: string, organisation: string): string {
  const own = organisationPrefix(post);
  if (own !== null) return `${own}代理${post.slice(own.length)}`;
  return `${organisation}代理${post}`;
}

/** The organisation in the description before the name: `青禾市人民政府副市长张某` → `青禾市人民政府`. */
function describedOrganisation(subject: string, persons: string[]): string {
  if (persons.length !== 1) return '';
  const name = describedPerson(subject.replace(/同志$/, ''));
  if (name === null) return '';
  const description = subject.slice(0, subject.lastIndexOf(name));
  return organisationPrefix(description) ?? '';
}
