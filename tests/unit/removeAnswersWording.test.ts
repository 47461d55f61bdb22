// "Remove my answers from this device" asks before it deletes: what its dialog
// says goes must be the rater's answers, never in the words of the list
// "My assessments" (in Dutch and Norwegian "beoordelingen"/"vurderinger" read as
// "your assessments will be erased" while the button says antwoorden/svar).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The stem of the word that names the entries of "My assessments" in each language. */
const LIST_WORD: Record<string, string> = {
  en: 'assessment',
  fi: 'arvioin',
  sv: 'skattning',
  nl: 'beoordeling',
  nb: 'vurdering',
};

describe('the dialog that removes a rater’s answers', () => {
  it.each(Object.entries(LIST_WORD))(
    '%s: names the answers, not the assessments of the list',
    (lng, word) => {
      const heading = (
        JSON.parse(readFileSync(`locales/${lng}/assessments.json`, 'utf8')) as { heading: string }
      ).heading;
      // The stem is the list's own word.
      expect(heading.toLowerCase()).toContain(word);
      const { remove } = JSON.parse(readFileSync(`locales/${lng}/feedback.json`, 'utf8')) as {
        remove: Record<string, string>;
      };
      for (const key of ['heading', 'text', 'confirm'])
        expect(remove[key]?.toLowerCase(), `${lng} remove.${key}`).not.toContain(word);
    },
  );
});
