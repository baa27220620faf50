import { foldScript } from '@renmian/notice-parser';
import { OrganizationRecord, SimilarOrganizations, SimilarityReason, placeUnits, similarOrganizations } from '@renmian/tenure-rules';
import { ReviewItemModel, ReviewKind } from '../review-item.model';
import { Queryable, reviewItem } from './review-item.factory';

export const fold = (text: string): string => foldScript(text).text;

/**
 * SIMILAR_ORGANIZATIONS: organisation records that are probably one organisation written two ways
 * (the rule is similarOrganizations in libs/tenure-rules). Issuers are read only for names that
 * start with a level word (`市公安局`), the only ones whose meaning depends on who wrote them.
 */
export async function findSimilarOrganizations(m: Queryable): Promise<ReviewItemModel[]> {
  const rows: { id: string; name: string; issuers: string[] }[] = await m.query(
    `SELECT o.id::text, o.name,
            CASE WHEN o.name ~ '^[省市县縣区區州盟旗]' THEN ARRAY(
              SELECT DISTINCT n.issuer FROM posts po JOIN events e ON e.post_id = po.id JOIN notices n ON n.id = e.notice_id
               WHERE po.organization_id = o.id AND e.superseded_at IS NULL AND n.issuer IS NOT NULL ORDER BY n.issuer)
            ELSE '{}' END AS issuers
       FROM organizations o WHERE o.merged_into IS NULL`,
  );
  const pairs = similarOrganizations(rows, fold);
  if (pairs.length === 0) return [];
  const firstEvents = await firstEventOf(m, pairs.flatMap((p) => [p.a.id, p.b.id]));
  return pairs.map((p) =>
    reviewItem({
      id: `similar-org:${p.a.id}:${p.b.id}`,
      kind: ReviewKind.SIMILAR_ORGANIZATIONS,
      summary: summary(p),
      evidence: [`机构 ${p.a.id}：${p.a.name}`, `机构 ${p.b.id}：${p.b.name}`, why(p.reason)],
      sourceEvents: [firstEvents.get(p.a.id) ?? null, firstEvents.get(p.b.id) ?? null],
      refs: { organizations: [organization(p.a), organization(p.b)] },
    }),
  );
}

function organization(o: OrganizationRecord): { id: string; name: string } {
  return { id: o.id, name: o.name };
}

/** The earliest event naming a post of each organisation: where a person sees the name used. */
async function firstEventOf(m: Queryable, orgIds: string[]): Promise<Map<string, string>> {
  const rows: { org: string; event: string }[] = await m.query(
    `SELECT DISTINCT ON (po.organization_id) po.organization_id::text AS org, e.id::text AS event
       FROM posts po JOIN events e ON e.post_id = po.id
      WHERE po.organization_id = ANY($1::bigint[]) AND e.superseded_at IS NULL
      ORDER BY po.organization_id, e.id`,
    [[...new Set(orgIds)]],
  );
  return new Map(rows.map((r) => [r.org, r.event]));
}

function summary({ a, b, reason }: SimilarOrganizations): string {
  switch (reason.kind) {
    case 'SAME_FOLDED':
      return `“${a.name}”与“${b.name}”是同一名称的繁简或异体写法：应为同一机构。`;
    case 'SAME_IN_PLACE': {
      const [short, full] = placeUnits(fold(a.name)).length === 0 ? [a, b] : [b, a];
      return reason.issuer
        ? `“${short.name}”是${reason.issuer}通知中的简称，即“${full.name}”：应为同一机构。`
        : `“${a.name}”与“${b.name}”只是地名写法不同（均在${reason.place}）：应为同一机构。`;
    }
    case 'CONFUSION':
      return `“${a.name}”与“${b.name}”只差${reason.pairs.map(([x, y]) => `“${x}/${y}”`).join('、')}，是常见的错字或识别混淆：可能是同一机构。`;
    case 'DROPPED':
      return `“${a.name}”与“${b.name}”只差一个“${reason.char}”字（可能漏字）：可能是同一机构。`;
    case 'DOUBLED':
      return `“${a.name}”与“${b.name}”只差一个重复的“${reason.char}”字：可能是同一机构。`;
  }
}

function why(reason: SimilarityReason): string {
  switch (reason.kind) {
    case 'SAME_FOLDED':
      return '繁简转换后名称相同';
    case 'SAME_IN_PLACE':
      return reason.issuer ? `按发文机关（${reason.issuer}）补全地名后名称相同` : `去掉地名（${reason.place}）后名称相同`;
    case 'CONFUSION':
      return `混淆字：${reason.pairs.map((p) => p.join('/')).join('、')}`;
    case 'DROPPED':
      return `多/少一字：${reason.char}`;
    case 'DOUBLED':
      return `重复字：${reason.char}`;
  }
}
