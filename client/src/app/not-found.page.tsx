import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="empty-state">
      <title>Page not found – CCPOR Deploy</title>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <Link className="button" to="/">
        Go to deployments
      </Link>
    </section>
  );
}
