// Writes public/competency-framework.schema.json from the framework schema.
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema, JSON_SCHEMA_FILE } from '../src/domain/framework/jsonSchema.ts';

writeFileSync(JSON_SCHEMA_FILE, frameworkJsonSchema());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
