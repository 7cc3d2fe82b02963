import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { SignedInNav } from '../features/session/signed-in-nav.component';
import { useMe } from '../features/session/useMe';
import { SyncIndicator } from '../features/sync/sync-indicator.component';
import { useSessionLocked } from '../offline/session-lock';
import { sync } from '../offline/sync';
import { InstallPrompt } from './install-prompt.component';
import { SIGN_IN_PATH } from './session.utils';
import { UpdatePrompt } from './update-prompt.component';

// Shown only once the app has locked itself: its code (and the PIN check) loads then.
const SessionLock = lazy(async () => ({ default: (await import('../features/session/session-lock.component')).SessionLock }));

/** Header, skip link and main landmark shared by every screen; `nav` is the signed-in navigation. */
export function AppShell({ children, busy = false, nav }: { children: ReactNode; busy?: boolean; nav?: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-header__brand">
          CCPOR Deploy
        </Link>
        {nav}
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
  const { me } = useMe({ cacheOnly: true });
  const { pathname } = useLocation();
  // Locked after 15 idle minutes: no screen (and no data) until unlocked; signing in again unlocks.
  const locked = useSessionLocked() && !!me && pathname !== SIGN_IN_PATH;
  // A (new) person signed in: count their entries and send what waited for the sign-in.
  useEffect(() => {
    void sync.refreshCounts();
    if (me?.id) void sync.syncNow();
  }, [me?.id]);
  return (
    <AppShell
      busy={navigation.state !== 'idle'}
      nav={
        locked ? undefined : (
          <>
            <SignedInNav />
            {me && <SyncIndicator />}
          </>
        )
      }
    >
      <UpdatePrompt />
      {locked && me ? (
        <Suspense fallback={null}>
          <SessionLock userId={me.id} name={me.displayName} />
        </Suspense>
      ) : (
        <>
          {me && <InstallPrompt />}
          <Outlet />
        </>
      )}
    </AppShell>
  );
}
