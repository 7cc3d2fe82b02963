import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type SetStateAction } from 'react';
import { useDirtyForm } from '../app/dirty-forms';
import { MeDocument } from '../graphql/documents/session';
import { draftKey, draftPhotosKey, readDraft, type Draft } from './drafts';
import { outbox, type StoredFile } from './outbox';
import type { KeptPhoto } from './photos';

// The one draft mechanism of the app's forms (docs/sync.md#drafts): the form's values are its state,
// written to the device at every change, per person and form, and read back when the form opens
// again (after a closed tab, a killed app, an offline reload). Only sending or discarding ends it.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The values of one form as a draft. `formKey` names the form and what it is about
 * ("workstation:<assessment id>"); `title` says it in words where sign-out lists drafts. Until the stored
 * draft is read, `restored` is undefined and the form shows `initial`.
 */
export function useDraft<T>(formKey: string, initial: T, title: string) {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-only' });
  const userId = data?.me?.id;
  const [value, setState] = useState<T>(initial);
  const [photos, setPhotoState] = useState<KeptPhoto[]>([]);
  const [restored, setRestored] = useState<boolean>();
  const latest = useRef({ value: initial, photos: [] as KeptPhoto[] });
  const [initialValue, setInitialValue] = useState(initial);
  /** What the form holds without a draft: `initial`, or what was sent last. */
  const [baseline, setBaseline] = useState(initial);
  /** Writes go one after another, so the last change is the one kept. */
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const touched = useRef(false);

  // Another record (the next CAT case): the form starts again from that record's draft.
  const [shownKey, setShownKey] = useState(formKey);
  if (shownKey !== formKey) {
    setShownKey(formKey);
    setInitialValue(initial);
    setState(initial);
    setBaseline(initial);
    setPhotoState([]);
    setRestored(undefined);
  }

  useEffect(() => {
    touched.current = false;
    latest.current = { value: initialValue, photos: [] };
    if (!userId) return;
    let active = true;
    const urls: string[] = [];
    void readDraft<T>(userId, formKey)
      .then(async ({ draft, photos: stored }) => {
        if (!active || touched.current) return;
        // Kept beside the outbox again, so the entry that sends the form can upload them.
        const store = await outbox();
        for (const photo of stored) await store.putFile(photo);
        const shown = stored.map((photo) => {
          const previewUrl = URL.createObjectURL(new Blob([photo.bytes], { type: photo.contentType }));
          urls.push(previewUrl);
          return { sha256: photo.sha256, fileName: photo.fileName, previewUrl };
        });
        if (!active || touched.current) return;
        if (draft) {
          latest.current = { value: draft.value, photos: shown };
          setState(draft.value);
          setPhotoState(shown);
        }
        setRestored(Boolean(draft));
      })
      .catch(() => {
        if (active) setRestored(false);
      });
    return () => {
      active = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [userId, formKey, initialValue]);

  const write = useCallback(
    (photosChanged: boolean) => {
      if (!userId) return;
      const { value: current, photos: currentPhotos } = latest.current;
      const key = draftKey(userId, formKey);
      const photosKey = draftPhotosKey(userId, formKey);
      const empty = same(current, initialValue) && currentPhotos.length === 0;
      const draft: Draft<T> = { title, path: `${location.pathname}${location.search}`, savedAt: new Date().toISOString(), value: current };
      chain.current = chain.current
        .then(async () => {
          const store = await outbox();
          if (empty) return store.deleteValues([key, photosKey]);
          await store.setValue(key, draft);
          if (!photosChanged) return;
          const files: StoredFile[] = [];
          for (const photo of currentPhotos) {
            const file = await store.getFile(photo.sha256);
            if (file) files.push(file);
          }
          await store.setValue(photosKey, files);
        })
        .catch(() => {});
    },
    [userId, formKey, title, initialValue],
  );

  /** Changes the values (like a state setter) and keeps them on the device at once. */
  const setValue = useCallback(
    (next: SetStateAction<T>) => {
      const value = typeof next === 'function' ? (next as (current: T) => T)(latest.current.value) : next;
      touched.current = true;
      latest.current = { ...latest.current, value };
      setState(value);
      write(false);
    },
    [write],
  );

  /** Changes one field of the values (a form's values are an object of fields). */
  const setField = useCallback(
    <K extends keyof T>(field: K, fieldValue: T[K]) => setValue((current) => ({ ...current, [field]: fieldValue })),
    [setValue],
  );

  /** Changes the photos (kept beside the outbox by the photo capture) and keeps them with the draft. */
  const setPhotos = useCallback(
    (next: KeptPhoto[]) => {
      touched.current = true;
      latest.current = { ...latest.current, photos: next };
      setPhotoState(next);
      write(true);
    },
    [write],
  );

  /**
   * The photos' SHA-256 for the entry that sends the form, each put back beside the outbox first:
   * a sync pass meanwhile may have dropped them there, since no entry referred to them yet.
   */
  const photosToSend = useCallback(async (): Promise<string[]> => {
    await chain.current;
    const shas = latest.current.photos.map((photo) => photo.sha256);
    if (!userId || shas.length === 0) return shas;
    const store = await outbox();
    const kept = (await store.getValue<StoredFile[]>(draftPhotosKey(userId, formKey))) ?? [];
    for (const file of kept) if (shas.includes(file.sha256)) await store.putFile(file);
    return shas;
  }, [userId, formKey]);

  /** Ends the draft (sent, or thrown away on purpose): the form starts again from `initial`. */
  const discard = useCallback(async () => {
    touched.current = true;
    latest.current = { value: initialValue, photos: [] };
    setState(initialValue);
    setBaseline(initialValue);
    setPhotoState([]);
    write(true);
    await chain.current;
  }, [write, initialValue]);

  /** The values were sent (they are an outbox entry now): the draft goes, the form keeps showing them. */
  const sent = useCallback(async () => {
    touched.current = true;
    setBaseline(latest.current.value);
    setPhotoState([]);
    latest.current = { ...latest.current, photos: [] };
    if (!userId) return;
    chain.current = chain.current
      .then(async () => (await outbox()).deleteValues([draftKey(userId, formKey), draftPhotosKey(userId, formKey)]))
      .catch(() => {});
    await chain.current;
  }, [userId, formKey]);

  const dirty = !same(value, baseline) || photos.length > 0;
  useDirtyForm(dirty);
  return { value, setValue, setField, photos, setPhotos, photosToSend, discard, sent, restored, dirty };
}
