import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { Validator } from 'jsonschema';
import type { PopoloDocument } from '@renmian/exports';

// Popolo's schemas (CC BY 4.0) are the team's shared material, never committed here: the suites that
// use them are named *.shared.spec.ts, and jest.config.js says so when ../shared is absent.
const DIR = join(process.env.RENMIAN_SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'), 'vendor', 'popolo-schemas');

/** Popolo's own schemas, each registered under its `id`, so that `$ref`s resolve to these files and nothing is fetched. */
function popoloValidator(): Validator {
  const validator = new Validator();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { id: string; $schema: string };
    if (schema.$schema !== 'http://json-schema.org/draft-03/schema#') throw new Error(`${file}: expected a draft-03 schema`);
    validator.addSchema(schema, schema.id);
  }
  // A $ref left unresolved would be fetched by nobody and checked against nothing.
  if (validator.unresolvedRefs.length) throw new Error(`Popolo schemas refer to missing ones: ${validator.unresolvedRefs.join(', ')}`);
  return validator;
}

const SCHEMA_OF: Record<keyof PopoloDocument, string> = {
  persons: 'person',
  organizations: 'organization',
  posts: 'post',
  memberships: 'membership',
};

/**
 * Every object of a Popolo export checked against the standard's schema for its kind (jsonschema
 * implements draft-03: `required: true` on a property, `type` lists, `format: uri`). Returns one
 * line per error, naming the object; empty when it all validates.
 */
export function popoloErrors(doc: PopoloDocument): string[] {
  const validator = popoloValidator();
  const errors: string[] = [];
  for (const [list, name] of Object.entries(SCHEMA_OF) as [keyof PopoloDocument, string][]) {
    const schema = validator.schemas[`http://www.popoloproject.com/schemas/${name}.json#`] ?? validator.schemas[`http://www.popoloproject.com/schemas/${name}.json`];
    if (!schema) throw new Error(`no Popolo schema for ${name}`);
    doc[list].forEach((item, i) => {
      for (const e of validator.validate(item, schema, { nestedErrors: true }).errors) errors.push(`${list}[${i}]${e.property.slice('instance'.length)}: ${e.message}`);
    });
  }
  return errors;
}
