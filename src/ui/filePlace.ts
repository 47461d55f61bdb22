// Where each kind of file the app opens is opened: the panel it is handed to
// (pendingFile.ts) and the page that shows that panel. Used by a drop anywhere
// (app/DropAnywhere.tsx) and by a file button given another kind (OtherKindNotice.tsx).
import type { FileKind } from '../domain/files/fileKind.ts';
import { userDataStore } from '../store/appStores.ts';
import type { FileDestination } from './pendingFile.ts';
import { hrefFor } from './routes.ts';

export type KnownKind = Exclude<FileKind, 'unknown'>;

export const FILE_PLACE: Record<KnownKind, { to: FileDestination; href: () => string }> = {
  framework: { to: 'framework', href: hrefFor.library },
  case: { to: 'framework', href: hrefFor.library },
  assessment: { to: 'assessments', href: hrefFor.assessments },
  workshop: { to: 'workshop', href: hrefFor.workshops },
  result: { to: 'result', href: hrefFor.workshops },
  feedback: { to: 'feedback', href: hrefFor.assessments },
};

/**
 * The page that adds a result file: its workshop's (a feedback file: its request's), the one
 * named in its file name; null when none kept here is named.
 */
export async function ownerPage(fileName: string, kind: 'result' | 'feedback'): Promise<string | null> {
  const { exerciseOfResultFile, requestOfFeedbackFile } = await import('../domain/files/fileKind.ts');
  const s = userDataStore.getState();
  if (kind === 'result') {
    const exercise = exerciseOfResultFile(fileName, Object.keys(s.exercises));
    return exercise ? hrefFor.workshop(exercise) : null;
  }
  const request = requestOfFeedbackFile(fileName, Object.keys(s.feedbackRequests));
  return request ? hrefFor.feedback(request) : null;
}
