// The English UI strings as i18next's resource types: `tsc` checks every t() key in
// every namespace (also those with a defaultValue). One import per locales/en/*.json;
// tests/unit/locales.test.ts checks that the list matches the folder.
import type assessments from '../locales/en/assessments.json';
import type caseChoice from '../locales/en/caseChoice.json';
import type common from '../locales/en/common.json';
import type errors from '../locales/en/errors.json';
import type feedback from '../locales/en/feedback.json';
import type files from '../locales/en/files.json';
import type groupPicture from '../locales/en/groupPicture.json';
import type guide from '../locales/en/guide.json';
import type join from '../locales/en/join.json';
import type library from '../locales/en/library.json';
import type plan from '../locales/en/plan.json';
import type preview from '../locales/en/preview.json';
import type problems from '../locales/en/problems.json';
import type questionnaire from '../locales/en/questionnaire.json';
import type results from '../locales/en/results.json';
import type scale from '../locales/en/scale.json';
import type start from '../locales/en/start.json';
import type workshop from '../locales/en/workshop.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    strictKeyChecks: true;
    resources: {
      assessments: typeof assessments;
      caseChoice: typeof caseChoice;
      common: typeof common;
      errors: typeof errors;
      feedback: typeof feedback;
      files: typeof files;
      groupPicture: typeof groupPicture;
      guide: typeof guide;
      join: typeof join;
      library: typeof library;
      plan: typeof plan;
      preview: typeof preview;
      problems: typeof problems;
      questionnaire: typeof questionnaire;
      results: typeof results;
      scale: typeof scale;
      start: typeof start;
      workshop: typeof workshop;
    };
  }
}
