/** A meeting as a calendar file (RFC 5545), sent with the invitation so it lands in a calendar. */
export interface IcsMeeting {
  id: string;
  start: Date;
  minutes: number;
  summary: string;
  description: string;
  url: string | null;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  now: Date;
}

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Text values escape backslash, semicolon, comma and newlines. */
const text = (v: string): string =>
  v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Parameter values (names) are quoted; quotes and control characters are dropped. */
const param = (v: string): string => `"${v.replace(/["\r\n\p{Cc}]/gu, '')}"`;

/** Lines longer than 75 octets are folded (CRLF and a space). */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest, 'utf8') > 75) {
    let cut = Math.min(rest.length, 73);
    while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > 74) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

export function meetingIcs(m: IcsMeeting): string {
  const end = new Date(m.start.getTime() + m.minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IEP Workspace//Meetings//EN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${m.id}@iep-workspace`,
    `DTSTAMP:${stamp(m.now)}`,
    `DTSTART:${stamp(m.start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${text(m.summary)}`,
    `DESCRIPTION:${text(m.description)}`,
    ...(m.url ? [`URL:${m.url}`, `LOCATION:${text(m.url)}`] : []),
    `ORGANIZER;CN=${param(m.organizer.name)}:mailto:${m.organizer.email}`,
    ...m.attendees.map((a) => `ATTENDEE;CN=${param(a.name)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${a.email}`),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
