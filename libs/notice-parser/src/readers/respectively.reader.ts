import { readPersonList } from '../lexicon/person-name.util';
import { isPostLike } from '../lexicon/organisation.lexicon';
import { outsideBrackets, splitTopLevel } from '../text/brackets.util';
import type { FragmentReader, Reading } from './reader.types';
import { cutAtDuty, stripLeads } from './subject.util';

/**
 * `A、B和C分别出任P1、P2和P3` (also 分别任, 分别担任, 分别为, 分别被任命为): the n-th person holds the
 * n-th post. Read only when the counts agree; otherwise which post is whose is not known.
 */
const RESPECTIVELY = /分别(?:被任命为|被聘为|被聘任为|担任|出任|当选为|任|为)/;

export const readRespectively: FragmentReader = (fragment, ctx) => {
  const m = RESPECTIVELY.exec(fragment);
  if (!m || m.index < 2) return null;
  const persons = readPersonList(stripLeads(fragment.slice(0, m.index)).replace(/[和及与]/g, '、'), ctx.mode === 'appoint');
  const posts = splitTopLevel(cutAtDuty(fragment.slice(m.index + m[0].length)).replace(/和|及/g, '、'), '、');
  if (!persons || persons.length < 2 || persons.length !== posts.length) return null;
  if (!posts.every((p) => isPostLike(outsideBrackets(p)))) return null;
  const readings: Reading[] = persons.map((p, k) => ({ type: 'appoint', persons: [p], posts: posts[k] }));
  return readings;
};
