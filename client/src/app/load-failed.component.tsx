import type { ReactNode } from 'react';
import { errorMessageOf } from './graphql-errors.utils';

/**
 * A read that failed: what could not be loaded, why (when there is an error to tell), what else the
 * reader can do (`children`, such as opening it once online) and, when it can be retried, a way to try again.
 */
export function LoadFailed({ what, error, onRetry, children }: { what: string; error: unknown; onRetry?: () => unknown; children?: ReactNode }) {
  return (
    <div className="callout callout--error" role="alert">
      <p>
        {what} could not be loaded{error === undefined ? '.' : `: ${errorMessageOf(error)}`}
      </p>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={() => void onRetry()}>
          Try again
        </button>
      )}
    </div>
  );
}
