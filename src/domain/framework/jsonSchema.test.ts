import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkJsonSchema, JSON_SCHEMA_FILE } from './jsonSchema.ts';

describe('the JSON Schema for editors', () => {
  it('is up to date with the schema in code (run `npm run schema` when this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(frameworkJsonSchema());
  });

  it('describes the fields of the format', () => {
    const schema = JSON.parse(frameworkJsonSchema());
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'id', 'version', 'sourceLanguage', 'subject', 'title', 'sections']),
    );
    expect(schema.properties.format.const).toBe('competency-framework/1');
    expect(schema.additionalProperties).toBe(false);
  });
});
