import type { UnparsedLine } from '../notice.types';
import { isPostLike } from '../lexicon/organisation.lexicon';
import { outsideBrackets } from '../text/brackets.util';
import { speaksOfDecisionNotTaken } from '../text/decision-kind.util';
import { missingPartNote } from '../text/missing-part.util';
import { isEditorialNote, isSignatureLike } from '../text/line-kind.util';
import type { Lines } from './normalise-lines.step';
import { MAX_PIECE_LENGTH, Piece, lineAt, unfoldInPiece } from './split-clauses.step';

/**
 * Step 5, its other half: what of a notice was not read, line by line, so that nothing is dropped
 * unseen. In a notice, every piece of the decision part no reader understood; in running text, only
 * sentences that speak of appointing or removing someone in a form no reader knows (not the story
 * around a decision, not procedure, not a ceremony).
 */

/** How each piece of a notice was read: a clause with events, a block header, another header, or nothing. */
export type PieceKind = 'clause' | 'block' | 'header' | 'other';

/** Openings of the sentences that introduce a decision rather than state one. */
const PREAMBLE_STARTS = ['根据', '根據', '依照', '依据', '依據', '鉴于', '鑒於', '为了', '為了', '现将', '現將', '特此'];

/**
 * What a clause says of the procedure rather than of people and posts: `报…备案`, `自…之日起`,
 * `另有任用`, `按有关规定办理`. Nothing to read, nothing lost.
 */
const PROCEDURE =
  /^[并並]?[报報].+(?:备案|備案|批准)$|之日起$|日起$|另有任用$|^按.+办理$|^按.+辦理$|^现予公布$|^現予公布$|^可(?:续任|连任|续聘)$|^任期.{1,8}$|^任期[与與自].{2,24}(?:一致|相同|止)$|^为期.{1,6}$|^聘期.{1,8}$|生效$|^.{0,30}(?:举行|召开|舉行)[^，]{0,24}会议$/;

/** Words that join sentences (`同时`, `此外`, `至此`) and say nothing themselves. */
const CONNECTIVES = new Set(['同时', '同時', '此外', '另外', '至此', '其中', '据悉', '據悉', '随后', '隨後', '会上', '會上']);

export function isProcedure(fragment: string): boolean {
  // `聘期三年（2024年9月至2027年8月）`: a bracket says when; the words around it say it is procedure.
  const bare = fragment.endsWith('）') ? outsideBrackets(fragment) : fragment;
  return PROCEDURE.test(bare) || CONNECTIVES.has(fragment) || isEditorialNote(fragment);
}

/**
 * A line after the last clause that names a post (`为…总工程师`, `…职务`) is a clause gone wrong,
 * not the signature, however short: it must be reported. `无为市人民政府` names no post.
 */
function namesAPost(text: string): boolean {
  if (/职务|職務|任命|免去|兼任/.test(text)) return true;
  const at = text.indexOf('为');
  return at >= 0 && isPostLike(text.slice(at + 1));
}

/**
 * A notice of which no clause was read at all: its sentences that speak of appointing or removing
 * someone are reported, so that a form no reader knows is seen rather than lost with the notice.
 */
function unreadDecisions(pieces: Piece[], lines: Lines, lineOffset: number): UnparsedLine[] {
  const out: UnparsedLine[] = [];
  for (const piece of pieces) {
    const text = piece.text;
    if (piece.terminator === '：' || piece.terminator === '' || !PERSONNEL_VERB.test(text)) continue;
    if (isEditorialNote(text) || isProcedure(text) || PREAMBLE_STARTS.some((p) => text.startsWith(p))) continue;
    if (speaksOfDecisionNotTaken(text)) continue;
    for (const no of piece.lines) out.push({ line: no, text: lines.at(no - lineOffset).raw.trim(), reason: `a decision in a form no reader knows (${missingPartNote(text)})` });
  }
  return out;
}

const PERSONNEL_VERB = /任命|免去|免职|免職|聘任|解聘|职务|職務|担任|擔任|任职|任職|调任|調任/;

/**
 * Running text names appointments without stating one: a ceremony or its papers (`聘任仪式`,
 * `颁发聘任证书`, `宣读任职文件`), people by what they were made (`新聘任的参事`), a summary
 * (`对…同志职务进行了调整`), a career (`长期任职于`). A sentence whose every personnel word is used so
 * is not a decision missed.
 */
const NOMINAL_USE =
  /(?:任命|聘任|任免|任职)(?:仪式|典礼|证书|书|文件|大会|工作|程序|方式|制度|决定(?![：:]))|新(?:聘任|任命|任职)|职务(?:进行了?|作了?|作出)?调整|长期任职|任职(?:经历|期间|以来)|领导职务|(?:聘任|任命)了?[\d一二三四五六七八九十百两]+[名位人]|由[^，。；]{1,12}(?:聘任|任命|任免)(?=，|$)/g;

/** Where the sentence's first personnel word stands that is not used as a noun (see NOMINAL_USE), or -1. */
function personnelWordAt(text: string): number {
  if (!PERSONNEL_VERB.test(text)) return -1;
  return text.replace(NOMINAL_USE, (m) => '\u0000'.repeat(m.length)).search(PERSONNEL_VERB);
}

export function speaksOfAppointing(fragment: string): boolean {
  return personnelWordAt(fragment) >= 0 && !speaksOfDecisionNotTaken(fragment);
}

/**
 * Sentences of running text that speak of appointing or removing someone in a form no reader knows:
 * each is reported once, on the line where its personnel word stands (a paragraph is one line, and
 * a sentence run on from a byline must not report the byline), with the sentence in the reason.
 */
export function unreadProse(pieces: Piece[], lines: Lines, lineOffset: number): UnparsedLine[] {
  const out = new Map<number, UnparsedLine>();
  for (const piece of pieces) {
    const text = piece.text;
    if (piece.terminator === '：' || !PERSONNEL_VERB.test(text)) continue;
    if (isEditorialNote(text) || isProcedure(text) || PREAMBLE_STARTS.some((p) => text.startsWith(p))) continue;
    if (speaksOfDecisionNotTaken(text)) continue;
    const at = personnelWordAt(text);
    if (at < 0) continue;
    const no = lineAt(piece, at);
    const sentence = unfoldInPiece(piece, text);
    const previous = out.get(no);
    if (previous) previous.reason += `; “${sentence}”`;
    else out.set(no, { line: no, text: lines.at(no - lineOffset).raw.trim(), reason: `a decision in a form no reader knows (${missingPartNote(sentence)}): “${sentence}”` });
  }
  return [...out.values()];
}

/**
 * The decision part runs from the first block header or clause to the last clause; after it come
 * the signature and notes. Unread pieces inside it, or unread sentences after it, are reported.
 */
export function unreadLines(pieces: Piece[], kinds: PieceKind[], lines: Lines, lineOffset: number): UnparsedLine[] {
  const start = kinds.findIndex((k) => k === 'clause' || k === 'block');
  if (start < 0) return unreadDecisions(pieces, lines, lineOffset);
  const end = kinds.lastIndexOf('clause');
  const reported = new Map<number, UnparsedLine>();
  for (let i = start; i < pieces.length; i++) {
    if (kinds[i] !== 'other') continue;
    const text = pieces[i].text;
    if (isEditorialNote(text) || PREAMBLE_STARTS.some((p) => text.startsWith(p))) continue;
    const closing = i > end;
    // A signature stands alone on its lines; a sentence that ended with 。 or ； is not one.
    if (closing && pieces[i].terminator === '' && isSignatureLike(text) && !namesAPost(text)) continue;
    const reason = text.length > MAX_PIECE_LENGTH ? 'clause too long to be read' : closing ? 'text after the last clause that no reader understood' : 'no clause form matched';
    for (const no of pieces[i].lines) {
      if (!reported.has(no)) reported.set(no, { line: no, text: lines.at(no - lineOffset).raw.trim(), reason });
    }
  }
  return [...reported.values()];
}
