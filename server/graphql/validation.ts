import { validateSync } from 'class-validator';
import { FieldProblem } from './errors';
import { flattenValidation } from './format-error';

/**
 * Every class-validator rule of an input, missing fields included, as the schema applies them to
 * arguments. For input that does not arrive as an argument: each item of a bulk sync (refused one
 * by one) and the values of a merged conflict.
 */
export const validationProblems = (input: object): FieldProblem[] =>
  validateSync(input, { forbidUnknownValues: false }).flatMap((e) => flattenValidation(e, ''));
