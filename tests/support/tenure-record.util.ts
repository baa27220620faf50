import type { TenureRecord } from '@renmian/exports';

/** A tenure as the exports receive it: 张晓明, 青禾市财政局局长 since 2024-03-09, open; `over` changes any field. */
export function tenureRecord(over: Partial<TenureRecord> = {}): TenureRecord {
  return {
    personId: '7',
    person: '张晓明',
    jurisdiction: '青禾市人民政府',
    postId: '3',
    post: '青禾市财政局局长',
    title: '局长',
    organizationId: '2',
    organization: '青禾市财政局',
    start: '2024-03-09',
    end: null,
    endReason: null,
    endInferred: false,
    probationEnd: null,
    source: { key: '青政任〔2024〕3号', docNumber: '青政任〔2024〕3号', issuer: '青禾市人民政府', title: '关于任免张晓明等同志职务的通知', signedOn: '2024-03-09' },
    ...over,
  };
}
