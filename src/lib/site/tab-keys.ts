// Keyboard use of a row of tabs (WAI-ARIA tabs pattern): arrows move to the neighbouring tab,
// wrapping round; Home and End go to the first and last.

/** The index of the tab a key moves to from `current`, or null when the key does nothing. */
export function tabAfterKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
