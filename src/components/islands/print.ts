// Printing one part of a page: html[data-print] tells the print styles which part to show
// (blank / filled / report; see checklist.css and report.css) until the dialog closes.
export type PrintPart = 'blank' | 'filled' | 'report';

export function printPart(part?: PrintPart): void {
  const root = document.documentElement;
  if (part) {
    root.dataset.print = part;
    window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  }
  // The blank form sits in a closed <details> on screen; printed, it must be open.
  if (part === 'blank') document.querySelectorAll<HTMLDetailsElement>('details.blank-form').forEach((d) => (d.open = true));
  window.print();
}
