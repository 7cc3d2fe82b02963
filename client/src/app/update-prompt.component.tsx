import { useRegisterSW } from 'virtual:pwa-register/react';
import { useSyncStatus } from '../offline/useSyncStatus';
import { useAnyFormDirty } from './dirty-forms';

/**
 * "A new version is available — reload" (registerType 'prompt'): the waiting service worker takes
 * over only when the person agrees, and the prompt appears only when nothing is being sent or
 * waiting to be sent and no form holds unsaved input; until then a notice says an update waits
 * (docs/sync.md#app-updates-and-installing).
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const { syncing, unsent, needsAttention } = useSyncStatus();
  const formDirty = useAnyFormDirty();
  // Parked entries wait for a person, possibly long: only entries still to be sent hold the prompt back.
  if (!needRefresh) return null;
  if (syncing || unsent - needsAttention > 0 || formDirty) {
    return (
      <p className="update-prompt" role="status">
        A new version of CCPOR Deploy is ready: it is offered once your changes are sent and saved.
      </p>
    );
  }
  return (
    <div className="update-prompt" role="status">
      <span>A new version of CCPOR Deploy is available.</span>
      <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
    </div>
  );
}
