import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { IdInput, OptionalIdInput } from '../../graphql/input-fields';
import { Role } from '../user/user.entity';

@ArgsType()
export class CommentsArgs {
  @IdInput('The deployment.')
  deploymentId!: string;

  @OptionalIdInput('Only the comments on this task.')
  taskId?: string | null;

  @OptionalIdInput('Only the comments on this dependency.')
  dependencyId?: string | null;

  @OptionalIdInput('Only the comments on this defect.')
  defectId?: string | null;

  @OptionalIdInput('Only the comments on this incident.')
  incidentId?: string | null;
}

@ObjectType({ description: 'A person who may read a comment, and so be mentioned in it.' })
export class CommentReader {
  @Field(() => ID, { description: 'Their account.' })
  userId!: string;

  @Field(() => String, { description: 'Their name.' })
  name!: string;

  @Field(() => Role, { description: 'Their role.' })
  role!: Role;
}
