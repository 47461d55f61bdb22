// Limits on untrusted framework files, shared by the loader and stored data.
export const LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  /** A CASE package (verbose JSON): its limit is on the framework it becomes; this only bounds the reading. */
  packageBytes: 16 * 1024 * 1024,
  idLength: 64,
  textLength: 10_000,
  sections: 500,
  groupsPerSection: 100,
  itemsPerGroup: 2_000,
  statements: 10_000,
  scaleSteps: 11,
  crossReferences: 50,
  /** A language code: a primary tag and at most three subtags (`sr-Latn-RS`), 30 characters at most. */
  languageTag: 30,
  /** Languages of one text. */
  languages: 50,
} as const;
