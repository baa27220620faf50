import { Injectable } from '@nestjs/common';
import { normaliseDocumentText, noticeTextHash, sha256 } from '@renmian/ingestion/notice-key.util';
import { PreviewChecksReader } from './preview-checks.reader';
import { PreviewParser } from './preview.parser';
import type { PreparedText } from '@renmian/ingestion';
import type { DocumentMeta, Preview, PreviewWarning } from './preview.types';

/** A text as the desk keeps it between preview and confirmation. */
export interface PreviewSource {
  token: string;
  filename: string | null;
  text: string;
  document: DocumentMeta | null;
}

/** The sha256 the ingestion identifies a text by (line endings and a BOM do not make a new text). */
export function textIdentity(text: string): string {
  return sha256(normaliseDocumentText(text));
}

/**
 * What loading a text would do, worked out without writing: the parser's reading of it (the same
 * call the ingestion makes, on the same normalised text) and the database's view of what it names.
 */
@Injectable()
export class PreviewBuilder {
  constructor(
    private readonly checks: PreviewChecksReader,
    private readonly parser: PreviewParser,
  ) {}

  /** `prepared`: the text as already parsed for this source, when the caller has it (confirmation). */
  async build(source: PreviewSource, prepared?: PreparedText): Promise<Preview> {
    const { normalised, parsed } = prepared ?? (await this.parser.prepare(source.text));
    const lines = normalised.split('\n');
    const hashes = parsed.notices.map((n) => noticeTextHash(lines, n.source.startLine, n.source.endLine));
    const [loadedBefore, standings, elsewhere, ended] = await Promise.all([
      this.checks.loadedBefore(sha256(normalised), source.document?.sha256 ?? null),
      this.checks.standings(parsed.notices, hashes),
      this.checks.namesElsewhere(parsed.notices),
      this.checks.endedHolders(parsed.notices),
    ]);
    const notices = parsed.notices.map((notice, i) => ({ notice, key: notice.docNumber ?? hashes[i].slice(0, 16), standing: standings[i] }));
    const warnings: PreviewWarning[] = [];
    if (loadedBefore) warnings.push({ kind: 'loaded-before', text: '这份文本已经载入过：确认载入不会有任何改变。' });
    for (const n of notices) {
      const name = n.notice.docNumber ?? `“${n.notice.title ?? '无标题通知'}”`;
      if (n.standing === 'known') warnings.push({ kind: 'known', line: n.notice.source.startLine, text: `${name} 已经载入过（同一发文机关、同一文号），确认时将跳过。` });
      if (n.standing === 'retracted') warnings.push({ kind: 'known', line: n.notice.source.startLine, text: `${name} 已被撤销，确认时不会重新载入。` });
      if (n.notice.date === null && n.notice.events.some((e) => e.effectiveOn === null)) {
        warnings.push({ kind: 'no-date', line: n.notice.source.startLine, text: `${name} 没有找到日期：其任免事项会被保存，但不会使任何人任职或离任。` });
      }
    }
    warnings.push(...elsewhere, ...ended);
    return { token: source.token, filename: source.filename, document: source.document, lines, notices, unparsed: parsed.unparsed, warnings, loadedBefore };
  }
}
