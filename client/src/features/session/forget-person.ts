import { forgetCacheOf } from '../../offline/cache-persist';
import { forgetDevicePin } from '../../offline/device-pin';
import { discardDraftsOf } from '../../offline/drafts';
import { outbox } from '../../offline/outbox';

// Loaded by a confirmed sign-out only: the header holding sign-out counts towards the first visit's budget.

/**
 * Removes everything of a person from the device (docs/sync.md#shared-tablets): outbox entries and
 * their photos, drafts, the persisted cache, the device PIN. Other people's stay.
 */
export async function forgetPerson(userId: string) {
  const store = await outbox();
  await store.remove((await store.list(userId)).map((entry) => entry.mutationId));
  await store.removeUnreferencedFiles();
  await discardDraftsOf(userId);
  await forgetCacheOf(userId);
  await forgetDevicePin(userId);
  await store.deleteValues(['last-sync']);
}
