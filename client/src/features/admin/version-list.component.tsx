import type { ReactNode } from 'react';
import { LoadFailed } from '../../app/load-failed.component';

/**
 * A versioned set's versions, newest first, as buttons that choose the one shown below them (`children`),
 * once they are loaded; until then "Loading versions…", or why they could not be loaded.
 */
export function VersionList<Version extends { id: string }>({
  versions,
  loading,
  error,
  onRetry,
  shownId,
  labelOf,
  onSelect,
  children,
}: {
  versions: readonly Version[];
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
  shownId: string | undefined;
  labelOf: (version: Version, index: number) => ReactNode;
  onSelect: (version: Version) => void;
  children: ReactNode;
}) {
  if (error) return <LoadFailed what="The versions" error={error} onRetry={onRetry} />;
  if (loading) return <p role="status">Loading versions…</p>;
  return (
    <>
      <h2>Versions</h2>
      <ul className="admin-versions" aria-label="Versions">
        {versions.map((version, index) => (
          <li key={version.id}>
            <button
              type="button"
              className="button button--secondary"
              aria-current={version.id === shownId ? 'true' : undefined}
              onClick={() => onSelect(version)}
            >
              {labelOf(version, index)}
            </button>
          </li>
        ))}
      </ul>
      {children}
    </>
  );
}
