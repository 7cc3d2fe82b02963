import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { UpdateMutationInput } from '../sync/sync.inputs';
import { IdInput } from '../../graphql/input-fields';
import { Text } from '../../graphql/text';
import { GoLiveTaskAction } from '../../../rules/enums';
import { MAX_LENGTH } from '../../../rules/limits';

export { GoLiveTaskAction };

registerEnumType(GoLiveTaskAction, {
  name: 'GoLiveTaskAction',
  description: 'What going live does with a task still open before go-live.',
  valuesConfig: {
    COMPLETE: { description: 'It was done: complete it.' },
    WAIVE: { description: 'It is not needed: waive it, with the reason.' },
  },
});

@InputType({ description: 'A task still open before go-live, and what going live does with it.' })
export class GoLiveTaskInput {
  @IdInput('The open task.')
  taskId!: string;

  @Field(() => GoLiveTaskAction, { description: 'COMPLETE or WAIVE.' })
  @IsEnum(GoLiveTaskAction)
  action!: GoLiveTaskAction;

  @Field(() => String, { nullable: true, description: 'Why the task is not needed (3 to 500 characters): required to waive.' })
  @IsOptional()
  @Text(3, MAX_LENGTH.reason)
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version of the task the person saw; a task changed since answers CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number | null;
}

@InputType({ description: 'Takes a deployment live, when its readiness is GO, settling every task still open before go-live.' })
export class GoLiveInput extends UpdateMutationInput {
  @IdInput('The deployment.')
  deploymentId!: string;

  @Field(() => [GoLiveTaskInput], {
    defaultValue: [],
    description: 'Every task still open before go-live, each completed or waived; going live is refused while one is left out.',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested()
  tasks!: GoLiveTaskInput[];
}
