import { outbox, type StoredFile } from './outbox';

// Drafts (docs/sync.md#drafts): what a person types into a form is kept on the device from the first
// keystroke, per person and form, until it is sent or discarded on purpose. Drafts live beside the
// outbox (its small-value store); a draft's photos are kept with it, bytes included, since the sync
// engine drops photos no outbox entry refers to.

export interface Draft<T = unknown> {
  /** What the draft is, in words ("Workstation at Main courthouse"), as sign-out lists it. */
  title: string;
  /** Where the form is, to open it again. */
  path: string;
  /** ISO 8601. */
  savedAt: string;
  value: T;
}

const draftPrefix = (userId: string) => `draft:${userId}:`;
const photosPrefix = (userId: string) => `draft-photos:${userId}:`;
export const draftKey = (userId: string, formKey: string) => `${draftPrefix(userId)}${formKey}`;
export const draftPhotosKey = (userId: string, formKey: string) => `${photosPrefix(userId)}${formKey}`;

export async function readDraft<T>(userId: string, formKey: string): Promise<{ draft?: Draft<T>; photos: StoredFile[] }> {
  const store = await outbox();
  const [draft, photos] = await Promise.all([
    store.getValue<Draft<T>>(draftKey(userId, formKey)),
    store.getValue<StoredFile[]>(draftPhotosKey(userId, formKey)),
  ]);
  return { draft, photos: photos ?? [] };
}

/** A person's drafts, oldest first. */
export async function listDrafts(userId: string): Promise<(Draft & { key: string })[]> {
  const store = await outbox();
  const drafts: (Draft & { key: string })[] = [];
  for (const key of await store.valueKeys(draftPrefix(userId))) {
    const draft = await store.getValue<Draft>(key);
    if (draft) drafts.push({ ...draft, key });
  }
  return drafts.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Deletes every draft of a person (a confirmed sign-out). */
export async function discardDraftsOf(userId: string): Promise<void> {
  const store = await outbox();
  await store.deleteValues([...(await store.valueKeys(draftPrefix(userId))), ...(await store.valueKeys(photosPrefix(userId)))]);
}
