import { useTranslation } from 'react-i18next';
import type { Framework } from '../../domain/framework/schema.ts';
import { downloadText } from '../../ui/download.ts';

/** Saves a framework as YAML (its own format) or as a 1EdTech CASE package in the UI language. */
export function FrameworkExport({ fw }: { fw: Framework }) {
  const { t, i18n } = useTranslation('preview');
  const yaml = async () => {
    const { frameworkToYaml } = await import('../../domain/exchange/frameworkYaml.ts');
    downloadText(`${fw.id}.yaml`, frameworkToYaml(fw), 'application/yaml');
  };
  const caseJson = async () => {
    const { frameworkToCase } = await import('../../domain/exchange/caseExport.ts');
    const language = Object.hasOwn(fw.title, i18n.language) ? i18n.language : fw.sourceLanguage;
    const pkg = frameworkToCase(fw, language, new Date());
    downloadText(`${fw.id}.${language}.case.json`, `${JSON.stringify(pkg, null, 2)}\n`, 'application/json');
  };
  return (
    <p className="actions toolbar">
      <span className="muted">{t('versionNote', { version: fw.version })}</span>
      <button type="button" onClick={() => void yaml()}>
        {t('exportYaml')}
      </button>
      <button type="button" onClick={() => void caseJson()}>
        {t('exportCase')}
      </button>
    </p>
  );
}
