import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ConfirmCallout } from '../../app/confirm-callout.component';
import { LabelOptions } from '../../app/label-options.component';
import { FieldError, fieldErrorProps } from '../../app/field-error.component';
import { CopyButton } from '../../app/copy-button.component';
import { errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import type { AdminUserRowFragment, Role, UserFilter } from '../../graphql/generated/graphql';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { formatDateTime, outcomeNotice, type Notice } from './admin.utils';
import { NoticeCallout } from './notice.component';
import { PagedTable } from './paged-table.component';
import { useAdminUsers } from './useAdminUsers';
import { useCreateUser } from './useCreateUser';
import { useCursorPages } from './useCursorPages';
import { usePartnerOrganizations } from './usePartnerOrganizations';
import { useResetPassword } from './useResetPassword';
import './admin.css';
import { ROLE_LABELS } from '../../../../rules/labels';
import { DISPLAY_NAME_LENGTH, MAX_EMAIL_LENGTH } from '../../../../rules/limits';



/** A one-time password link, shown once: the server keeps only its hash. */
interface ShownLink {
  who: string;
  /** Null when the answer was to a resend of a request already answered: the link was shown then. */
  url: string | null;
  expiresAt: string;
}

export function AdminUsersPage() {
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [filter, setFilter] = useState<UserFilter>();
  const pages = useCursorPages();
  const { connection, loading, error, retry } = useAdminUsers(filter, pages.after);
  const [selectedId, setSelectedId] = useState<string>();
  const [link, setLink] = useState<ShownLink>();
  const selected = connection?.nodes.find((u) => u.id === selectedId);
  const searchId = useId();
  const roleId = useId();

  const applyFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: UserFilter = { ...(search.trim() && { search: search.trim() }), ...(role && { role }) };
    setFilter(Object.keys(next).length ? next : undefined);
    pages.reset();
  };

  return (
    <>
      <title>Users – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Users</h1>
        <p className="muted" aria-live="polite">
          {connection && `${connection.totalCount} ${connection.totalCount === 1 ? 'account' : 'accounts'}`}
        </p>
      </div>

      <section className="panel" aria-labelledby="create-user-heading">
        <h2 id="create-user-heading">Create a user</h2>
        <CreateUserForm
          onCreated={(created) => {
            setLink(created);
            void retry();
          }}
        />
      </section>

      {link && <PasswordLinkNotice link={link} onDone={() => setLink(undefined)} />}

      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Accounts</h2>
        <form className="filters" aria-label="Filter users" onSubmit={applyFilter}>
          <div className="field">
            <label htmlFor={searchId}>Name or e-mail contains</label>
            <input id={searchId} className="input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={roleId}>Role</label>
            <select id={roleId} className="input" value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
              <option value="">Any role</option>
              <LabelOptions labels={ROLE_LABELS} />
            </select>
          </div>
          <button type="submit" className="button">
            Show
          </button>
        </form>

        <PagedTable
          label="Accounts"
          pagerLabel="User pages"
          headings={['Person', 'Role', 'Status', 'Last sign-in', 'Actions']}
          page={connection}
          pages={pages}
          loading={loading}
          error={error}
          onRetry={retry}
          what="The users"
          loadingText="Loading users…"
          emptyText="No account matches."
          row={(user) => (
            <tr key={user.id} aria-selected={user.id === selectedId ? true : undefined}>
              <td>
                <span className="admin-table__name">{user.displayName}</span>
                <span className="muted break-anywhere">{user.email}</span>
              </td>
              <td>
                {ROLE_LABELS[user.role]}
                {user.organization && <span className="muted"> · {user.organization.name}</span>}
              </td>
              <td>
                <UserStatus user={user} />
              </td>
              <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never'}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setSelectedId(user.id)}
                  aria-label={`Manage ${user.displayName}`}
                >
                  Manage
                </button>
              </td>
            </tr>
          )}
        />
      </section>

      {selected && (
        <ManageUser
          key={selected.id}
          user={selected}
          onLink={setLink}
          onClose={() => setSelectedId(undefined)}
        />
      )}
    </>
  );
}

function UserStatus({ user }: { user: AdminUserRowFragment }) {
  return (
    <>
      {user.active ? 'Active' : <span className="badge badge--late">Deactivated</span>}
      {user.lockedUntil && (
        <span className="badge badge--at-risk admin-badge">Locked until {formatDateTime(user.lockedUntil)}</span>
      )}
    </>
  );
}

function OrganizationSelect({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { courts, agencies, loading } = usePartnerOrganizations();
  return (
    <select
      id={id}
      className="input"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{loading ? 'Loading…' : 'Choose the court or agency'}</option>
      <optgroup label="Courts">
        {courts.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="Law-enforcement agencies">
        {agencies.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

function CreateUserForm({ onCreated }: { onCreated: (link: ShownLink) => void }) {
  const { createUser, creating } = useCreateUser();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('COORDINATOR');
  const [organizationId, setOrganizationId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const ids = { name: useId(), email: useId(), role: useId(), organization: useId() };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    const local: Record<string, string> = {};
    if (displayName.trim().length < DISPLAY_NAME_LENGTH.min) local.displayName = 'Enter the person’s name.';
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) local.email = 'Enter an e-mail address, e.g. name@court.ca.gov.';
    if (role === 'PARTNER_USER' && !organizationId) local.organizationId = 'Choose the court or agency the partner belongs to.';
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const created = await createUser({
        displayName: displayName.trim(),
        email: email.trim(),
        role,
        organizationId: role === 'PARTNER_USER' ? organizationId : null,
      });
      onCreated({ who: created.user.displayName, url: created.passwordLink.url, expiresAt: created.passwordLink.expiresAt });
      setDisplayName('');
      setEmail('');
      setOrganizationId('');
    } catch (error) {
      const messages = fieldMessagesOf(error, { displayName: 'the name', email: 'the e-mail address', organizationId: 'the organization' });
      if (Object.keys(messages).length) setErrors(messages);
      else setProblem(errorMessageOf(error));
    }
  };

  return (
    <form className="form admin-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Create a user">
      {problem && (
        <div className="callout callout--error" role="alert">
          {problem}
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.name}>Name</label>
        <input
          id={ids.name}
          className="input"
          autoComplete="off"
          maxLength={DISPLAY_NAME_LENGTH.max}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          {...fieldErrorProps(ids.name, errors.displayName)}
        />
        <FieldError id={ids.name} message={errors.displayName} />
      </div>
      <div className="field">
        <label htmlFor={ids.email}>E-mail address</label>
        <input
          id={ids.email}
          className="input"
          type="email"
          autoComplete="off"
          maxLength={MAX_EMAIL_LENGTH}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...fieldErrorProps(ids.email, errors.email)}
        />
        <FieldError id={ids.email} message={errors.email} />
      </div>
      <div className="field">
        <label htmlFor={ids.role}>Role</label>
        <select id={ids.role} className="input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <LabelOptions labels={ROLE_LABELS} />
        </select>
      </div>
      {role === 'PARTNER_USER' && (
        <div className="field">
          <label htmlFor={ids.organization}>Court or agency</label>
          <OrganizationSelect
            id={ids.organization}
            value={organizationId}
            onChange={setOrganizationId}
            invalid={!!errors.organizationId}
            describedBy={errors.organizationId ? `${ids.organization}-error` : undefined}
          />
          <FieldError id={ids.organization} message={errors.organizationId} />
        </div>
      )}
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={creating}>
          {creating ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}

function PasswordLinkNotice({ link, onDone }: { link: ShownLink; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [link.url]);
  return (
    <section className="callout callout--success new-token" aria-labelledby="password-link-heading">
      <h2 id="password-link-heading" ref={heading} tabIndex={-1}>
        Password link for {link.who}
      </h2>
      <p>
        <strong>Copy it now: it is shown only once.</strong> Give it to the person in person or by phone; with it they
        choose their own password. It works once, until {formatDateTime(link.expiresAt)}.
      </p>
      {link.url ? (
        <code className="token-value break-anywhere" data-testid="password-link">
          {link.url}
        </code>
      ) : (
        <p>This request was answered before and its link shown then; make a new link if it was not kept.</p>
      )}
      <div className="button-row button-row--start">
        {link.url && <CopyButton text={link.url} label="Copy link" />}
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

function ManageUser({ user, onLink, onClose }: { user: AdminUserRowFragment; onLink: (link: ShownLink) => void; onClose: () => void }) {
  const { me } = useMe({ cacheOnly: true });
  const update = useOutboxWrite('UpdateUser');
  const unlock = useOutboxWrite('UnlockUser');
  const { resetPassword, resetting } = useResetPassword();
  const [role, setRole] = useState<Role>(user.role);
  const [organizationId, setOrganizationId] = useState(user.organization?.id ?? '');
  const [notice, setNotice] = useState<Notice>();
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { role: useId(), organization: useId() };
  const isMe = me?.id === user.id;
  const changed = useMemo(
    () => role !== user.role || (role === 'PARTNER_USER' && organizationId !== (user.organization?.id ?? '')),
    [role, organizationId, user],
  );

  useEffect(() => heading.current?.focus(), []);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (role === 'PARTNER_USER' && !organizationId) {
      setNotice({ tone: 'error', text: 'Choose the court or agency the partner belongs to.' });
      return;
    }
    const outcome = await update.send(
      { userId: user.id, role, ...(role === 'PARTNER_USER' && { organizationId }) },
      { baseVersion: user.version },
    );
    setNotice(outcomeNotice(outcome, `${user.displayName} is now ${ROLE_LABELS[role]}.`));
  };

  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const setActive = async (active: boolean) => {
    const outcome = await update.send({ userId: user.id, active }, { baseVersion: user.version });
    setConfirmDeactivate(false);
    setNotice(
      outcomeNotice(
        outcome,
        active ? `${user.displayName} may sign in again.` : `${user.displayName} is deactivated and signed out everywhere.`,
      ),
    );
  };

  const unlockAccount = async () => {
    const outcome = await unlock.send({ userId: user.id });
    setNotice(outcomeNotice(outcome, `${user.displayName} may sign in again now.`));
  };

  const newPasswordLink = async () => {
    setNotice(undefined);
    try {
      const link = await resetPassword(user.id);
      onLink({ who: user.displayName, url: link.url, expiresAt: link.expiresAt });
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessageOf(error) });
    }
  };

  return (
    <section className="panel admin-manage" aria-labelledby="manage-user-heading">
      <div className="button-row button-row--spread">
        <h2 id="manage-user-heading" ref={heading} tabIndex={-1}>
          Manage {user.displayName}
        </h2>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="muted break-anywhere">
        {user.email} · <UserStatus user={user} />
      </p>
      <NoticeCallout notice={notice} />

      <form className="form admin-form" onSubmit={(e) => void save(e)} aria-label={`Role of ${user.displayName}`}>
        <div className="field">
          <label htmlFor={ids.role}>Role</label>
          <select
            id={ids.role}
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            disabled={isMe}
            aria-describedby={isMe ? `${ids.role}-hint` : undefined}
          >
            <LabelOptions labels={ROLE_LABELS} />
          </select>
          {isMe && (
            <p id={`${ids.role}-hint`} className="field-hint">
              Another administrator must change your own role.
            </p>
          )}
        </div>
        {role === 'PARTNER_USER' && (
          <div className="field">
            <label htmlFor={ids.organization}>Court or agency</label>
            <OrganizationSelect id={ids.organization} value={organizationId} onChange={setOrganizationId} />
          </div>
        )}
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={!changed || update.sending}>
            {update.sending ? 'Saving…' : 'Save role'}
          </button>
        </div>
      </form>

      <h3>Access</h3>
      <div className="button-row button-row--start">
        {user.lockedUntil && (
          <button type="button" className="button" onClick={() => void unlockAccount()} disabled={unlock.sending}>
            {unlock.sending ? 'Unlocking…' : 'Unlock account'}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void newPasswordLink()} disabled={resetting}>
          {resetting ? 'Making a link…' : 'New password link'}
        </button>
        {!isMe &&
          (user.active ? (
            !confirmDeactivate && (
              <button type="button" className="button button--danger" onClick={() => setConfirmDeactivate(true)} disabled={update.sending}>
                Deactivate…
              </button>
            )
          ) : (
            <button type="button" className="button button--secondary" onClick={() => void setActive(true)} disabled={update.sending}>
              Reactivate
            </button>
          ))}
      </div>
      {confirmDeactivate && user.active && (
        <ConfirmCallout
          question={`Deactivate ${user.displayName}?`}
          confirmLabel="Yes, deactivate"
          cancelLabel="Keep access"
          danger
          busy={update.sending}
          onConfirm={() => void setActive(false)}
          onCancel={() => setConfirmDeactivate(false)}
        >
          They are signed out everywhere at once and can no longer sign in. Their name stays on everything they recorded, and
          you can reactivate them later.
        </ConfirmCallout>
      )}
    </section>
  );
}
