import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * `Date`: a calendar day, yyyy-mm-dd, never shifted by a time zone. The scalar checks the shape;
 * resolvers check the calendar (2023-02-30) so that the error can name the argument.
 */
const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !SHAPE.test(value)) {
    throw new GraphQLError(`Date must be a string yyyy-mm-dd, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, yyyy-mm-dd',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
