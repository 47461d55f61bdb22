import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  heading: string;
  text: string;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  /** Shown under the text, before the buttons (for example a way to save a copy first). */
  children?: ReactNode;
}

/**
 * A native modal dialog that asks before something is removed; Cancel has the focus. However
 * it closes (Escape, Cancel, the confirm button, the caller), the focus goes back to the
 * control that opened it, where that is still on the page.
 */
export function ConfirmDialog({ open, heading, text, confirmLabel, onConfirm, onClose, children }: Props) {
  const { t } = useTranslation('assessments');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const headingId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    }
    if (!open && d?.open) d.close();
  }, [open]);
  const closed = () => {
    const back = opener.current;
    opener.current = null;
    onClose();
    if (back?.isConnected) back.focus();
  };
  return (
    <dialog ref={dialog} aria-labelledby={headingId} onClose={closed} className="dialog">
      <h2 id={headingId}>{heading}</h2>
      <p>{text}</p>
      {children}
      <form method="dialog" className="dialog-actions">
        <button type="submit">{t('cancel')}</button>
        <button type="submit" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </form>
    </dialog>
  );
}
