// The framework file format, `competency-framework/1`, defined once.
// The same schema gives the runtime validation (loader), the TypeScript types
// (below) and the JSON Schema for editors (scripts/write-json-schema.ts).
import * as z from 'zod/mini';
import { LIMITS } from './limits.ts';

export const FORMAT_ID = 'competency-framework/1';

export { LIMITS } from './limits.ts';

/** At most three subtags, so a code is never longer than LIMITS.languageTag. */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const FRAMEWORK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

// zod/mini, like the stored data's schemas: the first page shares zod's core
// with this schema, and the classic API would bring every string format along.
const about = (description: string) => z.meta({ description });

export const languageCodeSchema = z
  .string()
  .check(
    z.regex(LANGUAGE_CODE, 'language-code'),
    about('A language code (BCP 47), such as en, fi, sv, nl or nb.'),
  );

const idSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength), z.regex(ITEM_ID, 'id'));

const textSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.textLength));

/**
 * A localized text: a map from language code to text, or a bare string that
 * stands for the source language. The output is always the map.
 */
function localizedText(sourceLanguage: string) {
  return z
    .union([
      z.pipe(
        textSchema,
        z.transform((text): Record<string, string> => ({ [sourceLanguage]: text })),
      ),
      z.record(languageCodeSchema, textSchema),
    ])
    .check(
      about(
        'A text in one or more languages: a map from language code to text. A bare string means the source language.',
      ),
    );
}

const crossReferencesSchema = z
  .array(idSchema)
  .check(
    z.maxLength(LIMITS.crossReferences),
    about('Ids of sections this one refers to ("see also"). They need not be loaded.'),
  );

const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(about(description));

export function makeFrameworkSchema(sourceLanguage: string) {
  const text = localizedText(sourceLanguage);

  const scaleStep = z.strictObject({
    value: z.int().check(z.gte(-1000), z.lte(1000), about('A whole number; values strictly increase.')),
    label: text,
    description: z.optional(text),
  });

  const level = z.strictObject({
    id: idSchema,
    label: text,
    description: z.optional(text),
  });

  const item = z.strictObject({
    id: described(idSchema, 'Unique in the framework; answers are stored under it.'),
    text: described(text, 'The statement a person rates.'),
    description: z.optional(text).check(about('Optional guidance shown under the statement.')),
    seeAlso: z.optional(crossReferencesSchema),
  });

  const group = z.strictObject({
    id: described(idSchema, 'Unique within its section.'),
    kind: z.enum(['knowledge', 'skill', 'criterion']),
    rated: z
      .optional(z.boolean())
      .check(
        about(
          'false: the items are shown as text that frames the others (context), not rated. Absent: rated.',
        ),
      ),
    level: z.optional(idSchema).check(about('The id of the variant level this group belongs to.')),
    title: z.optional(text),
    intro: z.optional(text),
    items: z.array(item).check(z.minLength(1), z.maxLength(LIMITS.itemsPerGroup)),
  });

  const section = z.strictObject({
    id: described(idSchema, 'Stable id, such as C3.1; cross-references point at it.'),
    title: text,
    intro: z.optional(text),
    seeAlso: z.optional(crossReferencesSchema),
    groups: z.array(group).check(z.minLength(1), z.maxLength(LIMITS.groupsPerSection)),
  });

  const source = z.strictObject({
    title: text,
    publisher: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    year: z.optional(z.int().check(z.gte(1000), z.lte(3000))),
    url: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2000))),
    license: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
    note: z.optional(text),
  });

  return z
    .strictObject({
      format: z.literal(FORMAT_ID),
      id: z.string().check(z.maxLength(LIMITS.idLength), z.regex(FRAMEWORK_ID, 'framework-id')),
      version: z
        .string()
        .check(z.minLength(1), z.maxLength(40), about('Content version, such as "1". Quote it.')),
      sourceLanguage: described(languageCodeSchema, 'The authoritative language of the texts.'),
      subject: z.enum(['individual', 'organisation']),
      title: text,
      intro: z.optional(text),
      source: z.optional(source),
      scale: z
        .optional(z.array(scaleStep).check(z.minLength(1), z.maxLength(LIMITS.scaleSteps)))
        .check(about('Rating scale, lowest first. When absent, the default 0-4 scale applies.')),
      levels: z
        .optional(z.array(level).check(z.minLength(1), z.maxLength(20)))
        .check(about('Cumulative variant levels, lowest first.')),
      sections: z.array(section).check(z.minLength(1), z.maxLength(LIMITS.sections)),
    })
    .check(
      z.meta({
        title: 'Competency framework',
        description: `A competency framework in the ${FORMAT_ID} format.`,
      }),
    );
}

type FrameworkSchema = ReturnType<typeof makeFrameworkSchema>;

/** A framework as the loader returns it: every localized text is a map. */
export type Framework = z.output<FrameworkSchema>;
export type LocalizedText = Record<string, string>;
export type Section = Framework['sections'][number];
export type Group = Section['groups'][number];
export type Item = Group['items'][number];
export type ScaleStep = NonNullable<Framework['scale']>[number];
export type Level = NonNullable<Framework['levels']>[number];
export type Subject = Framework['subject'];
export type GroupKind = Group['kind'];
