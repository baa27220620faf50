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

function computeCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): number | null {
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, estimators: [introspectionEstimator, pagedEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })] });
  } catch {
    // Variables that do not fit: execution reports that itself, with the argument named.
    return null;
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
    throw new GraphQLError(`query cost ${cost} exceeds the limit of ${MAX_QUERY_COST}: ask for fewer items (first) or fewer nested lists`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit: MAX_QUERY_COST },
    });
  }
}
