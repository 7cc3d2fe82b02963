import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { DraftNotice } from '../../app/draft-notice.component';
import type { Party, SignOffRunsQuery } from '../../graphql/generated/graphql';
import { SignOffRunsDocument } from '../../graphql/documents/sign-off';
import { useDraft } from '../../offline/useDraft';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { useSignOut } from '../session/useSignOut';
import { LoadFailed } from '../../app/load-failed.component';
import './sign-off.css';
import { RUN_STATUS_LABELS, TEST_ENVIRONMENT_LABELS } from '../../../../rules/labels';
import { californiaDate, formatDate } from '../../../../rules/dates';
import { formatDateTime } from '../../../../rules/times';
import { MIN_SAID } from '../../../../rules/limits';

type Deployment = SignOffRunsQuery['deployment'];
type Run = Deployment['testRuns'][number];
type SignOffRecord = Run['signOffs'][number];

/** A party that must sign: the court, each participating LEA, the CCPOR team. */
interface Signer {
  party: Party;
  organizationId: string | null;
  name: string;
}


const DEFAULT_STATEMENT = 'I have reviewed the results of this Court Acceptance Testing run and accept them on behalf of my organization.';

function signersOf(deployment: Deployment): Signer[] {
  return [
    { party: 'COURT', organizationId: deployment.court.id, name: deployment.court.name },
    ...deployment.participatingLeas.map((lea) => ({ party: 'LEA' as Party, organizationId: lea.id, name: lea.name })),
    { party: 'CCPOR_TEAM', organizationId: null, name: 'CCPOR team' },
  ];
}

const sameSigner = (signOff: SignOffRecord, signer: Signer) =>
  signOff.party === signer.party && (signer.party === 'CCPOR_TEAM' || signOff.organizationId === signer.organizationId);

/** The run to sign: the one asked for, else the latest acceptance run, else the latest run. */
function chosenRun(runs: Run[], asked: string | null): Run | undefined {
  return runs.find((run) => run.id === asked) ?? runs.filter((run) => run.purpose === 'ACCEPTANCE').at(-1) ?? runs.at(-1);
}

/**
 * Sign-off on the spot (docs/domain.md#sign-offs: each party signs for itself). Who is signed in signs for their
 * own party; field staff hand the tablet to the court's or LEA's signer, who signs in as
 * themselves — the field engineer's unsent entries stay theirs and wait for their next sign-in.
 */
export function SignOffPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const { me } = useMe();
  const { data, error } = useQuery(SignOffRunsDocument, { variables: { deploymentId: id } });
  const deployment = data?.deployment;
  // Kept here: once the signature arrives, the form gives way to it, and this says what happened.
  const [signed, setSigned] = useState<string>();

  if (error && !deployment) {
    return <LoadFailed what="The test runs" error={error} />;
  }
  if (!deployment || !me) {
    return (
      <p className="status-message" role="status">
        Loading the sign-off…
      </p>
    );
  }
  const run = chosenRun(deployment.testRuns, searchParams.get('run'));
  const signers = signersOf(deployment);
  // The party the signed-in person signs for, if any.
  const own =
    me.role === 'PARTNER_USER'
      ? signers.find((signer) => signer.party !== 'CCPOR_TEAM' && signer.organizationId === me.organization?.id)
      : me.role === 'ADMIN' || me.role === 'COORDINATOR'
        ? signers.find((signer) => signer.party === 'CCPOR_TEAM')
        : undefined;
  const here = `/deployments/${id}/sign-off${run ? `?run=${run.id}` : ''}`;

  return (
    <>
      <title>{`Sign-off – ${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>← {deployment.court.name}</Link>
      </nav>
      <h1>Sign-off of Court Acceptance Testing</h1>
      <p className="muted">{deployment.court.name}</p>
      {!run ? (
        <p className="empty-state">
          No CAT run yet. <Link to={`/deployments/${id}/cat`}>Start one in the CAT runner.</Link>
        </p>
      ) : (
        <>
          {deployment.testRuns.length > 1 && <RunChooser runs={deployment.testRuns} current={run} deploymentId={id} />}
          <RunSummary run={run} deploymentId={id} />
          <section aria-labelledby="signers-heading" className="sign-off-section">
            <h2 id="signers-heading">Who must sign</h2>
            <ul className="signer-list">
              {signers.map((signer) => {
                const signOffs = run.signOffs.filter((signOff) => sameSigner(signOff, signer));
                const current = signOffs.find((signOff) => signOff.status === 'CURRENT');
                const stale = signOffs.filter((signOff) => signOff.status === 'STALE').at(-1);
                return (
                  <li key={`${signer.party}:${signer.organizationId ?? ''}`} className="signer-list__item">
                    <div>
                      <h3 className="signer-list__name">{signer.name}</h3>
                      {current ? (
                        <p>
                          <span className="badge badge--task-done">Signed</span> by {current.signerName} ({current.signerRole}),{' '}
                          {formatDateTime(current.signedAt)}
                        </p>
                      ) : stale ? (
                        <p>
                          <span className="badge badge--overdue">Needs signing again</span> {stale.signerName}’s sign-off is stale:{' '}
                          {stale.staleBecause.join('; ')}
                        </p>
                      ) : (
                        <p>
                          <span className="badge badge--task-in-progress">Not signed yet</span>
                        </p>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
          {own && !run.signOffs.some((signOff) => sameSigner(signOff, own) && signOff.status === 'CURRENT') && (
            <SignForm run={run} signer={own} defaultName={me.displayName} onSigned={setSigned} />
          )}
          {signed && (
            <div className="callout callout--success" role="status">
              {signed}
            </div>
          )}
          <HandOver here={here} signedInAs={me.displayName} userId={me.id} canSign={Boolean(own)} />
        </>
      )}
    </>
  );
}

function RunChooser({ runs, current, deploymentId }: { runs: Run[]; current: Run; deploymentId: string }) {
  return (
    <nav aria-label="Runs" className="sign-off-runs">
      <p className="muted">Runs of this deployment (newest last):</p>
      <ul className="link-list">
        {runs.map((run) => (
          <li key={run.id}>
            <Link to={`/deployments/${deploymentId}/sign-off?run=${run.id}`} aria-current={run.id === current.id ? 'page' : undefined}>
              {run.purpose === 'ACCEPTANCE' ? 'Acceptance' : 'Rehearsal'} run of {formatDate(californiaDate(new Date(run.startedAt)))} ·{' '}
              {RUN_STATUS_LABELS[run.summary.status]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function RunSummary({ run, deploymentId }: { run: Run; deploymentId: string }) {
  const { summary } = run;
  const blocking = summary.openDefects.critical + summary.openDefects.major;
  return (
    <section aria-labelledby="result-heading" className="panel sign-off-section">
      <h2 id="result-heading">
        {run.purpose === 'ACCEPTANCE' ? 'Acceptance' : 'Rehearsal'} run: {RUN_STATUS_LABELS[summary.status]}
      </h2>
      <p className="muted">
        Started {formatDateTime(run.startedAt)} by {run.startedBy} · {TEST_ENVIRONMENT_LABELS[run.environment].toLowerCase()} environment
      </p>
      <dl className="run-figures">
        <div>
          <dt>Passed</dt>
          <dd>{summary.passed}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd>{summary.failed}</dd>
        </div>
        <div>
          <dt>Blocked</dt>
          <dd>{summary.blocked}</dd>
        </div>
        <div>
          <dt>Retest</dt>
          <dd>{summary.retest}</dd>
        </div>
        <div>
          <dt>Untested</dt>
          <dd>{summary.untested}</dd>
        </div>
        <div>
          <dt>Not applicable</dt>
          <dd>{summary.notApplicable}</dd>
        </div>
        <div>
          <dt>Pass rate</dt>
          <dd>{summary.passPercent === null ? '–' : `${summary.passPercent} %`}</dd>
        </div>
        <div>
          <dt>Open critical or major defects</dt>
          <dd>{blocking}</dd>
        </div>
      </dl>
      <p>
        <Link to={`/deployments/${deploymentId}/cat?run=${run.id}`}>Every case and attempt of this run</Link>
      </p>
    </section>
  );
}

function SignForm({ run, signer, defaultName, onSigned }: { run: Run; signer: Signer; defaultName: string; onSigned: (message: string) => void }) {
  const ids = { name: useId(), role: useId(), statement: useId() };
  const draft = useDraft(`sign-off:${run.id}:${signer.organizationId ?? 'ccpor-team'}`, { signerName: defaultName, signerRole: '', statement: DEFAULT_STATEMENT }, `Sign-off for ${signer.name}`);
  const { signerName, signerRole, statement } = draft.value;
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const { send, sending } = useOutboxWrite('SignOffRun');

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!signerName.trim()) found.name = 'Your name is required.';
    if (!signerRole.trim()) found.role = 'Your role is required, e.g. Court Executive Officer.';
    if (statement.trim().length < MIN_SAID) found.statement = `The statement needs at least ${MIN_SAID} characters.`;
    setProblems(found);
    if (Object.keys(found).length) return;
    const outcome = await send({
      runId: run.id,
      party: signer.party,
      ...(signer.organizationId && signer.party !== 'CCPOR_TEAM' ? { organizationId: signer.organizationId } : {}),
      signerName: signerName.trim(),
      signerRole: signerRole.trim(),
      statement: statement.trim(),
    });
    if (outcome.state === 'SENT' || outcome.state === 'PENDING') await draft.discard();
    if (outcome.state === 'SENT') onSigned(`Signed for ${signer.name}.`);
    else if (outcome.state === 'PENDING') onSigned('Signature saved on this device; it will be sent when the connection allows.');
    else setMessage(outcome.error?.message ?? 'The server refused the sign-off.');
  };

  const field = (key: 'name' | 'role' | 'statement') => ({ id: ids[key], ...fieldErrorProps(ids[key], problems[key]) });

  return (
    <section aria-labelledby="sign-heading" className="panel sign-off-section">
      <h2 id="sign-heading">Sign for {signer.name}</h2>
      <DraftNotice draft={draft} />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={ids.name}>Your name</label>
          <input {...field('name')} className="input" autoComplete="name" value={signerName} onChange={(event) => draft.setField('signerName', event.target.value)} />
          <FieldError id={ids.name} message={problems.name} />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>Your role</label>
          <input {...field('role')} className="input" autoComplete="organization-title" value={signerRole} onChange={(event) => draft.setField('signerRole', event.target.value)} />
          <FieldError id={ids.role} message={problems.role} />
        </div>
        <div className="field">
          <label htmlFor={ids.statement}>Statement</label>
          <textarea {...field('statement')} className="input sign-off-statement" rows={3} value={statement} onChange={(event) => draft.setField('statement', event.target.value)} />
          <FieldError id={ids.statement} message={problems.statement} />
        </div>
        {message && (
          <div className="callout callout--error" role="alert">
            {message}
          </div>
        )}
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={sending}>
            {sending ? 'Signing…' : `Sign off for ${signer.name}`}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Handing the tablet over: the person signed in signs out (their unsent entries stay on the tablet,
 * theirs), the next person signs in as themselves and lands back here.
 */
function HandOver({ here, signedInAs, userId, canSign }: { here: string; signedInAs: string; userId: string; canSign: boolean }) {
  const { signOut, signingOut, error } = useSignOut();
  const unsent = useOutboxEntries(userId).filter((entry) => entry.state !== 'SENT').length;
  return (
    <section aria-labelledby="handover-heading" className="panel sign-off-section">
      <h2 id="handover-heading">{canSign ? 'Hand the tablet back' : 'Hand the tablet to the signer'}</h2>
      <p>
        {canSign
          ? `When you are done, sign out so that the next person signs in as themselves.`
          : `The court’s or agency’s signer signs in as themselves on this tablet and signs for their organization.`}{' '}
        You are signed in as <strong>{signedInAs}</strong>.
      </p>
      {unsent > 0 && (
        <p className="callout callout--warning">
          {unsent} change(s) of yours are not sent yet. They stay on this tablet as yours and are sent after you sign in again; the next person cannot send them.
        </p>
      )}
      {error && (
        <p className="callout callout--error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row button-row--start">
        <button type="button" className="button" disabled={signingOut} onClick={() => void signOut({ next: here, handOver: true })}>
          {canSign ? 'Sign out and hand the tablet back' : 'Sign out and hand the tablet to the signer'}
        </button>
      </div>
    </section>
  );
}
