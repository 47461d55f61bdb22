// Frameworks a user added: their text as written (YAML or JSON), a summary
// for the library (so the first page needs no YAML parser), and the earlier
// versions that assessments were made with.
import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';
import type { FrameworkSummary } from './summary.ts';

// The same limits as the framework format's (limits.ts): what can be added can be read back.
const language = z.string().check(z.maxLength(LIMITS.languageTag));
const text = z.record(language, z.string().check(z.maxLength(LIMITS.textLength)));
const MAX_FILE_NAME = 300;
const count = z.int().check(z.nonnegative());
const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength));

export const summarySchema = z.object({
  id,
  version: z.string().check(z.maxLength(40)),
  title: text,
  subject: z.enum(['individual', 'organisation']),
  sourceLanguage: language,
  languages: z.array(language).check(z.maxLength(LIMITS.languages)),
  source: z.optional(
    z.object({
      title: text,
      publisher: z.optional(z.string().check(z.maxLength(500))),
      year: z.optional(z.int()),
      url: z.optional(z.string().check(z.maxLength(2000))),
      license: z.optional(z.string().check(z.maxLength(500))),
      note: z.optional(text),
    }),
  ),
  sections: z
    .array(
      z.object({
        id,
        title: text,
        statements: count,
        byLevel: z.record(z.string().check(z.maxLength(LIMITS.idLength)), count),
      }),
    )
    .check(z.maxLength(LIMITS.sections)),
  statements: count,
  levels: z.array(z.object({ id, label: text, description: z.optional(text) })).check(z.maxLength(20)),
});

export const addedFrameworkSchema = z.object({
  id,
  version: z.string().check(z.maxLength(40)),
  fileName: z.string().check(z.maxLength(MAX_FILE_NAME)),
  text: z.string().check(z.maxLength(LIMITS.fileBytes)),
  addedAt: z.int().check(z.nonnegative()),
  summary: summarySchema,
  /** Earlier versions, newest first, kept for the assessments made with them. */
  previous: z._default(
    z
      .array(
        z.object({
          version: z.string().check(z.maxLength(40)),
          text: z.string().check(z.maxLength(LIMITS.fileBytes)),
        }),
      )
      .check(z.maxLength(10)),
    [],
  ),
});

export type AddedFramework = z.output<typeof addedFrameworkSchema>;

export function addedFramework(
  summary: FrameworkSummary,
  fileName: string,
  source: string,
  addedAt: number,
  replacing?: AddedFramework,
): AddedFramework {
  const previous = replacing
    ? [
        { version: replacing.version, text: replacing.text },
        ...replacing.previous.filter((p) => p.version !== summary.version),
      ].slice(0, 10)
    : [];
  return {
    id: summary.id,
    version: summary.version,
    fileName: fileName.slice(0, MAX_FILE_NAME),
    text: source,
    addedAt,
    summary,
    previous,
  };
}

/** The text of the version an assessment was made with, if it is still kept. */
export function textOfVersion(f: AddedFramework, version: string): string | null {
  if (f.version === version) return f.text;
  return f.previous.find((p) => p.version === version)?.text ?? null;
}
