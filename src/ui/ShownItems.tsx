import './shownItems.css';
import type { Framework, Group, Item } from '../domain/framework/schema.ts';
import { Localized } from './LocalizedText.tsx';

/** An item's text and its description, as read (the preview, and a group shown as text). */
export function ItemText({
  fw,
  item,
  showOriginal,
  paragraph = false,
}: {
  fw: Framework;
  item: Item;
  showOriginal: boolean;
  /** The text as a paragraph of its own (an item that stands alone), else inline (in a list). */
  paragraph?: boolean;
}) {
  return (
    <>
      <Localized
        as={paragraph ? 'p' : 'span'}
        text={item.text}
        sourceLanguage={fw.sourceLanguage}
        showOriginal={showOriginal}
      />
      {item.description && (
        <Localized
          as="p"
          className="description"
          text={item.description}
          sourceLanguage={fw.sourceLanguage}
          showOriginal={showOriginal}
        />
      )}
    </>
  );
}

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
        <ItemText fw={fw} item={only} showOriginal={showOriginal} paragraph />
      </div>
    );
  return (
    <ul className="shown-items">
      {group.items.map((item) => (
        <li key={item.id}>
          <ItemText fw={fw} item={item} showOriginal={showOriginal} />
        </li>
      ))}
    </ul>
  );
}
