// Contacts files shaped exactly like the real exports (LinkedIn's Connections.csv, a vCard
// file), from invented people: for the screenshots, the end-to-end tests and the bench.

export interface Connection {
  first: string;
  last: string;
  /** The profile name in linkedin.com/in/<slug>. */
  slug: string;
  email?: string;
  company?: string;
  position?: string;
  /** As LinkedIn writes it: `24 Feb 2023`. */
  connectedOn: string;
}

/** LinkedIn's own preamble, three lines before the header (its data export, 2023–2026). */
const LINKEDIN_NOTES =
  'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';

const quoted = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** A Connections.csv as LinkedIn's data export writes it. */
export function connectionsCsv(connections: readonly Connection[]): string {
  const rows = connections.map((c) =>
    [
      c.first,
      c.last,
      `https://www.linkedin.com/in/${c.slug}`,
      c.email ?? '',
      c.company ?? '',
      c.position ?? '',
      c.connectedOn,
    ]
      .map(quoted)
      .join(','),
  );
  return `${LINKEDIN_NOTES}First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n${rows.join('\r\n')}\r\n`;
}

const escaped = (value: string) => value.replace(/\\/g, '\\\\').replace(/([,;])/g, '\\$1');

/** A vCard 3.0 file as Google Contacts exports it, one card per person. */
export function vcardFile(connections: readonly Connection[]): string {
  return connections
    .map((c) =>
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${escaped(`${c.first} ${c.last}`)}`,
        `N:${escaped(c.last)};${escaped(c.first)};;;`,
        ...(c.email ? [`EMAIL;TYPE=INTERNET;TYPE=WORK:${c.email}`] : []),
        ...(c.company ? [`ORG:${escaped(c.company)}`] : []),
        ...(c.position ? [`TITLE:${escaped(c.position)}`] : []),
        `item1.URL:https\\://www.linkedin.com/in/${c.slug}`,
        'item1.X-ABLabel:LinkedIn',
        'END:VCARD',
      ].join('\r\n'),
    )
    .join('\r\n')
    .concat('\r\n');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as Connections.csv writes it. */
export function linkedinDate(date: Date): string {
  return `${String(date.getUTCDate()).padStart(2, '0')} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
