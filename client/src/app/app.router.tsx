import { createBrowserRouter } from 'react-router';
import { AppLayout, AppShell } from './app-layout.component';
import { NotFoundPage } from './not-found.page';
import { RouteErrorPage } from './route-error.page';
import { requireSignIn } from './session.utils';

// Every screen is its own lazy chunk: the initial JS budget (170 KB gzipped) leaves room only
// for React, the router and Apollo; each route's code loads when it is first visited.
export const router = createBrowserRouter([
  {
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RouteErrorPage,
    // Shown while the first route's chunk loads, so the header never blinks in late.
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
        // Everything else needs a signed-in person: the loader sends anybody else to sign-in and back.
        id: 'signed-in',
        loader: requireSignIn,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/deployments/deployment-list.page')).DeploymentListPage,
            }),
          },
          {
            path: 'deployments/new',
            lazy: async () => ({
              Component: (await import('../features/deployments/deployment-form.page')).NewDeploymentPage,
            }),
          },
          {
            path: 'deployments/:id/edit',
            lazy: async () => ({
              Component: (await import('../features/deployments/deployment-form.page')).EditDeploymentPage,
            }),
          },
          {
            path: 'deployments/import',
            lazy: async () => ({
              Component: (await import('../features/deployment-import/deployment-import.page')).DeploymentImportPage,
            }),
          },
          {
            path: 'deployments/:id/defects',
            lazy: async () => ({ Component: (await import('../features/defects/defect-triage.page')).DefectTriagePage }),
          },
          {
            path: 'my-week',
            lazy: async () => ({ Component: (await import('../features/my-week/my-week.page')).MyWeekPage }),
          },
          {
            path: 'notifications',
            lazy: async () => ({ Component: (await import('../features/notifications/notifications.page')).NotificationsPage }),
          },
          {
            path: 'cat-plans',
            lazy: async () => ({ Component: (await import('../features/cat-plans/cat-plans.page')).CatPlansPage }),
          },
          {
            path: 'deployments/:id',
            lazy: async () => ({
              Component: (await import('../features/deployments/deployment-timeline.page')).DeploymentTimelinePage,
            }),
          },
          {
            path: 'deployments/:id/cat',
            lazy: async () => ({ Component: (await import('../features/cat/cat-runner.page')).CatRunnerPage }),
          },
          {
            path: 'deployments/:id/scanners',
            lazy: async () => ({
              Component: (await import('../features/scanners/scanner-assessment.page')).ScannerAssessmentPage,
            }),
          },
          {
            path: 'my-work',
            lazy: async () => ({ Component: (await import('../features/my-work/my-work.page')).MyWorkPage }),
          },
          {
            path: 'deployments/:id/questionnaires',
            lazy: async () => ({
              Component: (await import('../features/questionnaires/questionnaire-list.page')).QuestionnaireListPage,
            }),
          },
          {
            path: 'deployments/:id/questionnaires/:responseId',
            lazy: async () => ({
              Component: (await import('../features/questionnaires/questionnaire-filler.page')).QuestionnaireFillerPage,
            }),
          },
          {
            path: 'deployments/:id/sign-off',
            lazy: async () => ({ Component: (await import('../features/sign-off/sign-off.page')).SignOffPage }),
          },
          {
            path: 'deployments/:id/incidents',
            lazy: async () => ({ Component: (await import('../features/incidents/incidents.page')).IncidentsPage }),
          },
          {
            path: 'sign-out',
            lazy: async () => ({ Component: (await import('../features/session/sign-out.page')).SignOutPage }),
          },
          {
            path: 'sync',
            lazy: async () => ({ Component: (await import('../features/sync/sync.page')).SyncPage }),
          },
          {
            path: 'sync/conflicts/:mutationId',
            lazy: async () => ({ Component: (await import('../features/sync/conflict.page')).ConflictPage }),
          },
          {
            path: 'portfolio',
            lazy: async () => ({
              Component: (await import('../features/reports/portfolio-dashboard.page')).PortfolioDashboardPage,
            }),
          },
          {
            path: 'deployments/:id/print/cat',
            lazy: async () => ({ Component: (await import('../features/print/cat-record.page')).CatRecordPage }),
          },
          {
            path: 'deployments/:id/print/readiness',
            lazy: async () => ({ Component: (await import('../features/print/readiness-record.page')).ReadinessRecordPage }),
          },
          {
            path: 'admin/users',
            lazy: async () => ({ Component: (await import('../features/admin/admin-users.page')).AdminUsersPage }),
          },
          {
            path: 'admin/tokens',
            lazy: async () => ({ Component: (await import('../features/admin/admin-tokens.page')).AdminTokensPage }),
          },
          {
            path: 'admin/templates',
            lazy: async () => ({ Component: (await import('../features/admin/admin-templates.page')).AdminTemplatesPage }),
          },
          {
            path: 'admin/scanner-requirements',
            lazy: async () => ({
              Component: (await import('../features/admin/admin-scanner-requirements.page')).AdminScannerRequirementsPage,
            }),
          },
          {
            path: 'admin/mail',
            lazy: async () => ({ Component: (await import('../features/mail/mailbox.page')).MailboxPage }),
          },
          {
            path: 'admin/mail/:id',
            lazy: async () => ({ Component: (await import('../features/mail/mail-message.page')).MailMessagePage }),
          },
          {
            path: 'audit',
            lazy: async () => ({ Component: (await import('../features/audit/audit-log.page')).AuditLogPage }),
          },
          {
            path: 'account',
            lazy: async () => ({ Component: (await import('../features/account/account.page')).AccountPage }),
          },
        ],
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
