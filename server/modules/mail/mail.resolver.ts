import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/pagination';
import { ADMINS, ANY_ROLE } from '../access/roles';
import { Role, User } from '../user/user.entity';
import { OutboundMail } from './mail.entity';
import * as mail from './mail.service';
import { MailboxFilter, MailPreference, OutboundMailConnection, UnsubscribeMailInput, Unsubscribed, UpdateMyMailSettingsInput } from './mail.types';

@Resolver(() => OutboundMail)
export class MailResolver {
  @Authorized(ADMINS)
  @Query(() => OutboundMailConnection, { description: 'The e-mail the product sent or will send, newest first: the development mailbox (without SMTP_URL), and failures with the SMTP server’s answer.' })
  mailbox(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => MailboxFilter, { nullable: true, description: 'Filters.' }) filter: MailboxFilter | null,
    @Ctx() ctx: Context,
  ) {
    return mail.mailbox(ctx, page, filter);
  }

  @Authorized(ADMINS)
  @Query(() => OutboundMail, { description: 'One e-mail, as sent.' })
  mailMessage(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: Context) {
    return mail.mailMessage(ctx, id);
  }

  @Authorized(ANY_ROLE)
  @Mutation(() => User, { description: 'Changes how you get each kind of e-mail, and your time zone (the daily digest comes at 7:00 there).' })
  updateMyMailSettings(@Arg('input', () => UpdateMyMailSettingsInput, { description: 'The changes.' }) input: UpdateMyMailSettingsInput, @Ctx() ctx: Context) {
    return mail.updateMyMailSettings(ctx, input);
  }

  @Mutation(() => Unsubscribed, { description: 'Switches off the kind of e-mail an unsubscribe link names, without signing in: the link’s token is the credential.' })
  unsubscribeMail(@Arg('input', () => UnsubscribeMailInput, { description: 'The link’s token.' }) input: UnsubscribeMailInput, @Ctx() ctx: Context) {
    return mail.unsubscribeMail(ctx, input);
  }
}

@Resolver(() => User)
export class UserMailResolver {
  @FieldResolver(() => [MailPreference], { nullable: true, description: 'How the person gets each kind of e-mail; only for the person and administrators (null for others).' })
  mailPreferences(@Root() user: User, @Ctx() ctx: Context) {
    return user.id === ctx.actor.userId || ctx.actor.role === Role.ADMIN ? mail.preferencesOf(user) : null;
  }
}
