import { readPersonList } from '../lexicon/person-name.util';
import { isPostLike } from '../lexicon/organisation.lexicon';
import { outsideBrackets, splitTopLevel } from '../text/brackets.util';
import type { FragmentReader, Reading } from './reader.types';
import { cutAtDuty, stripLeads } from './subject.util';
import { withoutLinkingDe } from '../text/post-text.util';

/**
 * `A、B和C分别出任P1、P2和P3` (also 分别任, 分别担任, 分别为, 分别被任命为): the n-th person holds the
 * n-th post. Read only when the counts agree; otherwise which post is whose is not known.
 */
// `A和B分别获再度委任为X的主席及副主席`: Hong Kong's passive of appointment and renewal too.
const RESPECTIVELY = /分别(?:被任命为|被聘为|被聘任为|获(?:再度|再次)?(?:委任|任命|聘任|聘)为|担任|出任|当选为|任|为)/;

export const readRespectively: FragmentReader = (fragment, ctx) => {
  const m = RESPECTIVELY.exec(fragment);
  if (!m || m.index < 2) return null;
  // `A、B和C`: the list reader joins the last name by 和 only where both sides are names (`司马清和`).
  const persons = readPersonList(stripLeads(fragment.slice(0, m.index)), ctx.mode === 'appoint');
  if (!persons || persons.length < 2) return null;
  const posts = postsFor(persons.length, withoutLinkingDe(cutAtDuty(fragment.slice(m.index + m[0].length))));
  if (posts === null) return null;
  if (!posts.every((p) => isPostLike(outsideBrackets(p)))) return null;
  const readings: Reading[] = persons.map((p, k) => ({ type: 'appoint', persons: [p], posts: posts[k] }));
  return readings;
};

const JOINS = /[和及与與]/g;

/**
 * The posts of `P1、P2和P3`, as many as there are people: 和 and 及 join the last post, but may also
 * stand inside one (`运输及房屋局副局长`), so the joins are cut from the last one back only while
 * posts are still wanting and both sides read as posts.
 */
function postsFor(count: number, text: string): string[] | null {
  const posts = splitTopLevel(text, '、');
  for (let k = posts.length - 1; k >= 0 && posts.length < count; k--) {
    const split = splitAtJoin(posts[k]);
    if (split) {
      posts.splice(k, 1, ...split);
      k += split.length;
    }
  }
  return posts.length === count ? posts : null;
}

/** `P和Q` → [P, Q] at the last join where both sides are posts; null when there is none. */
function splitAtJoin(post: string): string[] | null {
  const joins = [...post.matchAll(JOINS)].reverse();
  for (const j of joins) {
    const left = post.slice(0, j.index);
    const right = post.slice(j.index + j[0].length);
    if (isPostLike(outsideBrackets(left)) && isPostLike(outsideBrackets(right))) return [left, right];
  }
  return null;
}
