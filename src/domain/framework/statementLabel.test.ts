import { describe, expect, it } from 'vitest';
import type { Framework } from './schema.ts';
import { isShortStatement, statementLabel, statementLabels } from './statementLabel.ts';

const join = (group: string, text: string) => `${group} / ${text}`;
const group = {
  title: { sv: 'Navigatorn ska svara på kundens behov', en: 'The Navigator should meet the needs:' },
};

describe('isShortStatement', () => {
  it('is a statement of at most three words in the source language', () => {
    expect(isShortStatement({ text: { sv: 'Sysselsättning' } }, 'sv')).toBe(true);
    expect(isShortStatement({ text: { sv: 'Utbildning och  studier' } }, 'sv')).toBe(true);
    expect(isShortStatement({ text: { sv: 'Specialkompetens vid avtalade tidpunkter' } }, 'sv')).toBe(false);
  });

  it('decides on the source text, whatever a translation says', () => {
    expect(
      isShortStatement({ text: { sv: 'Bli bemött', en: 'Being met and heard with respect' } }, 'sv'),
    ).toBe(true);
    expect(isShortStatement({ text: { en: 'Knows the local network well', fi: 'Verkosto' } }, 'en')).toBe(
      false,
    );
  });
});

describe('statementLabel', () => {
  it("names a short statement with its group's title, without the title's closing colon", () => {
    expect(statementLabel({ text: { sv: 'Välfärd', en: 'Well-being' } }, group, 'en', 'sv', join)).toBe(
      'The Navigator should meet the needs / Well-being',
    );
    expect(statementLabel({ text: { sv: 'Välfärd' } }, group, 'sv', 'sv', join)).toBe(
      'Navigatorn ska svara på kundens behov / Välfärd',
    );
  });

  it('leaves a statement that stands alone, or one in a group without a title, as it is', () => {
    const long = { text: { sv: 'Fråga och konsultera vid behov' } };
    expect(statementLabel(long, group, 'sv', 'sv', join)).toBe('Fråga och konsultera vid behov');
    expect(statementLabel({ text: { sv: 'Välfärd' } }, {}, 'sv', 'sv', join)).toBe('Välfärd');
  });
});

describe('statementLabels', () => {
  it('labels every item of a framework by id', () => {
    const fw = {
      sourceLanguage: 'en',
      sections: [
        {
          groups: [
            { title: { en: 'Needs' }, items: [{ id: 'a', text: { en: 'Work' } }] },
            { items: [{ id: 'b', text: { en: 'Work' } }] },
          ],
        },
      ],
    } as unknown as Framework;
    expect([...statementLabels(fw, 'en', join)]).toEqual([
      ['a', 'Needs / Work'],
      ['b', 'Work'],
    ]);
  });
});
