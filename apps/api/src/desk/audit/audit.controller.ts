import { Controller, Get, Header, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { isIsoDate } from '@renmian/tenure-rules';
import { DeskErrorFilter } from '../desk-error.filter';
import { CurrentViewer } from '../../identity/current-viewer.decorator';
import { DeskGuard } from '../session/desk.guard';
import type { Viewer } from '../../identity/viewer';
import { ACTION_WORDS, changesOf, idsMentioned, linksOf } from './audit-entry.util';
import { AuditFilter, AuditReader } from './audit.reader';
import { auditView } from './audit.view';

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** GET /audit: the audit log for people, filtered by actor and days. */
@Controller('audit')
@UseGuards(DeskGuard)
@UseFilters(DeskErrorFilter)
export class AuditController {
  constructor(private readonly audit: AuditReader) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async list(
    @Query('actor') actor: unknown,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('page') page: unknown,
    @Query('action') action: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentViewer() viewer: Viewer,
  ): Promise<string> {
    const kind = text(action);
    const filter: AuditFilter = { actor: text(actor)?.slice(0, 64) ?? null, from: text(from), to: text(to), action: kind && kind in ACTION_WORDS ? kind : null };
    const problems = (['from', 'to'] as const).filter((k) => filter[k] !== null && !isIsoDate(filter[k]!));
    const n = /^\d{1,6}$/.test(String(page ?? '')) ? Math.max(1, Number(page)) : 1;
    if (problems.length) {
      reply.status(400);
      const error = problems.map((k) => `${k === 'from' ? '“自”' : '“至”'}（${k}）“${filter[k]}”不是有效日期，请按 年-月-日 填写`).join('；') + '。';
      for (const k of problems) filter[k] = null;
      const { total, actors } = await this.audit.page(filter, 1);
      return auditView(filter, 1, total, actors, [], viewer, error);
    }
    const { rows, total, actors } = await this.audit.page(filter, n);
    const names = await this.audit.names(idsMentioned(rows));
    const entries = rows.map((row) => ({ row, changes: changesOf(row, names), links: linksOf(row, names) }));
    return auditView(filter, n, total, actors, entries, viewer, null);
  }
}
