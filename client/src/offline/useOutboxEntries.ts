import { useEffect, useState } from 'react';
import { outbox, type OutboxEntry } from './outbox';

/** The outbox entries of one person (all states, oldest first), re-read after every change. */
export function useOutboxEntries(userId: string | undefined) {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    if (!userId) return;
    let active = true;
    let unsubscribe = () => {};
    const read = (store: Awaited<ReturnType<typeof outbox>>) =>
      store.list(userId).then((list) => {
        if (active) setEntries(list);
      });
    void outbox().then((store) => {
      if (!active) return;
      unsubscribe = store.subscribe(() => void read(store));
      return read(store);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [userId]);
  return entries;
}
