import { ApiServer, startApiServer } from '../../support/api-server.util';

/**
 * The invented notices of the tenure-edge suites, loaded through GraphQL in the order given or in
 * reverse: every answer checked must be the same both ways.
 */
export type LoadOrder = 'in order' | 'in reverse';
export const ORDERS: LoadOrder[] = ['in order', 'in reverse'];

export async function serverWith(texts: string[], order: LoadOrder): Promise<ApiServer> {
  const api = await startApiServer();
  const key = await api.editorKey();
  const list = order === 'in order' ? texts : [...texts].reverse();
  for (const [i, t] of list.entries()) {
    const r = await api.gql('mutation($t: String!, $f: String) { ingest(text: $t, filename: $f) { loaded } }', { t, f: `n${i}.txt` }, key);
    if (JSON.stringify(r.data) !== '{"ingest":{"loaded":true}}') throw new Error(`load ${i} failed: ${JSON.stringify(r)}`);
  }
  return api;
}

export interface HistoryNode {
  type: string;
  inferred: boolean;
  effectiveOn: string | null;
  person: { name: string };
  post: { name: string };
  source: { docNumber: string | null };
}

export async function history(api: ApiServer, filter: string): Promise<HistoryNode[]> {
  const r = await api.gql<{ history: { edges: { node: HistoryNode }[] } }>(
    `{ history(${filter}, first: 100) { edges { node { type inferred effectiveOn person { name } post { name } source { docNumber } } } } }`,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.history.edges.map((e) => e.node);
}

export interface HolderNode {
  person: { name: string };
  post: { name: string };
  start: string | null;
  end: string | null;
  endReason: string | null;
  endInferred: boolean;
  probationEnd: string | null;
}

const HOLDER_FIELDS = 'person { name } post { name } start end endReason endInferred probationEnd';

export async function holders(api: ApiServer, args: string): Promise<HolderNode[]> {
  const r = await api.gql<{ holders: HolderNode[] }>(`{ holders(${args}) { ${HOLDER_FIELDS} } }`);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.holders;
}

export async function probationsEnding(api: ApiServer, from: string, to: string): Promise<HolderNode[]> {
  const r = await api.gql<{ probationsEnding: HolderNode[] }>(`{ probationsEnding(from: "${from}", to: "${to}") { ${HOLDER_FIELDS} } }`);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.probationsEnding;
}

export async function page(api: ApiServer, path: string): Promise<string> {
  const res = await fetch(`${api.url}${path}`);
  return res.text();
}

/** A notice of free-form decision clauses, in the layout of the notices above; `date` yyyy-mm-dd. */
export function decisionText(issuer: string, docNumber: string, date: string, clauses: string[]): string {
  const [y, m, d] = date.split('-').map(Number);
  return [`# ${issuer} 关于任免工作人员职务的通知`, '', docNumber, '', '各部门：', '', ...clauses.flatMap((c) => [c, '']), issuer, '', `${y}年${m}月${d}日`, ''].join('\n');
}
