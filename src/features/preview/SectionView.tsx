import { useTranslation } from 'react-i18next';
import { localize } from '../../domain/framework/localize.ts';
import type { Framework, Section } from '../../domain/framework/schema.ts';
import { isRated } from '../../domain/framework/statements.ts';
import { GroupHeading } from '../../ui/GroupHeading.tsx';
import { Intro } from '../../ui/Intro.tsx';
import { Localized } from '../../ui/LocalizedText.tsx';
import { ItemText, ShownItems } from '../../ui/ShownItems.tsx';
import { sectionCode } from '../../ui/sectionTitle.ts';

const sectionAnchor = (id: string) => `section-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function SeeAlso({ fw, ids }: { fw: Framework; ids: string[] }) {
  const { t, i18n } = useTranslation('preview');
  return (
    <p className="see-also">
      {t('seeAlso')}:{' '}
      {ids.map((id, i) => {
        const target = fw.sections.find((s) => s.id === id);
        return (
          <span key={id}>
            {i > 0 && ', '}
            {target ? (
              <button
                type="button"
                className="link"
                onClick={() => document.getElementById(sectionAnchor(id))?.focus()}
              >
                {id} {localize(target.title, i18n.language, fw.sourceLanguage).text}
              </button>
            ) : (
              t('notLoaded', { id })
            )}
          </span>
        );
      })}
    </p>
  );
}

export function SectionView({
  fw,
  section,
  showOriginal,
}: {
  fw: Framework;
  section: Section;
  showOriginal: boolean;
}) {
  return (
    <section className="section" aria-labelledby={sectionAnchor(section.id)}>
      <h2 id={sectionAnchor(section.id)} tabIndex={-1}>
        {sectionCode(section) && `${sectionCode(section)} `}
        <Localized text={section.title} sourceLanguage={fw.sourceLanguage} showOriginal={showOriginal} />
      </h2>
      {section.intro && <Intro text={section.intro} fw={fw} showOriginal={showOriginal} />}
      {section.seeAlso && <SeeAlso fw={fw} ids={section.seeAlso} />}
      {section.groups.map((group) => (
        <div className="group" key={group.id}>
          <GroupHeading fw={fw} group={group} showOriginal={showOriginal} />
          {!isRated(group) ? (
            <ShownItems fw={fw} group={group} showOriginal={showOriginal} />
          ) : (
            <ul className="statements">
              {group.items.map((item) => (
                <li key={item.id}>
                  <ItemText fw={fw} item={item} showOriginal={showOriginal} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
