import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Text } from '../../graphql/text';
import { MutationInput } from '../sync/sync.inputs';
import { Party, Phase, TaskKind } from './lifecycle.enums';
import { IdInput } from '../../graphql/input-fields';
import { MAX_LENGTH, figure } from '../../../rules/limits';

/** Template versions hold at most this many tasks. */
const MAX_TEMPLATE_TASKS = 100;

@InputType({ description: 'Starts a draft of the next lifecycle template version, a copy of the current published one.' })
export class CreateLifecycleTemplateDraftInput extends MutationInput {
  @Field(() => String, { nullable: true, description: 'Name of the new version; omit to keep the current one’s.' })
  @IsOptional() @Text(2, MAX_LENGTH.title)
  name?: string | null;
}

@InputType({ description: 'One task of a draft template; its number is its position in the list (1-based).' })
export class TemplateTaskInput {
  @Field(() => String, { description: 'Stable key, upper-case letters, digits and underscores, e.g. SCANNER_ASSESSMENT.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'key must be 2 to 60 upper-case letters, digits or underscores, starting with a letter' })
  key!: string;

  @Field(() => String, { description: `What the task is (2 to ${figure(MAX_LENGTH.title)} characters).` })
  @Text(2, MAX_LENGTH.title)
  title!: string;

  @Field(() => Phase, { description: 'Phase the task belongs to.' })
  @IsEnum(Phase)
  phase!: Phase;

  @Field(() => Party, { description: 'Party that owns the task; the lane follows from it.' })
  @IsEnum(Party)
  party!: Party;

  @Field(() => TaskKind, { description: 'Kind of activity.' })
  @IsEnum(TaskKind)
  kind!: TaskKind;

  @Field(() => Int, { description: 'Due date in days from go-live (negative: before), -365 to 365.' })
  @IsInt() @Min(-365) @Max(365)
  offsetDays!: number;

  @Field(() => Boolean, { description: 'Whether the phase gate waits for this task.' })
  @IsBoolean()
  required!: boolean;

  @Field(() => [Int], { description: 'Numbers (positions) of earlier tasks that must be done first.' })
  @IsArray() @ArrayMaxSize(MAX_TEMPLATE_TASKS) @IsInt({ each: true })
  prerequisiteNumbers!: number[];
}

@InputType({ description: 'The whole task list of a draft template, replacing the one it had.' })
export class SaveLifecycleTemplateDraftInput extends MutationInput {
  @IdInput('The draft.')
  templateId!: string;

  @Field(() => String, { description: `Name of the version (2 to ${figure(MAX_LENGTH.title)} characters).` })
  @Text(2, MAX_LENGTH.title)
  name!: string;

  @Field(() => [TemplateTaskInput], { description: 'The tasks, in order.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_TEMPLATE_TASKS) @ValidateNested()
  tasks!: TemplateTaskInput[];
}

@InputType({ description: 'Publishes a draft: deployments created from now on start from it.' })
export class PublishLifecycleTemplateInput extends MutationInput {
  @IdInput('The draft.')
  templateId!: string;
}
