// The built-in frameworks: valid, complete in five languages, faithful to the seeds.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrameworkDir } from '../../build/frameworks-plugin.ts';
import { localizedTexts } from '../../src/domain/framework/checks.ts';
import { countStatements } from '../../src/domain/framework/summary.ts';
import { UI_LANGUAGES } from '../../src/domain/language.ts';

const { frameworks, errors } = readFrameworkDir('frameworks');
const byId = new Map(frameworks.map((f) => [f.id, f]));

describe('built-in frameworks', () => {
  it('all load without problems', () => {
    expect(errors).toEqual([]);
  });

  it.each([
    ['guidance-competences', 'en', 'individual', 38, ['B3.3', 'C3.1']],
    ['navigator-criteria', 'sv', 'organisation', 45, undefined],
    ['samenwerken', 'nl', 'individual', 19, ['informatie-delen', 'afspraken-maken']],
    ['career-guidance-partnership', 'nb', 'organisation', 5, undefined],
  ] as const)('%s: source %s, subject %s, %i statements', (id, language, subject, statements, sections) => {
    const fw = byId.get(id);
    expect(fw).toBeDefined();
    if (!fw) return;
    expect(fw.sourceLanguage).toBe(language);
    expect(fw.subject).toBe(subject);
    expect(countStatements(fw)).toBe(statements);
    if (sections) expect(fw.sections.map((s) => s.id)).toEqual(sections);
  });

  it('samenwerken has the cumulative levels basis, plus1, plus2 and tags every group', () => {
    const fw = byId.get('samenwerken');
    expect(fw?.levels?.map((l) => l.id)).toEqual(['basis', 'plus1', 'plus2']);
    const groups = fw?.sections.flatMap((s) => s.groups) ?? [];
    expect(groups.every((g) => g.level !== undefined)).toBe(true);
    expect(new Set(groups.map((g) => g.kind))).toEqual(new Set(['knowledge', 'skill']));
  });

  it('shows as text, not rated, what is not a practice: ways of working to avoid, national goals', () => {
    const unrated = (id: string) =>
      byId
        .get(id)
        ?.sections.flatMap((s) => s.groups.filter((g) => g.rated === false).flatMap((g) => g.items))
        .map((i) => i.id);
    expect(unrated('navigator-criteria')).toEqual(['nav-oreglerat-arbete', 'nav-parallellt-arbete']);
    expect(unrated('career-guidance-partnership')).toEqual([
      'kp-okt-tilgang',
      'kp-okt-kvalitet',
      'kp-profesjonalitet',
      'kp-likeverdig-tilbud',
      'kp-karrieresentrene',
    ]);
    expect(unrated('guidance-competences')).toEqual([]);
    expect(unrated('samenwerken')).toEqual([]);
  });

  it('C3.1 keeps its cross-references', () => {
    const c31 = byId.get('guidance-competences')?.sections.find((s) => s.id === 'C3.1');
    expect(c31?.seeAlso).toEqual(['A1.2', 'B3.2', 'C3.2', 'C4.3']);
  });

  it.each(frameworks.map((f) => [f.id, f] as const))(
    '%s has every text in en, fi, sv, nl and nb',
    (_, fw) => {
      const missing: string[] = [];
      for (const [path, text] of localizedTexts(fw)) {
        for (const language of UI_LANGUAGES) {
          if (!text[language]?.trim()) missing.push(`${path.join('.')}: ${language}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  const fidelity = '../shared/tools/seed-fidelity.mjs';
  it.runIf(existsSync(fidelity) && existsSync('../shared/seeds'))(
    'every seed statement stands word for word in the source-language text',
    () => {
      const run = spawnSync(process.execPath, [fidelity, '../shared/seeds', 'frameworks'], {
        encoding: 'utf8',
      });
      expect(run.stdout).toMatch(/seed statements found: (\d+)\/\1/);
      expect(run.status).toBe(0);
    },
  );
});
