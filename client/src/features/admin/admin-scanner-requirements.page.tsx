import { useQuery } from '@apollo/client/react';
import { ConfirmCallout } from '../../app/confirm-callout.component';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { RequirementCategory, RequirementOperator, RequirementSetDetailFragment, ScannerFact } from '../../graphql/generated/graphql';
import { ScannerRequirementVersionsDocument } from '../../graphql/documents/admin';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { formatDateTime, outcomeNotice, type Notice } from './admin.utils';
import { NoticeCallout } from './notice.component';
import { VersionList } from './version-list.component';
import './admin.css';
import { REQUIREMENT_CATEGORY_LABELS, REQUIREMENT_OPERATOR_LABELS, SCANNER_FACT_LABELS, VERDICT_LABELS } from '../../../../rules/labels';

type Requirement = RequirementSetDetailFragment['requirements'][number];


const rule = (r: Requirement) =>
  `${SCANNER_FACT_LABELS[r.fact]} ${REQUIREMENT_OPERATOR_LABELS[r.operator]}${r.operator === 'AT_LEAST' ? ` ${r.minimum}` : ''}${r.operator === 'ANY_OF' ? `: ${(r.anyOf ?? []).join(', ')}` : ''}`;

/** Scanner requirement versions, what each one's publication changed, and publishing the next one. */
export function AdminScannerRequirementsPage() {
  const { data, loading, error, refetch } = useQuery(ScannerRequirementVersionsDocument, { fetchPolicy: 'cache-and-network' });
  const versions = data?.scannerRequirementVersions ?? [];
  const [selected, setSelected] = useState<number>();
  const [editing, setEditing] = useState(false);
  // Kept here: the publishing form closes once the version is published.
  const [notice, setNotice] = useState<Notice>();
  const shown = versions.find((v) => v.version === selected) ?? versions[0];

  return (
    <>
      <title>Scanner requirements – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Scanner requirements</h1>
      </div>
      <p>
        Workstation verdicts are computed against the latest version. Publishing a new version re-evaluates the
        workstations of every deployment not yet live; live and closed deployments keep theirs.
      </p>
      <NoticeCallout notice={notice} />
      <VersionList
        versions={versions}
        loading={loading && !data}
        error={error}
        onRetry={refetch}
        shownId={shown?.id}
        labelOf={(v, i) => `Version ${v.version}${i === 0 ? ' · current' : ''}`}
        onSelect={(v) => setSelected(v.version)}
      >
        {!editing && versions[0] && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(undefined);
              setEditing(true);
            }}
          >
            Prepare version {versions[0].version + 1}
          </button>
        )}
        {editing && versions[0] && (
          <PublishForm
            latest={versions[0]}
            onNotice={setNotice}
            onDone={(version) => {
              setEditing(false);
              if (version) setSelected(version);
              void refetch();
            }}
          />
        )}
        {shown && <RequirementSet set={shown} />}
      </VersionList>
    </>
  );
}

function RequirementSet({ set }: { set: RequirementSetDetailFragment }) {
  return (
    <section className="panel admin-manage" aria-labelledby="requirement-set-heading">
      <h2 id="requirement-set-heading">Version {set.version}</h2>
      <p className="muted">
        Published {formatDateTime(set.publishedAt)} by {set.publishedBy}
      </p>
      <div className="table-scroll">
        <table className="admin-table" aria-label={`Requirements of version ${set.version}`}>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Kind</th>
              <th scope="col">Rule</th>
            </tr>
          </thead>
          <tbody>
            {set.requirements.map((r) => (
              <tr key={r.key}>
                <td>
                  <span className="admin-table__name">{r.description}</span>
                  <span className="muted">{r.key}</span>
                </td>
                <td>{REQUIREMENT_CATEGORY_LABELS[r.category]}</td>
                <td>{rule(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>What publishing it changed</h3>
      {set.verdictChanges.length === 0 ? (
        <p className="empty-state">No workstation’s verdict changed.</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table" aria-label={`Verdicts changed by version ${set.version}`}>
            <thead>
              <tr>
                <th scope="col">Court</th>
                <th scope="col">Workstation</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {set.verdictChanges.map((c) => (
                <tr key={c.workstationId}>
                  <td>
                    <Link to={`/deployments/${c.deploymentId}/scanners`}>{c.courtName}</Link>
                  </td>
                  <td>{c.label}</td>
                  <td>{VERDICT_LABELS[c.before]}</td>
                  <td>{VERDICT_LABELS[c.after]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface EditedRequirement {
  key: string;
  category: RequirementCategory;
  description: string;
  fact: ScannerFact;
  operator: RequirementOperator;
  minimum: string;
  anyOf: string;
}

function PublishForm({
  latest,
  onNotice,
  onDone,
}: {
  latest: RequirementSetDetailFragment;
  onNotice: (notice: Notice | undefined) => void;
  onDone: (version?: number) => void;
}) {
  const publish = useOutboxWrite('PublishScannerRequirements');
  const [rows, setRows] = useState<EditedRequirement[]>(() =>
    latest.requirements.map((r) => ({ ...r, minimum: r.minimum == null ? '' : String(r.minimum), anyOf: (r.anyOf ?? []).join(', ') })),
  );
  const id = useId();

  const change = (index: number, patch: Partial<EditedRequirement>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  const [confirming, setConfirming] = useState(false);
  const ask = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setConfirming(true);
  };
  const submit = async () => {
    const outcome = await publish.send({
      requirements: rows.map((r) => ({
        key: r.key,
        category: r.category,
        description: r.description.trim(),
        fact: r.fact,
        operator: r.operator,
        minimum: r.operator === 'AT_LEAST' ? Number(r.minimum) : null,
        anyOf: r.operator === 'ANY_OF' ? r.anyOf.split(',').map((v) => v.trim()).filter(Boolean) : null,
      })),
    });
    const published = outcome.data?.publishScannerRequirements;
    const changed = published?.verdictChanges.length ?? 0;
    onNotice(
      outcomeNotice(outcome, `Version ${published?.version} published: ${changed} ${changed === 1 ? 'verdict' : 'verdicts'} changed.`),
    );
    setConfirming(false);
    if (outcome.state === 'SENT') onDone(published?.version);
  };

  return (
    <form className="panel admin-manage" onSubmit={ask} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>Version {latest.version + 1}</h2>
      <ol className="task-editor" aria-label="Requirements">
        {rows.map((r, index) => (
          <li key={r.key} className="template-task">
            <p className="template-task__number">
              {r.key} · {REQUIREMENT_CATEGORY_LABELS[r.category]} · {SCANNER_FACT_LABELS[r.fact]} {REQUIREMENT_OPERATOR_LABELS[r.operator]}
            </p>
            <div className="field template-task__title">
              <label htmlFor={`${id}-${r.key}-description`}>Description</label>
              <input
                id={`${id}-${r.key}-description`}
                className="input"
                value={r.description}
                onChange={(e) => change(index, { description: e.target.value })}
              />
            </div>
            {r.operator === 'AT_LEAST' && (
              <div className="field">
                <label htmlFor={`${id}-${r.key}-minimum`}>At least</label>
                <input
                  id={`${id}-${r.key}-minimum`}
                  className="input"
                  inputMode="numeric"
                  value={r.minimum}
                  onChange={(e) => change(index, { minimum: e.target.value })}
                />
              </div>
            )}
            {r.operator === 'ANY_OF' && (
              <div className="field">
                <label htmlFor={`${id}-${r.key}-any`}>Any of (comma-separated)</label>
                <input
                  id={`${id}-${r.key}-any`}
                  className="input"
                  value={r.anyOf}
                  onChange={(e) => change(index, { anyOf: e.target.value })}
                />
              </div>
            )}
            <div className="button-row button-row--start">
              <button
                type="button"
                className="button button--danger"
                onClick={() => setRows(rows.filter((_, i) => i !== index))}
                aria-label={`Remove ${r.key}`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {confirming ? (
        <ConfirmCallout
          question={`Publish version ${latest.version + 1} of the scanner requirements?`}
          confirmLabel={publish.sending ? 'Publishing…' : 'Yes, publish'}
          cancelLabel="Not yet"
          busy={publish.sending}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        >
          Every workstation of the deployments not yet live is judged again against it at once, which may change their
          verdicts and the scanner set-up dependency. A published version cannot be withdrawn: a change needs a new version.
        </ConfirmCallout>
      ) : (
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={publish.sending || rows.length === 0}>
            {`Publish version ${latest.version + 1}…`}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}
