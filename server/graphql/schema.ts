import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DeploymentResolver } from '../modules/deployment/deployment.resolver';
import { DependencyResolver } from '../modules/dependency/dependency.resolver';
import { DocumentResolver } from '../modules/document/document.resolver';
import { LifecycleTemplateResolver } from '../modules/lifecycle-template/lifecycle-template.resolver';
import { MeetingResolver } from '../modules/meeting/meeting.resolver';
import { OrganizationResolver } from '../modules/organization/organization.resolver';
import { TaskResolver } from '../modules/task/task.resolver';
import { DefectResolver } from '../modules/defect/defect.resolver';
import { SignOffResolver } from '../modules/sign-off/sign-off.resolver';
import { IncidentResolver } from '../modules/incident/incident.resolver';
import { DeploymentCatResolver } from '../modules/readiness/deployment-cat.resolver';
import { TestPlanResolver } from '../modules/test-plan/test-plan.resolver';
import { TestResultResolver, TestRunResolver } from '../modules/test-run/test-run.resolver';

export const RESOLVERS = [
  DeploymentResolver, TaskResolver, DependencyResolver, OrganizationResolver, MeetingResolver, DocumentResolver,
  LifecycleTemplateResolver, TestPlanResolver, TestRunResolver, TestResultResolver, DefectResolver, SignOffResolver, IncidentResolver, DeploymentCatResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The executable schema, built once per process from the type-graphql classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  return built;
}

/** The SDL committed as schema.graphql: sorted, so a diff shows only real changes. */
export const printSortedSchema = (schema: GraphQLSchema) => `${printSchema(lexicographicSortSchema(schema))}\n`;
