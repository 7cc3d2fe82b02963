import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessageOf } from '../../app/graphql-errors.utils';
import { UnsubscribeMailDocument } from '../../graphql/documents/mail';
import { MAIL_KIND_LABELS } from '../../../../rules/labels';

/** Opened from the "Stop these e-mails" link of an e-mail: switches that kind off at once, signed in or not. */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [unsubscribe, { data, error }] = useMutation(UnsubscribeMailDocument);
  const sent = useRef(false);

  useEffect(() => {
    // Once per visit: the same link twice is harmless, but one request is enough.
    if (sent.current || !token) return;
    sent.current = true;
    void unsubscribe({ variables: { input: { token, mutationId: crypto.randomUUID() } } }).catch(() => undefined);
  }, [token, unsubscribe]);

  const done = data?.unsubscribeMail;
  return (
    <>
      <title>Unsubscribe – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>{done ? 'E-mail switched off' : 'Stop these e-mails'}</h1>
      </div>
      {!token ? (
        <p className="callout callout--error" role="alert">
          This link has no token. Open the link of the e-mail again, or change your e-mail settings on your Account page.
        </p>
      ) : error ? (
        <p className="callout callout--error" role="alert">
          {errorMessageOf(error)}
        </p>
      ) : !done ? (
        <p role="status">Switching it off…</p>
      ) : (
        <div className="callout callout--success" role="status">
          <p>{done.digest ? 'You will no longer get the daily digest, which brought:' : 'You will no longer get e-mail when:'}</p>
          <ul>
            {done.kinds.map((kind) => (
              <li key={kind}>{MAIL_KIND_LABELS[kind]}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <Link to="/account">Your e-mail settings</Link> (sign in) turn it back on, or choose the daily digest instead.
      </p>
    </>
  );
}
