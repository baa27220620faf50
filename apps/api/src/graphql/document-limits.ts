import { GraphQLError, Kind, Lexer, Source, TokenKind } from 'graphql';

/**
 * Bounds on a GraphQL request checked before graphql-js works on it. graphql-js parses, validates
 * and executes by recursion, so a document nested thousands deep overflows the stack inside the
 * parser ("Maximum call stack size exceeded", uncoded), and one with tens of thousands of fields
 * keeps validation busy for minutes. These checks walk the text and the document with loops, never
 * recursion, and refuse with a code before either can happen.
 */

/**
 * Longest query text, in characters. Real questions are a few hundred; a gazette sent inline to
 * `ingest(text: "…")` can be longer, which is what variables are for (a variable's size is bounded
 * by the request body, not by this).
 */
export const MAX_DOCUMENT_CHARS = 100_000;

/**
 * Deepest nesting of `{`, `[` and `(` in the text. The standard introspection query reaches 10, the
 * deepest data query the depth rule allows (10 levels) with an argument holding a list of input
 * objects about 14: 32 leaves room, and the parser's recursion stays shallow.
 */
export const MAX_NESTING = 32;

/**
 * Tokens graphql-js's parser reads before giving up (its `maxTokens`): a backstop that bounds
 * parsing even for text the nesting scan passes.
 */
export const MAX_TOKENS = 20_000;

/** Fields, spreads and inline fragments in one document: validation compares fields pairwise. */
export const MAX_SELECTIONS = 1_000;

/** Fragment definitions in one document: a chain of them is nesting by another name. */
export const MAX_FRAGMENTS = 100;

/** Deepest nesting of lists and objects in the variables. */
export const MAX_VARIABLE_NESTING = 32;

function refuse(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * Refuses text nested deeper than MAX_NESTING, counting brackets outside strings, block strings and
 * comments (one pass over the characters, no parsing), and text longer than MAX_DOCUMENT_CHARS.
 */
export function checkSource(source: string): void {
  const depth = nestingOf(source, MAX_NESTING);
  if (depth > MAX_NESTING) {
    throw refuse('QUERY_TOO_DEEP', `the query nests selections, lists or arguments more than ${MAX_NESTING} deep`, { limit: MAX_NESTING });
  }
  if (source.length > MAX_DOCUMENT_CHARS) {
    // Too long because it asks for too much (thousands of aliased fields), or because it carries
    // long text: told apart by counting tokens, which stops at MAX_TOKENS.
    if (tokensUpTo(source, MAX_TOKENS) > MAX_TOKENS) throw tooManyTokens();
    throw refuse(
      'QUERY_TOO_LARGE',
      `the query is ${source.length} characters long; the limit is ${MAX_DOCUMENT_CHARS}: send long text (a gazette) as a variable`,
      { limit: MAX_DOCUMENT_CHARS },
    );
  }
}

/** Tokens of the text, counted up to `limit + 1` (a text graphql-js cannot lex counts what it read). */
function tokensUpTo(source: string, limit: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // A syntax error: the parser would report it; the length is what is refused here.
  }
  return count;
}

function tooManyTokens(): GraphQLError {
  return refuse('QUERY_TOO_COMPLEX', `the query has more than ${MAX_TOKENS} tokens: ask for fewer fields at once`, { limit: MAX_TOKENS });
}

/** Deepest bracket nesting of GraphQL text, stopping as soon as it passes `stopAbove`. */
export function nestingOf(source: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === 0x22 /* " */) {
      i = source.startsWith('"""', i) ? afterBlockString(source, i + 3) : afterString(source, i + 1);
      continue;
    } else if (c === 0x7b || c === 0x5b || c === 0x28 /* { [ ( */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if ((c === 0x7d || c === 0x5d || c === 0x29) /* } ] ) */ && depth > 0) {
      depth--;
    }
    i++;
  }
  return deepest;
}

function afterString(source: string, i: number): number {
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === '"' || c === '\n' || c === '\r') return i + 1;
    else i++;
  }
  return i;
}

function afterBlockString(source: string, i: number): number {
  while (i < source.length) {
    if (source.startsWith('\\"""', i)) i += 4;
    else if (source.startsWith('"""', i)) return i + 3;
    else i++;
  }
  return i;
}

/** graphql-js's message when `maxTokens` stops the parser (its wording, typo included). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more that \d+ tokens/;

/** A parse stopped by MAX_TOKENS, as a coded refusal; null for any other error. */
export function tokenLimitRefusal(error: { message?: unknown }): GraphQLError | null {
  if (typeof error.message !== 'string' || !TOKEN_LIMIT.test(error.message)) return null;
  return tooManyTokens();
}

/** A node of a parsed document as this walk sees it: Mercurius also accepts an AST sent as JSON. */
type Node = Record<string, unknown>;

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object') found.push(item as Node);
    } else if (value && typeof value === 'object') {
      found.push(value as Node);
    }
  }
  return found;
}

/**
 * Refuses a parsed document with more than MAX_SELECTIONS selections or MAX_FRAGMENTS fragments,
 * and a string argument holding NUL (PostgreSQL cannot store it; it is never part of a notice).
 * Walked with a stack, before the validation rules run.
 */
export function checkDocument(document: unknown): void {
  // Each node with the argument (or input field) it sits in, to name it in a refusal.
  const stack: [Node, string | null][] = document && typeof document === 'object' ? [[document as Node, null]] : [];
  let selections = 0;
  let fragments = 0;
  while (stack.length > 0) {
    const [node, within] = stack.pop()!;
    const kind = node.kind;
    let argument = within;
    if (kind === Kind.FIELD || kind === Kind.FRAGMENT_SPREAD || kind === Kind.INLINE_FRAGMENT) {
      if (++selections > MAX_SELECTIONS) {
        throw refuse('QUERY_TOO_COMPLEX', `the query has more than ${MAX_SELECTIONS} fields and fragment spreads: ask for fewer at once`, { limit: MAX_SELECTIONS });
      }
    } else if (kind === Kind.FRAGMENT_DEFINITION && ++fragments > MAX_FRAGMENTS) {
      throw refuse('QUERY_TOO_COMPLEX', `the query defines more than ${MAX_FRAGMENTS} fragments`, { limit: MAX_FRAGMENTS });
    } else if (kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD) {
      argument = nameOf(node) ?? within;
    } else if (kind === Kind.STRING && typeof node.value === 'string' && node.value.includes('\u0000')) {
      throw refuse('BAD_USER_INPUT', `${within ?? 'a string'}: contains a NUL character (\\u0000), which no text may hold`, { argument: within });
    }
    for (const child of children(node)) stack.push([child, argument]);
  }
}

function nameOf(node: Node): string | null {
  const name = node.name as { value?: unknown } | undefined;
  return typeof name?.value === 'string' ? name.value : null;
}

/**
 * Refuses variables nested deeper than MAX_VARIABLE_NESTING (graphql-js coerces them, and the cost
 * check keys them, by recursion) and strings holding NUL, naming the variable.
 */
export function checkVariables(variables: Record<string, unknown> | undefined | null): void {
  if (!variables || typeof variables !== 'object') return;
  for (const name of Object.keys(variables)) {
    const stack: [unknown, number][] = [[variables[name], 1]];
    while (stack.length > 0) {
      const [value, depth] = stack.pop()!;
      if (typeof value === 'string') {
        if (value.includes('\u0000')) throw refuse('BAD_USER_INPUT', `$${name}: contains a NUL character (\\u0000), which no text may hold`, { argument: name });
      } else if (value && typeof value === 'object') {
        if (depth > MAX_VARIABLE_NESTING) {
          throw refuse('QUERY_TOO_DEEP', `$${name}: lists and objects nested more than ${MAX_VARIABLE_NESTING} deep`, { limit: MAX_VARIABLE_NESTING });
        }
        for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push([item, depth + 1]);
      }
    }
  }
}
