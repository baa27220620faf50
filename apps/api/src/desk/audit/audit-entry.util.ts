import { linkTo } from '../../web/views/html.util';
import type { AuditLink, AuditNames, AuditRow } from './audit.reader';

/** One thing an entry changed, in words: what, from, to. */
export interface AuditChange {
  field: string;
  before: string;
  after: string;
}

export const ACTION_WORDS: Record<string, string> = {
  correctEvent: '更正任免事项',
  retractNotice: '撤销通知',
  mergePeople: '合并人员',
  splitPerson: '拆分人员',
  mergeOrganizations: '合并机构',
  dismissReviewItem: '忽略核查项',
  createApiKey: '创建密钥',
  revokeApiKey: '吊销密钥',
  loadNotices: '载入通知',
};

const EVENT_FIELDS: Record<string, string> = {
  person_id: '人员',
  post_id: '职务',
  type: '事项',
  effective_on: '生效日期',
  probation_months: '试用期（月）',
  rank: '职级',
  precedence_after: '排序（列…之后）',
};

const TYPE_WORDS: Record<string, string> = { appoint: '任命', remove: '免去', auto_remove: '职务自然免除' };

type Json = Record<string, unknown>;

function obj(v: unknown): Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
}

function str(v: unknown): string | null {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

function list(v: unknown): Json[] {
  return Array.isArray(v) ? v.map(obj) : [];
}

/** Every id an entry names, by kind, for one lookup over a page of entries. */
export function idsMentioned(rows: AuditRow[]): { people: string[]; posts: string[]; organizations: string[]; notices: string[] } {
  const ids = { people: [] as string[], posts: [] as string[], organizations: [] as string[], notices: [] as string[] };
  const add = (into: string[], v: unknown) => {
    const s = str(v);
    if (s) into.push(s);
  };
  for (const r of rows) {
    const before = obj(r.before);
    const after = obj(r.after);
    if (r.action === 'correctEvent') {
      for (const v of [before, after]) {
        add(ids.people, v.person_id);
        add(ids.posts, v.post_id);
      }
      add(ids.notices, before.notice_id);
    }
    if (r.action === 'mergePeople') add(ids.people, after.into);
    if (r.action === 'mergeOrganizations') add(ids.organizations, after.into);
  }
  return ids;
}

/** Where to see what an entry changed. */
export function linksOf(r: AuditRow, names: AuditNames): AuditLink[] {
  const before = obj(r.before);
  const after = obj(r.after);
  const links: AuditLink[] = [];
  const person = (id: unknown, label = '人员') => {
    const name = names.people.get(str(id) ?? '');
    if (name) links.push({ label: `${label}：${name}`, href: `${linkTo('person', name)}#p${str(id)}` });
  };
  const notice = (key: string | null | undefined, line?: unknown) => {
    if (key) links.push({ label: `通知：${key}`, href: `${linkTo('notice', key)}${str(line) ? `#L${str(line)}` : ''}` });
  };
  switch (r.action) {
    case 'correctEvent':
      notice(names.notices.get(str(before.notice_id) ?? ''));
      person(after.person_id);
      if (str(before.person_id) !== str(after.person_id)) person(before.person_id, '原人员');
      break;
    case 'retractNotice':
      notice(str(before.docNumber));
      break;
    case 'mergePeople':
      person(after.into, '合并后');
      break;
    case 'splitPerson': {
      const name = str(obj(before.person).name);
      if (name) links.push({ label: `人员：${name}`, href: `${linkTo('person', name)}#p${str(after.newPersonId) ?? ''}` });
      break;
    }
    case 'mergeOrganizations': {
      const name = names.organizations.get(str(after.into) ?? '');
      if (name) links.push({ label: `机构：${name}`, href: linkTo('org', name) });
      break;
    }
    case 'dismissReviewItem': {
      const source = list(before.sources)[0];
      if (source) notice(str(source.docNumber), source.line);
      break;
    }
    case 'loadNotices':
      for (const n of list(after.notices)) notice(str(n.key));
      break;
  }
  return links;
}

function eventValue(field: string, v: unknown, names: AuditNames): string {
  const s = str(v);
  if (s === null) return '（无）';
  if (field === 'person_id') return names.people.get(s) ?? `人员 ${s}`;
  if (field === 'post_id') return names.posts.get(s) ?? `职务 ${s}`;
  if (field === 'type') return TYPE_WORDS[s] ?? s;
  return s;
}

/** What an entry changed, field by field where the entry has fields (an event), else in a sentence. */
export function changesOf(r: AuditRow, names: AuditNames): AuditChange[] {
  const before = obj(r.before);
  const after = obj(r.after);
  if (r.action === 'correctEvent') {
    return Object.keys(EVENT_FIELDS)
      .filter((f) => str(before[f]) !== str(after[f]))
      .map((f) => ({ field: EVENT_FIELDS[f], before: eventValue(f, before[f], names), after: eventValue(f, after[f], names) }));
  }
  if (r.action === 'mergePeople') {
    const people = list(before.people).map((p) => `${str(p.name)}（${str(p.jurisdiction)}）`);
    return [{ field: '人员', before: people.join('、'), after: names.people.get(str(after.into) ?? '') ?? `人员 ${str(after.into)}` }];
  }
  if (r.action === 'mergeOrganizations') {
    const orgs = list(before.organizations).map((o) => str(o.name));
    return [{ field: '机构', before: orgs.join('、'), after: names.organizations.get(str(after.into) ?? '') ?? `机构 ${str(after.into)}` }];
  }
  if (r.action === 'splitPerson') {
    const events = Array.isArray(after.events) ? after.events.length : 0;
    return [{ field: '人员', before: str(obj(before.person).name) ?? '', after: `${events} 项任免移至新的同名人员` }];
  }
  if (r.action === 'retractNotice') return [{ field: '通知', before: '有效', after: '已撤销' }];
  if (r.action === 'dismissReviewItem') return [{ field: '核查项', before: str(before.summary) ?? '', after: '已忽略' }];
  if (r.action === 'loadNotices') {
    const known = Number(str(after.noticesAlreadyKnown) ?? 0);
    if (after.loaded === false) return [{ field: '载入', before: '', after: '没有新内容：同一文件或文本此前已载入' }];
    if (list(after.notices).length === 0) return [{ field: '载入', before: '', after: `没有新内容：${known} 份通知此前已知` }];
    const also = known > 0 ? `（另有 ${known} 份此前已知）` : '';
    return [{ field: '载入', before: '', after: `${list(after.notices).length} 份通知${also}，${str(after.events) ?? 0} 项任免，${str(after.unparsedLines) ?? 0} 行未能读取` }];
  }
  return [];
}
