import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UNKNOWN_ISSUER, knownNotices } from '@renmian/ingestion';
import type { ParsedNotice } from '@renmian/notice-parser';
import { resolveShortPost, seatKind } from '@renmian/tenure-rules';
import { chineseDate } from '../../common/labels.util';
import type { NoticeStanding, PreviewWarning } from './preview.types';


interface Appointment {
  person: string;
  position: string;
  jurisdiction: string;
  day: string | null;
  line: number;
}

function appointments(notices: ParsedNotice[]): Appointment[] {
  return notices.flatMap((n) =>
    n.events
      .filter((e) => e.type === 'appoint')
      // The post as the ingestion will store it: a short post (`市公安局局长`) under its issuer's place.
      .map((e) => ({ person: e.person, position: resolveShortPost(e.position, n.issuer), jurisdiction: n.issuer ?? UNKNOWN_ISSUER, day: e.effectiveOn ?? n.date, line: e.source.line })),
  );
}

/**
 * What the database already says about a text before it is loaded — read only, a few queries for
 * the whole text: whether it or its notices are known, who of the same name holds a post under
 * another issuer, and whose single-seat post an appointment would end.
 */
@Injectable()
export class PreviewChecksReader {
  constructor(private readonly ds: DataSource) {}

  /** Loaded before: the same text, or the same file's bytes (either makes the ingestion add nothing). */
  async loadedBefore(textSha256: string, bytesSha256: string | null): Promise<boolean> {
    return (await this.ds.query('SELECT 1 FROM documents WHERE content_hash = $1 OR sha256 = $2 LIMIT 1', [textSha256, bytesSha256])).length > 0;
  }

  /** Each notice's standing, by the same identity the ingestion uses (issuer and number, else text hash). */
  async standings(notices: ParsedNotice[], textHashes: string[]): Promise<NoticeStanding[]> {
    const known = await knownNotices(this.ds, notices, textHashes);
    return known.map((k) => (k === null ? 'new' : k.retractedAt ? 'retracted' : 'known'));
  }

  /** A person of the same name who holds a post now under another issuer: maybe the same person. */
  async namesElsewhere(notices: ParsedNotice[]): Promise<PreviewWarning[]> {
    const wanted = appointments(notices);
    if (wanted.length === 0) return [];
    const rows: { name: string; jurisdiction: string; post: string }[] = await this.ds.query(
      `SELECT DISTINCT pe.name, pe.jurisdiction, po.name AS post
         FROM people pe JOIN tenures t ON t.person_id = pe.id AND t.superseded_at IS NULL AND upper_inf(t.valid)
         JOIN posts po ON po.id = t.post_id
        WHERE pe.name = ANY($1::text[]) AND pe.merged_into IS NULL ORDER BY pe.name, pe.jurisdiction, po.name`,
      [[...new Set(wanted.map((a) => a.person))]],
    );
    const out: PreviewWarning[] = [];
    const said = new Set<string>();
    // By name, so a gazette of thousands of appointments is not compared with every row.
    const byName = new Map<string, typeof rows>();
    for (const r of rows) {
      const same = byName.get(r.name);
      if (same) same.push(r);
      else byName.set(r.name, [r]);
    }
    for (const a of wanted) {
      for (const r of (byName.get(a.person) ?? []).filter((r) => r.jurisdiction !== a.jurisdiction)) {
        const key = `${a.person}|${a.jurisdiction}|${r.jurisdiction}|${r.post}`;
        if (said.has(key)) continue;
        said.add(key);
        out.push({
          kind: 'name-elsewhere',
          line: a.line,
          text: `${a.person} 已在${r.jurisdiction}的通知中任 ${r.post}。本通知由${a.jurisdiction === UNKNOWN_ISSUER ? '不明机关' : a.jurisdiction}发布，载入后将记为另一人；若是同一人，可在“待核查”中合并。`,
        });
      }
    }
    return out;
  }

  /** Appointments to a single-seat post someone else holds with no end: their tenure will end by inference. */
  async endedHolders(notices: ParsedNotice[]): Promise<PreviewWarning[]> {
    const wanted = appointments(notices).filter((a) => seatKind(a.position) === 'single' && a.day !== null);
    if (wanted.length === 0) return [];
    // One query for the whole text; a post merged into another answers as the survivor.
    const rows: { i: number; name: string; start: string | null }[] = await this.ds.query(
      `SELECT w.i::int, pe.name, t.start_on::text AS start
         FROM unnest($1::text[], $2::date[], $3::text[], $4::text[]) WITH ORDINALITY AS w(position, day, person, jurisdiction, i)
         JOIN posts p ON p.name = w.position
         JOIN tenures t ON t.post_id = coalesce(p.merged_into, p.id) AND t.superseded_at IS NULL AND upper_inf(t.valid)
                       AND (t.start_on IS NULL OR t.start_on < w.day)
         JOIN people pe ON pe.id = t.person_id
        WHERE NOT (pe.name = w.person AND pe.jurisdiction = w.jurisdiction)
        ORDER BY w.i, pe.name`,
      [wanted.map((a) => a.position), wanted.map((a) => a.day), wanted.map((a) => a.person), wanted.map((a) => a.jurisdiction)],
    );
    return rows.map((r) => {
      const a = wanted[r.i - 1];
      return {
        kind: 'ends-holder' as const,
        line: a.line,
        text: `${a.position} 只有一个职位，现由 ${r.name} 担任（${r.start ? `${chineseDate(r.start)}起` : '起始日期未载明'}）。任命 ${a.person} 将结束其任职（推断离任，在其任职记录中标明“推断”）。`,
      };
    });
  }
}
