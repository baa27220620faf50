/**
 * The lines a clause spans. Events keep the line a clause starts on and its whole text; a clause
 * broken across lines (`郭翠菊的…副主任` / `职务；`) continues on the following lines for as long as
 * their text carries on the clause's. Blank lines in between are passed over; anything else ends
 * the span, so a line is never claimed by a clause it is not part of.
 */
const IGNORED = /[\s；;。.，,]/g;

/**
 * `cleaned` keeps each line's text without the ignored characters across calls: a grid asks for
 * one span per event, and a hostile line holding thousands of clauses must be cleaned once, not
 * once per clause (that was 34 s for a 1 MB line of 18,981 decisions).
 */
export function clauseSpan(lines: string[], firstLineNo: number, startLine: number, clauseText: string, cleaned = new Map<number, string>()): number[] {
  let rest = clauseText.replace(IGNORED, '');
  const span: number[] = [];
  for (let no = startLine; no < firstLineNo + lines.length && rest.length > 0; no++) {
    let text = cleaned.get(no);
    if (text === undefined) {
      text = lines[no - firstLineNo].replace(IGNORED, '');
      cleaned.set(no, text);
    }
    if (text === '') continue;
    if (no === startLine) {
      // The first line may begin with what came before the clause (`任命：`, an enumerator).
      const at = text.indexOf(rest.slice(0, Math.min(rest.length, 4)));
      if (at < 0) break;
      const own = text.slice(at);
      if (!rest.startsWith(own) && !own.startsWith(rest)) break;
      rest = rest.slice(Math.min(own.length, rest.length));
    } else {
      if (!rest.startsWith(text)) break;
      rest = rest.slice(text.length);
    }
    span.push(no);
  }
  return span.length ? span : [startLine];
}
