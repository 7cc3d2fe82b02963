import type { CcporProfile, DeploymentStatus, HealthStatus, Party, Phase, ReadinessStatus, Role, TrainingMode, TrainingModule } from './enums';

// The words of the headline facts My work and the deployments list show (roles, a deployment's phase,
// health, status and parties, readiness, training), part of rules/labels.ts: import them from there.
// A module of their own because a module lands whole in one chunk: the first screens people open
// load these without every other label (issue 18; client/vite.config.mts keeps it a chunk of its own).

// People
export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  COORDINATOR: 'Coordinator',
  FIELD_STAFF: 'Field staff',
  PARTNER_USER: 'Partner',
  REPORTER: 'Reporter',
};

// Deployments: the lifecycle, in order (the timeline and the phase filter rely on it)
export const PHASE_LABELS: Record<Phase, string> = {
  PLANNING: 'Planning',
  SCOPE: 'Scope',
  IMPLEMENT: 'Implement',
  GO_LIVE: 'Go-Live',
  POST_GO_LIVE: 'Post go-live',
};
export const CCPOR_PROFILE_LABELS: Record<CcporProfile, string> = {
  DATA_AND_IMAGES: 'Order data and images (CARPOS)',
  IMAGES_ONLY: 'Images only (no CARPOS)',
};
export const HEALTH_LABELS: Record<HealthStatus, string> = { ON_TRACK: 'On track', AT_RISK: 'At risk', LATE: 'Late' };
export const DEPLOYMENT_STATUS_LABELS: Record<DeploymentStatus, string> = {
  INTERESTED: 'Interested',
  COMMITTED: 'Committed',
  IN_PROGRESS: 'In progress',
  LIVE: 'Live',
  CLOSED: 'Closed',
  ON_HOLD: 'On hold',
  WITHDRAWN: 'Withdrawn',
};
export const PARTY_LABELS: Record<Party, string> = { CCPOR_TEAM: 'CCPOR team', COURT: 'Court', LEA: 'LEA', DOJ: 'CA DOJ', CCTC: 'CCTC' };

// Readiness
export const READINESS_STATUS_LABELS: Record<ReadinessStatus, string> = { GO: 'GO', NO_GO: 'NO-GO' };
// Training
export const TRAINING_MODE_LABELS: Record<TrainingMode, string> = { CLASSROOM: 'Classroom', REMOTE: 'Remote', RECORDED: 'Recorded' };
export const TRAINING_MODULE_LABELS: Record<TrainingModule, string> = { QUERIES: 'Queries', FULL_USE: 'Full use' };
