import { BadRequestException, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { ExportInputError, exportData, exportRequest } from '@renmian/exports';
import { ReadsData } from '../auth/reads-data.decorator';
import { publicUrl } from '../common/public-url.util';

/** `GET /export/csv|xlsx|json|popolo[?asOf=yyyy-mm-dd]`: the same files as `cli export`, as downloads. */
@Controller('export')
@ReadsData()
export class ExportsController {
  constructor(private readonly ds: DataSource) {}

  @Get(':format')
  async export(
    @Param('format') format: string,
    @Query('asOf') asOf: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    let request: ReturnType<typeof exportRequest>;
    try {
      request = exportRequest(format, asOf);
    } catch (e) {
      if (e instanceof ExportInputError) throw new BadRequestException(e.message);
      throw e;
    }
    const file = await exportData(this.ds, request.format, request.asOf, publicUrl(req));
    reply.header('Content-Type', file.contentType);
    reply.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return file.body;
  }
}
