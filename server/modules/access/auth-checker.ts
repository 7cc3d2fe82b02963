import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema, isObjectType } from 'graphql';
import { AuthCheckerFn, getMetadataStorage } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { problem } from '../../graphql/errors';
import { recordSecurityEvent } from '../audit/audit.service';
import type { Role } from '../user/user.entity';
import { PUBLIC_OPERATIONS } from './roles';
import { listInWords, ROLE_LABELS } from '../../../rules/labels';

/** Refuses with FORBIDDEN; deniedRequestsPlugin records it once the request's transaction is over. */
export function deny(_ctx: Context, operation: string, why: string): never {
  throw problem('FORBIDDEN', `You may not ${operation}: ${why}`, { operation, why });
}

/**
 * Every FORBIDDEN answer becomes a security event, committed on its own after the request's own
 * work, so a refusal inside a transaction that rolls back still leaves its trace.
 */
export const deniedRequestsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue: ctx, errors }) {
        for (const error of errors.filter((e) => e.extensions?.code === 'FORBIDDEN')) {
          await recordSecurityEvent(ctx.db, {
            operation: 'PERMISSION_DENIED', userId: ctx.actor.userId, actor: ctx.actor.name, role: ctx.actor.role,
            clientAddress: ctx.clientAddress, details: error.extensions.details as Record<string, unknown>, at: ctx.clock.now(),
          });
        }
      },
    };
  },
};

/** Why the caller is not signed in: the credential they sent and what is wrong with it, or none sent. */
export const notSignedIn = (ctx: Context, orToken = '') => ctx.actor.refused ?? `You are not signed in. Sign in${orToken} and try again.`;

export const requireSignIn = (ctx: Context) => {
  if (!ctx.actor.userId) throw problem('UNAUTHENTICATED', notSignedIn(ctx));
};

/**
 * type-graphql's authorization checker: every operation and every guarded field names the roles
 * that may use it (modules/access/roles.ts). API tokens only read.
 */
export const authChecker: AuthCheckerFn<Context, Role> = async ({ context, info }, roles) => {
  requireSignIn(context);
  const what = `${info.parentType.name === 'Mutation' ? '' : 'read '}${info.fieldName}`;
  if (context.actor.via === 'token' && info.operation.operation === 'mutation') {
    deny(context, what, 'API tokens are read-only; sign in to the app to make changes.');
  }
  if (roles.length && !roles.includes(context.actor.role!)) {
    deny(context, what, `it needs the role ${listInWords(roles.map((r) => ROLE_LABELS[r].toLowerCase())).replace(/ and (\S+)$/, ' or $1')}.`);
  }
  return true;
};

/**
 * Deny by default: the schema does not build while a query or mutation has neither an
 * @Authorized rule nor a place on the public list.
 */
export function assertEveryOperationHasARule(schema: GraphQLSchema) {
  const storage = getMetadataStorage();
  const ruled = new Set(storage.authorizedFields.map((a) => a.fieldName));
  const names = [...storage.queries, ...storage.mutations].map((r) => ({ method: r.methodName, field: r.schemaName }));
  const missing = names.filter((n) => !ruled.has(n.method) && !PUBLIC_OPERATIONS.has(n.field)).map((n) => n.field);
  const roots = [schema.getQueryType(), schema.getMutationType()].filter(isObjectType);
  const inSchema = new Set(roots.flatMap((t) => Object.keys(t.getFields())));
  const unruled = missing.filter((m) => inSchema.has(m));
  if (unruled.length) throw new Error(`Operations without an authorization rule: ${unruled.join(', ')}`);
}
