/**
 * Whether a line the parser could not read in full may hide a decision, and so is worth a person's
 * time. The parser reports two kinds: a line no clause form read at all (it may hold anything), and
 * a fragment left over from a clause it did read (`同时`, `任期三年`, `并报…备案`). A fragment of a
 * line that gave events and names no personnel action cannot hide one: the clause's decisions came
 * through, and what is left is procedure or narration.
 */
export interface UnreadLine {
  /** The parser's reason, as stored (`part of the clause not understood: “…”` for a fragment). */
  reason: string;
  /** Whether events were read from this very line. */
  eventsRead: boolean;
}

const FRAGMENT = 'part of the clause not understood: ';

/** Words that state an appointment, removal or the like, in either script. */
const ACTION = /任命|任免|免去|免職|免职|免除|聘任|聘請|聘请|聘為|聘为|解聘|辭去|辞去|辭職|辞职|撤銷|撤销|撤職|撤职|代理|擔任|担任|兼任|任職|任职|出任|調任|调任|不再|罷免|罢免|另有任用/;

export function unreadLineMatters(line: UnreadLine): boolean {
  if (!line.reason.startsWith(FRAGMENT) || !line.eventsRead) return true;
  return ACTION.test(line.reason.slice(FRAGMENT.length));
}
