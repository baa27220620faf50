import { placeUnits, shortLevel } from './place.rule';
import { splitPostName } from './post-name.rule';

/**
 * A post written short under its issuer: a 泉州市人大常委会 decision says `市公安局局长` and means
 * 泉州市公安局局长; a 包头市昆都仑区 notice says `区人民政府副区长` for 包头市昆都仑区人民政府副区长 and
 * `市公安局局长` for 包头市公安局局长. The level word stands for the issuer's own unit of that level.
 *
 * Words that start with a level character without being one (`市场监督管理局`, `区域…`) are not
 * short forms: the market regulator is written `市市场监督管理局` when short.
 */
const NOT_A_LEVEL = ['市场', '市場', '市民', '市容', '市区', '市區', '市级', '市級', '区域', '區域', '县域', '縣域', '县级', '縣級', '区级', '區級', '省级', '省級', '省份'];

/** `市政府`, `市政协` are short; `市政工程管理处` is a municipal works office, not the city's. */
function isShortForm(name: string, level: string): boolean {
  if (!name.startsWith(level) || name.length <= level.length + 1) return false;
  if (NOT_A_LEVEL.some((w) => name.startsWith(w))) return false;
  if (name.startsWith(`${level}政`)) return '府协協'.includes(name[level.length + 1] ?? '');
  return true;
}

/** What a short name stands for: the issuer's units it means, and the name after its level word. */
export interface ShortForm {
  units: string[];
  rest: string;
}

/**
 * The issuer's units a short name means (`市公安局局长` under 包头市昆都仑区 → [包头市] and
 * `公安局局长`), or null when the name names its place already, the issuer has none (`国务院`), or
 * the issuer has no unit of the level the name starts with.
 */
export function expandShortForm(name: string, issuer: string | null | undefined): ShortForm | null {
  const units = placeUnits(issuer);
  if (units.length === 0 || placeUnits(name).length > 0) return null;
  // The innermost unit of the level the text names: a district's `市` is the city around it.
  for (let i = units.length - 1; i >= 0; i--) {
    const level = shortLevel(units[i]);
    if (level !== '' && isShortForm(name, level)) return { units: units.slice(0, i + 1), rest: name.slice(level.length) };
  }
  return null;
}

/**
 * The post's full name under this issuer: its place written out where the text wrote only the
 * level (`市公安局局长` → `泉州市公安局局长`); otherwise the position as written.
 */
export function resolveShortPost(position: string, issuer: string | null | undefined): string {
  const short = expandShortForm(position, issuer);
  if (short) return short.units.join('') + short.rest;
  const bare = bareUnderCongress(position, issuer);
  return bare ? bare.join('') + position : position;
}

/** A local people's congress or its standing committee (`青禾市人民代表大会常务委员会`, `云岭县人大常委会`). */
const CONGRESS = /(?:人民代表大会(?:常务委员会)?|人大(?:常委会)?)$/;

/**
 * Organisations a congress decision names bare and means its own place's: the government's
 * bureaus (`财政局`, `公安局`, `审计局`; a province's `公安厅`), the government itself and its office,
 * the court and the procuratorate. Not committees (`财政经济委员会` is the congress's own), nor anything else.
 */
const BARE_ORGANISATION = /^(?:[^委会]{1,12}[局厅]|人民政府(?:办公室)?|政府(?:办公室)?|(?:中级|基层)?人民法院|人民检察院)$/;

/**
 * The issuer's units a bare post means in a congress decision: under a city or county people's
 * congress `任命A为财政局局长` appoints the head of that place's 财政局 (the standing committee
 * appoints its own government's bureau heads), so the post is `<place>财政局局长`; the event keeps
 * `财政局局长` as written. Null for any other issuer (a government's notices stay as written, as
 * before: that is not what the issue asked, and it was not checked against real notices), and for
 * a post whose organisation is not one of the above.
 */
function bareUnderCongress(position: string, issuer: string | null | undefined): string[] | null {
  if (!issuer || !CONGRESS.test(issuer)) return null;
  const units = placeUnits(issuer);
  if (units.length === 0 || placeUnits(position).length > 0) return null;
  const { organization } = splitPostName(position);
  return BARE_ORGANISATION.test(organization) ? units : null;
}
