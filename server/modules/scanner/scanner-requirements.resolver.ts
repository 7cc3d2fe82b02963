import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ADMINS } from '../access/roles';
import { ScannerRequirementSet } from './scanner.entity';
import { verdictChanges } from './scanner.service';
import { ScannerVerdictChange } from './scanner.types';

@Resolver(() => ScannerRequirementSet)
export class ScannerRequirementSetResolver {
  @Authorized(ADMINS)
  @Query(() => [ScannerRequirementSet], { description: 'Every published version of the scanner requirements, newest first.' })
  scannerRequirementVersions(@Ctx() ctx: Context) {
    return ctx.db.manager.find(ScannerRequirementSet, { order: { version: 'DESC' } });
  }

  @Authorized(ADMINS)
  @FieldResolver(() => [ScannerVerdictChange], {
    description: 'The workstations of deployments not yet live whose verdict this version changed when it was published, by court.',
  })
  verdictChanges(@Root() set: ScannerRequirementSet, @Ctx() ctx: Context) {
    return verdictChanges(ctx.db.manager, set);
  }
}
