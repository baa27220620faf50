/**
 * Acting posts (domain.md, "Acting (代理)"): `A代理P` makes A the acting holder of P's seat, a post
 * of its own named `<organisation>代理<title>` (the parser's acting reader). The acting tenure ends,
 * inferred, when P itself is filled — by A or by anyone — or when another acting holder is named
 * (the acting post is a single seat of its own: seat-kind.rule).
 */
const ACTING = /^(?:代理|代行)(.{2,})$/;

/** The title an acting title stands in for (`代理局长` → `局长`), or null for a title that is not acting. */
export function principalTitle(title: string): string | null {
  const m = ACTING.exec(title);
  return m ? m[1] : null;
}

export function isActingTitle(title: string): boolean {
  return principalTitle(title) !== null;
}
