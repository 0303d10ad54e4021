import { atom, onMount } from 'nanostores';
import { probeStorage, type StorageStatus } from '../lib/site/storage-probe';

// null until probed in the browser, so nothing claims either way before the check has run.
export const $storageStatus = atom<StorageStatus | null>(null);

onMount($storageStatus, () => {
  $storageStatus.set(probeStorage(() => window.localStorage));
});
