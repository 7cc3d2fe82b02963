import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { UpdateMutationInput } from '../sync/sync.inputs';

@InputType({ description: 'Takes a deployment live, when its readiness is GO.' })
export class GoLiveInput extends UpdateMutationInput {
  @Field(() => ID, { description: 'The deployment.' })
  @IsUUID()
  deploymentId!: string;
}
