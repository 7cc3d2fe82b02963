import { useApolloClient } from '@apollo/client/react';
import { errorCodeLabel } from '../../../../rules/labels';
import type { FindCached } from '../../offline/outbox-operations';

// How /sync and the sign-out page say what an outbox entry is and why it waits.

/** Why an entry was refused or is retrying, in words: the code's words before the server's message. */
export function reasonInWords(lastError: string): string {
  const match = /^([A-Z_]+): (.*)$/s.exec(lastError);
  return match ? `${errorCodeLabel(match[1])}: ${match[2]}` : lastError;
}

/** The records the device holds (the Apollo cache, kept per person offline), by `Typename:id` or a reference. */
export function useCachedRecords(): FindCached {
  const records = useApolloClient().cache.extract() as Record<string, Record<string, unknown> | undefined>;
  return (key) => {
    const ref = typeof key === 'object' && key !== null ? (key as { __ref?: unknown }).__ref : key;
    return typeof ref === 'string' ? records[ref] : undefined;
  };
}
