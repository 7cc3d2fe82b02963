import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { rawQuery } from '../../db/sql';
import { User } from '../user/user.entity';
import { Reschedule } from './reschedule.entity';

/** Loaders of a deployment's staff and latest go-live move (one statement per page of deployments). */
export function createDeploymentStaffLoaders(db: DataSource) {
  return {
    user: new DataLoader<string, User | undefined>(async (ids) => {
      const rows = await db.manager.findBy(User, { id: In([...ids]) });
      return ids.map((id) => rows.find((u) => u.id === id));
    }),
    fieldStaffOfDeployment: new DataLoader<string, User[]>(async (ids) => {
      const links = await rawQuery<{ deploymentId: string; userId: string }>(db,
        'SELECT "deploymentId", "userId" FROM deployment_field_staff WHERE "deploymentId" IN (:...ids)', { ids: [...ids] });
      const users = links.length ? await db.manager.find(User, { where: { id: In(links.map((l) => l.userId)) }, order: { displayName: 'ASC' } }) : [];
      return ids.map((id) => users.filter((u) => links.some((l) => l.deploymentId === id && l.userId === u.id)));
    }),
    latestRescheduleOfDeployment: new DataLoader<string, Reschedule | null>(async (ids) => {
      const rows = await db.manager.find(Reschedule, { where: { deploymentId: In([...ids]) }, order: { deploymentVersion: 'DESC' } });
      return ids.map((id) => rows.find((r) => r.deploymentId === id) ?? null);
    }),
  };
}
