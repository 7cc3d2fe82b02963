import type { QueryRunner } from 'typeorm';

/**
 * Keeps, on each met dependency, the wait that ended when it was met, read back from the audit
 * trail of the changes before these columns existed (docs/domain.md#go-live-projection): the
 * change that made it MET shows, in its "before", the party waited on and since when.
 */
export async function keepCompletedWaitsFromAudit(runner: QueryRunner) {
  const postgres = runner.connection.options.type === 'postgres';
  const events = await runner.query(`SELECT "entityId", "before", "after" FROM audit_event
    WHERE "entityType" = 'Dependency' AND "after" LIKE '%"status":"MET"%' ORDER BY "at", "id"`) as { entityId: string; before: string | null; after: string | null }[];
  const last = new Map<string, { waitedOn: string; waitedSince: string } | null>();
  for (const e of events) {
    const before = e.before ? JSON.parse(e.before) as Record<string, unknown> : {};
    const waited = before.status === 'WAITING' && typeof before.waitingOn === 'string' && typeof before.waitingSince === 'string';
    last.set(e.entityId, waited ? { waitedOn: before.waitingOn as string, waitedSince: (before.waitingSince as string).slice(0, 10) } : null);
  }
  for (const [id, wait] of last) {
    if (!wait) continue;
    await runner.query(postgres
      ? `UPDATE dependency SET "waitedOn" = $1, "waitedSince" = $2 WHERE id = $3 AND status = 'MET'`
      : `UPDATE dependency SET "waitedOn" = ?, "waitedSince" = ? WHERE id = ? AND status = 'MET'`, [wait.waitedOn, wait.waitedSince, id]);
  }
}
