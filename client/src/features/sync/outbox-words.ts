import { useApolloClient } from '@apollo/client/react';
import type { FindCached } from '../../offline/outbox-operations';

// How /sync and the sign-out page find the records outbox entries are about.

/** The records the device holds (the Apollo cache, kept per person offline), by `Typename:id` or a reference. */
export function useCachedRecords(): FindCached {
  const records = useApolloClient().cache.extract() as Record<string, Record<string, unknown> | undefined>;
  return (key) => {
    const ref = typeof key === 'object' && key !== null ? (key as { __ref?: unknown }).__ref : key;
    return typeof ref === 'string' ? records[ref] : undefined;
  };
}
