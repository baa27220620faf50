import { ocrPageLimitFromEnv } from './ocr-limit.util';
import { readDocument } from '@renmian/documents';
import { parseNotices } from '@renmian/notice-parser';
import { PagedParseResult, pageLabel, withPages } from './document-output.util';
import { readFileBytes } from './read-text-file.util';
import { UsageError } from './usage.error';

/**
 * `parse FILE [--json] [--explain]`. FILE is any document readDocument reads (UTF-8 text, PDF,
 * Word, a saved web page, PNG or JPEG), told by its content. With --json, stdout carries exactly
 * one JSON document (outside checks read it): the parse, with `page` beside each line where the
 * document has pages, and `document` (kind, sha256, pageCount, ocr); otherwise a table for people. --explain shows, for each event, the clause form
 * that read it and the text it read, and for each sentence that speaks of a decision but gave no
 * event, why (not understood, or judged a proposal or background).
 */
export async function parseCommand(args: string[], out: (s: string) => void): Promise<number> {
  const json = args.includes('--json');
  const explain = args.includes('--explain');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--explain');
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]}`);
  if (files.length !== 1) throw new UsageError('parse takes exactly one FILE');
  const doc = await readDocument(readFileBytes(files[0]), { name: files[0], ocrPageLimit: ocrPageLimitFromEnv() });
  const result = withPages(parseNotices(doc.text, { explain }), doc);
  out(json ? JSON.stringify(result, null, 2) : explain ? formatExplanation(result) : formatTable(result));
  return 0;
}

/** The reading behind each event, and why each decision-like sentence gave none. */
export function formatExplanation(result: PagedParseResult): string {
  const out: string[] = [];
  for (const n of result.notices) {
    out.push(`notice ${n.docNumber ?? '(无文号)'} ${n.date ?? '(日期不明)'} lines ${n.source.startLine}-${n.source.endLine}`);
    for (const e of n.events) {
      out.push(`  L${e.source.line}${pageLabel(e.source)} ${TYPE_LABEL[e.type]} ${e.person} ${e.position}`);
      out.push(`      by ${e.source.reader ?? '?'} from “${e.source.span ?? e.source.text}”`);
    }
  }
  for (const u of result.unparsed) out.push(`not read L${u.line}${pageLabel(u)}: ${u.reason}: ${u.text}`);
  for (const u of result.setAside ?? []) out.push(`set aside L${u.line}${pageLabel(u)}: ${u.reason}: “${u.text}”`);
  if (out.length === 0) out.push('no notice, and no sentence that speaks of a decision');
  return out.join('\n');
}

const TYPE_LABEL = { appoint: '任命', remove: '免去', auto_remove: '自然免除' } as const;

export function formatTable(result: PagedParseResult): string {
  const out: string[] = [];
  for (const n of result.notices) {
    out.push(`${n.docNumber ?? '(无文号)'}  ${n.issuer ?? ''} ${n.title ?? ''}  ${n.date ?? '(日期不明)'}  lines ${n.source.startLine}-${n.source.endLine}`);
    for (const e of n.events) {
      const attrs = [
        e.probationMonths !== null ? `试用期${e.probationMonths}个月` : '',
        e.rank ?? '',
        e.precedenceAfter ? `列${e.precedenceAfter}之后` : '',
        e.concurrent.length > 0 ? `兼${e.concurrent.length}职` : '',
        e.effectiveOn ? `自${e.effectiveOn}起` : '',
      ].filter((a) => a.length > 0);
      out.push(`  L${`${e.source.line}${pageLabel(e.source)}`.padEnd(5)} ${TYPE_LABEL[e.type].padEnd(5, '　')} ${e.person.padEnd(4, '　')} ${e.position}${attrs.length ? '  ' + attrs.join(' ') : ''}`);
    }
    out.push('');
  }
  const events = result.notices.reduce((sum, n) => sum + n.events.length, 0);
  out.push(`${result.notices.length} notices, ${events} events, ${result.unparsed.length} unparsed lines`);
  for (const u of result.unparsed) out.push(`  unparsed L${u.line}${pageLabel(u)}: ${u.text}  (${u.reason})`);
  return out.join('\n');
}
