import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { formatErrors } from '../../../apps/api/src/graphql/error.formatter';
import { UserInputError } from '../../../apps/api/src/graphql/user-input.error';

type Formatted = { statusCode: number; response: { errors?: { message: string; extensions?: Record<string, unknown> }[] } };

function format(error: GraphQLError): Formatted {
  const context = { app: { log: { info: () => undefined } } };
  return formatErrors({ data: { holders: null }, errors: [error] }, context as never) as Formatted;
}

describe('formatErrors', () => {
  let logged: string[];
  beforeEach(() => {
    logged = [];
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown, stack?: unknown) => {
      logged.push(`${String(message)}\n${String(stack)}`);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers 400 to a request refused for its shape before it ran, and 200 to errors beside data', () => {
    const context = { app: { log: { info: () => undefined } } };
    const refusal = new GraphQLError('too deep', { originalError: new GraphQLError('too deep', { extensions: { code: 'QUERY_TOO_DEEP' } }) });
    expect((formatErrors({ errors: [refusal] }, context as never) as Formatted).statusCode).toBe(400);
    expect((formatErrors({ data: { holders: null }, errors: [refusal] }, context as never) as Formatted).statusCode).toBe(200);
  });

  it('passes a user error through with its code and message', () => {
    const original = new UserInputError('asOf', '"2023-02-30" is not a calendar date (yyyy-mm-dd)');
    const out = format(new GraphQLError(original.message, { originalError: original }));
    expect(out.response.errors![0]).toMatchObject({
      message: 'asOf: "2023-02-30" is not a calendar date (yyyy-mm-dd)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(logged).toEqual([]);
  });

  it('hides an unexpected error behind a generic message and logs it in full', () => {
    const secret = new Error('connection to 10.0.0.5:5432 refused; password=hunter2');
    const out = format(new GraphQLError(secret.message, { originalError: secret, path: ['holders'] }));
    expect(out.response.errors![0].message).toBe('Internal server error');
    expect(out.response.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(out.response)).not.toContain('hunter2');
    expect(logged.join('\n')).toContain('hunter2');
    expect(logged.join('\n')).toContain('at ');
  });

  it.each([
    ['through TypeORM', { driverError: { code: '57014' } }],
    ['straight from pg (readRows)', { code: '57014' }],
  ])('names a statement timeout as such, %s', (_how, fields) => {
    const timeout = Object.assign(new Error('canceling statement due to statement timeout'), fields);
    const out = format(new GraphQLError(timeout.message, { originalError: timeout }));
    expect(out.response.errors![0].extensions).toEqual({ code: 'TIMEOUT' });
    expect(out.response.errors![0].message).toContain('statement timeout');
  });

  it.each([
    ['through TypeORM', { driverError: { code: '57P01' } }],
    ['straight from pg (readRows)', { code: '57P01' }],
  ])('names a database outage as such, %s', (_how, fields) => {
    const down = Object.assign(new Error('terminating connection due to administrator command'), fields);
    const out = format(new GraphQLError(down.message, { originalError: down }));
    expect(out.response.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });

  it('keeps GraphQL’s own syntax and validation errors', () => {
    const out = format(new GraphQLError('Cannot query field "nope" on type "Query".'));
    expect(out.response.errors![0].message).toBe('Cannot query field "nope" on type "Query".');
  });
});
