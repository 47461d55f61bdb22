import type { TypeOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Problem, paramWords } from '../domain/framework/problems.ts';

/** The words a problem's parameters may name (`type.*` and `format.*` in problems.json). */
type Words = TypeOptions['resources']['problems'];
type Word = `type.${keyof Words['type'] & string}` | `format.${keyof Words['format'] & string}`;

/** Problems found in a file, in the UI language, each with its line and column. */
export function ProblemList({ problems, lines }: { problems: Problem[]; lines?: string[] }) {
  const { t, i18n } = useTranslation('problems');
  /** A word the strings know, translated (the same rule as the English messages: paramWords). */
  const lookup = (group: 'type' | 'format', code: string): string | undefined => {
    const key = `${group}.${code}`;
    const known = (k: string): k is Word => i18n.exists(k, { ns: 'problems' });
    return known(key) ? t(key) : undefined;
  };
  return (
    <ul className="problem-list">
      {problems.map((p) => {
        const params = paramWords(p.params, lookup);
        const line = lines?.[p.line - 1];
        return (
          <li key={`${p.line}:${p.col}:${p.code}:${p.path}`}>
            <strong>{t('where', { line: p.line, col: p.col })}</strong>
            {p.path && (
              <>
                {' · '}
                <code>{p.path}</code>
              </>
            )}
            : {t(`code.${p.code}`, { replace: params })}
            {line !== undefined && (
              <pre className="problem-line">
                <code>{line.length > 200 ? `${line.slice(0, 200)}…` : line}</code>
              </pre>
            )}
          </li>
        );
      })}
    </ul>
  );
}
