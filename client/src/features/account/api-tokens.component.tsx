import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { errorCodeOf, errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import type { ApiTokenRowFragment } from '../../graphql/generated/graphql';
import { CopyButton } from '../../app/copy-button.component';
import { IdentityNotConfirmed, useConfirmedAction } from './confirm-identity.component';
import { useCreateApiToken } from './useCreateApiToken';
import { useMyApiTokens } from './useMyApiTokens';
import { RevokeApiToken } from './revoke-api-token.component';
import { LoadFailed } from '../../app/load-failed.component';
import { TOKEN_NAME_LENGTH } from '../../../../rules/limits';
import './account.css';

const dateTimeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const formatDateTime = (value: string) => dateTimeFormat.format(new Date(value));

/** The command line a reporting tool's author can try first: the count of deployments the token may read. */
const sampleCurl = (token: string, origin: string) =>
  `curl -H "Authorization: Bearer ${token}" -H "content-type: application/json" ` +
  `-d '{"query":"{ deployments(first: 5) { totalCount } }"}' ${origin}/graphql`;

/** Personal read-only API tokens for reporting tools: list, create (shown once) and revoke. */
export function ApiTokens() {
  const { tokens, loading, error, retry } = useMyApiTokens();
  const [created, setCreated] = useState<{ name: string; token: string }>();

  return (
    <>
      <CreateApiTokenForm onCreated={setCreated} />
      {created && <NewToken {...created} onDone={() => setCreated(undefined)} />}

      <h3>Your tokens</h3>
      {error ? (
        <LoadFailed what="Your tokens" error={error} onRetry={retry} />
      ) : loading ? (
        <p role="status">Loading tokens…</p>
      ) : tokens.length === 0 ? (
        <p className="muted">You have no API tokens.</p>
      ) : (
        <ul className="token-list" aria-label="API tokens">
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} />
          ))}
        </ul>
      )}
    </>
  );
}

function CreateApiTokenForm({ onCreated }: { onCreated: (created: { name: string; token: string }) => void }) {
  const { createApiToken, creating } = useCreateApiToken();
  const { run, prompt } = useConfirmedAction();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const nameId = useId();
  const hintId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setNameError(undefined);
    if (name.trim().length < TOKEN_NAME_LENGTH.min) {
      setNameError(`Name the token (at least ${TOKEN_NAME_LENGTH.min} characters) after the tool or report that will use it.`);
      return;
    }
    try {
      const { token, apiToken } = await run(() => createApiToken(name.trim()));
      setName('');
      // The app sends each creation once, so the token is always in the answer.
      if (token) onCreated({ name: apiToken.name, token });
    } catch (error) {
      if (error instanceof IdentityNotConfirmed) return;
      const messages = fieldMessagesOf(error, { name: 'the name' });
      if (messages.name) setNameError(messages.name);
      else if (errorCodeOf(error) === 'FORBIDDEN') setProblem('Your role may not create API tokens.');
      else setProblem(errorMessageOf(error));
    }
  };

  return (
    <>
      <form className="form form--inline" onSubmit={(event) => void submit(event)} noValidate aria-label="Create an API token">
        {problem && (
          <div className="callout callout--error" role="alert">
            {problem}
          </div>
        )}
        <div className="field">
          <label htmlFor={nameId}>Token name</label>
          <p id={hintId} className="field-hint">
            For example “Power BI wave report”: you will see it in the list below.
          </p>
          <div className="input-with-button">
            <input
              id={nameId}
              name="tokenName"
              className="input"
              type="text"
              autoComplete="off"
              maxLength={TOKEN_NAME_LENGTH.max}
              value={name}
              onChange={(event) => setName(event.target.value)}
              {...fieldErrorProps(nameId, nameError, hintId)}
            />
            <button type="submit" className="button" disabled={creating}>
              {creating ? 'Creating…' : 'Create token'}
            </button>
          </div>
          <FieldError id={nameId} message={nameError} />
        </div>
      </form>
      {prompt}
    </>
  );
}

/** The token itself, shown only now: the server keeps a hash of it and can never show it again. */
function NewToken({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [token]);
  const curl = sampleCurl(token, window.location.origin);
  return (
    <section className="callout callout--success new-token" aria-labelledby="new-token-heading">
      <h3 id="new-token-heading" ref={heading} tabIndex={-1}>
        Your new token “{name}”
      </h3>
      <p>
        <strong>Copy it now: it is shown only once.</strong> Anyone who has it can read what you can read, so keep it in
        the reporting tool’s credential store, not in a shared file.
      </p>
      <code className="token-value" data-testid="new-api-token">
        {token}
      </code>
      <div className="button-row button-row--start">
        <CopyButton text={token} label="Copy token" />
      </div>
      <p>Try it from a command line:</p>
      <pre className="code-sample">
        <code>{curl}</code>
      </pre>
      <div className="button-row button-row--start">
        <CopyButton text={curl} label="Copy command" />
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

function TokenRow({ token }: { token: ApiTokenRowFragment }) {
  return (
    <li className={token.revokedAt ? 'token token--revoked' : 'token'}>
      <div className="token__about">
        <p className="token__name">
          {token.name}
          {token.revokedAt && <span className="badge badge--late">Revoked</span>}
        </p>
        <p className="muted token__meta">
          <code>{token.prefix}…</code> · created {formatDateTime(token.createdAt)} ·{' '}
          {token.revokedAt
            ? `revoked ${formatDateTime(token.revokedAt)}`
            : token.lastUsedAt
              ? `last used ${formatDateTime(token.lastUsedAt)}`
              : 'never used'}
        </p>
      </div>
      {!token.revokedAt && (
        <div>
          <RevokeApiToken apiTokenId={token.id} what={`“${token.name}”`} confirmLabel={`Revoke “${token.name}”`} />
        </div>
      )}
    </li>
  );
}
