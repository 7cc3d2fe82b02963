import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, Kind, valueFromASTUntyped, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from './context';
import type { FieldProblem } from './errors';
import { validationProblems } from './validation';
import { dateBoundProblems } from './date-bounds';

/**
 * One BAD_USER_INPUT naming every bad field of a request at once. GraphQL refuses each value the
 * schema's types reject (a date that is no date, an unknown choice) as an error of its own and then
 * runs nothing, so the input's own rules (lengths, UUIDs…) would wait for the next attempt: they are
 * checked here on the fields the types accepted (date bounds too), and everything goes out as one error.
 */
export const oneInputErrorPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, request, document, schema, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const inputErrors = (result.errors ?? []).filter(isInputError);
        if (inputErrors.length === 0) return;
        const fields = inputErrors.flatMap((e) => (e.extensions!.details as { fields: FieldProblem[] }).fields);
        // Values the types refused leave no path: nothing ran, so the input's own rules have not either.
        // A literal the types refused fails validation, before the operation is picked: pick it here.
        const operation = document?.definitions.find((d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION && (!request.operationName || d.name?.value === request.operationName));
        if (operation && inputErrors.every((e) => !e.path)) {
          for (const { typeName, value } of inputArguments(schema, operation, request.variables ?? {})) {
            for (const p of inputRuleProblems(typeName, value, contextValue.clock.now())) {
              if (!fields.some((f) => f.field === p.field || f.field.startsWith(`${p.field}.`) || f.field.startsWith(`${p.field}[`))) fields.push(p);
            }
          }
        }
        if (inputErrors.length === 1 && fields.length === (inputErrors[0].extensions!.details as { fields: FieldProblem[] }).fields.length) return;
        const merged: GraphQLFormattedError = {
          message: `Some input is not valid: ${fields.map(sentence).join('; ')}.`,
          ...(inputErrors[0].locations ? { locations: inputErrors[0].locations } : {}),
          ...(inputErrors[0].path ? { path: inputErrors[0].path } : {}),
          extensions: { code: 'BAD_USER_INPUT', details: { fields } },
        };
        const others = (result.errors ?? []).filter((e) => !isInputError(e));
        result.errors = [merged, ...others];
      },
    };
  },
};

const isInputError = (e: GraphQLFormattedError) =>
  e.extensions?.code === 'BAD_USER_INPUT' && Array.isArray((e.extensions.details as { fields?: unknown } | undefined)?.fields);

/** The input arguments of the operation's top-level fields, written inline or sent as variables. */
function inputArguments(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>) {
  const root = schema.getRootType(operation.operation);
  return operation.selectionSet.selections.flatMap((selection) => {
    const field = selection.kind === Kind.FIELD ? root?.getFields()[selection.name.value] : undefined;
    if (!field || selection.kind !== Kind.FIELD) return [];
    return (selection.arguments ?? []).flatMap((argument) => {
      const definition = field.args.find((a) => a.name === argument.name.value);
      return definition ? [{ typeName: getNamedType(definition.type).name, value: valueFromASTUntyped(argument.value, variables) }] : [];
    });
  });
}

/** A problem as the sentence it reads as: the field first, unless its message already names it. */
function sentence(f: FieldProblem) {
  const message = f.message.replace(/\.$/, '');
  if (message.startsWith(f.field)) return message;
  return /^(is|must) /.test(message) ? `${f.field} ${message}` : `${f.field}: ${message}`;
}

/** The input class's own rules, date bounds included, on the fields sent (an absent field the types already named, or it has a default). */
function inputRuleProblems(typeName: string, value: unknown, now: Date): FieldProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const target = getMetadataStorage().inputTypes.find((t) => t.name === typeName)?.target;
  if (!target) return [];
  const sent = value as Record<string, unknown>;
  const input = Object.assign(Object.create(target.prototype as object) as object, sent);
  return [...validationProblems(input), ...dateBoundProblems(input, now)].filter((p) => sent[p.field.split(/[.[]/)[0]] !== undefined);
}
