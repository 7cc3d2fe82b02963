import { useEffect, useState } from 'react';

/** Chrome's and Android's install event (not in TypeScript's DOM library). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED_KEY = 'ccpor-install-dismissed';

const isStandalone = () =>
  window.matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
const isIosSafari = () => /iP(ad|hone|od)/.test(navigator.userAgent) || (navigator.userAgent.includes('Macintosh') && navigator.maxTouchPoints > 1);

/**
 * Encourages installing the app, and says why (docs/sync.md#app-updates-and-installing): Safari deletes the
 * data of sites unused for 7 days — unsent answers included — while installed apps keep theirs.
 * Never required: "Not now" hides it on this device.
 */
export function InstallPrompt() {
  const [deferred, setDeferred] = useState<BeforeInstallPromptEvent | null>(null);
  const [hidden, setHidden] = useState(() => isStandalone() || localStorage.getItem(DISMISSED_KEY) === '1');

  useEffect(() => {
    const offer = (event: Event) => {
      event.preventDefault();
      setDeferred(event as BeforeInstallPromptEvent);
    };
    const installed = () => setHidden(true);
    window.addEventListener('beforeinstallprompt', offer);
    window.addEventListener('appinstalled', installed);
    return () => {
      window.removeEventListener('beforeinstallprompt', offer);
      window.removeEventListener('appinstalled', installed);
    };
  }, []);

  const ios = isIosSafari();
  if (hidden || (!deferred && !ios)) return null;
  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setHidden(true);
  };
  return (
    <aside className="update-prompt" aria-label="Install the app">
      <span>
        Install CCPOR Deploy on this tablet: it then opens without a network and keeps answers you have not synced yet, which
        a browser may delete from sites left unused for a week.
        {ios && !deferred && ' In Safari, tap Share, then “Add to Home Screen”.'}
      </span>
      <span>
        {deferred && (
          <button
            type="button"
            className="button"
            onClick={() => void deferred.prompt().then(() => deferred.userChoice).then(({ outcome }) => outcome === 'accepted' && setHidden(true))}
          >
            Install
          </button>
        )}{' '}
        <button type="button" className="button button--secondary" onClick={dismiss}>
          Not now
        </button>
      </span>
    </aside>
  );
}
