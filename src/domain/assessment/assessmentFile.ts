// Moving assessments between browsers as a file: `competency-assessment/1`.
// Writing the file; reading it back is in importFile.ts (lazily loaded).
import type { Assessment } from './model.ts';

export const ASSESSMENT_FILE_FORMAT = 'competency-assessment/1';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_ASSESSMENTS = 1000;

export interface ExchangeFile {
  format: typeof ASSESSMENT_FILE_FORMAT;
  appVersion: string;
  exportedAt: string;
  frameworks: { id: string; version: string }[];
  assessments: Assessment[];
}

export function exportAssessments(
  assessments: readonly Assessment[],
  appVersion: string,
  now: number,
): ExchangeFile {
  const frameworks = new Map<string, { id: string; version: string }>();
  for (const a of assessments)
    frameworks.set(`${a.frameworkId}@${a.frameworkVersion}`, {
      id: a.frameworkId,
      version: a.frameworkVersion,
    });
  return {
    format: ASSESSMENT_FILE_FORMAT,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    frameworks: [...frameworks.values()],
    assessments: [...assessments],
  };
}

export function serializeExport(file: ExchangeFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
