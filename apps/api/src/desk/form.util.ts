/**
 * A form's fields as Fastify hands them over: strings from an urlencoded body; objects with a
 * `value` from a multipart one (@fastify/multipart with attachFieldsToBody). A field sent twice is
 * not a value: it reads as missing.
 */
export function formField(body: unknown, name: string): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const raw = (body as Record<string, unknown>)[name];
  if (typeof raw === 'string') return raw;
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && (raw as { type?: string }).type === 'field') {
    const value = (raw as { value?: unknown }).value;
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Every value of a field that may repeat (checkboxes): always an array of strings. */
export function formFields(body: unknown, name: string): string[] {
  if (body === null || typeof body !== 'object') return [];
  const raw = (body as Record<string, unknown>)[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((v) => (typeof v === 'string' ? v : formField({ v }, 'v'))).filter((v): v is string => typeof v === 'string');
}

/** A text field trimmed; empty when missing. */
export function trimmed(body: unknown, name: string): string {
  return (formField(body, name) ?? '').trim();
}
