/**
 * The places a name starts with: `包头市昆都仑区人民政府` → [包头市, 昆都仑区]; `聊城市卫生监督所` →
 * [聊城市]; `国务院` → []. An issuer's place tells what its notices mean by `市公安局` or `区人民政府`
 * (its own city, its own district), and two records of one name under the city government and the
 * city's 人大 are of one place.
 *
 * A unit is a name ending in an administrative level. Names are not a closed list (there are some
 * 40,000 townships), so units are read from the shape of the name, and what is read is checked:
 * the part before the level must not hold a word that names an organ rather than a place (`…社区`
 * is a community's committee, not a place the notices govern).
 */

/** Levels that end a place name, longest first so that `自治区` wins over `区`. */
const LEVELS = ['特别行政区', '特別行政區', '自治区', '自治區', '自治州', '自治县', '自治縣', '省', '市', '县', '縣', '区', '區', '州', '盟', '旗'];

/** Levels a name ending in 州 may run on to: 泉州市, 通州区 are one unit each. */
const AFTER_ZHOU = new Set(['市', '县', '縣', '区', '區']);

/** Level characters: a stretch made of nothing else (`市` in `市市场监督管理局`) names no place. */
const LEVEL_CHARS = new Set(['省', '市', '县', '縣', '区', '區', '州', '盟', '旗']);

/** Words that name an organ or a body: a stretch holding one is not a place. */
const ORGAN_WORDS = [
  '人民', '政府', '委员', '委員', '人大', '代表', '常委', '党', '黨', '局', '厅', '廳', '院', '部', '办', '辦', '所', '校',
  '学', '學', '会', '會', '公司', '中心', '社', '处', '處', '站', '队', '隊', '馆', '館', '团', '團',
];

/** Prefixes before a place that belong to the party, not the place (`中共聊城市委员会`). */
const PARTY_PREFIXES = ['中国共产党', '中國共產黨', '中共'];

/** The administrative units a name starts with, outermost first; [] when it starts with none. */
export function placeUnits(name: string | null | undefined): string[] {
  if (!name) return [];
  let rest = name;
  const party = PARTY_PREFIXES.find((p) => rest.startsWith(p));
  if (party) rest = rest.slice(party.length);
  const units: string[] = [];
  for (;;) {
    const unit = leadingUnit(rest);
    if (unit === null) return units;
    units.push(unit);
    rest = rest.slice(unit.length);
  }
}

/** The first unit of `text`: the shortest stretch of one or more characters that ends in a level. */
function leadingUnit(text: string): string | null {
  for (let end = 1; end < text.length; end++) {
    const level = LEVELS.find((l) => text.startsWith(l, end));
    if (!level) continue;
    const stop = end + level.length;
    // `泉州市`: 州 is part of the name when a level follows it.
    if (level === '州' && AFTER_ZHOU.has(text[stop])) continue;
    const body = text.slice(0, end);
    if (ORGAN_WORDS.some((w) => body.includes(w))) return null;
    if ([...body].every((c) => LEVEL_CHARS.has(c))) return null;
    // One character names a county (沛县, 泾县) but hardly anything else: `城市管理局`, `新区` are words.
    if (body.length === 1 && level !== '县' && level !== '縣') return null;
    return text.slice(0, stop);
  }
  return null;
}

/** The level a unit ends in (`市`, `区`, `自治州`). */
export function unitLevel(unit: string): string {
  return LEVELS.find((l) => unit.endsWith(l)) ?? '';
}

/**
 * The word a notice of that unit writes for it when short: its level's last character (`市`;
 * `州` for an 自治州). A special administrative region has none.
 */
export function shortLevel(unit: string): string {
  const level = unitLevel(unit);
  return level === '' || level.endsWith('行政区') || level.endsWith('行政區') ? '' : level[level.length - 1];
}

/** The text after the leading places: `聊城市卫生监督所` → `卫生监督所`. */
export function withoutPlace(name: string): string {
  const units = placeUnits(name);
  if (units.length === 0) return name;
  const joined = units.join('');
  const at = name.indexOf(joined);
  return at < 0 ? name : name.slice(at + joined.length);
}

/**
 * Whether two issuers govern the same place or one inside the other (`聊城市人民政府` and
 * `聊城市人民代表大会常务委员会`; `包头市人民政府` and `包头市昆都仑区人民政府`): a unit in common.
 */
export function sharePlace(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.some((unit) => a.includes(unit));
}
