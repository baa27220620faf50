import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@renmian/access';
import { writeAudit } from '../corrections/audit.writer';
import { CorrectionsService } from '../corrections/corrections.service';
import { UserInputError } from '../graphql/user-input.error';
import { findPeople } from './findings/people.finder';
import { findUnconfirmedProbations } from './findings/probation.finder';
import { ACCEPTABLE, fillSources } from './findings/review-item.factory';
import { findRemovalConflicts, findTwoOpenHolders } from './findings/seats.finder';
import { findSimilarOrganizations } from './findings/similar-organizations.finder';
import { findUnparsedLines } from './findings/unparsed.finder';
import { REVIEW_TODAY, ReviewToday } from './review.clock';
import { ReviewError } from './review.errors';
import { ReviewItemModel, ReviewKind, ReviewSeverity } from './review-item.model';

const SEVERITY_ORDER: Record<ReviewSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const KIND_ORDER = new Map(Object.values(ReviewKind).map((k, i) => [k, i]));

/** Which kind a finding id belongs to, by its prefix (ids are `<prefix>:<what it is about>`). */
const ID_PREFIX: Record<string, ReviewKind> = {
  'same-person': ReviewKind.SAME_PERSON_ACROSS_ISSUERS,
  'similar-org': ReviewKind.SIMILAR_ORGANIZATIONS,
  'removal-conflict': ReviewKind.REMOVAL_CONFLICTS_WITH_HOLDER,
  probation: ReviewKind.PROBATION_ENDED_UNCONFIRMED,
  'two-holders': ReviewKind.TWO_OPEN_HOLDERS,
  'name-issuers': ReviewKind.NAME_UNDER_TWO_ISSUERS,
  unparsed: ReviewKind.UNPARSED_LINE,
};

/**
 * Findings are computed from the current data each time, each with a stable id, so that a
 * dismissal (kept with its reason) hides exactly that finding and a new one still shows. The rules
 * that decide what is a finding are pure functions in libs/tenure-rules; the finders read only
 * what those rules need.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly ds: DataSource,
    private readonly corrections: CorrectionsService,
    @Inject(REVIEW_TODAY) private readonly today: ReviewToday,
  ) {}

  /**
   * The queue, most severe first; only findings of `kind` when given. Items come without their
   * sources' lines: withSources reads them for the items a page shows.
   */
  async all(kind?: ReviewKind | null): Promise<ReviewItemModel[]> {
    const wanted = (k: ReviewKind) => !kind || kind === k;
    // Links decide which namesakes, removals and double holders they already explain.
    const linkedKinds = [ReviewKind.NAME_UNDER_TWO_ISSUERS, ReviewKind.REMOVAL_CONFLICTS_WITH_HOLDER, ReviewKind.TWO_OPEN_HOLDERS];
    const needPeople = wanted(ReviewKind.SAME_PERSON_ACROSS_ISSUERS) || linkedKinds.some(wanted);
    const seats = async () => {
      const linked = (await people)?.linked ?? new Set<string>();
      return [
        ...(wanted(ReviewKind.REMOVAL_CONFLICTS_WITH_HOLDER) ? await findRemovalConflicts(this.ds, linked) : []),
        ...(wanted(ReviewKind.TWO_OPEN_HOLDERS) ? await findTwoOpenHolders(this.ds, linked) : []),
      ];
    };
    const people = needPeople ? findPeople(this.ds) : Promise.resolve(null);
    const parts = await Promise.all([
      people.then((p) => (p ? [...p.links, ...p.namesakes] : [])),
      seats(),
      wanted(ReviewKind.SIMILAR_ORGANIZATIONS) ? findSimilarOrganizations(this.ds) : [],
      wanted(ReviewKind.PROBATION_ENDED_UNCONFIRMED) ? findUnconfirmedProbations(this.ds, this.today()) : [],
      wanted(ReviewKind.UNPARSED_LINE) ? findUnparsedLines(this.ds) : [],
    ]);
    const found = parts.flat();
    const dismissed = new Set((await this.ds.query('SELECT item_key FROM review_dismissals')).map((r: { item_key: string }) => r.item_key));
    return found.filter((item) => wanted(item.kind) && !dismissed.has(item.id)).sort(byWeight);
  }

  /** Reads the lines these items quote (one query), and returns them. */
  async withSources(items: ReviewItemModel[]): Promise<ReviewItemModel[]> {
    await fillSources(this.ds, items);
    return items;
  }

  /** The finding with this id, with its sources, if it is in the queue now. */
  async find(id: string): Promise<ReviewItemModel | null> {
    const kind = ID_PREFIX[id.slice(0, id.indexOf(':'))];
    if (!kind) return null;
    const item = (await this.all(kind)).find((i) => i.id === id);
    return item ? (await this.withSources([item]))[0] : null;
  }

  /**
   * Sets a finding aside with the reason, and records who did it; returns the audit entry's id. The
   * GraphQL mutation and the web desk both dismiss through here.
   */
  async dismiss(actor: Actor, id: string, reason: string): Promise<string> {
    if (reason.trim().length === 0) throw new UserInputError('reason', 'say why the finding needs no correction');
    const item = await this.find(id);
    if (!item) throw ReviewError.notFound(id);
    return this.ds.transaction(async (m) => {
      await m.query('INSERT INTO review_dismissals (item_key, reason, actor) VALUES ($1, $2, $3) ON CONFLICT (item_key) DO NOTHING', [
        id,
        reason.trim(),
        actor.name,
      ]);
      return writeAudit(m, { actor: actor.name, action: 'dismissReviewItem', reason: reason.trim(), before: item, after: { dismissed: id } });
    });
  }

  /**
   * Settles a finding with the correction it proposes — two records of one person, or of one
   * organisation, merged — through the corrections service, audited there like any merge (and
   * undone like any: a split, or a correction of the events). Returns the audit entry's id.
   */
  async accept(actor: Actor, id: string, reason: string): Promise<string> {
    if (reason.trim().length === 0) throw new UserInputError('reason', 'say why the two records are one');
    const item = await this.find(id);
    if (!item) throw ReviewError.notFound(id);
    if (!ACCEPTABLE.has(item.kind)) throw ReviewError.notAcceptable(id, item.kind);
    const origin = { reviewItem: id };
    if (item.kind === ReviewKind.SAME_PERSON_ACROSS_ISSUERS) {
      return this.corrections.mergePeople(actor, (item.refs.people ?? []).map((p) => p.id!), reason.trim(), origin);
    }
    return this.corrections.mergeOrganizations(actor, (item.refs.organizations ?? []).map((o) => o.id), reason.trim(), origin);
  }
}

/** Most severe first, then by kind; within a kind, the order its finder gives (the sort is stable). */
function byWeight(a: ReviewItemModel, b: ReviewItemModel): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
}
