import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { UpdateMutationInput } from '../sync/sync.inputs';

@InputType({ description: 'Who leads and who visits a deployment.' })
export class AssignDeploymentStaffInput extends UpdateMutationInput {
  @IdInput('The deployment.')
  deploymentId!: string;

  @OptionalIdInput('The coordinator (a COORDINATOR or ADMIN user); null for none.')
  coordinatorId?: string | null;

  @Field(() => [ID], { description: 'The field staff (FIELD_STAFF users), the full list.' })
  @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true })
  fieldStaffIds!: string[];
}
