import { IsOptional, IsUUID } from 'class-validator';
import { Field, ID } from 'type-graphql';
import { combineDecorators } from '../shared/combine-decorators';

// Id fields of inputs, each declared with its check in one decorator so none is left unchecked.

/** The id of an existing record; a value that is not a UUID is refused as BAD_USER_INPUT. */
export const IdInput = (description: string) => combineDecorators(Field(() => ID, { description }), IsUUID());

/** An id that may be left out, such as the one a device chooses for a record it creates offline. */
export const OptionalIdInput = (description: string) =>
  combineDecorators(Field(() => ID, { nullable: true, description }), IsOptional(), IsUUID());
