import { atom, onMount } from 'nanostores';
import { probeStorage, type StorageStatus } from '../lib/storage-probe';

// null until probed in the browser, so the server-rendered HTML never claims either way.
export const $storageStatus = atom<StorageStatus | null>(null);

const ATTEMPTS = 5;
const PAUSE_MS = 400;

onMount($storageStatus, () => {
  // Blocked or full storage stays so; a one-off failure while the browser is still opening
  // its storage does not, so look a few times before warning the user.
  const attempt = (left: number) => {
    const status = probeStorage(() => window.localStorage);
    if (status === 'ok' || left <= 1) $storageStatus.set(status);
    else setTimeout(() => attempt(left - 1), PAUSE_MS);
  };
  attempt(ATTEMPTS);
});
