import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventRecord, TenureRecord, readEvents, readTenures } from '@renmian/exports';

/** The latest correction of an event: why, and by whom. */
export interface CorrectionNote {
  reason: string;
  actor: string;
  at: Date;
}

export interface PersonTimeline {
  id: string;
  name: string;
  jurisdiction: string;
  disambiguator: number;
  tenures: TenureRecord[];
  /** Stated events and inferred ends, each with the notice and line it rests on, oldest first. */
  events: EventRecord[];
}

/**
 * A person's timeline. A name can belong to several people (one per issuer, or split by an
 * editor): each is returned apart, never blended into one life. Tenures and the change log come
 * from the same readers as the exports, in one query each for all the people of the name.
 */
@Injectable()
export class PersonReader {
  constructor(private readonly ds: DataSource) {}

  async byName(name: string): Promise<PersonTimeline[]> {
    const people: { id: string; name: string; jurisdiction: string; disambiguator: number }[] = await this.ds.query(
      `SELECT DISTINCT s.id::text, s.name, s.jurisdiction, s.disambiguator
         FROM people p JOIN people s ON s.id = coalesce(p.merged_into, p.id)
        WHERE p.name = $1 ORDER BY s.jurisdiction, s.disambiguator, s.id::text`,
      [name],
    );
    if (people.length === 0) return [];
    const personIds = people.map((p) => p.id);
    const [tenures, events] = await Promise.all([readTenures(this.ds, { personIds }), readEvents(this.ds, { personIds })]);
    const byStart = (a: TenureRecord, b: TenureRecord) =>
      (a.start ?? '').localeCompare(b.start ?? '') || (a.end ?? '\uffff').localeCompare(b.end ?? '\uffff') || a.post.localeCompare(b.post);
    return people.map((p) => ({
      ...p,
      tenures: tenures.filter((t) => t.personId === p.id).sort(byStart),
      events: events.filter((e) => e.personId === p.id),
    }));
  }

  /**
   * The latest correction of each of these events, from the audit log (where every correction
   * writes its reason), so the page says an event was corrected and why.
   */
  async corrections(eventIds: string[]): Promise<Map<string, CorrectionNote>> {
    if (eventIds.length === 0) return new Map();
    const rows: (CorrectionNote & { event: string })[] = await this.ds.query(
      `SELECT DISTINCT ON (a.before->>'lineage_id') a.before->>'lineage_id' AS event, a.reason, a.actor, a.at
         FROM audit_log a WHERE a.action = 'correctEvent' AND a.before->>'lineage_id' = ANY($1::text[])
        ORDER BY a.before->>'lineage_id', a.at DESC`,
      [eventIds],
    );
    return new Map(rows.map(({ event, ...note }) => [event, note]));
  }
}
