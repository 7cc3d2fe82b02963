import type { ReactNode } from 'react';
import { LoadFailed } from '../../app/load-failed.component';
import { Pager } from './pager.component';
import type { useCursorPages } from './useCursorPages';

interface Page<Node> {
  nodes: readonly Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A cursor-paged table of an admin list: what failed and a retry, a status while the first page loads,
 * the words for an empty page, the rows, and previous / next below. `label` names the table for
 * assistive technology, and its pager unless `pagerLabel` does ("E-mail" → "E-mail pages").
 */
export function PagedTable<Node>({
  label,
  pagerLabel = `${label} pages`,
  headings,
  page,
  pages,
  loading,
  error,
  onRetry,
  what,
  loadingText,
  emptyText,
  row,
}: {
  label: string;
  pagerLabel?: string;
  headings: readonly string[];
  page: Page<Node> | null | undefined;
  pages: ReturnType<typeof useCursorPages>;
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
  /** The subject of "… could not be loaded", e.g. "The mailbox". */
  what: string;
  loadingText: string;
  emptyText: string;
  row: (node: Node) => ReactNode;
}) {
  return (
    <>
      {error ? (
        <LoadFailed what={what} error={error} onRetry={onRetry} />
      ) : loading && !page ? (
        <p role="status">{loadingText}</p>
      ) : !page?.nodes.length ? (
        <p className="empty-state">{emptyText}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table" aria-label={label}>
            <thead>
              <tr>
                {headings.map((heading) => (
                  <th key={heading} scope="col">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{page.nodes.map(row)}</tbody>
          </table>
        </div>
      )}
      {page && (
        <Pager
          label={pagerLabel}
          page={pages.page}
          hasNextPage={page.pageInfo.hasNextPage}
          onPrevious={pages.previous}
          onNext={() => pages.next(page.pageInfo.endCursor)}
        />
      )}
    </>
  );
}
