// The fields codes are collected with (useCollect.ts): a text area for codes, a
// picker for result files, and what each code did.
import { useId } from 'react';
import type { Said } from './useCollect.ts';

interface Field {
  label: string;
  hint: string;
}

export function CodesField({
  label,
  hint,
  value,
  onChange,
}: Field & { value: string; onChange(value: string): void }) {
  const ids = { codes: useId(), hint: useId() };
  return (
    <p>
      <label htmlFor={ids.codes}>{label}</label>
      <textarea
        id={ids.codes}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={4}
        spellCheck={false}
        autoCapitalize="characters"
        autoComplete="off"
        aria-describedby={ids.hint}
        className="codes"
      />
      <small id={ids.hint} className="hint">
        {hint}
      </small>
    </p>
  );
}

export function ResultFilesField({ label, hint, onFiles }: Field & { onFiles(files: File[]): void }) {
  const ids = { files: useId(), hint: useId() };
  return (
    <p className="file-field">
      <label htmlFor={ids.files}>{label}</label>
      <input
        id={ids.files}
        type="file"
        multiple
        accept=".json,.txt,application/json,text/plain"
        aria-describedby={ids.hint}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <small id={ids.hint} className="hint">
        {hint}
      </small>
    </p>
  );
}

/** What each code did, announced as it changes. */
export function SaidList({ messages, className }: { messages: readonly Said[]; className: string }) {
  return (
    <div role="status" className={className}>
      {messages.length > 0 && (
        <ul>
          {messages.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one message per code, in order, replaced as a whole
            <li key={i} className={m.ok ? 'ok' : 'refused'}>
              {m.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
