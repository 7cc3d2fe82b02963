import { describe, expect, it } from 'vitest';
import { deviceVerdict, type ScannerAnswers } from '../../client/src/features/scanners/scanner-verdict';
import { DEFAULT_SCANNER_REQUIREMENTS } from '../../server/modules/scanner/default-requirements';
import { evaluateScanner } from '../../server/modules/scanner/scanner-rules';

// The scanner form shows a verdict on the device before the server has seen the answers; it must be
// the verdict the server will give. Both sides judge the same answers against the same requirements.
const base: ScannerAnswers = {
  opticalResolutionDpi: 600, duplex: true,
  automaticDocumentFeeder: true, colour: false, connection: 'USB', drivers: ['TWAIN'], scanProfileSet: true, testScanOutcome: 'PASSED',
};
const variants: Partial<ScannerAnswers>[] = [
  {}, { opticalResolutionDpi: 200 }, { opticalResolutionDpi: 300 }, { duplex: false }, { automaticDocumentFeeder: false },
  { drivers: [] }, { drivers: ['WIA'] }, { scanProfileSet: false }, { testScanOutcome: 'FAILED' }, { testScanOutcome: 'NOT_RUN' },
  { connection: 'NETWORK' }, { scanProfileSet: false, testScanOutcome: 'NOT_RUN' }, { duplex: false, scanProfileSet: false },
];

describe('the verdict shown on the device', () => {
  it.each(variants)('is the server’s verdict, with the same misses, for %o', (change) => {
    const answers = { ...base, ...change } as ScannerAnswers;
    const server = evaluateScanner(answers as never, DEFAULT_SCANNER_REQUIREMENTS);
    const device = deviceVerdict(answers, DEFAULT_SCANNER_REQUIREMENTS as never);
    expect(device.verdict).toBe(server.verdict);
    expect(device.missed.map((m) => m.key)).toEqual(server.missed.map((m) => m.key));
  });

  it('tells the three verdicts apart', () => {
    const verdicts = new Set(variants.map((change) => deviceVerdict({ ...base, ...change } as ScannerAnswers, DEFAULT_SCANNER_REQUIREMENTS as never).verdict));
    expect([...verdicts].sort()).toEqual(['MEETS', 'NEEDS_CONFIGURATION', 'REPLACE']);
  });
});
