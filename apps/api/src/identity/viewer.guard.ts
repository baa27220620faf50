import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DeskAuth } from './desk-auth.service';

/** Public pages: the session is looked up so that the header can say who is signed in; never refuses. */
@Injectable()
export class ViewerGuard implements CanActivate {
  constructor(private readonly auth: DeskAuth) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.auth.session(context.switchToHttp().getRequest<FastifyRequest>());
    return true;
  }
}
