import './shownItems.css';
import type { Framework, Group } from '../domain/framework/schema.ts';
import { Localized } from './LocalizedText.tsx';

/** The items of a group shown as text (`rated: false`): read, not rated, so no choices. */
export function ShownItems({
  fw,
  group,
  showOriginal,
}: {
  fw: Framework;
  group: Group;
  showOriginal: boolean;
}) {
  // One item reads as a paragraph, several as a list.
  const [only, ...more] = group.items;
  if (only && !more.length)
    return (
      <div className="shown-items single">
        <Localized as="p" text={only.text} sourceLanguage={fw.sourceLanguage} showOriginal={showOriginal} />
        {only.description && (
          <Localized
            as="p"
            className="description"
            text={only.description}
            sourceLanguage={fw.sourceLanguage}
            showOriginal={showOriginal}
          />
        )}
      </div>
    );
  return (
    <ul className="shown-items">
      {group.items.map((item) => (
        <li key={item.id}>
          <Localized text={item.text} sourceLanguage={fw.sourceLanguage} showOriginal={showOriginal} />
          {item.description && (
            <Localized
              as="p"
              className="description"
              text={item.description}
              sourceLanguage={fw.sourceLanguage}
              showOriginal={showOriginal}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
