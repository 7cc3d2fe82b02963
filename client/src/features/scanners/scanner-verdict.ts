import type { CurrentScannerRequirementsQuery, RecordScannerWorkstationInput, ScannerVerdict } from '../../graphql/generated/graphql';

type Requirement = CurrentScannerRequirementsQuery['scannerRequirements']['requirements'][number];

/** The answers a verdict reads. */
export type ScannerAnswers = Pick<
  RecordScannerWorkstationInput,
  'opticalResolutionDpi' | 'duplex' | 'automaticDocumentFeeder' | 'colour' | 'connection' | 'drivers' | 'scanProfileSet' | 'testScanOutcome'
>;

/** The facts a verdict reads, by requirement fact (the server's scanner-rules, as data). */
const FACTS: Record<Requirement['fact'], (w: ScannerAnswers) => unknown> = {
  OPTICAL_RESOLUTION_DPI: (w) => w.opticalResolutionDpi,
  DUPLEX: (w) => w.duplex,
  AUTOMATIC_DOCUMENT_FEEDER: (w) => w.automaticDocumentFeeder,
  COLOUR: (w) => w.colour,
  CONNECTION: (w) => w.connection,
  DRIVERS: (w) => w.drivers,
  SCAN_PROFILE_SET: (w) => w.scanProfileSet,
  TEST_SCAN_OUTCOME: (w) => w.testScanOutcome,
};

function meets(workstation: ScannerAnswers, requirement: Requirement): boolean {
  const value = FACTS[requirement.fact](workstation);
  switch (requirement.operator) {
    case 'AT_LEAST':
      return typeof value === 'number' && value >= (requirement.minimum ?? 0);
    case 'IS_TRUE':
      return value === true;
    case 'ANY_OF': {
      const allowed = requirement.anyOf ?? [];
      return Array.isArray(value) ? value.some((v) => allowed.includes(String(v))) : typeof value === 'string' && allowed.includes(value);
    }
  }
}

/**
 * The verdict the server will give these answers (docs/domain.md#scanner-assessments): a hardware miss
 * means REPLACE, configuration misses only NEEDS_CONFIGURATION, none MEETS; with every miss listed.
 */
export function deviceVerdict(workstation: ScannerAnswers, requirements: Requirement[]): { verdict: ScannerVerdict; missed: Requirement[] } {
  const missed = requirements.filter((requirement) => !meets(workstation, requirement));
  const verdict = missed.some((m) => m.category === 'HARDWARE') ? 'REPLACE' : missed.length ? 'NEEDS_CONFIGURATION' : 'MEETS';
  return { verdict, missed };
}
