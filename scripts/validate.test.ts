import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join('node_modules', '.bin', 'tsx');
const validate = (...files: string[]) =>
  spawnSync(tsx, ['scripts/validate.ts', ...files], {
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });

describe('npm run validate', () => {
  it('passes the built-in frameworks', () => {
    const run = validate();
    expect(run.stdout).toContain('frameworks/samenwerken.yaml: ok');
    expect(run.status).toBe(0);
  });

  it('prints file:line:col: message for every problem, exits 1, and never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const good = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      good.replace('version: "1"', 'version: 1').replace('subject: individual', 'subject: person'),
    );
    const syntax = join(dir, 'syntax.yaml');
    writeFileSync(syntax, 'a: [1, 2\nb: 3\n');
    const bomb = join(dir, 'bomb.yaml');
    writeFileSync(
      bomb,
      `a: &a [${'x,'.repeat(50)}]\nb: &b [${'*a,'.repeat(50)}]\nc: [${'*b,'.repeat(50)}]\n`,
    );
    const run = validate(bad, syntax, bomb, join(dir, 'missing.yaml'));
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${bad}:3:10: version: expected a text, found a whole number`,
      `${bad}:5:10: subject: must be one of "individual", "organisation"; found "person"`,
      `${syntax}:2:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
      `${bomb}:1:1: too many YAML aliases (more than 100); the file is refused to keep the page responsive`,
      `${join(dir, 'missing.yaml')}:1:1: the file could not be opened (ENOENT)`,
    ]);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    expect(run.status).toBe(1);
  });
});
