import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GRAPHIQL_CSP, GRAPHIQL_PAGE, graphiqlAsset } from './graphiql-assets';

/**
 * `GET /graphiql`: the GraphiQL IDE, served with its files from this service (Mercurius's own
 * GraphiQL page loads React and GraphiQL from a public CDN, and renders nothing offline). The page
 * holds no data: it is open like the schema it explores, and the queries it sends are checked as
 * any other.
 */
@Controller('graphiql')
export class GraphiqlController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', GRAPHIQL_CSP)
  @Header('X-Frame-Options', 'DENY')
  page(): string {
    return GRAPHIQL_PAGE;
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Buffer | string {
    const asset = graphiqlAsset(name);
    if (!asset) throw new NotFoundException(`no GraphiQL file ${name}`);
    reply.header('Content-Type', asset.contentType);
    // The files change only with an upgrade of the packages, which restarts the service.
    reply.header('Cache-Control', 'public, max-age=3600');
    reply.header('X-Content-Type-Options', 'nosniff');
    return asset.body;
  }
}
