import { ApolloLink, Observable } from '@apollo/client';

/** What codegen puts on each of the app's documents (client/scripts/codegen-documents.cjs). */
interface PersistedDocument {
  __meta__?: { hash?: string };
}

/** The hash of a generated document: the name of its persisted document on the server. */
export const documentHashOf = (document: unknown): string | undefined => (document as PersistedDocument | null)?.__meta__?.hash;

const notFound = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;

/**
 * Sends the app's operations by hash alone (docs/sync.md#operations-sent-by-hash): Apollo's
 * `persistedQuery` extension with the document's hash, or with `context.documentHash` when an outbox
 * entry queued under an older build names the document it was made for. The query text goes only
 * when the server answers PERSISTED_QUERY_NOT_FOUND (a process older than the page): then the
 * request is made again with the text. Documents without a hash are sent as text.
 */
export const persistedDocumentsLink = new ApolloLink((operation, forward) => {
  const hash = (operation.getContext().documentHash as string | undefined) ?? documentHashOf(operation.query);
  if (!hash) return forward(operation);
  return new Observable((observer) => {
    let subscription: { unsubscribe(): void } | undefined;
    const send = (withText: boolean) => {
      let sendText = false;
      if (withText) delete operation.extensions.persistedQuery;
      else operation.extensions.persistedQuery = { version: 1, sha256Hash: hash };
      operation.setContext(({ http }: { http?: object }) => ({ http: { ...http, includeQuery: withText, includeExtensions: !withText } }));
      subscription = forward(operation).subscribe({
        next(result) {
          if (!withText && notFound((result as { errors?: [] }).errors)) sendText = true;
          else observer.next(result);
        },
        error: (error: unknown) => observer.error(error),
        complete: () => (sendText ? send(true) : observer.complete()),
      });
    };
    send(false);
    return () => subscription?.unsubscribe();
  });
});
