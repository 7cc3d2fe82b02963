import { useCallback, useState } from 'react';

/**
 * The cursor stack of a paged list: `after` is the cursor of the page shown, `next` moves on with the
 * current page's endCursor, `previous` goes back, `reset` returns to the first page (a new filter).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    page: cursors.length - 1,
    after: cursors.at(-1) ?? null,
    next: useCallback((endCursor: string | null | undefined) => {
      if (endCursor) setCursors((previous) => [...previous, endCursor]);
    }, []),
    previous: useCallback(() => setCursors((previous) => (previous.length > 1 ? previous.slice(0, -1) : previous)), []),
    reset: useCallback(() => setCursors([null]), []),
  };
}
