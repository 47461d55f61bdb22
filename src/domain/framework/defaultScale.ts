// The scale used when a framework names none: 0 New to me ... 4 Can support colleagues in it.
// Its texts live with the other UI strings in locales/<lang>/scale.json.
import en from '../../../locales/en/scale.json' with { type: 'json' };
import fi from '../../../locales/fi/scale.json' with { type: 'json' };
import nb from '../../../locales/nb/scale.json' with { type: 'json' };
import nl from '../../../locales/nl/scale.json' with { type: 'json' };
import sv from '../../../locales/sv/scale.json' with { type: 'json' };
import type { Framework, LocalizedText, ScaleStep } from './schema.ts';

const TEXTS = { en, fi, sv, nl, nb };
const VALUES = ['0', '1', '2', '3', '4'] as const;

function collect(value: (typeof VALUES)[number], field: 'label' | 'description'): LocalizedText {
  return Object.fromEntries(
    Object.entries(TEXTS).map(([lang, texts]) => [lang, texts.default[value][field]]),
  );
}

export const DEFAULT_SCALE: ScaleStep[] = VALUES.map((value) => ({
  value: Number(value),
  label: collect(value, 'label'),
  description: collect(value, 'description'),
}));

/** The framework's own scale, or the default one. */
export function scaleOf(fw: Pick<Framework, 'scale'>): ScaleStep[] {
  return fw.scale ?? DEFAULT_SCALE;
}
