// GraphiQL for people exploring the API, served at /graphiql as its own page (a second Vite entry):
// the PWA neither loads nor precaches it. Everything comes from npm packages, Monaco's workers
// included (graphiql's Vite set-up), because courts' networks often block CDNs.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { print } from 'graphql';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { MeQuery } from '../../graphql/generated/graphql';
import { MeDocument } from '../../graphql/documents/session';
import { ROLE_LABELS } from '../../../../rules/labels';

// Same origin: the browser sends the HttpOnly session cookie with every request, and the fetcher
// POSTs JSON, which satisfies the server's CSRF rule (a non-simple content type).
const fetcher = createGraphiQLFetcher({ url: '/graphql', enableIncrementalDelivery: false });

const EXAMPLE = `# Deployments by phase, status and health.
# Reporting tools send queries with
# "Authorization: Bearer <API token>".
query DeploymentCounts($filter: ReportFilter) {
  deploymentCountsReport(filter: $filter) {
    phase
    status
    health
    deployments
  }
}
`;

type Me = MeQuery['me'];

/** Who the session belongs to (null: nobody signed in; undefined: still asking). */
function useSignedInPerson(): Me | undefined {
  const [me, setMe] = useState<Me | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(MeDocument), operationName: 'Me' }),
    })
      .then((response) => response.json() as Promise<{ data?: MeQuery }>)
      .then((answer) => !cancelled && setMe(answer.data?.me ?? null))
      .catch(() => !cancelled && setMe(null));
    return () => {
      cancelled = true;
    };
  }, []);
  return me;
}

function SessionBar() {
  const me = useSignedInPerson();
  return (
    <header className="graphiql-session">
      <a href="/" className="graphiql-session__back">
        CCPOR Deploy
      </a>
      <p role="status" className="graphiql-session__who">
        {me === undefined
          ? 'Checking your session…'
          : me
            ? `Signed in as ${me.displayName} (${ROLE_LABELS[me.role]}): queries run with your access.`
            : 'Not signed in: sign in to the app first, then reload this page to explore the schema.'}
      </p>
      {me === null && (
        <a href="/sign-in" className="graphiql-session__sign-in">
          Sign in
        </a>
      )}
    </header>
  );
}

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql.html must contain <div id="graphiql">.');

createRoot(container).render(
  <StrictMode>
    <div className="graphiql-page">
      <SessionBar />
      <main className="graphiql-page__explorer">
        <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
      </main>
    </div>
  </StrictMode>,
);
