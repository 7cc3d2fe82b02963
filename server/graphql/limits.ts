import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  FieldNode, FragmentDefinitionNode, getNamedType, GraphQLError, GraphQLObjectType, GraphQLSchema, isListType, isNonNullType,
  isObjectType, Kind, OperationDefinitionNode, SelectionSetNode, GraphQLInterfaceType, isInterfaceType, valueFromASTUntyped,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination';

// The request limits (docs/security.md#request-limits). Every one answers QUERY_TOO_COMPLEX with
// HTTP 400 before any resolver runs.
export const LIMITS = { depth: 12, aliases: 30, directives: 50, tokens: 3000, cost: 50_000 };
/** What a list without a page size is assumed to hold when costing a query. */
const UNPAGED_LIST_SIZE = 25;
/** Lists that are short by nature (answer choices, health reasons, a task's prerequisites). */
const SHORT_LISTS: Record<string, number> = { choices: 10, reasons: 7, prerequisites: 3, participatingLeas: 5, visibleWhen: 3 };
/**
 * Lists priced at what they realistically hold, by parent type and field, so that the ordinary
 * nested questions a coordinator or analyst asks pass (test/api/query-limits.test.ts lists them):
 * a deployment has a few CAT runs, a case a few attempts, a plan about 35 cases, there are a few
 * questionnaires, and a group question a few items.
 */
const REALISTIC_LISTS: Record<string, number> = {
  'Deployment.testRuns': 5, 'TestRun.cases': 40, 'RunCase.attempts': 5,
  'Query.questionnaires': 8, 'Question.questions': 5,
};

const tooComplex = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });

/** graphql-armor for depth, aliases, directives and tokens (field suggestions hidden in production). */
export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, propagateOnRejection: true },
    maxAliases: { n: LIMITS.aliases, propagateOnRejection: true },
    maxDirectives: { n: LIMITS.directives, propagateOnRejection: true },
    // Tokens are counted by graphql-js's own parser (parseOptions in app.ts): armor's plugin throws
    // from parsingDidStart, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    // The cost that matters here depends on page sizes, which armor does not know: see costLimitPlugin.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** Messages of armor's refusals, turned into the catalogue's code (see format-error.ts). */
export const isArmorRefusal = (message: string) =>
  /^Syntax Error: ((Query depth|Aliases|Directives|Token) limit of \d+ exceeded|Document contains more that \d+ tokens\. Parsing aborted\.)/.test(message);

/**
 * A query's cost: each field costs 1 plus its children, and a list costs its page size times its
 * children: a connection's `edges` and `nodes` count its `first` (variables applied), other lists 25.
 */
export const costLimitPlugin = (schema: GraphQLSchema): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, request }) {
        const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
        if (!operation) return;
        const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
        if (!root) return;
        const cost = costOf(operation, root, fragments, request.variables ?? {});
        if (cost > LIMITS.cost) {
          throw tooComplex(`This query would cost ${cost} (limit ${LIMITS.cost}). Ask for smaller pages or fewer nested lists.`);
        }
      },
    };
  },
});

function costOf(operation: OperationDefinitionNode, root: GraphQLObjectType, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>) {
  const walk = (set: SelectionSetNode, parent: GraphQLObjectType | GraphQLInterfaceType, seen: Set<string>, pageSize: number | null = null): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        total += walk(fragment.selectionSet, parent, new Set(seen).add(fragment.name.value), pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += walk(selection.selectionSet, parent, seen, pageSize);
      } else {
        total += fieldCost(selection, parent, seen, pageSize);
      }
    }
    return total;
  };
  const fieldCost = (field: FieldNode, parent: GraphQLObjectType | GraphQLInterfaceType, seen: Set<string>, pageSize: number | null) => {
    const definition = parent.getFields()[field.name.value];
    if (!definition) return 1;
    const named = getNamedType(definition.type);
    const page = pageOf(field);
    const children = field.selectionSet && (isObjectType(named) || isInterfaceType(named)) ? walk(field.selectionSet, named, seen, page) : 0;
    const unwrapped = isNonNullType(definition.type) ? definition.type.ofType : definition.type;
    const size = !isListType(unwrapped) ? 1
      : pageSize !== null && ['edges', 'nodes'].includes(field.name.value) ? pageSize
        : REALISTIC_LISTS[`${parent.name}.${field.name.value}`] ?? SHORT_LISTS[field.name.value] ?? UNPAGED_LIST_SIZE;
    return 1 + children * size;
  };
  /** A variable as sent, or its default in the operation when the request leaves it out. */
  const variableValue = (name: string) => {
    if (name in variables) return variables[name];
    const fallback = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
    return fallback ? valueFromASTUntyped(fallback) : undefined;
  };
  /** The page size a connection field asks for, or null for a field without `first`. */
  const pageOf = (field: FieldNode): number | null => {
    const first = field.arguments?.find((a) => a.name.value === 'first');
    if (!first) return null;
    const value = first.value.kind === Kind.VARIABLE ? variableValue(first.value.name.value) : first.value.kind === Kind.INT ? Number(first.value.value) : null;
    return typeof value === 'number' ? Math.min(Math.max(value, 1), MAX_PAGE_SIZE) : UNPAGED_LIST_SIZE;
  };
  return walk(operation.selectionSet, root, new Set());
}
