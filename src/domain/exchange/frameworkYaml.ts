// A framework written back as YAML in its own format: export -> import gives the same framework.
import { stringify } from 'yaml';
import type { Framework } from '../framework/schema.ts';

export function frameworkToYaml(fw: Framework): string {
  const body = stringify(fw, { lineWidth: 0, aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=./competency-framework.schema.json\n${body}`;
}
