import { SCORED_ATTRIBUTES } from './score';
import { Scalar, ScoredDocument, ScoredEvent, ScoredNotice } from './score.types';

/** A gold file that cannot be scored; the message says where in it and why. */
export class InvalidGoldError extends Error {}

const EVENT_FIELDS = ['type', 'person', 'position', ...SCORED_ATTRIBUTES] as const;
const NOTICE_FIELDS = ['docNumber', 'date'] as const;

/**
 * Checks parsed JSON as gold: `{"notices": [{"events": [{...}]}]}`, the shape the reference script
 * indexes into. The fields it compares must be JSON scalars (or absent, which counts as null): a
 * list or an object there is a mistake in the gold, not something to compare.
 */
export function asGoldDocument(json: unknown): ScoredDocument {
  if (!isObject(json)) throw new InvalidGoldError('not a JSON object');
  if (!Array.isArray(json.notices)) throw new InvalidGoldError('"notices" is not a list');
  json.notices.forEach((n: unknown, i) => checkNotice(n, `notices[${i}]`));
  return json as unknown as ScoredDocument;
}

function checkNotice(n: unknown, where: string): asserts n is ScoredNotice {
  if (!isObject(n)) throw new InvalidGoldError(`${where} is not an object`);
  checkScalars(n, NOTICE_FIELDS, where);
  if (!Array.isArray(n.events)) throw new InvalidGoldError(`${where}.events is not a list`);
  n.events.forEach((e: unknown, j) => {
    if (!isObject(e)) throw new InvalidGoldError(`${where}.events[${j}] is not an object`);
    checkScalars(e as ScoredEvent & Record<string, unknown>, EVENT_FIELDS, `${where}.events[${j}]`);
  });
}

function checkScalars(o: Record<string, unknown>, fields: readonly string[], where: string): void {
  for (const f of fields) {
    if (o[f] !== undefined && !isScalar(o[f])) throw new InvalidGoldError(`${where}.${f} is not a string, number or null`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isScalar = (v: unknown): v is Scalar => v === null || ['string', 'number', 'boolean'].includes(typeof v);
