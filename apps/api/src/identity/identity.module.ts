import { DynamicModule, Global, Module } from '@nestjs/common';
import { DeskAuth } from './desk-auth.service';
import { DESK_OPTIONS, DeskOptions } from './desk.config';
import { DeskSessions } from './desk-sessions.store';

/**
 * Who is looking: an API key (RequestAuth, per request) or a desk session (DeskAuth). One place that
 * GraphQL's guard, the public pages and the desk all ask, so none of them reaches into another.
 * Global so that every page can say who is signed in (and REQUIRE_AUTH_FOR_READS can accept a session).
 */
@Global()
@Module({})
export class IdentityModule {
  static forRoot(options: DeskOptions): DynamicModule {
    return {
      module: IdentityModule,
      providers: [{ provide: DESK_OPTIONS, useValue: options }, DeskSessions, DeskAuth],
      exports: [DeskAuth, DeskSessions, DESK_OPTIONS],
    };
  }
}
