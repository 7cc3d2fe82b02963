import { describe, expect, it } from 'vitest';
import * as enums from '../../../rules/enums';
import * as labels from '../../../rules/labels';
import { ANY_ROLE, doesFieldWork, isPlanner, mayProgressTasks, mayUseApiTokens } from '../../../rules/roles';

describe('roles', () => {
  it('makes planners of administrators and coordinators only', () => {
    expect(ANY_ROLE.filter(isPlanner)).toEqual(['ADMIN', 'COORDINATOR']);
  });

  it('keeps reporters read-only and off site work, but lets them hold API tokens', () => {
    expect(mayProgressTasks('REPORTER')).toBe(false);
    expect(doesFieldWork('REPORTER')).toBe(false);
    expect(doesFieldWork('FIELD_STAFF')).toBe(true);
    expect(mayUseApiTokens('REPORTER')).toBe(true);
    expect(mayUseApiTokens('FIELD_STAFF')).toBe(false);
  });
});

describe('labels', () => {
  const enumOf: Record<string, Record<string, string>> = {
    ROLE_LABELS: enums.Role, PHASE_LABELS: enums.Phase, HEALTH_LABELS: enums.HealthStatus, DEPLOYMENT_STATUS_LABELS: enums.DeploymentStatus,
    CCPOR_PROFILE_LABELS: enums.CcporProfile, PARTY_LABELS: enums.Party, TASK_STATUS_LABELS: enums.TaskStatus, TASK_KIND_LABELS: enums.TaskKind, DEPENDENCY_KIND_LABELS: enums.DependencyKind,
    DEPENDENCY_STATUS_LABELS: enums.DependencyStatus, MEETING_KIND_LABELS: enums.MeetingKind, DIRECTION_LABELS: enums.DocumentDirection,
    CCPOR_ROLE_LABELS: enums.CcporRole, ACCOUNT_REQUEST_STATUS_LABELS: enums.AccountRequestStatus, TRAINING_MODE_LABELS: enums.TrainingMode,
    TRAINING_MODULE_LABELS: enums.TrainingModule, TRAINING_AUDIENCE_LABELS: enums.TrainingAudience, RESPONSE_STATUS_LABELS: enums.ResponseStatus,
    VERDICT_LABELS: enums.ScannerVerdict, REQUIREMENT_CATEGORY_LABELS: enums.RequirementCategory, SCANNER_FACT_LABELS: enums.ScannerFact,
    REQUIREMENT_OPERATOR_LABELS: enums.RequirementOperator, TEST_AREA_LABELS: enums.TestArea, TEST_RUN_PURPOSE_LABELS: enums.TestRunPurpose,
    TEST_ENVIRONMENT_LABELS: enums.TestEnvironment, CASE_STATUS_LABELS: enums.CaseStatus, RUN_STATUS_LABELS: enums.TestRunStatus,
    CRITICALITY_LABELS: enums.Criticality, DEFECT_SEVERITY_LABELS: enums.DefectSeverity, DEFECT_STATUS_LABELS: enums.DefectStatus,
    SIGN_OFF_STATUS_LABELS: enums.SignOffStatus, INCIDENT_SEVERITY_LABELS: enums.IncidentSeverity, INCIDENT_STATUS_LABELS: enums.IncidentStatus,
  };

  it('gives every value of each labelled enum a non-empty label, and nothing else', () => {
    for (const [name, map] of Object.entries(labels)) {
      const values = enumOf[name];
      expect(values, `${name} is checked here`).toBeDefined();
      expect(Object.keys(map).sort(), name).toEqual(Object.keys(values).sort());
      for (const label of Object.values(map)) expect(label.trim()).not.toBe('');
    }
  });

  it('names the DOJ dependency one way everywhere', () => {
    expect(labels.DEPENDENCY_KIND_LABELS.DOJ_CLETS_CARPOS).toBe('CA DOJ CLETS/CARPOS approval');
  });
});
