import { DocumentNode, GraphQLError, GraphQLSchema, isIntrospectionType } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Deepest selection a query may have: the schema's real questions need about six levels. */
export const MAX_QUERY_DEPTH = 10;

/** Cost budget of one query: each field costs 1, a list field costs its children times its page size. */
export const MAX_QUERY_COST = 20_000;

/** Lists without a `first` argument are counted as this many items. */
const ASSUMED_LIST_SIZE = 50;

/** A field with `first: N` returns up to N items, so its selection counts N times. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : null;
  if (first !== null) return 1 + Math.max(1, first) * childComplexity;
  return undefined;
};

/**
 * Lists of objects (holders, events, people…) without paging arguments multiply their children. A
 * connection's `edges` is sized by the connection's `first`, counted there; a list of scalars is
 * one value.
 */
const listEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  if (!/^\[.*\]!?$/.test(String(field.type)) || childComplexity === 0) return undefined;
  if (field.name === 'edges') return 1 + childComplexity;
  return 1 + ASSUMED_LIST_SIZE * childComplexity;
};

/**
 * Introspection of the schema costs one a field, unmultiplied: how much it can return is bounded
 * by the schema and by its shape, which queryShapeRule checks (no aliases, no type expanded
 * inside another's members). Counted as data lists, the standard introspection query every client
 * sends first would cost millions.
 */
const introspectionEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (isIntrospectionType(type) || field.name === '__schema' || field.name === '__type') return 1 + childComplexity;
  return undefined;
};

/** Costs already worked out, per parsed query (Mercurius hands back the same document for the same text). */
const knownCosts = new WeakMap<DocumentNode, Map<string, number | null>>();
/** Distinct variable shapes remembered per query: enough for real clients, bounded against floods. */
const MAX_SHAPES_PER_QUERY = 64;

/**
 * What of the variables can change a cost: numbers (`first`), booleans (`@include`), objects.
 * Strings (names, dates) cannot, so two questions about different organisations share one entry;
 * a string only counts by its presence, for a variable that may be wrongly typed.
 */
function costKey(variables: Record<string, unknown> | undefined): string {
  if (!variables) return '';
  // Names quoted and values in JSON, so that no crafted variable name can make two shapes one key.
  let key = '';
  for (const name of Object.keys(variables)) {
    const value = variables[name];
    key += `${JSON.stringify(name)}:${typeof value === 'string' ? 's' : JSON.stringify(value)},`;
  }
  return key;
}

/**
 * Nodes the estimator may visit: fragments are expanded where they are spread, so a short document
 * can stand for a huge query. Past this the query is refused, not costed.
 */
export const MAX_COSTED_NODES = 10_000;

/** graphql-query-complexity's message when it stops at maxQueryNodes. */
const NODE_LIMIT = 'Query exceeds the maximum allowed number of nodes.';

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions } });
}

/**
 * The query's cost; null only where the variables do not fit the arguments (graphql-js refuses
 * such a request before any resolver runs, naming the argument). Anything else the estimator
 * throws — its node limit above all — refuses the query: a cost that could not be worked out is
 * never taken as no cost.
 */
function computeCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      maxQueryNodes: MAX_COSTED_NODES,
      estimators: [introspectionEstimator, pagedEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (e) {
    if (e instanceof GraphQLError && e.message === NODE_LIMIT) {
      throw tooComplex(`the query expands to more than ${MAX_COSTED_NODES} fields (counting each fragment where it is spread): ask for fewer at once`, { limit: MAX_COSTED_NODES });
    }
    if (e instanceof GraphQLError) return null;
    throw tooComplex('the cost of the query could not be worked out: ask for fewer fields or a simpler shape', { limit: MAX_QUERY_COST });
  }
}

/**
 * Checked just before execution (a Mercurius preExecution hook): the query is valid by then and
 * its variables are known, and Mercurius can still cache parsed queries. Measured with bench:api,
 * working the cost out anew was about 8% of a holders request's CPU: it is remembered per query
 * and per shape of the variables that can change it.
 */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  let perShape = knownCosts.get(document);
  if (!perShape) knownCosts.set(document, (perShape = new Map()));
  const key = costKey(variables);
  let cost = perShape.get(key);
  if (cost === undefined) {
    cost = computeCost(schema, document, variables);
    if (perShape.size < MAX_SHAPES_PER_QUERY) perShape.set(key, cost);
  }
  if (cost === null) return;
  if (cost > MAX_QUERY_COST) {
    throw tooComplex(`query cost ${cost} exceeds the limit of ${MAX_QUERY_COST}: ask for fewer items (first) or fewer nested lists`, { cost, limit: MAX_QUERY_COST });
  }
}
