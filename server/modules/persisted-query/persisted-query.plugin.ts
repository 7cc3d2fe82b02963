import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../graphql/context';
import type { DatabaseQueryCache } from './persisted-query.cache';

/**
 * Only signed-in callers (sessions or API tokens) register queries: anybody may still send a query
 * with its hash and have it run, but nobody anonymous can fill the table. The answer waits for the
 * registration, so a caller may send the hash alone, to any process, as soon as it has the answer.
 */
export const persistedQueryRegistrationPlugin = (cache: DatabaseQueryCache): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, metrics }) {
        if (!contextValue.actor.userId) metrics.persistedQueryRegister = false;
      },
      async willSendResponse({ metrics }) {
        if (metrics.persistedQueryRegister) await cache.stored();
      },
    };
  },
});
