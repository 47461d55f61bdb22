// @vitest-environment jsdom
// The confirm dialog; one behaviour per test.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { en, initTestI18n } from './i18n.testing.ts';

// jsdom has <dialog> and its `open` attribute but none of its behaviour: a
// minimal stand-in for showModal and close (set `open`; `close` fires the close
// event), and for a <form method="dialog"> submitted, which closes its dialog.
const showModal = vi.fn(function (this: HTMLDialogElement) {
  this.open = true;
  // As a browser does: the focus moves into the dialog (here: its first button).
  this.querySelector('button')?.focus();
});
HTMLDialogElement.prototype.showModal = showModal;
HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
  if (!this.open) return;
  this.open = false;
  this.dispatchEvent(new Event('close'));
};
// Escape in a modal dialog: a `cancel` event, then the dialog closes (jsdom does neither,
// and restores no focus on close, as a browser may not when the page has moved on).
function pressEscape(dialog: HTMLDialogElement) {
  fireEvent.keyDown(dialog, { key: 'Escape' });
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
}
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (form.getAttribute('method') !== 'dialog') return;
  event.preventDefault();
  form.closest('dialog')?.close();
});

const cancel = en('assessments').cancel;

/** The dialog as its callers use it: open until it closes. */
function Asking({ onConfirm }: { onConfirm(): void }) {
  const [open, setOpen] = useState(true);
  return (
    <ConfirmDialog
      open={open}
      heading="Delete “Spring”?"
      text="It cannot be brought back."
      confirmLabel="Delete"
      onConfirm={onConfirm}
      onClose={() => setOpen(false)}
    />
  );
}

beforeAll(initTestI18n);
afterEach(() => {
  cleanup();
  showModal.mockClear();
});

describe('ConfirmDialog', () => {
  it('opens as a modal dialog named by its heading', () => {
    render(<Asking onConfirm={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Delete “Spring”?' });
    expect(showModal).toHaveBeenCalledOnce();
    expect(showModal.mock.contexts[0]).toBe(dialog);
    expect(dialog.textContent).toContain('It cannot be brought back.');
  });

  it('stays closed while not open', () => {
    render(
      <ConfirmDialog
        open={false}
        heading="Delete?"
        text=""
        confirmLabel="Delete"
        onConfirm={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(showModal).not.toHaveBeenCalled();
  });

  it('closes on Cancel without confirming', () => {
    const onConfirm = vi.fn();
    render(<Asking onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: cancel }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms once and closes on the confirm button', () => {
    const onConfirm = vi.fn();
    render(<Asking onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  describe('gives the focus back to the control that opened it', () => {
    /** A button that opens the dialog, as the callers have it. */
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Delete “Spring”
          </button>
          <ConfirmDialog
            open={open}
            heading="Delete “Spring”?"
            text="It cannot be brought back."
            confirmLabel="Delete"
            onConfirm={() => {}}
            onClose={() => setOpen(false)}
          />
        </>
      );
    }
    function open() {
      render(<Opener />);
      const opener = screen.getByRole('button', { name: 'Delete “Spring”' });
      opener.focus();
      fireEvent.click(opener);
      const dialog = screen.getByRole('dialog') as HTMLDialogElement;
      expect(dialog.contains(document.activeElement)).toBe(true);
      return { opener, dialog };
    }

    it('on Escape', () => {
      const { opener, dialog } = open();
      pressEscape(dialog);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(opener);
    });

    it('on Cancel', () => {
      const { opener } = open();
      fireEvent.click(screen.getByRole('button', { name: cancel }));
      expect(document.activeElement).toBe(opener);
    });
  });
});
