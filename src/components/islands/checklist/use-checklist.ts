import { useEffect, useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import { loadChecklist } from '../../../stores/checklist-data';

type Loaded = { id: string; checklist: Checklist } | { id: string; error: true };

/** The checklist of the open assessment, fetched when it is first needed. */
export function useChecklist(id: string | undefined): Checklist | 'loading' | 'error' {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadChecklist(id).then(
      (checklist) => live && setLoaded({ id, checklist }),
      () => live && setLoaded({ id, error: true }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (!loaded || loaded.id !== id) return 'loading';
  return 'checklist' in loaded ? loaded.checklist : 'error';
}
