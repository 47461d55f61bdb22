import { useId } from 'react';

/** A labelled file input for a JSON file, with a hint; the same file can be chosen again after a failure. */
export function JsonFileInput({
  label,
  hint,
  onFile,
}: {
  label: string;
  hint: string;
  onFile: (file: File) => void;
}) {
  const inputId = useId();
  const hintId = useId();
  return (
    <>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
      <small id={hintId} className="hint">
        {hint}
      </small>
    </>
  );
}
