/* eslint-disable */
import * as types from './graphql';



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
    "query RoleMatrixCourt { organizations(first: 1, filter: { kind: COURT }) { nodes { id } } }": typeof types.RoleMatrixCourtDocument,
    "mutation RoleMatrixCreateToken { createApiToken(input: { name: \"matrix token\" }) { token } }": typeof types.RoleMatrixCreateTokenDocument,
    "mutation ScopingUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id } }": typeof types.ScopingUpdateDeploymentDocument,
    "mutation ScopingAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": typeof types.ScopingAssignStaffDocument,
    "query ScopingDeployment($id: ID!) { deployment(id: $id) { id } }": typeof types.ScopingDeploymentDocument,
    "query ScopingOrganization($id: ID!) { organization(id: $id) { id } }": typeof types.ScopingOrganizationDocument,
    "query ScopingOrganizations { organizations(first: 100) { totalCount nodes { name } } }": typeof types.ScopingOrganizationsDocument,
    "query ScopingTasksDue { tasksDue(first: 100, filter: { dueTo: \"2027-12-31\" }) { totalCount nodes { deployment { court { county } } } } }": typeof types.ScopingTasksDueDocument,
    "mutation ScopingStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }": typeof types.ScopingStartTaskDocument,
    "mutation ScopingCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.ScopingCompleteTaskDocument,
    "query ScopingContacts { organizations(first: 1) { nodes { name contacts { name title email phone } } } }": typeof types.ScopingContactsDocument,
    "query ScopingList { deployments(first: 100) { totalCount nodes { id court { county } } } }": typeof types.ScopingListDocument,
    "fragment AccountRequestFields on AccountRequest { id status ccporRole sealedOrders email rejectionReason version organization { kind } }": typeof types.AccountRequestFieldsFragmentDoc,
    "mutation AccountRequestsRequest($i: RequestAccountInput!) { requestAccount(input: $i) { ...AccountRequestFields } }": typeof types.AccountRequestsRequestDocument,
    "mutation AccountRequestsChange($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { ...AccountRequestFields } }": typeof types.AccountRequestsChangeDocument,
    "query AccountRequestsProgress($id: ID!) { deployment(id: $id) {\n  tasks { key status evidence } dependencies { kind status } accountRequests { id status } } }": typeof types.AccountRequestsProgressDocument,
    "query AdminTokensOverview($f: ApiTokenFilter, $after: String) {\n  apiTokens(first: 2, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { id name prefix createdAt lastUsedAt revokedAt owner { id email role } } }\n}": typeof types.AdminTokensOverviewDocument,
    "mutation AdminTokensCreate($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }": typeof types.AdminTokensCreateDocument,
    "mutation AdminTokensRevoke($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id revokedAt } }": typeof types.AdminTokensRevokeDocument,
    "query AdminTokensCount { deployments(first: 1) { totalCount } }": typeof types.AdminTokensCountDocument,
    "query AdminTokensRevocations { auditEvents(first: 5, filter: { operation: \"API_TOKEN_REVOKED\" }) { nodes { actor role after } } }": typeof types.AdminTokensRevocationsDocument,
    "query AuditFiltersAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { kind actor operation entityType entityId } } }": typeof types.AuditFiltersAuditEventsDocument,
    "mutation AuditFiltersStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }": typeof types.AuditFiltersStartTaskDocument,
    "query AuditWritePathEvents($f: AuditEventFilter, $after: String) {\n  auditEvents(first: 100, after: $after, filter: $f) { pageInfo { hasNextPage endCursor } nodes { kind actor operation entityType entityId before after } }\n}": typeof types.AuditWritePathEventsDocument,
    "fragment CatPlanDraftFields on TestPlanDraft {\n  id basedOnVersion name version updatedBy cases { key title area preconditions steps expectedResult criticality requiresCarpos } }": typeof types.CatPlanDraftFieldsFragmentDoc,
    "mutation CatPlanDraftsStart($i: StartTestPlanDraftInput!) { startTestPlanDraft(input: $i) { ...CatPlanDraftFields } }": typeof types.CatPlanDraftsStartDocument,
    "mutation CatPlanDraftsSave($i: SaveTestPlanDraftInput!) { saveTestPlanDraft(input: $i) { ...CatPlanDraftFields } }": typeof types.CatPlanDraftsSaveDocument,
    "mutation CatPlanDraftsPublish($i: TestPlanDraftActionInput!) {\n  publishTestPlanDraft(input: $i) { id version name publishedAt cases { key title steps position } } }": typeof types.CatPlanDraftsPublishDocument,
    "mutation CatPlanDraftsDiscard($i: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $i) }": typeof types.CatPlanDraftsDiscardDocument,
    "query CatPlanDraftsDraftId { testPlanDraft { id } }": typeof types.CatPlanDraftsDraftIdDocument,
    "query CatPlanDraftsPlanVersions { testPlans { version } }": typeof types.CatPlanDraftsPlanVersionsDocument,
    "query CatPlanDraftsPublishedPlan { testPlan { id version cases { key } } }": typeof types.CatPlanDraftsPublishedPlanDocument,
    "query CatPlanDraftsDraftName { testPlanDraft { name } }": typeof types.CatPlanDraftsDraftNameDocument,
    "query CatPlanDraftsRunPlan($id: ID!) { testRun(id: $id) { planId } }": typeof types.CatPlanDraftsRunPlanDocument,
    "query CatPlanDraftsPlanVersion1 { testPlan(version: 1) { cases { key } } }": typeof types.CatPlanDraftsPlanVersion1Document,
    "mutation CatRunsStartTestRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }": typeof types.CatRunsStartTestRunDocument,
    "query CatRunsTestPlans { testPlans { version publishedAt cases { key area criticality requiresCarpos steps expectedResult preconditions } } }": typeof types.CatRunsTestPlansDocument,
    "query CatRunsTestPlan { testPlan(version: 9) { id } }": typeof types.CatRunsTestPlanDocument,
    "query CatRunsDeployment($id: ID!) { deployment(id: $id) { testRuns { id } } }": typeof types.CatRunsDeploymentDocument,
    "mutation CatRunsRecordTestResults($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied } }": typeof types.CatRunsRecordTestResultsDocument,
    "query CatRunsPage($id: ID!) { deployment(id: $id) { testRuns { summary { status passPercent } cases { status attempts { id } latestAttempt { id } testCase { key } } } } }": typeof types.CatRunsPageDocument,
    "query CatWalkthroughDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields closeOut { approvedBy approvedOn } } }": typeof types.CatWalkthroughDeploymentDocument,
    "query CatWalkthroughDeployment2($id: ID!) { deployment(id: $id) { readiness { status blockers { code } } } }": typeof types.CatWalkthroughDeployment2Document,
    "mutation CatWalkthroughRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": typeof types.CatWalkthroughRequestAccountDocument,
    "query CatWalkthroughTestRun($id: ID!) { testRun(id: $id) { signOffs { party status staleBecause } } }": typeof types.CatWalkthroughTestRunDocument,
    "mutation CatWalkthroughReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id status version } }": typeof types.CatWalkthroughReportIncidentDocument,
    "fragment CommentsFields on Comment { id subjectType subjectId visibility body authorName editedAt version mentions { userId name } revisions { body replacedBy } }": typeof types.CommentsFieldsFragmentDoc,
    "mutation CommentsAdd($i: AddCommentInput!) { addComment(input: $i) { ...CommentsFields } }": typeof types.CommentsAddDocument,
    "mutation CommentsEdit($i: EditCommentInput!) { editComment(input: $i) { ...CommentsFields } }": typeof types.CommentsEditDocument,
    "query CommentsThread($deploymentId: ID!, $taskId: ID, $dependencyId: ID) {\n  comments(deploymentId: $deploymentId, taskId: $taskId, dependencyId: $dependencyId) { ...CommentsFields }\n}": typeof types.CommentsThreadDocument,
    "query CommentsReaders($deploymentId: ID!, $visibility: CommentVisibility!) { commentReaders(deploymentId: $deploymentId, visibility: $visibility) { userId name role } }": typeof types.CommentsReadersDocument,
    "query CommentsNotifications { notifications(first: 50) { unreadCount items { kind summary deploymentId actor } } }": typeof types.CommentsNotificationsDocument,
    "mutation CommentsDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status note version } }": typeof types.CommentsDependencyDocument,
    "query CommentsDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } tasks { id } } }": typeof types.CommentsDependenciesDocument,
    "query CommentsAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType } } }": typeof types.CommentsAuditDocument,
    "mutation ConfirmIdentityAgain($i: ConfirmIdentityInput!) { confirmIdentity(input: $i) }": typeof types.ConfirmIdentityAgainDocument,
    "mutation ConfirmChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ConfirmChangePasswordDocument,
    "mutation ConfirmStartMfa { startMfaEnrolment(input: {}) { secret } }": typeof types.ConfirmStartMfaDocument,
    "mutation ConfirmMfaCodes($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }": typeof types.ConfirmMfaCodesDocument,
    "mutation ConfirmCreateToken($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name } } }": typeof types.ConfirmCreateTokenDocument,
    "mutation ConfirmSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }": typeof types.ConfirmSignInDocument,
    "query ConfirmMyTokens { myApiTokens { id } }": typeof types.ConfirmMyTokensDocument,
    "query ConfirmSecurityEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { nodes { actor after entityId } } }": typeof types.ConfirmSecurityEventsDocument,
    "mutation ConfirmResetPassword($i: UserActionInput!) { resetPassword(input: $i) { url expiresAt } }": typeof types.ConfirmResetPasswordDocument,
    "mutation ConfirmCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }": typeof types.ConfirmCompleteResetDocument,
    "mutation ConfirmUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }": typeof types.ConfirmUnlockDocument,
    "query CourtProfileCourt($id: ID!) { organization(id: $id) { id ccporProfile version updatedBy } }": typeof types.CourtProfileCourtDocument,
    "mutation CourtProfileSet($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { id ccporProfile version } }": typeof types.CourtProfileSetDocument,
    "query CourtProfileDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } } }": typeof types.CourtProfileDependenciesDocument,
    "mutation CourtProfileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.CourtProfileUpdateDependencyDocument,
    "query CourtProfileSignOffs($id: ID!) { testRun(id: $id) { signOffs { party status } } }": typeof types.CourtProfileSignOffsDocument,
    "query CourtProfileAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation entityType actor } } }": typeof types.CourtProfileAuditDocument,
    "query CreateDeploymentDeployments { deployments(first: 100) { totalCount } }": typeof types.CreateDeploymentDeploymentsDocument,
    "mutation CreateDeploymentCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeploymentDocument,
    "mutation CreateDeploymentCreateDeployment2($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeployment2Document,
    "mutation CreateDeploymentCreateDeployment3($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeployment3Document,
    "mutation CreateDeploymentCreateDeployment4($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeployment4Document,
    "mutation CreateDeploymentCreateDeployment5($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeployment5Document,
    "mutation CreateDeploymentCreateDeployment6($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeployment6Document,
    "mutation CreateDeploymentCreateDeployment7($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.CreateDeploymentCreateDeployment7Document,
    "query CreateDeploymentDeployments2 { deployments(first: 1, filter: { county: [\"Fresno\"] }) { nodes { id } } }": typeof types.CreateDeploymentDeployments2Document,
    "query CreateDeploymentDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }": typeof types.CreateDeploymentDeploymentDocument,
    "query CreateDeploymentDeployment2 { deployment(id: \"0d3b1a51-0000-4000-8000-000000000000\") { id } }": typeof types.CreateDeploymentDeployment2Document,
    "mutation BoundedMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id meetingOn } }": typeof types.BoundedMeetingDocument,
    "mutation BoundedDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id exchangedOn } }": typeof types.BoundedDocumentDocument,
    "mutation BoundedIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id reportedAt } }": typeof types.BoundedIncidentDocument,
    "mutation BoundedTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id scheduledOn version } }": typeof types.BoundedTrainingDocument,
    "mutation BoundedTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id heldOn } }": typeof types.BoundedTrainingHeldDocument,
    "mutation BoundedDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.BoundedDeploymentDocument,
    "mutation BoundedMove($i: MoveTaskInput!) { moveTask(input: $i) { id dueDate } }": typeof types.BoundedMoveDocument,
    "query DefectsOfRun($id: ID!) { testRun(id: $id) { defects { id } cases { attempts { id defects { id } } } } }": typeof types.DefectsOfRunDocument,
    "query DefectsRunDeployment($id: ID!) { testRun(id: $id) { deployment { id } } }": typeof types.DefectsRunDeploymentDocument,
    "query DemoDeploymentIds { deployments(first: 50) { nodes { id } } }": typeof types.DemoDeploymentIdsDocument,
    "query DemoDeployment($id: ID!) {\n  deployment(id: $id) {\n      id status phase actualGoLive targetGoLive court { name }\n      health { status reasons { code } }\n      readiness { status blockers { code what } }\n      tasks { key number phase status }\n      trainingSessions { status heldOn }\n      testRuns { purpose summary { status passed failed } cases { status attempts { id } } }\n      defects { status severity }\n      questionnaireResponses { questionnaireKey status }\n  }\n}": typeof types.DemoDeploymentDocument,
    "query DeploymentImportPreviewDeploymentImport($csv: String!) { previewDeploymentImport(csv: $csv) {\n  validCount invalidCount rows { line court courtId courtName targetGoLive phase status wave leaNames problems { field message } } } }": typeof types.DeploymentImportPreviewDeploymentImportDocument,
    "mutation DeploymentImportImportDeployments($i: ImportDeploymentsInput!) { importDeployments(input: $i) {\n  created { ...DeploymentFields actualGoLive wave } skipped { line court problems { field message } } } }": typeof types.DeploymentImportImportDeploymentsDocument,
    "query DeploymentImportLive($id: ID!) { deployment(id: $id) {\n  dependencies { status metOn } tasks { key status evidence } health { status reasons { code } } readiness { status blockers { code } } } }": typeof types.DeploymentImportLiveDocument,
    "query DeploymentImportBlockers { readinessBlockersReport(first: 100) { nodes { deploymentId } } }": typeof types.DeploymentImportBlockersDocument,
    "query DeploymentImportDeployments { deployments(first: 100) { totalCount } }": typeof types.DeploymentImportDeploymentsDocument,
    "query DeploymentsListPage($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    nodes { id targetGoLive wave court { county } health { status } } } }": typeof types.DeploymentsListPageDocument,
    "query DeploymentsListWithTasks($first: Int!) { deployments(first: $first) { totalCount nodes {\n      court { name } participatingLeas { name } health { status reasons { code } }\n      tasks { number status prerequisites { number } } dependencies { kind daysWaiting } nextDueTasks { number } } } }": typeof types.DeploymentsListWithTasksDocument,
    "query DeploymentsListTasksDueBefore { tasksDue(first: 100, filter: { dueTo: \"2026-10-31\" }) { totalCount nodes { number dueDate deployment { court { county } } } } }": typeof types.DeploymentsListTasksDueBeforeDocument,
    "query DeploymentsListTasksDueInJanuary { tasksDue(first: 100, filter: { dueFrom: \"2027-01-01\", dueTo: \"2027-01-20\", party: [CCPOR_TEAM] }) { totalCount nodes { number dueDate } } }": typeof types.DeploymentsListTasksDueInJanuaryDocument,
    "query DeploymentsListFind($first: Int!, $after: String, $filter: DeploymentFilter, $orderBy: DeploymentOrder) {\n  deployments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { id targetGoLive court { name county } health { status } } } }": typeof types.DeploymentsListFindDocument,
    "mutation DeploymentsListAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": typeof types.DeploymentsListAssignDocument,
    "query DeploymentsListReadyDependencies($id: ID!) { deployment(id: $id) { dependencies { id version } } }": typeof types.DeploymentsListReadyDependenciesDocument,
    "mutation DeploymentsListReopenDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }": typeof types.DeploymentsListReopenDependencyDocument,
    "mutation ProjectionUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status waitedOn waitedSince metOn } }": typeof types.ProjectionUpdateDependencyDocument,
    "mutation ProjectionWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": typeof types.ProjectionWithdrawDocument,
    "query GoLiveProjectionOf($id: ID!) { deployment(id: $id) { id goLiveProjection {\n  targetGoLive projectedReadyOn atRisk daysLate reasons { kind message party medianDays sampleSize readyOn dependencyId taskId } } } }": typeof types.GoLiveProjectionOfDocument,
    "query ProjectionList($withProjection: Boolean!) { deployments(first: 50) { nodes { id\n  goLiveProjection @include(if: $withProjection) { atRisk projectedReadyOn } } } }": typeof types.ProjectionListDocument,
    "query ProjectionAtRiskReport($first: Int) { goLivesAtRiskReport(first: $first) { totalCount nodes {\n  deploymentId courtName county targetGoLive projectedReadyOn daysLate party medianDays sampleSize reasons } } }": typeof types.ProjectionAtRiskReportDocument,
    "query HealthOfDeployment($id: ID!) { deployment(id: $id) { health { status daysToGoLive reasons { code count } } } }": typeof types.HealthOfDeploymentDocument,
    "query HealthAtRiskCount { deployments(first: 10, filter: { health: [AT_RISK] }) { totalCount } }": typeof types.HealthAtRiskCountDocument,
    "mutation HealthCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.HealthCompleteTaskDocument,
    "mutation HealthUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }": typeof types.HealthUpdateDependencyDocument,
    "query HealthDependencyWaits($id: ID!) { deployment(id: $id) { health { status } dependencies { kind waitingOn daysWaiting } } }": typeof types.HealthDependencyWaitsDocument,
    "query HealthDependencyDates($id: ID!) { deployment(id: $id) { dependencies { dueDate } } }": typeof types.HealthDependencyDatesDocument,
    "query HealthOfList($f: DeploymentFilter) { deployments(first: 100, filter: $f) { nodes { id health { reasons { code count } } } } }": typeof types.HealthOfListDocument,
    "mutation HealthChangeStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": typeof types.HealthChangeStatusDocument,
    "fragment HostileTaskFields on Task { id number status reason version }": typeof types.HostileTaskFieldsFragmentDoc,
    "fragment HostileMeetingFields on Meeting { id title notes attendees meetingOn }": typeof types.HostileMeetingFieldsFragmentDoc,
    "fragment HostileDependencyFields on Dependency { id kind status note owner externalReference version }": typeof types.HostileDependencyFieldsFragmentDoc,
    "mutation HostileWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...HostileTaskFields } }": typeof types.HostileWaiveDocument,
    "query HostileTasks($id: ID!) { deployment(id: $id) { tasks { ...HostileTaskFields } } }": typeof types.HostileTasksDocument,
    "mutation HostileRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { ...HostileMeetingFields } }": typeof types.HostileRecordMeetingDocument,
    "query HostileMeetings($id: ID!) { deployment(id: $id) { meetings { ...HostileMeetingFields } } }": typeof types.HostileMeetingsDocument,
    "mutation HostileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { ...HostileDependencyFields } }": typeof types.HostileUpdateDependencyDocument,
    "query HostileDependencies($id: ID!) { deployment(id: $id) { dependencies { ...HostileDependencyFields } } }": typeof types.HostileDependenciesDocument,
    "mutation HostileCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email displayName } } }": typeof types.HostileCreateUserDocument,
    "query HostileUsers($n: Int!, $s: String) { users(first: $n, filter: { search: $s }) { totalCount nodes { email displayName } } }": typeof types.HostileUsersDocument,
    "query HostileDeployments($n: Int!) { deployments(first: $n) { totalCount } }": typeof types.HostileDeploymentsDocument,
    "query HostileChanges($id: ID!) { auditEvents(first: 100, filter: { entityId: $id, kind: CHANGE }) { nodes { operation } } }": typeof types.HostileChangesDocument,
    "mutation HostileCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id targetGoLive } }": typeof types.HostileCreateDeploymentDocument,
    "mutation HostileMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { id } }": typeof types.HostileMoveTaskDocument,
    "mutation IncidentsReport($i: ReportIncidentInput!) { reportIncident(input: $i) { id status severity version reportedBy } }": typeof types.IncidentsReportDocument,
    "mutation IncidentsUpdate($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status severity resolution resolvedAt version } }": typeof types.IncidentsUpdateDocument,
    "mutation IncidentsCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status version } }": typeof types.IncidentsCloseOutDocument,
    "query IncidentsOfDeployment($id: ID!) { deployment(id: $id) { incidents { id } } }": typeof types.IncidentsOfDeploymentDocument,
    "query IncidentsCloseOutRecord($id: ID!) { deployment(id: $id) { closeOut { approvedBy approverRole statement } tasks { key status } } }": typeof types.IncidentsCloseOutRecordDocument,
    "fragment LifecycleTemplateTaskFields on TemplateTask { key title phase party kind offsetDays required prerequisiteNumbers }": typeof types.LifecycleTemplateTaskFieldsFragmentDoc,
    "query LifecycleTemplateVersions { lifecycleTemplates { id version name publishedAt deploymentCount } }": typeof types.LifecycleTemplateVersionsDocument,
    "mutation LifecycleTemplateCreateDraft($i: CreateLifecycleTemplateDraftInput!) {\n  createLifecycleTemplateDraft(input: $i) { id version name publishedAt tasks { number ...LifecycleTemplateTaskFields } } }": typeof types.LifecycleTemplateCreateDraftDocument,
    "mutation LifecycleTemplateSaveDraft($i: SaveLifecycleTemplateDraftInput!) {\n  saveLifecycleTemplateDraft(input: $i) { id name publishedAt tasks { number lane ...LifecycleTemplateTaskFields } } }": typeof types.LifecycleTemplateSaveDraftDocument,
    "mutation LifecycleTemplatePublish($i: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $i) { id version publishedAt } }": typeof types.LifecycleTemplatePublishDocument,
    "query LifecycleTemplateDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { key } } }": typeof types.LifecycleTemplateDeploymentTasksDocument,
    "query LifecycleTemplateCurrent { currentLifecycleTemplate { version } }": typeof types.LifecycleTemplateCurrentDocument,
    "query LifecycleTemplateDraftTasks($id: ID!) { lifecycleTemplate(id: $id) { name tasks { key } } }": typeof types.LifecycleTemplateDraftTasksDocument,
    "mutation DigestScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.DigestScheduleTrainingDocument,
    "mutation DigestSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }": typeof types.DigestSettingsDocument,
    "query DigestMe { me { id version } }": typeof types.DigestMeDocument,
    "query DigestTasks($id: ID!) { deployment(id: $id) { tasks { number title party status dueDate } } }": typeof types.DigestTasksDocument,
    "query DigestMailbox { mailbox(first: 100) { nodes { kind toAddress subject status } } }": typeof types.DigestMailboxDocument,
    "mutation DurableScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.DurableScheduleTrainingDocument,
    "query DurableMailbox { mailbox(first: 100) { nodes { messageId toAddress status attempts } } }": typeof types.DurableMailboxDocument,
    "mutation KindsAddComment($i: AddCommentInput!) { addComment(input: $i) { id version } }": typeof types.KindsAddCommentDocument,
    "mutation KindsEditComment($i: EditCommentInput!) { editComment(input: $i) { id version } }": typeof types.KindsEditCommentDocument,
    "mutation KindsReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }": typeof types.KindsReportIncidentDocument,
    "mutation KindsUpdateIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id version } }": typeof types.KindsUpdateIncidentDocument,
    "mutation KindsReschedule($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { reschedule { id } deployment { version } } }": typeof types.KindsRescheduleDocument,
    "mutation KindsUndoReschedule($i: UndoRescheduleInput!) { undoReschedule(input: $i) { deployment { version } } }": typeof types.KindsUndoRescheduleDocument,
    "mutation KindsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": typeof types.KindsAssignStaffDocument,
    "query KindsDependencies($id: ID!) { deployment(id: $id) { dependencies { id title dueDate version } } }": typeof types.KindsDependenciesDocument,
    "mutation KindsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status } }": typeof types.KindsUpdateDependencyDocument,
    "mutation KindsAssignTask($i: AssignTaskInput!) { assignTask(input: $i) { id version assignee { id } } }": typeof types.KindsAssignTaskDocument,
    "query KindsMailbox { mailbox(first: 100) { nodes { kind toAddress status } } }": typeof types.KindsMailboxDocument,
    "mutation KindsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }": typeof types.KindsStartResponseDocument,
    "mutation KindsSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }": typeof types.KindsSubmitResponseDocument,
    "mutation KindsSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }": typeof types.KindsSettingsDocument,
    "query KindsMe { me { id version } }": typeof types.KindsMeDocument,
    "mutation KindsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id version } }": typeof types.KindsUpdateDeploymentDocument,
    "query KindsHeldForDigest { mailbox(first: 100, filter: { status: IN_DIGEST }) { nodes { kind toAddress subject } } }": typeof types.KindsHeldForDigestDocument,
    "mutation KindsReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { id version } }": typeof types.KindsReturnResponseDocument,
    "mutation MailScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.MailScheduleTrainingDocument,
    "query MailMailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id messageId kind toAddress subject body link status attempts lastError sentAt } }\n}": typeof types.MailMailboxDocument,
    "mutation MailSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version timeZone mailPreferences { kind delivery } } }": typeof types.MailSettingsDocument,
    "query MailMe { me { id version timeZone mailPreferences { kind delivery } } }": typeof types.MailMeDocument,
    "mutation MailUnsubscribe($i: UnsubscribeMailInput!) { unsubscribeMail(input: $i) { kinds digest } }": typeof types.MailUnsubscribeDocument,
    "query MaintainedRunRates { catRunRatesReport(first: 100) { totalCount nodes { runId status total passed failed blocked untested } } }": typeof types.MaintainedRunRatesDocument,
    "query MaintainedBlockers($county: [String!]) { readinessBlockersReport(filter: { county: $county }, first: 100) {\n  totalCount nodes { deploymentId code what why recordType recordId party daysOpen } } }": typeof types.MaintainedBlockersDocument,
    "mutation MaintainedWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.MaintainedWaitDocument,
    "mutation MaintainedRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": typeof types.MaintainedRequestAccountDocument,
    "mutation MaintainedChangeAccount($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { version } }": typeof types.MaintainedChangeAccountDocument,
    "mutation MaintainedUpdateLeas($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { version } }": typeof types.MaintainedUpdateLeasDocument,
    "query MaintainedDependencies($id: ID!) { deployment(id: $id) { id dependencies { id status } } }": typeof types.MaintainedDependenciesDocument,
    "query MaintainedCourt($id: ID!) { organization(id: $id) { version } }": typeof types.MaintainedCourtDocument,
    "mutation MaintainedSetProfile($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { version } }": typeof types.MaintainedSetProfileDocument,
    "query MaintainedHealthOf($id: ID!) { deployment(id: $id) { id health { status }\n  tasks { id version status dueDate } dependencies { id version status dueDate } } }": typeof types.MaintainedHealthOfDocument,
    "query MaintainedHealthReports($county: [String!]) {\n  deploymentCountsReport(filter: { county: $county }) { health deployments }\n  deploymentTimelineReport(filter: { county: $county }, first: 100) { totalCount nodes { deploymentId health overdueTasks overdueDependencies oldestOverdue } } }": typeof types.MaintainedHealthReportsDocument,
    "query MaintainedPortfolioCounts($f: ReportFilter) {\n  deploymentCountsReport(filter: $f) { phase status health deployments } goLivesByMonthReport(filter: $f) { month planned actual }\n  overdueTasksReport(filter: $f) { party phase tasks deployments maxDaysOverdue } }": typeof types.MaintainedPortfolioCountsDocument,
    "mutation MaintainedMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate } }": typeof types.MaintainedMoveTaskDocument,
    "mutation MaintainedCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.MaintainedCompleteTaskDocument,
    "mutation AttachmentsRecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) {\n  id title attachments { sha256 fileName contentType size } } }": typeof types.AttachmentsRecordDocumentDocument,
    "mutation AttachmentsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id attachments { sha256 fileName } } }": typeof types.AttachmentsRecordMeetingDocument,
    "query AttachmentsRecords($id: ID!) { deployment(id: $id) {\n  documents { title attachments { sha256 fileName } } meetings { title attachments { sha256 fileName } } } }": typeof types.AttachmentsRecordsDocument,
    "mutation NothingPublishedCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": typeof types.NothingPublishedCreateDeploymentDocument,
    "mutation NothingPublishedLifecycleDraft($i: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $i) { id } }": typeof types.NothingPublishedLifecycleDraftDocument,
    "mutation NothingPublishedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }": typeof types.NothingPublishedStartRunDocument,
    "query NothingPublishedScannerRequirements { scannerRequirements { version } }": typeof types.NothingPublishedScannerRequirementsDocument,
    "query NotificationsFeed($first: Int) { notifications(first: $first) { unreadCount readUpTo items { id kind at deploymentId courtName summary actor unread } } }": typeof types.NotificationsFeedDocument,
    "mutation NotificationsMarkRead($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { readUpTo } }": typeof types.NotificationsMarkReadDocument,
    "mutation NotificationsStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }": typeof types.NotificationsStartTaskDocument,
    "mutation NotificationsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": typeof types.NotificationsAssignStaffDocument,
    "mutation NotificationsRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }": typeof types.NotificationsRecordMeetingDocument,
    "mutation NotificationsScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.NotificationsScheduleTrainingDocument,
    "mutation CalendarFeedCreate($input: MutationIdInput!) { createCalendarFeed(input: $input) { path feed { id createdAt } } }": typeof types.CalendarFeedCreateDocument,
    "query CalendarFeedMine { myCalendarFeed { id } }": typeof types.CalendarFeedMineDocument,
    "mutation CalendarFeedRevoke($input: MutationIdInput!) { revokeCalendarFeed(input: $input) }": typeof types.CalendarFeedRevokeDocument,
    "query OnSiteCaptureProgress($id: ID!) { deployment(id: $id) {\n  tasks { id key status evidence version } dependencies { kind status metOn }\n  scannerSummary { assessed meeting toConfigure toReplace } } }": typeof types.OnSiteCaptureProgressDocument,
    "fragment OnSiteResponseFields on QuestionnaireResponse { id status version reviewComment }": typeof types.OnSiteResponseFieldsFragmentDoc,
    "mutation OnSiteCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.OnSiteCompleteTaskDocument,
    "mutation OnSiteStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...OnSiteResponseFields } }": typeof types.OnSiteStartResponseDocument,
    "mutation OnSiteSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...OnSiteResponseFields } }": typeof types.OnSiteSaveResponseDocument,
    "mutation OnSiteSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...OnSiteResponseFields } }": typeof types.OnSiteSubmitResponseDocument,
    "mutation OnSiteReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...OnSiteResponseFields } }": typeof types.OnSiteReturnResponseDocument,
    "mutation OnSiteAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...OnSiteResponseFields } }": typeof types.OnSiteAcceptResponseDocument,
    "mutation OnSiteCompleteAssessment($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { status } }": typeof types.OnSiteCompleteAssessmentDocument,
    "mutation OnSiteResolveConflict($i: ResolveConflictInput!) { resolveConflict(input: $i) { status resolvedVersion } }": typeof types.OnSiteResolveConflictDocument,
    "mutation OnSiteRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": typeof types.OnSiteRequestAccountDocument,
    "mutation OnSiteChangeAccountRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status version } }": typeof types.OnSiteChangeAccountRequestDocument,
    "mutation OnSiteScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }": typeof types.OnSiteScheduleTrainingDocument,
    "mutation OnSiteRecordTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { status } }": typeof types.OnSiteRecordTrainingHeldDocument,
    "query OnSiteAssessmentWorkstations($id: ID!) { scannerAssessment(id: $id) { workstations { id drivers notes version } } }": typeof types.OnSiteAssessmentWorkstationsDocument,
    "query OnSiteConflictHistory($id: ID!) { conflicts(filter: { entityId: $id }) { nodes { status resolution attempted server resolvedValues resolvedBy } } }": typeof types.OnSiteConflictHistoryDocument,
    "query PersistedPhaseCounts { deploymentCountsReport { phase status health deployments } }": typeof types.PersistedPhaseCountsDocument,
    "query PersistedWhoAmI { me { id } }": typeof types.PersistedWhoAmIDocument,
    "query PersistedGoLiveMonths { goLivesByMonthReport { month planned actual } }": typeof types.PersistedGoLiveMonthsDocument,
    "mutation PersistedCreateToken { createApiToken(input: { name: \"Power Query\" }) { token } }": typeof types.PersistedCreateTokenDocument,
    "query PreparedPhaseCounts($filter: ReportFilter) { deploymentCountsReport(filter: $filter) { phase status deployments } }": typeof types.PreparedPhaseCountsDocument,
    "mutation ProductionSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }": typeof types.ProductionSignInDocument,
    "query ProductionSchemaName { __schema { queryType { name } } }": typeof types.ProductionSchemaNameDocument,
    "query ProductionDeploymentCount { deployments(first: 1) { totalCount } }": typeof types.ProductionDeploymentCountDocument,
    "mutation PublishRequirements($i: PublishScannerRequirementsInput!) { publishScannerRequirements(input: $i) { version publishedBy requirements { key category minimum anyOf } } }": typeof types.PublishRequirementsDocument,
    "query PublishRequirementsCurrent($v: Int) { scannerRequirements(version: $v) { version requirements { key category description fact operator minimum anyOf } } }": typeof types.PublishRequirementsCurrentDocument,
    "query PublishRequirementsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }": typeof types.PublishRequirementsDependenciesDocument,
    "mutation QueryLimitsSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }": typeof types.QueryLimitsSignInDocument,
    "query QueryLimitsDeploymentsPage($n: Int!) { deployments(first: $n) { totalCount nodes { id } } }": typeof types.QueryLimitsDeploymentsPageDocument,
    "query QueryLimitsOrganizationsPage($n: Int!) { organizations(first: $n) { totalCount nodes { id } } }": typeof types.QueryLimitsOrganizationsPageDocument,
    "query QueryLimitsUsersPage($n: Int!) { users(first: $n) { totalCount } }": typeof types.QueryLimitsUsersPageDocument,
    "fragment QuestionnaireResponseFields on QuestionnaireResponse {\n  id status answers version reviewComment submittedBy reviewedBy taskId filledOnSite questionnaire { key version } }": typeof types.QuestionnaireResponseFieldsFragmentDoc,
    "mutation QuestionnaireStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...QuestionnaireResponseFields } }": typeof types.QuestionnaireStartResponseDocument,
    "mutation QuestionnaireSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...QuestionnaireResponseFields } }": typeof types.QuestionnaireSaveResponseDocument,
    "mutation QuestionnaireSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...QuestionnaireResponseFields } }": typeof types.QuestionnaireSubmitResponseDocument,
    "mutation QuestionnaireAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...QuestionnaireResponseFields } }": typeof types.QuestionnaireAcceptResponseDocument,
    "mutation QuestionnaireReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...QuestionnaireResponseFields } }": typeof types.QuestionnaireReturnResponseDocument,
    "query QuestionnaireDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { id key status evidence version } } }": typeof types.QuestionnaireDeploymentTasksDocument,
    "mutation QuestionnairePublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { key version taskKey questions { key } } }": typeof types.QuestionnairePublishDocument,
    "query QuestionnairesSeeded { questionnaires { key version title taskKey questions { key type required unit min max choices { value } visibleWhen { questionKey equals } questions { key type } } } }": typeof types.QuestionnairesSeededDocument,
    "query QuestionnaireUnknownVersion { questionnaire(key: \"SCOPE\", version: 7) { id } }": typeof types.QuestionnaireUnknownVersionDocument,
    "mutation QuestionnaireCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.QuestionnaireCompleteTaskDocument,
    "query QuestionnaireResponseById($id: ID!) { questionnaireResponse(id: $id) { id } }": typeof types.QuestionnaireResponseByIdDocument,
    "query QuestionnaireTrainingVersion1 { questionnaire(key: \"TRAINING\", version: 1) { questions { key } } }": typeof types.QuestionnaireTrainingVersion1Document,
    "mutation QuestionnaireRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id version retiredAt retiredBy } }": typeof types.QuestionnaireRetireDocument,
    "mutation QuestionnairePublishVersion($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }": typeof types.QuestionnairePublishVersionDocument,
    "query QuestionnaireRetireAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType after } } }": typeof types.QuestionnaireRetireAuditDocument,
    "mutation ReadinessGoLiveWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.ReadinessGoLiveWaitDocument,
    "mutation ReadinessWaitOnDoj($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.ReadinessWaitOnDojDocument,
    "query ReadinessGoLiveDeploymentReadiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status } }": typeof types.ReadinessGoLiveDeploymentReadinessDocument,
    "query ReadinessGoLivePage($county: [String!]) { deployments(first: 10, filter: { county: $county }) { nodes { id readiness { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } } } }": typeof types.ReadinessGoLivePageDocument,
    "query ReadinessGoLiveDeployment($id: ID!) { deployment(id: $id) { status phase version tasks { key status } } }": typeof types.ReadinessGoLiveDeploymentDocument,
    "mutation ReadinessGoLiveChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status version } }": typeof types.ReadinessGoLiveChangeDeploymentStatusDocument,
    "mutation ReadinessGoLiveRescheduleGoLive($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { toGoLive } }": typeof types.ReadinessGoLiveRescheduleGoLiveDocument,
    "mutation ReadinessGoLiveReopenTask($i: TaskActionInput!) { reopenTask(input: $i) { status } }": typeof types.ReadinessGoLiveReopenTaskDocument,
    "query ReadinessGoLiveTasks($id: ID!) { deployment(id: $id) { version tasks { id number key phase status reason version } } }": typeof types.ReadinessGoLiveTasksDocument,
    "mutation ReplayCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id version } }": typeof types.ReplayCreateDeploymentDocument,
    "mutation ReplayUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status waitingOn version updatedBy } }": typeof types.ReplayUpdateDependencyDocument,
    "query ReplayDeploymentCount { deployments(first: 1) { totalCount } }": typeof types.ReplayDeploymentCountDocument,
    "mutation ReplayCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.ReplayCompleteTaskDocument,
    "query ReplayDependencies($id: ID!) { deployment(id: $id) { dependencies { id status version } } }": typeof types.ReplayDependenciesDocument,
    "query ReplayPlanCases { testPlan { cases { id requiresCarpos } } }": typeof types.ReplayPlanCasesDocument,
    "mutation ReplayStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }": typeof types.ReplayStartRunDocument,
    "mutation ReplaySync($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied replayed refused } }": typeof types.ReplaySyncDocument,
    "mutation ReplayAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { version } }": typeof types.ReplayAssignStaffDocument,
    "query ReplayDeploymentVersion($id: ID!) { deployment(id: $id) { version } }": typeof types.ReplayDeploymentVersionDocument,
    "mutation ReportsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.ReportsUpdateDependencyDocument,
    "query ReportsReadinessBlockers($id: ID!) { deploymentReadiness(deploymentId: $id) {\n  blockers { code what why recordType recordId party daysOpen } } }": typeof types.ReportsReadinessBlockersDocument,
    "mutation ReportsCreateToken { createApiToken(input: { name: \"Power Query\" }) { token } }": typeof types.ReportsCreateTokenDocument,
    "query ReportsOwnScannerInventory { scannerInventory { make workstations } }": typeof types.ReportsOwnScannerInventoryDocument,
    "query ReportsOverdueBackwards { overdueTasksReport(filter: { goLiveFrom: \"2027-05-01\", goLiveTo: \"2027-01-01\" }) { tasks } }": typeof types.ReportsOverdueBackwardsDocument,
    "query ReportsCaseRatesPage($first: Int, $after: String) { catCaseRatesReport(first: $first, after: $after) { totalCount } }": typeof types.ReportsCaseRatesPageDocument,
    "query ReportsRunPassPercent($id: ID!) { testRun(id: $id) { summary { passPercent } } }": typeof types.ReportsRunPassPercentDocument,
    "query ReportsDeployments($f: DeploymentFilter) { deployments(first: 10, filter: $f) { totalCount nodes { id } } }": typeof types.ReportsDeploymentsDocument,
    "query RescheduleGoLivePreviewPastDue($deploymentId: ID!, $targetGoLive: LocalDate!) { previewReschedule(deploymentId: $deploymentId, targetGoLive: $targetGoLive) { pastDue { task { number } dueDate newly } } }": typeof types.RescheduleGoLivePreviewPastDueDocument,
    "mutation RescheduleGoLiveRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {\n  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } dueDate newly } phasesWithShortWindows\n  deployment { ...DeploymentFields } } }": typeof types.RescheduleGoLiveRescheduleGoLiveDocument,
    "query RescheduleGoLiveDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }": typeof types.RescheduleGoLiveDeploymentDocument,
    "mutation RescheduleGoLiveCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.RescheduleGoLiveCompleteTaskDocument,
    "mutation RescheduleGoLiveMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { pinned dueDate } }": typeof types.RescheduleGoLiveMoveTaskDocument,
    "query RescheduleGoLivePreviewReschedule($id: ID!, $date: LocalDate!) { previewReschedule(deploymentId: $id, targetGoLive: $date) { moved { task { number } } pinned { number } } }": typeof types.RescheduleGoLivePreviewRescheduleDocument,
    "mutation RescheduleGoLiveMoveTask2($i: MoveTaskInput!) { moveTask(input: $i) { id } }": typeof types.RescheduleGoLiveMoveTask2Document,
    "fragment ConflictFields on Conflict { id operation entityType entityId deploymentId attempted server baseVersion serverVersion createdBy status\n  resolution resolvedValues resolvedVersion resolvedBy resolvedAt }": typeof types.ConflictFieldsFragmentDoc,
    "mutation ConflictsResolve($i: ResolveConflictInput!) { resolveConflict(input: $i) { ...ConflictFields } }": typeof types.ConflictsResolveDocument,
    "query ConflictsList($f: ConflictFilter, $n: Int!, $a: String) {\n  conflicts(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ConflictFields } } }": typeof types.ConflictsListDocument,
    "query ConflictsCurrent($f: ConflictFilter) { conflicts(filter: $f, first: 5) { nodes { id current { version values updatedBy updatedAt } } } }": typeof types.ConflictsCurrentDocument,
    "query ConflictsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }": typeof types.ConflictsDependenciesDocument,
    "mutation ConflictsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { version } }": typeof types.ConflictsUpdateDependencyDocument,
    "mutation ConflictsRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id } }": typeof types.ConflictsRequestAccountDocument,
    "mutation ConflictsChangeRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status } }": typeof types.ConflictsChangeRequestDocument,
    "mutation ConflictsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { wave version } }": typeof types.ConflictsUpdateDeploymentDocument,
    "query ConflictsDeployment($id: ID!) { deployment(id: $id) { wave version } }": typeof types.ConflictsDeploymentDocument,
    "mutation ScannerAssessmentStart($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id status assessor location { name } } }": typeof types.ScannerAssessmentStartDocument,
    "mutation ScannerAssessmentComplete($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { id status completedOn version } }": typeof types.ScannerAssessmentCompleteDocument,
    "query ScannerAssessmentProgress($id: ID!) { deployment(id: $id) {\n  tasks { key status evidence } dependencies { kind status metOn }\n  scannerSummary { assessed meeting toConfigure toReplace }\n  scannerAssessments { id status workstations { label verdict } } } }": typeof types.ScannerAssessmentProgressDocument,
    "query ScannerAssessmentOrganizationLocations($id: ID!) { organization(id: $id) { locations { id } } }": typeof types.ScannerAssessmentOrganizationLocationsDocument,
    "mutation ScannerAssessmentRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }": typeof types.ScannerAssessmentRecordWorkstationDocument,
    "query ScannerAssessmentInventory { scannerInventory { make model verdict workstations deployments } }": typeof types.ScannerAssessmentInventoryDocument,
    "query ScannerAssessmentInventoryOfCanon { scannerInventory(filter: { make: \"canon\", verdict: [REPLACE] }) { make model verdict workstations deployments } }": typeof types.ScannerAssessmentInventoryOfCanonDocument,
    "query ScannerAssessmentCapturePage($n: Int!) { deployments(first: $n) { nodes {\n      scannerSummary { assessed } scannerAssessments { workstations { verdict } location { name } }\n      questionnaireResponses { status questionnaire { key } } trainingSessions { status } accountRequests { status organization { name } } } } }": typeof types.ScannerAssessmentCapturePageDocument,
    "query ScannerRequirementVersionsList { scannerRequirementVersions { version publishedBy verdictChanges { workstationId label deploymentId courtName before after } } }": typeof types.ScannerRequirementVersionsListDocument,
    "mutation ScannerRequirementVersionsPublish($i: PublishScannerRequirementsInput!) {\n  publishScannerRequirements(input: $i) { version verdictChanges { label courtName before after } } }": typeof types.ScannerRequirementVersionsPublishDocument,
    "query ScannerRequirementVersionsCurrent { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }": typeof types.ScannerRequirementVersionsCurrentDocument,
    "query ScannerRequirementVersionsAudit($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { operation entityType before after } } }": typeof types.ScannerRequirementVersionsAuditDocument,
    "query SchemaWideDeployment($id: ID!) { deployment(id: $id) {\n  id version phase status court { id locations { id } } participatingLeas { id }\n  tasks { id number key kind party phase status version pinned assignee { id } prerequisites { number } }\n  dependencies { id kind status version }\n} }": typeof types.SchemaWideDeploymentDocument,
    "mutation SchemaWideComplete($i: TaskActionInput!) { completeTask(input: $i) { id status version } }": typeof types.SchemaWideCompleteDocument,
    "mutation SchemaWideMove($input: MoveTaskInput!) { moveTask(input: $input) { id version } }": typeof types.SchemaWideMoveDocument,
    "mutation SchemaWideStatus($input: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $input) { id } }": typeof types.SchemaWideStatusDocument,
    "mutation SchemaWideReschedule($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) { reschedule { id } } }": typeof types.SchemaWideRescheduleDocument,
    "mutation SchemaWideAssessment($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version } }": typeof types.SchemaWideAssessmentDocument,
    "query SchemaWideAssessmentVersion($id: ID!) { scannerAssessment(id: $id) { version } }": typeof types.SchemaWideAssessmentVersionDocument,
    "mutation SchemaWideWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id version } }": typeof types.SchemaWideWorkstationDocument,
    "mutation SchemaWideUpdateWs($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { id version } }": typeof types.SchemaWideUpdateWsDocument,
    "mutation SchemaWidePublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { key } }": typeof types.SchemaWidePublishQuestionnaireDocument,
    "mutation SchemaWidePublishedVersion($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id } }": typeof types.SchemaWidePublishedVersionDocument,
    "mutation SchemaWideStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }": typeof types.SchemaWideStartResponseDocument,
    "mutation SchemaWideSubmit($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }": typeof types.SchemaWideSubmitDocument,
    "mutation SchemaWideTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }": typeof types.SchemaWideTrainingDocument,
    "mutation SchemaWideRequest($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": typeof types.SchemaWideRequestDocument,
    "mutation SchemaWideFail($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }": typeof types.SchemaWideFailDocument,
    "mutation SchemaWideDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id version } }": typeof types.SchemaWideDefectDocument,
    "mutation SchemaWideIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }": typeof types.SchemaWideIncidentDocument,
    "query SchemaWideCourt($county: String!) { organizations(first: 2, filter: { county: $county, kind: COURT }) { nodes { id version ccporProfile } } }": typeof types.SchemaWideCourtDocument,
    "mutation SchemaWideFeed { createCalendarFeed(input: {}) { feed { id } } }": typeof types.SchemaWideFeedDocument,
    "query SchemaWideTemplates { lifecycleTemplates { id publishedAt } }": typeof types.SchemaWideTemplatesDocument,
    "query SchemaWideCurrentTemplate { currentLifecycleTemplate { id } }": typeof types.SchemaWideCurrentTemplateDocument,
    "query SchemaWideTemplateTasks($id: ID!) { lifecycleTemplate(id: $id) { tasks { key kind offsetDays party phase prerequisiteNumbers required title } } }": typeof types.SchemaWideTemplateTasksDocument,
    "mutation SchemaWideTemplateDraft($input: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $input) { id } }": typeof types.SchemaWideTemplateDraftDocument,
    "mutation SchemaWidePublishTemplate($input: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $input) { id } }": typeof types.SchemaWidePublishTemplateDocument,
    "query SchemaWideDraft { testPlanDraft { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }": typeof types.SchemaWideDraftDocument,
    "mutation SchemaWideStartDraft($input: StartTestPlanDraftInput!) { startTestPlanDraft(input: $input) { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }": typeof types.SchemaWideStartDraftDocument,
    "mutation SchemaWideDiscardDraft($input: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $input) }": typeof types.SchemaWideDiscardDraftDocument,
    "mutation SchemaWideConfirm($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) }": typeof types.SchemaWideConfirmDocument,
    "mutation SchemaWideEnrol { startMfaEnrolment(input: {}) { secret } }": typeof types.SchemaWideEnrolDocument,
    "mutation SchemaWideToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }": typeof types.SchemaWideTokenDocument,
    "query SchemaWideRequirements { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }": typeof types.SchemaWideRequirementsDocument,
    "mutation SchemaWideComment($i: AddCommentInput!) { addComment(input: $i) { id version } }": typeof types.SchemaWideCommentDocument,
    "query SchemaWideMailbox { mailbox(first: 1) { nodes { id body } } }": typeof types.SchemaWideMailboxDocument,
    "mutation SchemaWideMailTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.SchemaWideMailTrainingDocument,
    "query SchemaWideMyVersion { me { id version } }": typeof types.SchemaWideMyVersionDocument,
    "query WorldDeployment($id: ID!) { deployment(id: $id) { court { id } } }": typeof types.WorldDeploymentDocument,
    "mutation WorldGoLive($i: GoLiveInput!) { goLive(input: $i) { id } }": typeof types.WorldGoLiveDocument,
    "mutation WorldAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": typeof types.WorldAssignDocument,
    "mutation ScopedUpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { version } }": typeof types.ScopedUpdateWorkstationDocument,
    "query ScopedConflicts($f: ConflictFilter) { conflicts(first: 100, filter: $f) { totalCount nodes { id deploymentId attempted } } }": typeof types.ScopedConflictsDocument,
    "mutation ScopedRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }": typeof types.ScopedRecordWorkstationDocument,
    "mutation ScopedAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": typeof types.ScopedAssignStaffDocument,
    "query ScopedContactDetails($id: ID!, $run: ID!) {\n      deployment(id: $id) { accountRequests { personName email } meetings { attendees } trainingSessions { trainer attendees { name role } } dependencies { owner } }\n      testRun(id: $run) { cases { attempts { tester } } } }": typeof types.ScopedContactDetailsDocument,
    "mutation ScopedCreateFeed($i: MutationIdInput!) { createCalendarFeed(input: $i) { path } }": typeof types.ScopedCreateFeedDocument,
    "mutation ScopedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }": typeof types.ScopedStartRunDocument,
    "mutation SignInBurst($i: SignInInput!) { signIn(input: $i) { user { email } } }": typeof types.SignInBurstDocument,
    "query SignInBurstEvents { auditEvents(first: 100, filter: { kind: SECURITY }) { nodes { actor operation after } } }": typeof types.SignInBurstEventsDocument,
    "query SignInMe { me { email role } }": typeof types.SignInMeDocument,
    "mutation SignInAttempt($i: SignInInput!) { signIn(input: $i) { user { email } } }": typeof types.SignInAttemptDocument,
    "query SignInAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { actor operation after } } }": typeof types.SignInAuditEventsDocument,
    "query SignInDeploymentCount($n: Int!) { deployments(first: $n) { totalCount } }": typeof types.SignInDeploymentCountDocument,
    "query SignInLockedUsers($s: String) { users(first: 100, filter: { search: $s }) { nodes { id lockedUntil } } }": typeof types.SignInLockedUsersDocument,
    "mutation SignInUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }": typeof types.SignInUnlockDocument,
    "mutation SignInChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.SignInChangePasswordDocument,
    "mutation SignInSignOut { signOut }": typeof types.SignInSignOutDocument,
    "mutation SignInStartMfa($input: MutationIdInput!) { startMfaEnrolment(input: $input) { secret otpauthUri } }": typeof types.SignInStartMfaDocument,
    "mutation SignInConfirmMfa($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }": typeof types.SignInConfirmMfaDocument,
    "query SignInCourt($county: String) { organizations(first: 1, filter: { kind: COURT, county: $county }) { nodes { id } } }": typeof types.SignInCourtDocument,
    "mutation SignInCreateToken { createApiToken(input: { name: \"Power BI\" }) { token apiToken { id prefix } } }": typeof types.SignInCreateTokenDocument,
    "query SignInMyTokens { myApiTokens { id name lastUsedAt revokedAt } }": typeof types.SignInMyTokensDocument,
    "mutation SignInRevokeToken($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { revokedAt } }": typeof types.SignInRevokeTokenDocument,
    "mutation SignInCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email role } passwordLink { url expiresAt } } }": typeof types.SignInCreateUserDocument,
    "mutation SignInCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }": typeof types.SignInCompleteResetDocument,
    "mutation SignInUpdateUser($i: UpdateUserInput!) { updateUser(input: $i) { active } }": typeof types.SignInUpdateUserDocument,
    "mutation SignInCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id tasks { id number version } } }": typeof types.SignInCreateDeploymentDocument,
    "mutation SignInWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { status } }": typeof types.SignInWaiveDocument,
    "query SignInTrail($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { kind actor role operation entityType before after } } }": typeof types.SignInTrailDocument,
    "mutation SignInReopen($i: TaskActionInput!) { reopenTask(input: $i) { id } }": typeof types.SignInReopenDocument,
    "query SignInEverything { auditEvents(first: 100) { nodes { before after actor } } }": typeof types.SignInEverythingDocument,
    "query SignOffsOfRun($id: ID!) { testRun(id: $id) { signOffs { id status staleBecause } } }": typeof types.SignOffsOfRunDocument,
    "mutation AssigneesAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version updatedBy assignee { id displayName role } } }": typeof types.AssigneesAssignDocument,
    "query AssigneesChoices($taskId: ID!) { taskAssignees(taskId: $taskId) { id displayName role } }": typeof types.AssigneesChoicesDocument,
    "query AssigneesTasks($id: ID!) { deployment(id: $id) { tasks { id number title party status dueDate version assignee { id displayName } } } }": typeof types.AssigneesTasksDocument,
    "mutation AssigneesComplete($i: TaskActionInput!) { completeTask(input: $i) { id version } }": typeof types.AssigneesCompleteDocument,
    "query AssigneesMine($dueTo: LocalDate!) { tasksDue(first: 100, filter: { dueTo: $dueTo, mine: true }) { totalCount nodes { id number deploymentId assignee { id } } } }": typeof types.AssigneesMineDocument,
    "query AssigneesAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation actor before after } } }": typeof types.AssigneesAuditDocument,
    "mutation AssigneesFeed($input: MutationIdInput!) { createCalendarFeed(input: $input) { path } }": typeof types.AssigneesFeedDocument,
    "fragment TaskLifecycleFields on Task { id number status reason evidence completedOn version updatedBy }": typeof types.TaskLifecycleFieldsFragmentDoc,
    "mutation TaskLifecycleStart($i: TaskActionInput!) { startTask(input: $i) { ...TaskLifecycleFields } }": typeof types.TaskLifecycleStartDocument,
    "mutation TaskLifecycleComplete($i: TaskActionInput!) { completeTask(input: $i) { ...TaskLifecycleFields } }": typeof types.TaskLifecycleCompleteDocument,
    "mutation TaskLifecycleWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...TaskLifecycleFields } }": typeof types.TaskLifecycleWaiveDocument,
    "mutation TaskLifecycleReopen($i: TaskActionInput!) { reopenTask(input: $i) { ...TaskLifecycleFields } }": typeof types.TaskLifecycleReopenDocument,
    "query TaskLifecycleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }": typeof types.TaskLifecycleDeploymentDocument,
    "mutation TaskLifecycleRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id taskId held } }": typeof types.TaskLifecycleRecordMeetingDocument,
    "mutation TaskLifecycleRecordDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }": typeof types.TaskLifecycleRecordDocumentDocument,
    "mutation TaskLifecycleRecordMeeting2($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }": typeof types.TaskLifecycleRecordMeeting2Document,
    "mutation TaskLifecycleRecordDocument2($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }": typeof types.TaskLifecycleRecordDocument2Document,
    "query TaskLifecycleDeployment2($id: ID!) { deployment(id: $id) { meetings { id } documents { id } } }": typeof types.TaskLifecycleDeployment2Document,
    "mutation TaskLifecycleAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase phaseEnteredOn version } }": typeof types.TaskLifecycleAdvancePhaseDocument,
    "mutation TaskLifecycleAdvancePhase2($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }": typeof types.TaskLifecycleAdvancePhase2Document,
    "mutation TaskLifecycleAdvancePhase3($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }": typeof types.TaskLifecycleAdvancePhase3Document,
    "mutation TaskLifecycleChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": typeof types.TaskLifecycleChangeDeploymentStatusDocument,
    "fragment TrainingSessionFields on TrainingSession { id scheduledOn mode module audience trainer attendees { name role } status heldOn version }": typeof types.TrainingSessionFieldsFragmentDoc,
    "mutation TrainingSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { ...TrainingSessionFields } }": typeof types.TrainingScheduleDocument,
    "mutation TrainingUpdate($i: UpdateTrainingSessionInput!) { updateTrainingSession(input: $i) { ...TrainingSessionFields } }": typeof types.TrainingUpdateDocument,
    "mutation TrainingHold($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { ...TrainingSessionFields } }": typeof types.TrainingHoldDocument,
    "query TrainingTasks($id: ID!) { deployment(id: $id) { tasks { key status evidence } } }": typeof types.TrainingTasksDocument,
    "query TrainingSessionsOf($id: ID!) { deployment(id: $id) { trainingSessions { id status } } }": typeof types.TrainingSessionsOfDocument,
    "mutation UndoRescheduleRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {\n  reschedule { id fromGoLive toGoLive createdBy undoneAt } deployment { id version targetGoLive } } }": typeof types.UndoRescheduleRescheduleGoLiveDocument,
    "mutation UndoRescheduleUndoReschedule($input: UndoRescheduleInput!) { undoReschedule(input: $input) {\n  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } newly }\n  reschedule { id undoneAt undoneBy } deployment { ...DeploymentFields lastReschedule { id undoneAt } } } }": typeof types.UndoRescheduleUndoRescheduleDocument,
    "mutation UndoRescheduleMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate pinned } }": typeof types.UndoRescheduleMoveTaskDocument,
    "query UndoRescheduleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields lastReschedule { id fromGoLive toGoLive undoneAt } } }": typeof types.UndoRescheduleDeploymentDocument,
    "mutation UndoRescheduleCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.UndoRescheduleCompleteTaskDocument,
    "mutation UndoRescheduleCompleteTask2($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.UndoRescheduleCompleteTask2Document,
    "query UndoRescheduleAssignableStaff { assignableStaff { id displayName role } }": typeof types.UndoRescheduleAssignableStaffDocument,
    "query UndoRescheduleAssignableStaff2 { assignableStaff { id } }": typeof types.UndoRescheduleAssignableStaff2Document,
    "mutation UndoRescheduleCreateDeployment($input: CreateDeploymentInput!) { createDeployment(input: $input) { id coordinator { id role } fieldStaff { id displayName } } }": typeof types.UndoRescheduleCreateDeploymentDocument,
    "query UndoRescheduleDeployment2($id: ID!) { deployment(id: $id) { id } }": typeof types.UndoRescheduleDeployment2Document,
    "query UploadDenials { auditEvents(first: 100, filter: { operation: \"PERMISSION_DENIED\" }) { nodes { actor after } } }": typeof types.UploadDenialsDocument,
    "mutation AdminWalkCreateApiToken { createApiToken(input: { name: \"Power BI wave report\" }) { token } }": typeof types.AdminWalkCreateApiTokenDocument,
    "query AppUpdateScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label } } }": typeof types.AppUpdateScannerAssessmentDocument,
    "query CommentsWalkComments($d: ID!) { comments(deploymentId: $d) { id body visibility authorName subjectType mentions { name } revisions { body } } }": typeof types.CommentsWalkCommentsDocument,
    "query CommentsWalkDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id tasks { id number title } } } }": typeof types.CommentsWalkDeploymentsDocument,
    "query CommentsWalkReaders($d: ID!) { commentReaders(deploymentId: $d, visibility: SHARED) { userId name role } }": typeof types.CommentsWalkReadersDocument,
    "mutation CommentsWalkAdd($input: AddCommentInput!) { addComment(input: $input) { id } }": typeof types.CommentsWalkAddDocument,
    "query CspFirstDeployment { deployments(first: 1) { nodes { id } } }": typeof types.CspFirstDeploymentDocument,
    "query CoordinatorWalkDeployments { deployments(first: 100) { nodes { court { id } } } organizations(first: 100, filter: { kind: COURT }) { nodes { id name } } }": typeof types.CoordinatorWalkDeploymentsDocument,
    "query CoordinatorWalkDeployment($id: ID!) { deployment(id: $id) { wave targetGoLive participatingLeas { name } coordinator { displayName } fieldStaff { displayName } } }": typeof types.CoordinatorWalkDeploymentDocument,
    "query CsvImportCourts { deployments(first: 100) { nodes { court { name } } } }": typeof types.CsvImportCourtsDocument,
    "query CsvImportFresno { deployments(first: 100, filter: { county: [\"Fresno\"] }) { nodes { phase status wave tasks { phase status evidence } } } }": typeof types.CsvImportFresnoDocument,
    "query DefectsCatPlansDeployments { deployments(first: 1, filter: { county: [\"San Diego\"] }) { nodes { id } } }": typeof types.DefectsCatPlansDeploymentsDocument,
    "query DefectsCatPlansDefects($id: ID!) { deployment(id: $id) { defects { id status fixedInBuild } } }": typeof types.DefectsCatPlansDefectsDocument,
    "query DefectsCatPlansTestPlan { testPlan { version cases { key title steps } } }": typeof types.DefectsCatPlansTestPlanDocument,
    "query DefectsCatPlansVersion1 { testPlan(version: 1) { cases { key } } }": typeof types.DefectsCatPlansVersion1Document,
    "query DeploymentsListScreen($filter: DeploymentFilter, $orderBy: DeploymentOrder) {\n  deployments(first: 100, filter: $filter, orderBy: $orderBy) { nodes { court { name } } } }": typeof types.DeploymentsListScreenDocument,
    "query DeploymentsListScreenStaff { assignableStaff { id displayName role } }": typeof types.DeploymentsListScreenStaffDocument,
    "query DraftsWorkstations($a: ID!) { scannerAssessment(id: $a) { workstations { label opticalResolutionDpi photoShas } } }": typeof types.DraftsWorkstationsDocument,
    "query DraftsLiveDeployment { deployments(first: 1, filter: { county: [\"Santa Clara\"] }) { nodes { id } } }": typeof types.DraftsLiveDeploymentDocument,
    "query DraftsIncidents($id: ID!) { deployment(id: $id) { incidents { severity description reportedBy } } }": typeof types.DraftsIncidentsDocument,
    "query DraftsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }": typeof types.DraftsDeploymentOfDocument,
    "query DraftsDefects($id: ID!) { deployment(id: $id) { defects { title status fixedInBuild note } } }": typeof types.DraftsDefectsDocument,
    "query DraftsSignOffs($id: ID!) { testRun(id: $id) { signOffs { party signerName signerRole statement status } } }": typeof types.DraftsSignOffsDocument,
    "query DraftsResponse($id: ID!) { questionnaireResponse(id: $id) { status answers } }": typeof types.DraftsResponseDocument,
    "query FieldVisitTestRun($r: ID!) { testRun(id: $r) { cases { attempts { status photos } } } }": typeof types.FieldVisitTestRunDocument,
    "query FieldVisitScannerAssessment($a: ID!) { scannerAssessment(id: $a) { workstations { label photoShas } } }": typeof types.FieldVisitScannerAssessmentDocument,
    "mutation ProjectionWalkUpdate($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.ProjectionWalkUpdateDocument,
    "mutation ProjectionWalkWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": typeof types.ProjectionWalkWithdrawDocument,
    "query GraphiqlCounts { deploymentCountsReport { deployments } }": typeof types.GraphiqlCountsDocument,
    "query MailPagesMe { me { timeZone mailPreferences { kind delivery } } }": typeof types.MailPagesMeDocument,
    "query MailPagesDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id } } }": typeof types.MailPagesDeploymentsDocument,
    "mutation MailPagesScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.MailPagesScheduleTrainingDocument,
    "query MailPagesMailbox { mailbox(first: 50) { nodes { id subject toAddress status } } }": typeof types.MailPagesMailboxDocument,
    "query MailPagesDigests { mailbox(first: 50) { nodes { id kind subject toAddress } } }": typeof types.MailPagesDigestsDocument,
    "query MailPagesMessage($id: ID!) { mailMessage(id: $id) { body } }": typeof types.MailPagesMessageDocument,
    "query OfflineCatTestRun($id: ID!) { testRun(id: $id) { cases { attempts { id } } } }": typeof types.OfflineCatTestRunDocument,
    "query OfflineScannerScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label verdict } } }": typeof types.OfflineScannerScannerAssessmentDocument,
    "query PartnerWalkDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id court { id } participatingLeas { id name } } } }": typeof types.PartnerWalkDeploymentsDocument,
    "query PartnerWalkQuestionnaireResponse($id: ID!) { questionnaireResponse(id: $id) { status answers version } }": typeof types.PartnerWalkQuestionnaireResponseDocument,
    "query PartnerWalkCourtSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName signerRole status recordedBy } } }": typeof types.PartnerWalkCourtSignOffsDocument,
    "query PartnerWalkLeaSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName recordedBy } } }": typeof types.PartnerWalkLeaSignOffsDocument,
    "query PartnerWalkLiveDeployments { deployments(first: 20, filter: { status: [LIVE] }) { nodes { id court { id } } } }": typeof types.PartnerWalkLiveDeploymentsDocument,
    "query PartnerWalkIncidents($id: ID!) { deployment(id: $id) { incidents { severity status resolution reportedBy } } }": typeof types.PartnerWalkIncidentsDocument,
    "query PartnerWalkCloseOut($id: ID!) { deployment(id: $id) { status closeOut { approvedBy approverRole recordedBy } } }": typeof types.PartnerWalkCloseOutDocument,
    "query PortfolioCounts {\n  deploymentCountsReport { phase health deployments }\n  goLivesByMonthReport { month planned actual }\n  catRunRatesReport(first: 100) { totalCount nodes { passPercent } }\n  deploymentTimelineReport(first: 100) { totalCount }\n  readinessBlockersReport(first: 20) { totalCount } }": typeof types.PortfolioCountsDocument,
    "query PortfolioDeployments { deployments(first: 1, filter: { phase: [IMPLEMENT] }) { nodes { id } } }": typeof types.PortfolioDeploymentsDocument,
    "mutation PrintReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }": typeof types.PrintReportIncidentDocument,
    "mutation PrintResolveIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status } }": typeof types.PrintResolveIncidentDocument,
    "mutation PrintCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status } }": typeof types.PrintCloseOutDocument,
    "query PrintCourtOf($id: ID!) { deployment(id: $id) { court { name } participatingLeas { name } } }": typeof types.PrintCourtOfDocument,
    "mutation QuestionnaireVersionsPublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }": typeof types.QuestionnaireVersionsPublishDocument,
    "mutation QuestionnaireVersionsRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id } }": typeof types.QuestionnaireVersionsRetireDocument,
    "query QuestionnaireVersionsResponses($id: ID!) {\n  deployment(id: $id) { questionnaireResponses { questionnaireKey status answers questionnaire { version } } } }": typeof types.QuestionnaireVersionsResponsesDocument,
    "query SessionLockAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }": typeof types.SessionLockAssessmentsDocument,
    "query SessionLockLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }": typeof types.SessionLockLocationsDocument,
    "query SharedTabletAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }": typeof types.SharedTabletAssessmentsDocument,
    "query AssigneeWalkMine($dueTo: LocalDate!) {\n  tasksDue(first: 40, filter: { dueTo: $dueTo, mine: true }) { nodes { id number title party kind deploymentId version } }\n}": typeof types.AssigneeWalkMineDocument,
    "mutation AssigneeWalkAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version } }": typeof types.AssigneeWalkAssignDocument,
    "query AssigneeWalkMe { me { id displayName } }": typeof types.AssigneeWalkMeDocument,
    "query TaskFocusHumboldt { deployments(first: 1, filter: { county: [\"Humboldt\"] }) { nodes { id } } }": typeof types.TaskFocusHumboldtDocument,
    "query TrainingControlsVisited { deployments(first: 1) { nodes { id } } }": typeof types.TrainingControlsVisitedDocument,
    "mutation TrainingControlsSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": typeof types.TrainingControlsScheduleDocument,
    "query TwoTabletsConflictScannerAssessment($id: ID!) { scannerAssessment(id: $id) { notes version } }": typeof types.TwoTabletsConflictScannerAssessmentDocument,
    "query TwoTabletsConflictResolved($id: ID!) {\n      scannerAssessment(id: $id) { notes version }\n      conflicts(first: 10, filter: { entityId: $id }) { nodes { status resolution attempted server createdBy serverUpdatedBy resolvedBy } }\n    }": typeof types.TwoTabletsConflictResolvedDocument,
    "query TwoTabletsTasks($id: ID!) { deployment(id: $id) { tasks { number status } } }": typeof types.TwoTabletsTasksDocument,
    "query TwoTabletsDeploymentNow($id: ID!) {\n    deployment(id: $id) {\n      status phase targetGoLive actualGoLive wave tasks { number dueDate } trainingSessions { trainer } accountRequests { status }\n      defects { fixedInBuild } incidents { status } questionnaireResponses { answers }\n    }\n  }": typeof types.TwoTabletsDeploymentNowDocument,
    "query TwoTabletsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }": typeof types.TwoTabletsDependenciesDocument,
    "mutation TwoTabletsScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }": typeof types.TwoTabletsScheduleTrainingDocument,
    "query TwoTabletsCourtOf($id: ID!) { deployment(id: $id) { court { id } } }": typeof types.TwoTabletsCourtOfDocument,
    "mutation TwoTabletsRequestAccount($input: RequestAccountInput!) { requestAccount(input: $input) { id } }": typeof types.TwoTabletsRequestAccountDocument,
    "mutation TwoTabletsAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }": typeof types.TwoTabletsAdvancePhaseDocument,
    "query TwoTabletsLeas($id: ID!) { deployment(id: $id) { participatingLeas { name } } }": typeof types.TwoTabletsLeasDocument,
    "mutation TwoTabletsReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }": typeof types.TwoTabletsReportIncidentDocument,
    "mutation TwoTabletsPublishQuestionnaire($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id } }": typeof types.TwoTabletsPublishQuestionnaireDocument,
    "mutation TwoTabletsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id } }": typeof types.TwoTabletsStartResponseDocument,
    "query TwoTabletsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }": typeof types.TwoTabletsDeploymentOfDocument,
    "mutation SignIn($i: SignInInput!) { signIn(input: $i) { user { id email role } recoveryCodes } }": typeof types.SignInDocument,
    "fragment WorkstationFields on ScannerWorkstation { id assessmentId deploymentId label make model serialNumber connection drivers opticalResolutionDpi duplex\n  automaticDocumentFeeder colour operatingSystem browser scanProfileSet testScanOutcome photoShas notes verdict\n  missedRequirements { key category } requirementsVersion version updatedBy }": typeof types.WorkstationFieldsFragmentDoc,
    "query CourtLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }": typeof types.CourtLocationsDocument,
    "mutation StartAssessmentFixture($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version status } }": typeof types.StartAssessmentFixtureDocument,
    "mutation RecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { ...WorkstationFields } }": typeof types.RecordWorkstationDocument,
    "mutation UpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { ...WorkstationFields } }": typeof types.UpdateWorkstationDocument,
    "fragment RunFields on TestRun {\n  id purpose environment startedBy planId\n  summary { status total untested passed failed blocked retest notApplicable passPercent openDefects { critical major minor } }\n  cases { status testCase { id key area criticality requiresCarpos } latestAttempt { id status } attempts { id status tester notes } }\n}": typeof types.RunFieldsFragmentDoc,
    "fragment AttemptFields on TestResult { id runId caseId status actualResult notes tester build testedAt photos mutationId recordedBy }": typeof types.AttemptFieldsFragmentDoc,
    "query PlanCases { testPlan { cases { id key title area criticality requiresCarpos } } }": typeof types.PlanCasesDocument,
    "mutation StartRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }": typeof types.StartRunDocument,
    "query ReadRun($id: ID!) { testRun(id: $id) { ...RunFields } }": typeof types.ReadRunDocument,
    "mutation RecordResult($i: RecordTestResultInput!) { recordTestResult(input: $i) { ...AttemptFields } }": typeof types.RecordResultDocument,
    "mutation RecordResults($i: RecordTestResultsInput!) {\n  recordTestResults(input: $i) { applied replayed refused results { mutationId replayed attempt { id caseId status } error { code message details } } }\n}": typeof types.RecordResultsDocument,
    "query Readiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } }": typeof types.ReadinessDocument,
    "mutation CompleteTaskFixture($i: TaskActionInput!) { completeTask(input: $i) { status } }": typeof types.CompleteTaskFixtureDocument,
    "mutation MeetDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": typeof types.MeetDependencyDocument,
    "mutation SignOffRun($i: SignOffRunInput!) { signOffRun(input: $i) { id party organizationId signerName signerRole statement status staleBecause runStatusAtSigning recordedBy } }": typeof types.SignOffRunDocument,
    "query RunParties($id: ID!) { testRun(id: $id) { deployment { court { id } participatingLeas { id } } } }": typeof types.RunPartiesDocument,
    "query CourtOf($id: ID!) { deployment(id: $id) { court { id } } }": typeof types.CourtOfDocument,
    "mutation RaiseDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id status severity version runId attempts { id status } } }": typeof types.RaiseDefectDocument,
    "mutation UpdateDefect($i: UpdateDefectInput!) { updateDefect(input: $i) { id status note fixedInBuild version attempts { id status } } }": typeof types.UpdateDefectDocument,
    "mutation GoLive($i: GoLiveInput!) { goLive(input: $i) { id status phase actualGoLive phaseEnteredOn version tasks { key status completedOn evidence } } }": typeof types.GoLiveDocument,
    "mutation ScheduleTrainingFixture($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }": typeof types.ScheduleTrainingFixtureDocument,
    "mutation TrainingHeldFixture($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id status } }": typeof types.TrainingHeldFixtureDocument,
    "mutation StartResponseFixture($i: StartResponseInput!) { startResponse(input: $i) { id version } }": typeof types.StartResponseFixtureDocument,
    "mutation SubmitResponseFixture($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }": typeof types.SubmitResponseFixtureDocument,
    "mutation AcceptResponseFixture($i: ReviewResponseInput!) { acceptResponse(input: $i) { id status } }": typeof types.AcceptResponseFixtureDocument,
    "query OrganizationsOf($county: String) { organizations(first: 10, filter: { county: $county }) { nodes { id kind name } } }": typeof types.OrganizationsOfDocument,
    "fragment DeploymentFields on Deployment {\n  id version phase status targetGoLive phaseEnteredOn\n  court { name county ccporProfile }\n  participatingLeas { name }\n  health { status daysToGoLive reasons { code count message } }\n  phasesWithShortWindows\n  tasksPastDueAtCreation { number }\n  tasks { id number key title phase status dueDate pinned pastDueAtCreation offsetDays version evidence completedOn }\n  dependencies { id kind status dueDate waitingOn daysWaiting note version }\n}": typeof types.DeploymentFieldsFragmentDoc,
    "mutation CreateDeploymentFixture($input: CreateDeploymentInput!) { createDeployment(input: $input) { ...DeploymentFields } }": typeof types.CreateDeploymentFixtureDocument,
    "query VersionsOf($id: ID!) { deployment(id: $id) { id version tasks { id version } dependencies { id version } } }": typeof types.VersionsOfDocument,
};
const documents: Documents = {
    "query RoleMatrixCourt { organizations(first: 1, filter: { kind: COURT }) { nodes { id } } }": types.RoleMatrixCourtDocument,
    "mutation RoleMatrixCreateToken { createApiToken(input: { name: \"matrix token\" }) { token } }": types.RoleMatrixCreateTokenDocument,
    "mutation ScopingUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id } }": types.ScopingUpdateDeploymentDocument,
    "mutation ScopingAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": types.ScopingAssignStaffDocument,
    "query ScopingDeployment($id: ID!) { deployment(id: $id) { id } }": types.ScopingDeploymentDocument,
    "query ScopingOrganization($id: ID!) { organization(id: $id) { id } }": types.ScopingOrganizationDocument,
    "query ScopingOrganizations { organizations(first: 100) { totalCount nodes { name } } }": types.ScopingOrganizationsDocument,
    "query ScopingTasksDue { tasksDue(first: 100, filter: { dueTo: \"2027-12-31\" }) { totalCount nodes { deployment { court { county } } } } }": types.ScopingTasksDueDocument,
    "mutation ScopingStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }": types.ScopingStartTaskDocument,
    "mutation ScopingCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.ScopingCompleteTaskDocument,
    "query ScopingContacts { organizations(first: 1) { nodes { name contacts { name title email phone } } } }": types.ScopingContactsDocument,
    "query ScopingList { deployments(first: 100) { totalCount nodes { id court { county } } } }": types.ScopingListDocument,
    "fragment AccountRequestFields on AccountRequest { id status ccporRole sealedOrders email rejectionReason version organization { kind } }": types.AccountRequestFieldsFragmentDoc,
    "mutation AccountRequestsRequest($i: RequestAccountInput!) { requestAccount(input: $i) { ...AccountRequestFields } }": types.AccountRequestsRequestDocument,
    "mutation AccountRequestsChange($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { ...AccountRequestFields } }": types.AccountRequestsChangeDocument,
    "query AccountRequestsProgress($id: ID!) { deployment(id: $id) {\n  tasks { key status evidence } dependencies { kind status } accountRequests { id status } } }": types.AccountRequestsProgressDocument,
    "query AdminTokensOverview($f: ApiTokenFilter, $after: String) {\n  apiTokens(first: 2, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { id name prefix createdAt lastUsedAt revokedAt owner { id email role } } }\n}": types.AdminTokensOverviewDocument,
    "mutation AdminTokensCreate($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }": types.AdminTokensCreateDocument,
    "mutation AdminTokensRevoke($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id revokedAt } }": types.AdminTokensRevokeDocument,
    "query AdminTokensCount { deployments(first: 1) { totalCount } }": types.AdminTokensCountDocument,
    "query AdminTokensRevocations { auditEvents(first: 5, filter: { operation: \"API_TOKEN_REVOKED\" }) { nodes { actor role after } } }": types.AdminTokensRevocationsDocument,
    "query AuditFiltersAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { kind actor operation entityType entityId } } }": types.AuditFiltersAuditEventsDocument,
    "mutation AuditFiltersStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }": types.AuditFiltersStartTaskDocument,
    "query AuditWritePathEvents($f: AuditEventFilter, $after: String) {\n  auditEvents(first: 100, after: $after, filter: $f) { pageInfo { hasNextPage endCursor } nodes { kind actor operation entityType entityId before after } }\n}": types.AuditWritePathEventsDocument,
    "fragment CatPlanDraftFields on TestPlanDraft {\n  id basedOnVersion name version updatedBy cases { key title area preconditions steps expectedResult criticality requiresCarpos } }": types.CatPlanDraftFieldsFragmentDoc,
    "mutation CatPlanDraftsStart($i: StartTestPlanDraftInput!) { startTestPlanDraft(input: $i) { ...CatPlanDraftFields } }": types.CatPlanDraftsStartDocument,
    "mutation CatPlanDraftsSave($i: SaveTestPlanDraftInput!) { saveTestPlanDraft(input: $i) { ...CatPlanDraftFields } }": types.CatPlanDraftsSaveDocument,
    "mutation CatPlanDraftsPublish($i: TestPlanDraftActionInput!) {\n  publishTestPlanDraft(input: $i) { id version name publishedAt cases { key title steps position } } }": types.CatPlanDraftsPublishDocument,
    "mutation CatPlanDraftsDiscard($i: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $i) }": types.CatPlanDraftsDiscardDocument,
    "query CatPlanDraftsDraftId { testPlanDraft { id } }": types.CatPlanDraftsDraftIdDocument,
    "query CatPlanDraftsPlanVersions { testPlans { version } }": types.CatPlanDraftsPlanVersionsDocument,
    "query CatPlanDraftsPublishedPlan { testPlan { id version cases { key } } }": types.CatPlanDraftsPublishedPlanDocument,
    "query CatPlanDraftsDraftName { testPlanDraft { name } }": types.CatPlanDraftsDraftNameDocument,
    "query CatPlanDraftsRunPlan($id: ID!) { testRun(id: $id) { planId } }": types.CatPlanDraftsRunPlanDocument,
    "query CatPlanDraftsPlanVersion1 { testPlan(version: 1) { cases { key } } }": types.CatPlanDraftsPlanVersion1Document,
    "mutation CatRunsStartTestRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }": types.CatRunsStartTestRunDocument,
    "query CatRunsTestPlans { testPlans { version publishedAt cases { key area criticality requiresCarpos steps expectedResult preconditions } } }": types.CatRunsTestPlansDocument,
    "query CatRunsTestPlan { testPlan(version: 9) { id } }": types.CatRunsTestPlanDocument,
    "query CatRunsDeployment($id: ID!) { deployment(id: $id) { testRuns { id } } }": types.CatRunsDeploymentDocument,
    "mutation CatRunsRecordTestResults($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied } }": types.CatRunsRecordTestResultsDocument,
    "query CatRunsPage($id: ID!) { deployment(id: $id) { testRuns { summary { status passPercent } cases { status attempts { id } latestAttempt { id } testCase { key } } } } }": types.CatRunsPageDocument,
    "query CatWalkthroughDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields closeOut { approvedBy approvedOn } } }": types.CatWalkthroughDeploymentDocument,
    "query CatWalkthroughDeployment2($id: ID!) { deployment(id: $id) { readiness { status blockers { code } } } }": types.CatWalkthroughDeployment2Document,
    "mutation CatWalkthroughRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": types.CatWalkthroughRequestAccountDocument,
    "query CatWalkthroughTestRun($id: ID!) { testRun(id: $id) { signOffs { party status staleBecause } } }": types.CatWalkthroughTestRunDocument,
    "mutation CatWalkthroughReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id status version } }": types.CatWalkthroughReportIncidentDocument,
    "fragment CommentsFields on Comment { id subjectType subjectId visibility body authorName editedAt version mentions { userId name } revisions { body replacedBy } }": types.CommentsFieldsFragmentDoc,
    "mutation CommentsAdd($i: AddCommentInput!) { addComment(input: $i) { ...CommentsFields } }": types.CommentsAddDocument,
    "mutation CommentsEdit($i: EditCommentInput!) { editComment(input: $i) { ...CommentsFields } }": types.CommentsEditDocument,
    "query CommentsThread($deploymentId: ID!, $taskId: ID, $dependencyId: ID) {\n  comments(deploymentId: $deploymentId, taskId: $taskId, dependencyId: $dependencyId) { ...CommentsFields }\n}": types.CommentsThreadDocument,
    "query CommentsReaders($deploymentId: ID!, $visibility: CommentVisibility!) { commentReaders(deploymentId: $deploymentId, visibility: $visibility) { userId name role } }": types.CommentsReadersDocument,
    "query CommentsNotifications { notifications(first: 50) { unreadCount items { kind summary deploymentId actor } } }": types.CommentsNotificationsDocument,
    "mutation CommentsDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status note version } }": types.CommentsDependencyDocument,
    "query CommentsDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } tasks { id } } }": types.CommentsDependenciesDocument,
    "query CommentsAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType } } }": types.CommentsAuditDocument,
    "mutation ConfirmIdentityAgain($i: ConfirmIdentityInput!) { confirmIdentity(input: $i) }": types.ConfirmIdentityAgainDocument,
    "mutation ConfirmChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": types.ConfirmChangePasswordDocument,
    "mutation ConfirmStartMfa { startMfaEnrolment(input: {}) { secret } }": types.ConfirmStartMfaDocument,
    "mutation ConfirmMfaCodes($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }": types.ConfirmMfaCodesDocument,
    "mutation ConfirmCreateToken($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name } } }": types.ConfirmCreateTokenDocument,
    "mutation ConfirmSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }": types.ConfirmSignInDocument,
    "query ConfirmMyTokens { myApiTokens { id } }": types.ConfirmMyTokensDocument,
    "query ConfirmSecurityEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { nodes { actor after entityId } } }": types.ConfirmSecurityEventsDocument,
    "mutation ConfirmResetPassword($i: UserActionInput!) { resetPassword(input: $i) { url expiresAt } }": types.ConfirmResetPasswordDocument,
    "mutation ConfirmCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }": types.ConfirmCompleteResetDocument,
    "mutation ConfirmUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }": types.ConfirmUnlockDocument,
    "query CourtProfileCourt($id: ID!) { organization(id: $id) { id ccporProfile version updatedBy } }": types.CourtProfileCourtDocument,
    "mutation CourtProfileSet($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { id ccporProfile version } }": types.CourtProfileSetDocument,
    "query CourtProfileDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } } }": types.CourtProfileDependenciesDocument,
    "mutation CourtProfileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.CourtProfileUpdateDependencyDocument,
    "query CourtProfileSignOffs($id: ID!) { testRun(id: $id) { signOffs { party status } } }": types.CourtProfileSignOffsDocument,
    "query CourtProfileAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation entityType actor } } }": types.CourtProfileAuditDocument,
    "query CreateDeploymentDeployments { deployments(first: 100) { totalCount } }": types.CreateDeploymentDeploymentsDocument,
    "mutation CreateDeploymentCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeploymentDocument,
    "mutation CreateDeploymentCreateDeployment2($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeployment2Document,
    "mutation CreateDeploymentCreateDeployment3($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeployment3Document,
    "mutation CreateDeploymentCreateDeployment4($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeployment4Document,
    "mutation CreateDeploymentCreateDeployment5($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeployment5Document,
    "mutation CreateDeploymentCreateDeployment6($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeployment6Document,
    "mutation CreateDeploymentCreateDeployment7($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.CreateDeploymentCreateDeployment7Document,
    "query CreateDeploymentDeployments2 { deployments(first: 1, filter: { county: [\"Fresno\"] }) { nodes { id } } }": types.CreateDeploymentDeployments2Document,
    "query CreateDeploymentDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }": types.CreateDeploymentDeploymentDocument,
    "query CreateDeploymentDeployment2 { deployment(id: \"0d3b1a51-0000-4000-8000-000000000000\") { id } }": types.CreateDeploymentDeployment2Document,
    "mutation BoundedMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id meetingOn } }": types.BoundedMeetingDocument,
    "mutation BoundedDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id exchangedOn } }": types.BoundedDocumentDocument,
    "mutation BoundedIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id reportedAt } }": types.BoundedIncidentDocument,
    "mutation BoundedTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id scheduledOn version } }": types.BoundedTrainingDocument,
    "mutation BoundedTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id heldOn } }": types.BoundedTrainingHeldDocument,
    "mutation BoundedDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.BoundedDeploymentDocument,
    "mutation BoundedMove($i: MoveTaskInput!) { moveTask(input: $i) { id dueDate } }": types.BoundedMoveDocument,
    "query DefectsOfRun($id: ID!) { testRun(id: $id) { defects { id } cases { attempts { id defects { id } } } } }": types.DefectsOfRunDocument,
    "query DefectsRunDeployment($id: ID!) { testRun(id: $id) { deployment { id } } }": types.DefectsRunDeploymentDocument,
    "query DemoDeploymentIds { deployments(first: 50) { nodes { id } } }": types.DemoDeploymentIdsDocument,
    "query DemoDeployment($id: ID!) {\n  deployment(id: $id) {\n      id status phase actualGoLive targetGoLive court { name }\n      health { status reasons { code } }\n      readiness { status blockers { code what } }\n      tasks { key number phase status }\n      trainingSessions { status heldOn }\n      testRuns { purpose summary { status passed failed } cases { status attempts { id } } }\n      defects { status severity }\n      questionnaireResponses { questionnaireKey status }\n  }\n}": types.DemoDeploymentDocument,
    "query DeploymentImportPreviewDeploymentImport($csv: String!) { previewDeploymentImport(csv: $csv) {\n  validCount invalidCount rows { line court courtId courtName targetGoLive phase status wave leaNames problems { field message } } } }": types.DeploymentImportPreviewDeploymentImportDocument,
    "mutation DeploymentImportImportDeployments($i: ImportDeploymentsInput!) { importDeployments(input: $i) {\n  created { ...DeploymentFields actualGoLive wave } skipped { line court problems { field message } } } }": types.DeploymentImportImportDeploymentsDocument,
    "query DeploymentImportLive($id: ID!) { deployment(id: $id) {\n  dependencies { status metOn } tasks { key status evidence } health { status reasons { code } } readiness { status blockers { code } } } }": types.DeploymentImportLiveDocument,
    "query DeploymentImportBlockers { readinessBlockersReport(first: 100) { nodes { deploymentId } } }": types.DeploymentImportBlockersDocument,
    "query DeploymentImportDeployments { deployments(first: 100) { totalCount } }": types.DeploymentImportDeploymentsDocument,
    "query DeploymentsListPage($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    nodes { id targetGoLive wave court { county } health { status } } } }": types.DeploymentsListPageDocument,
    "query DeploymentsListWithTasks($first: Int!) { deployments(first: $first) { totalCount nodes {\n      court { name } participatingLeas { name } health { status reasons { code } }\n      tasks { number status prerequisites { number } } dependencies { kind daysWaiting } nextDueTasks { number } } } }": types.DeploymentsListWithTasksDocument,
    "query DeploymentsListTasksDueBefore { tasksDue(first: 100, filter: { dueTo: \"2026-10-31\" }) { totalCount nodes { number dueDate deployment { court { county } } } } }": types.DeploymentsListTasksDueBeforeDocument,
    "query DeploymentsListTasksDueInJanuary { tasksDue(first: 100, filter: { dueFrom: \"2027-01-01\", dueTo: \"2027-01-20\", party: [CCPOR_TEAM] }) { totalCount nodes { number dueDate } } }": types.DeploymentsListTasksDueInJanuaryDocument,
    "query DeploymentsListFind($first: Int!, $after: String, $filter: DeploymentFilter, $orderBy: DeploymentOrder) {\n  deployments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { id targetGoLive court { name county } health { status } } } }": types.DeploymentsListFindDocument,
    "mutation DeploymentsListAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": types.DeploymentsListAssignDocument,
    "query DeploymentsListReadyDependencies($id: ID!) { deployment(id: $id) { dependencies { id version } } }": types.DeploymentsListReadyDependenciesDocument,
    "mutation DeploymentsListReopenDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }": types.DeploymentsListReopenDependencyDocument,
    "mutation ProjectionUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status waitedOn waitedSince metOn } }": types.ProjectionUpdateDependencyDocument,
    "mutation ProjectionWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": types.ProjectionWithdrawDocument,
    "query GoLiveProjectionOf($id: ID!) { deployment(id: $id) { id goLiveProjection {\n  targetGoLive projectedReadyOn atRisk daysLate reasons { kind message party medianDays sampleSize readyOn dependencyId taskId } } } }": types.GoLiveProjectionOfDocument,
    "query ProjectionList($withProjection: Boolean!) { deployments(first: 50) { nodes { id\n  goLiveProjection @include(if: $withProjection) { atRisk projectedReadyOn } } } }": types.ProjectionListDocument,
    "query ProjectionAtRiskReport($first: Int) { goLivesAtRiskReport(first: $first) { totalCount nodes {\n  deploymentId courtName county targetGoLive projectedReadyOn daysLate party medianDays sampleSize reasons } } }": types.ProjectionAtRiskReportDocument,
    "query HealthOfDeployment($id: ID!) { deployment(id: $id) { health { status daysToGoLive reasons { code count } } } }": types.HealthOfDeploymentDocument,
    "query HealthAtRiskCount { deployments(first: 10, filter: { health: [AT_RISK] }) { totalCount } }": types.HealthAtRiskCountDocument,
    "mutation HealthCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.HealthCompleteTaskDocument,
    "mutation HealthUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }": types.HealthUpdateDependencyDocument,
    "query HealthDependencyWaits($id: ID!) { deployment(id: $id) { health { status } dependencies { kind waitingOn daysWaiting } } }": types.HealthDependencyWaitsDocument,
    "query HealthDependencyDates($id: ID!) { deployment(id: $id) { dependencies { dueDate } } }": types.HealthDependencyDatesDocument,
    "query HealthOfList($f: DeploymentFilter) { deployments(first: 100, filter: $f) { nodes { id health { reasons { code count } } } } }": types.HealthOfListDocument,
    "mutation HealthChangeStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": types.HealthChangeStatusDocument,
    "fragment HostileTaskFields on Task { id number status reason version }": types.HostileTaskFieldsFragmentDoc,
    "fragment HostileMeetingFields on Meeting { id title notes attendees meetingOn }": types.HostileMeetingFieldsFragmentDoc,
    "fragment HostileDependencyFields on Dependency { id kind status note owner externalReference version }": types.HostileDependencyFieldsFragmentDoc,
    "mutation HostileWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...HostileTaskFields } }": types.HostileWaiveDocument,
    "query HostileTasks($id: ID!) { deployment(id: $id) { tasks { ...HostileTaskFields } } }": types.HostileTasksDocument,
    "mutation HostileRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { ...HostileMeetingFields } }": types.HostileRecordMeetingDocument,
    "query HostileMeetings($id: ID!) { deployment(id: $id) { meetings { ...HostileMeetingFields } } }": types.HostileMeetingsDocument,
    "mutation HostileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { ...HostileDependencyFields } }": types.HostileUpdateDependencyDocument,
    "query HostileDependencies($id: ID!) { deployment(id: $id) { dependencies { ...HostileDependencyFields } } }": types.HostileDependenciesDocument,
    "mutation HostileCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email displayName } } }": types.HostileCreateUserDocument,
    "query HostileUsers($n: Int!, $s: String) { users(first: $n, filter: { search: $s }) { totalCount nodes { email displayName } } }": types.HostileUsersDocument,
    "query HostileDeployments($n: Int!) { deployments(first: $n) { totalCount } }": types.HostileDeploymentsDocument,
    "query HostileChanges($id: ID!) { auditEvents(first: 100, filter: { entityId: $id, kind: CHANGE }) { nodes { operation } } }": types.HostileChangesDocument,
    "mutation HostileCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id targetGoLive } }": types.HostileCreateDeploymentDocument,
    "mutation HostileMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { id } }": types.HostileMoveTaskDocument,
    "mutation IncidentsReport($i: ReportIncidentInput!) { reportIncident(input: $i) { id status severity version reportedBy } }": types.IncidentsReportDocument,
    "mutation IncidentsUpdate($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status severity resolution resolvedAt version } }": types.IncidentsUpdateDocument,
    "mutation IncidentsCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status version } }": types.IncidentsCloseOutDocument,
    "query IncidentsOfDeployment($id: ID!) { deployment(id: $id) { incidents { id } } }": types.IncidentsOfDeploymentDocument,
    "query IncidentsCloseOutRecord($id: ID!) { deployment(id: $id) { closeOut { approvedBy approverRole statement } tasks { key status } } }": types.IncidentsCloseOutRecordDocument,
    "fragment LifecycleTemplateTaskFields on TemplateTask { key title phase party kind offsetDays required prerequisiteNumbers }": types.LifecycleTemplateTaskFieldsFragmentDoc,
    "query LifecycleTemplateVersions { lifecycleTemplates { id version name publishedAt deploymentCount } }": types.LifecycleTemplateVersionsDocument,
    "mutation LifecycleTemplateCreateDraft($i: CreateLifecycleTemplateDraftInput!) {\n  createLifecycleTemplateDraft(input: $i) { id version name publishedAt tasks { number ...LifecycleTemplateTaskFields } } }": types.LifecycleTemplateCreateDraftDocument,
    "mutation LifecycleTemplateSaveDraft($i: SaveLifecycleTemplateDraftInput!) {\n  saveLifecycleTemplateDraft(input: $i) { id name publishedAt tasks { number lane ...LifecycleTemplateTaskFields } } }": types.LifecycleTemplateSaveDraftDocument,
    "mutation LifecycleTemplatePublish($i: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $i) { id version publishedAt } }": types.LifecycleTemplatePublishDocument,
    "query LifecycleTemplateDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { key } } }": types.LifecycleTemplateDeploymentTasksDocument,
    "query LifecycleTemplateCurrent { currentLifecycleTemplate { version } }": types.LifecycleTemplateCurrentDocument,
    "query LifecycleTemplateDraftTasks($id: ID!) { lifecycleTemplate(id: $id) { name tasks { key } } }": types.LifecycleTemplateDraftTasksDocument,
    "mutation DigestScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.DigestScheduleTrainingDocument,
    "mutation DigestSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }": types.DigestSettingsDocument,
    "query DigestMe { me { id version } }": types.DigestMeDocument,
    "query DigestTasks($id: ID!) { deployment(id: $id) { tasks { number title party status dueDate } } }": types.DigestTasksDocument,
    "query DigestMailbox { mailbox(first: 100) { nodes { kind toAddress subject status } } }": types.DigestMailboxDocument,
    "mutation DurableScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.DurableScheduleTrainingDocument,
    "query DurableMailbox { mailbox(first: 100) { nodes { messageId toAddress status attempts } } }": types.DurableMailboxDocument,
    "mutation KindsAddComment($i: AddCommentInput!) { addComment(input: $i) { id version } }": types.KindsAddCommentDocument,
    "mutation KindsEditComment($i: EditCommentInput!) { editComment(input: $i) { id version } }": types.KindsEditCommentDocument,
    "mutation KindsReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }": types.KindsReportIncidentDocument,
    "mutation KindsUpdateIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id version } }": types.KindsUpdateIncidentDocument,
    "mutation KindsReschedule($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { reschedule { id } deployment { version } } }": types.KindsRescheduleDocument,
    "mutation KindsUndoReschedule($i: UndoRescheduleInput!) { undoReschedule(input: $i) { deployment { version } } }": types.KindsUndoRescheduleDocument,
    "mutation KindsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": types.KindsAssignStaffDocument,
    "query KindsDependencies($id: ID!) { deployment(id: $id) { dependencies { id title dueDate version } } }": types.KindsDependenciesDocument,
    "mutation KindsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status } }": types.KindsUpdateDependencyDocument,
    "mutation KindsAssignTask($i: AssignTaskInput!) { assignTask(input: $i) { id version assignee { id } } }": types.KindsAssignTaskDocument,
    "query KindsMailbox { mailbox(first: 100) { nodes { kind toAddress status } } }": types.KindsMailboxDocument,
    "mutation KindsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }": types.KindsStartResponseDocument,
    "mutation KindsSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }": types.KindsSubmitResponseDocument,
    "mutation KindsSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }": types.KindsSettingsDocument,
    "query KindsMe { me { id version } }": types.KindsMeDocument,
    "mutation KindsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id version } }": types.KindsUpdateDeploymentDocument,
    "query KindsHeldForDigest { mailbox(first: 100, filter: { status: IN_DIGEST }) { nodes { kind toAddress subject } } }": types.KindsHeldForDigestDocument,
    "mutation KindsReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { id version } }": types.KindsReturnResponseDocument,
    "mutation MailScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.MailScheduleTrainingDocument,
    "query MailMailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id messageId kind toAddress subject body link status attempts lastError sentAt } }\n}": types.MailMailboxDocument,
    "mutation MailSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version timeZone mailPreferences { kind delivery } } }": types.MailSettingsDocument,
    "query MailMe { me { id version timeZone mailPreferences { kind delivery } } }": types.MailMeDocument,
    "mutation MailUnsubscribe($i: UnsubscribeMailInput!) { unsubscribeMail(input: $i) { kinds digest } }": types.MailUnsubscribeDocument,
    "query MaintainedRunRates { catRunRatesReport(first: 100) { totalCount nodes { runId status total passed failed blocked untested } } }": types.MaintainedRunRatesDocument,
    "query MaintainedBlockers($county: [String!]) { readinessBlockersReport(filter: { county: $county }, first: 100) {\n  totalCount nodes { deploymentId code what why recordType recordId party daysOpen } } }": types.MaintainedBlockersDocument,
    "mutation MaintainedWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.MaintainedWaitDocument,
    "mutation MaintainedRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": types.MaintainedRequestAccountDocument,
    "mutation MaintainedChangeAccount($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { version } }": types.MaintainedChangeAccountDocument,
    "mutation MaintainedUpdateLeas($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { version } }": types.MaintainedUpdateLeasDocument,
    "query MaintainedDependencies($id: ID!) { deployment(id: $id) { id dependencies { id status } } }": types.MaintainedDependenciesDocument,
    "query MaintainedCourt($id: ID!) { organization(id: $id) { version } }": types.MaintainedCourtDocument,
    "mutation MaintainedSetProfile($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { version } }": types.MaintainedSetProfileDocument,
    "query MaintainedHealthOf($id: ID!) { deployment(id: $id) { id health { status }\n  tasks { id version status dueDate } dependencies { id version status dueDate } } }": types.MaintainedHealthOfDocument,
    "query MaintainedHealthReports($county: [String!]) {\n  deploymentCountsReport(filter: { county: $county }) { health deployments }\n  deploymentTimelineReport(filter: { county: $county }, first: 100) { totalCount nodes { deploymentId health overdueTasks overdueDependencies oldestOverdue } } }": types.MaintainedHealthReportsDocument,
    "query MaintainedPortfolioCounts($f: ReportFilter) {\n  deploymentCountsReport(filter: $f) { phase status health deployments } goLivesByMonthReport(filter: $f) { month planned actual }\n  overdueTasksReport(filter: $f) { party phase tasks deployments maxDaysOverdue } }": types.MaintainedPortfolioCountsDocument,
    "mutation MaintainedMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate } }": types.MaintainedMoveTaskDocument,
    "mutation MaintainedCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.MaintainedCompleteTaskDocument,
    "mutation AttachmentsRecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) {\n  id title attachments { sha256 fileName contentType size } } }": types.AttachmentsRecordDocumentDocument,
    "mutation AttachmentsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id attachments { sha256 fileName } } }": types.AttachmentsRecordMeetingDocument,
    "query AttachmentsRecords($id: ID!) { deployment(id: $id) {\n  documents { title attachments { sha256 fileName } } meetings { title attachments { sha256 fileName } } } }": types.AttachmentsRecordsDocument,
    "mutation NothingPublishedCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }": types.NothingPublishedCreateDeploymentDocument,
    "mutation NothingPublishedLifecycleDraft($i: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $i) { id } }": types.NothingPublishedLifecycleDraftDocument,
    "mutation NothingPublishedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }": types.NothingPublishedStartRunDocument,
    "query NothingPublishedScannerRequirements { scannerRequirements { version } }": types.NothingPublishedScannerRequirementsDocument,
    "query NotificationsFeed($first: Int) { notifications(first: $first) { unreadCount readUpTo items { id kind at deploymentId courtName summary actor unread } } }": types.NotificationsFeedDocument,
    "mutation NotificationsMarkRead($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { readUpTo } }": types.NotificationsMarkReadDocument,
    "mutation NotificationsStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }": types.NotificationsStartTaskDocument,
    "mutation NotificationsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": types.NotificationsAssignStaffDocument,
    "mutation NotificationsRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }": types.NotificationsRecordMeetingDocument,
    "mutation NotificationsScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.NotificationsScheduleTrainingDocument,
    "mutation CalendarFeedCreate($input: MutationIdInput!) { createCalendarFeed(input: $input) { path feed { id createdAt } } }": types.CalendarFeedCreateDocument,
    "query CalendarFeedMine { myCalendarFeed { id } }": types.CalendarFeedMineDocument,
    "mutation CalendarFeedRevoke($input: MutationIdInput!) { revokeCalendarFeed(input: $input) }": types.CalendarFeedRevokeDocument,
    "query OnSiteCaptureProgress($id: ID!) { deployment(id: $id) {\n  tasks { id key status evidence version } dependencies { kind status metOn }\n  scannerSummary { assessed meeting toConfigure toReplace } } }": types.OnSiteCaptureProgressDocument,
    "fragment OnSiteResponseFields on QuestionnaireResponse { id status version reviewComment }": types.OnSiteResponseFieldsFragmentDoc,
    "mutation OnSiteCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.OnSiteCompleteTaskDocument,
    "mutation OnSiteStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...OnSiteResponseFields } }": types.OnSiteStartResponseDocument,
    "mutation OnSiteSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...OnSiteResponseFields } }": types.OnSiteSaveResponseDocument,
    "mutation OnSiteSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...OnSiteResponseFields } }": types.OnSiteSubmitResponseDocument,
    "mutation OnSiteReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...OnSiteResponseFields } }": types.OnSiteReturnResponseDocument,
    "mutation OnSiteAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...OnSiteResponseFields } }": types.OnSiteAcceptResponseDocument,
    "mutation OnSiteCompleteAssessment($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { status } }": types.OnSiteCompleteAssessmentDocument,
    "mutation OnSiteResolveConflict($i: ResolveConflictInput!) { resolveConflict(input: $i) { status resolvedVersion } }": types.OnSiteResolveConflictDocument,
    "mutation OnSiteRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": types.OnSiteRequestAccountDocument,
    "mutation OnSiteChangeAccountRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status version } }": types.OnSiteChangeAccountRequestDocument,
    "mutation OnSiteScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }": types.OnSiteScheduleTrainingDocument,
    "mutation OnSiteRecordTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { status } }": types.OnSiteRecordTrainingHeldDocument,
    "query OnSiteAssessmentWorkstations($id: ID!) { scannerAssessment(id: $id) { workstations { id drivers notes version } } }": types.OnSiteAssessmentWorkstationsDocument,
    "query OnSiteConflictHistory($id: ID!) { conflicts(filter: { entityId: $id }) { nodes { status resolution attempted server resolvedValues resolvedBy } } }": types.OnSiteConflictHistoryDocument,
    "query PersistedPhaseCounts { deploymentCountsReport { phase status health deployments } }": types.PersistedPhaseCountsDocument,
    "query PersistedWhoAmI { me { id } }": types.PersistedWhoAmIDocument,
    "query PersistedGoLiveMonths { goLivesByMonthReport { month planned actual } }": types.PersistedGoLiveMonthsDocument,
    "mutation PersistedCreateToken { createApiToken(input: { name: \"Power Query\" }) { token } }": types.PersistedCreateTokenDocument,
    "query PreparedPhaseCounts($filter: ReportFilter) { deploymentCountsReport(filter: $filter) { phase status deployments } }": types.PreparedPhaseCountsDocument,
    "mutation ProductionSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }": types.ProductionSignInDocument,
    "query ProductionSchemaName { __schema { queryType { name } } }": types.ProductionSchemaNameDocument,
    "query ProductionDeploymentCount { deployments(first: 1) { totalCount } }": types.ProductionDeploymentCountDocument,
    "mutation PublishRequirements($i: PublishScannerRequirementsInput!) { publishScannerRequirements(input: $i) { version publishedBy requirements { key category minimum anyOf } } }": types.PublishRequirementsDocument,
    "query PublishRequirementsCurrent($v: Int) { scannerRequirements(version: $v) { version requirements { key category description fact operator minimum anyOf } } }": types.PublishRequirementsCurrentDocument,
    "query PublishRequirementsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }": types.PublishRequirementsDependenciesDocument,
    "mutation QueryLimitsSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }": types.QueryLimitsSignInDocument,
    "query QueryLimitsDeploymentsPage($n: Int!) { deployments(first: $n) { totalCount nodes { id } } }": types.QueryLimitsDeploymentsPageDocument,
    "query QueryLimitsOrganizationsPage($n: Int!) { organizations(first: $n) { totalCount nodes { id } } }": types.QueryLimitsOrganizationsPageDocument,
    "query QueryLimitsUsersPage($n: Int!) { users(first: $n) { totalCount } }": types.QueryLimitsUsersPageDocument,
    "fragment QuestionnaireResponseFields on QuestionnaireResponse {\n  id status answers version reviewComment submittedBy reviewedBy taskId filledOnSite questionnaire { key version } }": types.QuestionnaireResponseFieldsFragmentDoc,
    "mutation QuestionnaireStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...QuestionnaireResponseFields } }": types.QuestionnaireStartResponseDocument,
    "mutation QuestionnaireSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...QuestionnaireResponseFields } }": types.QuestionnaireSaveResponseDocument,
    "mutation QuestionnaireSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...QuestionnaireResponseFields } }": types.QuestionnaireSubmitResponseDocument,
    "mutation QuestionnaireAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...QuestionnaireResponseFields } }": types.QuestionnaireAcceptResponseDocument,
    "mutation QuestionnaireReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...QuestionnaireResponseFields } }": types.QuestionnaireReturnResponseDocument,
    "query QuestionnaireDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { id key status evidence version } } }": types.QuestionnaireDeploymentTasksDocument,
    "mutation QuestionnairePublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { key version taskKey questions { key } } }": types.QuestionnairePublishDocument,
    "query QuestionnairesSeeded { questionnaires { key version title taskKey questions { key type required unit min max choices { value } visibleWhen { questionKey equals } questions { key type } } } }": types.QuestionnairesSeededDocument,
    "query QuestionnaireUnknownVersion { questionnaire(key: \"SCOPE\", version: 7) { id } }": types.QuestionnaireUnknownVersionDocument,
    "mutation QuestionnaireCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.QuestionnaireCompleteTaskDocument,
    "query QuestionnaireResponseById($id: ID!) { questionnaireResponse(id: $id) { id } }": types.QuestionnaireResponseByIdDocument,
    "query QuestionnaireTrainingVersion1 { questionnaire(key: \"TRAINING\", version: 1) { questions { key } } }": types.QuestionnaireTrainingVersion1Document,
    "mutation QuestionnaireRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id version retiredAt retiredBy } }": types.QuestionnaireRetireDocument,
    "mutation QuestionnairePublishVersion($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }": types.QuestionnairePublishVersionDocument,
    "query QuestionnaireRetireAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType after } } }": types.QuestionnaireRetireAuditDocument,
    "mutation ReadinessGoLiveWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.ReadinessGoLiveWaitDocument,
    "mutation ReadinessWaitOnDoj($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.ReadinessWaitOnDojDocument,
    "query ReadinessGoLiveDeploymentReadiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status } }": types.ReadinessGoLiveDeploymentReadinessDocument,
    "query ReadinessGoLivePage($county: [String!]) { deployments(first: 10, filter: { county: $county }) { nodes { id readiness { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } } } }": types.ReadinessGoLivePageDocument,
    "query ReadinessGoLiveDeployment($id: ID!) { deployment(id: $id) { status phase version tasks { key status } } }": types.ReadinessGoLiveDeploymentDocument,
    "mutation ReadinessGoLiveChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status version } }": types.ReadinessGoLiveChangeDeploymentStatusDocument,
    "mutation ReadinessGoLiveRescheduleGoLive($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { toGoLive } }": types.ReadinessGoLiveRescheduleGoLiveDocument,
    "mutation ReadinessGoLiveReopenTask($i: TaskActionInput!) { reopenTask(input: $i) { status } }": types.ReadinessGoLiveReopenTaskDocument,
    "query ReadinessGoLiveTasks($id: ID!) { deployment(id: $id) { version tasks { id number key phase status reason version } } }": types.ReadinessGoLiveTasksDocument,
    "mutation ReplayCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id version } }": types.ReplayCreateDeploymentDocument,
    "mutation ReplayUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status waitingOn version updatedBy } }": types.ReplayUpdateDependencyDocument,
    "query ReplayDeploymentCount { deployments(first: 1) { totalCount } }": types.ReplayDeploymentCountDocument,
    "mutation ReplayCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.ReplayCompleteTaskDocument,
    "query ReplayDependencies($id: ID!) { deployment(id: $id) { dependencies { id status version } } }": types.ReplayDependenciesDocument,
    "query ReplayPlanCases { testPlan { cases { id requiresCarpos } } }": types.ReplayPlanCasesDocument,
    "mutation ReplayStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }": types.ReplayStartRunDocument,
    "mutation ReplaySync($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied replayed refused } }": types.ReplaySyncDocument,
    "mutation ReplayAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { version } }": types.ReplayAssignStaffDocument,
    "query ReplayDeploymentVersion($id: ID!) { deployment(id: $id) { version } }": types.ReplayDeploymentVersionDocument,
    "mutation ReportsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.ReportsUpdateDependencyDocument,
    "query ReportsReadinessBlockers($id: ID!) { deploymentReadiness(deploymentId: $id) {\n  blockers { code what why recordType recordId party daysOpen } } }": types.ReportsReadinessBlockersDocument,
    "mutation ReportsCreateToken { createApiToken(input: { name: \"Power Query\" }) { token } }": types.ReportsCreateTokenDocument,
    "query ReportsOwnScannerInventory { scannerInventory { make workstations } }": types.ReportsOwnScannerInventoryDocument,
    "query ReportsOverdueBackwards { overdueTasksReport(filter: { goLiveFrom: \"2027-05-01\", goLiveTo: \"2027-01-01\" }) { tasks } }": types.ReportsOverdueBackwardsDocument,
    "query ReportsCaseRatesPage($first: Int, $after: String) { catCaseRatesReport(first: $first, after: $after) { totalCount } }": types.ReportsCaseRatesPageDocument,
    "query ReportsRunPassPercent($id: ID!) { testRun(id: $id) { summary { passPercent } } }": types.ReportsRunPassPercentDocument,
    "query ReportsDeployments($f: DeploymentFilter) { deployments(first: 10, filter: $f) { totalCount nodes { id } } }": types.ReportsDeploymentsDocument,
    "query RescheduleGoLivePreviewPastDue($deploymentId: ID!, $targetGoLive: LocalDate!) { previewReschedule(deploymentId: $deploymentId, targetGoLive: $targetGoLive) { pastDue { task { number } dueDate newly } } }": types.RescheduleGoLivePreviewPastDueDocument,
    "mutation RescheduleGoLiveRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {\n  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } dueDate newly } phasesWithShortWindows\n  deployment { ...DeploymentFields } } }": types.RescheduleGoLiveRescheduleGoLiveDocument,
    "query RescheduleGoLiveDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }": types.RescheduleGoLiveDeploymentDocument,
    "mutation RescheduleGoLiveCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.RescheduleGoLiveCompleteTaskDocument,
    "mutation RescheduleGoLiveMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { pinned dueDate } }": types.RescheduleGoLiveMoveTaskDocument,
    "query RescheduleGoLivePreviewReschedule($id: ID!, $date: LocalDate!) { previewReschedule(deploymentId: $id, targetGoLive: $date) { moved { task { number } } pinned { number } } }": types.RescheduleGoLivePreviewRescheduleDocument,
    "mutation RescheduleGoLiveMoveTask2($i: MoveTaskInput!) { moveTask(input: $i) { id } }": types.RescheduleGoLiveMoveTask2Document,
    "fragment ConflictFields on Conflict { id operation entityType entityId deploymentId attempted server baseVersion serverVersion createdBy status\n  resolution resolvedValues resolvedVersion resolvedBy resolvedAt }": types.ConflictFieldsFragmentDoc,
    "mutation ConflictsResolve($i: ResolveConflictInput!) { resolveConflict(input: $i) { ...ConflictFields } }": types.ConflictsResolveDocument,
    "query ConflictsList($f: ConflictFilter, $n: Int!, $a: String) {\n  conflicts(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ConflictFields } } }": types.ConflictsListDocument,
    "query ConflictsCurrent($f: ConflictFilter) { conflicts(filter: $f, first: 5) { nodes { id current { version values updatedBy updatedAt } } } }": types.ConflictsCurrentDocument,
    "query ConflictsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }": types.ConflictsDependenciesDocument,
    "mutation ConflictsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { version } }": types.ConflictsUpdateDependencyDocument,
    "mutation ConflictsRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id } }": types.ConflictsRequestAccountDocument,
    "mutation ConflictsChangeRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status } }": types.ConflictsChangeRequestDocument,
    "mutation ConflictsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { wave version } }": types.ConflictsUpdateDeploymentDocument,
    "query ConflictsDeployment($id: ID!) { deployment(id: $id) { wave version } }": types.ConflictsDeploymentDocument,
    "mutation ScannerAssessmentStart($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id status assessor location { name } } }": types.ScannerAssessmentStartDocument,
    "mutation ScannerAssessmentComplete($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { id status completedOn version } }": types.ScannerAssessmentCompleteDocument,
    "query ScannerAssessmentProgress($id: ID!) { deployment(id: $id) {\n  tasks { key status evidence } dependencies { kind status metOn }\n  scannerSummary { assessed meeting toConfigure toReplace }\n  scannerAssessments { id status workstations { label verdict } } } }": types.ScannerAssessmentProgressDocument,
    "query ScannerAssessmentOrganizationLocations($id: ID!) { organization(id: $id) { locations { id } } }": types.ScannerAssessmentOrganizationLocationsDocument,
    "mutation ScannerAssessmentRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }": types.ScannerAssessmentRecordWorkstationDocument,
    "query ScannerAssessmentInventory { scannerInventory { make model verdict workstations deployments } }": types.ScannerAssessmentInventoryDocument,
    "query ScannerAssessmentInventoryOfCanon { scannerInventory(filter: { make: \"canon\", verdict: [REPLACE] }) { make model verdict workstations deployments } }": types.ScannerAssessmentInventoryOfCanonDocument,
    "query ScannerAssessmentCapturePage($n: Int!) { deployments(first: $n) { nodes {\n      scannerSummary { assessed } scannerAssessments { workstations { verdict } location { name } }\n      questionnaireResponses { status questionnaire { key } } trainingSessions { status } accountRequests { status organization { name } } } } }": types.ScannerAssessmentCapturePageDocument,
    "query ScannerRequirementVersionsList { scannerRequirementVersions { version publishedBy verdictChanges { workstationId label deploymentId courtName before after } } }": types.ScannerRequirementVersionsListDocument,
    "mutation ScannerRequirementVersionsPublish($i: PublishScannerRequirementsInput!) {\n  publishScannerRequirements(input: $i) { version verdictChanges { label courtName before after } } }": types.ScannerRequirementVersionsPublishDocument,
    "query ScannerRequirementVersionsCurrent { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }": types.ScannerRequirementVersionsCurrentDocument,
    "query ScannerRequirementVersionsAudit($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { operation entityType before after } } }": types.ScannerRequirementVersionsAuditDocument,
    "query SchemaWideDeployment($id: ID!) { deployment(id: $id) {\n  id version phase status court { id locations { id } } participatingLeas { id }\n  tasks { id number key kind party phase status version pinned assignee { id } prerequisites { number } }\n  dependencies { id kind status version }\n} }": types.SchemaWideDeploymentDocument,
    "mutation SchemaWideComplete($i: TaskActionInput!) { completeTask(input: $i) { id status version } }": types.SchemaWideCompleteDocument,
    "mutation SchemaWideMove($input: MoveTaskInput!) { moveTask(input: $input) { id version } }": types.SchemaWideMoveDocument,
    "mutation SchemaWideStatus($input: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $input) { id } }": types.SchemaWideStatusDocument,
    "mutation SchemaWideReschedule($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) { reschedule { id } } }": types.SchemaWideRescheduleDocument,
    "mutation SchemaWideAssessment($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version } }": types.SchemaWideAssessmentDocument,
    "query SchemaWideAssessmentVersion($id: ID!) { scannerAssessment(id: $id) { version } }": types.SchemaWideAssessmentVersionDocument,
    "mutation SchemaWideWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id version } }": types.SchemaWideWorkstationDocument,
    "mutation SchemaWideUpdateWs($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { id version } }": types.SchemaWideUpdateWsDocument,
    "mutation SchemaWidePublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { key } }": types.SchemaWidePublishQuestionnaireDocument,
    "mutation SchemaWidePublishedVersion($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id } }": types.SchemaWidePublishedVersionDocument,
    "mutation SchemaWideStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }": types.SchemaWideStartResponseDocument,
    "mutation SchemaWideSubmit($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }": types.SchemaWideSubmitDocument,
    "mutation SchemaWideTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }": types.SchemaWideTrainingDocument,
    "mutation SchemaWideRequest($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }": types.SchemaWideRequestDocument,
    "mutation SchemaWideFail($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }": types.SchemaWideFailDocument,
    "mutation SchemaWideDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id version } }": types.SchemaWideDefectDocument,
    "mutation SchemaWideIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }": types.SchemaWideIncidentDocument,
    "query SchemaWideCourt($county: String!) { organizations(first: 2, filter: { county: $county, kind: COURT }) { nodes { id version ccporProfile } } }": types.SchemaWideCourtDocument,
    "mutation SchemaWideFeed { createCalendarFeed(input: {}) { feed { id } } }": types.SchemaWideFeedDocument,
    "query SchemaWideTemplates { lifecycleTemplates { id publishedAt } }": types.SchemaWideTemplatesDocument,
    "query SchemaWideCurrentTemplate { currentLifecycleTemplate { id } }": types.SchemaWideCurrentTemplateDocument,
    "query SchemaWideTemplateTasks($id: ID!) { lifecycleTemplate(id: $id) { tasks { key kind offsetDays party phase prerequisiteNumbers required title } } }": types.SchemaWideTemplateTasksDocument,
    "mutation SchemaWideTemplateDraft($input: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $input) { id } }": types.SchemaWideTemplateDraftDocument,
    "mutation SchemaWidePublishTemplate($input: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $input) { id } }": types.SchemaWidePublishTemplateDocument,
    "query SchemaWideDraft { testPlanDraft { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }": types.SchemaWideDraftDocument,
    "mutation SchemaWideStartDraft($input: StartTestPlanDraftInput!) { startTestPlanDraft(input: $input) { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }": types.SchemaWideStartDraftDocument,
    "mutation SchemaWideDiscardDraft($input: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $input) }": types.SchemaWideDiscardDraftDocument,
    "mutation SchemaWideConfirm($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) }": types.SchemaWideConfirmDocument,
    "mutation SchemaWideEnrol { startMfaEnrolment(input: {}) { secret } }": types.SchemaWideEnrolDocument,
    "mutation SchemaWideToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }": types.SchemaWideTokenDocument,
    "query SchemaWideRequirements { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }": types.SchemaWideRequirementsDocument,
    "mutation SchemaWideComment($i: AddCommentInput!) { addComment(input: $i) { id version } }": types.SchemaWideCommentDocument,
    "query SchemaWideMailbox { mailbox(first: 1) { nodes { id body } } }": types.SchemaWideMailboxDocument,
    "mutation SchemaWideMailTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.SchemaWideMailTrainingDocument,
    "query SchemaWideMyVersion { me { id version } }": types.SchemaWideMyVersionDocument,
    "query WorldDeployment($id: ID!) { deployment(id: $id) { court { id } } }": types.WorldDeploymentDocument,
    "mutation WorldGoLive($i: GoLiveInput!) { goLive(input: $i) { id } }": types.WorldGoLiveDocument,
    "mutation WorldAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": types.WorldAssignDocument,
    "mutation ScopedUpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { version } }": types.ScopedUpdateWorkstationDocument,
    "query ScopedConflicts($f: ConflictFilter) { conflicts(first: 100, filter: $f) { totalCount nodes { id deploymentId attempted } } }": types.ScopedConflictsDocument,
    "mutation ScopedRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }": types.ScopedRecordWorkstationDocument,
    "mutation ScopedAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }": types.ScopedAssignStaffDocument,
    "query ScopedContactDetails($id: ID!, $run: ID!) {\n      deployment(id: $id) { accountRequests { personName email } meetings { attendees } trainingSessions { trainer attendees { name role } } dependencies { owner } }\n      testRun(id: $run) { cases { attempts { tester } } } }": types.ScopedContactDetailsDocument,
    "mutation ScopedCreateFeed($i: MutationIdInput!) { createCalendarFeed(input: $i) { path } }": types.ScopedCreateFeedDocument,
    "mutation ScopedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }": types.ScopedStartRunDocument,
    "mutation SignInBurst($i: SignInInput!) { signIn(input: $i) { user { email } } }": types.SignInBurstDocument,
    "query SignInBurstEvents { auditEvents(first: 100, filter: { kind: SECURITY }) { nodes { actor operation after } } }": types.SignInBurstEventsDocument,
    "query SignInMe { me { email role } }": types.SignInMeDocument,
    "mutation SignInAttempt($i: SignInInput!) { signIn(input: $i) { user { email } } }": types.SignInAttemptDocument,
    "query SignInAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { actor operation after } } }": types.SignInAuditEventsDocument,
    "query SignInDeploymentCount($n: Int!) { deployments(first: $n) { totalCount } }": types.SignInDeploymentCountDocument,
    "query SignInLockedUsers($s: String) { users(first: 100, filter: { search: $s }) { nodes { id lockedUntil } } }": types.SignInLockedUsersDocument,
    "mutation SignInUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }": types.SignInUnlockDocument,
    "mutation SignInChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": types.SignInChangePasswordDocument,
    "mutation SignInSignOut { signOut }": types.SignInSignOutDocument,
    "mutation SignInStartMfa($input: MutationIdInput!) { startMfaEnrolment(input: $input) { secret otpauthUri } }": types.SignInStartMfaDocument,
    "mutation SignInConfirmMfa($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }": types.SignInConfirmMfaDocument,
    "query SignInCourt($county: String) { organizations(first: 1, filter: { kind: COURT, county: $county }) { nodes { id } } }": types.SignInCourtDocument,
    "mutation SignInCreateToken { createApiToken(input: { name: \"Power BI\" }) { token apiToken { id prefix } } }": types.SignInCreateTokenDocument,
    "query SignInMyTokens { myApiTokens { id name lastUsedAt revokedAt } }": types.SignInMyTokensDocument,
    "mutation SignInRevokeToken($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { revokedAt } }": types.SignInRevokeTokenDocument,
    "mutation SignInCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email role } passwordLink { url expiresAt } } }": types.SignInCreateUserDocument,
    "mutation SignInCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }": types.SignInCompleteResetDocument,
    "mutation SignInUpdateUser($i: UpdateUserInput!) { updateUser(input: $i) { active } }": types.SignInUpdateUserDocument,
    "mutation SignInCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id tasks { id number version } } }": types.SignInCreateDeploymentDocument,
    "mutation SignInWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { status } }": types.SignInWaiveDocument,
    "query SignInTrail($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { kind actor role operation entityType before after } } }": types.SignInTrailDocument,
    "mutation SignInReopen($i: TaskActionInput!) { reopenTask(input: $i) { id } }": types.SignInReopenDocument,
    "query SignInEverything { auditEvents(first: 100) { nodes { before after actor } } }": types.SignInEverythingDocument,
    "query SignOffsOfRun($id: ID!) { testRun(id: $id) { signOffs { id status staleBecause } } }": types.SignOffsOfRunDocument,
    "mutation AssigneesAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version updatedBy assignee { id displayName role } } }": types.AssigneesAssignDocument,
    "query AssigneesChoices($taskId: ID!) { taskAssignees(taskId: $taskId) { id displayName role } }": types.AssigneesChoicesDocument,
    "query AssigneesTasks($id: ID!) { deployment(id: $id) { tasks { id number title party status dueDate version assignee { id displayName } } } }": types.AssigneesTasksDocument,
    "mutation AssigneesComplete($i: TaskActionInput!) { completeTask(input: $i) { id version } }": types.AssigneesCompleteDocument,
    "query AssigneesMine($dueTo: LocalDate!) { tasksDue(first: 100, filter: { dueTo: $dueTo, mine: true }) { totalCount nodes { id number deploymentId assignee { id } } } }": types.AssigneesMineDocument,
    "query AssigneesAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation actor before after } } }": types.AssigneesAuditDocument,
    "mutation AssigneesFeed($input: MutationIdInput!) { createCalendarFeed(input: $input) { path } }": types.AssigneesFeedDocument,
    "fragment TaskLifecycleFields on Task { id number status reason evidence completedOn version updatedBy }": types.TaskLifecycleFieldsFragmentDoc,
    "mutation TaskLifecycleStart($i: TaskActionInput!) { startTask(input: $i) { ...TaskLifecycleFields } }": types.TaskLifecycleStartDocument,
    "mutation TaskLifecycleComplete($i: TaskActionInput!) { completeTask(input: $i) { ...TaskLifecycleFields } }": types.TaskLifecycleCompleteDocument,
    "mutation TaskLifecycleWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...TaskLifecycleFields } }": types.TaskLifecycleWaiveDocument,
    "mutation TaskLifecycleReopen($i: TaskActionInput!) { reopenTask(input: $i) { ...TaskLifecycleFields } }": types.TaskLifecycleReopenDocument,
    "query TaskLifecycleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }": types.TaskLifecycleDeploymentDocument,
    "mutation TaskLifecycleRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id taskId held } }": types.TaskLifecycleRecordMeetingDocument,
    "mutation TaskLifecycleRecordDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }": types.TaskLifecycleRecordDocumentDocument,
    "mutation TaskLifecycleRecordMeeting2($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }": types.TaskLifecycleRecordMeeting2Document,
    "mutation TaskLifecycleRecordDocument2($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }": types.TaskLifecycleRecordDocument2Document,
    "query TaskLifecycleDeployment2($id: ID!) { deployment(id: $id) { meetings { id } documents { id } } }": types.TaskLifecycleDeployment2Document,
    "mutation TaskLifecycleAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase phaseEnteredOn version } }": types.TaskLifecycleAdvancePhaseDocument,
    "mutation TaskLifecycleAdvancePhase2($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }": types.TaskLifecycleAdvancePhase2Document,
    "mutation TaskLifecycleAdvancePhase3($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }": types.TaskLifecycleAdvancePhase3Document,
    "mutation TaskLifecycleChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": types.TaskLifecycleChangeDeploymentStatusDocument,
    "fragment TrainingSessionFields on TrainingSession { id scheduledOn mode module audience trainer attendees { name role } status heldOn version }": types.TrainingSessionFieldsFragmentDoc,
    "mutation TrainingSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { ...TrainingSessionFields } }": types.TrainingScheduleDocument,
    "mutation TrainingUpdate($i: UpdateTrainingSessionInput!) { updateTrainingSession(input: $i) { ...TrainingSessionFields } }": types.TrainingUpdateDocument,
    "mutation TrainingHold($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { ...TrainingSessionFields } }": types.TrainingHoldDocument,
    "query TrainingTasks($id: ID!) { deployment(id: $id) { tasks { key status evidence } } }": types.TrainingTasksDocument,
    "query TrainingSessionsOf($id: ID!) { deployment(id: $id) { trainingSessions { id status } } }": types.TrainingSessionsOfDocument,
    "mutation UndoRescheduleRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {\n  reschedule { id fromGoLive toGoLive createdBy undoneAt } deployment { id version targetGoLive } } }": types.UndoRescheduleRescheduleGoLiveDocument,
    "mutation UndoRescheduleUndoReschedule($input: UndoRescheduleInput!) { undoReschedule(input: $input) {\n  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } newly }\n  reschedule { id undoneAt undoneBy } deployment { ...DeploymentFields lastReschedule { id undoneAt } } } }": types.UndoRescheduleUndoRescheduleDocument,
    "mutation UndoRescheduleMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate pinned } }": types.UndoRescheduleMoveTaskDocument,
    "query UndoRescheduleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields lastReschedule { id fromGoLive toGoLive undoneAt } } }": types.UndoRescheduleDeploymentDocument,
    "mutation UndoRescheduleCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.UndoRescheduleCompleteTaskDocument,
    "mutation UndoRescheduleCompleteTask2($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.UndoRescheduleCompleteTask2Document,
    "query UndoRescheduleAssignableStaff { assignableStaff { id displayName role } }": types.UndoRescheduleAssignableStaffDocument,
    "query UndoRescheduleAssignableStaff2 { assignableStaff { id } }": types.UndoRescheduleAssignableStaff2Document,
    "mutation UndoRescheduleCreateDeployment($input: CreateDeploymentInput!) { createDeployment(input: $input) { id coordinator { id role } fieldStaff { id displayName } } }": types.UndoRescheduleCreateDeploymentDocument,
    "query UndoRescheduleDeployment2($id: ID!) { deployment(id: $id) { id } }": types.UndoRescheduleDeployment2Document,
    "query UploadDenials { auditEvents(first: 100, filter: { operation: \"PERMISSION_DENIED\" }) { nodes { actor after } } }": types.UploadDenialsDocument,
    "mutation AdminWalkCreateApiToken { createApiToken(input: { name: \"Power BI wave report\" }) { token } }": types.AdminWalkCreateApiTokenDocument,
    "query AppUpdateScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label } } }": types.AppUpdateScannerAssessmentDocument,
    "query CommentsWalkComments($d: ID!) { comments(deploymentId: $d) { id body visibility authorName subjectType mentions { name } revisions { body } } }": types.CommentsWalkCommentsDocument,
    "query CommentsWalkDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id tasks { id number title } } } }": types.CommentsWalkDeploymentsDocument,
    "query CommentsWalkReaders($d: ID!) { commentReaders(deploymentId: $d, visibility: SHARED) { userId name role } }": types.CommentsWalkReadersDocument,
    "mutation CommentsWalkAdd($input: AddCommentInput!) { addComment(input: $input) { id } }": types.CommentsWalkAddDocument,
    "query CspFirstDeployment { deployments(first: 1) { nodes { id } } }": types.CspFirstDeploymentDocument,
    "query CoordinatorWalkDeployments { deployments(first: 100) { nodes { court { id } } } organizations(first: 100, filter: { kind: COURT }) { nodes { id name } } }": types.CoordinatorWalkDeploymentsDocument,
    "query CoordinatorWalkDeployment($id: ID!) { deployment(id: $id) { wave targetGoLive participatingLeas { name } coordinator { displayName } fieldStaff { displayName } } }": types.CoordinatorWalkDeploymentDocument,
    "query CsvImportCourts { deployments(first: 100) { nodes { court { name } } } }": types.CsvImportCourtsDocument,
    "query CsvImportFresno { deployments(first: 100, filter: { county: [\"Fresno\"] }) { nodes { phase status wave tasks { phase status evidence } } } }": types.CsvImportFresnoDocument,
    "query DefectsCatPlansDeployments { deployments(first: 1, filter: { county: [\"San Diego\"] }) { nodes { id } } }": types.DefectsCatPlansDeploymentsDocument,
    "query DefectsCatPlansDefects($id: ID!) { deployment(id: $id) { defects { id status fixedInBuild } } }": types.DefectsCatPlansDefectsDocument,
    "query DefectsCatPlansTestPlan { testPlan { version cases { key title steps } } }": types.DefectsCatPlansTestPlanDocument,
    "query DefectsCatPlansVersion1 { testPlan(version: 1) { cases { key } } }": types.DefectsCatPlansVersion1Document,
    "query DeploymentsListScreen($filter: DeploymentFilter, $orderBy: DeploymentOrder) {\n  deployments(first: 100, filter: $filter, orderBy: $orderBy) { nodes { court { name } } } }": types.DeploymentsListScreenDocument,
    "query DeploymentsListScreenStaff { assignableStaff { id displayName role } }": types.DeploymentsListScreenStaffDocument,
    "query DraftsWorkstations($a: ID!) { scannerAssessment(id: $a) { workstations { label opticalResolutionDpi photoShas } } }": types.DraftsWorkstationsDocument,
    "query DraftsLiveDeployment { deployments(first: 1, filter: { county: [\"Santa Clara\"] }) { nodes { id } } }": types.DraftsLiveDeploymentDocument,
    "query DraftsIncidents($id: ID!) { deployment(id: $id) { incidents { severity description reportedBy } } }": types.DraftsIncidentsDocument,
    "query DraftsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }": types.DraftsDeploymentOfDocument,
    "query DraftsDefects($id: ID!) { deployment(id: $id) { defects { title status fixedInBuild note } } }": types.DraftsDefectsDocument,
    "query DraftsSignOffs($id: ID!) { testRun(id: $id) { signOffs { party signerName signerRole statement status } } }": types.DraftsSignOffsDocument,
    "query DraftsResponse($id: ID!) { questionnaireResponse(id: $id) { status answers } }": types.DraftsResponseDocument,
    "query FieldVisitTestRun($r: ID!) { testRun(id: $r) { cases { attempts { status photos } } } }": types.FieldVisitTestRunDocument,
    "query FieldVisitScannerAssessment($a: ID!) { scannerAssessment(id: $a) { workstations { label photoShas } } }": types.FieldVisitScannerAssessmentDocument,
    "mutation ProjectionWalkUpdate($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.ProjectionWalkUpdateDocument,
    "mutation ProjectionWalkWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }": types.ProjectionWalkWithdrawDocument,
    "query GraphiqlCounts { deploymentCountsReport { deployments } }": types.GraphiqlCountsDocument,
    "query MailPagesMe { me { timeZone mailPreferences { kind delivery } } }": types.MailPagesMeDocument,
    "query MailPagesDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id } } }": types.MailPagesDeploymentsDocument,
    "mutation MailPagesScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.MailPagesScheduleTrainingDocument,
    "query MailPagesMailbox { mailbox(first: 50) { nodes { id subject toAddress status } } }": types.MailPagesMailboxDocument,
    "query MailPagesDigests { mailbox(first: 50) { nodes { id kind subject toAddress } } }": types.MailPagesDigestsDocument,
    "query MailPagesMessage($id: ID!) { mailMessage(id: $id) { body } }": types.MailPagesMessageDocument,
    "query OfflineCatTestRun($id: ID!) { testRun(id: $id) { cases { attempts { id } } } }": types.OfflineCatTestRunDocument,
    "query OfflineScannerScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label verdict } } }": types.OfflineScannerScannerAssessmentDocument,
    "query PartnerWalkDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id court { id } participatingLeas { id name } } } }": types.PartnerWalkDeploymentsDocument,
    "query PartnerWalkQuestionnaireResponse($id: ID!) { questionnaireResponse(id: $id) { status answers version } }": types.PartnerWalkQuestionnaireResponseDocument,
    "query PartnerWalkCourtSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName signerRole status recordedBy } } }": types.PartnerWalkCourtSignOffsDocument,
    "query PartnerWalkLeaSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName recordedBy } } }": types.PartnerWalkLeaSignOffsDocument,
    "query PartnerWalkLiveDeployments { deployments(first: 20, filter: { status: [LIVE] }) { nodes { id court { id } } } }": types.PartnerWalkLiveDeploymentsDocument,
    "query PartnerWalkIncidents($id: ID!) { deployment(id: $id) { incidents { severity status resolution reportedBy } } }": types.PartnerWalkIncidentsDocument,
    "query PartnerWalkCloseOut($id: ID!) { deployment(id: $id) { status closeOut { approvedBy approverRole recordedBy } } }": types.PartnerWalkCloseOutDocument,
    "query PortfolioCounts {\n  deploymentCountsReport { phase health deployments }\n  goLivesByMonthReport { month planned actual }\n  catRunRatesReport(first: 100) { totalCount nodes { passPercent } }\n  deploymentTimelineReport(first: 100) { totalCount }\n  readinessBlockersReport(first: 20) { totalCount } }": types.PortfolioCountsDocument,
    "query PortfolioDeployments { deployments(first: 1, filter: { phase: [IMPLEMENT] }) { nodes { id } } }": types.PortfolioDeploymentsDocument,
    "mutation PrintReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }": types.PrintReportIncidentDocument,
    "mutation PrintResolveIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status } }": types.PrintResolveIncidentDocument,
    "mutation PrintCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status } }": types.PrintCloseOutDocument,
    "query PrintCourtOf($id: ID!) { deployment(id: $id) { court { name } participatingLeas { name } } }": types.PrintCourtOfDocument,
    "mutation QuestionnaireVersionsPublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }": types.QuestionnaireVersionsPublishDocument,
    "mutation QuestionnaireVersionsRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id } }": types.QuestionnaireVersionsRetireDocument,
    "query QuestionnaireVersionsResponses($id: ID!) {\n  deployment(id: $id) { questionnaireResponses { questionnaireKey status answers questionnaire { version } } } }": types.QuestionnaireVersionsResponsesDocument,
    "query SessionLockAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }": types.SessionLockAssessmentsDocument,
    "query SessionLockLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }": types.SessionLockLocationsDocument,
    "query SharedTabletAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }": types.SharedTabletAssessmentsDocument,
    "query AssigneeWalkMine($dueTo: LocalDate!) {\n  tasksDue(first: 40, filter: { dueTo: $dueTo, mine: true }) { nodes { id number title party kind deploymentId version } }\n}": types.AssigneeWalkMineDocument,
    "mutation AssigneeWalkAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version } }": types.AssigneeWalkAssignDocument,
    "query AssigneeWalkMe { me { id displayName } }": types.AssigneeWalkMeDocument,
    "query TaskFocusHumboldt { deployments(first: 1, filter: { county: [\"Humboldt\"] }) { nodes { id } } }": types.TaskFocusHumboldtDocument,
    "query TrainingControlsVisited { deployments(first: 1) { nodes { id } } }": types.TrainingControlsVisitedDocument,
    "mutation TrainingControlsSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }": types.TrainingControlsScheduleDocument,
    "query TwoTabletsConflictScannerAssessment($id: ID!) { scannerAssessment(id: $id) { notes version } }": types.TwoTabletsConflictScannerAssessmentDocument,
    "query TwoTabletsConflictResolved($id: ID!) {\n      scannerAssessment(id: $id) { notes version }\n      conflicts(first: 10, filter: { entityId: $id }) { nodes { status resolution attempted server createdBy serverUpdatedBy resolvedBy } }\n    }": types.TwoTabletsConflictResolvedDocument,
    "query TwoTabletsTasks($id: ID!) { deployment(id: $id) { tasks { number status } } }": types.TwoTabletsTasksDocument,
    "query TwoTabletsDeploymentNow($id: ID!) {\n    deployment(id: $id) {\n      status phase targetGoLive actualGoLive wave tasks { number dueDate } trainingSessions { trainer } accountRequests { status }\n      defects { fixedInBuild } incidents { status } questionnaireResponses { answers }\n    }\n  }": types.TwoTabletsDeploymentNowDocument,
    "query TwoTabletsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }": types.TwoTabletsDependenciesDocument,
    "mutation TwoTabletsScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }": types.TwoTabletsScheduleTrainingDocument,
    "query TwoTabletsCourtOf($id: ID!) { deployment(id: $id) { court { id } } }": types.TwoTabletsCourtOfDocument,
    "mutation TwoTabletsRequestAccount($input: RequestAccountInput!) { requestAccount(input: $input) { id } }": types.TwoTabletsRequestAccountDocument,
    "mutation TwoTabletsAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }": types.TwoTabletsAdvancePhaseDocument,
    "query TwoTabletsLeas($id: ID!) { deployment(id: $id) { participatingLeas { name } } }": types.TwoTabletsLeasDocument,
    "mutation TwoTabletsReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }": types.TwoTabletsReportIncidentDocument,
    "mutation TwoTabletsPublishQuestionnaire($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id } }": types.TwoTabletsPublishQuestionnaireDocument,
    "mutation TwoTabletsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id } }": types.TwoTabletsStartResponseDocument,
    "query TwoTabletsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }": types.TwoTabletsDeploymentOfDocument,
    "mutation SignIn($i: SignInInput!) { signIn(input: $i) { user { id email role } recoveryCodes } }": types.SignInDocument,
    "fragment WorkstationFields on ScannerWorkstation { id assessmentId deploymentId label make model serialNumber connection drivers opticalResolutionDpi duplex\n  automaticDocumentFeeder colour operatingSystem browser scanProfileSet testScanOutcome photoShas notes verdict\n  missedRequirements { key category } requirementsVersion version updatedBy }": types.WorkstationFieldsFragmentDoc,
    "query CourtLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }": types.CourtLocationsDocument,
    "mutation StartAssessmentFixture($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version status } }": types.StartAssessmentFixtureDocument,
    "mutation RecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { ...WorkstationFields } }": types.RecordWorkstationDocument,
    "mutation UpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { ...WorkstationFields } }": types.UpdateWorkstationDocument,
    "fragment RunFields on TestRun {\n  id purpose environment startedBy planId\n  summary { status total untested passed failed blocked retest notApplicable passPercent openDefects { critical major minor } }\n  cases { status testCase { id key area criticality requiresCarpos } latestAttempt { id status } attempts { id status tester notes } }\n}": types.RunFieldsFragmentDoc,
    "fragment AttemptFields on TestResult { id runId caseId status actualResult notes tester build testedAt photos mutationId recordedBy }": types.AttemptFieldsFragmentDoc,
    "query PlanCases { testPlan { cases { id key title area criticality requiresCarpos } } }": types.PlanCasesDocument,
    "mutation StartRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }": types.StartRunDocument,
    "query ReadRun($id: ID!) { testRun(id: $id) { ...RunFields } }": types.ReadRunDocument,
    "mutation RecordResult($i: RecordTestResultInput!) { recordTestResult(input: $i) { ...AttemptFields } }": types.RecordResultDocument,
    "mutation RecordResults($i: RecordTestResultsInput!) {\n  recordTestResults(input: $i) { applied replayed refused results { mutationId replayed attempt { id caseId status } error { code message details } } }\n}": types.RecordResultsDocument,
    "query Readiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } }": types.ReadinessDocument,
    "mutation CompleteTaskFixture($i: TaskActionInput!) { completeTask(input: $i) { status } }": types.CompleteTaskFixtureDocument,
    "mutation MeetDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }": types.MeetDependencyDocument,
    "mutation SignOffRun($i: SignOffRunInput!) { signOffRun(input: $i) { id party organizationId signerName signerRole statement status staleBecause runStatusAtSigning recordedBy } }": types.SignOffRunDocument,
    "query RunParties($id: ID!) { testRun(id: $id) { deployment { court { id } participatingLeas { id } } } }": types.RunPartiesDocument,
    "query CourtOf($id: ID!) { deployment(id: $id) { court { id } } }": types.CourtOfDocument,
    "mutation RaiseDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id status severity version runId attempts { id status } } }": types.RaiseDefectDocument,
    "mutation UpdateDefect($i: UpdateDefectInput!) { updateDefect(input: $i) { id status note fixedInBuild version attempts { id status } } }": types.UpdateDefectDocument,
    "mutation GoLive($i: GoLiveInput!) { goLive(input: $i) { id status phase actualGoLive phaseEnteredOn version tasks { key status completedOn evidence } } }": types.GoLiveDocument,
    "mutation ScheduleTrainingFixture($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }": types.ScheduleTrainingFixtureDocument,
    "mutation TrainingHeldFixture($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id status } }": types.TrainingHeldFixtureDocument,
    "mutation StartResponseFixture($i: StartResponseInput!) { startResponse(input: $i) { id version } }": types.StartResponseFixtureDocument,
    "mutation SubmitResponseFixture($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }": types.SubmitResponseFixtureDocument,
    "mutation AcceptResponseFixture($i: ReviewResponseInput!) { acceptResponse(input: $i) { id status } }": types.AcceptResponseFixtureDocument,
    "query OrganizationsOf($county: String) { organizations(first: 10, filter: { county: $county }) { nodes { id kind name } } }": types.OrganizationsOfDocument,
    "fragment DeploymentFields on Deployment {\n  id version phase status targetGoLive phaseEnteredOn\n  court { name county ccporProfile }\n  participatingLeas { name }\n  health { status daysToGoLive reasons { code count message } }\n  phasesWithShortWindows\n  tasksPastDueAtCreation { number }\n  tasks { id number key title phase status dueDate pinned pastDueAtCreation offsetDays version evidence completedOn }\n  dependencies { id kind status dueDate waitingOn daysWaiting note version }\n}": types.DeploymentFieldsFragmentDoc,
    "mutation CreateDeploymentFixture($input: CreateDeploymentInput!) { createDeployment(input: $input) { ...DeploymentFields } }": types.CreateDeploymentFixtureDocument,
    "query VersionsOf($id: ID!) { deployment(id: $id) { id version tasks { id version } dependencies { id version } } }": types.VersionsOfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoleMatrixCourt { organizations(first: 1, filter: { kind: COURT }) { nodes { id } } }"): typeof import('./graphql').RoleMatrixCourtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoleMatrixCreateToken { createApiToken(input: { name: \"matrix token\" }) { token } }"): typeof import('./graphql').RoleMatrixCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id } }"): typeof import('./graphql').ScopingUpdateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }"): typeof import('./graphql').ScopingAssignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingDeployment($id: ID!) { deployment(id: $id) { id } }"): typeof import('./graphql').ScopingDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingOrganization($id: ID!) { organization(id: $id) { id } }"): typeof import('./graphql').ScopingOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingOrganizations { organizations(first: 100) { totalCount nodes { name } } }"): typeof import('./graphql').ScopingOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingTasksDue { tasksDue(first: 100, filter: { dueTo: \"2027-12-31\" }) { totalCount nodes { deployment { court { county } } } } }"): typeof import('./graphql').ScopingTasksDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }"): typeof import('./graphql').ScopingStartTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').ScopingCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingContacts { organizations(first: 1) { nodes { name contacts { name title email phone } } } }"): typeof import('./graphql').ScopingContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingList { deployments(first: 100) { totalCount nodes { id court { county } } } }"): typeof import('./graphql').ScopingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountRequestFields on AccountRequest { id status ccporRole sealedOrders email rejectionReason version organization { kind } }"): typeof import('./graphql').AccountRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountRequestsRequest($i: RequestAccountInput!) { requestAccount(input: $i) { ...AccountRequestFields } }"): typeof import('./graphql').AccountRequestsRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountRequestsChange($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { ...AccountRequestFields } }"): typeof import('./graphql').AccountRequestsChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountRequestsProgress($id: ID!) { deployment(id: $id) {\n  tasks { key status evidence } dependencies { kind status } accountRequests { id status } } }"): typeof import('./graphql').AccountRequestsProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTokensOverview($f: ApiTokenFilter, $after: String) {\n  apiTokens(first: 2, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } nodes { id name prefix createdAt lastUsedAt revokedAt owner { id email role } } }\n}"): typeof import('./graphql').AdminTokensOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTokensCreate($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }"): typeof import('./graphql').AdminTokensCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTokensRevoke($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id revokedAt } }"): typeof import('./graphql').AdminTokensRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTokensCount { deployments(first: 1) { totalCount } }"): typeof import('./graphql').AdminTokensCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTokensRevocations { auditEvents(first: 5, filter: { operation: \"API_TOKEN_REVOKED\" }) { nodes { actor role after } } }"): typeof import('./graphql').AdminTokensRevocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditFiltersAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { kind actor operation entityType entityId } } }"): typeof import('./graphql').AuditFiltersAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditFiltersStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }"): typeof import('./graphql').AuditFiltersStartTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditWritePathEvents($f: AuditEventFilter, $after: String) {\n  auditEvents(first: 100, after: $after, filter: $f) { pageInfo { hasNextPage endCursor } nodes { kind actor operation entityType entityId before after } }\n}"): typeof import('./graphql').AuditWritePathEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CatPlanDraftFields on TestPlanDraft {\n  id basedOnVersion name version updatedBy cases { key title area preconditions steps expectedResult criticality requiresCarpos } }"): typeof import('./graphql').CatPlanDraftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatPlanDraftsStart($i: StartTestPlanDraftInput!) { startTestPlanDraft(input: $i) { ...CatPlanDraftFields } }"): typeof import('./graphql').CatPlanDraftsStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatPlanDraftsSave($i: SaveTestPlanDraftInput!) { saveTestPlanDraft(input: $i) { ...CatPlanDraftFields } }"): typeof import('./graphql').CatPlanDraftsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatPlanDraftsPublish($i: TestPlanDraftActionInput!) {\n  publishTestPlanDraft(input: $i) { id version name publishedAt cases { key title steps position } } }"): typeof import('./graphql').CatPlanDraftsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatPlanDraftsDiscard($i: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $i) }"): typeof import('./graphql').CatPlanDraftsDiscardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatPlanDraftsDraftId { testPlanDraft { id } }"): typeof import('./graphql').CatPlanDraftsDraftIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatPlanDraftsPlanVersions { testPlans { version } }"): typeof import('./graphql').CatPlanDraftsPlanVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatPlanDraftsPublishedPlan { testPlan { id version cases { key } } }"): typeof import('./graphql').CatPlanDraftsPublishedPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatPlanDraftsDraftName { testPlanDraft { name } }"): typeof import('./graphql').CatPlanDraftsDraftNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatPlanDraftsRunPlan($id: ID!) { testRun(id: $id) { planId } }"): typeof import('./graphql').CatPlanDraftsRunPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatPlanDraftsPlanVersion1 { testPlan(version: 1) { cases { key } } }"): typeof import('./graphql').CatPlanDraftsPlanVersion1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatRunsStartTestRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }"): typeof import('./graphql').CatRunsStartTestRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatRunsTestPlans { testPlans { version publishedAt cases { key area criticality requiresCarpos steps expectedResult preconditions } } }"): typeof import('./graphql').CatRunsTestPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatRunsTestPlan { testPlan(version: 9) { id } }"): typeof import('./graphql').CatRunsTestPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatRunsDeployment($id: ID!) { deployment(id: $id) { testRuns { id } } }"): typeof import('./graphql').CatRunsDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatRunsRecordTestResults($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied } }"): typeof import('./graphql').CatRunsRecordTestResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatRunsPage($id: ID!) { deployment(id: $id) { testRuns { summary { status passPercent } cases { status attempts { id } latestAttempt { id } testCase { key } } } } }"): typeof import('./graphql').CatRunsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatWalkthroughDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields closeOut { approvedBy approvedOn } } }"): typeof import('./graphql').CatWalkthroughDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatWalkthroughDeployment2($id: ID!) { deployment(id: $id) { readiness { status blockers { code } } } }"): typeof import('./graphql').CatWalkthroughDeployment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatWalkthroughRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }"): typeof import('./graphql').CatWalkthroughRequestAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatWalkthroughTestRun($id: ID!) { testRun(id: $id) { signOffs { party status staleBecause } } }"): typeof import('./graphql').CatWalkthroughTestRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CatWalkthroughReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id status version } }"): typeof import('./graphql').CatWalkthroughReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentsFields on Comment { id subjectType subjectId visibility body authorName editedAt version mentions { userId name } revisions { body replacedBy } }"): typeof import('./graphql').CommentsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentsAdd($i: AddCommentInput!) { addComment(input: $i) { ...CommentsFields } }"): typeof import('./graphql').CommentsAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentsEdit($i: EditCommentInput!) { editComment(input: $i) { ...CommentsFields } }"): typeof import('./graphql').CommentsEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsThread($deploymentId: ID!, $taskId: ID, $dependencyId: ID) {\n  comments(deploymentId: $deploymentId, taskId: $taskId, dependencyId: $dependencyId) { ...CommentsFields }\n}"): typeof import('./graphql').CommentsThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsReaders($deploymentId: ID!, $visibility: CommentVisibility!) { commentReaders(deploymentId: $deploymentId, visibility: $visibility) { userId name role } }"): typeof import('./graphql').CommentsReadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsNotifications { notifications(first: 50) { unreadCount items { kind summary deploymentId actor } } }"): typeof import('./graphql').CommentsNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentsDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status note version } }"): typeof import('./graphql').CommentsDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } tasks { id } } }"): typeof import('./graphql').CommentsDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType } } }"): typeof import('./graphql').CommentsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmIdentityAgain($i: ConfirmIdentityInput!) { confirmIdentity(input: $i) }"): typeof import('./graphql').ConfirmIdentityAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }"): typeof import('./graphql').ConfirmChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmStartMfa { startMfaEnrolment(input: {}) { secret } }"): typeof import('./graphql').ConfirmStartMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmMfaCodes($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }"): typeof import('./graphql').ConfirmMfaCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmCreateToken($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name } } }"): typeof import('./graphql').ConfirmCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }"): typeof import('./graphql').ConfirmSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConfirmMyTokens { myApiTokens { id } }"): typeof import('./graphql').ConfirmMyTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConfirmSecurityEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { nodes { actor after entityId } } }"): typeof import('./graphql').ConfirmSecurityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmResetPassword($i: UserActionInput!) { resetPassword(input: $i) { url expiresAt } }"): typeof import('./graphql').ConfirmResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }"): typeof import('./graphql').ConfirmCompleteResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }"): typeof import('./graphql').ConfirmUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourtProfileCourt($id: ID!) { organization(id: $id) { id ccporProfile version updatedBy } }"): typeof import('./graphql').CourtProfileCourtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CourtProfileSet($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { id ccporProfile version } }"): typeof import('./graphql').CourtProfileSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourtProfileDependencies($id: ID!) { deployment(id: $id) { dependencies { id kind status note version } } }"): typeof import('./graphql').CourtProfileDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CourtProfileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').CourtProfileUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourtProfileSignOffs($id: ID!) { testRun(id: $id) { signOffs { party status } } }"): typeof import('./graphql').CourtProfileSignOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourtProfileAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation entityType actor } } }"): typeof import('./graphql').CourtProfileAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreateDeploymentDeployments { deployments(first: 100) { totalCount } }"): typeof import('./graphql').CreateDeploymentDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment2($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeployment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment3($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeployment3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment4($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeployment4Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment5($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeployment5Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment6($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeployment6Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentCreateDeployment7($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').CreateDeploymentCreateDeployment7Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreateDeploymentDeployments2 { deployments(first: 1, filter: { county: [\"Fresno\"] }) { nodes { id } } }"): typeof import('./graphql').CreateDeploymentDeployments2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreateDeploymentDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }"): typeof import('./graphql').CreateDeploymentDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CreateDeploymentDeployment2 { deployment(id: \"0d3b1a51-0000-4000-8000-000000000000\") { id } }"): typeof import('./graphql').CreateDeploymentDeployment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id meetingOn } }"): typeof import('./graphql').BoundedMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id exchangedOn } }"): typeof import('./graphql').BoundedDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id reportedAt } }"): typeof import('./graphql').BoundedIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id scheduledOn version } }"): typeof import('./graphql').BoundedTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id heldOn } }"): typeof import('./graphql').BoundedTrainingHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').BoundedDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BoundedMove($i: MoveTaskInput!) { moveTask(input: $i) { id dueDate } }"): typeof import('./graphql').BoundedMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefectsOfRun($id: ID!) { testRun(id: $id) { defects { id } cases { attempts { id defects { id } } } } }"): typeof import('./graphql').DefectsOfRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefectsRunDeployment($id: ID!) { testRun(id: $id) { deployment { id } } }"): typeof import('./graphql').DefectsRunDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDeploymentIds { deployments(first: 50) { nodes { id } } }"): typeof import('./graphql').DemoDeploymentIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoDeployment($id: ID!) {\n  deployment(id: $id) {\n      id status phase actualGoLive targetGoLive court { name }\n      health { status reasons { code } }\n      readiness { status blockers { code what } }\n      tasks { key number phase status }\n      trainingSessions { status heldOn }\n      testRuns { purpose summary { status passed failed } cases { status attempts { id } } }\n      defects { status severity }\n      questionnaireResponses { questionnaireKey status }\n  }\n}"): typeof import('./graphql').DemoDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentImportPreviewDeploymentImport($csv: String!) { previewDeploymentImport(csv: $csv) {\n  validCount invalidCount rows { line court courtId courtName targetGoLive phase status wave leaNames problems { field message } } } }"): typeof import('./graphql').DeploymentImportPreviewDeploymentImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeploymentImportImportDeployments($i: ImportDeploymentsInput!) { importDeployments(input: $i) {\n  created { ...DeploymentFields actualGoLive wave } skipped { line court problems { field message } } } }"): typeof import('./graphql').DeploymentImportImportDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentImportLive($id: ID!) { deployment(id: $id) {\n  dependencies { status metOn } tasks { key status evidence } health { status reasons { code } } readiness { status blockers { code } } } }"): typeof import('./graphql').DeploymentImportLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentImportBlockers { readinessBlockersReport(first: 100) { nodes { deploymentId } } }"): typeof import('./graphql').DeploymentImportBlockersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentImportDeployments { deployments(first: 100) { totalCount } }"): typeof import('./graphql').DeploymentImportDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListPage($first: Int!, $after: String, $filter: DeploymentFilter) {\n  deployments(first: $first, after: $after, filter: $filter) {\n    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    nodes { id targetGoLive wave court { county } health { status } } } }"): typeof import('./graphql').DeploymentsListPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListWithTasks($first: Int!) { deployments(first: $first) { totalCount nodes {\n      court { name } participatingLeas { name } health { status reasons { code } }\n      tasks { number status prerequisites { number } } dependencies { kind daysWaiting } nextDueTasks { number } } } }"): typeof import('./graphql').DeploymentsListWithTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListTasksDueBefore { tasksDue(first: 100, filter: { dueTo: \"2026-10-31\" }) { totalCount nodes { number dueDate deployment { court { county } } } } }"): typeof import('./graphql').DeploymentsListTasksDueBeforeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListTasksDueInJanuary { tasksDue(first: 100, filter: { dueFrom: \"2027-01-01\", dueTo: \"2027-01-20\", party: [CCPOR_TEAM] }) { totalCount nodes { number dueDate } } }"): typeof import('./graphql').DeploymentsListTasksDueInJanuaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListFind($first: Int!, $after: String, $filter: DeploymentFilter, $orderBy: DeploymentOrder) {\n  deployments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    nodes { id targetGoLive court { name county } health { status } } } }"): typeof import('./graphql').DeploymentsListFindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeploymentsListAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }"): typeof import('./graphql').DeploymentsListAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListReadyDependencies($id: ID!) { deployment(id: $id) { dependencies { id version } } }"): typeof import('./graphql').DeploymentsListReadyDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeploymentsListReopenDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }"): typeof import('./graphql').DeploymentsListReopenDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectionUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status waitedOn waitedSince metOn } }"): typeof import('./graphql').ProjectionUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectionWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }"): typeof import('./graphql').ProjectionWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoLiveProjectionOf($id: ID!) { deployment(id: $id) { id goLiveProjection {\n  targetGoLive projectedReadyOn atRisk daysLate reasons { kind message party medianDays sampleSize readyOn dependencyId taskId } } } }"): typeof import('./graphql').GoLiveProjectionOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectionList($withProjection: Boolean!) { deployments(first: 50) { nodes { id\n  goLiveProjection @include(if: $withProjection) { atRisk projectedReadyOn } } } }"): typeof import('./graphql').ProjectionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectionAtRiskReport($first: Int) { goLivesAtRiskReport(first: $first) { totalCount nodes {\n  deploymentId courtName county targetGoLive projectedReadyOn daysLate party medianDays sampleSize reasons } } }"): typeof import('./graphql').ProjectionAtRiskReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthOfDeployment($id: ID!) { deployment(id: $id) { health { status daysToGoLive reasons { code count } } } }"): typeof import('./graphql').HealthOfDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthAtRiskCount { deployments(first: 10, filter: { health: [AT_RISK] }) { totalCount } }"): typeof import('./graphql').HealthAtRiskCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').HealthCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id } }"): typeof import('./graphql').HealthUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthDependencyWaits($id: ID!) { deployment(id: $id) { health { status } dependencies { kind waitingOn daysWaiting } } }"): typeof import('./graphql').HealthDependencyWaitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthDependencyDates($id: ID!) { deployment(id: $id) { dependencies { dueDate } } }"): typeof import('./graphql').HealthDependencyDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthOfList($f: DeploymentFilter) { deployments(first: 100, filter: $f) { nodes { id health { reasons { code count } } } } }"): typeof import('./graphql').HealthOfListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthChangeStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }"): typeof import('./graphql').HealthChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HostileTaskFields on Task { id number status reason version }"): typeof import('./graphql').HostileTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HostileMeetingFields on Meeting { id title notes attendees meetingOn }"): typeof import('./graphql').HostileMeetingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HostileDependencyFields on Dependency { id kind status note owner externalReference version }"): typeof import('./graphql').HostileDependencyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...HostileTaskFields } }"): typeof import('./graphql').HostileWaiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileTasks($id: ID!) { deployment(id: $id) { tasks { ...HostileTaskFields } } }"): typeof import('./graphql').HostileTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { ...HostileMeetingFields } }"): typeof import('./graphql').HostileRecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileMeetings($id: ID!) { deployment(id: $id) { meetings { ...HostileMeetingFields } } }"): typeof import('./graphql').HostileMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { ...HostileDependencyFields } }"): typeof import('./graphql').HostileUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileDependencies($id: ID!) { deployment(id: $id) { dependencies { ...HostileDependencyFields } } }"): typeof import('./graphql').HostileDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email displayName } } }"): typeof import('./graphql').HostileCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileUsers($n: Int!, $s: String) { users(first: $n, filter: { search: $s }) { totalCount nodes { email displayName } } }"): typeof import('./graphql').HostileUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileDeployments($n: Int!) { deployments(first: $n) { totalCount } }"): typeof import('./graphql').HostileDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileChanges($id: ID!) { auditEvents(first: 100, filter: { entityId: $id, kind: CHANGE }) { nodes { operation } } }"): typeof import('./graphql').HostileChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id targetGoLive } }"): typeof import('./graphql').HostileCreateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { id } }"): typeof import('./graphql').HostileMoveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncidentsReport($i: ReportIncidentInput!) { reportIncident(input: $i) { id status severity version reportedBy } }"): typeof import('./graphql').IncidentsReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncidentsUpdate($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status severity resolution resolvedAt version } }"): typeof import('./graphql').IncidentsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IncidentsCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status version } }"): typeof import('./graphql').IncidentsCloseOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsOfDeployment($id: ID!) { deployment(id: $id) { incidents { id } } }"): typeof import('./graphql').IncidentsOfDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsCloseOutRecord($id: ID!) { deployment(id: $id) { closeOut { approvedBy approverRole statement } tasks { key status } } }"): typeof import('./graphql').IncidentsCloseOutRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LifecycleTemplateTaskFields on TemplateTask { key title phase party kind offsetDays required prerequisiteNumbers }"): typeof import('./graphql').LifecycleTemplateTaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTemplateVersions { lifecycleTemplates { id version name publishedAt deploymentCount } }"): typeof import('./graphql').LifecycleTemplateVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleTemplateCreateDraft($i: CreateLifecycleTemplateDraftInput!) {\n  createLifecycleTemplateDraft(input: $i) { id version name publishedAt tasks { number ...LifecycleTemplateTaskFields } } }"): typeof import('./graphql').LifecycleTemplateCreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleTemplateSaveDraft($i: SaveLifecycleTemplateDraftInput!) {\n  saveLifecycleTemplateDraft(input: $i) { id name publishedAt tasks { number lane ...LifecycleTemplateTaskFields } } }"): typeof import('./graphql').LifecycleTemplateSaveDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleTemplatePublish($i: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $i) { id version publishedAt } }"): typeof import('./graphql').LifecycleTemplatePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTemplateDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { key } } }"): typeof import('./graphql').LifecycleTemplateDeploymentTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTemplateCurrent { currentLifecycleTemplate { version } }"): typeof import('./graphql').LifecycleTemplateCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleTemplateDraftTasks($id: ID!) { lifecycleTemplate(id: $id) { name tasks { key } } }"): typeof import('./graphql').LifecycleTemplateDraftTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DigestScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').DigestScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DigestSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }"): typeof import('./graphql').DigestSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DigestMe { me { id version } }"): typeof import('./graphql').DigestMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DigestTasks($id: ID!) { deployment(id: $id) { tasks { number title party status dueDate } } }"): typeof import('./graphql').DigestTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DigestMailbox { mailbox(first: 100) { nodes { kind toAddress subject status } } }"): typeof import('./graphql').DigestMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DurableScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').DurableScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DurableMailbox { mailbox(first: 100) { nodes { messageId toAddress status attempts } } }"): typeof import('./graphql').DurableMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsAddComment($i: AddCommentInput!) { addComment(input: $i) { id version } }"): typeof import('./graphql').KindsAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsEditComment($i: EditCommentInput!) { editComment(input: $i) { id version } }"): typeof import('./graphql').KindsEditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }"): typeof import('./graphql').KindsReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsUpdateIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id version } }"): typeof import('./graphql').KindsUpdateIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsReschedule($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { reschedule { id } deployment { version } } }"): typeof import('./graphql').KindsRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsUndoReschedule($i: UndoRescheduleInput!) { undoReschedule(input: $i) { deployment { version } } }"): typeof import('./graphql').KindsUndoRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }"): typeof import('./graphql').KindsAssignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindsDependencies($id: ID!) { deployment(id: $id) { dependencies { id title dueDate version } } }"): typeof import('./graphql').KindsDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status } }"): typeof import('./graphql').KindsUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsAssignTask($i: AssignTaskInput!) { assignTask(input: $i) { id version assignee { id } } }"): typeof import('./graphql').KindsAssignTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindsMailbox { mailbox(first: 100) { nodes { kind toAddress status } } }"): typeof import('./graphql').KindsMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }"): typeof import('./graphql').KindsStartResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }"): typeof import('./graphql').KindsSubmitResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version } }"): typeof import('./graphql').KindsSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindsMe { me { id version } }"): typeof import('./graphql').KindsMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { id version } }"): typeof import('./graphql').KindsUpdateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KindsHeldForDigest { mailbox(first: 100, filter: { status: IN_DIGEST }) { nodes { kind toAddress subject } } }"): typeof import('./graphql').KindsHeldForDigestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KindsReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { id version } }"): typeof import('./graphql').KindsReturnResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').MailScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailMailbox($first: Int!, $after: String, $filter: MailboxFilter) {\n  mailbox(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id messageId kind toAddress subject body link status attempts lastError sentAt } }\n}"): typeof import('./graphql').MailMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailSettings($i: UpdateMyMailSettingsInput!) { updateMyMailSettings(input: $i) { id version timeZone mailPreferences { kind delivery } } }"): typeof import('./graphql').MailSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailMe { me { id version timeZone mailPreferences { kind delivery } } }"): typeof import('./graphql').MailMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailUnsubscribe($i: UnsubscribeMailInput!) { unsubscribeMail(input: $i) { kinds digest } }"): typeof import('./graphql').MailUnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedRunRates { catRunRatesReport(first: 100) { totalCount nodes { runId status total passed failed blocked untested } } }"): typeof import('./graphql').MaintainedRunRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedBlockers($county: [String!]) { readinessBlockersReport(filter: { county: $county }, first: 100) {\n  totalCount nodes { deploymentId code what why recordType recordId party daysOpen } } }"): typeof import('./graphql').MaintainedBlockersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').MaintainedWaitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }"): typeof import('./graphql').MaintainedRequestAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedChangeAccount($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { version } }"): typeof import('./graphql').MaintainedChangeAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedUpdateLeas($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { version } }"): typeof import('./graphql').MaintainedUpdateLeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedDependencies($id: ID!) { deployment(id: $id) { id dependencies { id status } } }"): typeof import('./graphql').MaintainedDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedCourt($id: ID!) { organization(id: $id) { version } }"): typeof import('./graphql').MaintainedCourtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedSetProfile($i: SetCourtProfileInput!) { setCourtProfile(input: $i) { version } }"): typeof import('./graphql').MaintainedSetProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedHealthOf($id: ID!) { deployment(id: $id) { id health { status }\n  tasks { id version status dueDate } dependencies { id version status dueDate } } }"): typeof import('./graphql').MaintainedHealthOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedHealthReports($county: [String!]) {\n  deploymentCountsReport(filter: { county: $county }) { health deployments }\n  deploymentTimelineReport(filter: { county: $county }, first: 100) { totalCount nodes { deploymentId health overdueTasks overdueDependencies oldestOverdue } } }"): typeof import('./graphql').MaintainedHealthReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MaintainedPortfolioCounts($f: ReportFilter) {\n  deploymentCountsReport(filter: $f) { phase status health deployments } goLivesByMonthReport(filter: $f) { month planned actual }\n  overdueTasksReport(filter: $f) { party phase tasks deployments maxDaysOverdue } }"): typeof import('./graphql').MaintainedPortfolioCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate } }"): typeof import('./graphql').MaintainedMoveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MaintainedCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').MaintainedCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachmentsRecordDocument($input: RecordDocumentInput!) { recordDocument(input: $input) {\n  id title attachments { sha256 fileName contentType size } } }"): typeof import('./graphql').AttachmentsRecordDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachmentsRecordMeeting($input: RecordMeetingInput!) { recordMeeting(input: $input) {\n  id attachments { sha256 fileName } } }"): typeof import('./graphql').AttachmentsRecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AttachmentsRecords($id: ID!) { deployment(id: $id) {\n  documents { title attachments { sha256 fileName } } meetings { title attachments { sha256 fileName } } } }"): typeof import('./graphql').AttachmentsRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NothingPublishedCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id } }"): typeof import('./graphql').NothingPublishedCreateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NothingPublishedLifecycleDraft($i: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $i) { id } }"): typeof import('./graphql').NothingPublishedLifecycleDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NothingPublishedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }"): typeof import('./graphql').NothingPublishedStartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NothingPublishedScannerRequirements { scannerRequirements { version } }"): typeof import('./graphql').NothingPublishedScannerRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsFeed($first: Int) { notifications(first: $first) { unreadCount readUpTo items { id kind at deploymentId courtName summary actor unread } } }"): typeof import('./graphql').NotificationsFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsMarkRead($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { readUpTo } }"): typeof import('./graphql').NotificationsMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsStartTask($i: TaskActionInput!) { startTask(input: $i) { id status } }"): typeof import('./graphql').NotificationsStartTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }"): typeof import('./graphql').NotificationsAssignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }"): typeof import('./graphql').NotificationsRecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationsScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').NotificationsScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarFeedCreate($input: MutationIdInput!) { createCalendarFeed(input: $input) { path feed { id createdAt } } }"): typeof import('./graphql').CalendarFeedCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarFeedMine { myCalendarFeed { id } }"): typeof import('./graphql').CalendarFeedMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CalendarFeedRevoke($input: MutationIdInput!) { revokeCalendarFeed(input: $input) }"): typeof import('./graphql').CalendarFeedRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnSiteCaptureProgress($id: ID!) { deployment(id: $id) {\n  tasks { id key status evidence version } dependencies { kind status metOn }\n  scannerSummary { assessed meeting toConfigure toReplace } } }"): typeof import('./graphql').OnSiteCaptureProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OnSiteResponseFields on QuestionnaireResponse { id status version reviewComment }"): typeof import('./graphql').OnSiteResponseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').OnSiteCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...OnSiteResponseFields } }"): typeof import('./graphql').OnSiteStartResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...OnSiteResponseFields } }"): typeof import('./graphql').OnSiteSaveResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...OnSiteResponseFields } }"): typeof import('./graphql').OnSiteSubmitResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...OnSiteResponseFields } }"): typeof import('./graphql').OnSiteReturnResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...OnSiteResponseFields } }"): typeof import('./graphql').OnSiteAcceptResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteCompleteAssessment($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { status } }"): typeof import('./graphql').OnSiteCompleteAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteResolveConflict($i: ResolveConflictInput!) { resolveConflict(input: $i) { status resolvedVersion } }"): typeof import('./graphql').OnSiteResolveConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }"): typeof import('./graphql').OnSiteRequestAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteChangeAccountRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status version } }"): typeof import('./graphql').OnSiteChangeAccountRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }"): typeof import('./graphql').OnSiteScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OnSiteRecordTrainingHeld($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { status } }"): typeof import('./graphql').OnSiteRecordTrainingHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnSiteAssessmentWorkstations($id: ID!) { scannerAssessment(id: $id) { workstations { id drivers notes version } } }"): typeof import('./graphql').OnSiteAssessmentWorkstationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OnSiteConflictHistory($id: ID!) { conflicts(filter: { entityId: $id }) { nodes { status resolution attempted server resolvedValues resolvedBy } } }"): typeof import('./graphql').OnSiteConflictHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersistedPhaseCounts { deploymentCountsReport { phase status health deployments } }"): typeof import('./graphql').PersistedPhaseCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersistedWhoAmI { me { id } }"): typeof import('./graphql').PersistedWhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersistedGoLiveMonths { goLivesByMonthReport { month planned actual } }"): typeof import('./graphql').PersistedGoLiveMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PersistedCreateToken { createApiToken(input: { name: \"Power Query\" }) { token } }"): typeof import('./graphql').PersistedCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreparedPhaseCounts($filter: ReportFilter) { deploymentCountsReport(filter: $filter) { phase status deployments } }"): typeof import('./graphql').PreparedPhaseCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductionSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }"): typeof import('./graphql').ProductionSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionSchemaName { __schema { queryType { name } } }"): typeof import('./graphql').ProductionSchemaNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductionDeploymentCount { deployments(first: 1) { totalCount } }"): typeof import('./graphql').ProductionDeploymentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishRequirements($i: PublishScannerRequirementsInput!) { publishScannerRequirements(input: $i) { version publishedBy requirements { key category minimum anyOf } } }"): typeof import('./graphql').PublishRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishRequirementsCurrent($v: Int) { scannerRequirements(version: $v) { version requirements { key category description fact operator minimum anyOf } } }"): typeof import('./graphql').PublishRequirementsCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishRequirementsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }"): typeof import('./graphql').PublishRequirementsDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueryLimitsSignIn($i: SignInInput!) { signIn(input: $i) { user { id } } }"): typeof import('./graphql').QueryLimitsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryLimitsDeploymentsPage($n: Int!) { deployments(first: $n) { totalCount nodes { id } } }"): typeof import('./graphql').QueryLimitsDeploymentsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryLimitsOrganizationsPage($n: Int!) { organizations(first: $n) { totalCount nodes { id } } }"): typeof import('./graphql').QueryLimitsOrganizationsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueryLimitsUsersPage($n: Int!) { users(first: $n) { totalCount } }"): typeof import('./graphql').QueryLimitsUsersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QuestionnaireResponseFields on QuestionnaireResponse {\n  id status answers version reviewComment submittedBy reviewedBy taskId filledOnSite questionnaire { key version } }"): typeof import('./graphql').QuestionnaireResponseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireStartResponse($i: StartResponseInput!) { startResponse(input: $i) { ...QuestionnaireResponseFields } }"): typeof import('./graphql').QuestionnaireStartResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireSaveResponse($i: SaveResponseInput!) { saveResponse(input: $i) { ...QuestionnaireResponseFields } }"): typeof import('./graphql').QuestionnaireSaveResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireSubmitResponse($i: SubmitResponseInput!) { submitResponse(input: $i) { ...QuestionnaireResponseFields } }"): typeof import('./graphql').QuestionnaireSubmitResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireAcceptResponse($i: ReviewResponseInput!) { acceptResponse(input: $i) { ...QuestionnaireResponseFields } }"): typeof import('./graphql').QuestionnaireAcceptResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireReturnResponse($i: ReviewResponseInput!) { returnResponse(input: $i) { ...QuestionnaireResponseFields } }"): typeof import('./graphql').QuestionnaireReturnResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireDeploymentTasks($id: ID!) { deployment(id: $id) { tasks { id key status evidence version } } }"): typeof import('./graphql').QuestionnaireDeploymentTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnairePublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { key version taskKey questions { key } } }"): typeof import('./graphql').QuestionnairePublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnairesSeeded { questionnaires { key version title taskKey questions { key type required unit min max choices { value } visibleWhen { questionKey equals } questions { key type } } } }"): typeof import('./graphql').QuestionnairesSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireUnknownVersion { questionnaire(key: \"SCOPE\", version: 7) { id } }"): typeof import('./graphql').QuestionnaireUnknownVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').QuestionnaireCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireResponseById($id: ID!) { questionnaireResponse(id: $id) { id } }"): typeof import('./graphql').QuestionnaireResponseByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireTrainingVersion1 { questionnaire(key: \"TRAINING\", version: 1) { questions { key } } }"): typeof import('./graphql').QuestionnaireTrainingVersion1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id version retiredAt retiredBy } }"): typeof import('./graphql').QuestionnaireRetireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnairePublishVersion($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }"): typeof import('./graphql').QuestionnairePublishVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireRetireAudit($entityId: ID!) { auditEvents(first: 10, filter: { entityId: $entityId }) { nodes { operation entityType after } } }"): typeof import('./graphql').QuestionnaireRetireAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadinessGoLiveWait($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').ReadinessGoLiveWaitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadinessWaitOnDoj($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').ReadinessWaitOnDojDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadinessGoLiveDeploymentReadiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status } }"): typeof import('./graphql').ReadinessGoLiveDeploymentReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadinessGoLivePage($county: [String!]) { deployments(first: 10, filter: { county: $county }) { nodes { id readiness { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } } } }"): typeof import('./graphql').ReadinessGoLivePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadinessGoLiveDeployment($id: ID!) { deployment(id: $id) { status phase version tasks { key status } } }"): typeof import('./graphql').ReadinessGoLiveDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadinessGoLiveChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status version } }"): typeof import('./graphql').ReadinessGoLiveChangeDeploymentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadinessGoLiveRescheduleGoLive($i: RescheduleGoLiveInput!) { rescheduleGoLive(input: $i) { toGoLive } }"): typeof import('./graphql').ReadinessGoLiveRescheduleGoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadinessGoLiveReopenTask($i: TaskActionInput!) { reopenTask(input: $i) { status } }"): typeof import('./graphql').ReadinessGoLiveReopenTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadinessGoLiveTasks($id: ID!) { deployment(id: $id) { version tasks { id number key phase status reason version } } }"): typeof import('./graphql').ReadinessGoLiveTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id version } }"): typeof import('./graphql').ReplayCreateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { id status waitingOn version updatedBy } }"): typeof import('./graphql').ReplayUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplayDeploymentCount { deployments(first: 1) { totalCount } }"): typeof import('./graphql').ReplayDeploymentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').ReplayCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplayDependencies($id: ID!) { deployment(id: $id) { dependencies { id status version } } }"): typeof import('./graphql').ReplayDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplayPlanCases { testPlan { cases { id requiresCarpos } } }"): typeof import('./graphql').ReplayPlanCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }"): typeof import('./graphql').ReplayStartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplaySync($i: RecordTestResultsInput!) { recordTestResults(input: $i) { applied replayed refused } }"): typeof import('./graphql').ReplaySyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplayAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { version } }"): typeof import('./graphql').ReplayAssignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplayDeploymentVersion($id: ID!) { deployment(id: $id) { version } }"): typeof import('./graphql').ReplayDeploymentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').ReportsUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsReadinessBlockers($id: ID!) { deploymentReadiness(deploymentId: $id) {\n  blockers { code what why recordType recordId party daysOpen } } }"): typeof import('./graphql').ReportsReadinessBlockersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsCreateToken { createApiToken(input: { name: \"Power Query\" }) { token } }"): typeof import('./graphql').ReportsCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsOwnScannerInventory { scannerInventory { make workstations } }"): typeof import('./graphql').ReportsOwnScannerInventoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsOverdueBackwards { overdueTasksReport(filter: { goLiveFrom: \"2027-05-01\", goLiveTo: \"2027-01-01\" }) { tasks } }"): typeof import('./graphql').ReportsOverdueBackwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsCaseRatesPage($first: Int, $after: String) { catCaseRatesReport(first: $first, after: $after) { totalCount } }"): typeof import('./graphql').ReportsCaseRatesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsRunPassPercent($id: ID!) { testRun(id: $id) { summary { passPercent } } }"): typeof import('./graphql').ReportsRunPassPercentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsDeployments($f: DeploymentFilter) { deployments(first: 10, filter: $f) { totalCount nodes { id } } }"): typeof import('./graphql').ReportsDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RescheduleGoLivePreviewPastDue($deploymentId: ID!, $targetGoLive: LocalDate!) { previewReschedule(deploymentId: $deploymentId, targetGoLive: $targetGoLive) { pastDue { task { number } dueDate newly } } }"): typeof import('./graphql').RescheduleGoLivePreviewPastDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleGoLiveRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {\n  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } dueDate newly } phasesWithShortWindows\n  deployment { ...DeploymentFields } } }"): typeof import('./graphql').RescheduleGoLiveRescheduleGoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RescheduleGoLiveDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }"): typeof import('./graphql').RescheduleGoLiveDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleGoLiveCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').RescheduleGoLiveCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleGoLiveMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { pinned dueDate } }"): typeof import('./graphql').RescheduleGoLiveMoveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RescheduleGoLivePreviewReschedule($id: ID!, $date: LocalDate!) { previewReschedule(deploymentId: $id, targetGoLive: $date) { moved { task { number } } pinned { number } } }"): typeof import('./graphql').RescheduleGoLivePreviewRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RescheduleGoLiveMoveTask2($i: MoveTaskInput!) { moveTask(input: $i) { id } }"): typeof import('./graphql').RescheduleGoLiveMoveTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConflictFields on Conflict { id operation entityType entityId deploymentId attempted server baseVersion serverVersion createdBy status\n  resolution resolvedValues resolvedVersion resolvedBy resolvedAt }"): typeof import('./graphql').ConflictFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConflictsResolve($i: ResolveConflictInput!) { resolveConflict(input: $i) { ...ConflictFields } }"): typeof import('./graphql').ConflictsResolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictsList($f: ConflictFilter, $n: Int!, $a: String) {\n  conflicts(filter: $f, first: $n, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ...ConflictFields } } }"): typeof import('./graphql').ConflictsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictsCurrent($f: ConflictFilter) { conflicts(filter: $f, first: 5) { nodes { id current { version values updatedBy updatedAt } } } }"): typeof import('./graphql').ConflictsCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }"): typeof import('./graphql').ConflictsDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConflictsUpdateDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { version } }"): typeof import('./graphql').ConflictsUpdateDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConflictsRequestAccount($i: RequestAccountInput!) { requestAccount(input: $i) { id } }"): typeof import('./graphql').ConflictsRequestAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConflictsChangeRequest($i: ChangeAccountRequestStatusInput!) { changeAccountRequestStatus(input: $i) { status } }"): typeof import('./graphql').ConflictsChangeRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConflictsUpdateDeployment($i: UpdateDeploymentInput!) { updateDeployment(input: $i) { wave version } }"): typeof import('./graphql').ConflictsUpdateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConflictsDeployment($id: ID!) { deployment(id: $id) { wave version } }"): typeof import('./graphql').ConflictsDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScannerAssessmentStart($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id status assessor location { name } } }"): typeof import('./graphql').ScannerAssessmentStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScannerAssessmentComplete($i: CompleteScannerAssessmentInput!) { completeScannerAssessment(input: $i) { id status completedOn version } }"): typeof import('./graphql').ScannerAssessmentCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerAssessmentProgress($id: ID!) { deployment(id: $id) {\n  tasks { key status evidence } dependencies { kind status metOn }\n  scannerSummary { assessed meeting toConfigure toReplace }\n  scannerAssessments { id status workstations { label verdict } } } }"): typeof import('./graphql').ScannerAssessmentProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerAssessmentOrganizationLocations($id: ID!) { organization(id: $id) { locations { id } } }"): typeof import('./graphql').ScannerAssessmentOrganizationLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScannerAssessmentRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }"): typeof import('./graphql').ScannerAssessmentRecordWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerAssessmentInventory { scannerInventory { make model verdict workstations deployments } }"): typeof import('./graphql').ScannerAssessmentInventoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerAssessmentInventoryOfCanon { scannerInventory(filter: { make: \"canon\", verdict: [REPLACE] }) { make model verdict workstations deployments } }"): typeof import('./graphql').ScannerAssessmentInventoryOfCanonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerAssessmentCapturePage($n: Int!) { deployments(first: $n) { nodes {\n      scannerSummary { assessed } scannerAssessments { workstations { verdict } location { name } }\n      questionnaireResponses { status questionnaire { key } } trainingSessions { status } accountRequests { status organization { name } } } } }"): typeof import('./graphql').ScannerAssessmentCapturePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerRequirementVersionsList { scannerRequirementVersions { version publishedBy verdictChanges { workstationId label deploymentId courtName before after } } }"): typeof import('./graphql').ScannerRequirementVersionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScannerRequirementVersionsPublish($i: PublishScannerRequirementsInput!) {\n  publishScannerRequirements(input: $i) { version verdictChanges { label courtName before after } } }"): typeof import('./graphql').ScannerRequirementVersionsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerRequirementVersionsCurrent { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }"): typeof import('./graphql').ScannerRequirementVersionsCurrentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScannerRequirementVersionsAudit($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { operation entityType before after } } }"): typeof import('./graphql').ScannerRequirementVersionsAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideDeployment($id: ID!) { deployment(id: $id) {\n  id version phase status court { id locations { id } } participatingLeas { id }\n  tasks { id number key kind party phase status version pinned assignee { id } prerequisites { number } }\n  dependencies { id kind status version }\n} }"): typeof import('./graphql').SchemaWideDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideComplete($i: TaskActionInput!) { completeTask(input: $i) { id status version } }"): typeof import('./graphql').SchemaWideCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideMove($input: MoveTaskInput!) { moveTask(input: $input) { id version } }"): typeof import('./graphql').SchemaWideMoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideStatus($input: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $input) { id } }"): typeof import('./graphql').SchemaWideStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideReschedule($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) { reschedule { id } } }"): typeof import('./graphql').SchemaWideRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideAssessment($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version } }"): typeof import('./graphql').SchemaWideAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideAssessmentVersion($id: ID!) { scannerAssessment(id: $id) { version } }"): typeof import('./graphql').SchemaWideAssessmentVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id version } }"): typeof import('./graphql').SchemaWideWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideUpdateWs($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { id version } }"): typeof import('./graphql').SchemaWideUpdateWsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWidePublishQuestionnaire($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { key } }"): typeof import('./graphql').SchemaWidePublishQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWidePublishedVersion($input: PublishQuestionnaireInput!) { publishQuestionnaire(input: $input) { id } }"): typeof import('./graphql').SchemaWidePublishedVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id version } }"): typeof import('./graphql').SchemaWideStartResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideSubmit($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }"): typeof import('./graphql').SchemaWideSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }"): typeof import('./graphql').SchemaWideTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideRequest($i: RequestAccountInput!) { requestAccount(input: $i) { id version } }"): typeof import('./graphql').SchemaWideRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideFail($i: RecordTestResultInput!) { recordTestResult(input: $i) { id } }"): typeof import('./graphql').SchemaWideFailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id version } }"): typeof import('./graphql').SchemaWideDefectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }"): typeof import('./graphql').SchemaWideIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideCourt($county: String!) { organizations(first: 2, filter: { county: $county, kind: COURT }) { nodes { id version ccporProfile } } }"): typeof import('./graphql').SchemaWideCourtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideFeed { createCalendarFeed(input: {}) { feed { id } } }"): typeof import('./graphql').SchemaWideFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideTemplates { lifecycleTemplates { id publishedAt } }"): typeof import('./graphql').SchemaWideTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideCurrentTemplate { currentLifecycleTemplate { id } }"): typeof import('./graphql').SchemaWideCurrentTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideTemplateTasks($id: ID!) { lifecycleTemplate(id: $id) { tasks { key kind offsetDays party phase prerequisiteNumbers required title } } }"): typeof import('./graphql').SchemaWideTemplateTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideTemplateDraft($input: CreateLifecycleTemplateDraftInput!) { createLifecycleTemplateDraft(input: $input) { id } }"): typeof import('./graphql').SchemaWideTemplateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWidePublishTemplate($input: PublishLifecycleTemplateInput!) { publishLifecycleTemplate(input: $input) { id } }"): typeof import('./graphql').SchemaWidePublishTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideDraft { testPlanDraft { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }"): typeof import('./graphql').SchemaWideDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideStartDraft($input: StartTestPlanDraftInput!) { startTestPlanDraft(input: $input) { id version name cases { key area criticality title preconditions steps expectedResult requiresCarpos } } }"): typeof import('./graphql').SchemaWideStartDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideDiscardDraft($input: TestPlanDraftActionInput!) { discardTestPlanDraft(input: $input) }"): typeof import('./graphql').SchemaWideDiscardDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideConfirm($input: ConfirmIdentityInput!) { confirmIdentity(input: $input) }"): typeof import('./graphql').SchemaWideConfirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideEnrol { startMfaEnrolment(input: {}) { secret } }"): typeof import('./graphql').SchemaWideEnrolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }"): typeof import('./graphql').SchemaWideTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideRequirements { scannerRequirements { requirements { key category description fact operator minimum anyOf } } }"): typeof import('./graphql').SchemaWideRequirementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideComment($i: AddCommentInput!) { addComment(input: $i) { id version } }"): typeof import('./graphql').SchemaWideCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideMailbox { mailbox(first: 1) { nodes { id body } } }"): typeof import('./graphql').SchemaWideMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchemaWideMailTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').SchemaWideMailTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaWideMyVersion { me { id version } }"): typeof import('./graphql').SchemaWideMyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorldDeployment($id: ID!) { deployment(id: $id) { court { id } } }"): typeof import('./graphql').WorldDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorldGoLive($i: GoLiveInput!) { goLive(input: $i) { id } }"): typeof import('./graphql').WorldGoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorldAssign($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }"): typeof import('./graphql').WorldAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopedUpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { version } }"): typeof import('./graphql').ScopedUpdateWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopedConflicts($f: ConflictFilter) { conflicts(first: 100, filter: $f) { totalCount nodes { id deploymentId attempted } } }"): typeof import('./graphql').ScopedConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopedRecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { id } }"): typeof import('./graphql').ScopedRecordWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopedAssignStaff($i: AssignDeploymentStaffInput!) { assignDeploymentStaff(input: $i) { id } }"): typeof import('./graphql').ScopedAssignStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopedContactDetails($id: ID!, $run: ID!) {\n      deployment(id: $id) { accountRequests { personName email } meetings { attendees } trainingSessions { trainer attendees { name role } } dependencies { owner } }\n      testRun(id: $run) { cases { attempts { tester } } } }"): typeof import('./graphql').ScopedContactDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopedCreateFeed($i: MutationIdInput!) { createCalendarFeed(input: $i) { path } }"): typeof import('./graphql').ScopedCreateFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopedStartRun($i: StartTestRunInput!) { startTestRun(input: $i) { id } }"): typeof import('./graphql').ScopedStartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInBurst($i: SignInInput!) { signIn(input: $i) { user { email } } }"): typeof import('./graphql').SignInBurstDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInBurstEvents { auditEvents(first: 100, filter: { kind: SECURITY }) { nodes { actor operation after } } }"): typeof import('./graphql').SignInBurstEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInMe { me { email role } }"): typeof import('./graphql').SignInMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInAttempt($i: SignInInput!) { signIn(input: $i) { user { email } } }"): typeof import('./graphql').SignInAttemptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInAuditEvents($f: AuditEventFilter) { auditEvents(first: 100, filter: $f) { totalCount nodes { actor operation after } } }"): typeof import('./graphql').SignInAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInDeploymentCount($n: Int!) { deployments(first: $n) { totalCount } }"): typeof import('./graphql').SignInDeploymentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInLockedUsers($s: String) { users(first: 100, filter: { search: $s }) { nodes { id lockedUntil } } }"): typeof import('./graphql').SignInLockedUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInUnlock($i: UserActionInput!) { unlockUser(input: $i) { id } }"): typeof import('./graphql').SignInUnlockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }"): typeof import('./graphql').SignInChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInSignOut { signOut }"): typeof import('./graphql').SignInSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInStartMfa($input: MutationIdInput!) { startMfaEnrolment(input: $input) { secret otpauthUri } }"): typeof import('./graphql').SignInStartMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInConfirmMfa($i: ConfirmMfaEnrolmentInput!) { confirmMfaEnrolment(input: $i) { codes } }"): typeof import('./graphql').SignInConfirmMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInCourt($county: String) { organizations(first: 1, filter: { kind: COURT, county: $county }) { nodes { id } } }"): typeof import('./graphql').SignInCourtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCreateToken { createApiToken(input: { name: \"Power BI\" }) { token apiToken { id prefix } } }"): typeof import('./graphql').SignInCreateTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInMyTokens { myApiTokens { id name lastUsedAt revokedAt } }"): typeof import('./graphql').SignInMyTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInRevokeToken($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { revokedAt } }"): typeof import('./graphql').SignInRevokeTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCreateUser($i: CreateUserInput!) { createUser(input: $i) { user { id email role } passwordLink { url expiresAt } } }"): typeof import('./graphql').SignInCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCompleteReset($i: CompletePasswordResetInput!) { completePasswordReset(input: $i) }"): typeof import('./graphql').SignInCompleteResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInUpdateUser($i: UpdateUserInput!) { updateUser(input: $i) { active } }"): typeof import('./graphql').SignInUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInCreateDeployment($i: CreateDeploymentInput!) { createDeployment(input: $i) { id tasks { id number version } } }"): typeof import('./graphql').SignInCreateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { status } }"): typeof import('./graphql').SignInWaiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInTrail($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { nodes { kind actor role operation entityType before after } } }"): typeof import('./graphql').SignInTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInReopen($i: TaskActionInput!) { reopenTask(input: $i) { id } }"): typeof import('./graphql').SignInReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInEverything { auditEvents(first: 100) { nodes { before after actor } } }"): typeof import('./graphql').SignInEverythingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignOffsOfRun($id: ID!) { testRun(id: $id) { signOffs { id status staleBecause } } }"): typeof import('./graphql').SignOffsOfRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssigneesAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version updatedBy assignee { id displayName role } } }"): typeof import('./graphql').AssigneesAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssigneesChoices($taskId: ID!) { taskAssignees(taskId: $taskId) { id displayName role } }"): typeof import('./graphql').AssigneesChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssigneesTasks($id: ID!) { deployment(id: $id) { tasks { id number title party status dueDate version assignee { id displayName } } } }"): typeof import('./graphql').AssigneesTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssigneesComplete($i: TaskActionInput!) { completeTask(input: $i) { id version } }"): typeof import('./graphql').AssigneesCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssigneesMine($dueTo: LocalDate!) { tasksDue(first: 100, filter: { dueTo: $dueTo, mine: true }) { totalCount nodes { id number deploymentId assignee { id } } } }"): typeof import('./graphql').AssigneesMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssigneesAudit($id: ID!) { auditEvents(first: 10, filter: { entityId: $id }) { nodes { operation actor before after } } }"): typeof import('./graphql').AssigneesAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssigneesFeed($input: MutationIdInput!) { createCalendarFeed(input: $input) { path } }"): typeof import('./graphql').AssigneesFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TaskLifecycleFields on Task { id number status reason evidence completedOn version updatedBy }"): typeof import('./graphql').TaskLifecycleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleStart($i: TaskActionInput!) { startTask(input: $i) { ...TaskLifecycleFields } }"): typeof import('./graphql').TaskLifecycleStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleComplete($i: TaskActionInput!) { completeTask(input: $i) { ...TaskLifecycleFields } }"): typeof import('./graphql').TaskLifecycleCompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleWaive($i: WaiveTaskInput!) { waiveTask(input: $i) { ...TaskLifecycleFields } }"): typeof import('./graphql').TaskLifecycleWaiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleReopen($i: TaskActionInput!) { reopenTask(input: $i) { ...TaskLifecycleFields } }"): typeof import('./graphql').TaskLifecycleReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskLifecycleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields } }"): typeof import('./graphql').TaskLifecycleDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleRecordMeeting($i: RecordMeetingInput!) { recordMeeting(input: $i) { id taskId held } }"): typeof import('./graphql').TaskLifecycleRecordMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleRecordDocument($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }"): typeof import('./graphql').TaskLifecycleRecordDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleRecordMeeting2($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }"): typeof import('./graphql').TaskLifecycleRecordMeeting2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleRecordDocument2($i: RecordDocumentInput!) { recordDocument(input: $i) { id } }"): typeof import('./graphql').TaskLifecycleRecordDocument2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskLifecycleDeployment2($id: ID!) { deployment(id: $id) { meetings { id } documents { id } } }"): typeof import('./graphql').TaskLifecycleDeployment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase phaseEnteredOn version } }"): typeof import('./graphql').TaskLifecycleAdvancePhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleAdvancePhase2($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }"): typeof import('./graphql').TaskLifecycleAdvancePhase2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleAdvancePhase3($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }"): typeof import('./graphql').TaskLifecycleAdvancePhase3Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskLifecycleChangeDeploymentStatus($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }"): typeof import('./graphql').TaskLifecycleChangeDeploymentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TrainingSessionFields on TrainingSession { id scheduledOn mode module audience trainer attendees { name role } status heldOn version }"): typeof import('./graphql').TrainingSessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { ...TrainingSessionFields } }"): typeof import('./graphql').TrainingScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingUpdate($i: UpdateTrainingSessionInput!) { updateTrainingSession(input: $i) { ...TrainingSessionFields } }"): typeof import('./graphql').TrainingUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingHold($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { ...TrainingSessionFields } }"): typeof import('./graphql').TrainingHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingTasks($id: ID!) { deployment(id: $id) { tasks { key status evidence } } }"): typeof import('./graphql').TrainingTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingSessionsOf($id: ID!) { deployment(id: $id) { trainingSessions { id status } } }"): typeof import('./graphql').TrainingSessionsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRescheduleRescheduleGoLive($input: RescheduleGoLiveInput!) { rescheduleGoLive(input: $input) {\n  reschedule { id fromGoLive toGoLive createdBy undoneAt } deployment { id version targetGoLive } } }"): typeof import('./graphql').UndoRescheduleRescheduleGoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRescheduleUndoReschedule($input: UndoRescheduleInput!) { undoReschedule(input: $input) {\n  fromGoLive toGoLive moved { task { number } from to } pinned { number } pastDue { task { number } newly }\n  reschedule { id undoneAt undoneBy } deployment { ...DeploymentFields lastReschedule { id undoneAt } } } }"): typeof import('./graphql').UndoRescheduleUndoRescheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRescheduleMoveTask($i: MoveTaskInput!) { moveTask(input: $i) { dueDate pinned } }"): typeof import('./graphql').UndoRescheduleMoveTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoRescheduleDeployment($id: ID!) { deployment(id: $id) { ...DeploymentFields lastReschedule { id fromGoLive toGoLive undoneAt } } }"): typeof import('./graphql').UndoRescheduleDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRescheduleCompleteTask($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').UndoRescheduleCompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRescheduleCompleteTask2($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').UndoRescheduleCompleteTask2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoRescheduleAssignableStaff { assignableStaff { id displayName role } }"): typeof import('./graphql').UndoRescheduleAssignableStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoRescheduleAssignableStaff2 { assignableStaff { id } }"): typeof import('./graphql').UndoRescheduleAssignableStaff2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoRescheduleCreateDeployment($input: CreateDeploymentInput!) { createDeployment(input: $input) { id coordinator { id role } fieldStaff { id displayName } } }"): typeof import('./graphql').UndoRescheduleCreateDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UndoRescheduleDeployment2($id: ID!) { deployment(id: $id) { id } }"): typeof import('./graphql').UndoRescheduleDeployment2Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadDenials { auditEvents(first: 100, filter: { operation: \"PERMISSION_DENIED\" }) { nodes { actor after } } }"): typeof import('./graphql').UploadDenialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminWalkCreateApiToken { createApiToken(input: { name: \"Power BI wave report\" }) { token } }"): typeof import('./graphql').AdminWalkCreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AppUpdateScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label } } }"): typeof import('./graphql').AppUpdateScannerAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsWalkComments($d: ID!) { comments(deploymentId: $d) { id body visibility authorName subjectType mentions { name } revisions { body } } }"): typeof import('./graphql').CommentsWalkCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsWalkDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id tasks { id number title } } } }"): typeof import('./graphql').CommentsWalkDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommentsWalkReaders($d: ID!) { commentReaders(deploymentId: $d, visibility: SHARED) { userId name role } }"): typeof import('./graphql').CommentsWalkReadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CommentsWalkAdd($input: AddCommentInput!) { addComment(input: $input) { id } }"): typeof import('./graphql').CommentsWalkAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CspFirstDeployment { deployments(first: 1) { nodes { id } } }"): typeof import('./graphql').CspFirstDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoordinatorWalkDeployments { deployments(first: 100) { nodes { court { id } } } organizations(first: 100, filter: { kind: COURT }) { nodes { id name } } }"): typeof import('./graphql').CoordinatorWalkDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoordinatorWalkDeployment($id: ID!) { deployment(id: $id) { wave targetGoLive participatingLeas { name } coordinator { displayName } fieldStaff { displayName } } }"): typeof import('./graphql').CoordinatorWalkDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CsvImportCourts { deployments(first: 100) { nodes { court { name } } } }"): typeof import('./graphql').CsvImportCourtsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CsvImportFresno { deployments(first: 100, filter: { county: [\"Fresno\"] }) { nodes { phase status wave tasks { phase status evidence } } } }"): typeof import('./graphql').CsvImportFresnoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefectsCatPlansDeployments { deployments(first: 1, filter: { county: [\"San Diego\"] }) { nodes { id } } }"): typeof import('./graphql').DefectsCatPlansDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefectsCatPlansDefects($id: ID!) { deployment(id: $id) { defects { id status fixedInBuild } } }"): typeof import('./graphql').DefectsCatPlansDefectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefectsCatPlansTestPlan { testPlan { version cases { key title steps } } }"): typeof import('./graphql').DefectsCatPlansTestPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DefectsCatPlansVersion1 { testPlan(version: 1) { cases { key } } }"): typeof import('./graphql').DefectsCatPlansVersion1Document;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListScreen($filter: DeploymentFilter, $orderBy: DeploymentOrder) {\n  deployments(first: 100, filter: $filter, orderBy: $orderBy) { nodes { court { name } } } }"): typeof import('./graphql').DeploymentsListScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeploymentsListScreenStaff { assignableStaff { id displayName role } }"): typeof import('./graphql').DeploymentsListScreenStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsWorkstations($a: ID!) { scannerAssessment(id: $a) { workstations { label opticalResolutionDpi photoShas } } }"): typeof import('./graphql').DraftsWorkstationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsLiveDeployment { deployments(first: 1, filter: { county: [\"Santa Clara\"] }) { nodes { id } } }"): typeof import('./graphql').DraftsLiveDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsIncidents($id: ID!) { deployment(id: $id) { incidents { severity description reportedBy } } }"): typeof import('./graphql').DraftsIncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }"): typeof import('./graphql').DraftsDeploymentOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsDefects($id: ID!) { deployment(id: $id) { defects { title status fixedInBuild note } } }"): typeof import('./graphql').DraftsDefectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsSignOffs($id: ID!) { testRun(id: $id) { signOffs { party signerName signerRole statement status } } }"): typeof import('./graphql').DraftsSignOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftsResponse($id: ID!) { questionnaireResponse(id: $id) { status answers } }"): typeof import('./graphql').DraftsResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldVisitTestRun($r: ID!) { testRun(id: $r) { cases { attempts { status photos } } } }"): typeof import('./graphql').FieldVisitTestRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldVisitScannerAssessment($a: ID!) { scannerAssessment(id: $a) { workstations { label photoShas } } }"): typeof import('./graphql').FieldVisitScannerAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectionWalkUpdate($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').ProjectionWalkUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProjectionWalkWithdraw($i: ChangeDeploymentStatusInput!) { changeDeploymentStatus(input: $i) { status } }"): typeof import('./graphql').ProjectionWalkWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GraphiqlCounts { deploymentCountsReport { deployments } }"): typeof import('./graphql').GraphiqlCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailPagesMe { me { timeZone mailPreferences { kind delivery } } }"): typeof import('./graphql').MailPagesMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailPagesDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id } } }"): typeof import('./graphql').MailPagesDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailPagesScheduleTraining($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').MailPagesScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailPagesMailbox { mailbox(first: 50) { nodes { id subject toAddress status } } }"): typeof import('./graphql').MailPagesMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailPagesDigests { mailbox(first: 50) { nodes { id kind subject toAddress } } }"): typeof import('./graphql').MailPagesDigestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MailPagesMessage($id: ID!) { mailMessage(id: $id) { body } }"): typeof import('./graphql').MailPagesMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfflineCatTestRun($id: ID!) { testRun(id: $id) { cases { attempts { id } } } }"): typeof import('./graphql').OfflineCatTestRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OfflineScannerScannerAssessment($id: ID!) { scannerAssessment(id: $id) { workstations { label verdict } } }"): typeof import('./graphql').OfflineScannerScannerAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkDeployments { deployments(first: 20, filter: { county: [\"Los Angeles\"] }) { nodes { id court { id } participatingLeas { id name } } } }"): typeof import('./graphql').PartnerWalkDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkQuestionnaireResponse($id: ID!) { questionnaireResponse(id: $id) { status answers version } }"): typeof import('./graphql').PartnerWalkQuestionnaireResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkCourtSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName signerRole status recordedBy } } }"): typeof import('./graphql').PartnerWalkCourtSignOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkLeaSignOffs($id: ID!) { testRun(id: $id) { signOffs { party organizationId signerName recordedBy } } }"): typeof import('./graphql').PartnerWalkLeaSignOffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkLiveDeployments { deployments(first: 20, filter: { status: [LIVE] }) { nodes { id court { id } } } }"): typeof import('./graphql').PartnerWalkLiveDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkIncidents($id: ID!) { deployment(id: $id) { incidents { severity status resolution reportedBy } } }"): typeof import('./graphql').PartnerWalkIncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerWalkCloseOut($id: ID!) { deployment(id: $id) { status closeOut { approvedBy approverRole recordedBy } } }"): typeof import('./graphql').PartnerWalkCloseOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortfolioCounts {\n  deploymentCountsReport { phase health deployments }\n  goLivesByMonthReport { month planned actual }\n  catRunRatesReport(first: 100) { totalCount nodes { passPercent } }\n  deploymentTimelineReport(first: 100) { totalCount }\n  readinessBlockersReport(first: 20) { totalCount } }"): typeof import('./graphql').PortfolioCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortfolioDeployments { deployments(first: 1, filter: { phase: [IMPLEMENT] }) { nodes { id } } }"): typeof import('./graphql').PortfolioDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrintReportIncident($i: ReportIncidentInput!) { reportIncident(input: $i) { id version } }"): typeof import('./graphql').PrintReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrintResolveIncident($i: UpdateIncidentInput!) { updateIncident(input: $i) { id status } }"): typeof import('./graphql').PrintResolveIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrintCloseOut($i: ApproveCloseOutInput!) { approveCloseOut(input: $i) { status } }"): typeof import('./graphql').PrintCloseOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrintCourtOf($id: ID!) { deployment(id: $id) { court { name } participatingLeas { name } } }"): typeof import('./graphql').PrintCourtOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireVersionsPublish($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id version } }"): typeof import('./graphql').QuestionnaireVersionsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QuestionnaireVersionsRetire($i: RetireQuestionnaireInput!) { retireQuestionnaire(input: $i) { id } }"): typeof import('./graphql').QuestionnaireVersionsRetireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QuestionnaireVersionsResponses($id: ID!) {\n  deployment(id: $id) { questionnaireResponses { questionnaireKey status answers questionnaire { version } } } }"): typeof import('./graphql').QuestionnaireVersionsResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionLockAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }"): typeof import('./graphql').SessionLockAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionLockLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }"): typeof import('./graphql').SessionLockLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SharedTabletAssessments($id: ID!) { deployment(id: $id) { scannerAssessments { id } } }"): typeof import('./graphql').SharedTabletAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssigneeWalkMine($dueTo: LocalDate!) {\n  tasksDue(first: 40, filter: { dueTo: $dueTo, mine: true }) { nodes { id number title party kind deploymentId version } }\n}"): typeof import('./graphql').AssigneeWalkMineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssigneeWalkAssign($i: AssignTaskInput!) { assignTask(input: $i) { id version } }"): typeof import('./graphql').AssigneeWalkAssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssigneeWalkMe { me { id displayName } }"): typeof import('./graphql').AssigneeWalkMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskFocusHumboldt { deployments(first: 1, filter: { county: [\"Humboldt\"] }) { nodes { id } } }"): typeof import('./graphql').TaskFocusHumboldtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TrainingControlsVisited { deployments(first: 1) { nodes { id } } }"): typeof import('./graphql').TrainingControlsVisitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingControlsSchedule($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id } }"): typeof import('./graphql').TrainingControlsScheduleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsConflictScannerAssessment($id: ID!) { scannerAssessment(id: $id) { notes version } }"): typeof import('./graphql').TwoTabletsConflictScannerAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsConflictResolved($id: ID!) {\n      scannerAssessment(id: $id) { notes version }\n      conflicts(first: 10, filter: { entityId: $id }) { nodes { status resolution attempted server createdBy serverUpdatedBy resolvedBy } }\n    }"): typeof import('./graphql').TwoTabletsConflictResolvedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsTasks($id: ID!) { deployment(id: $id) { tasks { number status } } }"): typeof import('./graphql').TwoTabletsTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsDeploymentNow($id: ID!) {\n    deployment(id: $id) {\n      status phase targetGoLive actualGoLive wave tasks { number dueDate } trainingSessions { trainer } accountRequests { status }\n      defects { fixedInBuild } incidents { status } questionnaireResponses { answers }\n    }\n  }"): typeof import('./graphql').TwoTabletsDeploymentNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsDependencies($id: ID!) { deployment(id: $id) { dependencies { kind status } } }"): typeof import('./graphql').TwoTabletsDependenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoTabletsScheduleTraining($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id } }"): typeof import('./graphql').TwoTabletsScheduleTrainingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsCourtOf($id: ID!) { deployment(id: $id) { court { id } } }"): typeof import('./graphql').TwoTabletsCourtOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoTabletsRequestAccount($input: RequestAccountInput!) { requestAccount(input: $input) { id } }"): typeof import('./graphql').TwoTabletsRequestAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoTabletsAdvancePhase($i: AdvancePhaseInput!) { advancePhase(input: $i) { phase } }"): typeof import('./graphql').TwoTabletsAdvancePhaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsLeas($id: ID!) { deployment(id: $id) { participatingLeas { name } } }"): typeof import('./graphql').TwoTabletsLeasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoTabletsReportIncident($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }"): typeof import('./graphql').TwoTabletsReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoTabletsPublishQuestionnaire($i: PublishQuestionnaireInput!) { publishQuestionnaire(input: $i) { id } }"): typeof import('./graphql').TwoTabletsPublishQuestionnaireDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TwoTabletsStartResponse($i: StartResponseInput!) { startResponse(input: $i) { id } }"): typeof import('./graphql').TwoTabletsStartResponseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TwoTabletsDeploymentOf($c: [String!]) { deployments(first: 1, filter: { county: $c }) { nodes { id } } }"): typeof import('./graphql').TwoTabletsDeploymentOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($i: SignInInput!) { signIn(input: $i) { user { id email role } recoveryCodes } }"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WorkstationFields on ScannerWorkstation { id assessmentId deploymentId label make model serialNumber connection drivers opticalResolutionDpi duplex\n  automaticDocumentFeeder colour operatingSystem browser scanProfileSet testScanOutcome photoShas notes verdict\n  missedRequirements { key category } requirementsVersion version updatedBy }"): typeof import('./graphql').WorkstationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourtLocations($id: ID!) { deployment(id: $id) { court { locations { id } } } }"): typeof import('./graphql').CourtLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartAssessmentFixture($i: StartScannerAssessmentInput!) { startScannerAssessment(input: $i) { id version status } }"): typeof import('./graphql').StartAssessmentFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordWorkstation($i: RecordScannerWorkstationInput!) { recordScannerWorkstation(input: $i) { ...WorkstationFields } }"): typeof import('./graphql').RecordWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWorkstation($i: UpdateScannerWorkstationInput!) { updateScannerWorkstation(input: $i) { ...WorkstationFields } }"): typeof import('./graphql').UpdateWorkstationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RunFields on TestRun {\n  id purpose environment startedBy planId\n  summary { status total untested passed failed blocked retest notApplicable passPercent openDefects { critical major minor } }\n  cases { status testCase { id key area criticality requiresCarpos } latestAttempt { id status } attempts { id status tester notes } }\n}"): typeof import('./graphql').RunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttemptFields on TestResult { id runId caseId status actualResult notes tester build testedAt photos mutationId recordedBy }"): typeof import('./graphql').AttemptFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanCases { testPlan { cases { id key title area criticality requiresCarpos } } }"): typeof import('./graphql').PlanCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartRun($i: StartTestRunInput!) { startTestRun(input: $i) { ...RunFields } }"): typeof import('./graphql').StartRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRun($id: ID!) { testRun(id: $id) { ...RunFields } }"): typeof import('./graphql').ReadRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordResult($i: RecordTestResultInput!) { recordTestResult(input: $i) { ...AttemptFields } }"): typeof import('./graphql').RecordResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordResults($i: RecordTestResultsInput!) {\n  recordTestResults(input: $i) { applied replayed refused results { mutationId replayed attempt { id caseId status } error { code message details } } }\n}"): typeof import('./graphql').RecordResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Readiness($id: ID!) { deploymentReadiness(deploymentId: $id) { status asOf acceptanceRun { id } blockers { code what why recordType recordId party daysOpen } } }"): typeof import('./graphql').ReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompleteTaskFixture($i: TaskActionInput!) { completeTask(input: $i) { status } }"): typeof import('./graphql').CompleteTaskFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MeetDependency($i: UpdateDependencyInput!) { updateDependency(input: $i) { status } }"): typeof import('./graphql').MeetDependencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOffRun($i: SignOffRunInput!) { signOffRun(input: $i) { id party organizationId signerName signerRole statement status staleBecause runStatusAtSigning recordedBy } }"): typeof import('./graphql').SignOffRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunParties($id: ID!) { testRun(id: $id) { deployment { court { id } participatingLeas { id } } } }"): typeof import('./graphql').RunPartiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourtOf($id: ID!) { deployment(id: $id) { court { id } } }"): typeof import('./graphql').CourtOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaiseDefect($i: RaiseDefectInput!) { raiseDefect(input: $i) { id status severity version runId attempts { id status } } }"): typeof import('./graphql').RaiseDefectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDefect($i: UpdateDefectInput!) { updateDefect(input: $i) { id status note fixedInBuild version attempts { id status } } }"): typeof import('./graphql').UpdateDefectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoLive($i: GoLiveInput!) { goLive(input: $i) { id status phase actualGoLive phaseEnteredOn version tasks { key status completedOn evidence } } }"): typeof import('./graphql').GoLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleTrainingFixture($i: ScheduleTrainingInput!) { scheduleTraining(input: $i) { id version } }"): typeof import('./graphql').ScheduleTrainingFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TrainingHeldFixture($i: RecordTrainingHeldInput!) { recordTrainingHeld(input: $i) { id status } }"): typeof import('./graphql').TrainingHeldFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartResponseFixture($i: StartResponseInput!) { startResponse(input: $i) { id version } }"): typeof import('./graphql').StartResponseFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitResponseFixture($i: SubmitResponseInput!) { submitResponse(input: $i) { id version } }"): typeof import('./graphql').SubmitResponseFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptResponseFixture($i: ReviewResponseInput!) { acceptResponse(input: $i) { id status } }"): typeof import('./graphql').AcceptResponseFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationsOf($county: String) { organizations(first: 10, filter: { county: $county }) { nodes { id kind name } } }"): typeof import('./graphql').OrganizationsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DeploymentFields on Deployment {\n  id version phase status targetGoLive phaseEnteredOn\n  court { name county ccporProfile }\n  participatingLeas { name }\n  health { status daysToGoLive reasons { code count message } }\n  phasesWithShortWindows\n  tasksPastDueAtCreation { number }\n  tasks { id number key title phase status dueDate pinned pastDueAtCreation offsetDays version evidence completedOn }\n  dependencies { id kind status dueDate waitingOn daysWaiting note version }\n}"): typeof import('./graphql').DeploymentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeploymentFixture($input: CreateDeploymentInput!) { createDeployment(input: $input) { ...DeploymentFields } }"): typeof import('./graphql').CreateDeploymentFixtureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VersionsOf($id: ID!) { deployment(id: $id) { id version tasks { id version } dependencies { id version } } }"): typeof import('./graphql').VersionsOfDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
