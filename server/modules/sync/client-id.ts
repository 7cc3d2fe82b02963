import { EntityManager, ObjectLiteral } from 'typeorm';
import { badInput } from '../../graphql/errors';
import { recordTypeLabel } from '../../../rules/labels';

/**
 * Offline devices choose the ids of the records they create, so that later changes made before a
 * sync can name them. An id another record already has is refused; a replay of the same create
 * never gets here (its mutationId answers first).
 */
export async function refuseTakenId<E extends ObjectLiteral>(tx: EntityManager, entity: { new (): E; name: string }, id: string | null | undefined) {
  if (id && (await tx.existsBy(entity, { id } as never))) {
    throw badInput([{ field: 'id', message: `is already the id of another ${recordTypeLabel(entity.name).toLowerCase()}; generate a new UUID for a new record.` }]);
  }
}
