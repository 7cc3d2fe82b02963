import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The conflicted record as it is now: a resolution is based on this version, after comparing these values.' })
export class ConflictCurrentState {
  @Field(() => Int, { description: 'The record’s version now: send it as baseVersion of the resolution.' })
  version!: number;

  @Field(() => GraphQLJSONObject, { description: 'The record’s values now, of the fields the refused update carried.' })
  values!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Who last changed the record.' })
  updatedBy!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the record was last changed.' })
  updatedAt!: Date | null;
}
