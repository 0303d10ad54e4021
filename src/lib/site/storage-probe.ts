// Whether this browser lets the site keep data: blocked storage (some private modes, strict
// intranet policies) and a full quota must be told to the user before they type a year's work.
export type StorageStatus = 'ok' | 'unavailable' | 'full';

const PROBE_KEY = 'dyjy:probe';

export function isQuotaError(err: unknown): boolean {
  if (!(err instanceof Error) && !(typeof err === 'object' && err !== null)) return false;
  const e = err as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22;
}

export function probeStorage(getStorage: () => Storage | null | undefined): StorageStatus {
  let storage: Storage | null | undefined;
  try {
    storage = getStorage();
  } catch {
    return 'unavailable';
  }
  if (!storage) return 'unavailable';
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return 'ok';
  } catch (err) {
    return isQuotaError(err) ? 'full' : 'unavailable';
  }
}
