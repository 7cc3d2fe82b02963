import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { figure, IMPORT_LIMITS, MAX_LENGTH, TEST_CASE_LIMITS, TOKEN_NAME_LENGTH, TOTP_CODE, TOTP_DIGITS } from '../../../rules/limits';
import { ImportDeploymentsInput } from '../../../server/modules/deployment-import/deployment-import.inputs';
import { RecordScannerWorkstationInput } from '../../../server/modules/scanner/scanner.inputs';
import { TestCaseDraftInput } from '../../../server/modules/test-plan/test-plan.inputs';
import { CreateApiTokenInput } from '../../../server/modules/user/user.inputs';

const refused = (input: object) => validateSync(input, { skipMissingProperties: true }).map((e) => e.property);
const messages = (input: object) => validateSync(input, { skipMissingProperties: true }).flatMap((e) => Object.values(e.constraints ?? {}));

describe('the limits of inputs', () => {
  it('are what the server’s inputs refuse beyond', () => {
    const workstation = (make: string) => Object.assign(new RecordScannerWorkstationInput(), { make });
    expect(refused(workstation('x'.repeat(MAX_LENGTH.label)))).not.toContain('make');
    expect(refused(workstation('x'.repeat(MAX_LENGTH.label + 1)))).toContain('make');
    const token = (name: string) => Object.assign(new CreateApiTokenInput(), { name });
    expect(refused(token('x'.repeat(TOKEN_NAME_LENGTH.max)))).toEqual([]);
    expect(refused(token('x'.repeat(TOKEN_NAME_LENGTH.max + 1)))).toEqual(['name']);
    const steps = (count: number) => Object.assign(new TestCaseDraftInput(), { steps: Array.from({ length: count }, () => 'Open CCPOR.') });
    expect(refused(steps(TEST_CASE_LIMITS.steps))).toEqual([]);
    expect(refused(steps(TEST_CASE_LIMITS.steps + 1))).toEqual(['steps']);
  });

  it('give their numbers to the messages people read', () => {
    const csv = Object.assign(new ImportDeploymentsInput(), { csv: 'x'.repeat(IMPORT_LIMITS.characters + 1) });
    expect(messages(csv)).toEqual([`csv must hold 1 to ${figure(IMPORT_LIMITS.characters)} characters; split a larger file`]);
    expect(figure(IMPORT_LIMITS.characters)).toBe('200,000');
  });

  it('take an authenticator code of exactly its digits', () => {
    expect(TOTP_CODE.test('1'.repeat(TOTP_DIGITS))).toBe(true);
    expect(TOTP_CODE.test('1'.repeat(TOTP_DIGITS - 1))).toBe(false);
    expect(TOTP_CODE.test(`${'1'.repeat(TOTP_DIGITS - 1)}a`)).toBe(false);
  });
});
