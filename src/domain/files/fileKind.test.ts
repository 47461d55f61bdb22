import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkToCase } from '../exchange/caseExport.ts';
import { loadFramework } from '../framework/loader.ts';
import { writeResultFile } from '../workshop/resultFile.ts';
import { fileKind } from './fileKind.ts';

const example = readFileSync('public/example-framework.yaml', 'utf8');

describe('fileKind', () => {
  it('recognises a framework in YAML (also after a comment) and in JSON', () => {
    expect(fileKind(example)).toBe('framework');
    expect(fileKind('# mine\nid: x\nformat: "competency-framework/1"\n')).toBe('framework');
    const loaded = loadFramework(example, 'example.yaml');
    if (!loaded.ok) throw new Error('example');
    expect(fileKind(`\uFEFF${JSON.stringify(loaded.framework)}`)).toBe('framework');
    expect(fileKind(JSON.stringify(frameworkToCase(loaded.framework, 'en', new Date())))).toBe('case');
  });

  it('recognises saved assessments, workshop files and result files by their format', () => {
    expect(fileKind('{"format":"competency-assessment/1","assessments":[]}')).toBe('assessment');
    expect(fileKind('{"format":"competency-workshop/1","exercise":{},"results":[]}')).toBe('workshop');
    expect(fileKind(writeResultFile('ABCD-EFGH'))).toBe('result');
  });

  it('says unknown for anything else, without throwing', () => {
    expect(fileKind('{"format":"something/1"}')).toBe('unknown');
    expect(fileKind('{"format":"__proto__"}')).toBe('unknown');
    expect(fileKind('{ not json')).toBe('unknown');
    expect(fileKind('name: x\nformat: other\n')).toBe('unknown');
    expect(fileKind('')).toBe('unknown');
    expect(fileKind('null')).toBe('unknown');
  });
});
