import { EntityManager, IsNull } from 'typeorm';
import { rawQuery } from '../../db/sql';
import type { Context } from '../../graphql/context';
import { deny } from '../access/auth-checker';
import { Role } from '../user/user.entity';
import { badInput, invalidTransition, problem } from '../../graphql/errors';
import { CASE_STATUS_LABELS, DEFECT_STATUS_LABELS } from '../../../rules/labels';
import type { CaseStatus, DefectStatus } from '../../../rules/enums';
import { Deployment } from '../deployment/deployment.entity';
import { Party } from '../lifecycle-template/lifecycle.enums';
import { applyMutation, loadForUpdate } from '../sync/replay';
import { TestRun } from '../test-run/test-run.entity';
import { refuseFinished } from '../test-run/test-run.service';
import { changesSince, runsNow, signOffBlockers } from './runs-now';
import { SignOff } from './sign-off.entity';
import { SignOffRunInput } from './sign-off.inputs';

/** The organization a party signs for: the court, one of the deployment's LEAs, or none. */
async function signingOrganization(tx: EntityManager, deployment: Deployment, input: SignOffRunInput): Promise<string | null> {
  const given = input.organizationId ?? null;
  if (input.party === Party.CCPOR_TEAM) {
    if (given) throw badInput([{ field: 'organizationId', message: 'the CCPOR team signs for no organization; omit it.' }]);
    return null;
  }
  if (input.party === Party.COURT) {
    if (given && given !== deployment.courtId) throw badInput([{ field: 'organizationId', message: `is not the court of deployment ${deployment.id}.` }]);
    return deployment.courtId;
  }
  const leas = await rawQuery<{ organizationId: string }>(tx, 'SELECT "organizationId" FROM deployment_lea WHERE "deploymentId" = :id', { id: deployment.id });
  if (!given || !leas.some((l) => l.organizationId === given)) {
    throw badInput([{ field: 'organizationId', message: 'must name one of the deployment’s participating LEAs.' }]);
  }
  return given;
}

/**
 * Each party signs as itself (docs/domain.md#sign-offs): the CCPOR team's staff for the CCPOR team,
 * a partner only for their own court or agency. On a shared tablet the signer signs in first.
 */
function refuseOtherParty(ctx: Context, party: Party, organizationId: string | null) {
  const own = ctx.actor.role === Role.PARTNER_USER ? party !== Party.CCPOR_TEAM && organizationId === ctx.actor.organizationId : party === Party.CCPOR_TEAM;
  if (!own) deny(ctx, `sign off for ${party === Party.CCPOR_TEAM ? 'the CCPOR team' : 'that organization'}`, 'each party signs for itself: hand the tablet to that party’s signer to sign in.');
}

export function signOffRun(ctx: Context, input: SignOffRunInput) {
  return applyMutation(ctx, { operation: 'signOffRun', input }, async (tx) => {
    // Locked like recordTestResult, so no attempt slips in between the check and the basis stored.
    const run = await loadForUpdate(tx, TestRun, input.runId, 'TestRun');
    const deployment = await tx.findOneByOrFail(Deployment, { id: run.deploymentId });
    refuseFinished(deployment, 'signed off');
    const organizationId = await signingOrganization(tx, deployment, input);
    refuseOtherParty(ctx, input.party, organizationId);
    const now = (await runsNow(tx, [run])).get(run.id)!;
    const blockers = signOffBlockers(now);
    if (blockers.length) {
      throw problem('SIGN_OFF_BLOCKED',
        `The run cannot be signed off while ${blockers.map((b) => `${b.what} is ${(b.recordType === 'Defect' ? DEFECT_STATUS_LABELS[b.status as DefectStatus] : CASE_STATUS_LABELS[b.status as CaseStatus]).toLowerCase()}`).join('; ')}. Pass or fix them first.`,
        { blockers });
    }
    const earlier = await tx.findBy(SignOff, { runId: run.id, party: input.party, organizationId: organizationId ?? IsNull() });
    const current = earlier.find((s) => changesSince(s.basis, now).length === 0);
    if (current) {
      throw invalidTransition('SignOff', current.id, 'CURRENT', 'signed again', 'this party’s sign-off of the run still holds; sign again once it is stale.');
    }
    return tx.save(tx.create(SignOff, {
      runId: run.id, deploymentId: deployment.id, party: input.party, organizationId, signerName: input.signerName.trim(),
      signerRole: input.signerRole.trim(), statement: input.statement.trim(), signedAt: ctx.clock.now(), recordedBy: ctx.actor.name,
      runStatusAtSigning: now.runStatus, basis: now.basis,
    }));
  });
}
