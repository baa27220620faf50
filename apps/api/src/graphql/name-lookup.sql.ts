/**
 * Names as people type them, resolved to what they now stand for: an organisation merged into
 * another (or known by an alias) answers as the survivor; a post merged into its twin likewise.
 * `param` is the placeholder carrying the name.
 */
export function organizationIdsNamed(param: string): string {
  return `(SELECT coalesce(o.merged_into, o.id) FROM organizations o WHERE o.name = ${param}
           UNION SELECT a.organization_id FROM organization_aliases a WHERE a.name = ${param})`;
}

export function postIdsNamed(param: string): string {
  return `(SELECT coalesce(p.merged_into, p.id) FROM posts p WHERE p.name = ${param})`;
}
