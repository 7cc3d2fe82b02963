import { IsEnum, IsOptional, Length } from 'class-validator';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ANY_ROLE, PLANNERS } from '../access/roles';
import { SetCourtProfileInput } from './court-profile.inputs';
import { setCourtProfile } from './court-profile.service';
import { notFound } from '../../graphql/errors';
import { Connection, decodeCursor, PageArgs, toConnection } from '../../graphql/pagination';
import { Contact, Location, Organization, OrganizationKind } from './organization.entity';
import { Role } from '../user/user.entity';

const OrganizationConnection = Connection(Organization, 'A page of organizations, by name.');

@InputType({ description: 'Filters for organizations.' })
class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true, description: 'Only courts or only LEAs.' })
  @IsOptional() @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true, description: 'Only this county, e.g. "Fresno".' })
  @IsOptional() @Length(1, 60)
  county?: string | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized(ANY_ROLE)
  @Query(() => OrganizationConnection, { description: 'Courts and law-enforcement agencies, by name.' })
  async organizations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Filters; all given must match.' }) filter: OrganizationFilter | null,
    @Ctx() ctx: Context,
  ) {
    const query = () => {
      const q = ctx.db.manager.createQueryBuilder(Organization, 'o').where('1 = 1');
      // A partner sees their own organization and no other.
      if (ctx.actor.role === Role.PARTNER_USER) q.andWhere('o.id = :own', { own: ctx.actor.organizationId });
      if (filter?.kind) q.andWhere('o.kind = :kind', { kind: filter.kind });
      if (filter?.county) q.andWhere('o.county = :county', { county: filter.county });
      return q;
    };
    const paged = query();
    const cursor = decodeCursor(page.after, 1);
    if (cursor) paged.andWhere('o.name > :after', { after: cursor[0] });
    const rows = await paged.orderBy('o.name', 'ASC').limit(page.first + 1).getMany();
    return toConnection(rows, page, await query().getCount(), (o) => [o.name]);
  }

  @Authorized(ANY_ROLE)
  @Query(() => Organization, { description: 'One organization; NOT_FOUND if there is none with this id.' })
  async organization(@Arg('id', () => ID, { description: 'Organization id.' }) id: string, @Ctx() ctx: Context) {
    const org = await ctx.loaders.organization.load(id);
    if (!org || (ctx.actor.role === Role.PARTNER_USER && org.id !== ctx.actor.organizationId)) throw notFound('Organization', id);
    return org;
  }

  @Authorized(PLANNERS)
  @Mutation(() => Organization, {
    description: "Sets a court's CCPOR profile. Its deployments not yet live follow at once: the CLETS/CARPOS dependency and the CARPOS cases of unfinished runs (a system attempt each).",
  })
  setCourtProfile(@Arg('input', () => SetCourtProfileInput, { description: 'The court and its profile.' }) input: SetCourtProfileInput, @Ctx() ctx: Context) {
    return setCourtProfile(ctx, input);
  }

  @FieldResolver(() => [Location], { description: 'Courthouses or sites.' })
  locations(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.locationsOfOrganization.load(org.id);
  }

  @FieldResolver(() => [Contact], { description: 'People to contact (for reporters, their names, e-mail addresses and phone numbers read as placeholders).' })
  contacts(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.contactsOfOrganization.load(org.id);
  }
}
