import { useEffect, useRef, type ReactNode } from 'react';
import { CopyButton } from '../../app/copy-button.component';
import './session.css';

/**
 * The recovery codes of a new two-factor set-up, shown this once (the server keeps only hashes).
 * Focus moves to the heading so the codes are read out and not skipped.
 */
export function RecoveryCodes({
  codes,
  headingLevel = 2,
  children,
}: {
  codes: readonly string[];
  headingLevel?: 1 | 2 | 3;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="recovery-codes">
      <Heading ref={heading} tabIndex={-1}>
        Save your recovery codes
      </Heading>
      <p>
        Two-factor authentication is on. Each of these codes signs you in once if you lose your phone. Keep them
        somewhere safe, away from the phone: <strong>this is the only time they are shown.</strong>
      </p>
      <ol className="recovery-codes__list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row button-row--start">
        <CopyButton text={codes.join('\n')} label="Copy recovery codes" />
        {children}
      </div>
    </div>
  );
}
