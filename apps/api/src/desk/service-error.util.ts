import { GraphQLError } from 'graphql';
import { DeskError } from './desk.errors';

/**
 * The corrections and review services speak GraphQL's error codes (their first client); the desk
 * shows the same refusals in its own words. A lost race stays a CONFLICT: nothing was written.
 */
export function asDeskError(e: unknown): DeskError | null {
  if (e instanceof DeskError) return e;
  if (!(e instanceof GraphQLError)) return null;
  switch (e.extensions?.code) {
    case 'CONFLICT':
      return new DeskError('CONFLICT', '这一内容刚刚被他人更改，本次提交没有保存任何内容。请重新打开页面，看过最新的内容后再提交。');
    case 'NOT_FOUND':
      return new DeskError('NOT_FOUND', `要更改的内容不存在，或已不再计入（${e.message}）。`);
    case 'BAD_USER_INPUT':
      return new DeskError('BAD_INPUT', `填写有误：${e.message}`);
    default:
      return null;
  }
}

/** Runs a change through a service; its refusals come back as DeskErrors, anything else is rethrown. */
export async function throughService<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw asDeskError(e) ?? e;
  }
}
