import { atom, onMount } from 'nanostores';
import { probeStorage, type StorageStatus } from '../lib/storage-probe';

// null until probed in the browser, so the server-rendered HTML never claims either way.
export const $storageStatus = atom<StorageStatus | null>(null);

onMount($storageStatus, () => {
  const probe = () => probeStorage(() => window.localStorage);
  const first = probe();
  if (first === 'ok') {
    $storageStatus.set(first);
    return;
  }
  // Blocked or full storage stays so; a one-off failure while the browser is still opening
  // its storage does not, so look once more before warning the user.
  const timer = setTimeout(() => $storageStatus.set(probe()), 500);
  return () => clearTimeout(timer);
});
