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
    "fragment CommentFields on Comment {\n  id\n  deploymentId\n  subjectType\n  subjectId\n  visibility\n  body\n  authorId\n  authorName\n  createdAt\n  editedAt\n  version\n  mentions {\n    userId\n    name\n  }\n  revisions {\n    id\n    body\n    replacedAt\n    replacedBy\n  }\n}\n\nquery Comments($deploymentId: ID!) {\n  comments(deploymentId: $deploymentId) {\n    ...CommentFields\n  }\n}\n\nquery CommentReaders($deploymentId: ID!, $visibility: CommentVisibility!) {\n  commentReaders(deploymentId: $deploymentId, visibility: $visibility) {\n    userId\n    name\n    role\n  }\n}\n\nmutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}\n\nmutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}": typeof types.CommentFieldsFragmentDoc,
    "fragment MailRow on OutboundMail {\n  id\n  kind\n  toAddress\n  subject\n  status\n  attempts\n  queuedAt\n  sentAt\n  lastError\n}\n\nquery Mailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MailRow\n    }\n  }\n}\n\nquery MailMessage($id: ID!) {\n  mailMessage(id: $id) {\n    ...MailRow\n    messageId\n    body\n    link\n    attachmentNames\n  }\n}\n\nquery MyMailSettings {\n  me {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UpdateMyMailSettings($input: UpdateMyMailSettingsInput!) {\n  updateMyMailSettings(input: $input) {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UnsubscribeMail($input: UnsubscribeMailInput!) {\n  unsubscribeMail(input: $input) {\n    kinds\n    digest\n  }\n}": typeof types.MailRowFragmentDoc,
};
const documents: Documents = {
    "fragment CommentFields on Comment {\n  id\n  deploymentId\n  subjectType\n  subjectId\n  visibility\n  body\n  authorId\n  authorName\n  createdAt\n  editedAt\n  version\n  mentions {\n    userId\n    name\n  }\n  revisions {\n    id\n    body\n    replacedAt\n    replacedBy\n  }\n}\n\nquery Comments($deploymentId: ID!) {\n  comments(deploymentId: $deploymentId) {\n    ...CommentFields\n  }\n}\n\nquery CommentReaders($deploymentId: ID!, $visibility: CommentVisibility!) {\n  commentReaders(deploymentId: $deploymentId, visibility: $visibility) {\n    userId\n    name\n    role\n  }\n}\n\nmutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}\n\nmutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}": types.CommentFieldsFragmentDoc,
    "fragment MailRow on OutboundMail {\n  id\n  kind\n  toAddress\n  subject\n  status\n  attempts\n  queuedAt\n  sentAt\n  lastError\n}\n\nquery Mailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MailRow\n    }\n  }\n}\n\nquery MailMessage($id: ID!) {\n  mailMessage(id: $id) {\n    ...MailRow\n    messageId\n    body\n    link\n    attachmentNames\n  }\n}\n\nquery MyMailSettings {\n  me {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UpdateMyMailSettings($input: UpdateMyMailSettingsInput!) {\n  updateMyMailSettings(input: $input) {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UnsubscribeMail($input: UnsubscribeMailInput!) {\n  unsubscribeMail(input: $input) {\n    kinds\n    digest\n  }\n}": types.MailRowFragmentDoc,
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
export function graphql(source: "fragment CommentFields on Comment {\n  id\n  deploymentId\n  subjectType\n  subjectId\n  visibility\n  body\n  authorId\n  authorName\n  createdAt\n  editedAt\n  version\n  mentions {\n    userId\n    name\n  }\n  revisions {\n    id\n    body\n    replacedAt\n    replacedBy\n  }\n}\n\nquery Comments($deploymentId: ID!) {\n  comments(deploymentId: $deploymentId) {\n    ...CommentFields\n  }\n}\n\nquery CommentReaders($deploymentId: ID!, $visibility: CommentVisibility!) {\n  commentReaders(deploymentId: $deploymentId, visibility: $visibility) {\n    userId\n    name\n    role\n  }\n}\n\nmutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}\n\nmutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}"): (typeof documents)["fragment CommentFields on Comment {\n  id\n  deploymentId\n  subjectType\n  subjectId\n  visibility\n  body\n  authorId\n  authorName\n  createdAt\n  editedAt\n  version\n  mentions {\n    userId\n    name\n  }\n  revisions {\n    id\n    body\n    replacedAt\n    replacedBy\n  }\n}\n\nquery Comments($deploymentId: ID!) {\n  comments(deploymentId: $deploymentId) {\n    ...CommentFields\n  }\n}\n\nquery CommentReaders($deploymentId: ID!, $visibility: CommentVisibility!) {\n  commentReaders(deploymentId: $deploymentId, visibility: $visibility) {\n    userId\n    name\n    role\n  }\n}\n\nmutation AddComment($input: AddCommentInput!) {\n  addComment(input: $input) {\n    ...CommentFields\n  }\n}\n\nmutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    ...CommentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MailRow on OutboundMail {\n  id\n  kind\n  toAddress\n  subject\n  status\n  attempts\n  queuedAt\n  sentAt\n  lastError\n}\n\nquery Mailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MailRow\n    }\n  }\n}\n\nquery MailMessage($id: ID!) {\n  mailMessage(id: $id) {\n    ...MailRow\n    messageId\n    body\n    link\n    attachmentNames\n  }\n}\n\nquery MyMailSettings {\n  me {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UpdateMyMailSettings($input: UpdateMyMailSettingsInput!) {\n  updateMyMailSettings(input: $input) {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UnsubscribeMail($input: UnsubscribeMailInput!) {\n  unsubscribeMail(input: $input) {\n    kinds\n    digest\n  }\n}"): (typeof documents)["fragment MailRow on OutboundMail {\n  id\n  kind\n  toAddress\n  subject\n  status\n  attempts\n  queuedAt\n  sentAt\n  lastError\n}\n\nquery Mailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...MailRow\n    }\n  }\n}\n\nquery MailMessage($id: ID!) {\n  mailMessage(id: $id) {\n    ...MailRow\n    messageId\n    body\n    link\n    attachmentNames\n  }\n}\n\nquery MyMailSettings {\n  me {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UpdateMyMailSettings($input: UpdateMyMailSettingsInput!) {\n  updateMyMailSettings(input: $input) {\n    id\n    version\n    timeZone\n    mailPreferences {\n      kind\n      delivery\n    }\n  }\n}\n\nmutation UnsubscribeMail($input: UnsubscribeMailInput!) {\n  unsubscribeMail(input: $input) {\n    kinds\n    digest\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;