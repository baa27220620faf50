import type { EventType } from '../notice.types';
import type { Piece } from '../steps/split-clauses.step';

/** What one clause reader takes from a fragment of a clause (the text between commas). */
export interface Reading {
  type: EventType;
  persons: string[];
  /** The post text as written, brackets included: `P1（Q1、Q2）（试用期一年）、P2`. */
  posts: string;
  /** Set when the clause names the day it takes effect (`…，自2024年3月1日起执行`). */
  effectiveOn?: string;
  /** A title counted before its holders (`四名新成员为…`): it must find its body, or it is not read. */
  needsBody?: boolean;
  /** Which clause form read it, and the fragment it read (set by read-clauses, for --explain). */
  reader?: string;
  span?: string;
}

export type BlockMode = 'appoint' | 'remove' | null;

export interface ReaderContext {
  /** Set by the block header (`任命：`, `免去：`) that the clause stands under. */
  mode: BlockMode;
  /** A decision has been announced (`决定`, `任命：`…): clauses without a verb may now be read. */
  decided: boolean;
  /** The people of the previous clause, for `免去其…职务`. */
  lastPersons: string[];
  /**
   * The person the text named last outside any reading (`A因工作变动提出辞职，…接受他辞去…`), for a
   * pronoun in a later sentence.
   */
  mentioned: string[];
  /** Names read without a post yet (`张志（…），郭凤林、邢业全为副站长`). */
  pendingPersons: string[];
  /** The post a roster header announced (`新聘的馆员是：`): the names listed after it hold it. */
  rosterPost: string | null;
  /** The first post of the clause before, for a bare title in the next one (`…委员会非官守成员`). */
  lastPost: string | null;
  /** The clause `lastPost` was read in (to give an inherited organisation back in its own script). */
  lastPiece: Piece | null;
  /** The decision word of the sentence so far (`免去A的P职务，B的Q职务`: B's fragment has none). */
  carried: BlockMode;
  /** `免去A的P1职务；B的P2职务`: the removal word the sentence before ； left, for the next clause. */
  carriedAcross: BlockMode;
  /** Running text: the body a story named in quotes (`公布「某某委员会」的成员名单`), in its own script. */
  storyBody: string | null;
  /** Running text: numbered items follow a header of what a body decided (`决议内容如下：`). */
  resolvedItems: boolean;
  /** `被罢免的P有：` — the post of a roster of people removed from it. */
  removedRoster: string | null;
  /** `撤销下列人员的职务：P1 A、P2 B`: a list of people each described by the post they lose. */
  describedRemovals: boolean;
  /** The clause so far accepted a resignation: a further `B辞去Q职务的请求` in it is accepted too. */
  lastAccepted: boolean;
  /** Posts the sentence so far removed people from, for `上述两职务由C兼任` after them. */
  removedPosts: string[];
  /** A table row's clause: where its second column (the post) begins; null for any other clause. */
  column: number | null;
  /** Running text: sentences left that may state a decision just reported as read out. */
  announced: number;
  /**
   * Running text: a decision's header ended its line (`…任命：`), and every line since has been an
   * item read: a next line that is a sentence of its own still belongs to the list.
   */
  listOpen: boolean;
  /** Running text: `lastPost` was read in an earlier sentence, not this one (see enterProse). */
  lastPostStale: boolean;
  /** The fragment before this one in the clause (`因工作调整，A辞去P职务`: the reason given). */
  previousFragment: string;
  /** The fragment after this one, as written (`委任A、B，出任P`: the post comes after the names). */
  followingFragment: string;
  /** Running text with no notice frame (see readClauses' prose option). */
  prose: boolean;
  /** Fragments judged not to state a decision taken, when the caller asked for explanations. */
  setAside: { text: string; line: number }[] | null;
}

/** A clause form: returns a reading when the fragment is in its form, else null. */
export type FragmentReader = (fragment: string, ctx: ReaderContext) => Reading | Reading[] | null;

/** A fresh context: no block header, no decision announced, nobody read yet. */
export function newReaderContext(over: Partial<ReaderContext> = {}): ReaderContext {
  return {
    mode: null,
    decided: false,
    lastPersons: [],
    mentioned: [],
    pendingPersons: [],
    rosterPost: null,
    lastPost: null,
    lastPiece: null,
    carried: null,
    carriedAcross: null,
    storyBody: null,
    resolvedItems: false,
    removedRoster: null,
    describedRemovals: false,
    lastAccepted: false,
    removedPosts: [],
    column: null,
    announced: 0,
    listOpen: false,
    lastPostStale: false,
    previousFragment: '',
    followingFragment: '',
    prose: false,
    setAside: null,
    ...over,
  };
}
