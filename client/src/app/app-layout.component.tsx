import type { ReactNode } from 'react';
import { Link, Outlet, useNavigation } from 'react-router';

/** Header, skip link and main landmark shared by every screen. */
export function AppShell({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          CCPOR Deploy
        </Link>
        <nav aria-label="Main">
          <Link to="/" className="app-header__link">
            Deployments
          </Link>
        </nav>
      </header>
      {/* A thin bar while the next screen's chunk or data loads; the old screen stays usable. */}
      <div className={busy ? 'progress-bar progress-bar--active' : 'progress-bar'} aria-hidden="true" />
      <main id="main" className="app-main" tabIndex={-1} aria-busy={busy}>
        {children}
      </main>
    </>
  );
}

export function AppLayout() {
  const navigation = useNavigation();
  return (
    <AppShell busy={navigation.state !== 'idle'}>
      <Outlet />
    </AppShell>
  );
}
