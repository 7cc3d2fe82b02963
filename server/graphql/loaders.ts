import DataLoader from 'dataloader';
import { DataSource, In, ObjectLiteral } from 'typeorm';
import { rawQuery, selectWhereIn } from '../db/sql';
import { today, type Clock } from '../shared/clock';
import { AccountRequest } from '../modules/account-request/account-request.entity';
import { Deployment } from '../modules/deployment/deployment.entity';
import { healthParams, healthTableSql, HealthRow } from '../modules/deployment/health';
import { Dependency } from '../modules/dependency/dependency.entity';
import { Document } from '../modules/document/document.entity';
import { Meeting } from '../modules/meeting/meeting.entity';
import { Contact, Location, Organization } from '../modules/organization/organization.entity';
import { Questionnaire, QuestionnaireResponse } from '../modules/questionnaire/questionnaire.entity';
import { ScannerAssessment, ScannerWorkstation } from '../modules/scanner/scanner.entity';
import { ScannerSummary } from '../modules/scanner/scanner.types';
import { ScannerVerdict } from '../modules/scanner/scanner.enums';
import { Task } from '../modules/task/task.entity';
import { SignInCounter, User } from '../modules/user/user.entity';
import { TrainingSession } from '../modules/training/training.entity';
import { createCatLoaders } from '../modules/test-run/cat.loaders';
import { createDeploymentStaffLoaders } from '../modules/deployment/deployment-staff.loaders';
import { createGoLiveProjectionLoaders } from '../modules/deployment/go-live-projection.loaders';
import { createAttachmentLoaders } from '../modules/attachment/attachment.service';
import { CommentRevision } from '../modules/comment/comment.entity';

// One loader per field that resolves per parent, so a page of N records costs the same number of
// SQL statements as a page of one. Loaders live for one request.

export function byKey<E extends ObjectLiteral>(db: DataSource, entity: new () => E, key: keyof E & string, order: Partial<Record<keyof E, 'ASC' | 'DESC'>>) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await selectWhereIn(db, entity, key, keys, order);
    const groups = new Map<string, E[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key])?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/** Answers each key with the row whose `key` equals it (or undefined), in the keys' order. */
export function inKeyOrder<R, K extends keyof R>(keys: readonly string[], rows: R[], key: K): (R | undefined)[] {
  const byId = new Map(rows.map((row) => [row[key] as unknown as string, row]));
  return keys.map((k) => byId.get(k));
}

/**
 * Answers each key with the rows of `entity` it links to through a link table (its `from` and `to`
 * columns), in `order`: two statements whatever the number of keys.
 */
export function throughLink<E extends { id: string }>(
  db: DataSource, table: string, from: string, to: string, entity: new () => E, order: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>,
) {
  return new DataLoader<string, E[]>(async (keys) => {
    const links = await rawQuery<{ from: string; to: string }>(db,
      `SELECT "${from}" AS "from", "${to}" AS "to" FROM ${table} WHERE "${from}" IN (:...keys)`, { keys: [...keys] });
    const targets = await selectWhereIn(db, entity, 'id', [...new Set(links.map((l) => l.to))], order);
    const linkedTo = new Map(keys.map((k) => [k, new Set<string>()]));
    for (const link of links) linkedTo.get(link.from)?.add(link.to);
    return keys.map((k) => targets.filter((t) => linkedTo.get(k)!.has(t.id)));
  });
}

export function createLoaders(db: DataSource, clock: Clock) {
  return {
    ...createCatLoaders(db, clock),
    ...createDeploymentStaffLoaders(db),
    ...createGoLiveProjectionLoaders(db, clock),
    ...createAttachmentLoaders(db),
    organization: new DataLoader<string, Organization | undefined>(async (ids) => {
      return inKeyOrder(ids, await selectWhereIn(db, Organization, 'id', ids), 'id');
    }),
    leasOfDeployment: throughLink(db, 'deployment_lea', 'deploymentId', 'organizationId', Organization, { name: 'ASC' }),
    location: new DataLoader<string, Location | undefined>(async (ids) => {
      return inKeyOrder(ids, await db.manager.findBy(Location, { id: In([...ids]) }), 'id');
    }),
    revisionsOfComment: byKey(db, CommentRevision, 'commentId', { replacedAt: 'ASC', id: 'ASC' }),
    locationsOfOrganization: byKey(db, Location, 'organizationId', { name: 'ASC' }),
    contactsOfOrganization: byKey(db, Contact, 'organizationId', { name: 'ASC' }),
    tasksOfDeployment: byKey(db, Task, 'deploymentId', { number: 'ASC' }),
    dependenciesOfDeployment: byKey(db, Dependency, 'deploymentId', { offsetDays: 'ASC', kind: 'ASC' }),
    meetingsOfDeployment: byKey(db, Meeting, 'deploymentId', { meetingOn: 'ASC' }),
    documentsOfDeployment: byKey(db, Document, 'deploymentId', { exchangedOn: 'ASC' }),
    scannerAssessmentsOfDeployment: byKey(db, ScannerAssessment, 'deploymentId', { assessedOn: 'ASC', id: 'ASC' }),
    workstationsOfAssessment: byKey(db, ScannerWorkstation, 'assessmentId', { label: 'ASC', id: 'ASC' }),
    scannerSummary: new DataLoader<string, ScannerSummary>(async (ids) => {
      const rows = await rawQuery<{ deploymentId: string; verdict: ScannerVerdict; n: number }>(db,
        'SELECT "deploymentId", verdict, COUNT(*) AS n FROM scanner_workstation WHERE "deploymentId" IN (:...ids) GROUP BY "deploymentId", verdict', { ids: [...ids] });
      return ids.map((id) => {
        const count = (v: ScannerVerdict) => Number(rows.find((r) => r.deploymentId === id && r.verdict === v)?.n ?? 0);
        const summary = { meeting: count(ScannerVerdict.MEETS), toConfigure: count(ScannerVerdict.NEEDS_CONFIGURATION), toReplace: count(ScannerVerdict.REPLACE) };
        return { assessed: summary.meeting + summary.toConfigure + summary.toReplace, ...summary };
      });
    }),
    questionnaire: new DataLoader<string, Questionnaire | undefined>(async (ids) => {
      return inKeyOrder(ids, await db.manager.findBy(Questionnaire, { id: In([...ids]) }), 'id');
    }),
    responsesOfDeployment: byKey(db, QuestionnaireResponse, 'deploymentId', { questionnaireKey: 'ASC' }),
    trainingSessionsOfDeployment: byKey(db, TrainingSession, 'deploymentId', { scheduledOn: 'ASC', id: 'ASC' }),
    accountRequestsOfDeployment: byKey(db, AccountRequest, 'deploymentId', { personName: 'ASC', id: 'ASC' }),
    prerequisitesOfTask: throughLink(db, 'task_prerequisite', 'taskId', 'prerequisiteId', Task, { number: 'ASC' }),
    deployment: new DataLoader<string, Deployment | undefined>(async (ids) => {
      return inKeyOrder(ids, await selectWhereIn(db, Deployment, 'id', ids), 'id');
    }),
    user: new DataLoader<string, User | undefined>(async (ids) => {
      const rows = await db.manager.findBy(User, { id: In([...ids]) });
      return ids.map((id) => rows.find((u) => u.id === id));
    }),
    lockOfEmail: new DataLoader<string, Date | null>(async (emails) => {
      const rows = await db.manager.findBy(SignInCounter, { key: In(emails.map((e) => `fail:${e}`)) });
      const now = clock.now();
      return emails.map((e) => {
        const until = rows.find((r) => r.key === `fail:${e}`)?.lockedUntil;
        return until && until > now ? until : null;
      });
    }),
    health: new DataLoader<string, HealthRow>(async (ids) => {
      const rows = await rawQuery<HealthRow>(db, healthTableSql(db, true),
        { ...healthParams(today(clock)), ids: [...ids] });
      return inKeyOrder(ids, rows, 'deploymentId').map((row, i) => row ?? new Error(`No health for deployment ${ids[i]}`));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
