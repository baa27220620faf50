import { endsWithTitle, organisationPrefix } from '../lexicon/organisation.lexicon';
import { splitTopLevel } from '../text/brackets.util';
import type { FragmentReader } from './reader.types';
import { readDescribedList } from './included-members.reader';

/**
 * `再委任某管理局现任主席A、两名现任成员B及C`, `并委任两名新成员D及E`: the appointing word, then
 * the people each described by the post they are given — the post before the name, a count or
 * 现任/新 before the title, names joined by 及, a bare title the body of the item before. Tried after
 * every other form: only a fragment in which each item is a post and a name (readDescribedList)
 * reads, and one holding 为 or a holding verb is another form's.
 */
const VERB_THEN_LIST = /^[^，、为為]{0,16}?(?:再度|再次|重新|同时|同時|[并並亦再])?(?:委任|任命|委派)了?([^为為]{4,200})$/;

/** Verbs that make the rest another form (`委任A出任P`, `任命A担任P`). */
const HOLDING = /出任|担任|擔任|接任|兼任|出掌/;

const VERB = /委任|任命|委派/;
const HOLDING_NEXT = /^(?:[并並再另]|同时|同時)?(?:出任|担任|擔任|接任|任(?![命期职職]))/;

/** `两名`, `3位`: how many the item names, before its title. */
const COUNT = /^[\d一二三四五六七八九十两兩]{1,3}[名位]/;

/** 现任 before a title says the post is held already and is held again: no part of the post. */
const CURRENT = /现任|現任/g;

/** `新成员`: new to a membership title (not `新界…`, a place). */
const NEW_MEMBER = /^新(?=成员|成員|委员|委員|董事|理事|会员|會員|校董)/;

export const readDescribedAppointees: FragmentReader = (fragment, ctx) => {
  const m = VERB_THEN_LIST.exec(fragment);
  // Another verb after the list's (`…获委任P…再委任`) or a post after it (`委任A、B，出任P`): the
  // descriptions are who the people are, and the decision is read another way.
  if (m === null || HOLDING.test(m[1]) || VERB.test(m[1]) || m[1].startsWith('的') || HOLDING_NEXT.test(ctx.followingFragment)) return null;
  const items = splitTopLevel(m[1], '、').map((item) => item.replace(COUNT, '').replace(CURRENT, '').replace(NEW_MEMBER, ''));
  const readings = readDescribedList(items.join('、'), 'appoint');
  // `并委任两名新成员D及E` alone: a bare title must find its body in the story, or is not read.
  if (readings !== null && namesNoBody(readings[0].posts)) for (const r of readings) r.needsBody = true;
  return readings;
};

/** A title alone (`成员`, `副主席`): short, a title, no body's name in it. */
function namesNoBody(post: string): boolean {
  return post.length <= 6 && endsWithTitle(post) && organisationPrefix(post) === null;
}
