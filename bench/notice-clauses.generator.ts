import { PROBATIONS, RANKS } from './gazette.lexicon';
import type { GazetteWorld, Issuer, Office } from './gazette-world.model';
import type { ExpectedEvent, ExpectedEventType } from './gazette.types';
import { bracket } from './ocr-damage.util';
import type { Rng } from './prng.util';

/**
 * The clauses of one notice, each with the events it states. Clause text is clean here (no line
 * breaks); brackets are already mixed full/half-width, since that is how they will be printed.
 */
export interface Clause {
  text: string;
  events: ExpectedEvent[];
}

interface Extras {
  probationMonths?: number | null;
  rank?: string | null;
  precedenceAfter?: string | null;
  concurrent?: string[];
}

function event(type: ExpectedEventType, person: string, position: string, x: Extras = {}): ExpectedEvent {
  return {
    type,
    person,
    position,
    probationMonths: x.probationMonths ?? null,
    rank: x.rank ?? null,
    precedenceAfter: x.precedenceAfter ?? null,
    concurrent: x.concurrent ?? [],
  };
}

export class ClauseWriter {
  /** People named in this notice: two different people never share a name within one notice. */
  private readonly named = new Set<string>();
  /** Removals and automatic removals that this notice's appointments call for. */
  readonly removals: Clause[] = [];
  readonly autoRemovals: Clause[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly world: GazetteWorld,
    private readonly issuer: Issuer,
  ) {}

  private fresh(): string {
    for (;;) {
      const name = this.world.person();
      if (!this.named.has(name)) {
        this.named.add(name);
        return name;
      }
    }
  }

  private office(pred: (o: Office) => boolean = () => true): Office {
    const fitting = this.issuer.offices.filter(pred);
    return this.rng.pick(fitting.length > 0 ? fitting : this.issuer.offices);
  }

  private probation(p: number): { words: string; months: number } | null {
    if (!this.rng.chance(p)) return null;
    const [words, months] = this.rng.pick(PROBATIONS);
    return { words, months };
  }

  appointment(): Clause {
    const r = this.rng.next();
    if (r < 0.1) return this.appointMany();
    if (r < 0.2) return this.appointConcurrent();
    if (r < 0.25) return this.appointWithCouncil();
    if (r < 0.31) return this.appointSpecial();
    return this.appointOne();
  }

  /** The appointee: often someone this issuer appointed before, whose old post then ends. */
  private appointee(): string {
    const earlier = this.rng.chance(0.25) ? this.world.takeRecent(this.issuer, this.named) : null;
    if (!earlier) return this.fresh();
    this.named.add(earlier.person);
    const r = this.rng.next();
    if (r < 0.6) this.autoRemovals.push(this.autoRemoval([earlier.person], earlier.post));
    else if (r < 0.8) this.removals.push(this.removal([earlier.person], earlier.post));
    return earlier.person;
  }

  private appointOne(): Clause {
    const office = this.office();
    const head = this.rng.chance(0.35);
    const post = office.org + (head ? office.kind.head : office.kind.deputy);
    const person = this.appointee();
    const after = !head && this.rng.chance(0.12) ? this.ranksAfter(post, person) : null;
    const rank = this.rng.chance(0.08) ? this.rng.pick(RANKS) : null;
    const probation = this.probation(0.35);
    if (head) this.replaceHolder(post);
    this.world.remember(this.issuer, person, post);
    const text =
      `${person}为${post}` +
      (after ? bracket(this.rng, `列${after}之后`) : '') +
      (rank ? bracket(this.rng, rank) : '') +
      (probation ? bracket(this.rng, probation.words) : '');
    return { text, events: [event('appoint', person, post, { precedenceAfter: after, rank, probationMonths: probation?.months })] };
  }

  /** `（列X之后）` names a deputy already in post: one we remember if we can, else an invented one. */
  private ranksAfter(post: string, person: string): string {
    const holder = this.world.peekHolder(this.issuer, post);
    return holder !== null && holder !== person ? holder : this.fresh();
  }

  /** A single-seat post's earlier holder is removed in the same notice about half the time. */
  private replaceHolder(post: string): void {
    if (!this.rng.chance(0.5)) return;
    const holder = this.world.takeHolder(this.issuer, post, this.named);
    if (!holder) return;
    this.named.add(holder.person);
    this.removals.push(this.removal([holder.person], post));
  }

  private appointMany(): Clause {
    const people = Array.from({ length: this.rng.int(2, 3) }, () => this.fresh());
    const office = this.office();
    const post = office.org + office.kind.deputy;
    const probation = this.probation(0.4);
    for (const p of people) this.world.remember(this.issuer, p, post);
    if (this.rng.chance(0.3)) {
      const former = this.office((o) => o !== office);
      this.autoRemovals.push(this.autoRemoval(people, former.org + former.kind.deputy));
    }
    const text = `${people.join('、')}为${post}` + (probation ? bracket(this.rng, probation.words) : '');
    return { text, events: people.map((p) => event('appoint', p, post, { probationMonths: probation?.months })) };
  }

  /** `A为P（Q1、Q2）`: one leadership over several institutions; each Q is also its own event. */
  private appointConcurrent(): Clause {
    const person = this.appointee();
    const head = this.rng.chance(0.3);
    const title = (o: Office) => o.org + (head ? o.kind.head : o.kind.deputy);
    const main = this.office();
    // The bracket lists institutions one leadership also runs (centres, institutes), not other bureaus.
    const institutions = this.issuer.offices.filter((o) => o !== main && !o.org.endsWith('局') && !o.org.includes('人民政府'));
    const others = this.rng.sample(institutions, this.rng.int(1, 3));
    const post = title(main);
    const concurrent = others.map(title);
    const probation = this.probation(0.4);
    this.world.remember(this.issuer, person, post);
    const months = probation?.months;
    const text =
      `${person}为${post}${bracket(this.rng, concurrent.join('、'))}` + (probation ? bracket(this.rng, probation.words) : '');
    const events = [event('appoint', person, post, { probationMonths: months, concurrent })];
    for (const q of concurrent) events.push(event('appoint', person, q, { probationMonths: months }));
    return { text, events };
  }

  /** `A为X学院副院长、院务委员会委员`: the second post inherits the first one's organisation. */
  private appointWithCouncil(): Clause {
    const office = this.office((o) => o.kind.council !== undefined);
    if (office.kind.council === undefined) return this.appointOne();
    const person = this.appointee();
    const post = office.org + office.kind.deputy;
    this.world.remember(this.issuer, person, post);
    return {
      text: `${person}为${post}、${office.kind.council}`,
      events: [event('appoint', person, post), event('appoint', person, office.org + office.kind.council)],
    };
  }

  /** `A为X局总督学（副县级）`: titles outside the head/deputy pair come with their rank. */
  private appointSpecial(): Clause {
    const office = this.office((o) => o.kind.special !== undefined);
    if (office.kind.special === undefined) return this.appointOne();
    const person = this.appointee();
    const post = office.org + this.rng.pick(office.kind.special);
    const rank = this.rng.pick(RANKS.slice(0, 2));
    const probation = this.probation(0.5);
    this.world.remember(this.issuer, person, post);
    const text = `${person}为${post}${bracket(this.rng, rank)}` + (probation ? bracket(this.rng, probation.words) : '');
    return { text, events: [event('appoint', person, post, { rank, probationMonths: probation?.months })] };
  }

  /** A removal the notice states on its own: an earlier appointee, or someone the corpus never saw. */
  extraRemoval(): Clause {
    const r = this.rng.next();
    if (r < 0.1) {
      const office = this.office();
      return this.removal([this.fresh(), this.fresh()], office.org + office.kind.deputy);
    }
    if (r < 0.2) return this.removalConcurrent();
    const earlier = this.world.takeRecent(this.issuer, this.named);
    if (earlier) {
      this.named.add(earlier.person);
      return this.removal([earlier.person], earlier.post);
    }
    const office = this.office();
    return this.removal([this.fresh()], office.org + (this.rng.chance(0.3) ? office.kind.head : office.kind.deputy));
  }

  extraAutoRemoval(): Clause {
    const office = this.office();
    return this.autoRemoval([this.fresh()], office.org + office.kind.deputy);
  }

  private removal(people: string[], post: string): Clause {
    return { text: `${people.join('、')}的${post}职务`, events: people.map((p) => event('remove', p, post)) };
  }

  /** `A的P（Q）职务`: the concurrent post ends with the main one. */
  private removalConcurrent(): Clause {
    const person = this.fresh();
    const [main, other] = this.rng.sample(this.issuer.offices, 2);
    const post = main.org + main.kind.deputy;
    const q = other.org + other.kind.deputy;
    return {
      text: `${person}的${post}${bracket(this.rng, q)}职务`,
      events: [event('remove', person, post, { concurrent: [q] }), event('remove', person, q)],
    };
  }

  private autoRemoval(people: string[], post: string): Clause {
    return { text: `${people.join('、')}的原${post}职务自然免除`, events: people.map((p) => event('auto_remove', p, post)) };
  }
}
