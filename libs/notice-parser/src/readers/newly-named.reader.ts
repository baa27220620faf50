import { postThenNames } from './post-first.reader';
import type { FragmentReader, Reading } from './reader.types';

/**
 * `向新聘省政府参事朱某和省文史馆馆员史某、刘某颁发聘书`: a news item names the people just
 * appointed after their posts, `新聘<post><names>` joined by 和 or 及. Each group is an appointment.
 * The names follow a post the sentence has just given, so two- to four-character names without a
 * listed surname are read too (as under a `任命：` header).
 */
const NEWLY = ['新聘任', '新聘请', '新聘', '新任命的', '新委任的'];
const GROUP_END = /颁发|颁授|发放|并|与|座谈|举行|出席/;

export const readNewlyNamed: FragmentReader = (fragment) => {
  const word = NEWLY.find((w) => fragment.includes(w));
  if (!word) return null;
  let rest = fragment.slice(fragment.indexOf(word) + word.length).replace(/^(?:的|、续聘的?)/, '');
  // The sentence must say what was done for them (`颁发聘书`): `新聘参事表示…` names no one.
  const end = rest.search(GROUP_END);
  if (end < 0) return null;
  rest = rest.slice(0, end).replace(/(?:一一|分别|正式)$/, '');
  const readings: Reading[] = [];
  for (const group of rest.split(/[和及]/)) {
    const reading = postThenNames(group);
    if (!reading) return null;
    readings.push(reading);
  }
  return readings.length > 0 ? readings : null;
};
