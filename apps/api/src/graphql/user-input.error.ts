import { GraphQLError } from 'graphql';
import { isIsoDate } from '@renmian/tenure-rules';

/** An argument the caller got wrong: the message names it. */
export class UserInputError extends GraphQLError {
  constructor(argument: string, problem: string) {
    super(`${argument}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

export function requireDate(argument: string, value: string): string {
  if (!isIsoDate(value)) throw new UserInputError(argument, `${JSON.stringify(value)} is not a calendar date (yyyy-mm-dd)`);
  return value;
}

export function requireExactlyOne(args: Record<string, string | null | undefined>): [string, string] {
  const given = Object.entries(args).filter(([, v]) => v !== undefined && v !== null && v !== '');
  const names = Object.keys(args).join(' / ');
  if (given.length !== 1) {
    throw new UserInputError(names, `give exactly one of ${names} (got ${given.length === 0 ? 'none' : given.map(([k]) => k).join(' and ')})`);
  }
  return given[0] as [string, string];
}

export function requirePageSize(argument: string, value: number | null | undefined, max: number, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > max) throw new UserInputError(argument, `must be between 0 and ${max}`);
  return value;
}

/** A system-time moment: a real date-time, not in the future (the future is not yet known). */
export function requireMoment(argument: string, value: Date | null | undefined): Date | null {
  if (value === undefined || value === null) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new UserInputError(argument, 'is not an ISO 8601 date-time');
  return value;
}
