// Where each kind of file a file button can send on is opened: the panel it is
// handed to (pendingFile.ts) and the page that shows that panel.
import type { FileDestination } from './pendingFile.ts';
import { hrefFor } from './routes.ts';

export type KnownKind = 'framework' | 'case' | 'assessment' | 'workshop' | 'result';

export const FILE_PLACE: Record<KnownKind, { to: FileDestination; href: () => string }> = {
  framework: { to: 'framework', href: hrefFor.library },
  case: { to: 'framework', href: hrefFor.library },
  assessment: { to: 'assessments', href: hrefFor.assessments },
  workshop: { to: 'workshop', href: hrefFor.workshops },
  result: { to: 'result', href: hrefFor.workshops },
};
