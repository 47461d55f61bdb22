import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../framework/loader.ts';
import { frameworkToCase } from './caseExport.ts';
import { readFrameworkFile } from './readFrameworkFile.ts';

const example = readFileSync('public/example-framework.yaml', 'utf8');

describe('reading a framework file a user hands in', () => {
  it('keeps a YAML file as it was written', () => {
    const result = readFrameworkFile(example, 'example.yaml');
    expect(result.ok && result.text).toBe(example);
    expect(result.ok && result.caseNotes).toBeUndefined();
  });

  it('turns a CASE package into a framework kept in our format', () => {
    const loaded = loadFramework(example, 'example.yaml');
    if (!loaded.ok) throw new Error('example invalid');
    const pkg = JSON.stringify(frameworkToCase(loaded.framework, 'en', new Date()));
    const result = readFrameworkFile(pkg, 'example.case.json');
    if (!result.ok) throw new Error('CASE package refused');
    expect(result.caseNotes).toEqual([]);
    expect(loadFramework(result.text, 'kept.yaml')).toEqual({ ok: true, framework: result.framework });
  });

  it('reports problems of either kind with positions', () => {
    const yaml = readFrameworkFile('format: competency-framework/1\nid: 7\n', 'bad.yaml');
    expect(yaml.ok ? [] : yaml.problems.map((p) => p.path)).toContain('id');
    const pkg = readFrameworkFile('{"CFDocument": {}, "CFItems": "none"}', 'bad.json');
    expect(pkg.ok ? [] : pkg.problems.map((p) => p.path)).toContain('CFItems');
  });
});
