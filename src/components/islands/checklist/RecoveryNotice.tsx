import { useStore } from '@nanostores/preact';
import { $unreadable } from '../../../stores/assessments';
import { lazyPart } from '../lazy-part';

// Seldom needed, so its code loads only when there is something to show.
const RecoveryBanner = lazyPart(() => import('./RecoveryBanner'), true);

/** Shows RecoveryBanner when stored assessments could not be read. */
export default function RecoveryNotice() {
  return useStore($unreadable).length > 0 ? <RecoveryBanner /> : null;
}
