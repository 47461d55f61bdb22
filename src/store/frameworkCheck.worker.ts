// The worker that reads and checks a framework file a user hands in (see
// frameworkCheck.ts): untrusted text in, plain data out (structured-clone-able).
import type { CaseChoice } from '../domain/exchange/caseChoice.ts';
import { readFrameworkFile } from '../domain/exchange/readFrameworkFile.ts';

export interface CheckRequest {
  text: string;
  fileName: string;
  /** For a CASE package: what to rate (none: the default). */
  choice?: CaseChoice;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { text, fileName, choice } = event.data;
  scope.postMessage({ kind: 'result', result: readFrameworkFile(text, fileName, choice) });
};
// Its code is loaded and running: from now on a failure is the file's, not the worker's.
scope.postMessage({ kind: 'ready' });
