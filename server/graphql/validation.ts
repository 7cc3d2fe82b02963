import { validateSync } from 'class-validator';
import { badInput, FieldProblem } from './errors';
import { flattenValidation } from './format-error';

/**
 * Every class-validator rule of an input, missing fields included. type-graphql validates
 * arguments with skipMissingProperties, which skips the ValidateIf rules that make a field
 * required in some states (a FAILED attempt's actualResult, a WONT_FIX defect's note); services
 * whose inputs carry such rules run this too.
 */
export const validationProblems = (input: object): FieldProblem[] =>
  validateSync(input, { forbidUnknownValues: false }).flatMap((e) => flattenValidation(e, ''));

/** Throws BAD_USER_INPUT naming every field that breaks a rule. */
export function refuseInvalid(input: object) {
  const problems = validationProblems(input);
  if (problems.length) throw badInput(problems);
}
