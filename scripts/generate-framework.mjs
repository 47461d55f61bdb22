// Writes a generated framework of N statements for the benchmark: sections of
// 20 statements (10 knowledge, 10 skills), like a large competence framework.
//   node scripts/generate-framework.mjs 2000 .bench/frameworks
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = [
  'guidance',
  'client',
  'network',
  'plan',
  'evaluate',
  'career',
  'information',
  'decision',
  'process',
  'partner',
  'skills',
  'goals',
];
const sentence = (n) =>
  Array.from({ length: 10 + (n % 7) }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]).join(' ');

export function generateFramework(total) {
  const lines = [
    'format: competency-framework/1',
    `id: bench-${total}`,
    'version: "1"',
    'sourceLanguage: en',
    'subject: individual',
    `title: Generated framework of ${total} statements`,
    'sections:',
  ];
  let made = 0;
  for (let s = 1; made < total; s++) {
    lines.push(`  - id: G${s}`, `    title: Generated section ${s}`, '    groups:');
    for (const kind of ['knowledge', 'skill']) {
      const count = Math.min(10, total - made);
      if (count <= 0) break;
      lines.push(
        `      - id: ${kind}`,
        `        kind: ${kind}`,
        `        title: The professional has ${kind} of`,
        '        items:',
      );
      for (let i = 0; i < count; i++) {
        made++;
        lines.push(`          - id: G${s}-${kind[0]}${i + 1}`, `            text: ${sentence(made)} ${made}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A framework whose one section holds `total` statements, in groups of up to
 * 2000 (the most a group may hold): the longest section the limits allow.
 */
export function generateLongSection(total) {
  const lines = [
    'format: competency-framework/1',
    `id: long-${total}`,
    'version: "1"',
    'sourceLanguage: en',
    'subject: individual',
    `title: One section of ${total} statements`,
    'sections:',
    '  - id: L1',
    '    title: A very long section',
    '    groups:',
  ];
  for (let g = 1, made = 0; made < total; g++) {
    lines.push(`      - id: g${g}`, '        kind: skill', `        title: Group ${g}`, '        items:');
    for (let i = 0; i < 2000 && made < total; i++) {
      made++;
      lines.push(`          - id: L${made}`, `            text: ${sentence(made)} ${made}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n = '500', dir = '.bench/frameworks'] = process.argv.slice(2);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `bench-${n}.yaml`), generateFramework(Number(n)));
  console.log(`wrote ${join(dir, `bench-${n}.yaml`)}`);
}
