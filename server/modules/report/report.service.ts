import type { Context } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { decodeCursor, encodeCursor, pageInfoOf, PageArgs } from '../../graphql/pagination';
import { ReportFilter } from './report.filter';
import { ReportName, ReportRow, REPORTS } from './report.registry';

/** Every row of a small aggregate report (bounded by its groups, e.g. phase × status × health). */
export async function reportRows(ctx: Context, name: ReportName, filter: ReportFilter | null | undefined): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for await (const chunk of REPORTS[name].stream(ctx, filter)) rows.push(...chunk);
  return rows;
}

/** A page of a report that can grow. Cursors hold the row's position in the report's order. */
export async function reportPage(ctx: Context, name: ReportName, filter: ReportFilter | null | undefined, page: PageArgs) {
  const after = decodeCursor(page.after, 1);
  if (after && !(Number.isInteger(after[0]) && Number(after[0]) >= 0)) {
    throw badInput([{ field: 'after', message: 'is not a cursor from this report; pass pageInfo.endCursor of the previous page.' }]);
  }
  const offset = after ? Number(after[0]) + 1 : 0;
  const { rows, total } = await REPORTS[name].page(ctx, filter, offset, page.first);
  const edges = rows.map((node, i) => ({ node, cursor: encodeCursor([offset + i]) }));
  return {
    edges,
    nodes: rows,
    totalCount: total,
    pageInfo: pageInfoOf(edges, page, offset + rows.length < total),
  };
}
