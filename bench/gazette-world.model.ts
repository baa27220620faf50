import { COMPOUND_SURNAMES, DEPARTMENTS, DISTRICT_WORDS, GIVEN, PLACE_FIRST, PLACE_SECOND, SCHOOL, SCHOOLS, SURNAMES } from './gazette.lexicon';
import type { OfficeKind } from './gazette.lexicon';
import type { Rng } from './prng.util';

/**
 * The invented world a synthetic gazette reports on: issuing governments, their offices, and who
 * was appointed where. Remembering holders lets later notices remove or promote the people earlier
 * notices appointed, as real gazettes do, so the corpus also exercises tenure derivation.
 */

export interface Office {
  /** Full organisation name, place included: `青禾市财政局`, `青禾第三中学`. */
  org: string;
  kind: OfficeKind;
}

export interface Issuer {
  /** `青禾市` or `云岭县`. */
  place: string;
  /** `青禾市人民政府`: the title's issuer and the signature. */
  name: string;
  /** `市` or `县`: used in `市人民政府决定` and in the addressee lines. */
  level: '市' | '县';
  /** First syllable, unique per issuer, as in `青政任〔2024〕17号`. */
  abbr: string;
  offices: Office[];
}

export interface Tenure {
  person: string;
  post: string;
}

const CITY_COUNT = 10;
const COUNTY_COUNT = 14;
/** Recent appointments remembered per issuer; older ones fade as in a real archive. */
const MEMORY = 60;

export class GazetteWorld {
  readonly issuers: Issuer[] = [];
  private readonly serials = new Map<string, number>();
  private readonly recent = new Map<Issuer, Tenure[]>();

  constructor(private readonly rng: Rng) {
    const firsts = rng.sample([...PLACE_FIRST], CITY_COUNT + COUNTY_COUNT);
    firsts.forEach((abbr, i) => {
      const level = i < CITY_COUNT ? '市' : '县';
      const place = abbr + rng.char(PLACE_SECOND) + level;
      const issuer: Issuer = { place, name: `${place}人民政府`, level, abbr, offices: this.offices(place) };
      this.issuers.push(issuer);
      this.recent.set(issuer, []);
    });
  }

  private offices(place: string): Office[] {
    const out: Office[] = this.rng.sample(DEPARTMENTS, 30).map(([dept, kind]) => ({ org: place + dept, kind }));
    // Schools often carry the place without 市/县: `青禾第三中学`.
    const stem = place.slice(0, -1);
    for (const school of this.rng.sample(SCHOOLS, 3)) {
      out.push({ org: (this.rng.chance(0.5) ? stem : place) + school, kind: SCHOOL });
    }
    out.push({ org: `${place}${this.rng.pick(DISTRICT_WORDS)}新区管理委员会`, kind: { head: '主任', deputy: '副主任' } });
    return out;
  }

  /** A person's name: one or two given characters after a surname, rarely a compound surname. */
  person(): string {
    const surname = this.rng.chance(0.02) ? this.rng.pick(COMPOUND_SURNAMES) : this.rng.char(SURNAMES);
    return surname + this.rng.char(GIVEN) + (this.rng.chance(0.65) ? this.rng.char(GIVEN) : '');
  }

  /** Appointment document numbers run per issuer and year, so each notice's number is unique. */
  docNumber(issuer: Issuer, year: number, series = '政任'): string {
    const key = `${issuer.abbr}${series}${year}`;
    const n = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, n);
    return `${issuer.abbr}${series}〔${year}〕${n}号`;
  }

  remember(issuer: Issuer, person: string, post: string): void {
    const list = this.recent.get(issuer) as Tenure[];
    list.push({ person, post });
    if (list.length > MEMORY) list.shift();
  }

  /** Takes an earlier appointee of this issuer out of memory: the person being removed or promoted. */
  takeRecent(issuer: Issuer, except: ReadonlySet<string>): Tenure | null {
    const list = this.recent.get(issuer) as Tenure[];
    for (let tries = 0; tries < 4 && list.length > 0; tries++) {
      const i = this.rng.int(0, list.length - 1);
      if (except.has(list[i].person)) continue;
      return list.splice(i, 1)[0];
    }
    return null;
  }

  /** Someone this issuer appointed to `post` and still remembers, without taking them out. */
  peekHolder(issuer: Issuer, post: string): string | null {
    const list = this.recent.get(issuer) as Tenure[];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].post === post) return list[i].person;
    return null;
  }

  /** The earlier holder of a single-seat post, if this issuer appointed one we still remember. */
  takeHolder(issuer: Issuer, post: string, except: ReadonlySet<string>): Tenure | null {
    const list = this.recent.get(issuer) as Tenure[];
    const i = list.findIndex((t) => t.post === post && !except.has(t.person));
    return i < 0 ? null : list.splice(i, 1)[0];
  }
}
