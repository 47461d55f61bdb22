// Rules the schema alone cannot express: every text holds the source language,
// ids are unique, referenced levels exist, scale values increase, no text has
// more languages than stored data keeps, something is left to rate.
import { LIMITS } from './limits.ts';
import type { ProblemCode, ProblemParams } from './problems.ts';
import type { Framework, LocalizedText } from './schema.ts';
import { isRated } from './statements.ts';

export type Path = (string | number)[];

export interface Finding {
  path: Path;
  code: ProblemCode;
  params: ProblemParams;
  /** Another place the finding refers to (the first use of a duplicate id). */
  relatedPath?: Path;
}

/** Every localized text of a framework with its path. */
export function* localizedTexts(fw: Framework): Generator<[Path, LocalizedText]> {
  yield [['title'], fw.title];
  if (fw.intro) yield [['intro'], fw.intro];
  if (fw.source) {
    yield [['source', 'title'], fw.source.title];
    if (fw.source.note) yield [['source', 'note'], fw.source.note];
  }
  for (const [i, step] of (fw.scale ?? []).entries()) {
    yield [['scale', i, 'label'], step.label];
    if (step.description) yield [['scale', i, 'description'], step.description];
  }
  for (const [i, level] of (fw.levels ?? []).entries()) {
    yield [['levels', i, 'label'], level.label];
    if (level.description) yield [['levels', i, 'description'], level.description];
  }
  for (const [s, section] of fw.sections.entries()) {
    const sp: Path = ['sections', s];
    yield [[...sp, 'title'], section.title];
    if (section.intro) yield [[...sp, 'intro'], section.intro];
    for (const [g, group] of section.groups.entries()) {
      const gp: Path = [...sp, 'groups', g];
      if (group.title) yield [[...gp, 'title'], group.title];
      if (group.intro) yield [[...gp, 'intro'], group.intro];
      for (const [i, item] of group.items.entries()) {
        yield [[...gp, 'items', i, 'text'], item.text];
        if (item.description) yield [[...gp, 'items', i, 'description'], item.description];
      }
    }
  }
}

function uniqueIds(entries: Iterable<[Path, string]>, findings: Finding[]): void {
  const seen = new Map<string, Path>();
  for (const [path, id] of entries) {
    const first = seen.get(id);
    if (first) findings.push({ path, code: 'duplicate-id', params: { id }, relatedPath: first });
    else seen.set(id, path);
  }
}

export function checkFramework(fw: Framework): Finding[] {
  const findings: Finding[] = [];

  for (const [path, text] of localizedTexts(fw)) {
    if (!Object.hasOwn(text, fw.sourceLanguage)) {
      findings.push({ path, code: 'missing-source-language', params: { language: fw.sourceLanguage } });
    }
    const languages = Object.keys(text).length;
    if (languages > LIMITS.languages) {
      findings.push({ path, code: 'too-many', params: { size: languages, limit: LIMITS.languages } });
    }
  }

  const steps = fw.scale ?? [];
  for (let i = 1; i < steps.length; i++) {
    const previous = steps[i - 1]?.value ?? Number.NEGATIVE_INFINITY;
    const value = steps[i]?.value ?? Number.NEGATIVE_INFINITY;
    if (value <= previous) {
      findings.push({
        path: ['scale', i, 'value'],
        code: 'scale-not-increasing',
        params: { value, previous },
      });
    }
  }

  const levels = fw.levels ?? [];
  uniqueIds(
    levels.map((l, i): [Path, string] => [['levels', i, 'id'], l.id]),
    findings,
  );
  uniqueIds(
    fw.sections.map((s, i): [Path, string] => [['sections', i, 'id'], s.id]),
    findings,
  );
  uniqueIds(
    fw.sections.flatMap((s, si) =>
      s.groups.flatMap((g, gi) =>
        g.items.map((item, ii): [Path, string] => [
          ['sections', si, 'groups', gi, 'items', ii, 'id'],
          item.id,
        ]),
      ),
    ),
    findings,
  );

  const levelIds = levels.map((l) => l.id);
  for (const [si, section] of fw.sections.entries()) {
    uniqueIds(
      section.groups.map((g, gi): [Path, string] => [['sections', si, 'groups', gi, 'id'], g.id]),
      findings,
    );
    for (const [gi, group] of section.groups.entries()) {
      if (group.level === undefined || levelIds.includes(group.level)) continue;
      const path = ['sections', si, 'groups', gi, 'level'];
      findings.push(
        levelIds.length
          ? { path, code: 'unknown-level', params: { level: group.level, known: levelIds.join(', ') } }
          : { path, code: 'levels-without-definition', params: { level: group.level } },
      );
    }
  }
  if (fw.sections.every((s) => s.groups.every((g) => !isRated(g))))
    findings.push({ path: ['sections'], code: 'nothing-to-rate', params: {} });
  return findings;
}
