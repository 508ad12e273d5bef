import type { ReactNode } from 'react';

/**
 * The frame of every data table, so that a phone reads all of it: below 48em (a phone, a narrow
 * tablet) each row is drawn as a card whose cells name their column (their `data-label`), and wider
 * a table too wide for its column scrolls inside this labelled region, which the keyboard can reach.
 * Styles: `.readable-table` in styles/app.css.
 */
export function ReadableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="readable-table" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
