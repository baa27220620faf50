import type { TenureRecord } from './export.types';

/**
 * Popolo (popoloproject.com) as EveryPolitician-style tools read it: persons, organizations, posts
 * and memberships. A membership without a stated start has no start_date (never a guessed one); an
 * inferred end is kept and said to be inferred. end_date is the day the removal took effect, as
 * everywhere else in Renmian (the person no longer held the post from that day). Each membership's
 * source is the notice's page on this service (a Popolo link needs a url), with the notice cited
 * in its note; the export validates against Popolo's own schemas (tests/unit/exports).
 */
export interface PopoloDocument {
  persons: { id: string; name: string; identifiers: { scheme: string; identifier: string }[] }[];
  organizations: { id: string; name: string }[];
  posts: { id: string; label: string; role: string; organization_id: string }[];
  memberships: PopoloMembership[];
}

export interface PopoloMembership {
  id: string;
  person_id: string;
  post_id: string;
  organization_id: string;
  role: string;
  start_date?: string;
  end_date?: string;
  end_reason?: string;
  end_inferred?: boolean;
  sources?: { url: string; note?: string }[];
}

const id = (kind: string, n: string) => `renmian:${kind}/${n}`;

/** The notice page's address, as the web app routes it (`/notice/<key>`). */
export function noticeUrl(baseUrl: string, key: string): string {
  return `${baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl}/notice/${encodeURIComponent(key)}`;
}

function membership(t: TenureRecord, baseUrl: string): PopoloMembership {
  const m: PopoloMembership = {
    id: id('membership', `${t.personId}-${t.postId}-${t.start ?? 'unknown'}`),
    person_id: id('person', t.personId),
    post_id: id('post', t.postId),
    organization_id: id('organization', t.organizationId),
    role: t.title,
  };
  if (t.start) m.start_date = t.start;
  if (t.end) {
    m.end_date = t.end;
    m.end_reason = t.endReason ?? undefined;
    m.end_inferred = t.endInferred;
  }
  const cite = t.source && [t.source.issuer, t.source.docNumber, t.source.title].filter(Boolean).join(' ');
  if (t.source) m.sources = [cite ? { url: noticeUrl(baseUrl, t.source.key), note: cite } : { url: noticeUrl(baseUrl, t.source.key) }];
  return m;
}

/** `baseUrl`: where the service is reached (PUBLIC_URL, or the address the request came to). */
export function tenuresToPopolo(tenures: TenureRecord[], baseUrl: string): PopoloDocument {
  const persons = new Map<string, PopoloDocument['persons'][number]>();
  const organizations = new Map<string, PopoloDocument['organizations'][number]>();
  const posts = new Map<string, PopoloDocument['posts'][number]>();
  for (const t of tenures) {
    persons.set(t.personId, { id: id('person', t.personId), name: t.person, identifiers: [{ scheme: 'renmian-jurisdiction', identifier: t.jurisdiction }] });
    organizations.set(t.organizationId, { id: id('organization', t.organizationId), name: t.organization });
    posts.set(t.postId, { id: id('post', t.postId), label: t.post, role: t.title, organization_id: id('organization', t.organizationId) });
  }
  return {
    persons: [...persons.values()],
    organizations: [...organizations.values()],
    posts: [...posts.values()],
    memberships: tenures.map((t) => membership(t, baseUrl)),
  };
}
