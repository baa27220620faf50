import { readPersonList } from '../lexicon/person-name.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty, splitPossessive, stripFormer } from './subject.util';

/**
 * `A的原P职务自然免除` and its relatives (`自行免去`, `相应终止`): a post that ends because of the
 * decision itself, stated in the notice.
 */
const ENDINGS = [
  '自然免除', '自行免去', '自然免去', '自动免除', '自動免除', '相应终止', '相應終止', '自然终止', '自然終止',
  '自行免除', '自然解除', '相应免去', '相應免去',
];

export const readAutoRemoval: FragmentReader = (fragment, ctx) => {
  // Every ending above closes with 除, 去 or 止: one scan rules most clauses out.
  if (fragment.indexOf('除') < 0 && fragment.indexOf('去') < 0 && fragment.indexOf('止') < 0) return null;
  let at = -1;
  for (const e of ENDINGS) {
    const i = fragment.indexOf(e);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at <= 0) return null;
  const head = cutAtDuty(fragment.slice(0, at));
  const possessive = splitPossessive(head, ctx.lastPersons);
  if (possessive) return { type: 'auto_remove', persons: possessive.persons, posts: possessive.post };
  // `A原任P职务自然免除`: no 的 between the name and the post.
  const former = head.indexOf('原');
  if (former > 0) {
    const persons = readPersonList(head.slice(0, former));
    if (persons) return { type: 'auto_remove', persons, posts: stripFormer(head.slice(former)) };
  }
  return null;
};
