import { CHARACTER_CONFUSIONS } from './character-confusions.data';
import { groupBy } from './group-by.util';
import { compareIds } from './id-order.util';
import { placeUnits, withoutPlace } from './place.rule';
import { expandShortForm } from './short-post.rule';

/**
 * Two organisation records that are likely one organisation written two ways. Names are compared
 * after folding script (traditional/variant → simplified, the parser's converter, passed in so that
 * these rules stay free of the parser) and with their place set apart: `聊城市统计局` and
 * `聊城市财政局` share 聊城市 and differ in all that tells them apart, so they are never offered;
 * `聊城市卫生检验检测中心` and `聊城市卫生检验监测中心` differ by a known confusion, and are.
 *
 * What counts as one organisation written two ways:
 * - the same name once folded (`河南省審計廳` / `河南省审计厅`);
 * - the same name within one place, written short under its issuer (`市公安局` in a 泉州 notice /
 *   `泉州市公安局`) or with more of its place (`山东省聊城市财政局` / `聊城市财政局`);
 * - up to two characters apart where each is a known confusion (character-confusions.data.ts);
 * - one character dropped or doubled, unless that character is one that makes a different body
 *   (a number, a direction, 分 for a branch, 总 for a head office…).
 * Anything else — `审计` / `监察`, `党委` added — is two organisations.
 */
export interface OrganizationRecord {
  id: string;
  name: string;
  /** Issuers of the notices naming its posts: what a short name (`市公安局`) stands for. */
  issuers: readonly string[];
}

export type Fold = (text: string) => string;

export type SimilarityReason =
  | { kind: 'SAME_FOLDED' }
  | { kind: 'SAME_IN_PLACE'; place: string; issuer: string | null }
  | { kind: 'CONFUSION'; pairs: [string, string][] }
  | { kind: 'DROPPED'; char: string }
  | { kind: 'DOUBLED'; char: string };

export interface SimilarOrganizations {
  /** The pair in id order, so that a finding has one identity whichever name sorts first. */
  a: OrganizationRecord;
  b: OrganizationRecord;
  reason: SimilarityReason;
}

/** A dropped or doubled one of these changes what the name means (第十一中学 / 第十中学, 分局 / 局). */
const MEANINGFUL = new Set([...'〇零一二三四五六七八九十百千两東东南西北中上下前后後内內外分总總副正新老大小男女初高学學党黨团團省市县縣区區州乡鄉镇鎮村']);

/** Names shorter than this, once the place is set apart, are too short to judge by one character. */
const MIN_REST = 2;

/**
 * One way of reading a name: its places (folded, outermost first), grouped by the innermost, and the
 * rest. Two readings are of one place when one's places end the other's: 青禾市 and 江岭省青禾市,
 * 白溪区 and 鹤川市白溪区 — not 凤湄市高新新区 and 松峰县高新新区, two zones of one name.
 */
interface Reading {
  org: OrganizationRecord;
  folded: string;
  units: string[];
  place: string;
  rest: string;
  issuer: string | null;
}

function samePlace(x: Reading, y: Reading): boolean {
  const [short, long] = x.units.length <= y.units.length ? [x.units, y.units] : [y.units, x.units];
  return short.every((u, i) => long[long.length - short.length + i] === u);
}

export function similarOrganizations(orgs: readonly OrganizationRecord[], fold: Fold): SimilarOrganizations[] {
  const byPlace = new Map<string, Reading[]>();
  for (const org of orgs) {
    for (const reading of readings(org, fold)) {
      const group = byPlace.get(reading.place);
      if (group) group.push(reading);
      else byPlace.set(reading.place, [reading]);
    }
  }
  const found = new Map<string, SimilarOrganizations>();
  const offer = (x: Reading, y: Reading, reason: SimilarityReason) => {
    if (x.org.id === y.org.id || !samePlace(x, y)) return;
    const [a, b] = byId(x.org, y.org);
    const key = `${a.id}\u0000${b.id}`;
    if (!found.has(key)) found.set(key, { a, b, reason });
  };
  for (const group of byPlace.values()) {
    sameRest(group, offer);
    confusedRest(group, offer);
    droppedOrDoubled(group, offer);
  }
  return [...found.values()].sort((x, y) => compareIds(x.a.id, y.a.id) || compareIds(x.b.id, y.b.id));
}

/** The name with its own place set apart, or as a short form under each of its issuers, or whole. */
function readings(org: OrganizationRecord, fold: Fold): Reading[] {
  const folded = fold(org.name);
  const own = placeUnits(folded);
  if (own.length > 0) return [{ org, folded, units: own, place: own[own.length - 1], rest: withoutPlace(folded), issuer: null }];
  const out: Reading[] = [];
  for (const issuer of org.issuers) {
    const short = expandShortForm(folded, fold(issuer));
    if (short) out.push({ org, folded, units: short.units, place: short.units[short.units.length - 1], rest: short.rest, issuer });
  }
  return out.length > 0 ? out : [{ org, folded, units: [], place: '', rest: folded, issuer: null }];
}

type Offer = (x: Reading, y: Reading, reason: SimilarityReason) => void;

function sameRest(group: Reading[], offer: Offer): void {
  for (const same of groupBy(group, (r) => r.rest).values()) {
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        const [x, y] = [same[i], same[j]];
        if (x.folded === y.folded) offer(x, y, { kind: 'SAME_FOLDED' });
        else offer(x, y, { kind: 'SAME_IN_PLACE', place: x.place, issuer: x.issuer ?? y.issuer });
      }
    }
  }
}

/** Each confusable character stands for its group's first: names equal that way differ only there. */
const CANONICAL = new Map<string, string>(CHARACTER_CONFUSIONS.flatMap((g) => g.chars.map((c) => [c, g.chars[0]] as [string, string])));

function canonical(text: string): string {
  let out = '';
  for (const ch of text) out += CANONICAL.get(ch) ?? ch;
  return out;
}

function confusedRest(group: Reading[], offer: Offer): void {
  for (const alike of groupBy(group, (r) => canonical(r.rest)).values()) {
    for (let i = 0; i < alike.length; i++) {
      for (let j = i + 1; j < alike.length; j++) {
        const [x, y] = compareIds(alike[i].org.id, alike[j].org.id) < 0 ? [alike[i], alike[j]] : [alike[j], alike[i]];
        const pairs = differences(x.rest, y.rest);
        if (pairs.length > 0 && pairs.length <= 2 && x.rest.length >= MIN_REST) offer(x, y, { kind: 'CONFUSION', pairs });
      }
    }
  }
}

/** The characters two equally long names differ in, position by position. */
function differences(x: string, y: string): [string, string][] {
  const a = [...x];
  const b = [...y];
  const out: [string, string][] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push([a[i], b[i]]);
  return out;
}

/** One name is the other with one character more: looked up by deleting each character in turn. */
function droppedOrDoubled(group: Reading[], offer: Offer): void {
  const byRest = groupBy(group, (r) => r.rest);
  for (const longer of group) {
    const chars = [...longer.rest];
    if (chars.length - 1 < MIN_REST) continue;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (MEANINGFUL.has(ch)) continue;
      const shorter = byRest.get([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
      if (!shorter) continue;
      const doubled = chars[i - 1] === ch || chars[i + 1] === ch;
      for (const s of shorter) offer(longer, s, doubled ? { kind: 'DOUBLED', char: ch } : { kind: 'DROPPED', char: ch });
    }
  }
}



function byId(x: OrganizationRecord, y: OrganizationRecord): [OrganizationRecord, OrganizationRecord] {
  return compareIds(x.id, y.id) < 0 ? [x, y] : [y, x];
}
