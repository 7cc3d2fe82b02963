import type { ReactNode } from 'react';

/** A versioned set's versions, newest first, as buttons that choose the one shown below them. */
export function VersionList<Version extends { id: string }>({
  versions,
  shownId,
  labelOf,
  onSelect,
}: {
  versions: readonly Version[];
  shownId: string | undefined;
  labelOf: (version: Version, index: number) => ReactNode;
  onSelect: (version: Version) => void;
}) {
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
    </>
  );
}
