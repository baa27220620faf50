import type { ParsedEvent } from '../notice.types';
import { isCommonWord } from '../lexicon/common-word.util';
import { readPlainAppointment } from '../readers/appointment.reader';
import { readAutoRemoval } from '../readers/auto-removal.reader';
import type { ReaderContext, Reading } from '../readers/reader.types';
import { readPlainRemoval } from '../readers/removal.reader';
import { indexOfTopLevel } from '../text/brackets.util';
import { charTable, stripEnumerator } from '../text/normalise.util';
import { expandReading } from './expand-posts.step';
import { namesNoOrganisation } from './list-headers.step';
import { Piece, isFolded, lineAt } from './split-clauses.step';
import { shortenedBody } from './story-body.step';

/**
 * Step 5's short path. Most clauses of a gazette are the plainest there are: `A、B为P` under
 * `任命：`, `A的P职务` under `免去：`, `A的原P职务自然免除`, one to a line. readPiece reads every clause against every form
 * the genre has (rosters, proposals, quoted decisions, pronouns, stories' bodies, eleven readers in
 * turn); on a plain clause each of those checks fails, one after another, and that is most of a
 * gazette's parse time. This path takes a clause only when its characters rule every other form
 * out, reads it with the same functions readPiece would reach, and leaves the context as readPiece
 * would. Anything else — and any doubt on the way — returns null before the context is touched, and
 * the clause takes the full path.
 *
 * Its equality with the full path is checked, not assumed: with RENMIAN_CHECK_PLAIN=1 every clause
 * it reads is read again by readPiece on a copy of the context, and any difference in the events or
 * the context throws (tests/unit/notice-parser/plain-clause.spec.ts runs every corpus and generated
 * gazettes that way).
 */
export function readPlainPiece(piece: Piece, ctx: ReaderContext): ParsedEvent[] | null {
  if (!plainContext(ctx) || piece.column > 0) return null;
  const text = piece.text;
  // `A的原P职务自然免除`: the automatic removal's reader is the first the full path tries.
  const automatic = text.endsWith(AUTOMATIC_ENDING);
  if (text.length < MIN_PLAIN || text.length > MAX_PLAIN || !plainCharacters(text, automatic ? NOT_PLAIN_AUTOMATIC : NOT_PLAIN)) return null;
  if (text.startsWith('新任') || text.includes('不再') || text.includes('改任') || stripEnumerator(text) !== text || isFolded(piece)) return null;
  const found = automatic ? readAutoRemoval(text, ctx) : ctx.mode === 'appoint' ? plainAppointment(text) : readPlainRemoval(text, ctx.lastPersons);
  if (found === null) return null;
  const readings = Array.isArray(found) ? found : [found];
  if (readings.length === 0 || readings.some((r) => r.persons.length === 0)) return null;
  // From here on, readPiece's tail for a clause of one fragment, no roster and no story around it.
  const inherited = namesNoOrganisation(readings[0].posts) ? ctx.lastPost : null;
  // An organisation carried from a clause in another script is given back in that script: full path.
  if (inherited !== null && ctx.lastPiece !== null && isFolded(ctx.lastPiece)) return null;
  if (inherited === null) shortenedBody(readings, ctx.lastPost);
  const events: ParsedEvent[] = [];
  let previousFirst = inherited;
  for (const reading of readings) {
    const named = text.indexOf(reading.persons[0]);
    const expanded = expandReading(reading, previousFirst, { line: lineAt(piece, Math.max(0, named)), text });
    // What readPiece would report as not understood (a bracket note, a word read as a name): full path.
    if (expanded.unread.length > 0 || expanded.events.some((e) => isCommonWord(e.person))) return null;
    for (const e of expanded.events) events.push(e);
    previousFirst = expanded.firstPost ?? previousFirst;
  }
  const last = readings[readings.length - 1];
  ctx.pendingPersons = [];
  ctx.lastAccepted = false;
  ctx.carriedAcross = null;
  ctx.column = null;
  ctx.previousFragment = '';
  ctx.followingFragment = '';
  ctx.decided = true;
  ctx.lastPersons = last.persons;
  ctx.mentioned = last.persons;
  ctx.carried = last.type === 'appoint' ? 'appoint' : 'remove';
  ctx.lastPost = previousFirst;
  ctx.lastPostStale = false;
  ctx.lastPiece = piece;
  return events;
}

/** A framed notice's block under `任命：` or `免去：`, with no list, roster or story open. */
function plainContext(ctx: ReaderContext): boolean {
  return (
    !ctx.prose &&
    ctx.decided &&
    (ctx.mode === 'appoint' || ctx.mode === 'remove') &&
    ctx.setAside === null &&
    ctx.rosterPost === null &&
    ctx.removedRoster === null &&
    !ctx.describedRemovals &&
    ctx.storyBody === null &&
    !ctx.lastPostStale &&
    // `…职务；` before carries its removal word into this clause; an appointment's never does.
    ctx.carriedAcross !== 'appoint'
  );
}

/**
 * `A、B为P`: one 为, names before it, and none of what the readers before readAppointment turn on
 * (a 职务 ending a carried removal reads, 分别 lists, a cited document's ending).
 */
function plainAppointment(text: string): Reading | Reading[] | null {
  const wei = text.indexOf('为');
  // Another 为 may stand in a note (`（试用期为一年）`): the readers look for 为 outside brackets only.
  if (wei < 2 || indexOfTopLevel(text, '为', wei + 1) >= 0 || text.lastIndexOf('（', wei) >= 0) return null;
  if (text.endsWith('职务') || text.includes('分别') || text.includes('分任') || CITED_ENDING.test(text)) return null;
  return readPlainAppointment(text, wei);
}

const CITED_ENDING = /的(?:文件|通知|决定)$/;

/** Shorter than the shortest `A为P`, or longer than a plain clause runs. */
const MIN_PLAIN = 5;
const MAX_PLAIN = 80;

/**
 * Characters any other reading turns on, so that a clause holding one takes the full path:
 * removal, resignation and automatic-removal words (免 解 撤 除 去 止 辞 终), 由 (transfers), 代
 * (acting), proposals (提 议 草 拟 荐), 报请, 卸任, 被 (a passive), 其 and 该 (a person or body named
 * before), 上述/前述, 决定, 兼 (a holding without 为), 以 (a manner or 以上), and the traditional 為
 * (script folding is the full path's). 不再 and 改任 are tested as words: 不 and 改 are common in
 * posts (`不动产登记中心`, `发展和改革委员会`); subject-first verbs (`受聘为`) readPlainAppointment rules out.
 */
const NOT_PLAIN_CHARACTERS = '免解撤除去止辞辭终終由代提议議草拟擬荐报報卸被其该述决兼以為';
const NOT_PLAIN = charTable(NOT_PLAIN_CHARACTERS);
/** The same, but for the 免除 of the automatic removal's own ending. */
const NOT_PLAIN_AUTOMATIC = charTable(NOT_PLAIN_CHARACTERS.replace('免', '').replace('除', ''));

const AUTOMATIC_ENDING = '职务自然免除';

/** Han characters, the brackets of a note and the list mark `、`, and none of `notPlain`. */
function plainCharacters(text: string, notPlain: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (notPlain[c] === 1) return false;
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c !== OPEN && c !== CLOSE && c !== LIST_MARK) return false;
  }
  return true;
}

const OPEN = '（'.charCodeAt(0);
const CLOSE = '）'.charCodeAt(0);
const LIST_MARK = '、'.charCodeAt(0);

/** Whether every clause the short path reads is read again in full and compared (slow; for tests). */
export const PLAIN_CHECK = { enabled: process.env.RENMIAN_CHECK_PLAIN === '1', checked: 0 };

/** A copy of the context to read the same clause again on; the arrays readPiece extends are copied. */
export function copyContext(ctx: ReaderContext): ReaderContext {
  return { ...ctx, pendingPersons: [...ctx.pendingPersons], removedPosts: [...ctx.removedPosts], lastPersons: [...ctx.lastPersons], mentioned: [...ctx.mentioned] };
}

/** Throws unless the full reading (`full`, made on `copy`) gave the same events and context. */
export function checkPlainReading(piece: Piece, events: ParsedEvent[], ctx: ReaderContext, copy: ReaderContext, full: { events: ParsedEvent[]; leftovers: unknown[] }): void {
  const shown = (c: ReaderContext) => JSON.stringify({ ...c, lastPiece: null });
  const same = JSON.stringify(events) === JSON.stringify(full.events) && full.leftovers.length === 0 && shown(ctx) === shown(copy) && ctx.lastPiece === copy.lastPiece;
  PLAIN_CHECK.checked++;
  if (!same) {
    throw new Error(`short path differs on “${piece.text}”:\n short ${JSON.stringify(events)} ${shown(ctx)}\n full  ${JSON.stringify(full.events)} ${JSON.stringify(full.leftovers)} ${shown(copy)}`);
  }
}
