import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { AuditEventFilter, AuditEventsQuery, AuditKind } from '../../graphql/generated/graphql';
import { AuditDeploymentChoicesDocument, AuditEventsDocument } from '../../graphql/documents/admin';
import { formatDateTime } from '../admin/admin.utils';
import { PagedTable } from '../admin/paged-table.component';
import { useCursorPages } from '../admin/useCursorPages';
import type { Role } from '../../graphql/generated/graphql';
import '../admin/admin.css';
import { operationLabel, RECORD_TYPE_LABELS, recordTypeLabel, ROLE_LABELS, type RecordType } from '../../../../rules/labels';

const PAGE_SIZE = 50;

/** The record types the trail names (entity names), for narrowing it. */
const RECORD_TYPES = Object.keys(RECORD_TYPE_LABELS) as RecordType[];

type AuditEventRow = AuditEventsQuery['auditEvents']['nodes'][number];

interface FilterForm {
  actor: string;
  entityType: string;
  deploymentId: string;
  kind: AuditKind | '';
  from: string;
  to: string;
}

const EMPTY: FilterForm = { actor: '', entityType: '', deploymentId: '', kind: '', from: '', to: '' };

/** A local calendar date as the instant of its midnight on this device ("to" includes the whole day). */
const startOfDay = (date: string, plusDays = 0) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
};

function toFilter(form: FilterForm): AuditEventFilter | undefined {
  const filter: AuditEventFilter = {
    ...(form.actor.trim() && { actor: form.actor.trim() }),
    ...(form.entityType && { entityType: form.entityType }),
    ...(form.deploymentId && { deploymentId: form.deploymentId }),
    ...(form.kind && { kind: form.kind }),
    ...(form.from && { from: startOfDay(form.from) }),
    ...(form.to && { to: startOfDay(form.to, 1) }),
  };
  return Object.keys(filter).length ? filter : undefined;
}

const values = (v: unknown) => (v == null ? '' : JSON.stringify(v, null, 1).replace(/^\{\n|\n\}$/g, ''));

/** The audit trail: who changed what and when, and security events, newest first. */
export function AuditLogPage() {
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const [filter, setFilter] = useState<AuditEventFilter>();
  const [problem, setProblem] = useState<string>();
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(AuditEventsDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const deployments = useQuery(AuditDeploymentChoicesDocument).data?.deployments.nodes ?? [];
  const connection = data?.auditEvents;
  const id = useId();

  const set = (patch: Partial<FilterForm>) => setForm({ ...form, ...patch });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.from && form.to && form.to < form.from) {
      setProblem('The “to” date must not be before the “from” date.');
      return;
    }
    setProblem(undefined);
    setFilter(toFilter(form));
    pages.reset();
  };

  return (
    <>
      <title>Audit log – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Audit log</h1>
        <p className="muted" aria-live="polite">
          {connection && `${connection.totalCount} ${connection.totalCount === 1 ? 'event' : 'events'}`}
        </p>
      </div>

      <form className="filters" aria-label="Filter the audit log" onSubmit={apply} noValidate>
        {problem && (
          <div className="callout callout--error" role="alert">
            {problem}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-actor`}>Who (name or e-mail contains)</label>
          <input id={`${id}-actor`} className="input" type="search" value={form.actor} onChange={(e) => set({ actor: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>Record type</label>
          <select id={`${id}-type`} className="input" value={form.entityType} onChange={(e) => set({ entityType: e.target.value })}>
            <option value="">Any record</option>
            {RECORD_TYPES.map((t) => (
              <option key={t} value={t}>
                {RECORD_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-deployment`}>Deployment</label>
          <select
            id={`${id}-deployment`}
            className="input"
            value={form.deploymentId}
            onChange={(e) => set({ deploymentId: e.target.value })}
          >
            <option value="">Any deployment</option>
            {deployments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.court.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Events</label>
          <select id={`${id}-kind`} className="input" value={form.kind} onChange={(e) => set({ kind: e.target.value as AuditKind | '' })}>
            <option value="">Changes and security events</option>
            <option value="CHANGE">Changes only</option>
            <option value="SECURITY">Security events only</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} className="input" type="date" value={form.from} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To (inclusive)</label>
          <input id={`${id}-to`} className="input" type="date" value={form.to} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <button type="submit" className="button">
          Show
        </button>
        {filter && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setForm(EMPTY);
              setFilter(undefined);
              pages.reset();
            }}
          >
            Clear filters
          </button>
        )}
      </form>

      <PagedTable
        label="Audit events, newest first"
        pagerLabel="Audit log pages"
        headings={['When', 'Who', 'What', 'Record', 'Values']}
        page={connection}
        pages={pages}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="The audit log"
        loadingText="Loading the audit log…"
        emptyText="No event matches these filters."
        row={(event) => <AuditRow key={event.id} event={event} />}
      />
    </>
  );
}

function AuditRow({ event }: { event: AuditEventRow }) {
  const hasValues = event.before != null || event.after != null || event.entityId != null;
  return (
    <tr>
      <td className="nowrap">{formatDateTime(event.at)}</td>
      <td>
        <span className="admin-table__name break-anywhere">{event.actor}</span>
        {event.role && <span className="muted">{ROLE_LABELS[event.role as Role] ?? event.role}</span>}
      </td>
      <td>
        {event.kind === 'SECURITY' && <span className="badge badge--at-risk">Security</span>} {operationLabel(event.operation)}
      </td>
      <td>{event.entityType ? recordTypeLabel(event.entityType) : '–'}</td>
      <td>
        {hasValues && (
          <details>
            <summary>Show values</summary>
            {event.entityId && <p className="muted break-anywhere">Record {event.entityId}</p>}
            {event.before != null && (
              <>
                <p className="muted">Before</p>
                <pre className="audit-values">{values(event.before)}</pre>
              </>
            )}
            {event.after != null && (
              <>
                <p className="muted">After</p>
                <pre className="audit-values">{values(event.after)}</pre>
              </>
            )}
          </details>
        )}
      </td>
    </tr>
  );
}
