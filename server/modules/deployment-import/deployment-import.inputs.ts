import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInput } from '../sync/sync.inputs';

/** Characters of CSV accepted at once: about 500 rows, well inside the 1 MB request body limit. */
export const MAX_IMPORT_CHARACTERS = 200_000;
/** Rows (besides the header) accepted at once. */
export const MAX_IMPORT_ROWS = 500;

@InputType({ description: 'A CSV file of existing deployments to import.' })
export class ImportDeploymentsInput extends MutationInput {
  @Field(() => String, {
    description: 'The CSV text: a header row with court, go-live, phase, status, wave and LEAs columns, then one row per court (at most 500 rows, 200,000 characters).',
  })
  @Length(1, MAX_IMPORT_CHARACTERS, { message: 'csv must hold 1 to 200,000 characters; split a larger file' })
  csv!: string;
}
