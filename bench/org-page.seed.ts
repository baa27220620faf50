import type { DataSource } from 'typeorm';
import { addDays, addMonths, seatKind } from '@renmian/tenure-rules';
import { Rng } from './prng.util';

/**
 * One organisation of 40 posts with 20 years of tenures, written straight into the tables the
 * pages read (what the ingestion would have derived): single seats held one after another, with
 * some inferred ends, some stretches empty, an unknown first start; seats of several (副局长,
 * 副科长) held by two or three at once; a probation on some appointments. Each known start rests on
 * an appointment event in a notice of its year, so the pages' links have somewhere to go.
 * Invented names only.
 */
export const BENCH_ORGANIZATION = '澄江市综合服务局';
export const YEARS = { from: 2006, to: 2025 };
const SECTIONS = ['综合', '规划', '财务', '人事', '法规', '信息', '审批', '监督', '宣传', '后勤', '安全', '统计', '档案', '外联', '培训', '督查', '科技', '应急', '质量'];
const SURNAMES = '甄卜蔺屈喻柏窦阮麻沙';
const GIVEN = '明远安若清和景行嘉言思齐怀瑾宁致星河';

export function benchTitles(): string[] {
  const titles = ['局长', '副局长'];
  for (const s of SECTIONS) titles.push(`${s}科科长`, `${s}科副科长`);
  return titles;
}

interface Planned {
  person: string;
  title: string;
  start: string | null;
  end: string | null;
  reason: string | null;
  inferred: boolean;
  probationEnd: string | null;
}

function plan(title: string, random: () => number, names: () => string): Planned[] {
  const out: Planned[] = [];
  const last = `${YEARS.to}-12-31`;
  const lanes = seatKind(title) === 'single' ? 1 : 2 + Math.floor(random() * 2);
  for (let lane = 0; lane < lanes; lane++) {
    let day = `${YEARS.from}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    let first = true;
    while (day < last) {
      const end = addMonths(day, 18 + Math.floor(random() * 48));
      const gap = random() < 0.25 ? 30 + Math.floor(random() * 200) : 0;
      const next = gap ? addDays(end, gap) : end;
      const open = end >= last;
      const probation = random() < 0.3 ? addDays(addMonths(day, 12), -1) : null;
      out.push({
        person: names(),
        title,
        start: first && lane === 0 && random() < 0.5 ? null : day,
        end: open ? null : end,
        reason: open ? null : gap || lanes > 1 ? 'REMOVED' : 'SUPERSEDED',
        inferred: !open && !gap && lanes === 1,
        probationEnd: probation && (open || probation < end) ? probation : null,
      });
      first = false;
      day = next;
    }
  }
  return out;
}

export async function seedBenchOrganization(ds: DataSource, seed = 20261204): Promise<{ posts: number; tenures: number }> {
  const rng = new Rng(seed);
  const random = () => rng.next();
  let counter = 0;
  const names = () => `${SURNAMES[Math.floor(random() * SURNAMES.length)]}${GIVEN[Math.floor(random() * GIVEN.length)]}${GIVEN[Math.floor(random() * GIVEN.length)]}${++counter}`;
  const issuer = '澄江市人民政府';
  return ds.transaction(async (m) => {
    const [{ id: org }] = await m.query(`INSERT INTO organizations (name) VALUES ($1) RETURNING id`, [BENCH_ORGANIZATION]);
    const notices = new Map<number, string>();
    for (let y = YEARS.from; y <= YEARS.to + 1; y++) {
      const [{ id: doc }] = await m.query(`INSERT INTO documents (content_hash, byte_size) VALUES ($1, 0) RETURNING id`, [`bench-${y}`]);
      const [{ id }] = await m.query(
        `INSERT INTO notices (document_id, issuer, doc_number, title, signed_on, text_hash, start_line, end_line) VALUES ($1, $2, $3, $4, $5, $6, 1, 1) RETURNING id`,
        [doc, issuer, `澄政任〔${y}〕1号`, `${issuer}关于任免工作人员职务的通知`, `${y}-01-01`, `bench-${y}`],
      );
      notices.set(y, id);
    }
    let tenures = 0;
    let ordinal = 0;
    const titles = benchTitles();
    for (const title of titles) {
      const [{ id: post }] = await m.query(`INSERT INTO posts (organization_id, title, name, seat_kind) VALUES ($1, $2, $3, $4) RETURNING id`, [
        org,
        title,
        `${BENCH_ORGANIZATION}${title}`,
        seatKind(title),
      ]);
      for (const t of plan(title, random, names)) {
        const [{ id: person }] = await m.query(`INSERT INTO people (name, jurisdiction) VALUES ($1, $2) RETURNING id`, [t.person, issuer]);
        let opened: string | null = null;
        if (t.start) {
          const [{ id }] = await m.query(
            `INSERT INTO events (notice_id, type, effective_on, person_id, post_id, person_text, position_text, source_line, source_text, ordinal)
             VALUES ($1, 'appoint', $2, $3, $4, $5, $6, 1, $7, $8) RETURNING id`,
            [notices.get(Number(t.start.slice(0, 4))), t.start, person, post, t.person, `${BENCH_ORGANIZATION}${title}`, `${t.person}为${BENCH_ORGANIZATION}${title}`, ++ordinal],
          );
          opened = id;
        }
        await m.query(
          `INSERT INTO tenures (person_id, post_id, organization_id, start_on, end_on, start_known, end_reason, end_inferred, probation_end, opened_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [person, post, org, t.start, t.end, t.start !== null, t.reason, t.inferred, t.probationEnd, opened],
        );
        tenures++;
      }
    }
    return { posts: titles.length, tenures };
  });
}
