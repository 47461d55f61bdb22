// The JSON Schema that YAML editors use for completion and checks, generated
// from the same schema the loader validates with.
import * as z from 'zod/mini';
import { makeFrameworkSchema } from './schema.ts';

export const JSON_SCHEMA_FILE = 'public/competency-framework.schema.json';

export function frameworkJsonSchema(): string {
  const schema = z.toJSONSchema(makeFrameworkSchema('en'), { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
