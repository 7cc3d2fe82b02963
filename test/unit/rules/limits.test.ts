import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { MAX_LENGTH } from '../../../rules/limits';
import { RecordScannerWorkstationInput } from '../../../server/modules/scanner/scanner.inputs';

describe('text limits', () => {
  it('are what the server’s inputs refuse beyond', () => {
    const workstation = (make: string) => Object.assign(new RecordScannerWorkstationInput(), { make });
    const fields = (input: object) => validateSync(input, { skipMissingProperties: true }).map((e) => e.property);
    expect(fields(workstation('x'.repeat(MAX_LENGTH.label)))).not.toContain('make');
    expect(fields(workstation('x'.repeat(MAX_LENGTH.label + 1)))).toContain('make');
  });
});
