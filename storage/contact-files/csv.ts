import Papa from 'papaparse';
import { readCell } from '../csv';
import {
  identifiesPeople,
  isLinkedInConnections,
  linkedInConnectionsColumns,
  recogniseColumns,
  type RecognisedColumns,
} from './columns';
import { contactFrom, type RawContact } from './fields';
import type {
  ColumnMapping,
  ColumnRole,
  ContactProblem,
  ContactReading,
  ContactRecord,
  CsvColumns,
} from './types';

/**
 * Contacts from a CSV file, parsed by PapaParse: LinkedIn's Connections.csv after its notes,
 * a CRM's or a spreadsheet's export with its header anywhere in the first lines, `,` `;`
 * tab or `|` between cells, quoted cells with commas and line breaks, a byte-order mark.
 * Each person and each problem keeps the line its record starts on.
 */

const DELIMITERS = [',', ';', '\t', '|'];
/** LinkedIn's notes take three lines; a header further down is not looked for. */
const HEADER_SEARCH_LINES = 10;
const SAMPLES = 3;

/** The text as parsed: no byte-order mark, every line break `\n` (line numbers unchanged). */
function prepare(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Where each line starts, for turning a character offset into a line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line holding `offset`. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

interface Row {
  cells: string[];
  line: number;
  unclosedQuote: boolean;
}

/** Every row from line `from` on, each with the line it starts on. */
function parseRows(
  text: string,
  starts: readonly number[],
  from: number,
  delimiter: string,
): Row[] {
  const offset = starts[from - 1] ?? text.length;
  const rows: Row[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text.slice(offset), {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      rows.push({
        cells: result.data,
        line: lineAt(starts, offset + rowStart),
        unclosedQuote: result.errors.some((e) => e.code === 'MissingQuotes'),
      });
      rowStart = result.meta.cursor;
    },
  });
  return rows;
}

/** One line's cells with a given delimiter. */
function cellsOf(line: string, delimiter: string): string[] {
  return Papa.parse<string[]>(line, { delimiter, newline: '\n' }).data[0] ?? [];
}

/** The delimiter PapaParse finds in the (non-blank) lines from `from` on. */
function guessDelimiter(text: string, starts: readonly number[], from: number): string {
  const sample = text
    .slice(starts[from - 1] ?? 0)
    .split('\n', 40)
    .filter((line) => line.trim())
    .join('\n');
  const guessed = Papa.parse(sample, {
    delimitersToGuess: DELIMITERS,
    preview: 20,
    skipEmptyLines: true,
  }).meta.delimiter;
  return DELIMITERS.includes(guessed) ? guessed : ',';
}

interface Header {
  line: number;
  delimiter: string;
  cells: string[];
  columns: RecognisedColumns;
  linkedIn: boolean;
}

/**
 * The header row: the first line, among the first few that are not blank, whose cells name
 * who a row is (a name, an address, a LinkedIn profile), split by the delimiter that
 * recognises most of them.
 */
function findHeader(text: string): Header | undefined {
  const lines = text.split('\n', 200);
  let looked = 0;
  for (let i = 0; i < lines.length && looked < HEADER_SEARCH_LINES; i += 1) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    looked += 1;
    let best: Header | undefined;
    let bestScore = 0;
    for (const delimiter of DELIMITERS) {
      const cells = cellsOf(line, delimiter);
      const linkedIn = isLinkedInConnections(cells);
      const columns = linkedIn ? linkedInConnectionsColumns(cells) : recogniseColumns(cells);
      const score = columns.roles.filter((r) => r !== null).length + columns.websites.length;
      if (identifiesPeople(columns.roles) && score > bestScore) {
        best = { line: i + 1, delimiter, cells, columns, linkedIn };
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return undefined;
}

function firstFilledLine(text: string): number {
  const index = text.split('\n').findIndex((line) => line.trim());
  return index < 0 ? 1 : index + 1;
}

/** What a row says about its person, through the columns' roles. */
function rawFrom(
  cells: readonly string[],
  roles: readonly (ColumnRole | null)[],
  websites: readonly number[],
): RawContact {
  const raw: RawContact = { emails: [], linkedin: [], websites: [] };
  roles.forEach((role, i) => {
    const value = readCell(cells[i] ?? '');
    if (!role || !value.trim()) return;
    if (role === 'email') raw.emails.push(value);
    else if (role === 'linkedin') raw.linkedin.push(value);
    else raw[role] ??= value;
  });
  for (const i of websites) {
    const value = cells[i];
    if (value?.trim()) raw.websites.push(value);
  }
  return raw;
}

/**
 * The people of a CSV file, by its recognised header or by the rep's mapping. A file whose
 * header Rapport does not recognise, read without a mapping, gives nobody and asks for one.
 */
export function readCsvContacts(text: string, mapping?: ColumnMapping): ContactReading {
  const prepared = prepare(text);
  if (!prepared.trim()) {
    return { format: 'csv', contacts: [], problems: [{ line: 1, message: 'the file is empty' }] };
  }
  const starts = lineStarts(prepared);
  const header = findHeader(prepared);
  let layout: { from: number; delimiter: string; columns: RecognisedColumns; linkedIn: boolean };
  if (mapping) {
    const delimiter = guessDelimiter(prepared, starts, mapping.headerLine);
    const cells = cellsOf(prepared.split('\n')[mapping.headerLine - 1] ?? '', delimiter);
    layout = {
      from: mapping.hasHeader ? mapping.headerLine + 1 : mapping.headerLine,
      delimiter,
      columns: { roles: mapping.roles, websites: [] },
      linkedIn: mapping.hasHeader && isLinkedInConnections(cells),
    };
  } else if (header) {
    layout = { from: header.line + 1, ...header };
  } else {
    return {
      format: 'csv',
      contacts: [],
      problems: [
        {
          line: firstFilledLine(prepared),
          message:
            'no column of names, email addresses or LinkedIn profiles was recognised: say which column holds what',
        },
      ],
      needsMapping: true,
    };
  }
  const problems: ContactProblem[] = [];
  const contacts: ContactRecord[] = [];
  for (const row of parseRows(prepared, starts, layout.from, layout.delimiter)) {
    if (row.unclosedQuote) {
      problems.push({
        line: row.line,
        message:
          'a quoted cell that starts in this record never closes: the rest of the file is read as one cell',
      });
    }
    // A row of empty cells is a spreadsheet's blank line; any other row is someone or a problem.
    if (row.cells.every((cell) => !cell.trim())) continue;
    const raw = rawFrom(row.cells, layout.columns.roles, layout.columns.websites);
    const contact = contactFrom(raw, row.line, problems);
    if (contact) contacts.push(contact);
  }
  return {
    format: layout.linkedIn ? 'linkedin-connections' : 'csv',
    contacts,
    problems,
  };
}

/**
 * A CSV file's columns with a few values of each, and what Rapport guesses each holds: what
 * the options page shows the rep to map columns it did not recognise.
 */
export function listCsvColumns(text: string): CsvColumns {
  const prepared = prepare(text);
  const starts = lineStarts(prepared);
  const header = findHeader(prepared);
  const headerLine = header?.line ?? firstFilledLine(prepared);
  const delimiter = header?.delimiter ?? guessDelimiter(prepared, starts, headerLine);
  const rows = parseRows(prepared, starts, headerLine, delimiter).slice(0, 51);
  const first = rows[0]?.cells ?? [];
  // Without a recognised header, the first row is taken as one unless it holds an address.
  const hasHeader = header !== undefined || !first.some((cell) => /@/.test(cell));
  const body = hasHeader ? rows.slice(1) : rows;
  const width = Math.max(first.length, ...body.map((r) => r.cells.length));
  const guess = header
    ? header.columns.roles
    : hasHeader
      ? recogniseColumns(first).roles
      : Array<ColumnRole | null>(width).fill(null);
  const columns = Array.from({ length: width }, (_, index) => ({
    index,
    header: (hasHeader && first[index]?.trim()) || `Column ${index + 1}`,
    samples: body
      .map((r) => r.cells[index]?.trim() ?? '')
      .filter(Boolean)
      .slice(0, SAMPLES),
  }));
  return {
    headerLine,
    columns,
    guess: {
      headerLine,
      hasHeader,
      roles: Array.from({ length: width }, (_, i) => guess[i] ?? null),
    },
  };
}
