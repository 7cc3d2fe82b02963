import { useMe } from '../session/useMe';
import { ApiTokens } from './api-tokens.component';
import { ChangePasswordForm } from './change-password.component';
import { TwoFactorSetup } from './two-factor.component';
import { MailSettings } from './mail-settings.component';
import { ROLE_LABELS } from '../../../../rules/labels';
import { mayUseApiTokens } from '../../../../rules/roles';

export function AccountPage() {
  const { me, loading } = useMe();

  if (!me) {
    // The route loader has put `me` in the cache; this shows only while a cleared cache refills.
    return (
      <p className="status-message" role="status">
        {loading ? 'Loading your account…' : 'You are not signed in.'}
      </p>
    );
  }

  return (
    <>
      <title>Your account – CCPOR Deploy</title>
      <div className="page-heading">
        <h1>Your account</h1>
      </div>

      <section className="panel" aria-labelledby="account-you">
        <h2 id="account-you">{me.displayName}</h2>
        <p className="muted break-anywhere">{me.email}</p>
        <dl className="facts facts--wide">
          <div>
            <dt>Role</dt>
            <dd>{ROLE_LABELS[me.role]}</dd>
          </div>
          {me.organization && (
            <div>
              <dt>Organization</dt>
              <dd>{me.organization.name}</dd>
            </div>
          )}
          <div>
            <dt>Two-factor authentication</dt>
            <dd>{me.mfaEnabled ? 'On' : 'Off'}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="account-mail">
        <h2 id="account-mail">E-mail</h2>
        <MailSettings />
      </section>

      <section className="panel" aria-labelledby="account-password">
        <h2 id="account-password">Change password</h2>
        <ChangePasswordForm />
      </section>

      <section className="panel" aria-labelledby="account-mfa">
        <h2 id="account-mfa">Two-factor authentication</h2>
        <TwoFactorSetup userId={me.id} enabled={me.mfaEnabled} />
      </section>

      {mayUseApiTokens(me.role) && (
        <section className="panel" aria-labelledby="account-tokens">
          <h2 id="account-tokens">API tokens for reporting tools</h2>
          <p>
            A token lets a reporting tool (Power BI, Excel, a script) read the deployments you can see, through the
            GraphQL API. It can read only, never change anything. Revoke a token when the tool no longer needs it.
          </p>
          <ApiTokens />
        </section>
      )}
    </>
  );
}
