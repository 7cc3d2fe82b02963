import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../graphql/context';

/**
 * Only signed-in callers (sessions or API tokens) register queries: anybody may still send a query
 * with its hash and have it run, but nobody anonymous can fill the table.
 */
export const persistedQueryRegistrationPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, metrics }) {
        if (!contextValue.actor.userId) metrics.persistedQueryRegister = false;
      },
    };
  },
};
