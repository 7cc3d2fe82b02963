import { ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { badInput } from './errors';

/** The largest page any connection serves (docs/security.md#request-limits). */
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 25, description: `How many records to return, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Return records after this cursor (pageInfo.endCursor of the previous page).' })
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in its list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more records follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether records come before this page (it was asked for `after` a cursor). Lists page forward only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first record of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of this page; pass it as `after`.' })
  endCursor!: string | null;
}

/** The page info of a page of `edges`, asked for with `page`, and whether more follow. */
export const pageInfoOf = (edges: { cursor: string }[], page: PageArgs, hasNextPage: boolean): PageInfo => ({
  hasNextPage, hasPreviousPage: !!page.after, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null,
});

interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type of `Item`, named `<Item>Connection`. */
export function Connection<T extends object>(Item: ClassType<T>, description: string) {
  @ObjectType(`${Item.name}Edge`, { description: `A ${Item.name} with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this record.' })
    cursor!: string;

    @Field(() => Item, { description: `The ${Item.name}.` })
    node!: T;
  }

  @ObjectType(`${Item.name}Connection`, { description })
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The records of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [Item], { description: 'The records of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many records match the filters, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: the sort key of a record, base64url-encoded. */
export const encodeCursor = (key: (string | number)[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeCursor(cursor: string | null | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // falls through to the coded error below
  }
  throw badInput([{ field: 'after', message: 'is not a cursor from this list; pass pageInfo.endCursor of the previous page.' }]);
}

/** Builds a connection from `rows` fetched with one extra row to tell whether a next page exists. */
export function toConnection<T>(rows: T[], page: PageArgs, totalCount: number, keyOf: (row: T) => (string | number)[]): ConnectionShape<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return { edges, nodes, totalCount, pageInfo: pageInfoOf(edges, page, rows.length > page.first) };
}
