/** Previous / next for a cursor-paged list: the cursors of the pages seen so far are kept by the caller. */
export function Pager({
  label,
  page,
  hasNextPage,
  onPrevious,
  onNext,
}: {
  label: string;
  page: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  if (page === 0 && !hasNextPage) return null;
  return (
    <nav className="pager button-row button-row--start" aria-label={label}>
      <button type="button" className="button button--secondary" onClick={onPrevious} disabled={page === 0}>
        Previous page
      </button>
      <span className="pager__page">Page {page + 1}</span>
      <button type="button" className="button button--secondary" onClick={onNext} disabled={!hasNextPage}>
        Next page
      </button>
    </nav>
  );
}
