// Prints one document of the 台账 alone: it is rendered into its own element at the end of <body>,
// <html> is marked (print.css then hides everything else, site chrome included), and both marks
// come off after printing. No :has(), so old Chromium-based browsers print the same.
import { render, type VNode } from 'preact';

export const PRINT_ROOT_CLASS = 'ledger-print';
export const PRINT_ATTRIBUTE = 'data-print-ledger';

export function printDocument(doc: VNode): void {
  document.querySelector(`.${PRINT_ROOT_CLASS}`)?.remove();
  const root = Object.assign(document.createElement('div'), { className: PRINT_ROOT_CLASS });
  document.body.append(root);
  render(doc, root);
  const html = document.documentElement;
  html.setAttribute(PRINT_ATTRIBUTE, '');
  const done = () => {
    html.removeAttribute(PRINT_ATTRIBUTE);
    render(null, root);
    root.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
