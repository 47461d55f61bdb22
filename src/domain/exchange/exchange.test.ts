import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../framework/loader.ts';
import type { Framework } from '../framework/schema.ts';
import { frameworkToCase } from './caseExport.ts';
import { caseToFramework } from './caseImport.ts';
import { frameworkToYaml } from './frameworkYaml.ts';

function load(file: string): Framework {
  const r = loadFramework(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(file);
  return r.framework;
}

const files = [
  'frameworks/guidance-competences.yaml',
  'frameworks/navigator-criteria.yaml',
  'frameworks/samenwerken.yaml',
  'frameworks/career-guidance-partnership.yaml',
  'public/example-framework.yaml',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('framework as YAML', () => {
  it.each(files)('%s: export then import gives the same framework', (file) => {
    const fw = load(file);
    const again = loadFramework(frameworkToYaml(fw), 'exported.yaml');
    expect(again).toEqual({ ok: true, framework: fw });
  });
});

describe('framework as a CASE package', () => {
  const fw = load('frameworks/guidance-competences.yaml');
  const pkg = frameworkToCase(fw, 'fi', new Date('2026-11-23T10:00:00Z'));

  it('has a CFDocument in the chosen language and a CFItem per section, group and statement', () => {
    expect(pkg.CFDocument).toMatchObject({
      title: 'Ohjauksen ammattilaisten osaamiskuvaukset',
      language: 'fi',
      version: '2',
    });
    expect(pkg.CFItems).toHaveLength(2 + 4 + 38);
    const c31 = pkg.CFItems.find((i) => i.humanCodingScheme === 'C3.1');
    expect(c31).toMatchObject({
      CFItemType: 'Competency Area',
      fullStatement: 'Moniammatillinen verkostoyhteistyö',
      language: 'fi',
    });
    const k1 = pkg.CFItems.find((i) => i.humanCodingScheme === 'C3.1-k1');
    expect(k1?.CFItemType).toBe('Competency');
    expect(k1?.fullStatement).toMatch(/taustatekij/);
  });

  it('links the hierarchy with isChildOf and cross-references with isRelatedTo', () => {
    const childOf = pkg.CFAssociations.filter((a) => a.associationType === 'isChildOf');
    expect(childOf).toHaveLength(2 + 4 + 38);
    const topLevel = childOf.filter((a) => a.destinationNodeURI.identifier === pkg.CFDocument.identifier);
    expect(topLevel.map((a) => a.originNodeURI.title)).toEqual([
      'Asiakaslähtöinen ohjausprosessi',
      'Moniammatillinen verkostoyhteistyö',
    ]);
    // B3.3 refers to B3.4, C3.1 to A1.2, B3.2, C3.2, C4.3: none of them is in the file.
    expect(pkg.CFAssociations.filter((a) => a.associationType === 'isRelatedTo')).toHaveLength(0);
    const example = frameworkToCase(load('public/example-framework.yaml'), 'en', new Date());
    const related = example.CFAssociations.filter((a) => a.associationType === 'isRelatedTo');
    expect(related.map((a) => [a.originNodeURI.title, a.destinationNodeURI.title])).toEqual([
      ['Meeting the client', 'Working with partners'],
    ]);
  });

  it('uses stable UUID v5 identifiers', () => {
    const again = frameworkToCase(fw, 'fi', new Date('2030-01-01T00:00:00Z'));
    expect(again.CFItems.map((i) => i.identifier)).toEqual(pkg.CFItems.map((i) => i.identifier));
    expect(pkg.CFItems.every((i) => UUID.test(i.identifier))).toBe(true);
    expect(frameworkToCase(fw, 'sv', new Date()).CFDocument.identifier).not.toBe(pkg.CFDocument.identifier);
  });

  const readBack = (original: Framework, language: string) => {
    const exported = frameworkToCase(original, language, new Date('2026-11-23T10:00:00Z'));
    const result = caseToFramework(JSON.stringify(exported), 'case.json');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return result;
  };

  it.each(files)('%s: reads back as the same framework (levels, scale, translations, see also)', (file) => {
    const original = load(file);
    const result = readBack(original, original.sourceLanguage);
    expect(result.notes).toEqual([]);
    expect(result.framework).toEqual(original);
  });

  it.each(files)('%s: exported in another language, reads back as the same framework', (file) => {
    const original = load(file);
    const other = original.sourceLanguage === 'sv' ? 'nb' : 'sv';
    expect(readBack(original, other).framework).toEqual(original);
  });

  it('without the extension, keeps the hierarchy and cross-references from CASE fields alone', () => {
    const original = load('public/example-framework.yaml');
    const lang = original.sourceLanguage;
    const exported = frameworkToCase(original, lang, new Date('2026-11-23T10:00:00Z'));
    delete exported.CFDocument.extensions;
    for (const i of exported.CFItems) delete i.extensions;
    const result = caseToFramework(JSON.stringify(exported), 'case.json');
    if (!result.ok) throw new Error('refused');
    const outline = (f: Framework) =>
      f.sections.map((s) => ({
        seeAlso: s.seeAlso?.filter((id) => f.sections.some((t) => t.id === id)),
        groups: s.groups.map((g) => ({ kind: g.kind, items: g.items.map((i) => i.text[lang]) })),
      }));
    expect(outline(result.framework)).toEqual(outline(original));
  });

  it('reports what it cannot map instead of dropping it', () => {
    const crafted = structuredClone(pkg);
    const [firstItem] = pkg.CFItems;
    const [firstAssociation] = pkg.CFAssociations;
    if (!firstItem || !firstAssociation) throw new Error('empty package');
    crafted.CFItems.push({
      ...structuredClone(firstItem),
      identifier: 'orphan',
      fullStatement: 'An item outside the tree',
    });
    crafted.CFAssociations.push({
      ...structuredClone(firstAssociation),
      associationType: 'exemplar' as 'isChildOf',
    });
    const result = caseToFramework(JSON.stringify(crafted), 'case.json');
    expect(result.ok && result.notes.filter((n) => n.code !== 'version-missing')).toEqual([
      { code: 'association-unused', detail: 'exemplar', items: ['1'] },
      { code: 'outside-tree', items: ['B3.3 An item outside the tree'] },
    ]);
  });

  it('refuses a file that is not a CASE package, with positions', () => {
    const result = caseToFramework('{"CFDocument": {"identifier": [3]}, "CFItems": []}', 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.line}:${p.col} ${p.path}`)).toContain(
        '1:31 CFDocument.identifier',
      );
  });
});
