import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { MailStatus } from '../../graphql/generated/graphql';
import { MailboxDocument } from '../../graphql/documents/mail';
import { formatDateTime } from '../admin/admin.utils';
import { PagedTable } from '../admin/paged-table.component';
import { useCursorPages } from '../admin/useCursorPages';
import { LabelOptions } from '../../app/label-options.component';
import { MAIL_KIND_LABELS, MAIL_STATUS_LABELS } from '../../../../rules/labels';
import '../admin/admin.css';

const PAGE_SIZE = 25;

/**
 * Every e-mail the product sent or will send, newest first: without SMTP_URL the development
 * mailbox (nothing leaves the server), and with it the place to see what the SMTP server refused.
 */
export function MailboxPage() {
  const [status, setStatus] = useState<MailStatus | ''>('');
  const pages = useCursorPages();
  const { data, loading, error, refetch } = useQuery(MailboxDocument, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: status ? { status } : undefined },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.mailbox;
  const statusId = useId();

  return (
    <>
      <title>Mailbox – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Mailbox</h1>
        <p className="muted" aria-live="polite">
          {connection && `${connection.totalCount} ${connection.totalCount === 1 ? 'message' : 'messages'}`}
        </p>
      </div>
      <p>
        The e-mail the product sends. Without an SMTP server (no SMTP_URL) it is kept here instead of sent; with one, a message
        the server refuses is tried again later, and its answer is shown here.
      </p>
      <form className="filters" aria-label="Filter e-mail" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            className="input"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as MailStatus | '');
              pages.reset();
            }}
          >
            <option value="">Any status</option>
            <LabelOptions labels={MAIL_STATUS_LABELS} />
          </select>
        </div>
      </form>
      <PagedTable
        label="E-mail"
        headings={['Subject', 'To', 'Status', 'Queued']}
        page={connection}
        pages={pages}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="The mailbox"
        loadingText="Loading e-mail…"
        emptyText="No e-mail to show."
        row={(m) => (
          <tr key={m.id}>
            <td>
              <Link to={`/admin/mail/${m.id}`} className="admin-table__name">
                {m.subject}
              </Link>
              <span className="muted">{m.kind ? MAIL_KIND_LABELS[m.kind] : 'Daily digest'}</span>
            </td>
            <td className="break-anywhere">{m.toAddress}</td>
            <td>
              {MAIL_STATUS_LABELS[m.status]}
              {m.lastError && <span className="muted">{` · ${m.attempts} attempts · ${m.lastError}`}</span>}
            </td>
            <td>{formatDateTime(m.queuedAt)}</td>
          </tr>
        )}
      />
    </>
  );
}
