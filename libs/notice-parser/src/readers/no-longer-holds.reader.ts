import { nameBeforeTitle } from '../lexicon/person-name.util';
import type { FragmentReader } from './reader.types';
import { cutAtDuty, readDescribedSubject } from './subject.util';

/** `张三同志不再担任青禾市财政局局长职务`: a removal phrased from the person's side. */
const PHRASES = ['不再担任', '不再擔任', '不再兼任', '不再任'];

export const readNoLongerHolds: FragmentReader = (fragment, ctx) => {
  if (fragment.indexOf('不再') < 0) return null;
  for (const p of PHRASES) {
    const at = fragment.indexOf(p);
    // `A任P1，不再担任P2职务`: the subject left out is the person of the clause before.
    if (at === 0 && ctx.carried !== null && ctx.lastPersons.length > 0) {
      const post = cutAtDuty(fragment.slice(p.length));
      if (post.length > 0) return { type: 'remove', persons: ctx.lastPersons, posts: post };
    }
    if (at <= 0) continue;
    // `林某同志因年龄原因不再担任…`: the reason stands between the name and the phrase.
    const subject = fragment.slice(0, at).replace(/(?:由于|因为|因)[^，。；]{1,12}$/, '');
    // `王某院长不再兼任…`: the person named with the title he keeps.
    const titled = nameBeforeTitle(subject);
    const persons = titled === null ? readDescribedSubject(subject) : [titled];
    const post = cutAtDuty(fragment.slice(at + p.length));
    if (persons && post.length > 0) return { type: 'remove', persons, posts: post };
  }
  return null;
};
