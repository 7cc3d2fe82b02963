import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { MeDocument } from '../graphql/documents/session';
import { outbox, type OutboxState } from './outbox';
import type { BaseVersionOf, OutboxInputOf, OutboxOperationName, OutboxResultOf } from './outbox-operations';
import { sync } from './sync';

export interface OutboxWriteOutcome<N extends OutboxOperationName> {
  mutationId: string;
  /** SENT: the server applied it; PENDING: kept on the device until the connection allows. */
  state: OutboxState;
  /** The server's answer, once SENT. */
  data?: OutboxResultOf<N>;
  /** Why the server refused it (PARKED or CONFLICTED). */
  error?: { code: string; message: string };
}

interface WriteOptions {
  /** SHA-256 of the photos stored beside the entry. */
  fileShas?: string[];
  /**
   * A refusal shown on the form that made the change is dropped from the outbox (the form still
   * holds the values); true keeps it PARKED, for writes made where nobody waits on the answer.
   */
  keepIfRefused?: boolean;
}

/**
 * With an update, the version of the record the person edited, required (docs/sync.md#versions-and-conflicts:
 * a stale one becomes a CONFLICT); the outbox sends it in the input.
 */
export type OutboxWriteOptions<N extends OutboxOperationName> = WriteOptions & BaseVersionOf<N>;

function parseError(lastError: string | null): { code: string; message: string } | undefined {
  if (!lastError) return undefined;
  const separator = lastError.indexOf(': ');
  return separator < 0 ? { code: 'ERROR', message: lastError } : { code: lastError.slice(0, separator), message: lastError.slice(separator + 2) };
}

/**
 * Makes a write the way every app write is made (docs/sync.md#outbox): an outbox entry
 * first, then, when online, a sync pass whose outcome for this entry is returned, so a form can
 * show a refusal where it was made and a created record's id. Offline it resolves at once as
 * PENDING and the entry is sent later.
 */
export function useOutboxWrite<N extends OutboxOperationName>(operationName: N) {
  const client = useApolloClient();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<OutboxWriteOutcome<N> | undefined>();

  const send = useCallback(
    async (input: OutboxInputOf<N>, ...[options]: Partial<OutboxWriteOptions<N>> extends OutboxWriteOptions<N> ? [options?: OutboxWriteOptions<N>] : [options: OutboxWriteOptions<N>]): Promise<OutboxWriteOutcome<N>> => {
      const userId = client.cache.readQuery({ query: MeDocument })?.me?.id;
      if (!userId) throw new Error('Sign in to make changes.');
      setSending(true);
      try {
        const store = await outbox();
        const [entry] = await store.enqueue([
          {
            operationName,
            variables: { input: { ...(input as Record<string, unknown>), mutationId: crypto.randomUUID() } },
            baseVersion: options?.baseVersion,
            fileShas: options?.fileShas,
            userId,
          },
        ]);
        let current = entry;
        // A pass already under way may have finished its list before this entry arrived: one more.
        for (let pass = 0; pass < 2 && current.state === 'PENDING' && navigator.onLine; pass += 1) {
          await sync.syncNow();
          current = (await store.get(entry.mutationId)) ?? current;
          if (sync.getStatus().lastError || sync.getStatus().pausedForSignIn) break;
        }
        const result: OutboxWriteOutcome<N> = {
          mutationId: entry.mutationId,
          state: current.state,
          data: current.response as OutboxResultOf<N> | undefined,
          error: current.state === 'PARKED' || current.state === 'CONFLICTED' ? parseError(current.lastError) : undefined,
        };
        if (current.state === 'PARKED' && !options?.keepIfRefused) await store.remove([entry.mutationId]);
        setOutcome(result);
        return result;
      } finally {
        setSending(false);
      }
    },
    [client, operationName],
  );

  return { send, sending, outcome };
}
