import { describedPerson, readPersonList } from '../lexicon/person-name.util';
import { endsWithTitle, isPostLike } from '../lexicon/organisation.lexicon';
import { outsideBrackets } from '../text/brackets.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty, stripLeads } from './subject.util';

/**
 * `A由P1转任P2` (also 调任, 改任): a transfer. It appoints A to P2 and, because the sentence itself
 * names the post A leaves, removes A from P1 — nothing is inferred that the text does not say.
 */
const MOVES = ['转任', '轉任', '调任', '調任', '改任'];
const CHANGED_TO = ['改任'];

export const readTransfer: FragmentReader = (fragment, ctx) => {
  const by = fragment.indexOf('由');
  if (by < 2) return ctx.decided ? readDescribedTransfer(fragment) : null;
  const move = MOVES.map((m) => ({ m, at: fragment.indexOf(m, by + 1) })).find((x) => x.at > by + 2);
  if (!move) return null;
  const persons = readPersonList(stripLeads(fragment.slice(0, by)), ctx.mode === 'appoint');
  if (!persons) return null;
  const from = cutAtDuty(fragment.slice(by + 1, move.at));
  const to = cutAtDuty(fragment.slice(move.at + move.m.length));
  if (!isPostLike(outsideBrackets(from)) || !isPostLike(outsideBrackets(to))) return null;
  // The post left first: a bare title after 转任 (`由某大学党委书记转任校长`) takes its organisation.
  return [
    { type: 'remove', persons, posts: from },
    { type: 'appoint', persons, posts: to },
  ];
};

/**
 * `外交部长A改任国安会秘书长`: the post left written before the name, as a story describes the
 * person, then the move. Read only where the text has stated a decision.
 */
function readDescribedTransfer(fragment: string): ReturnType<FragmentReader> {
  // Only 改任 ("changed to"): a story's `原某局长A调任…` describes where A was, the gold of most texts
  // records no removal for it.
  const move = CHANGED_TO.map((m) => ({ m, at: fragment.indexOf(m) })).find((x) => x.at >= 4);
  if (!move) return null;
  const head = fragment.slice(0, move.at);
  const name = describedPerson(head);
  if (name === null) return null;
  const from = head.slice(0, head.length - name.length);
  const to = cutAtDuty(fragment.slice(move.at + move.m.length));
  if (!endsWithTitle(outsideBrackets(from)) || !isPostLike(outsideBrackets(to))) return null;
  return [
    { type: 'remove', persons: [name], posts: from },
    { type: 'appoint', persons: [name], posts: to },
  ];
}
