import { useId, useState, type ChangeEvent } from 'react';
import {
  backupSizeProblem,
  importPlan,
  ImportRejectedError,
  parseBackupText,
  planImport,
  type ImportCounts,
  type ImportPlan,
} from '@/storage/backup';
import type { Settings } from '@/storage/schema';
import { loadSettings, saveSettings } from '@/storage/settings';
import { useDatabase } from '../hooks/useDatabase';
import { attachedText } from './import-words';
import { ProblemList } from './ProblemList';

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'planned'; file: string; plan: ImportPlan }
  | { kind: 'rejected'; file: string; problems: string[] }
  | { kind: 'importing' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/**
 * Import a backup in two steps: choosing a file only reads and checks it and shows what
 * importing would do; the Import button writes it, in one transaction. A file with any
 * problem is refused whole, with each problem's place in the file.
 */
export function ImportBackup() {
  const db = useDatabase();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [withSettings, setWithSettings] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    const tooBig = backupSizeProblem(file.size);
    if (tooBig) return setState({ kind: 'rejected', file: file.name, problems: [tooBig] });
    setState({ kind: 'reading' });
    try {
      const raw = parseBackupText(await file.text());
      const plan = await planImport(db, raw);
      setState(
        plan.problems.length
          ? { kind: 'rejected', file: file.name, problems: plan.problems }
          : { kind: 'planned', file: file.name, plan },
      );
    } catch (error) {
      if (error instanceof ImportRejectedError) {
        setState({ kind: 'rejected', file: file.name, problems: error.problems });
      } else setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  const write = async (planned: ImportPlan, settings: Settings | undefined) => {
    setState({ kind: 'importing' });
    try {
      // The file was checked when chosen: this writes it in one transaction, matched against
      // the database again only if anything was written since the preview.
      const plan = await importPlan(db, planned);
      if (settings) {
        // The rep's own export history stays: it is about this machine, not the file.
        const { lastExportAt } = await loadSettings();
        await saveSettings({ ...settings, lastExportAt });
      }
      setState({
        kind: 'done',
        message: `Imported: ${summary(plan)}${attachedText(plan.attached)}.`,
      });
    } catch (error) {
      if (error instanceof ImportRejectedError) {
        setState({ kind: 'rejected', file: 'the file', problems: error.problems });
      } else setState({ kind: 'failed', message: `Nothing was imported: ${messageOf(error)}` });
    }
  };

  return (
    <div className="import">
      <label className="field-label" htmlFor={id}>
        Import a Rapport backup
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        disabled={state.kind === 'reading' || state.kind === 'importing'}
        onChange={(event) => void choose(event)}
      />
      {state.kind === 'reading' && <p className="hint">Checking the file…</p>}
      {state.kind === 'planned' && (
        <div>
          <ImportPlanTable file={state.file} plan={state.plan} />
          {state.plan.notices.length > 0 && (
            <ProblemList
              label="Kept as they are"
              items={state.plan.notices.map((n) => `people[${n.person}]: ${n.message}`)}
              counted="records"
            />
          )}
          {state.plan.settings && (
            <label className="check">
              <input
                type="checkbox"
                checked={withSettings}
                onChange={(e) => setWithSettings(e.target.checked)}
              />
              Also replace my settings with the backup&apos;s
            </label>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void write(state.plan, withSettings ? state.plan.settings : undefined)}
            >
              Import
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.kind === 'rejected' && (
        <div role="alert">
          <p className="error">
            {state.file} cannot be imported: nothing was changed. {state.problems.length}{' '}
            {state.problems.length === 1 ? 'problem' : 'problems'}:
          </p>
          <ProblemList label="Problems in the file" items={state.problems} counted="problems" />
        </div>
      )}
      <p role="status" className={state.kind === 'failed' ? 'error' : 'ok'}>
        {state.kind === 'importing' && 'Importing…'}
        {state.kind === 'done' && state.message}
        {state.kind === 'failed' && state.message}
      </p>
    </div>
  );
}

function ImportPlanTable({ file, plan }: { file: string; plan: ImportPlan }) {
  const rows: [string, ImportCounts][] = [
    ['People', plan.people],
    ['Notes', plan.notes],
    ['Touches', plan.touches],
  ];
  return (
    <table className="plan">
      <caption className="hint">What importing {file} will do</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">New</th>
          <th scope="col">Merged</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, counts]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{counts.new}</td>
            <td>{counts.merged}</td>
            <td>{counts.unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function summary(plan: ImportPlan): string {
  const part = (name: string, c: ImportCounts) =>
    `${name} ${c.new} new, ${c.merged} merged, ${c.unchanged} unchanged`;
  return [
    part('people', plan.people),
    part('notes', plan.notes),
    part('touches', plan.touches),
  ].join('; ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
