import { InputType } from 'type-graphql';
import { UpdateMutationInput } from '../sync/sync.inputs';
import { IdInput } from '../../graphql/input-fields';

@InputType({ description: 'Takes a deployment live, when its readiness is GO.' })
export class GoLiveInput extends UpdateMutationInput {
  @IdInput('The deployment.')
  deploymentId!: string;
}
