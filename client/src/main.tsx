// First, so that the styles components import come after the app-wide layer.
import './app/app.css';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { apolloClient, whenSessionIsLost } from './app/apollo-client';
import { createAppRouter } from './app/app.router';
import { nextTask } from './app/next-task.utils';
import { SIGN_IN_PATH, signInPath } from './app/session.utils';
import { MeDocument } from './graphql/documents/session';
import { persistCache, restoreCache } from './offline/cache-persist';
import { startSessionLock } from './offline/session-lock';
import { sync } from './offline/sync';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">.');

// The persisted cache goes back first: an offline start shows what was loaded last time instead of
// a network error, and the first screen's loader reads who is signed in from the copy, so that a page
// load asks the server once (sync.start, when the copy has somebody; else the loader).
void restoreCache(apolloClient.cache).then(async () => {
  // Its first loader asks in a task of its own (requireSignIn), and the rest of the start waits for
  // the next: the scripts, the router and that question made one task a phone's main thread spent
  // 150–190 ms in (at 4× slower, docs/benchmarks.md), with no paint or tap answered meanwhile.
  const router = createAppRouter();

  // An expired or revoked session: nobody is signed in any more, so the next protected screen asks
  // for sign-in too, and the person comes back here afterwards.
  const sessionLost = () => {
    const { location } = router.state;
    if (location.pathname === SIGN_IN_PATH) return;
    apolloClient.cache.writeQuery({ query: MeDocument, data: { me: null } });
    void router.navigate(signInPath(location), { replace: true });
  };
  whenSessionIsLost(sessionLost);

  await nextTask();
  persistCache(apolloClient.cache);
  sync.start(apolloClient, sessionLost);
  startSessionLock();
  // Ask at once that the browser never evicts the outbox (the sync page shows the answer).
  void navigator.storage?.persist?.().catch(() => false);
  createRoot(container).render(
    <StrictMode>
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </StrictMode>,
  );
});
