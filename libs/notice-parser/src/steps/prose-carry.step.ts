import { isLaterRowTitle } from '../lexicon/organisation.lexicon';
import type { ReaderContext } from '../readers/reader.types';
import { DECISION_INTRO, speaksOfDecisionNotTaken } from '../text/decision-kind.util';
import { stripEnumerator } from '../text/normalise.util';
import type { Piece } from './split-clauses.step';

/**
 * Step 5, in running text (a news item, a crop): which sentences are read, and what a sentence
 * carries over to the next — a decision announced, a roster's header, a list's open items. A
 * sentence that continues nothing starts afresh: undecided, its bare titles as written.
 */

/**
 * Running text: what a decision announced carries over from the sentence before (only across `；`
 * or from an introducing colon), and whether this sentence is read at all.
 */
export function enterProse(piece: Piece, previous: Piece | undefined, ctx: ReaderContext): boolean {
  // A list broken over lines without punctuation (`任命：` / `A为P` / `B为Q`) carries on as well.
  const carries =
    previous !== undefined &&
    (previous.terminator === '；' ||
      previous.terminator === '' ||
      (previous.terminator === '：' && (DECISION_INTRO.test(previous.text) || ctx.rosterPost !== null || ctx.removedRoster !== null || ctx.mode !== null)) ||
      // `任命：` / `东北人民政府主席A，副主席B。` / `西北军政委员会主席C…。`: items of a list, a line each.
      (ctx.listOpen && piece.spans[0]?.from === 0) ||
      // `主席：A 副主席：B、C。 委员：D、E`: the next title of the same roster after a full stop.
      (piece.terminator === '：' && ctx.rosterPost !== null && isLaterRowTitle(piece.text)));
  // `决议内容如下：（一）…。（二）…。`: each numbered item states what the body resolved.
  const numbered = stripEnumerator(piece.text) !== piece.text;
  if (previous !== undefined && previous.terminator === '：' && DECISION_INTRO.test(previous.text)) ctx.resolvedItems = numbered;
  else if (!numbered && !carries) ctx.resolvedItems = false;
  if (ctx.resolvedItems && numbered) {
    ctx.decided = true;
    return true;
  }
  // `会上宣读了省委关于…的决定。A任P1……`: the sentences right after a decision is read out state it.
  if (previous !== undefined && announcesDecision(previous.text)) ctx.announced = ANNOUNCED_SENTENCES;
  if (!carries) {
    ctx.decided = ctx.announced > 0;
    ctx.mode = null;
    ctx.rosterPost = null;
    ctx.removedRoster = null;
    ctx.describedRemovals = false;
    // A new sentence of running text that continues no list: a place's head named bare in it
    // (`增选A为副省长`) is as written, not of the body another sentence named.
    ctx.lastPostStale = true;
  }
  if (ctx.announced > 0) ctx.announced--;
  // `去年12月，中央决定免去A…`: a decision the story recalls from before is background.
  if (!carries && RECALLED.test(piece.text)) return false;
  // `…逐年减少：2007年，A不再兼任…；2009年，B…`: a year alone opens a history, each item of it.
  if (YEAR_ALONE.test(piece.text)) return false;
  // A header that introduces a proposal (`现将拟任人选公示如下：`) introduces no decision.
  return piece.terminator !== '：' || !speaksOfDecisionNotTaken(piece.text);
}

/** Words that state a change of post themselves, in a sentence of running text. */
export const STATED_CHANGE = /转任|调任|改任|升任|就任|不再担任|不再兼任/;
/** `如A升任P，B转任Q`: examples a story cites (of a list, a trend), not what it reports decided. */
export const EXAMPLES = /^(?:例如|比如|譬如|如)(?![期果何今此实])/;

/** A sentence that opens in the past of the story: what it reports was decided before. */
const RECALLED = /^(?:去年|前年|此前|早在|早前|多年前|[\d一二三四五六七八九十]+年前)/;

/** A sentence that opens with a year and no month: a story's history, not the day of a decision. */
const YEAR_ALONE = /^(?:19|20)\d\d年，/;

export function announcesDecision(text: string): boolean {
  if (ANNOUNCES.test(text)) return !speaksOfDecisionNotTaken(text);
  // `会议讨论通过了…条例草案，选举成立了自治区人委`: only the body's forming is asked about.
  return FORMED_BODY.test(text) && !speaksOfDecisionNotTaken(text.slice(text.lastIndexOf('，') + 1));
}

/**
 * `举行首届人大二次会议，成立省人委。A为省长，B、C等六人为副省长。`: a chronicle says a congress
 * formed (elected) a body, then who holds its posts, with no verb of their own.
 */
const FORMED_BODY =
  /(?:人大|人民代表大会|人民代表大會|代表大会|代表大會|会议|會議|选举|選舉)[^。；]{0,60}(?:成立|组成|組成|产生|產生)了?[^。；，]{0,12}(?:人委|人民委员会|人民委員會|人民政府|委员会|委員會)$/;

/** A sentence reporting that a decision was read out or announced. */
// `国资委官网发布某集团领导人员情况。A任P1；B任P2…`: what is published is who now holds the posts.
// `国务院11月30日任命了澳门特区第六届政府主要官员。A为P1，B为P2…`: a decision summed up, then told.
export const ANNOUNCES = /(?:宣布|宣读|宣讀|传达|发布|發布|公布|印发|下发)[^。；]{0,40}(?:决定|任免|任命|通知|公告|领导人员情况|人事信息|人事变动|人事调整|人事异动)|(?:任命了|任免了)[^。；，]{0,30}(?:官员|人员|领导|成员|班子)/;
/** How many sentences after such a report may state its content. */
const ANNOUNCED_SENTENCES = 2;
