import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { importPlan, ImportRejectedError } from '@/storage/backup';
import { planContactImport, type ContactImportPreview } from '@/storage/contact-import';
import type { ColumnMapping, ContactFormat, CsvColumns } from '@/storage/contacts';
import { IMPORT_CONTACTS_HASH } from '../contacts-import-link';
import { useDatabase } from '../hooks/useDatabase';
import { ColumnMapper } from './ColumnMapper';
import { attachedText } from './import-words';
import { ProblemList } from './ProblemList';
import { readFileText } from './read-file-text';

/** Larger files are refused before reading: no contacts export comes near this. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

const FORMAT_NAMES: Record<ContactFormat, string> = {
  'linkedin-connections': 'LinkedIn connections',
  vcard: 'vCard file',
  csv: 'CSV file',
};

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'mapping'; file: string; text: string; columns: CsvColumns }
  | { kind: 'planned'; preview: ContactImportPreview }
  | { kind: 'importing'; preview: ContactImportPreview }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/** The parsers (PapaParse, ical.js) load only when a file is chosen, and only on this page. */
const loadReader = () => import('@/storage/contacts');

/**
 * Start from the contacts a rep already has: LinkedIn's Connections.csv, a vCard file or a
 * CRM's or spreadsheet's CSV. Choosing a file reads it and shows what importing would do
 * (new, merged and unchanged people, every line not read); columns Rapport does not
 * recognise are mapped by the rep first; Import writes it all in one transaction.
 */
export function ImportContacts() {
  const db = useDatabase();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    if (location.hash !== IMPORT_CONTACTS_HASH) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    inputRef.current?.focus();
  }, []);

  const plan = async (file: string, text: string, mapping?: ColumnMapping) => {
    const { readContactFile, listCsvColumns } = await loadReader();
    const reading = readContactFile(file, text, mapping);
    if (reading.needsMapping) {
      setState({ kind: 'mapping', file, text, columns: listCsvColumns(text) });
      return;
    }
    setState({ kind: 'planned', preview: await planContactImport(db, file, reading) });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setState({
        kind: 'failed',
        message: `${file.name} is larger than any contacts export: not read.`,
      });
      return;
    }
    setState({ kind: 'reading', file: file.name });
    try {
      await plan(file.name, await readFileText(file));
    } catch (error) {
      setState({ kind: 'failed', message: `${file.name} could not be read: ${messageOf(error)}` });
    }
  };

  const mapped = async (file: string, text: string, mapping: ColumnMapping) => {
    setState({ kind: 'reading', file });
    try {
      await plan(file, text, mapping);
    } catch (error) {
      setState({ kind: 'failed', message: `${file} could not be read: ${messageOf(error)}` });
    }
  };

  const write = async (preview: ContactImportPreview) => {
    setState({ kind: 'importing', preview });
    try {
      // Written in one transaction, matched against the database again only if anything was
      // written since the preview.
      const written = await importPlan(db, preview.plan);
      const { new: added, merged, unchanged } = written.people;
      setState({
        kind: 'done',
        message:
          `Imported from ${preview.fileName}: ${added} new, ${merged} merged, ${unchanged} already in Rapport` +
          `${attachedText(written.attached)}.`,
      });
    } catch (error) {
      const why =
        error instanceof ImportRejectedError ? error.problems.join('; ') : messageOf(error);
      setState({ kind: 'failed', message: `Nothing was imported: ${why}` });
    }
  };

  const busy = state.kind === 'reading' || state.kind === 'importing';
  return (
    <section ref={sectionRef} id={IMPORT_CONTACTS_HASH.slice(1)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Start from your contacts</h2>
      <p className="hint">
        LinkedIn connections (Connections.csv from LinkedIn&apos;s data export), a vCard file
        (Google Contacts, Apple Contacts, Outlook) or a CSV from your CRM or a spreadsheet. People
        you already have are matched by email address and LinkedIn profile: what you wrote about
        them stays as it is.
      </p>
      <div>
        <label className="field-label" htmlFor={id}>
          Import contacts
        </label>
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept=".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
          disabled={busy}
          onChange={(event) => void choose(event)}
        />
      </div>
      {state.kind === 'reading' && <p className="hint">Reading {state.file}…</p>}
      {state.kind === 'mapping' && (
        <ColumnMapper
          file={state.file}
          columns={state.columns}
          onRead={(mapping) => void mapped(state.file, state.text, mapping)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      {(state.kind === 'planned' || state.kind === 'importing') && (
        <ContactPreview
          preview={state.preview}
          busy={state.kind === 'importing'}
          onImport={() => void write(state.preview)}
          onCancel={() => setState({ kind: 'idle' })}
        />
      )}
      <p role="status" className={state.kind === 'failed' ? 'error' : 'ok'}>
        {state.kind === 'importing' && 'Importing…'}
        {state.kind === 'done' && state.message}
        {state.kind === 'failed' && state.message}
      </p>
    </section>
  );
}

/** Up to this many names of each kind of change; the rest counted. */
const NAMES_SHOWN = 5;

function names(preview: ContactImportPreview, kind: 'new' | 'merged' | 'unchanged'): string {
  const chosen = (preview.plan.outcomes ?? []).filter((o) => o.kind === kind).map((o) => o.name);
  const rest = chosen.length - NAMES_SHOWN;
  return (
    chosen.slice(0, NAMES_SHOWN).join(', ') +
    (rest > 0 ? ` and ${rest.toLocaleString('en')} more` : '')
  );
}

/** What importing a contacts file will do, and the one button that does it. */
function ContactPreview({
  preview,
  busy,
  onImport,
  onCancel,
}: {
  preview: ContactImportPreview;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { people, touches } = preview.plan;
  const toWrite = people.new + people.merged;
  const anything = toWrite + touches.new > 0;
  const rows: ['new' | 'merged' | 'unchanged', string, number][] = [
    ['new', 'New people', people.new],
    ['merged', 'Merged into people you have', people.merged],
    ['unchanged', 'Already in Rapport as the file says', people.unchanged],
  ];
  return (
    <div className="import-step" aria-label="Import preview" role="group">
      <h3>What importing {preview.fileName} will do</h3>
      <p className="hint">
        {FORMAT_NAMES[preview.format]}: {preview.contacts.toLocaleString('en')}{' '}
        {preview.contacts === 1 ? 'person' : 'people'} read
        {preview.problems.length > 0 &&
          `, ${preview.problems.length.toLocaleString('en')} ${preview.problems.length === 1 ? 'line' : 'lines'} not read`}
        .
      </p>
      <table className="plan">
        <caption className="visually-hidden">People in {preview.fileName}</caption>
        <tbody>
          {rows.map(([outcome, label, count]) => (
            <tr key={outcome}>
              <th scope="row">{label}</th>
              <td>{count.toLocaleString('en')}</td>
              <td className="plan-names" dir="auto">
                {count > 0 ? names(preview, outcome) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {touches.new > 0 && (
        <p className="hint">
          {touches.new.toLocaleString('en')} LinkedIn connection{' '}
          {touches.new === 1 ? 'date goes' : 'dates go'} on their timelines.
        </p>
      )}
      {preview.problems.length > 0 && (
        <>
          <h4>Not imported</h4>
          <ProblemList
            label="Lines not imported"
            items={preview.problems.map((p) => `Line ${p.line}: ${p.message}`)}
          />
        </>
      )}
      {preview.notices.length > 0 && (
        <>
          <h4>Kept as they are</h4>
          <ProblemList
            label="Kept as they are"
            items={preview.notices.map((p) => `Line ${p.line}: ${p.message}`)}
          />
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !anything} onClick={onImport}>
          {!anything
            ? 'Nothing to import'
            : toWrite === 0
              ? 'Import'
              : `Import ${toWrite.toLocaleString('en')} ${toWrite === 1 ? 'person' : 'people'}`}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
