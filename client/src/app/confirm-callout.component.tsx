import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * Asks before an action that cannot be undone (publishing a version, deactivating a person): says
 * what will happen, and acts only on the explicit yes. The yes button takes focus when it opens.
 */
export function ConfirmCallout({ question, children, confirmLabel, cancelLabel, busy, danger, onConfirm, onCancel }: {
  question: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="callout callout--warning" role="group" aria-labelledby={`${id}-question`} aria-describedby={`${id}-what`}>
      <p>
        <strong id={`${id}-question`}>{question}</strong> <span id={`${id}-what`}>{children}</span>
      </p>
      <div className="button-row button-row--start">
        <button ref={confirm} type="button" className={danger ? 'button button--danger' : 'button'} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
