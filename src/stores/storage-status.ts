import { atom, onMount } from 'nanostores';
import { probeStorage, type StorageStatus } from '../lib/storage-probe';

// null until probed in the browser, so the server-rendered HTML never claims either way.
export const $storageStatus = atom<StorageStatus | null>(null);

onMount($storageStatus, () => {
  $storageStatus.set(probeStorage(() => window.localStorage));
});
