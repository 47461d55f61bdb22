// Where focus goes in the questionnaire, in one place: "next unrated" focuses
// its statement (at once if it is shown, else once it has been rendered: a
// long section first shows the part that holds it); a new section otherwise
// moves focus to its heading; and the statement the user is at is remembered,
// so that "next unrated" continues from there.
import { type RefObject, useEffect, useRef, useState } from 'react';

/** Focuses the first choice still open in a statement (Now, else Goal), or its first choice. */
export function focusStatement(itemId: string): boolean {
  const row = document.getElementById(`statement-${itemId}`);
  const groups = [
    ...(row?.querySelectorAll<HTMLFieldSetElement>('fieldset.scale-choice:not(:disabled)') ?? []),
  ];
  const open = groups.find((g) => !g.querySelector('input:checked'));
  const input = (open ?? groups[0])?.querySelector<HTMLInputElement>('input:checked, input');
  if (!row || !input) return false;
  row.scrollIntoView?.({ block: 'center' });
  input.focus({ preventScroll: true });
  return true;
}

export interface StatementTarget {
  sectionId: string;
  itemId: string;
}

interface Options {
  /** The section shown. */
  current: string;
  /** The statements it holds. */
  itemIds: readonly string[] | undefined;
  /** Where statements are: focus inside it tells which one the user is at. */
  content: RefObject<HTMLElement | null>;
  /** Shows another section. */
  open(sectionId: string): void;
}

export function useStatementFocus({ current, itemIds, content, open }: Options) {
  const pending = useRef<string | null>(null);
  const lastItem = useRef<string | null>(null);
  /** The section where a statement asked for took the focus: its heading does not take it back. */
  const focusedIn = useRef<string | null>(null);
  const firstRender = useRef(true);
  // The statement asked for, so that a long section shows the part that holds it.
  const [reveal, setReveal] = useState<{ itemId: string } | null>(null);

  useEffect(() => {
    const el = content.current;
    const onFocus = (e: FocusEvent) => {
      const row = (e.target as HTMLElement | null)?.closest('.statement');
      if (row) lastItem.current = row.id.replace(/^statement-/, '');
    };
    el?.addEventListener('focusin', onFocus);
    return () => el?.removeEventListener('focusin', onFocus);
  }, [content]);

  // A new section moves focus to its heading, unless a statement asked for took it; a
  // statement asked for elsewhere that this section does not hold is forgotten.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the shown section changes
  useEffect(() => {
    if (pending.current && !itemIds?.includes(pending.current)) {
      pending.current = null;
      setReveal(null);
    }
    if (!pending.current && focusedIn.current !== current && !firstRender.current) {
      document.getElementById('section-heading')?.focus();
    }
    focusedIn.current = null;
    firstRender.current = false;
  }, [current]);

  return {
    reveal,
    /** The statement the user was last at. */
    lastItem: () => lastItem.current,
    /** Call once statements have been rendered: a statement asked for takes the focus now. */
    statementsShown() {
      if (pending.current && focusStatement(pending.current)) {
        pending.current = null;
        focusedIn.current = current;
        setReveal(null);
      }
    },
    goTo(target: StatementTarget) {
      lastItem.current = target.itemId;
      if (target.sectionId === current && focusStatement(target.itemId)) return;
      pending.current = target.itemId;
      setReveal({ itemId: target.itemId });
      if (target.sectionId !== current) open(target.sectionId);
    },
  };
}
