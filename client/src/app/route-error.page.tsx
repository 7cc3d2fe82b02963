import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Catches render errors and failed chunk loads (e.g. an old tab after a deploy) for every route. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main id="main" className="app-main">
      <section className="empty-state" role="alert">
        <title>Something went wrong – CCPOR Deploy</title>
        <h1>Something went wrong</h1>
        <p>The screen could not be shown. Reload the page to try again; if it keeps happening, tell the CCPOR team.</p>
        <p className="muted">Details: {detail}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
          <Link className="button button--secondary" to="/">
            Go to deployments
          </Link>
        </div>
      </section>
    </main>
  );
}
