import type { CaseStatus, Criticality, DefectSeverity, DefectStatus, SignOffStatus, TestResultStatus, TestRunStatus } from '../../graphql/generated/graphql';

export const CASE_STATUS_LABELS: Record<CaseStatus | TestResultStatus, string> = {
  UNTESTED: 'Untested',
  PASSED: 'Passed',
  FAILED: 'Failed',
  BLOCKED: 'Blocked',
  RETEST: 'Retest',
  NOT_APPLICABLE: 'Not applicable',
};

export const RUN_STATUS_LABELS: Record<TestRunStatus, string> = {
  PASSED: 'Passed',
  FAILED: 'Failed',
  BLOCKED: 'Blocked',
  IN_PROGRESS: 'In progress',
};

export const CRITICALITY_LABELS: Record<Criticality, string> = { CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor' };
export const SEVERITY_LABELS: Record<DefectSeverity, string> = { CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor' };
export const DEFECT_STATUS_LABELS: Record<DefectStatus, string> = {
  OPEN: 'Open',
  FIXED: 'Fixed',
  VERIFIED: 'Verified',
  WONT_FIX: 'Won’t fix',
};
export const SIGN_OFF_STATUS_LABELS: Record<SignOffStatus, string> = { CURRENT: 'Current', STALE: 'Stale: must sign again' };

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
/** An instant on paper: date and time, in the device's time zone. */
export const printedDateTime = (value: string) => dateTimeFormat.format(new Date(value));
