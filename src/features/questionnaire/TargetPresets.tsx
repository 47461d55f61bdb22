import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupInLevel, type ScopedSection } from '../../domain/assessment/scope.ts';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, ScaleStep } from '../../domain/framework/schema.ts';
import { assessmentsStore } from '../../store/appStores.ts';

interface Props {
  assessmentId: string;
  fw: Framework;
  scoped: ScopedSection;
  scale: ScaleStep[];
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
export function TargetPresets({ assessmentId, fw, scoped, scale }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const top = scale[scale.length - 1]?.value ?? 0;
  const [all, setAll] = useState(scale[Math.max(0, scale.length - 2)]?.value ?? top);
  const [byLevel, setByLevel] = useState(all);
  const [level, setLevel] = useState(fw.levels?.[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const ids = { all: useId(), level: useId(), byLevel: useId() };
  const apply = (itemIds: string[], value: number) => {
    assessmentsStore.getState().setTargets(assessmentId, itemIds, value);
    setMessage(t('applied', { count: itemIds.length }));
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
      {fw.levels && (
        <div className="preset">
          <label htmlFor={ids.level}>{t('setTargetsByLevel')}</label>
          <select id={ids.level} value={level} onChange={(e) => setLevel(e.target.value)}>
            {fw.levels.map((l) => (
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
                  .filter((g) => groupInLevel(fw, g.group, level))
                  .flatMap((g) => g.items.map((i) => i.id)),
                byLevel,
              )
            }
          >
            {t('apply')}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {message}
      </p>
    </details>
  );
}
