// The framework file format, `competency-framework/1`, defined once.
// The same schema gives the runtime validation (loader), the TypeScript types
// (below) and the JSON Schema for editors (scripts/write-json-schema.ts).
import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const FORMAT_ID = 'competency-framework/1';

export { LIMITS } from './limits.ts';

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const FRAMEWORK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const languageCodeSchema = z
  .string()
  .regex(LANGUAGE_CODE, 'language-code')
  .meta({ description: 'A language code (BCP 47), such as en, fi, sv, nl or nb.' });

const idSchema = z.string().min(1).max(LIMITS.idLength).regex(ITEM_ID, 'id');

const textSchema = z.string().min(1).max(LIMITS.textLength);

/**
 * A localized text: a map from language code to text, or a bare string that
 * stands for the source language. The output is always the map.
 */
function localizedText(sourceLanguage: string) {
  return z
    .union([
      textSchema.transform((text): Record<string, string> => ({ [sourceLanguage]: text })),
      z.record(languageCodeSchema, textSchema),
    ])
    .meta({
      description:
        'A text in one or more languages: a map from language code to text. A bare string means the source language.',
    });
}

const crossReferencesSchema = z
  .array(idSchema)
  .max(LIMITS.crossReferences)
  .meta({ description: 'Ids of sections this one refers to ("see also"). They need not be loaded.' });

export function makeFrameworkSchema(sourceLanguage: string) {
  const text = localizedText(sourceLanguage);

  const scaleStep = z.strictObject({
    value: z.int().min(-1000).max(1000).meta({ description: 'A whole number; values strictly increase.' }),
    label: text,
    description: text.optional(),
  });

  const level = z.strictObject({
    id: idSchema,
    label: text,
    description: text.optional(),
  });

  const item = z.strictObject({
    id: idSchema.meta({ description: 'Unique in the framework; answers are stored under it.' }),
    text: text.meta({ description: 'The statement a person rates.' }),
    description: text.optional().meta({ description: 'Optional guidance shown under the statement.' }),
    seeAlso: crossReferencesSchema.optional(),
  });

  const group = z.strictObject({
    id: idSchema.meta({ description: 'Unique within its section.' }),
    kind: z.enum(['knowledge', 'skill', 'criterion']),
    level: idSchema.optional().meta({ description: 'The id of the variant level this group belongs to.' }),
    title: text.optional(),
    intro: text.optional(),
    items: z.array(item).min(1).max(LIMITS.itemsPerGroup),
  });

  const section = z.strictObject({
    id: idSchema.meta({ description: 'Stable id, such as C3.1; cross-references point at it.' }),
    title: text,
    intro: text.optional(),
    seeAlso: crossReferencesSchema.optional(),
    groups: z.array(group).min(1).max(LIMITS.groupsPerSection),
  });

  const source = z.strictObject({
    title: text,
    publisher: z.string().min(1).max(500).optional(),
    year: z.int().min(1000).max(3000).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    license: z.string().min(1).max(500).optional(),
    note: text.optional(),
  });

  return z
    .strictObject({
      format: z.literal(FORMAT_ID),
      id: z.string().max(LIMITS.idLength).regex(FRAMEWORK_ID, 'framework-id'),
      version: z.string().min(1).max(40).meta({ description: 'Content version, such as "1". Quote it.' }),
      sourceLanguage: languageCodeSchema.meta({ description: 'The authoritative language of the texts.' }),
      subject: z.enum(['individual', 'organisation']),
      title: text,
      intro: text.optional(),
      source: source.optional(),
      scale: z
        .array(scaleStep)
        .min(1)
        .max(LIMITS.scaleSteps)
        .optional()
        .meta({ description: 'Rating scale, lowest first. When absent, the default 0-4 scale applies.' }),
      levels: z
        .array(level)
        .min(1)
        .max(20)
        .optional()
        .meta({ description: 'Cumulative variant levels, lowest first.' }),
      sections: z.array(section).min(1).max(LIMITS.sections),
    })
    .meta({
      title: 'Competency framework',
      description: `A competency framework in the ${FORMAT_ID} format.`,
    });
}

type FrameworkSchema = ReturnType<typeof makeFrameworkSchema>;

/** A framework as the loader returns it: every localized text is a map. */
export type Framework = z.output<FrameworkSchema>;
/** A framework as it may be written in a file. */
export type FrameworkFile = z.input<FrameworkSchema>;
export type LocalizedText = Record<string, string>;
export type Section = Framework['sections'][number];
export type Group = Section['groups'][number];
export type Item = Group['items'][number];
export type ScaleStep = NonNullable<Framework['scale']>[number];
export type Level = NonNullable<Framework['levels']>[number];
export type Subject = Framework['subject'];
export type GroupKind = Group['kind'];
