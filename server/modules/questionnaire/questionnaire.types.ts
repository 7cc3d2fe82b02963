import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { QuestionType } from './questionnaire.enums';

@ObjectType({ description: 'One choice of a choice question.' })
class Choice {
  @Field(() => String, { description: 'The value stored as the answer.' })
  value!: string;

  @Field(() => String, { description: 'What people read.' })
  label!: string;
}

@ObjectType({ description: 'Shows a question only when an earlier answer has a value.' })
class QuestionCondition {
  @Field(() => String, { description: 'Key of the earlier question.' })
  questionKey!: string;

  @Field(() => GraphQLJSON, { description: 'The value its answer must have (or, for a multiple choice, contain).' })
  equals!: unknown;
}

@ObjectType({ description: 'A typed question of a questionnaire version.' })
export class Question {
  @Field(() => String, { description: 'Stable key; answers are keyed by it.' })
  key!: string;

  @Field(() => String, { description: 'The question as people read it.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Guidance for answering.' })
  help?: string | null;

  @Field(() => QuestionType, { description: 'What kind of answer it takes.' })
  type!: QuestionType;

  @Field(() => Boolean, { description: 'Whether a submission must answer it (when it is shown).' })
  required!: boolean;

  @Field(() => String, { nullable: true, description: 'Unit of a NUMBER answer, e.g. "orders a month".' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'Least NUMBER answer allowed.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Greatest NUMBER answer allowed.' })
  max?: number | null;

  @Field(() => [Choice], { nullable: true, description: 'The choices of a SINGLE_CHOICE or MULTIPLE_CHOICE question.' })
  choices?: Choice[] | null;

  @Field(() => QuestionCondition, { nullable: true, description: 'Shown only when this condition holds; otherwise neither required nor kept.' })
  visibleWhen?: QuestionCondition | null;

  @Field(() => [Question], { nullable: true, description: 'The questions of a GROUP, answered once per item.' })
  questions?: Question[] | null;
}
