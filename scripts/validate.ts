// npm run validate -- [files...]   (default: every file in frameworks/)
// Prints file:line:col: message for every problem; exits 1 if there is any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFramework } from '../src/domain/framework/loader.ts';
import { formatProblem } from '../src/domain/framework/problems.ts';
import { LIMITS } from '../src/domain/framework/schema.ts';

function filesToCheck(args: string[]): string[] {
  if (args.length) return args;
  return readdirSync('frameworks')
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => join('frameworks', f));
}

function readText(file: string): string {
  const size = statSync(file).size;
  // Read no more than just over the limit: the loader reports the size either way.
  if (size > LIMITS.fileBytes) return 'x'.repeat(LIMITS.fileBytes + 1);
  return readFileSync(file, 'utf8');
}

let failed = 0;
const ids = new Map<string, string>();
for (const file of filesToCheck(process.argv.slice(2))) {
  const name = file;
  let text: string;
  try {
    text = readText(file);
  } catch (error) {
    console.log(
      `${name}:1:1: the file could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
    failed++;
    continue;
  }
  const result = loadFramework(text, name);
  if (!result.ok) {
    for (const p of result.problems) console.log(formatProblem(p));
    failed++;
    continue;
  }
  const other = ids.get(result.framework.id);
  if (other) {
    console.log(`${name}:1:1: id: the framework id "${result.framework.id}" is already used by ${other}`);
    failed++;
  }
  ids.set(result.framework.id, name);
  console.log(`${name}: ok`);
}
process.exitCode = failed ? 1 : 0;
