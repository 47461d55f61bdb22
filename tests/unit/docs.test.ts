// The authoring guide and the example file users start from are valid frameworks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../src/domain/framework/loader.ts';

describe('authoring guide', () => {
  it('offers an example file that is a valid framework', () => {
    const result = loadFramework(
      readFileSync('public/example-framework.yaml', 'utf8'),
      'example-framework.yaml',
    );
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
  });

  it('shows a complete example that is a valid framework', () => {
    const guide = readFileSync('docs/framework-format.md', 'utf8');
    const example = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const result = loadFramework(example, 'guide-example.yaml');
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
  });
});
