import { describedPerson, isPersonName, readPersonList } from '../lexicon/person-name.util';
import { endsWithTitle, inheritOrganisation } from '../lexicon/organisation.lexicon';
import { outsideBrackets, splitTopLevel } from '../text/brackets.util';
import type { Reading } from './reader.types';

/**
 * `行政长官委任某委员会主席及委员，包括法官A（委员会主席）、局长B及局长C`: a sentence that names
 * the posts first, then, after 包括, who holds them — each person described by the post already
 * held, the one who takes a post other than the last in brackets. Two fragments, read in turn.
 */
const POSTS_ANNOUNCED = /^[^，为為]{0,16}?(?:委任|任命|聘任|聘请|委任了|任命了)([^，、为為]{3,40})$/;
const INCLUDED = /^(?:包括|分别是|分別是)：?([^，]{2,400})$/;

/** The posts an appointing fragment names without anyone (`委任某委员会主席及委员`); null otherwise. */
export function announcedPosts(fragment: string): string[] | null {
  const m = POSTS_ANNOUNCED.exec(fragment);
  if (m === null) return null;
  const parts = m[1].split(/[及和与]/);
  if (parts.some((p) => p.length < 2 || !endsWithTitle(p)) || readPersonList(parts[0]) !== null) return null;
  // A bare title after the first post is the same body's (`主席及委员`).
  return parts.map((p, k) => (k === 0 ? p : inheritOrganisation(p, parts[0])));
}

/** The people after 包括, each to the last post announced or to the post a bracket names. */
export function readIncluded(fragment: string, posts: string[]): Reading[] | null {
  const m = INCLUDED.exec(fragment);
  if (m === null) return null;
  const items = splitTopLevel(m[1], '、').flatMap(lastJoined);
  const readings: Reading[] = [];
  for (const item of items) {
    const bare = outsideBrackets(item);
    const person = readPersonList(bare)?.[0] ?? describedPerson(bare);
    if (person === undefined || person === null) return null;
    const role = item.length > bare.length ? bracketRole(item, posts) : null;
    readings.push({ type: 'appoint', persons: [person], posts: role ?? posts[posts.length - 1] });
  }
  return readings.length > 0 ? readings : null;
}

/** `…C及局长D`: the last item joined by 及 or 和, where both sides end in a name (a name may hold 和). */
function lastJoined(item: string): string[] {
  const names = (s: string) => readPersonList(s) !== null || describedPerson(s) !== null;
  for (let at = item.length - 2; at >= 2; at--) {
    if (item[at] !== '及' && item[at] !== '和') continue;
    const left = item.slice(0, at);
    const right = item.slice(at + 1);
    if (names(outsideBrackets(left)) && names(outsideBrackets(right))) return [left, right];
  }
  return [item];
}

/** `（委员会主席）`: the announced post whose title the bracket names. */
function bracketRole(item: string, posts: string[]): string | null {
  const note = item.slice(item.lastIndexOf('（') + 1).replace(/）$/, '');
  return posts.find((p) => note.length >= 2 && p.endsWith(note.replace(/^(?:委员会|委員會)/, ''))) ?? null;
}

/**
 * `粮食部长A、交通部长B和森林工业部长C` under a header that removes them: each item a post and
 * the name of who holds it; a name alone after one holds the same post (`某委员会委员A、B`). Null
 * unless the first item is a post and a name, and every item reads so.
 */
export function readDescribedList(text: string, type: Reading['type']): Reading[] | null {
  const items = splitTopLevel(text.replace(STILL_MORE, ''), '、').flatMap(lastJoined);
  const readings: Reading[] = [];
  let post: string | null = null;
  for (const item of items) {
    const bare: string = outsideBrackets(item).replace(/(?:同志|先生|女士)$/, '');
    // A name alone holds the post named before it; otherwise the item is a post and a name.
    const alone = post !== null && isPersonName(bare);
    const person: string | null = alone ? bare : describedPerson(bare);
    if (person === null) return null;
    if (!alone) {
      const own = bare.slice(0, bare.length - person.length);
      if (!endsWithTitle(own)) return null;
      post = own;
    }
    readings.push({ type, persons: [person], posts: post as string });
  }
  return readings.length > 0 ? readings : null;
}

/** `被罢免的还有…`: a roster of removals going on past its first list. */
const STILL_MORE = /^(?:被罢免|被罷免|被免去|被撤销|被撤銷|被免职|被免職)?的?还有|^另有/;
