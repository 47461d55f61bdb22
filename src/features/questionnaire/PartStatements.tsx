import { useEffect } from 'react';
import type { ScopedSection } from '../../domain/assessment/scope.ts';
import { statementsBetween } from '../../domain/assessment/sectionParts.ts';
import type { Framework, ScaleStep } from '../../domain/framework/schema.ts';
import { isRated } from '../../domain/framework/statements.ts';
import { GroupHeading } from '../../ui/GroupHeading.tsx';
import { ShownItems } from '../../ui/ShownItems.tsx';
import { useSpoken } from './coverage.ts';
import { StatementRow } from './StatementRow.tsx';
import { useProgressiveCount } from './useProgressiveCount.ts';

interface Props {
  assessmentId: string;
  fw: Framework;
  groups: ScopedSection['groups'];
  /** The part shown: its first statement's position in the section, and how many it holds. */
  start: number;
  count: number;
  scale: ScaleStep[];
  showOriginal: boolean;
  /** Called after more statements have been rendered (they appear a step at a time). */
  onStatementsShown(): void;
}

/** The statements of one part of a section, in their groups, rendered a step at a time. */
export function PartStatements({
  assessmentId,
  fw,
  groups,
  start,
  count,
  scale,
  showOriginal,
  onStatementsShown,
}: Props) {
  const shown = useProgressiveCount(count);
  const spoken = useSpoken();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time more statements are shown
  useEffect(() => onStatementsShown(), [shown]);
  return statementsBetween(groups, start, start + shown).map(({ group, items }) => (
    <div className="group" key={group.id}>
      <GroupHeading fw={fw} group={group} showOriginal={showOriginal} />
      {isRated(group) ? (
        <ol className="statements">
          {items.map((item) => (
            <StatementRow
              key={item.id}
              assessmentId={assessmentId}
              item={item}
              scale={scale}
              sourceLanguage={fw.sourceLanguage}
              showOriginal={showOriginal}
              audience={spoken.context}
              who={spoken.who}
            />
          ))}
        </ol>
      ) : (
        <ShownItems fw={fw} group={group} showOriginal={showOriginal} />
      )}
    </div>
  ));
}
