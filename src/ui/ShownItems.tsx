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
