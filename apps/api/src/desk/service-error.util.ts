import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DeskError } from './desk.errors';

/** The fields a service may name in a refusal, as the desk's forms label them. */
const FIELD_WORDS: Record<string, string> = {
  reason: '理由',
  id: '核查项',
  ids: '要合并的记录',
  eventIds: '任免事项',
  person: '姓名',
  post: '职务',
  type: '事项',
  effectiveOn: '生效日期',
  probationMonths: '试用期',
  version: '版本',
};

const log = new Logger('Desk');

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
      // The service's own words (English, with ids) go to the log; the clerk gets a sentence.
      log.warn(`not found: ${e.message}`);
      return new DeskError('NOT_FOUND', '要更改的内容不存在，或已不再计入：没有做任何更改。请重新打开页面。');
    case 'BAD_USER_INPUT': {
      log.warn(`refused input: ${e.message}`);
      const field = FIELD_WORDS[String(e.extensions?.argument ?? '')];
      return new DeskError('BAD_INPUT', `填写有误${field ? `：请检查“${field}”一项` : ''}。没有保存任何内容。`);
    }
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
