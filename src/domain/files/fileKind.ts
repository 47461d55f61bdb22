// What a file a user hands in holds, from its first characters and its
// `format`: a framework (YAML or JSON), a CASE package, a saved assessment
// file, a workshop file or a participant's result file. Reads at most what
// JSON.parse reads once; never throws.
import { ASSESSMENT_FILE_FORMAT } from '../assessment/assessmentFile.ts';
import { looksLikeCase } from '../exchange/caseRead.ts';
import { FEEDBACK_FILE_FORMAT, RESULT_FILE_FORMAT } from '../workshop/resultFile.ts';
import { WORKSHOP_FILE_FORMAT } from '../workshop/workshopFile.ts';

// The drop handler loads this module alone (on a drop): which workshop a result file names comes with it.
export { exerciseOfResultFile } from '../workshop/resultFile.ts';

/** The feedback request a rater's result file names (feedback-<request>-<result>.json: domain/feedback/giveBack.ts). */
export function requestOfFeedbackFile(fileName: string, requestIds: readonly string[]): string | null {
  const name = fileName.toLowerCase();
  return requestIds.find((id) => name.startsWith(`feedback-${id.toLowerCase()}-`)) ?? null;
}

export type FileKind = 'framework' | 'case' | 'assessment' | 'workshop' | 'result' | 'feedback' | 'unknown';

const FRAMEWORK_FORMAT = 'competency-framework/1';
/** A YAML framework names its format in a top-level line (comments and other keys may come first). */
const YAML_FORMAT = /^format:[ \t]*["']?competency-framework\/1["']?[ \t]*(#.*)?$/m;

const BY_FORMAT: Record<string, FileKind> = {
  [FRAMEWORK_FORMAT]: 'framework',
  [ASSESSMENT_FILE_FORMAT]: 'assessment',
  [WORKSHOP_FILE_FORMAT]: 'workshop',
  [RESULT_FILE_FORMAT]: 'result',
  [FEEDBACK_FILE_FORMAT]: 'feedback',
};

export function fileKind(text: string): FileKind {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  if (first === '{' || first === '[') {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      // Not JSON after all: YAML's flow style also starts so.
      return YAML_FORMAT.test(body) || body.includes(`format: ${FRAMEWORK_FORMAT}`) ? 'framework' : 'unknown';
    }
    const format = data && typeof data === 'object' ? (data as Record<string, unknown>).format : undefined;
    if (typeof format === 'string' && Object.hasOwn(BY_FORMAT, format)) return BY_FORMAT[format] ?? 'unknown';
    return looksLikeCase(data) ? 'case' : 'unknown';
  }
  return YAML_FORMAT.test(body) ? 'framework' : 'unknown';
}
