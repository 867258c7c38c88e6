import { readCsvContacts } from './csv';
import type { ColumnMapping, ContactReading } from './types';
import { readVcardContacts } from './vcard';

/**
 * Reads any contacts file Rapport takes: a vCard file (by its name or its first line), else
 * CSV (LinkedIn's Connections.csv among them, by its header). Never throws: whatever cannot
 * be read is a problem at line 1.
 */
export function readContactFile(
  fileName: string,
  text: string,
  mapping?: ColumnMapping,
): ContactReading {
  try {
    if (typeof text !== 'string') {
      return {
        format: 'csv',
        contacts: [],
        problems: [{ line: 1, message: 'the file is not text' }],
      };
    }
    const vcard =
      /\.(vcf|vcard)$/i.test(String(fileName).trim()) || /^\uFEFF?\s*BEGIN:VCARD/i.test(text);
    // A NUL never occurs in text: this is a spreadsheet, an archive or a picture.
    if (text.slice(0, 4096).includes('\u0000')) {
      return {
        format: vcard ? 'vcard' : 'csv',
        contacts: [],
        problems: [
          {
            line: 1,
            message:
              'this is not a text file: export the contacts as CSV or vCard (a spreadsheet: save it as CSV, UTF-8)',
          },
        ],
      };
    }
    return vcard ? readVcardContacts(text) : readCsvContacts(text, mapping);
  } catch (error) {
    return {
      format: 'csv',
      contacts: [],
      problems: [
        {
          line: 1,
          message: `the file could not be read (${String(error instanceof Error ? error.message : error).slice(0, 200)})`,
        },
      ],
    };
  }
}
