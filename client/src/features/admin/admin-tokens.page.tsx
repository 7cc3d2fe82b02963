import { useId, useState } from 'react';
import type { AdminApiTokensQuery, ApiTokenFilter } from '../../graphql/generated/graphql';
import { RevokeApiToken } from '../account/revoke-api-token.component';
import { formatDateTime } from './admin.utils';
import { PagedTable } from './paged-table.component';
import { useAdminApiTokens } from './useAdminApiTokens';
import { useCursorPages } from './useCursorPages';
import './admin.css';
import { ROLE_LABELS } from '../../../../rules/labels';

type TokenRow = AdminApiTokensQuery['apiTokens']['nodes'][number];
type Shown = 'all' | 'active' | 'revoked';

const FILTERS: Record<Shown, ApiTokenFilter | undefined> = {
  all: undefined,
  active: { active: true },
  revoked: { active: false },
};

/** Every person's read-only API tokens, with revocation (a leaked token, a person who left). */
export function AdminTokensPage() {
  const [shown, setShown] = useState<Shown>('active');
  const pages = useCursorPages();
  const { connection, loading, error, retry } = useAdminApiTokens(FILTERS[shown], pages.after);
  const shownId = useId();

  return (
    <>
      <title>API tokens – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>API tokens</h1>
        <p className="muted" aria-live="polite">
          {connection && `${connection.totalCount} ${connection.totalCount === 1 ? 'token' : 'tokens'}`}
        </p>
      </div>
      <p>
        Personal read-only tokens with which reporting tools call the API as their owner. They do not expire: they work
        until revoked, here or by their owner on the Account page.
      </p>

      <form className="filters" aria-label="Filter API tokens" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={shownId}>Show</label>
          <select
            id={shownId}
            className="input"
            value={shown}
            onChange={(e) => {
              setShown(e.target.value as Shown);
              pages.reset();
            }}
          >
            <option value="active">Tokens that work</option>
            <option value="revoked">Revoked tokens</option>
            <option value="all">All tokens</option>
          </select>
        </div>
      </form>

      <PagedTable
        label="API tokens"
        headings={['Token', 'Owner', 'Created', 'Last used', 'Expires', 'Revoked']}
        page={connection}
        pages={pages}
        loading={loading}
        error={error}
        onRetry={retry}
        what="The tokens"
        loadingText="Loading tokens…"
        emptyText="No tokens to show."
        row={(token) => <TokenRowView key={token.id} token={token} />}
      />
    </>
  );
}

function TokenRowView({ token }: { token: TokenRow }) {
  return (
    <tr>
      <td>
        <span className="admin-table__name">{token.name}</span>
        <code className="muted">{token.prefix}…</code>
      </td>
      <td>
        <span className="admin-table__name">{token.owner.displayName}</span>
        <span className="muted break-anywhere">
          {token.owner.email} · {ROLE_LABELS[token.owner.role]}
        </span>
      </td>
      <td>{formatDateTime(token.createdAt)}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</td>
      <td>Never (until revoked)</td>
      <td>
        {token.revokedAt ? (
          formatDateTime(token.revokedAt)
        ) : (
          <RevokeApiToken apiTokenId={token.id} what={`“${token.name}” of ${token.owner.displayName}`} confirmLabel="Revoke" />
        )}
      </td>
    </tr>
  );
}
