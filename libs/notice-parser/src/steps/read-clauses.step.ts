import type { ParsedEvent, UnparsedLine } from '../notice.types';
import { isPersonName, mentionedPerson, readPersonList } from '../lexicon/person-name.util';
import { inheritOrganisation, isPlaceHead, isStandalonePost } from '../lexicon/organisation.lexicon';
import { CLAUSE_READERS, READER_NAMES } from '../readers/clause-readers';
import { announcedPosts, readDescribedList, readIncluded } from '../readers/included-members.reader';
import { newReaderContext } from '../readers/reader.types';
import type { ReaderContext, Reading } from '../readers/reader.types';
import { splitTopLevel } from '../text/brackets.util';
import { isCommonWord } from '../lexicon/common-word.util';
import { DECISION_INTRO, OWN_DECISION, speaksOfDecisionNotTaken, speaksOfProposal } from '../text/decision-kind.util';
import { effectiveDateNote } from '../text/effective-date.util';
import { resolveThatBody } from '../text/post-text.util';
import { NOMINATED_TAIL, joinAbovePosts, unwrapQuotedDecisions } from '../text/reported-decision.util';
import { append } from '../text/list.util';
import { stripEnumerator } from '../text/normalise.util';
import { expandReading, probationMonths } from './expand-posts.step';
import type { Lines } from './normalise-lines.step';
import { MAX_PIECE_LENGTH, Piece, isFolded, lineAt, unfoldInPiece } from './split-clauses.step';
import { PieceKind, isProcedure, speaksOfAppointing, unreadLines, unreadProse } from './report-unread.step';
import { ANNOUNCES, EXAMPLES, STATED_CHANGE, announcesDecision, enterProse } from './prose-carry.step';
import { PLAIN_CHECK, checkPlainReading, copyContext, readPlainPiece } from './plain-clause.step';
import { BARE_COMMITTEE, bodySetUp, shortenedBody, topicBody } from './story-body.step';
import { DECISION_WORDS, LOOK_BACK, followingList, quotedBody, namesBeforeHeader, ownPostRow, fullerPost, headedByPost, isBareTitle, namesNoOrganisation, readHeaderPiece, setUpNames, setUpTitle } from './list-headers.step';

/**
 * Step 5: each clause through the clause readers, under the block header it stands in. Clauses
 * inside the decision part that no reader understands are reported line by line.
 */
export interface ClauseResult {
  events: ParsedEvent[];
  unparsed: UnparsedLine[];
  /** With the explain option: fragments set aside as not stating a decision taken. */
  setAside: UnparsedLine[];
  /** Lines of the sentences that reported the decisions read after them (`…发布了…的通知`), for dating. */
  announcing: number[];
}



export interface ClauseOptions {
  /**
   * Running text with no notice around it (a news item, a crop): a sentence is read only when it
   * states a decision taken, and a decision announced holds for its own sentence (and what follows
   * its colon), not for the rest of the text.
   */
  prose?: boolean;
  /** Collect the fragments set aside as proposals or background (for `parse --explain`). */
  explain?: boolean;
}

export function readClauses(pieces: Piece[], lines: Lines, lineOffset: number, options: ClauseOptions = {}): ClauseResult {
  const ctx = newReaderContext({ prose: options.prose === true, setAside: options.explain ? [] : null });
  const events: ParsedEvent[] = [];
  const kinds: PieceKind[] = new Array(pieces.length);
  const partlyRead: UnparsedLine[] = [];
  // `决定聘请下列人员担任P。名单如下：` names the post of a list still to come.
  let listPost: string | null = null;
  const announcing: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (options.prose && i > 0 && announcesDecision(pieces[i - 1].text)) announcing.push(...pieces[i - 1].lines);
    if (options.prose && !enterProse(piece, pieces[i - 1], ctx)) {
      kinds[i] = 'other';
      continue;
    }
    ctx.storyBody = quotedBody(piece) ?? ctx.storyBody;
    if (listPost !== null) {
      startList(ctx, listPost, pieces[i - 1]);
      listPost = null;
    }
    listPost = followingList(piece);
    if (listPost !== null && piece.terminator === '：') {
      // `委任下列人士为P，任期两年：A、B、C`: the list follows the colon.
      startList(ctx, listPost, piece);
      listPost = null;
      kinds[i] = 'block';
      continue;
    }
    if (piece.terminator === '：') {
      // `副总理：A、B、C，后任命副总理：D`: the names of one roster run into the header of the next.
      const run = ctx.rosterPost !== null ? namesBeforeHeader(piece) : null;
      if (run !== null) {
        const { events: listed } = readPiece(run.names, ctx, () => [], options.prose === true);
        for (const e of listed) events.push(e);
      }
      kinds[i] = readHeaderPiece(run?.header ?? piece, ctx, pieces.slice(Math.max(0, i - LOOK_BACK), i));
      ctx.listOpen = endsLine(piece) && (ctx.decided || ctx.mode !== null || ctx.rosterPost !== null);
      // A page that lost its full stops runs whole sentences into the next colon (`…范某，他们在…
      // 原稿来源为：`): in running text a long piece that heads nothing is still read for clauses.
      if (!(options.prose && kinds[i] === 'header' && piece.text.length > MAX_HEADER_LENGTH)) continue;
    }
    if (listPost !== null) {
      kinds[i] = 'block';
      continue;
    }
    if (appliesProbationToAll(piece.text, events) || appliesDateToAll(piece.text, events)) {
      kinds[i] = 'clause';
      continue;
    }
    // `A任P1，免去其P2职务`: a sentence that removes or appoints in so many words states a decision
    // from its first clause on.
    // So does one that reports a change in so many words (`A任P1；B由P2转任P3；C不再担任P4`).
    if (!ctx.decided && (DECISION_WORDS.some((w) => piece.text.includes(w)) || (STATED_CHANGE.test(piece.text) && !EXAMPLES.test(piece.text)))) ctx.decided = true;
    // The sentences before, for a bare title to find its body: sliced only when one asks.
    const earlier = () => pieces.slice(Math.max(0, i - LOOK_BACK), i + 1);
    const { events: found, leftovers } = piece.text.length > MAX_PIECE_LENGTH ? { events: [], leftovers: [] } : readShortOrFull(piece, ctx, earlier, options.prose === true);
    for (const e of found) events.push(e);
    // `分别免去A的P1职务；B的P2职务`: a list of removals joined by ； goes on under the one 免去.
    ctx.carriedAcross = piece.terminator === '；' && ctx.carried === 'remove' && found.length > 0 ? 'remove' : null;
    kinds[i] = found.length > 0 ? 'clause' : 'other';
    if (found.length === 0 || !endsLine(piece)) ctx.listOpen = false;
    // The posts a sentence removed people from, for a later `上述职务由C兼任` in it.
    for (const e of found) if (e.type === 'remove') ctx.removedPosts.push(e.position);
    if (piece.terminator === '。') ctx.removedPosts = [];
    for (const l of leftovers) partlyRead.push({ line: l.line, text: lines.at(l.line - lineOffset).raw.trim(), reason: `part of the clause not understood: “${l.text}”` });
  }
  // Running text is mostly not a decision: only its sentences that speak of one and gave nothing
  // are reported, not every line after the last clause.
  const unparsed = options.prose ? unreadProse(pieces.filter((_, i) => kinds[i] === 'other'), lines, lineOffset) : unreadLines(pieces, kinds, lines, lineOffset);
  const reported = new Set(unparsed.map((u) => u.line));
  for (const u of partlyRead) {
    if (reported.has(u.line)) continue;
    reported.add(u.line);
    unparsed.push(u);
  }
  const setAside = (ctx.setAside ?? []).map((f) => ({ line: f.line, text: f.text, reason: 'a proposal, draft, review or background: not a decision taken' }));
  return { events, unparsed: unparsed.sort((a, b) => a.line - b.line), setAside, announcing };
}


/**
 * The names listed after `header` hold its post (given in the header's own script); a title heading
 * part of the list (`主席：` / `A`) is the same body's, as a bare title after a full post is.
 */
function startList(ctx: ReaderContext, post: string, header: Piece): void {
  ctx.rosterPost = unfoldInPiece(header, post);
  ctx.decided = true;
  ctx.lastPost = post;
  ctx.lastPiece = header;
}

/** The piece runs to the end of its last line (a list's item or header, not a sentence's start). */
function endsLine(piece: Piece): boolean {
  const last = piece.spans[piece.spans.length - 1];
  return last !== undefined && last.to >= last.line.text.length - 1;
}


/**
 * `以上同志试用期一年` after the clauses: the probation of every appointment above that states none.
 */
function appliesProbationToAll(text: string, events: ParsedEvent[]): boolean {
  if (!(text.startsWith('以上') || text.startsWith('上述')) || !(text.includes('试用期') || text.includes('試用期'))) return false;
  const months = probationMonths(text);
  if (months === null) return false;
  for (const e of events) if (e.type === 'appoint' && e.probationMonths === null) e.probationMonths = months;
  return true;
}

/**
 * `以上任免自2024年3月1日起执行` after the clauses: the day every decision above takes effect, unless
 * its own clause named one.
 */
function appliesDateToAll(text: string, events: ParsedEvent[]): boolean {
  if (events.length === 0) return false;
  const day = effectiveDateNote(text);
  if (day === null) return false;
  for (const e of events) if (e.effectiveOn === null) e.effectiveOn = day;
  return true;
}

/** A plain clause of a notice by the short path (plain-clause.step), any other by readPiece. */
function readShortOrFull(piece: Piece, ctx: ReaderContext, earlier: () => Piece[], prose: boolean): ReturnType<typeof readPiece> {
  if (prose) return readPiece(piece, ctx, earlier, prose);
  const copy = PLAIN_CHECK.enabled ? copyContext(ctx) : null;
  const events = readPlainPiece(piece, ctx);
  if (events === null) return readPiece(piece, ctx, earlier, prose);
  if (copy !== null) checkPlainReading(piece, events, ctx, copy, readPiece(piece, copy, earlier, prose));
  return { events, leftovers: [] };
}

/**
 * The events of one clause, and what of it was not understood: a fragment after the clause's first
 * reading that is neither a reading, an attribute of it, nor names for the next one (`赵一为局长，
 * 乱码`), or names left waiting for a post that never came. Those are reported, never dropped.
 */
function readPiece(piece: Piece, ctx: ReaderContext, earlier: () => Piece[], prose: boolean): { events: ParsedEvent[]; leftovers: { text: string; line: number }[] } {
  let readings: Reading[] = [];
  let readingLines: number[] = [];
  let leftovers: { text: string; line: number }[] = [];
  ctx.pendingPersons = [];
  ctx.lastAccepted = false;
  ctx.carried = ctx.carriedAcross;
  ctx.carriedAcross = null;
  ctx.column = piece.column > 0 ? piece.column : null;
  let waitingSince = -1;
  let cursor = 0;
  let proposed = false;
  let setUp: string | null = null;
  let headPost: string | null = null;
  // `A为P1，B、C当选为副主席`: a head stated without a verb, waiting for the sentence's election word.
  let verbless: { fragment: string; at: number } | null = null;
  let roles: { person: string; title: string; at: number }[] = [];
  let announced: string[] | null = null;
  let formedBody: string | null = null;
  // A roster's post, given in its own script where its header was read: not to be unfolded again on
  // this clause, where the same characters may stand in another script.
  const shown = new Set<string>();
  /** The names waiting hold a roster's post (given in its header's script, so not unfolded again). */
  const rosterReading = (type: Reading['type'], post: string) => {
    readings = append(readings, { type, persons: ctx.pendingPersons, posts: post });
    shown.add(post);
    readingLines = append(readingLines, lineAt(piece, Math.max(0, waitingSince)));
    ctx.pendingPersons = [];
  };
  // `…选出A为省人民政府主席，…，一并报请政务院任命`: who was chosen still awaits the appointment.
  if (REQUESTED.test(piece.text)) {
    ctx.setAside?.push({ text: piece.text, line: lineAt(piece, 0) });
    return { events: [], leftovers: [] };
  }
  const joined = joinAbovePosts(ctx.prose ? unwrapQuotedDecisions(piece.text) : piece.text);
  const unstrayed = joined.includes('，、') ? joined.replace(STRAY_COMMA, '、') : joined;
  // `决定任命A为P1、决定A代理P2`: a second decision joined by `、` is a clause of its own.
  const decisions = unstrayed.includes('、决定') || unstrayed.includes('、并决定') ? unstrayed.replace(NEXT_DECISION, '，') : unstrayed;
  // `A卸任P1，转任P2`: said of a move, 卸任 is the post the move leaves (`A由P1转任P2`); alone, it
  // is as often a story's background (`今年6月，A卸任P`), and is not read.
  const text = decisions.includes('卸任') ? decisions.replace(LEFT_THEN_MOVED, '$1由$2$3') : decisions;
  // `表决通过了《关于A为P的决定》`: each title quoted states a decision the body adopted.
  if (text !== piece.text) ctx.decided = true;
  // `…，包括A、B及C`: people listed after the posts a fragment before announced.
  const lists = INCLUDES.test(text);
  ctx.previousFragment = '';
  let fragment = '';
  const raws = splitTopLevel(stripEnumerator(text), '，');
  for (const [k, raw] of raws.entries()) {
    ctx.previousFragment = fragment;
    ctx.followingFragment = raws[k + 1] ?? '';
    // `A任P1、提名任P2`: the post decided is read; the one only nominated for is not.
    // `「文建会主委」由「立委」A出任`: quotation marks a story puts around a title are not the clause's
    // (a body's long name in them is kept: a later bare title inherits it whole).
    const stripped = stripEnumerator(raw.includes('「') || raw.includes('“') ? raw.replace(QUOTED_TITLE, '$1$2') : raw);
    fragment = stripped.includes('提名') ? stripped.replace(NOMINATED_TAIL, '') : stripped;
    // `宣读了院党组任命A同志任P的文件`: the decision a document read out states is the clause.
    const cited = fragment.endsWith('的文件') || fragment.endsWith('的通知') || fragment.endsWith('的决定') ? READ_OUT.exec(fragment) : null;
    if (cited) {
      fragment = cited[1];
      ctx.decided = true;
    }
    // `除委任A为P外，亦委任B…`: "besides" frames a decision of its own.
    if (fragment.startsWith('除') && BESIDES.test(fragment)) fragment = fragment.replace(BESIDES, '$1');
    // `以定期委任方式委任A担任P`: how the post is held (Macao's commissions) is no part of the clause.
    if (fragment.startsWith('以')) fragment = fragment.replace(MANNER, '');
    // `A——根据…，聘用其为P` (Macao's gazette): the name leads its item, the clause says 其.
    const lead = fragment.includes('——') ? DASH_LEAD.exec(fragment) : null;
    if (lead && isPersonName(lead[1])) {
      ctx.mentioned = [lead[1]];
      fragment = fragment.slice(lead[0].length);
    }
    const at = piece.text.indexOf(raw, cursor);
    if (at >= 0) cursor = at + raw.length;
    // Running text: `对某某等同志的拟任职进行审议` speaks of a proposal; its names are no decision,
    // nor those of the fragments after it that state no decision of their own (`提请任命A为P，B为Q`).
    if ((ctx.prose && speaksOfDecisionNotTaken(fragment)) || speaksOfProposal(fragment) || (proposed && !OWN_DECISION.test(fragment))) {
      proposed = true;
      ctx.setAside?.push({ text: fragment, line: lineAt(piece, Math.max(0, at)) });
      // `审议了A市长提出的辞职请求，…决定接受他辞去…`: the request still names whom a pronoun means.
      const asked = mentionedPerson(fragment);
      if (asked !== null) ctx.mentioned = [asked];
      continue;
    }
    proposed = false;
    // `委任某委员会主席及委员，包括A（委员会主席）、B及C`: the posts, then who holds them.
    const included = announced !== null ? readIncluded(fragment, announced) : null;
    announced = lists ? announcedPosts(fragment) : null;
    if (announced !== null) continue;
    const described = ctx.describedRemovals || ctx.removedRoster !== null ? readDescribedList(fragment, 'remove') : null;
    if (described !== null && ctx.removedRoster !== null && ctx.pendingPersons.length > 0) {
      // `被罢免的P有：A、B，被罢免的还有P2 C`: the names before hold the roster's post.
      rosterReading('remove', ctx.removedRoster);
      waitingSince = -1;
    }
    // `宣布内阁人事异动，新任外交部长A、国防部长B`: the new holders, each after the post.
    const newly = described === null && fragment.startsWith('新任') && (ctx.decided || ANNOUNCES.test(text)) ? readDescribedList(fragment.slice(2), 'appoint') : null;
    const found = included ?? described ?? newly ?? readFragment(fragment, ctx);
    if (found.length > 0 && verbless !== null && readings.length === 0 && ELECTED.test(fragment)) {
      const head = readVerblessHead(verbless.fragment, ctx);
      for (const reading of head) {
        readings = append(readings, reading);
        readingLines = append(readingLines, lineAt(piece, verbless.at));
      }
    }
    verbless = null;
    if (found.length > 0) {
      for (const reading of found) {
        readings = append(readings, reading);
        // Cite the line where the person is named: a block heading (`一、任命`) may open the clause.
        const named = piece.text.indexOf(reading.persons[0] ?? '', Math.max(0, at));
        readingLines = append(readingLines, lineAt(piece, named >= 0 ? named : Math.max(0, at)));
      }
      // `决定任命A为P1，B为P2`: the first clause announced the decision for the rest.
      ctx.decided = true;
      ctx.pendingPersons = [];
      waitingSince = -1;
      ctx.lastPersons = found[found.length - 1].persons;
      ctx.mentioned = ctx.lastPersons;
      ctx.carried = found[found.length - 1].type === 'appoint' ? 'appoint' : 'remove';
      continue;
    }
    if (readings.length === 0 && VERBLESS_HEAD.test(fragment)) verbless = { fragment, at: Math.max(0, at) };
    const named = mentionedPerson(fragment);
    if (named !== null) ctx.mentioned = [named];
    const note = readings.length > 0 ? attributeNote(fragment) : null;
    if (note) {
      readings[readings.length - 1].posts += `（${note}）`;
      continue;
    }
    // `任命A为P1，B为P2，自2024年3月1日起执行`: the day holds for the whole sentence so far.
    const day = readings.length > 0 ? effectiveDateNote(fragment) : null;
    if (day) {
      for (const r of readings) r.effectiveOn ??= day;
      continue;
    }
    // `任期三年` reads like a name (surname 任): what a clause says of procedure is never names.
    if (isProcedure(fragment)) continue;
    const duty = fragment.replace(/的?(?:职务|職務)$/, '');
    if (readings.length > 0 && isStandalonePost(duty)) {
      // Joined as by 及: its bare titles belong to its own organisation, not the first post's.
      readings[readings.length - 1].posts += `及${duty}`;
      continue;
    }
    // `设副秘书长5人，委任A、B担任`: the seats set up name the post of the names after them.
    const seats = setUpTitle(fragment);
    if (seats !== null) {
      setUp = seats;
      continue;
    }
    // `某委员会主席A以下，另委B、C担任副主席`: the head named first gives the body to bare titles.
    const head = readings.length === 0 ? headedByPost(fragment) : null;
    if (head !== null) {
      headPost = head;
      continue;
    }
    // A body just set up or elected names the body of the bare titles after it — not of a place's
    // head (`选举产生了某县人民委员会，选举A为县长`: 县长 is as written).
    const formed = readings.length === 0 ? (bodySetUp(fragment, ctx) ?? topicBody(fragment)) : null;
    if (formed !== null) {
      formedBody = formed;
      continue;
    }
    // Under a roster (`公安部部长 A` / `国家计划委员会主任李某`): a row that names its own post first is
    // that post's, not the roster's.
    const row = ctx.rosterPost !== null && setUp === null && fragment === piece.text ? ownPostRow(fragment) : null;
    if (row !== null) {
      for (const r of Array.isArray(row) ? row : [row]) {
        readings = append(readings, r);
        readingLines = append(readingLines, lineAt(piece, Math.max(0, at)));
      }
      continue;
    }
    const listed = readPersonList(setUp === null ? stripConfirmation(fragment).replace(APPOINTER_LEAD, '') : setUpNames(fragment), ctx.rosterPost !== null || ctx.removedRoster !== null || setUp !== null);
    // `某市委宣布`: an ordinary word after a body is what the body did, not someone waiting for a post.
    const waiting = listed !== null && listed.some(isCommonWord) ? null : listed;
    // `某博士（副主席）` in a roster of members: the note is a second post, the same body's.
    const role = waiting !== null && waiting.length === 1 && ctx.rosterPost !== null && setUp === null ? rosterRole(fragment) : null;
    if (role !== null) roles = append(roles, { person: waiting?.[0] as string, title: role, at: Math.max(0, at) });
    if (waiting) {
      ctx.pendingPersons.push(...waiting);
      if (waitingSince < 0) waitingSince = Math.max(0, at);
    } else if (readings.length > 0 && fragment.length > 0 && !(ctx.prose && !speaksOfAppointing(fragment))) {
      // In a notice every part of a clause is reported; in running text, only a part that speaks of
      // appointing or removing someone (the rest is the story around the decision).
      leftovers = append(leftovers, { text: fragment, line: lineAt(piece, Math.max(0, at)) });
    } else if (DECISION_INTRO.test(fragment)) {
      // `经党中央批准，陆某任…`: what follows in the sentence is the decision.
      ctx.decided = true;
    }
  }
  // `新聘的馆员是：A、B、C`: names under a roster header (or after seats set up) hold its post.
  const rosterPost = setUp ?? ctx.rosterPost;
  if (readings.length === 0 && rosterPost !== null && ctx.pendingPersons.length > 0) {
    rosterReading('appoint', rosterPost);
    for (const r of roles) {
      const post = inheritOrganisation(unfoldInPiece(piece, r.title), rosterPost);
      readings = append(readings, { type: 'appoint', persons: [r.person], posts: post });
      shown.add(post);
      readingLines = append(readingLines, lineAt(piece, r.at));
    }
  }
  // `被罢免的人大常委有：A、B、C`: names under a roster of removals lose its post.
  if (readings.length === 0 && ctx.removedRoster !== null && ctx.pendingPersons.length > 0) rosterReading('remove', ctx.removedRoster);
  if (readings.length > 0 && ctx.pendingPersons.length > 0) {
    leftovers = append(leftovers, { text: ctx.pendingPersons.join('、'), line: lineAt(piece, waitingSince) });
  }
  // `…原某局代副局长A则获委任为该局副局长`: 该局 is the bureau the sentence just named.
  for (const r of readings) if (r.posts.startsWith('该')) r.posts = resolveThatBody(r.posts, piece.text) ?? r.posts;
  // `委员会主席由A出任` in a story that named 「某某委员会」: the committee is that one.
  if (ctx.storyBody !== null) for (const r of readings) if (BARE_COMMITTEE.test(r.posts)) r.posts = ctx.storyBody + r.posts.replace(BARE_COMMITTEE, '');
  const events: ParsedEvent[] = [];
  // A clause's bare title may take the organisation of the clause before only when it names none
  // at all (`…再度委任A为非官守成员`); `国家统计局副局长` keeps its own.
  const stale = headPost === null && ctx.lastPostStale && readings.length > 0 && isPlaceHead(readings[0].posts);
  const formedHead = formedBody !== null && readings.length > 0 && !isPlaceHead(readings[0].posts) ? formedBody : null;
  let previousFirst: string | null = readings.length > 0 && namesNoOrganisation(readings[0].posts) && !stale ? (headPost ?? formedHead ?? ctx.lastPost) : null;
  // `哈尔滨电气集团（下称“哈电集团”）…：A任董事长`: in running text, a bare title that no clause
  // before gives a body is of the body the story named in quotes (not a place's head: `副市长`).
  if (previousFirst === null && ctx.prose && ctx.storyBody !== null && readings.length > 0 && readings[0].type === 'appoint' && namesNoOrganisation(readings[0].posts) && !isPlaceHead(readings[0].posts)) {
    previousFirst = `${ctx.storyBody}成员`;
  }
  // `嶺大校董會主席…，亦委任B出任校董會成員`: a body named again by the end of its name is the one
  // named in full just before.
  if (previousFirst === null && readings.length > 0) shortenedBody(readings, headPost ?? formedBody ?? ctx.lastPost);
  const inherits = previousFirst !== null;
  // Running text: `为A、B等22位新聘馆员颁发聘书` after `某市某某研究馆馆员聘任仪式举行` — a bare title
  // no clause before gives a body is the one the story named. A removal's bare title is left as
  // written: the full post the story names may be the successor's (`免除A副县长一职，任命B为政府副县长`).
  // A counted roster (`四名新成员为…`) is a story's form wherever it stands; its bare title must find
  // its body, or the clause is reported as not understood rather than read as a post of no body.
  if (previousFirst === null) {
    // A bare title after a reading of this clause that names its body inherits that body instead.
    let bodied = false;
    for (const r of readings) {
      const counted = r.needsBody === true;
      if (bodied) continue;
      bodied = !isBareTitle(r.posts);
      if (!prose && !counted) continue;
      const fuller = r.type === 'appoint' && isBareTitle(r.posts) ? fullerPost(r.posts, earlier(), counted) : null;
      if (fuller !== null) r.posts = fuller;
      else if (counted) r.persons = [];
    }
    const kept = readings.filter((r) => r.persons.length > 0);
    if (kept.length < readings.length) {
      leftovers = append(leftovers, { text: piece.text, line: lineAt(piece, 0) });
      readingLines = readingLines.filter((_, k) => readings[k].persons.length > 0);
      readings = kept;
    }
  }
  for (const [k, reading] of readings.entries()) {
    const expanded = expandReading(reading, previousFirst, { line: readingLines[k], text: piece.text });
    // `慎重研究为…`, `后者已…`: an ordinary word read as a name is no person; the clause is reported.
    const named = expanded.events.filter((e) => !isCommonWord(e.person));
    if (named.length < expanded.events.length) leftovers = append(leftovers, { text: piece.text, line: readingLines[k] });
    events.push(...named);
    for (const t of expanded.unread) leftovers = append(leftovers, { text: t, line: readingLines[k] });
    previousFirst = expanded.firstPost ?? previousFirst;
  }
  // An organisation carried from the clause before is given back in that clause's script; nothing
  // else is looked for there (a roster's post, already in its own script, must not be re-read).
  const before = inherits ? ctx.lastPiece : null;
  ctx.lastPost = previousFirst;
  ctx.lastPostStale = false;
  // An inherited organisation stands in the clause before: kept beside this one, for the next clause
  // that inherits it in turn (`主席：` / `A` / `成員：` / `B、C` under a list's header).
  if (readings.length > 0) ctx.lastPiece = before !== null && isFolded(before) ? joinedPiece(before, piece) : piece;
  if (isFolded(piece) || (before !== null && isFolded(before))) {
    for (let k = 0; k < events.length; k++) events[k] = inOwnScript(events[k], piece, before, shown);
  }
  return { events, leftovers };
}




/** A sentence that asks another body to make the appointment it names. */
const REQUESTED = /报请[^。；，]{0,16}(?:任命|批准任命|核准)|報請[^。；，]{0,16}(?:任命|核准)/;
const READ_OUT = /^.{0,20}?(?:宣读|宣布)了?(?:[^，。；]{0,12}?(?:党组|党委|政府|委员会|[部院局])(?=任命|聘任|关于))?(?:关于)?((?:任命|聘任)[^，。；]{4,60}?)的(?:文件|通知|决定)$/;
const DASH_LEAD = /^([^—，。；]{2,6})——/;
const MANNER = /^以[^，。；]{1,16}?方式(?=委任|任命|聘用|聘任|委派|续期|續期)/;

const QUOTED_TITLE = /「([^「」]{1,8})」|“([^“”]{1,8})”/g;

// Not `、决定为代理区长`: that names the same person's acting post, inheriting the first one's body.
const NEXT_DECISION = /、(?=并?决定(?![为為]))/g;

const LEFT_THEN_MOVED = /([^，；。、：]{2,8})卸任([^，；。、：]{2,40})，((?:转任|调任|改任)[^，；。]{2,40})/g;

/** `副省长，、代理省长`: a comma a page left before the list's own mark. */
const STRAY_COMMA = /(?<!，)，{1,4}、/g;


/** Longer than any header a notice puts before a colon (`经研究决定，任命：`). */
const MAX_HEADER_LENGTH = 60;

/** Longest text a chain of inheriting clauses keeps for unfolding (the organisation is near its start). */
const MAX_JOINED = 400;

function joinedPiece(before: Piece, piece: Piece): Piece {
  if (before.text.length + piece.text.length > MAX_JOINED) return piece;
  return { ...piece, text: before.text + piece.text, spans: [...before.spans, ...piece.spans] };
}

/** The event's names and posts as the clause wrote them (traditional stays traditional). */
function inOwnScript(e: ParsedEvent, piece: Piece, before: Piece | null, shown: ReadonlySet<string>): ParsedEvent {
  const back = (s: string) => unfoldInPiece(piece, s, before);
  return {
    ...e,
    person: back(e.person),
    position: shown.has(e.position) ? e.position : back(e.position),
    concurrent: e.concurrent.map(back),
    precedenceAfter: e.precedenceAfter === null ? null : back(e.precedenceAfter),
    source: { ...e.source, text: back(e.source.text), ...(e.source.span ? { span: back(e.source.span) } : {}) },
  };
}

const BESIDES = /^除了?((?:委任|任命|聘任|聘请|选举|選舉)[^，]{3,60}?)之?外$/;

/** A sentence that lists people after 包括 (the fragment before may have named their posts). */
const INCLUDES = /，(?:包括|分别是|分別是)/;

/** The titles a roster notes in brackets after a member's name (`（副主席）`, `（召集人）`). */
const ROSTER_ROLE = /[（(]((?:副|常务)?(?:主席|主任|主任委员|召集人|秘书长|团长|组长|会长))[）)]$/;

function rosterRole(fragment: string): string | null {
  return ROSTER_ROLE.exec(fragment)?.[1] ?? null;
}

/** An election's result stated by its own word (`当选为`, `被选为`, `选举…为`). */
const ELECTED = /当选|當選|选为|選為|选举|選舉/;
/** `A为P`: names, 为 and a post, with no decision word of its own. */
const VERBLESS_HEAD = /^[^为為，]{2,40}[为為][^为為]{3,}$/;

/**
 * `毛某为某委员会主席，朱某、刘某当选为副主席`: the head of an election's result is stated without
 * a verb, the word following in the next clause. It is read as decided only with that word after it.
 */
function readVerblessHead(fragment: string, ctx: ReaderContext): Reading[] {
  const decided = ctx.decided;
  ctx.decided = true;
  try {
    return readFragment(fragment, ctx).filter((r) => r.type === 'appoint');
  } finally {
    ctx.decided = decided;
  }
}

function readFragment(fragment: string, ctx: ReaderContext): Reading[] {
  for (const read of CLAUSE_READERS) {
    const reading = read(fragment, ctx);
    const found = Array.isArray(reading) ? reading : reading ? [reading] : [];
    if (found.length === 0) continue;
    // Which form read what is for `parse --explain` (which collects setAside); kept off otherwise,
    // since every event of a gazette would carry it.
    if (ctx.setAside !== null) {
      for (const r of found) {
        r.reader = READER_NAMES.get(read);
        r.span = fragment;
      }
    }
    return found;
  }
  return [];
}


/**
 * What a clause says of its post after a comma rather than in brackets: `试用期一年`, `列孙三之后`,
 * `正县级`, `享受正县级待遇` (→ `正县级`). Returned in the bracket form the post readers take.
 */
function attributeNote(fragment: string): string | null {
  if (fragment.startsWith('试用期') || fragment.startsWith('試用期')) return fragment;
  if (/^[列排].{2,12}[后後]$/.test(fragment)) return fragment;
  const treated = /^享受(.{1,5}[级級])(?:待遇)?$/.exec(fragment);
  if (treated) return treated[1];
  if (/^.{1,5}[级級]$/.test(fragment)) return fragment;
  return null;
}

/** `张三同志试用期满` names the person the next fragment (`正式任命为…`) is about. */
/** `行政长官同时再度委任A、B`: who appoints, and the word, before names whose post comes later. */
const APPOINTER_LEAD = /^[^，、]{0,10}?(?:再度|同时|亦)*(?:委任|任命|聘任|聘请)(?=[^，]{2})/;

function stripConfirmation(fragment: string): string {
  return fragment.replace(/(?:试用期|試用期)已?(?:满|滿)$/, '');
}
