import { useId, useState, type FormEvent } from 'react';
import type { AccountRequestStatus, CcporRole, Role } from '../../graphql/generated/graphql';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import type { Deployment, Workspace } from './deployment-timeline.page';
import { WriteOutcome } from './write-outcome.component';
import { LabelOptions } from '../../app/label-options.component';
import { isPlanner, mayProgressTasks } from '../../../../rules/roles';
import { ACCOUNT_REQUEST_STATUS_LABELS, CCPOR_ROLE_LABELS } from '../../../../rules/labels';
import { MAX_LENGTH } from '../../../../rules/limits';

type AccountRequest = Workspace['accountRequests'][number];

/** The next step of a request (REQUESTED → APPROVED → ACTIVE); rejecting has its own form. */
const NEXT: Partial<Record<AccountRequestStatus, { status: AccountRequestStatus; label: string }>> = {
  REQUESTED: { status: 'APPROVED', label: 'Approve' },
  APPROVED: { status: 'ACTIVE', label: 'Mark active' },
};

/** CCPOR accounts requested for people of the court and its LEAs; planners move them along. */
export function AccountRequests({ deployment, requests, role }: { deployment: Deployment; requests: AccountRequest[]; role: Role }) {
  return (
    <section className="records" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">CCPOR account requests</h2>
      {requests.length === 0 ? (
        <p className="muted">No account requested yet.</p>
      ) : (
        <ul className="record-list">
          {requests.map((request) => (
            <AccountRequestItem key={request.id} request={request} planner={isPlanner(role)} />
          ))}
        </ul>
      )}
      {mayProgressTasks(role) && <RequestAccountForm deployment={deployment} />}
    </section>
  );
}

function AccountRequestItem({ request, planner }: { request: AccountRequest; planner: boolean }) {
  const change = useOutboxWrite('ChangeAccountRequestStatus');
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const next = NEXT[request.status];
  const send = (status: AccountRequestStatus, why?: string) =>
    void change.send({ requestId: request.id, status, reason: why ?? null }, { baseVersion: request.version });
  const onReject = (event: FormEvent) => {
    event.preventDefault();
    send('REJECTED', reason);
  };
  return (
    <li>
      <strong>{request.personName}</strong> ({request.email}) · {request.organization.name} · {CCPOR_ROLE_LABELS[request.ccporRole]}
      {request.sealedOrders && ' · sees sealed orders'} · <span className="badge">{ACCOUNT_REQUEST_STATUS_LABELS[request.status]}</span>
      {request.rejectionReason && <p className="muted">Reason: {request.rejectionReason}</p>}
      {planner && (next || request.status === 'REQUESTED' || request.status === 'APPROVED') && (
        <div className="button-row button-row--start">
          {next && (
            <button type="button" className="button button--secondary" disabled={change.sending} onClick={() => send(next.status)}>
              {next.label}
            </button>
          )}
          <button type="button" className="button button--secondary" aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
            Reject…
          </button>
        </div>
      )}
      {rejecting && (
        <form className="form" onSubmit={onReject}>
          <div className="field">
            <label htmlFor={reasonId}>Why the request is rejected</label>
            <input id={reasonId} className="input" required minLength={3} maxLength={MAX_LENGTH.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="submit" className="button button--danger" disabled={change.sending}>
            Reject request
          </button>
        </form>
      )}
      <WriteOutcome outcome={change.outcome} />
    </li>
  );
}

function RequestAccountForm({ deployment }: { deployment: Deployment }) {
  const ids = useId();
  const request = useOutboxWrite('RequestAccount');
  const organizations = [deployment.court, ...deployment.participatingLeas];
  const [organizationId, setOrganizationId] = useState(deployment.court.id);
  const [personName, setPersonName] = useState('');
  const [email, setEmail] = useState('');
  const [ccporRole, setCcporRole] = useState<CcporRole>('COURT');
  const [sealedOrders, setSealedOrders] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await request.send({ id: crypto.randomUUID(), deploymentId: deployment.id, organizationId, personName, email, ccporRole, sealedOrders });
    if (!outcome.error) {
      setPersonName('');
      setEmail('');
      setSealedOrders(false);
    }
  };
  return (
    <form className="form panel" onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Request a CCPOR account</h3>
      <div className="field">
        <label htmlFor={`${ids}-name`}>Person</label>
        <input id={`${ids}-name`} className="input" required value={personName} onChange={(e) => setPersonName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-email`}>E-mail</label>
        <input id={`${ids}-email`} className="input" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-org`}>Organization</label>
        <select id={`${ids}-org`} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-role`}>CCPOR role</label>
        <select id={`${ids}-role`} value={ccporRole} onChange={(e) => setCcporRole(e.target.value as CcporRole)}>
          <LabelOptions labels={CCPOR_ROLE_LABELS} />
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" checked={sealedOrders} onChange={(e) => setSealedOrders(e.target.checked)} /> Sees sealed orders
      </label>
      <WriteOutcome outcome={request.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={request.sending}>
          Request account
        </button>
      </div>
    </form>
  );
}
