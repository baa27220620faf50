import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { resolvedSession } from './desk-auth.service';
import type { Viewer } from './viewer';

/** Who is signed in, as the guard before the handler looked it up; null for nobody. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer | null => {
  return resolvedSession(context.switchToHttp().getRequest())?.viewer ?? null;
});
