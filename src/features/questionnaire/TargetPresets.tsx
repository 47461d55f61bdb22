import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopedSection } from '../../domain/assessment/scope.ts';
import { inLevel, levelsUpTo } from '../../domain/framework/levels.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, ScaleStep } from '../../domain/framework/schema.ts';
import { userDataStore } from '../../store/appStores.ts';
import { useCoverage } from './coverage.ts';

interface Props {
  assessmentId: string;
  fw: Framework;
  scoped: ScopedSection;
  scale: ScaleStep[];
  /** The assessment's variant level: presets offer it and the levels below. */
  level: string | null;
}

function ScaleSelect({
  id,
  scale,
  fw,
  value,
  onChange,
}: {
  id: string;
  scale: ScaleStep[];
  fw: Framework;
  value: number;
  onChange(v: number): void;
}) {
  const { i18n } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {scale.map((s) => (
        <option key={s.value} value={s.value}>
          {s.value} {localize(s.label, i18n.language, fw.sourceLanguage).text}
        </option>
      ))}
    </select>
  );
}

/** "Set every goal in this section to …" and, for frameworks with levels, goals by level. */
export function TargetPresets({ assessmentId, fw, scoped, scale, level: assessmentLevel }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const top = scale[scale.length - 1]?.value ?? 0;
  const [all, setAll] = useState(scale[Math.max(0, scale.length - 2)]?.value ?? top);
  const [byLevel, setByLevel] = useState(all);
  const levels = levelsUpTo(fw.levels, assessmentLevel);
  const [level, setLevel] = useState(levels[levels.length - 1]?.id ?? '');
  const [onlyEmpty, setOnlyEmpty] = useState(true);
  const [message, setMessage] = useState('');
  const covered = useCoverage();
  const ids = { all: useId(), level: useId(), byLevel: useId(), onlyEmpty: useId() };
  const apply = (itemIds: string[], value: number) => {
    const answers = userDataStore.getState().assessments[assessmentId]?.answers ?? {};
    const chosen = onlyEmpty ? itemIds.filter((id) => (answers[id]?.target ?? null) === null) : itemIds;
    userDataStore.getState().setTargets(assessmentId, chosen, value, covered);
    setMessage(t('applied', { count: chosen.length }));
  };
  return (
    <details className="presets">
      <summary>{t('presets')}</summary>
      <div className="preset">
        <label htmlFor={ids.all}>{t('setAllTargets')}</label>
        <ScaleSelect id={ids.all} scale={scale} fw={fw} value={all} onChange={setAll} />
        <button type="button" onClick={() => apply(scoped.itemIds, all)}>
          {t('apply')}
        </button>
      </div>
      {levels.length > 0 && (
        <div className="preset">
          <label htmlFor={ids.level}>{t('setTargetsByLevel')}</label>
          <select id={ids.level} value={level} onChange={(e) => setLevel(e.target.value)}>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {localize(l.label, i18n.language, fw.sourceLanguage).text}
              </option>
            ))}
          </select>
          <label htmlFor={ids.byLevel}>{t('to')}</label>
          <ScaleSelect id={ids.byLevel} scale={scale} fw={fw} value={byLevel} onChange={setByLevel} />
          <button
            type="button"
            onClick={() =>
              apply(
                scoped.groups
                  .filter((g) => inLevel(fw.levels, g.group.level, level))
                  .flatMap((g) => g.items.map((i) => i.id)),
                byLevel,
              )
            }
          >
            {t('apply')}
          </button>
        </div>
      )}
      <p className="choice">
        <input
          id={ids.onlyEmpty}
          type="checkbox"
          checked={onlyEmpty}
          onChange={(e) => setOnlyEmpty(e.target.checked)}
        />
        <label htmlFor={ids.onlyEmpty}>{t('onlyEmpty')}</label>
      </p>
      <p role="status" className="muted">
        {message}
      </p>
    </details>
  );
}
