import { describe, expect, it } from 'vitest';
import {
  RequirementCategory, RequirementOperator, ScannerConnection, ScannerDriver, ScannerFact, TestScanOutcome,
} from '../../../rules/enums';
import { checkRequirementRules, evaluateScanner, type ScannerFacts } from '../../../rules/scanner';
import { DEFAULT_SCANNER_REQUIREMENTS } from '../../../server/modules/scanner/default-requirements';

const good: ScannerFacts = {
  opticalResolutionDpi: 600, duplex: true, automaticDocumentFeeder: true, colour: false, connection: ScannerConnection.USB,
  drivers: [ScannerDriver.TWAIN, ScannerDriver.WIA], scanProfileSet: true, testScanOutcome: TestScanOutcome.PASSED,
};
const keys = (facts: ScannerFacts) => evaluateScanner(facts, DEFAULT_SCANNER_REQUIREMENTS).missed.map((m) => m.key);

describe('evaluateScanner', () => {
  it('MEETS when nothing is missed', () => {
    expect(evaluateScanner(good, DEFAULT_SCANNER_REQUIREMENTS)).toEqual({ verdict: 'MEETS', missed: [] });
  });

  it('NEEDS_CONFIGURATION when only configuration is missed, listing every miss', () => {
    const facts = { ...good, drivers: [ScannerDriver.WIA], scanProfileSet: false, testScanOutcome: TestScanOutcome.NOT_RUN };
    expect(evaluateScanner(facts, DEFAULT_SCANNER_REQUIREMENTS).verdict).toBe('NEEDS_CONFIGURATION');
    expect(keys(facts)).toEqual(['DRIVER', 'SCAN_PROFILE', 'TEST_SCAN']);
  });

  it('REPLACE when any hardware requirement is missed, even with configuration misses too', () => {
    const facts = { ...good, opticalResolutionDpi: 200, duplex: false, drivers: [] };
    const result = evaluateScanner(facts, DEFAULT_SCANNER_REQUIREMENTS);
    expect(result.verdict).toBe('REPLACE');
    expect(result.missed.map((m) => [m.key, m.category])).toEqual([['OPTICAL_RESOLUTION', 'HARDWARE'], ['DUPLEX', 'HARDWARE'], ['DRIVER', 'CONFIGURATION']]);
  });

  it('meets the resolution minimum at exactly the minimum', () => {
    expect(keys({ ...good, opticalResolutionDpi: 300 })).toEqual([]);
    expect(keys({ ...good, opticalResolutionDpi: 299 })).toEqual(['OPTICAL_RESOLUTION']);
  });

  it('counts a fact not recorded as missed', () => {
    expect(keys({ ...good, connection: null, duplex: null })).toEqual(['DUPLEX', 'CONNECTION']);
    expect(keys({ ...good, connection: ScannerConnection.OTHER })).toEqual(['CONNECTION']);
  });
});

// The app shows this verdict on the device before the server has seen the answers (the same
// function, so the same verdict); the seeded requirements tell all three apart.
describe('the verdict shown on the device', () => {
  const variants: Partial<ScannerFacts>[] = [
    {}, { opticalResolutionDpi: 200 }, { opticalResolutionDpi: 300 }, { duplex: false }, { automaticDocumentFeeder: false },
    { drivers: [] }, { drivers: [ScannerDriver.WIA] }, { scanProfileSet: false }, { testScanOutcome: TestScanOutcome.FAILED },
    { testScanOutcome: TestScanOutcome.NOT_RUN }, { connection: ScannerConnection.NETWORK }, { scanProfileSet: false, testScanOutcome: TestScanOutcome.NOT_RUN },
    { duplex: false, scanProfileSet: false },
  ];

  it('tells the three verdicts apart', () => {
    const verdicts = new Set(variants.map((change) => evaluateScanner({ ...good, ...change }, DEFAULT_SCANNER_REQUIREMENTS).verdict));
    expect([...verdicts].sort()).toEqual(['MEETS', 'NEEDS_CONFIGURATION', 'REPLACE']);
  });
});

describe('checkRequirementRules', () => {
  const base = { key: 'K', category: RequirementCategory.HARDWARE, description: 'd' };
  it('accepts the seeded version 1', () => {
    expect(checkRequirementRules(DEFAULT_SCANNER_REQUIREMENTS)).toEqual([]);
  });

  it('refuses operators that cannot test their fact, missing parameters, unknown values and duplicate keys', () => {
    const problems = checkRequirementRules([
      { ...base, fact: ScannerFact.DUPLEX, operator: RequirementOperator.AT_LEAST, minimum: 1 },
      { ...base, key: 'R', fact: ScannerFact.OPTICAL_RESOLUTION_DPI, operator: RequirementOperator.AT_LEAST },
      { ...base, key: 'R', fact: ScannerFact.DRIVERS, operator: RequirementOperator.ANY_OF, anyOf: ['TWAIN', 'SANE'] },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['requirements[0].operator', 'requirements[1].minimum', 'requirements[2].key', 'requirements[2].anyOf']);
    expect(checkRequirementRules([]).map((p) => p.field)).toEqual(['requirements']);
  });
});
