import { endsAsBody, organisationPrefix } from '../lexicon/organisation.lexicon';
import type { ReaderContext, Reading } from '../readers/reader.types';

/**
 * Step 5, the body a clause's bare titles belong to when the story named it outside the clause: a
 * body set up or elected in the sentence, the body a story turns to (`某某方面`), a body named in
 * full before and now by the end of its name, a committee called just `委员会`.
 */

/** `设立某某委员会，由委员54人组成，A为召集人`: the body set up gives the bare titles after it a body. */
// `会议选举产生了由18人组成的某区人大常委会，A为主任；B、C为副主任`: a body an assembly elected.
const SETS_UP_BODY = /^(?:会议|會議|大会|大會)?(?:选举|選舉)?(?:设立|成立|组建|組建|设|設|产生|產生)了?(?:由[^，、；]{1,16}(?:组成|組成)的)?([^，、；]{3,40})$/;

export function bodySetUp(fragment: string, ctx: ReaderContext): string | null {
  const m = SETS_UP_BODY.exec(fragment);
  if (m === null || !endsAsBody(m[1])) return null;
  if (/选举|選舉/.test(fragment)) ctx.decided = true;
  return `${m[1]}成员`;
}

/** `浸大諮議會方面，…`: the body a story turns to, for the bare titles of the sentence. */
const TOPIC = /^(?:而|至于|至於)?([^，、；]{3,24})方面$/;

export function topicBody(fragment: string): string | null {
  const m = TOPIC.exec(fragment);
  return m !== null && endsAsBody(m[1]) ? `${m[1]}成员` : null;
}

const PLACED = /[省市县区州盟旗镇乡国縣區鎮鄉國]/;
const SHORT_NAME = /^[\u4e00-\u9fff]{2,8}$/;

/** Gives the readings' posts that name `source`'s body by its last part that body in full. */
export function shortenedBody(readings: Reading[], source: string | null): void {
  // The full name is a prefix of `source`, and an end of it the post may begin with starts after its
  // first character: a post whose first two characters stand nowhere there is no shortened name
  // (most clauses; the lexicon's reading of `source` is not made for them).
  if (source === null || !readings.some((r) => r.posts.length > 2 && source.indexOf(r.posts.slice(0, 2), 1) >= 0)) return;
  const full = organisationPrefix(source);
  if (full === null) return;
  for (const r of readings) {
    // The longest end of the full name the post begins with, itself a body's name (`校董會`).
    for (let k = full.length - 1; k >= 2; k--) {
      const tail = full.slice(full.length - k);
      if (!r.posts.startsWith(tail) || r.posts.length <= k || !endsAsBody(tail)) continue;
      // Only a body without a place of its own (`校董會`, not `某市人民政府`), short of a short name.
      const lead = full.slice(0, full.length - k);
      if (!PLACED.test(tail) && SHORT_NAME.test(lead)) r.posts = lead + r.posts;
      break;
    }
  }
}

/** A post that names its committee by the bare word (`委员会主席`, `该委员会主席`). */
export const BARE_COMMITTEE = /^[该本]?委员会(?=[^，、]{1,6}$)/;
