import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInput } from '../sync/sync.inputs';
import { figure, IMPORT_LIMITS } from '../../../rules/limits';

@InputType({ description: 'A CSV file of existing deployments to import.' })
export class ImportDeploymentsInput extends MutationInput {
  @Field(() => String, {
    description: `The CSV text: a header row with court, go-live, phase, status, wave and LEAs columns, then one row per court (at most ${IMPORT_LIMITS.rows} rows, ${figure(IMPORT_LIMITS.characters)} characters).`,
  })
  @Length(1, IMPORT_LIMITS.characters, { message: `csv must hold 1 to ${figure(IMPORT_LIMITS.characters)} characters; split a larger file` })
  csv!: string;
}
