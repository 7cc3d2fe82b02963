import type { DependencyKind } from '../../graphql/generated/graphql';

/** Short names of the onboarding dependencies (the schema's descriptions, shortened for tables). */
export const DEPENDENCY_KIND_LABELS: Record<DependencyKind, string> = {
  CCTC_CONNECTIVITY: 'CCTC connectivity',
  DOJ_CLETS_CARPOS: 'DOJ CLETS/CARPOS approval',
  INFRASTRUCTURE_ASSESSMENT: 'Infrastructure assessment',
  RESOURCE_PLANNING: 'Resource planning',
  SCANNER_SETUP: 'Scanner set-up',
  TRAINING_TESTING: 'Training & testing',
  USER_PROFILES_ACCESS: 'User & court profiles',
};
