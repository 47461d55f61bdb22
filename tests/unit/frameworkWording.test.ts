// The translations of the built-in frameworks keep the meaning of the source
// where a close reading found it changed (issue 17 item 20), and the sources
// say where they come from (item 22).
import { describe, expect, it } from 'vitest';
import { readFrameworkDir } from '../../build/frameworks-plugin.ts';
import { localizedTexts } from '../../src/domain/framework/checks.ts';
import { itemsById } from '../../src/domain/framework/statements.ts';

const { frameworks } = readFrameworkDir('frameworks');
const byId = (id: string) => {
  const fw = frameworks.find((f) => f.id === id);
  if (!fw) throw new Error(id);
  return fw;
};
const text = (fw: string, item: string) => itemsById(byId(fw)).get(item)?.text ?? {};

describe('the built-in frameworks say what the source says', () => {
  it('Navigator: English "shall" where the Swedish says ska, "should" where it says bör', () => {
    const wrong: string[] = [];
    for (const [path, t] of localizedTexts(byId('navigator-criteria'))) {
      const sv = t.sv ?? '';
      const en = t.en ?? '';
      if (/\bbör\b/.test(sv) && !/\bshould\b/.test(en)) wrong.push(`${path.join('.')}: bör`);
      if (/\bska\b/.test(sv) && !/\bbör\b/.test(sv) && /\bshould\b/.test(en))
        wrong.push(`${path.join('.')}: ska`);
    }
    expect(wrong).toEqual([]);
  });

  it('Navigator: "Bli bemött" is being met, nothing added; well-being, deciding and inventing as in the source', () => {
    expect(text('navigator-criteria', 'nav-bli-bemott')).toMatchObject({
      en: 'Being met',
      nl: 'Ontmoet worden',
      nb: 'Bli møtt',
    });
    expect(text('navigator-criteria', 'nav-valfard').nb).toBe('Trivsel');
    expect(text('navigator-criteria', 'nav-konkret-fraga').nb).not.toMatch(/Avklaring/);
    const intro = byId('navigator-criteria').sections[0]?.intro ?? {};
    expect(intro.en).toMatch(/explore, invent and crystallise/);
    expect(intro.fi).toMatch(/tutkia, keksiä/);
  });

  it('B3.3: client-centred is klientcentrerad in Swedish, readiness is gereedheid in Dutch', () => {
    const b33 = byId('guidance-competences').sections.find((s) => s.id === 'B3.3');
    expect(b33?.title.sv).toBe('Klientcentrerad vägledningsprocess');
    expect(text('guidance-competences', 'B3.3-k3').sv).toMatch(/klientcentrerat/);
    expect(text('guidance-competences', 'B3.3-k1').nl).toMatch(/gereedheid/);
    expect(b33?.intro?.nl).toMatch(/gereedheid en behoeften/);
  });

  it('partnership: a lifelong perspective, not a life-course one', () => {
    const intro = byId('career-guidance-partnership').sections[0]?.intro ?? {};
    expect(intro.fi).not.toMatch(/elämänkaari/);
    expect(intro.fi).toMatch(/elinikäisen/);
  });

  it('names the publisher, year and address where they were found', () => {
    expect(byId('guidance-competences').source).toMatchObject({
      publisher: 'University of Jyväskylä, Finnish Institute for Educational Research',
      year: 2024,
      url: 'https://doi.org/10.17011/ktl-rt/6',
    });
    expect(byId('career-guidance-partnership').source?.url).toBe(
      'https://www.karriereinnlandet.no/om-karriere-oppland/partnerskap-for-karriereveiledning/',
    );
  });

  it('says in every source note what was written for the app', () => {
    for (const id of ['navigator-criteria', 'career-guidance-partnership', 'guidance-competences'])
      expect(byId(id).source?.note?.en).toMatch(/Added for this app, not taken from the source/);
  });
});
