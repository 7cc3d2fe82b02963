import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { PLANNERS } from '../access/roles';
import { ImportDeploymentsInput } from './deployment-import.inputs';
import * as imports from './deployment-import.service';
import { DeploymentImportPreview, DeploymentImportResult } from './deployment-import.types';

@Resolver()
export class DeploymentImportResolver {
  @Authorized(PLANNERS)
  @Query(() => DeploymentImportPreview, { description: 'Reads a CSV of existing deployments and says, row by row, what importing it would do; writes nothing.' })
  previewDeploymentImport(
    @Arg('csv', () => String, { description: 'The CSV text, as importDeployments takes it.' }) csv: string,
    @Ctx() ctx: Context,
  ) {
    return imports.previewDeploymentImport(ctx, csv);
  }

  @Authorized(PLANNERS)
  @Mutation(() => DeploymentImportResult, {
    description: 'Imports the valid rows of a CSV of existing deployments in one transaction and skips the others; tasks of earlier phases are DONE with the note "imported".',
  })
  importDeployments(@Arg('input', () => ImportDeploymentsInput, { description: 'The file.' }) input: ImportDeploymentsInput, @Ctx() ctx: Context) {
    return imports.importDeployments(ctx, input);
  }
}
