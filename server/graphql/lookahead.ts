import { Kind, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * The fields a request asks of a value, by field name (aliases merged), each with the fields asked
 * of it (empty for a leaf). Fragments and inline fragments are merged in.
 */
export type Selection = Map<string, Selection>;

/**
 * What the current field's selection asks for, or null when part of it is conditional (@include,
 * @skip or any other directive) or a field below takes arguments: a caller planning a read ahead of
 * the resolvers then leaves the resolvers to it.
 */
export function selectionOf(info: GraphQLResolveInfo): Selection | null {
  const selection: Selection = new Map();
  for (const node of info.fieldNodes) {
    if (node.selectionSet && !merge(info, node.selectionSet, selection)) return null;
  }
  return selection;
}

function merge(info: GraphQLResolveInfo, set: SelectionSetNode, into: Selection): boolean {
  for (const item of set.selections) {
    if (item.directives?.length) return false;
    if (item.kind === Kind.FIELD) {
      if (item.arguments?.length) return false;
      const name = item.name.value;
      let below = into.get(name);
      if (!below) into.set(name, (below = new Map()));
      if (item.selectionSet && !merge(info, item.selectionSet, below)) return false;
    } else {
      const fragment = item.kind === Kind.INLINE_FRAGMENT ? item : info.fragments[item.name.value];
      if (!fragment || fragment.directives?.length || !merge(info, fragment.selectionSet, into)) return false;
    }
  }
  return true;
}

/**
 * The fields of the GraphQL object type `typeName` that only read a column of `entity`, with the
 * column: a field of the same name as a column without a transformer, and no @FieldResolver.
 * Such a field may be read from a row the database built, since graphql-js then resolves it (and
 * runs its middlewares) exactly as on an entity. Kept per schema.
 */
export function plainColumnFields(schema: GraphQLSchema, db: DataSource | EntityManager, typeName: string, entity: new () => object): Map<string, ColumnMetadata> {
  let bySchema = plainFields.get(schema);
  if (!bySchema) plainFields.set(schema, (bySchema = new Map()));
  let found = bySchema.get(typeName);
  if (found) return found;
  const resolved = new Set(getMetadataStorage().fieldResolvers
    .filter((r) => r.getObjectType?.() === entity).map((r) => r.schemaName));
  const metadata = ('options' in db ? db : db.connection).getMetadata(entity);
  const type = schema.getType(typeName) as GraphQLObjectType;
  found = new Map();
  for (const name of Object.keys(type.getFields())) {
    const column = metadata.findColumnWithPropertyName(name);
    if (column && !column.transformer && !column.embeddedMetadata && !resolved.has(name)) found.set(name, column);
  }
  bySchema.set(typeName, found);
  return found;
}

const plainFields = new WeakMap<GraphQLSchema, Map<string, Map<string, ColumnMetadata>>>();
