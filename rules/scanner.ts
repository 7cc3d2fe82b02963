// The verdict of a workstation's scanner against versioned requirements held as data
// (docs/domain.md#scanner-assessments). The server records it; the app shows it on the device as
// the answers come in, offline too, so both give the same verdict with the same misses.
import {
  RequirementCategory, RequirementOperator, ScannerConnection, ScannerDriver, ScannerFact, ScannerVerdict, TestScanOutcome,
} from './enums';
import type { FieldProblem } from './problems';

export interface RequirementRule {
  /** Stable key, e.g. OPTICAL_RESOLUTION. */
  key: string;
  category: RequirementCategory;
  description: string;
  fact: ScannerFact;
  operator: RequirementOperator;
  /** For AT_LEAST. */
  minimum?: number | null;
  /** For ANY_OF. */
  anyOf?: readonly string[] | null;
}

/** The recorded facts a verdict is computed from; null or absent where not recorded (yet). */
export interface ScannerFacts {
  opticalResolutionDpi?: number | null;
  duplex?: boolean | null;
  automaticDocumentFeeder?: boolean | null;
  colour?: boolean | null;
  connection?: ScannerConnection | null;
  drivers: readonly ScannerDriver[];
  scanProfileSet?: boolean | null;
  testScanOutcome?: TestScanOutcome | null;
}

export interface MissedRequirement {
  key: string;
  category: RequirementCategory;
  description: string;
}

export interface Evaluation {
  verdict: ScannerVerdict;
  missed: MissedRequirement[];
}

const FACTS: Record<ScannerFact, { property: keyof ScannerFacts; kind: 'number' | 'boolean' | 'value' | 'list'; values?: string[] }> = {
  OPTICAL_RESOLUTION_DPI: { property: 'opticalResolutionDpi', kind: 'number' },
  DUPLEX: { property: 'duplex', kind: 'boolean' },
  AUTOMATIC_DOCUMENT_FEEDER: { property: 'automaticDocumentFeeder', kind: 'boolean' },
  COLOUR: { property: 'colour', kind: 'boolean' },
  CONNECTION: { property: 'connection', kind: 'value', values: Object.values(ScannerConnection) },
  DRIVERS: { property: 'drivers', kind: 'list', values: Object.values(ScannerDriver) },
  SCAN_PROFILE_SET: { property: 'scanProfileSet', kind: 'boolean' },
  TEST_SCAN_OUTCOME: { property: 'testScanOutcome', kind: 'value', values: Object.values(TestScanOutcome) },
};

/** Whether the facts meet one requirement. A fact not recorded meets nothing: it cannot be vouched for. */
export function meets(facts: ScannerFacts, rule: RequirementRule): boolean {
  const value = facts[FACTS[rule.fact].property];
  switch (rule.operator) {
    case RequirementOperator.AT_LEAST:
      return typeof value === 'number' && value >= (rule.minimum ?? 0);
    case RequirementOperator.IS_TRUE:
      return value === true;
    case RequirementOperator.ANY_OF: {
      const allowed = rule.anyOf ?? [];
      return Array.isArray(value) ? value.some((v) => allowed.includes(v)) : typeof value === 'string' && allowed.includes(value);
    }
  }
}

/** A hardware miss → REPLACE; only configuration misses → NEEDS_CONFIGURATION; none → MEETS. Lists every miss. */
export function evaluateScanner(facts: ScannerFacts, rules: readonly RequirementRule[]): Evaluation {
  const missed = rules.filter((r) => !meets(facts, r)).map(({ key, category, description }) => ({ key, category, description }));
  const verdict = missed.some((m) => m.category === RequirementCategory.HARDWARE) ? ScannerVerdict.REPLACE
    : missed.length ? ScannerVerdict.NEEDS_CONFIGURATION : ScannerVerdict.MEETS;
  return { verdict, missed };
}

/** Problems of a set of requirements about to be published, by field (`requirements[i].minimum`). */
export function checkRequirementRules(rules: RequirementRule[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!rules.length) problems.push({ field: 'requirements', message: 'publish at least one requirement.' });
  const seen = new Set<string>();
  rules.forEach((r, i) => {
    const at = `requirements[${i}]`;
    if (seen.has(r.key)) problems.push({ field: `${at}.key`, message: `key ${r.key} is used twice.` });
    seen.add(r.key);
    const fact = FACTS[r.fact];
    const fits = r.operator === RequirementOperator.AT_LEAST ? fact.kind === 'number'
      : r.operator === RequirementOperator.IS_TRUE ? fact.kind === 'boolean'
        : fact.kind === 'value' || fact.kind === 'list';
    if (!fits) problems.push({ field: `${at}.operator`, message: `${r.operator} cannot test ${r.fact}.` });
    if (r.operator === RequirementOperator.AT_LEAST && (r.minimum === null || r.minimum === undefined)) {
      problems.push({ field: `${at}.minimum`, message: 'AT_LEAST needs a minimum.' });
    }
    if (r.operator === RequirementOperator.ANY_OF) {
      if (!r.anyOf?.length) problems.push({ field: `${at}.anyOf`, message: 'ANY_OF needs at least one value.' });
      const unknown = (r.anyOf ?? []).filter((v) => fact.values && !fact.values.includes(v));
      if (unknown.length) problems.push({ field: `${at}.anyOf`, message: `${unknown.join(', ')} cannot be a value of ${r.fact} (${fact.values?.join(', ')}).` });
    }
  });
  return problems;
}
