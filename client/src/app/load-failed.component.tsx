import { errorMessageOf } from './graphql-errors.utils';

/** A read that failed: what could not be loaded, why, and (when it can be retried) a way to try again. */
export function LoadFailed({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => unknown }) {
  return (
    <div className="callout callout--error" role="alert">
      <p>
        {what} could not be loaded: {errorMessageOf(error)}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={() => void onRetry()}>
          Try again
        </button>
      )}
    </div>
  );
}
