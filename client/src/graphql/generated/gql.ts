/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Deployments($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      wave\n      targetGoLive\n      actualGoLive\n      phase\n      status\n      court {\n        id\n        name\n        county\n      }\n      health {\n        status\n        daysToGoLive\n        reasons {\n          code\n          count\n          message\n        }\n      }\n    }\n  }\n}\n\nquery Deployment($id: ID!) {\n  deployment(id: $id) {\n    id\n    wave\n    targetGoLive\n    actualGoLive\n    phase\n    phaseEnteredOn\n    status\n    version\n    phasesWithShortWindows\n    court {\n      id\n      name\n      county\n      ccporProfile\n    }\n    participatingLeas {\n      id\n      name\n    }\n    health {\n      status\n      daysToGoLive\n      reasons {\n        code\n        count\n        message\n      }\n    }\n    tasks {\n      id\n      number\n      title\n      phase\n      lane\n      party\n      kind\n      required\n      dueDate\n      pinned\n      pastDueAtCreation\n      status\n      reason\n      completedOn\n      version\n    }\n    dependencies {\n      id\n      kind\n      title\n      dueDate\n      status\n      waitingOn\n      daysWaiting\n      ownerParty\n      owner\n      externalReference\n      version\n    }\n  }\n}": typeof types.DeploymentsDocument,
};
const documents: Documents = {
    "query Deployments($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      wave\n      targetGoLive\n      actualGoLive\n      phase\n      status\n      court {\n        id\n        name\n        county\n      }\n      health {\n        status\n        daysToGoLive\n        reasons {\n          code\n          count\n          message\n        }\n      }\n    }\n  }\n}\n\nquery Deployment($id: ID!) {\n  deployment(id: $id) {\n    id\n    wave\n    targetGoLive\n    actualGoLive\n    phase\n    phaseEnteredOn\n    status\n    version\n    phasesWithShortWindows\n    court {\n      id\n      name\n      county\n      ccporProfile\n    }\n    participatingLeas {\n      id\n      name\n    }\n    health {\n      status\n      daysToGoLive\n      reasons {\n        code\n        count\n        message\n      }\n    }\n    tasks {\n      id\n      number\n      title\n      phase\n      lane\n      party\n      kind\n      required\n      dueDate\n      pinned\n      pastDueAtCreation\n      status\n      reason\n      completedOn\n      version\n    }\n    dependencies {\n      id\n      kind\n      title\n      dueDate\n      status\n      waitingOn\n      daysWaiting\n      ownerParty\n      owner\n      externalReference\n      version\n    }\n  }\n}": types.DeploymentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Deployments($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      wave\n      targetGoLive\n      actualGoLive\n      phase\n      status\n      court {\n        id\n        name\n        county\n      }\n      health {\n        status\n        daysToGoLive\n        reasons {\n          code\n          count\n          message\n        }\n      }\n    }\n  }\n}\n\nquery Deployment($id: ID!) {\n  deployment(id: $id) {\n    id\n    wave\n    targetGoLive\n    actualGoLive\n    phase\n    phaseEnteredOn\n    status\n    version\n    phasesWithShortWindows\n    court {\n      id\n      name\n      county\n      ccporProfile\n    }\n    participatingLeas {\n      id\n      name\n    }\n    health {\n      status\n      daysToGoLive\n      reasons {\n        code\n        count\n        message\n      }\n    }\n    tasks {\n      id\n      number\n      title\n      phase\n      lane\n      party\n      kind\n      required\n      dueDate\n      pinned\n      pastDueAtCreation\n      status\n      reason\n      completedOn\n      version\n    }\n    dependencies {\n      id\n      kind\n      title\n      dueDate\n      status\n      waitingOn\n      daysWaiting\n      ownerParty\n      owner\n      externalReference\n      version\n    }\n  }\n}"): (typeof documents)["query Deployments($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      wave\n      targetGoLive\n      actualGoLive\n      phase\n      status\n      court {\n        id\n        name\n        county\n      }\n      health {\n        status\n        daysToGoLive\n        reasons {\n          code\n          count\n          message\n        }\n      }\n    }\n  }\n}\n\nquery Deployment($id: ID!) {\n  deployment(id: $id) {\n    id\n    wave\n    targetGoLive\n    actualGoLive\n    phase\n    phaseEnteredOn\n    status\n    version\n    phasesWithShortWindows\n    court {\n      id\n      name\n      county\n      ccporProfile\n    }\n    participatingLeas {\n      id\n      name\n    }\n    health {\n      status\n      daysToGoLive\n      reasons {\n        code\n        count\n        message\n      }\n    }\n    tasks {\n      id\n      number\n      title\n      phase\n      lane\n      party\n      kind\n      required\n      dueDate\n      pinned\n      pastDueAtCreation\n      status\n      reason\n      completedOn\n      version\n    }\n    dependencies {\n      id\n      kind\n      title\n      dueDate\n      status\n      waitingOn\n      daysWaiting\n      ownerParty\n      owner\n      externalReference\n      version\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;