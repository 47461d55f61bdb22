// A framework file as a user hands it in: our YAML/JSON format, or a 1EdTech
// CASE package (converted, and kept in our format). Never throws.

import { loadFramework } from '../framework/loader.ts';
import type { Problem } from '../framework/problems.ts';
import type { Framework } from '../framework/schema.ts';
import { caseToFramework, looksLikeCase } from './caseImport.ts';
import { frameworkToYaml } from './frameworkYaml.ts';

export type FrameworkFileResult =
  | {
      ok: true;
      framework: Framework;
      /** The text to keep: the file itself, or a CASE package written in our format. */
      text: string;
      /** For a CASE package: what could not be mapped (empty when everything was). */
      unmapped?: string[];
    }
  | { ok: false; problems: Problem[] };

function isCasePackage(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  try {
    return looksLikeCase(JSON.parse(text));
  } catch {
    return false;
  }
}

export function readFrameworkFile(text: string, fileName: string): FrameworkFileResult {
  if (isCasePackage(text)) {
    const result = caseToFramework(text, fileName);
    if (!result.ok) return result;
    return {
      ok: true,
      framework: result.framework,
      text: frameworkToYaml(result.framework),
      unmapped: result.unmapped,
    };
  }
  const result = loadFramework(text, fileName);
  return result.ok ? { ok: true, framework: result.framework, text } : result;
}
