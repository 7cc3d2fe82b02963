import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { COMMENTERS } from '../access/roles';
import { deny } from '../access/auth-checker';
import { Comment, CommentRevision, CommentVisibility } from './comment.entity';
import { AddCommentInput, EditCommentInput } from './comment.inputs';
import { CommentReader, CommentsArgs } from './comment.types';
import * as comments from './comment.service';

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized(COMMENTERS)
  @Query(() => [Comment], {
    description: 'The comments of a deployment the caller reads, oldest first: every thread of it, or the thread of the one task, dependency, defect or incident named. Partners read shared comments only; reporters none.',
  })
  comments(@Args(() => CommentsArgs) args: CommentsArgs, @Ctx() ctx: Context) {
    return comments.listComments(ctx, args);
  }

  @Authorized(COMMENTERS)
  @Query(() => [CommentReader], { description: 'The people who may read a comment of this visibility on the deployment, whom it may mention; by name.' })
  commentReaders(
    @Arg('deploymentId', () => ID, { description: 'The deployment.' }) deploymentId: string,
    @Arg('visibility', () => CommentVisibility, { description: 'The comment’s visibility.' }) visibility: CommentVisibility,
    @Ctx() ctx: Context,
  ) {
    if (!comments.readableVisibilities(ctx.actor.role).includes(visibility)) {
      deny(ctx, 'read who may read internal comments', 'internal comments are the CCPOR team’s.');
    }
    return comments.commentReaders(ctx.db.manager, deploymentId, visibility);
  }

  @Authorized(COMMENTERS)
  @Mutation(() => Comment, { description: 'Adds a comment to the thread of a deployment or of one of its tasks, dependencies, defects or incidents; the people it mentions are notified.' })
  addComment(@Arg('input', () => AddCommentInput, { description: 'The comment.' }) input: AddCommentInput, @Ctx() ctx: Context) {
    return comments.addComment(ctx, input);
  }

  @Authorized(COMMENTERS)
  @Mutation(() => Comment, { description: 'Changes the text (and mentions) of one’s own comment; the earlier text is kept in its revisions.' })
  editComment(@Arg('input', () => EditCommentInput, { description: 'The edit.' }) input: EditCommentInput, @Ctx() ctx: Context) {
    return comments.editComment(ctx, input);
  }

  @FieldResolver(() => [CommentRevision], { description: 'Its earlier texts, oldest first; empty if never edited.' })
  revisions(@Root() comment: Comment, @Ctx() ctx: Context) {
    return ctx.loaders.revisionsOfComment.load(comment.id);
  }
}
