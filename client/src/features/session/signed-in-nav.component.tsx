import { useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, useLocation } from 'react-router';
import { UnreadNotificationCount } from '../notifications/unread-count.component';
import { ROLE_LABELS } from '../../../../rules/labels';
import { isAdmin, isPlanner } from '../../../../rules/roles';
import { useMe } from './useMe';
import { useSignOut } from './useSignOut';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'app-header__link app-header__link--active' : 'app-header__link';

/**
 * The header's navigation and the signed-in person's name, role, account link and sign-out. On a
 * tablet held upright (below 900 px) they sit behind a "Menu" button, so the header stays one row
 * (README, field staff); wider, the button is hidden and they show in the header.
 */
export function SignedInNav() {
  // The route loader and sign-in fill the cache; the header never asks the server itself.
  const { me } = useMe({ cacheOnly: true });
  const { signOut, signingOut, error } = useSignOut();
  const { pathname } = useLocation();
  // Open on the screen it was opened on: following one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpenOn(null);
    button.current?.focus();
  };
  if (!me) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="app-header__button app-header__menu-button"
        aria-expanded={open}
        aria-controls="app-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        onKeyDown={closeOnEscape}
      >
        Menu
      </button>
      <div id="app-menu" className={open ? 'app-header__menu app-header__menu--open' : 'app-header__menu'} onKeyDown={closeOnEscape}>
        <nav aria-label="Main" className="app-header__nav">
          {(me.role === 'FIELD_STAFF' || me.role === 'PARTNER_USER') && (
            <NavLink to="/my-work" className={linkClass}>
              My work
            </NavLink>
          )}
          <NavLink to="/" end className={linkClass}>
            Deployments
          </NavLink>
          <NavLink to="/portfolio" className={linkClass}>
            Portfolio
          </NavLink>
          {isPlanner(me.role) && (
            <>
              <NavLink to="/my-week" className={linkClass}>
                My week
              </NavLink>
              <NavLink to="/deployments/import" className={linkClass}>
                Import
              </NavLink>
              <NavLink to="/cat-plans" className={linkClass}>
                CAT plans
              </NavLink>
            </>
          )}
          <NavLink to="/notifications" className={linkClass}>
            Notifications
            <UnreadNotificationCount />
          </NavLink>
          {isPlanner(me.role) && (
            <NavLink to="/audit" className={linkClass}>
              Audit log
            </NavLink>
          )}
          {isAdmin(me.role) && (
            <>
              <NavLink to="/admin/users" className={linkClass}>
                Users
              </NavLink>
              <NavLink to="/admin/tokens" className={linkClass}>
                API tokens
              </NavLink>
              <NavLink to="/admin/templates" className={linkClass}>
                Templates
              </NavLink>
              <NavLink to="/admin/scanner-requirements" className={linkClass}>
                Scanner requirements
              </NavLink>
              <NavLink to="/admin/mail" className={linkClass}>
                Mailbox
              </NavLink>
            </>
          )}
        </nav>
        <div className="app-header__account">
          <p className="app-header__person">
            <span className="app-header__name">{me.displayName}</span>
            <span className="app-header__role">
              {ROLE_LABELS[me.role]}
              {me.role === 'PARTNER_USER' && me.organization && ` · ${me.organization.name}`}
            </span>
          </p>
          <nav aria-label="Account">
            <NavLink to="/account" className={linkClass}>
              Account
            </NavLink>
            <button type="button" className="app-header__button" onClick={() => void signOut()} disabled={signingOut}>
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </nav>
        </div>
      </div>
      {error && (
        <div className="app-header__problem callout callout--error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
