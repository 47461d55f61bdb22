import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/framework/problems.ts';

const WORD_PARAMS = new Set(['expected', 'found', 'format']);

/** Problems found in a file, in the UI language, each with its line and column. */
export function ProblemList({ problems, lines }: { problems: Problem[]; lines?: string[] }) {
  const { t } = useTranslation('problems');
  const word = (name: string, value: string | number) => {
    const v = String(value);
    if (!WORD_PARAMS.has(name)) return v;
    const wrapped = /^\(([\w-]+)\)$/.exec(v);
    if (wrapped) return `(${t(`type.${wrapped[1]}`, { defaultValue: wrapped[1] })})`;
    if (name === 'format') return t(`format.${v}`, { defaultValue: v });
    return t(`type.${v}`, { defaultValue: v });
  };
  return (
    <ul className="problem-list">
      {problems.map((p) => {
        const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, word(k, v)]));
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
            : {t(`code.${p.code}`, params)}
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
