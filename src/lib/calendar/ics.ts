// iCalendar (RFC 5545) text for recurring all-day events. All-day dates need no time zone, which
// keeps the file valid in every calendar program without a VTIMEZONE block.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface IcsEvent {
  /** Stable across builds, so importing the file again updates events instead of duplicating them. */
  uid: string;
  summary: string;
  description: string;
  start: CalendarDate;
  /** RRULE value, e.g. FREQ=MONTHLY or FREQ=YEARLY;BYMONTH=12. */
  rrule: string;
  categories?: string[];
}

export interface IcsCalendar {
  prodId: string;
  name: string;
  /** When the file was generated: every VEVENT's DTSTAMP. */
  stamp: Date;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * Folds a content line into physical lines of at most 75 octets (§3.1). Continuation lines start
 * with a space, which counts toward their 75. A multi-byte character is never split.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const formatDate = (d: CalendarDate): string => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** UTC date-time, e.g. 20261123T083000Z. */
export function formatStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** The day after, for DTEND of an all-day event (some programs need it). */
export function nextDay(d: CalendarDate): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDate(e.start)}`,
    `DTEND;VALUE=DATE:${formatDate(nextDay(e.start))}`,
    `RRULE:${e.rrule}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar file: folded lines joined by CRLF, ending with CRLF. */
export function buildIcs(cal: IcsCalendar): string {
  const stamp = formatStamp(cal.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.flatMap(foldLine).join(CRLF) + CRLF;
}
