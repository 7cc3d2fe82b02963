import { ArrayMaxSize, IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/pagination';
import { MutationInput, UpdateMutationInput } from '../sync/sync.inputs';
import { MailDelivery, MailKind, MailStatus, OutboundMail } from './mail.entity';

export const OutboundMailConnection = Connection(OutboundMail, 'A page of e-mail, newest first.');

@InputType({ description: 'Which e-mail to list.' })
export class MailboxFilter {
  @Field(() => MailStatus, { nullable: true, description: 'Only this status (FAILED: what an administrator should look at).' })
  @IsOptional() @IsEnum(MailStatus)
  status?: MailStatus | null;
}

@ObjectType({ description: 'How a person gets one kind of e-mail.' })
export class MailPreference {
  @Field(() => MailKind, { description: 'The kind.' })
  kind!: MailKind;

  @Field(() => MailDelivery, { description: 'Immediately, in the daily digest, or off.' })
  delivery!: MailDelivery;
}

@InputType({ description: 'How to get one kind of e-mail.' })
export class MailPreferenceInput {
  @Field(() => MailKind, { description: 'The kind.' })
  @IsEnum(MailKind)
  kind!: MailKind;

  @Field(() => MailDelivery, { description: 'Immediately, in the daily digest, or off.' })
  @IsEnum(MailDelivery)
  delivery!: MailDelivery;
}

@InputType({ description: 'The signed-in person’s e-mail settings and time zone; kinds left out keep their setting.' })
export class UpdateMyMailSettingsInput extends UpdateMutationInput {
  @Field(() => [MailPreferenceInput], { nullable: true, description: 'Kinds to change.' })
  @IsOptional() @ArrayMaxSize(Object.keys(MailKind).length) @ValidateNested()
  preferences?: MailPreferenceInput[] | null;

  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. America/Los_Angeles: the daily digest comes at 7:00 there.' })
  @IsOptional() @MaxLength(64)
  timeZone?: string | null;
}

@InputType({ description: 'The token of an unsubscribe link of an e-mail.' })
export class UnsubscribeMailInput extends MutationInput {
  @Field(() => String, { description: 'The token of the link (its `token` parameter).' })
  @MaxLength(300)
  token!: string;
}

@ObjectType({ description: 'What an unsubscribe link switched off.' })
export class Unsubscribed {
  @Field(() => [MailKind], { description: 'The kinds now off.' })
  kinds!: MailKind[];

  @Field(() => Boolean, { description: 'Whether it was the daily digest.' })
  digest!: boolean;
}
