import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { MailMessageDocument } from '../../graphql/documents/mail';
import { LoadFailed } from '../../app/load-failed.component';
import { formatDateTime } from '../admin/admin.utils';
import { MAIL_KIND_LABELS, MAIL_STATUS_LABELS } from '../../../../rules/labels';
import '../admin/admin.css';
import './mail.css';

/** One e-mail of the mailbox, as it was (or would have been) sent. */
export function MailMessagePage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MailMessageDocument, { variables: { id } });
  const m = data?.mailMessage;

  return (
    <>
      <title>{`${m?.subject ?? 'E-mail'} – CCPOR Deploy`}</title>
      <p>
        <Link to="/admin/mail">Back to the mailbox</Link>
      </p>
      {error ? (
        <LoadFailed what="The e-mail" error={error} onRetry={refetch} />
      ) : !m ? (
        <p role="status">Loading the e-mail…</p>
      ) : (
        <article className="panel" aria-labelledby="mail-subject">
          <h1 id="mail-subject">{m.subject}</h1>
          <dl className="facts facts--wide">
            <div>
              <dt>To</dt>
              <dd className="break-anywhere">{m.toAddress}</dd>
            </div>
            <div>
              <dt>About</dt>
              <dd>{m.kind ? MAIL_KIND_LABELS[m.kind] : 'Daily digest'}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                {MAIL_STATUS_LABELS[m.status]}
                {m.sentAt && `, ${formatDateTime(m.sentAt)}`}
              </dd>
            </div>
            <div>
              <dt>Queued</dt>
              <dd>{formatDateTime(m.queuedAt)}</dd>
            </div>
            {m.lastError && (
              <div>
                <dt>SMTP server’s answer</dt>
                <dd>{`${m.lastError} (${m.attempts} attempts)`}</dd>
              </div>
            )}
            {m.attachmentNames.length > 0 && (
              <div>
                <dt>Attached</dt>
                <dd>{m.attachmentNames.join(', ')}</dd>
              </div>
            )}
            <div>
              <dt>Links to</dt>
              <dd className="break-anywhere">{m.link}</dd>
            </div>
            <div>
              <dt>Message-ID</dt>
              <dd className="break-anywhere">{m.messageId}</dd>
            </div>
          </dl>
          <pre className="mail-body">{m.body}</pre>
        </article>
      )}
    </>
  );
}
