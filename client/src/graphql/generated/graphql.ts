/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a court uses CCPOR, which decides whether CLETS/CARPOS work applies. */
export type CcporProfile =
  /** Order data and images, transmitted to CARPOS through the CCPOR gateway. */
  | 'DATA_AND_IMAGES'
  /** Order images only; CLETS/CARPOS work is not applicable. */
  | 'IMAGES_ONLY';

/** A new password for the signed-in person. */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password: at least 12 characters, not a common one. */
  newPassword: string;
};

/** Confirms two-factor enrolment with a code from the new secret. */
export type ConfirmMfaEnrolmentInput = {
  /** The 6-digit code the authenticator app shows. */
  code: string;
};

/** A new personal API token for a reporting tool. */
export type CreateApiTokenInput = {
  /** What it is for (3 to 100 characters), e.g. "Power BI portfolio". */
  name: string;
};

/** How bad a defect is. CRITICAL and MAJOR defects block sign-off and go-live until VERIFIED or WONT_FIX. */
export type DefectSeverity =
  /** The court cannot work with CCPOR (e.g. orders not saved or not transmitted). */
  | 'CRITICAL'
  /** An important function is wrong and has no acceptable workaround. */
  | 'MAJOR'
  /** Cosmetic, or with an acceptable workaround. */
  | 'MINOR';

/** Progress of a defect: OPEN → FIXED → VERIFIED (by a re-test), or WONT_FIX with a reason. */
export type DefectStatus =
  /** A fix is in a build; waiting for a re-test to verify it. */
  | 'FIXED'
  /** Raised and not fixed yet. */
  | 'OPEN'
  /** A re-test confirmed the fix. */
  | 'VERIFIED'
  /** Accepted as it is; the reason is recorded. */
  | 'WONT_FIX';

/** An onboarding dependency every deployment has. */
export type DependencyKind =
  /** Connectivity to the CCTC datacenter. */
  | 'CCTC_CONNECTIVITY'
  /** CA DOJ CLETS/CARPOS registration and approval through the CCPOR gateway. */
  | 'DOJ_CLETS_CARPOS'
  /** Infrastructure / security / network capacity assessment. */
  | 'INFRASTRUCTURE_ASSESSMENT'
  /** Resource planning. */
  | 'RESOURCE_PLANNING'
  /** Scanner set-up. */
  | 'SCANNER_SETUP'
  /** Training & testing. */
  | 'TRAINING_TESTING'
  /** User & court profiles and access. */
  | 'USER_PROFILES_ACCESS';

/** Progress of an onboarding dependency. */
export type DependencyStatus =
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Satisfied. */
  | 'MET'
  /** Does not apply (e.g. CLETS/CARPOS for an images-only court); the reason is kept. */
  | 'NOT_APPLICABLE'
  /** Nothing has happened yet. */
  | 'NOT_STARTED'
  /** Waiting on a named party. */
  | 'WAITING';

/** Filters for lists of deployments; all given filters must match. */
export type DeploymentFilter = {
  /** Only courts of these counties, e.g. "Fresno". */
  county?: Array<string> | null | undefined;
  /** Target go-live on or after this date. */
  goLiveFrom?: string | null | undefined;
  /** Target go-live on or before this date. */
  goLiveTo?: string | null | undefined;
  /** Only these health statuses (as of today). */
  health?: Array<HealthStatus> | null | undefined;
  /** Only these phases. */
  phase?: Array<Phase> | null | undefined;
  /** Only these statuses. */
  status?: Array<DeploymentStatus> | null | undefined;
  /** Only these waves. */
  wave?: Array<number> | null | undefined;
};

/** Where a court's onboarding stands as a whole. */
export type DeploymentStatus =
  /** Close-out approved; the deployment is complete. */
  | 'CLOSED'
  /** The court has committed to deploy. */
  | 'COMMITTED'
  /** The court has expressed interest. */
  | 'INTERESTED'
  /** Implementation is under way. */
  | 'IN_PROGRESS'
  /** The court went live on CCPOR. */
  | 'LIVE'
  /** Paused; the schedule still stands. */
  | 'ON_HOLD'
  /** The court withdrew; nothing more will happen. */
  | 'WITHDRAWN';

/** Why a deployment has the health it has. */
export type HealthReasonCode =
  /** Dependencies more than 7 days past due (LATE). */
  | 'DEPENDENCIES_LATE'
  /** Open dependencies past their due date (AT_RISK). */
  | 'DEPENDENCIES_PAST_DUE'
  /** Dependencies waiting on a party for more than 30 days (AT_RISK). */
  | 'DEPENDENCIES_WAITING_LONG'
  /** The target go-live date has passed and the court has not gone live (LATE). */
  | 'GO_LIVE_PASSED'
  /** The current phase was entered later than it should begin (AT_RISK). */
  | 'PHASE_WINDOW_TOO_SHORT'
  /** Required tasks more than 7 days past due (LATE). */
  | 'TASKS_LATE'
  /** Open tasks past their due date (AT_RISK). */
  | 'TASKS_PAST_DUE';

/** Health of a deployment, derived from today’s date (California time). */
export type HealthStatus =
  /** Something is past due, the current phase’s window is too short, or a dependency has waited over 30 days. */
  | 'AT_RISK'
  /** Go-live passed without going live, or required work is more than 7 days past due. */
  | 'LATE'
  /** Nothing is past due. */
  | 'ON_TRACK';

/** The swim lane of the process diagram a task sits in. */
export type Lane =
  /** Work of the CCPOR team. */
  | 'CCPOR_TEAM'
  /** Work of the court and its law-enforcement agencies. */
  | 'COURT_AND_LEA';

/** Who owns a piece of work or is being waited on. */
export type Party =
  /** The CCPOR team of the Judicial Council. */
  | 'CCPOR_TEAM'
  /** The California Courts Technology Center datacenter. */
  | 'CCTC'
  /** The superior court being deployed. */
  | 'COURT'
  /** The California Department of Justice (CLETS / CARPOS). */
  | 'DOJ'
  /** A participating law-enforcement agency, e.g. the county sheriff. */
  | 'LEA';

/** A phase of the CCPOR deployment lifecycle, in order. */
export type Phase =
  /** Day 0: the court starts using CCPOR. */
  | 'GO_LIVE'
  /** Dependencies, accounts, training and acceptance testing; begins 30 days before go-live at the latest. */
  | 'IMPLEMENT'
  /** Awareness, questionnaires and scanner assessment; begins 90 days before go-live at the latest. */
  | 'PLANNING'
  /** After go-live: incident reporting until close-out. */
  | 'POST_GO_LIVE'
  /** Planning Guide evaluation, commitment and kick-off; begins 60 days before go-live at the latest. */
  | 'SCOPE';

/** Filters every report accepts; all given must match. They select deployments, and a report counts what belongs to them. */
export type ReportFilter = {
  /** Only courts of these counties, e.g. "Fresno". */
  county?: Array<string> | null | undefined;
  /** Target go-live on or after this date. */
  goLiveFrom?: string | null | undefined;
  /** Target go-live on or before this date. */
  goLiveTo?: string | null | undefined;
  /** Only these health statuses (as of today). */
  health?: Array<HealthStatus> | null | undefined;
  /** Only these phases. */
  phase?: Array<Phase> | null | undefined;
  /** Only these statuses. */
  status?: Array<DeploymentStatus> | null | undefined;
  /** Only these waves. */
  wave?: Array<number> | null | undefined;
};

/** Revokes one of your API tokens. */
export type RevokeApiTokenInput = {
  /** The token. */
  apiTokenId: string | number;
};

/** What a person may do in CCPOR Deploy (DESIGN.md, Security model). */
export type Role =
  /** Everything, including users, templates and scanner requirements. */
  | 'ADMIN'
  /** CCPOR team: plans, reschedules, advances and takes courts live. */
  | 'COORDINATOR'
  /** CCPOR field staff: site visits of their assigned deployments. */
  | 'FIELD_STAFF'
  /** A person of one court or LEA: their organization’s deployments only. */
  | 'PARTNER_USER'
  /** Read-only across all deployments, without contact details. */
  | 'REPORTER';

/** Credentials for signing in. */
export type SignInInput = {
  /** E-mail address. */
  email: string;
  /** Password. */
  password: string;
  /** A recovery code, instead of the 6-digit code. */
  recoveryCode?: string | null | undefined;
  /** The 6-digit code of the authenticator app, when asked for (MFA_REQUIRED). */
  totpCode?: string | null | undefined;
};

/** The kind of activity, from the process diagram's legend. */
export type TaskKind =
  /** Work the court or LEA does. */
  | 'COURT_ACTIVITY'
  /** A document sent by the CCPOR team. */
  | 'DOCUMENT'
  /** A meeting, communication or information. */
  | 'MEETING'
  /** Go-live itself. */
  | 'MILESTONE'
  /** A response returned by the court or LEA. */
  | 'RESPONSE';

/** Progress of a task. */
export type TaskStatus =
  /** Completed. */
  | 'DONE'
  /** Started, or completed automatically while prerequisites are still open. */
  | 'IN_PROGRESS'
  /** Does not apply to this court's profile. */
  | 'NOT_APPLICABLE'
  /** Not started. */
  | 'OPEN'
  /** Not needed for this deployment; a reason is recorded. */
  | 'WAIVED';

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type StartMfaEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartMfaEnrolmentMutation = { startMfaEnrolment: { secret: string, otpauthUri: string } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  input: ConfirmMfaEnrolmentInput;
}>;


export type ConfirmMfaEnrolmentMutation = { confirmMfaEnrolment: { codes: Array<string> } };

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiTokensQuery = { myApiTokens: Array<{ id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type ApiTokenRowFragment = { id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type DeploymentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DeploymentFilter | null | undefined;
}>;


export type DeploymentsQuery = { deployments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, wave: number | null, targetGoLive: string, actualGoLive: string | null, phase: Phase, status: DeploymentStatus, court: { id: string, name: string, county: string }, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> } }> } };

export type DeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type DeploymentQuery = { deployment: { id: string, wave: number | null, targetGoLive: string, actualGoLive: string | null, phase: Phase, phaseEnteredOn: string, status: DeploymentStatus, version: number, phasesWithShortWindows: Array<Phase>, court: { id: string, name: string, county: string, ccporProfile: CcporProfile | null }, participatingLeas: Array<{ id: string, name: string }>, health: { status: HealthStatus, daysToGoLive: number, reasons: Array<{ code: HealthReasonCode, count: number, message: string }> }, tasks: Array<{ id: string, number: number, title: string, phase: Phase, lane: Lane, party: Party, kind: TaskKind, required: boolean, dueDate: string, pinned: boolean, pastDueAtCreation: boolean, status: TaskStatus, reason: string | null, completedOn: string | null, version: number }>, dependencies: Array<{ id: string, kind: DependencyKind, title: string, dueDate: string, status: DependencyStatus, waitingOn: Party | null, daysWaiting: number | null, ownerParty: Party, owner: string | null, externalReference: string | null, version: number }> } };

export type PortfolioDashboardQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type PortfolioDashboardQuery = { deploymentCountsReport: Array<{ phase: Phase, status: DeploymentStatus, health: HealthStatus, deployments: number }>, goLivesByMonthReport: Array<{ month: string, planned: number, actual: number }>, overdueTasksReport: Array<{ party: Party, phase: Phase, tasks: number, deployments: number, maxDaysOverdue: number }>, waitingDependenciesReport: { totalCount: number, nodes: Array<{ dependencyId: string, deploymentId: string, courtName: string, kind: DependencyKind, waitingOn: Party, daysWaiting: number }> }, defectsReport: Array<{ severity: DefectSeverity, status: DefectStatus, defects: number, maxAgeDays: number }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, role: Role, mfaEnabled: boolean, version: number, organization: { id: string, name: string } | null } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { recoveryCodes: Array<string> | null, user: { id: string, email: string, displayName: string, role: Role, mfaEnabled: boolean, version: number, organization: { id: string, name: string } | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignedInUserFragment = { id: string, email: string, displayName: string, role: Role, mfaEnabled: boolean, version: number, organization: { id: string, name: string } | null };

export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const SignedInUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignedInUserFragment, unknown>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const StartMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}}]}}]}}]} as unknown as DocumentNode<StartMfaEnrolmentMutation, StartMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMfaEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const MyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const DeploymentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeploymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentsQuery, DeploymentsQueryVariables>;
export const DeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}},{"kind":"Field","name":{"kind":"Name","value":"targetGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"actualGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"phaseEnteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phasesWithShortWindows"}},{"kind":"Field","name":{"kind":"Name","value":"court"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"ccporProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingLeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"daysToGoLive"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"pastDueAtCreation"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"ownerParty"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DeploymentQuery, DeploymentQueryVariables>;
export const PortfolioDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deploymentCountsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goLivesByMonthReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasksReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"deployments"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingDependenciesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentId"}},{"kind":"Field","name":{"kind":"Name","value":"courtName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"waitingOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defectsReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"defects"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeDays"}}]}}]}}]} as unknown as DocumentNode<PortfolioDashboardQuery, PortfolioDashboardQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SignedInUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SignedInUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;