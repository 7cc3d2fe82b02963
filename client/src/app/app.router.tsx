import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunctionArgs } from 'react-router';
import { AppLayout, AppShell } from './app-layout.component';
import { NotFoundPage } from './not-found.page';
import { RouteErrorPage } from './route-error.page';
import { requireSignIn } from './session.utils';

/**
 * A screen for signed-in people, its code loaded once the person is known to be signed in: a
 * signed-out visitor is sent to sign-in without downloading it. A route's `lazy` would start loading
 * in parallel with the check, putting the screen in a signed-out first download (issue 18).
 */
function signedInScreen(load: () => Promise<ComponentType>) {
  let Screen: ComponentType | undefined;
  return {
    loader: async (args: LoaderFunctionArgs) => {
      await requireSignIn(args);
      Screen ??= await load();
      return null;
    },
    // Rendered only after its loader, so Screen is there.
    Component: () => (Screen ? <Screen /> : null),
  };
}

// Every screen is its own lazy chunk: the initial JS budget (170 KB gzipped) leaves room only
// for React, the router and Apollo; each route's code loads when it is first visited. Made by the
// app's entry (main.tsx) once the persisted cache is back, since it runs the first screen's loader at once.
export const createAppRouter = () => createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    // Shown while the first route's chunk loads, so the header never blinks in late. index.html holds
    // the same markup, painted before any script runs: keep the two alike.
    HydrateFallback: () => (
      <AppShell>
        <p className="status-message" role="status">
          Loading…
        </p>
      </AppShell>
    ),
    children: [
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('../features/session/sign-in.page')).SignInPage }),
      },
      {
        // Opened from an administrator's one-time link, before the person can sign in.
        path: 'reset-password',
        lazy: async () => ({ Component: (await import('../features/session/reset-password.page')).ResetPasswordPage }),
      },
      {
        // Opened from an e-mail's "Stop these e-mails" link: its token is the credential.
        path: 'unsubscribe',
        lazy: async () => ({ Component: (await import('../features/mail/unsubscribe.page')).UnsubscribePage }),
      },
      {
        // Everything else needs a signed-in person: signedInScreen sends anybody else to sign-in and back.
        children: [
          {
            index: true,
            ...signedInScreen(async () => (await import('../features/deployments/deployment-list.page')).DeploymentListPage),
          },
          {
            path: 'deployments/new',
            ...signedInScreen(async () => (await import('../features/deployments/deployment-form.page')).NewDeploymentPage),
          },
          {
            path: 'deployments/:id/edit',
            ...signedInScreen(async () => (await import('../features/deployments/deployment-form.page')).EditDeploymentPage),
          },
          {
            path: 'deployments/import',
            ...signedInScreen(async () => (await import('../features/deployment-import/deployment-import.page')).DeploymentImportPage),
          },
          {
            path: 'deployments/:id/defects',
            ...signedInScreen(async () => (await import('../features/defects/defect-triage.page')).DefectTriagePage),
          },
          {
            path: 'my-week',
            ...signedInScreen(async () => (await import('../features/my-week/my-week.page')).MyWeekPage),
          },
          {
            path: 'notifications',
            ...signedInScreen(async () => (await import('../features/notifications/notifications.page')).NotificationsPage),
          },
          {
            path: 'cat-plans',
            ...signedInScreen(async () => (await import('../features/cat-plans/cat-plans.page')).CatPlansPage),
          },
          {
            path: 'deployments/:id',
            ...signedInScreen(async () => (await import('../features/deployments/deployment-timeline.page')).DeploymentTimelinePage),
          },
          {
            path: 'deployments/:id/cat',
            ...signedInScreen(async () => (await import('../features/cat/cat-runner.page')).CatRunnerPage),
          },
          {
            path: 'deployments/:id/scanners',
            ...signedInScreen(async () => (await import('../features/scanners/scanner-assessment.page')).ScannerAssessmentPage),
          },
          {
            path: 'my-work',
            ...signedInScreen(async () => (await import('../features/my-work/my-work.page')).MyWorkPage),
          },
          {
            path: 'deployments/:id/questionnaires',
            ...signedInScreen(async () => (await import('../features/questionnaires/questionnaire-list.page')).QuestionnaireListPage),
          },
          {
            path: 'deployments/:id/questionnaires/:responseId',
            ...signedInScreen(async () => (await import('../features/questionnaires/questionnaire-filler.page')).QuestionnaireFillerPage),
          },
          {
            path: 'deployments/:id/sign-off',
            ...signedInScreen(async () => (await import('../features/sign-off/sign-off.page')).SignOffPage),
          },
          {
            path: 'deployments/:id/incidents',
            ...signedInScreen(async () => (await import('../features/incidents/incidents.page')).IncidentsPage),
          },
          {
            path: 'sign-out',
            ...signedInScreen(async () => (await import('../features/session/sign-out.page')).SignOutPage),
          },
          {
            path: 'sync',
            ...signedInScreen(async () => (await import('../features/sync/sync.page')).SyncPage),
          },
          {
            path: 'sync/conflicts/:mutationId',
            ...signedInScreen(async () => (await import('../features/sync/conflict.page')).ConflictPage),
          },
          {
            path: 'portfolio',
            ...signedInScreen(async () => (await import('../features/reports/portfolio-dashboard.page')).PortfolioDashboardPage),
          },
          {
            path: 'deployments/:id/print/cat',
            ...signedInScreen(async () => (await import('../features/print/cat-record.page')).CatRecordPage),
          },
          {
            path: 'deployments/:id/print/readiness',
            ...signedInScreen(async () => (await import('../features/print/readiness-record.page')).ReadinessRecordPage),
          },
          {
            path: 'admin/users',
            ...signedInScreen(async () => (await import('../features/admin/admin-users.page')).AdminUsersPage),
          },
          {
            path: 'admin/tokens',
            ...signedInScreen(async () => (await import('../features/admin/admin-tokens.page')).AdminTokensPage),
          },
          {
            path: 'admin/templates',
            ...signedInScreen(async () => (await import('../features/admin/admin-templates.page')).AdminTemplatesPage),
          },
          {
            path: 'admin/scanner-requirements',
            ...signedInScreen(async () => (await import('../features/admin/admin-scanner-requirements.page')).AdminScannerRequirementsPage),
          },
          {
            path: 'admin/mail',
            ...signedInScreen(async () => (await import('../features/mail/mailbox.page')).MailboxPage),
          },
          {
            path: 'admin/mail/:id',
            ...signedInScreen(async () => (await import('../features/mail/mail-message.page')).MailMessagePage),
          },
          {
            path: 'audit',
            ...signedInScreen(async () => (await import('../features/audit/audit-log.page')).AuditLogPage),
          },
          {
            path: 'account',
            ...signedInScreen(async () => (await import('../features/account/account.page')).AccountPage),
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
