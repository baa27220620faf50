import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@renmian/access';
import { noticeKeySql } from '@renmian/exports';
import { similarPairs } from '@renmian/tenure-rules';
import { SourceRefModel } from '../common/models/source-ref.model';
import { writeAudit } from '../corrections/audit.writer';
import { notFound } from '../corrections/correction.errors';
import { UserInputError } from '../graphql/user-input.error';
import { ReviewItemModel, ReviewKind, ReviewRefs } from './review-item.model';

const SOURCE = (alias: string) => `json_build_object('docNumber', n.doc_number, 'issuer', n.issuer, 'date', n.signed_on::text,
  'line', ${alias}.source_line, 'text', ${alias}.source_text)`;

/**
 * Findings are computed from the current data each time, each with a stable id, so that a
 * dismissal (kept with its reason) hides exactly that finding and a new one still shows.
 */
@Injectable()
export class ReviewService {
  constructor(private readonly ds: DataSource) {}

  async all(): Promise<ReviewItemModel[]> {
    const found = [
      ...(await this.similarOrganizations()),
      ...(await this.nameUnderTwoIssuers()),
      ...(await this.tenureFindings()),
      ...(await this.twoOpenHolders()),
      ...(await this.unparsedLines()),
    ];
    const dismissed = new Set((await this.ds.query('SELECT item_key FROM review_dismissals')).map((r: { item_key: string }) => r.item_key));
    return found.filter((item) => !dismissed.has(item.id));
  }

  /**
   * Sets a finding aside with the reason, and records who did it; returns the audit entry's id. The
   * GraphQL mutation and the web desk both dismiss through here.
   */
  async dismiss(actor: Actor, id: string, reason: string): Promise<string> {
    if (reason.trim().length === 0) throw new UserInputError('reason', 'say why the finding needs no correction');
    const item = (await this.all()).find((i) => i.id === id);
    if (!item) throw notFound(`review item ${id}`);
    return this.ds.transaction(async (m) => {
      await m.query('INSERT INTO review_dismissals (item_key, reason, actor) VALUES ($1, $2, $3) ON CONFLICT (item_key) DO NOTHING', [
        id,
        reason.trim(),
        actor.name,
      ]);
      return writeAudit(m, { actor: actor.name, action: 'dismissReviewItem', reason: reason.trim(), before: item, after: { dismissed: id } });
    });
  }

  private async similarOrganizations(): Promise<ReviewItemModel[]> {
    const orgs: { id: string; name: string }[] = await this.ds.query('SELECT id::text, name FROM organizations WHERE merged_into IS NULL');
    return similarPairs(orgs).map(([a, b, d]) =>
      item(
        `similar-org:${a.id}:${b.id}`,
        ReviewKind.SIMILAR_ORGANIZATIONS,
        `“${a.name}” and “${b.name}” differ by ${d} character(s): one organisation?`,
        [`organization ${a.id}: ${a.name}`, `organization ${b.id}: ${b.name}`],
        [],
        { organizations: [a, b] },
      ),
    );
  }

  private async nameUnderTwoIssuers(): Promise<ReviewItemModel[]> {
    const rows: { name: string; issuers: string[]; sources: SourceRefModel[] }[] = await this.ds.query(
      `SELECT p.name, array_agg(DISTINCT p.jurisdiction ORDER BY p.jurisdiction) AS issuers, json_agg(${SOURCE('e')} ORDER BY e.id) AS sources
         FROM events e JOIN people p ON p.id = e.person_id JOIN notices n ON n.id = e.notice_id
        WHERE e.type = 'appoint' AND e.superseded_at IS NULL AND p.merged_into IS NULL
        GROUP BY p.name HAVING count(DISTINCT p.jurisdiction) > 1 ORDER BY p.name`,
    );
    return rows.map((r) =>
      item(`name-issuers:${r.name}`, ReviewKind.NAME_UNDER_TWO_ISSUERS, `${r.name} is appointed by ${r.issuers.join(' and ')}: one person or two?`, r.issuers, r.sources, {
        people: [{ name: r.name }],
      }),
    );
  }

  /** Removals with no known appointment, and every inferred end. */
  private async tenureFindings(): Promise<ReviewItemModel[]> {
    const rows: {
      person_id: string;
      name: string;
      post: string;
      organization: string;
      valid: string;
      start_known: boolean;
      end_inferred: boolean;
      closed_by: string;
      source: SourceRefModel;
    }[] = await this.ds.query(
      `SELECT t.person_id::text, p.name, po.name AS post, o.name AS organization, t.valid::text, t.start_known, t.end_inferred, t.closed_by::text,
              ${SOURCE('e')} AS source
         FROM tenures t JOIN people p ON p.id = t.person_id JOIN posts po ON po.id = t.post_id JOIN organizations o ON o.id = po.organization_id
         JOIN events e ON e.id = t.closed_by JOIN notices n ON n.id = e.notice_id
        WHERE t.superseded_at IS NULL AND (NOT t.start_known OR t.end_inferred)
        ORDER BY t.closed_by, t.person_id`,
    );
    return rows.map((r) => {
      const refs = { people: [{ name: r.name }], post: { name: r.post, organization: r.organization } };
      return r.end_inferred
        ? item(`inferred-end:${r.closed_by}:${r.person_id}`, ReviewKind.INFERRED_END, `${r.name}'s tenure as ${r.post} was ended by inference, not by a notice`, [r.valid], [r.source], refs)
        : item(`unknown-start:${r.closed_by}:${r.person_id}`, ReviewKind.REMOVAL_WITHOUT_APPOINTMENT, `${r.name} is removed from ${r.post} with no known appointment`, [r.valid], [r.source], refs);
    });
  }

  private async twoOpenHolders(): Promise<ReviewItemModel[]> {
    const rows: { post_id: string; post: string; organization: string; a: string; b: string; a_name: string; b_name: string; overlap: string }[] = await this.ds.query(
      `SELECT po.id::text AS post_id, po.name AS post, (SELECT o.name FROM organizations o WHERE o.id = po.organization_id) AS organization, t1.person_id::text AS a, t2.person_id::text AS b, p1.name AS a_name, p2.name AS b_name,
              (t1.valid * t2.valid)::text AS overlap
         FROM tenures t1 JOIN tenures t2 ON t2.post_id = t1.post_id AND t2.person_id > t1.person_id AND t2.valid && t1.valid
         JOIN posts po ON po.id = t1.post_id JOIN people p1 ON p1.id = t1.person_id JOIN people p2 ON p2.id = t2.person_id
        WHERE po.seat_kind = 'single' AND t1.superseded_at IS NULL AND t2.superseded_at IS NULL
        ORDER BY po.id, t1.person_id, t2.person_id`,
    );
    return rows.map((r) =>
      item(
        `two-holders:${r.post_id}:${r.a}:${r.b}`,
        ReviewKind.TWO_OPEN_HOLDERS,
        `${r.post} has one seat but ${r.a_name} and ${r.b_name} both hold it over ${r.overlap}`,
        [r.overlap],
        [],
        { people: [{ name: r.a_name }, { name: r.b_name }], post: { name: r.post, organization: r.organization } },
      ),
    );
  }

  private async unparsedLines(): Promise<ReviewItemModel[]> {
    const rows: { id: string; line: number; text: string; reason: string; filename: string | null; notice_key: string | null }[] = await this.ds.query(
      `SELECT u.id::text, u.line, u.text, u.reason, d.filename,
              (SELECT ${noticeKeySql('n')} FROM notices n WHERE n.document_id = u.document_id AND u.line BETWEEN n.start_line AND n.end_line
                ORDER BY n.id LIMIT 1) AS notice_key
         FROM unparsed_lines u JOIN documents d ON d.id = u.document_id ORDER BY u.id`,
    );
    return rows.map((r) =>
      item(`unparsed:${r.id}`, ReviewKind.UNPARSED_LINE, `line ${r.line} of ${r.filename ?? 'a document'} could not be read (${r.reason})`, [r.text], [], {
        notice: r.notice_key ? { key: r.notice_key, line: r.line } : undefined,
        unread: { line: r.line, reason: r.reason },
      }),
    );
  }
}

function item(id: string, kind: ReviewKind, summary: string, evidence: string[], sources: SourceRefModel[] = [], refs: ReviewRefs = {}): ReviewItemModel {
  return { id, kind, summary, evidence, sources, refs };
}
