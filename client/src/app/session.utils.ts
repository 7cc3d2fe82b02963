import { redirect, type LoaderFunctionArgs } from 'react-router';
import { MeDocument } from '../graphql/documents/session';
import { apolloClient } from './apollo-client';
import { nextTask } from './next-task.utils';

export const SIGN_IN_PATH = '/sign-in';

/** The sign-in address that brings the person back to `location` afterwards. */
export function signInPath(location: { pathname: string; search: string; hash: string }): string {
  if (location.pathname === SIGN_IN_PATH) return `${location.pathname}${location.search}`;
  const next = `${location.pathname}${location.search}${location.hash}`;
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ next })}`;
}

/**
 * Where to go after signing in: `?next=` when it is a path of this app, else the deployments list.
 * Anything else ("//evil.example", "https://…") would make the sign-in page an open redirect.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith(SIGN_IN_PATH) ? '/' : next;
}

/** Roles whose home is /my-work (their deployments and what is theirs to do) rather than the list. */
const MY_WORK_ROLES = new Set(['FIELD_STAFF', 'PARTNER_USER']);

/** Where sign-in lands: `?next=` when given (see safeNextPath), else the person's home. */
export function landingPath(next: string | null, role: string | undefined): string {
  const path = safeNextPath(next);
  return path === '/' && !next && role && MY_WORK_ROLES.has(role) ? '/my-work' : path;
}

/**
 * Loader of the screens that need a signed-in person: with nobody signed in (`me` is null) it sends
 * them to sign-in and back. `me` comes from the cache (the persisted copy, else the first answer),
 * so navigating stays instant; an expired session is caught by the Apollo link when the screen's own
 * query answers UNAUTHENTICATED. When the server cannot be reached the screen opens and shows its
 * own error. The question waits for a task of its own: on the first load it is Apollo's first query,
 * whose code runs cold, and with the router's start it made one of the longest tasks of a page's load.
 */
export async function requireSignIn({ request }: LoaderFunctionArgs) {
  await nextTask();
  let me;
  try {
    me = (await apolloClient.query({ query: MeDocument })).data?.me;
  } catch {
    return null;
  }
  if (me === null) throw redirect(signInPath(new URL(request.url)));
  return null;
}
