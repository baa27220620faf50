import {
  ASTVisitor,
  FieldNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  getIntrospectionQuery,
  parse,
} from 'graphql';

/**
 * How deep a query may go, with introspection of the schema told apart from nested data.
 *
 * Data can nest without end (a person's events' posts' holders' events…), so its depth is capped.
 * Introspection cannot: what it returns is bounded by the schema, except where a query expands a
 * type found inside another type's members again and again (`types { fields { type { fields …`),
 * or repeats the whole walk under aliases. The standard introspection query every client sends
 * (graphql-js `getIntrospectionQuery`) is 13 to 15 levels deep only because of its chain of
 * `ofType`, so it would fail a plain depth limit of 10 although it is harmless; hostile
 * introspection is refused by its shape instead.
 */

/** Members of a `__Type` that list more of the schema: selecting one expands the type. */
const EXPANSIONS = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues']);

/** `__schema` and `__type` at the root: each is one walk of the schema, and a query may ask a few. */
export const MAX_INTROSPECTION_ROOTS = 10;

/** The standard query expands the schema's types once (`types { fields … }`) and names the rest. */
export const MAX_INTROSPECTION_EXPANSIONS = 1;

interface Shape {
  /** Deepest data selection, root fields counting 1 (as Mercurius counted it). */
  depth: number;
  /** Below `__schema`/`__type`: deepest selection, counting the root field. */
  introspectionDepth: number;
  /** Below `__schema`/`__type`: most expansions along one path. */
  expansions: number;
  /** An alias below `__schema`/`__type`: the same walk could be asked for many times. */
  aliased: boolean;
  introspectionRoots: number;
}

const EMPTY: Shape = { depth: 0, introspectionDepth: 0, expansions: 0, aliased: false, introspectionRoots: 0 };

type Mode = 'root' | 'data' | 'introspection';

function merge(a: Shape, b: Shape): Shape {
  return {
    depth: Math.max(a.depth, b.depth),
    introspectionDepth: Math.max(a.introspectionDepth, b.introspectionDepth),
    expansions: Math.max(a.expansions, b.expansions),
    aliased: a.aliased || b.aliased,
    introspectionRoots: a.introspectionRoots + b.introspectionRoots,
  };
}

/**
 * Walks selections once per fragment and mode (fragments are remembered), so that a fragment
 * spread in many places cannot make the walk itself costly. A fragment cycle (refused by
 * graphql-js's own rules in the same pass) counts as empty here.
 */
class ShapeWalker {
  private readonly known = new Map<string, Shape>();
  private readonly visiting = new Set<string>();

  constructor(private readonly fragment: (name: string) => { selectionSet: SelectionSetNode } | null | undefined) {}

  shape(selectionSet: SelectionSetNode | undefined, mode: Mode): Shape {
    let result = EMPTY;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) result = merge(result, this.field(selection, mode));
      else if (selection.kind === Kind.INLINE_FRAGMENT) result = merge(result, this.shape(selection.selectionSet, mode));
      else result = merge(result, this.spread(selection.name.value, mode));
    }
    return result;
  }

  private spread(name: string, mode: Mode): Shape {
    const key = `${mode}:${name}`;
    const known = this.known.get(key);
    if (known) return known;
    const fragment = this.fragment(name);
    if (!fragment || this.visiting.has(key)) return EMPTY;
    this.visiting.add(key);
    const result = this.shape(fragment.selectionSet, mode);
    this.visiting.delete(key);
    this.known.set(key, result);
    return result;
  }

  private field(node: FieldNode, mode: Mode): Shape {
    const name = node.name.value;
    if (mode === 'root' && (name === '__schema' || name === '__type')) {
      const below = this.shape(node.selectionSet, 'introspection');
      return {
        ...EMPTY,
        introspectionDepth: 1 + below.introspectionDepth,
        expansions: below.expansions,
        aliased: below.aliased,
        introspectionRoots: 1,
      };
    }
    const below = this.shape(node.selectionSet, mode === 'introspection' ? 'introspection' : 'data');
    if (mode !== 'introspection') return { ...below, depth: 1 + below.depth };
    return {
      ...below,
      introspectionDepth: 1 + below.introspectionDepth,
      expansions: (EXPANSIONS.has(name) ? 1 : 0) + below.expansions,
      aliased: below.aliased || (node.alias !== undefined && node.alias.value !== name),
    };
  }
}

/** The shape of one operation of a parsed document. */
export function operationShape(operation: OperationDefinitionNode, fragment: (name: string) => { selectionSet: SelectionSetNode } | null | undefined): Shape {
  return new ShapeWalker(fragment).shape(operation.selectionSet, 'root');
}

/** Depth of the standard introspection query with every option graphql-js offers: the deepest a client needs. */
function standardIntrospectionDepth(): number {
  const document = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationShape(operation, (name) => fragments.get(name)).introspectionDepth;
}

export const MAX_INTROSPECTION_DEPTH = standardIntrospectionDepth();

function refusals(name: string, shape: Shape, maxDepth: number): string[] {
  const found: string[] = [];
  if (shape.depth > maxDepth) found.push(`\`${name}\` query depth (${shape.depth}) exceeds the query depth limit of ${maxDepth}`);
  if (shape.introspectionDepth > MAX_INTROSPECTION_DEPTH) {
    found.push(`\`${name}\` introspection depth (${shape.introspectionDepth}) exceeds that of the standard introspection query (${MAX_INTROSPECTION_DEPTH})`);
  }
  if (shape.expansions > MAX_INTROSPECTION_EXPANSIONS) {
    found.push(`\`${name}\` introspection lists the members of a type found among another type's members: ask for that type by name (__type) instead`);
  }
  if (shape.aliased) found.push(`\`${name}\` introspection uses aliases below __schema or __type: ask for each part once`);
  if (shape.introspectionRoots > MAX_INTROSPECTION_ROOTS) {
    found.push(`\`${name}\` asks __schema or __type ${shape.introspectionRoots} times; the limit is ${MAX_INTROSPECTION_ROOTS}`);
  }
  return found;
}

/**
 * A validation rule (Mercurius runs it with graphql-js's own and remembers the outcome per query
 * text): refuses data nested deeper than `maxDepth` and introspection shaped to multiply work.
 */
export function queryShapeRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const shape = operationShape(operation, (name) => context.getFragment(name));
      const name = operation.name?.value ?? 'unnamedQuery';
      for (const message of refusals(name, shape, maxDepth)) {
        context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code: 'QUERY_TOO_DEEP' } }));
      }
      return false;
    },
  });
}
