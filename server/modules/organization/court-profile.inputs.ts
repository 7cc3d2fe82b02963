import { IsEnum } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IdInput } from '../../graphql/input-fields';
import { UpdateMutationInput } from '../sync/sync.inputs';
import { CcporProfile } from './organization.entity';

@InputType({ description: "Sets a court's CCPOR profile; its deployments not yet live follow at once." })
export class SetCourtProfileInput extends UpdateMutationInput {
  @IdInput('The court.')
  courtId!: string;

  @Field(() => CcporProfile, { description: 'DATA_AND_IMAGES or IMAGES_ONLY.' })
  @IsEnum(CcporProfile)
  profile!: CcporProfile;
}
