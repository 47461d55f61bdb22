// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { type StatementTarget, useStatementFocus } from './useStatementFocus.ts';

const SECTIONS: Record<string, string[]> = { A: ['a1', 'a2'], B: ['b1'] };

function Row({ id, nowChecked = false }: { id: string; nowChecked?: boolean }) {
  return (
    <li className="statement" id={`statement-${id}`}>
      {(['now', 'goal'] as const).map((scale) => (
        <fieldset className="scale-choice" key={scale}>
          <legend>{`${id} ${scale}`}</legend>
          <input
            type="radio"
            name={`${id}-${scale}`}
            aria-label={`${id} ${scale} 1`}
            defaultChecked={scale === 'now' && nowChecked}
          />
          <input type="radio" name={`${id}-${scale}`} aria-label={`${id} ${scale} 2`} />
        </fieldset>
      ))}
    </li>
  );
}

let api: ReturnType<typeof useStatementFocus>;
let showRows: (shown: boolean) => void;

function Harness({ checked = [] as string[] }) {
  const [current, setCurrent] = useState('A');
  const [shown, setShown] = useState(true);
  showRows = setShown;
  const content = useRef<HTMLDivElement>(null);
  api = useStatementFocus({ current, itemIds: SECTIONS[current], content, open: setCurrent });
  return (
    <>
      <h2 id="section-heading" tabIndex={-1}>
        {`Section ${current}`}
      </h2>
      <div ref={content}>
        <ul>
          {shown &&
            SECTIONS[current]?.map((id) => <Row key={id} id={id} nowChecked={checked.includes(id)} />)}
        </ul>
      </div>
    </>
  );
}

const go = (target: StatementTarget) => act(() => api.goTo(target));

afterEach(cleanup);

describe('focus in the questionnaire', () => {
  it('moves to the first open choice of a statement that is shown: Now, else Goal', () => {
    render(<Harness checked={['a2']} />);
    go({ sectionId: 'A', itemId: 'a1' });
    expect(document.activeElement).toBe(screen.getByLabelText('a1 now 1'));
    go({ sectionId: 'A', itemId: 'a2' });
    expect(document.activeElement).toBe(screen.getByLabelText('a2 goal 1'));
  });

  it('moves to a statement of another section once it has been rendered, not to that section’s heading', () => {
    render(<Harness />);
    go({ sectionId: 'B', itemId: 'b1' });
    expect(api.reveal).toEqual({ itemId: 'b1' });
    act(() => api.statementsShown());
    expect(document.activeElement).toBe(screen.getByLabelText('b1 now 1'));
    expect(api.reveal).toBeNull();
  });

  it('waits for a statement not yet rendered in this section', () => {
    render(<Harness />);
    act(() => showRows(false));
    go({ sectionId: 'A', itemId: 'a2' });
    expect(document.activeElement).toBe(document.body);
    act(() => showRows(true));
    act(() => api.statementsShown());
    expect(document.activeElement).toBe(screen.getByLabelText('a2 now 1'));
  });

  it('gives a new section’s heading the focus, but not on the first render', () => {
    render(<Harness />);
    expect(document.activeElement).toBe(document.body);
    act(() => api.goTo({ sectionId: 'B', itemId: 'missing' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Section B' }));
  });

  it('remembers the statement the user is at', () => {
    render(<Harness />);
    act(() => screen.getByLabelText('a2 goal 2').focus());
    expect(api.lastItem()).toBe('a2');
  });
});
