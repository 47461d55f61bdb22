// The scale used when a framework names none: 0 New to me ... 4 Can support colleagues in it.
// Its texts live with the other UI strings in locales/<lang>/scale.json: `default`
// speaks of oneself ("I have done it with guidance"), `rater` of the one a rater
// rates ("They have done it with guidance"). A framework's own scale is shown as written.
import en from '../../../locales/en/scale.json' with { type: 'json' };
import fi from '../../../locales/fi/scale.json' with { type: 'json' };
import nb from '../../../locales/nb/scale.json' with { type: 'json' };
import nl from '../../../locales/nl/scale.json' with { type: 'json' };
import sv from '../../../locales/sv/scale.json' with { type: 'json' };
import type { Audience } from './audience.ts';
import type { Framework, LocalizedText, ScaleStep } from './schema.ts';

const TEXTS = { en, fi, sv, nl, nb };
const VALUES = ['0', '1', '2', '3', '4'] as const;
type Voice = 'default' | 'rater';

function collect(
  voice: Voice,
  value: (typeof VALUES)[number],
  field: 'label' | 'description',
): LocalizedText {
  return Object.fromEntries(Object.entries(TEXTS).map(([lang, texts]) => [lang, texts[voice][value][field]]));
}

const scaleIn = (voice: Voice): ScaleStep[] =>
  VALUES.map((value) => ({
    value: Number(value),
    label: collect(voice, value, 'label'),
    description: collect(voice, value, 'description'),
  }));

export const DEFAULT_SCALE: ScaleStep[] = scaleIn('default');
const RATER_SCALE: ScaleStep[] = scaleIn('rater');

/** The framework's own scale, or the default one; a rater (`audienceOf`) reads the default one about the one they rate. */
export function scaleOf(fw: Pick<Framework, 'scale'>, audience?: Audience): ScaleStep[] {
  return fw.scale ?? (audience === 'rater' ? RATER_SCALE : DEFAULT_SCALE);
}
