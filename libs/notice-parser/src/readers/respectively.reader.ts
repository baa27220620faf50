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
const RESPECTIVELY = /分别(?:被任命为|被聘为|被聘任为|获(?:再度|再次)?(?:委任|任命|聘任|聘)为|担任|出任|当选为|任|为)|分任/;

export const readRespectively: FragmentReader = (fragment, ctx) => {
  const m = RESPECTIVELY.exec(fragment);
  if (!m || m.index < 2) return null;
  // `A、B和C`: the list reader joins the last name by 和 only where both sides are names (`司马清和`).
  const persons = readPersonList(stripLeads(fragment.slice(0, m.index)), ctx.mode === 'appoint');
  if (!persons || persons.length < 2) return null;
  const listed = postsFor(persons.length, withoutLinkingDe(cutAtDuty(fragment.slice(m.index + m[0].length))));
  const posts = listed === null ? null : envoysShared(listed);
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

/** Envoys' titles, longest first: the part of `驻甲国、乙国大使` both countries share. */
const ENVOY_TITLES = ['特命全权大使', '特命全權大使', '总领事', '總領事', '大使', '领事', '領事'];

/**
 * `分别出任驻甲国、乙国大使`: the posts of envoys share the 驻 before the first country and the title
 * after the last. Other lists are left as they are.
 */
function envoysShared(posts: string[]): string[] {
  const first = posts[0];
  const last = posts[posts.length - 1];
  if (posts.length < 2 || !(first.startsWith('驻') || first.startsWith('駐'))) return posts;
  const title = ENVOY_TITLES.find((t) => last.endsWith(t));
  if (title === undefined || posts.slice(0, -1).some((p) => ENVOY_TITLES.some((t) => p.endsWith(t)))) return posts;
  return posts.map((p, k) => `${k > 0 && !/^[驻駐]/.test(p) ? first[0] : ''}${p}${k < posts.length - 1 ? title : ''}`);
}
