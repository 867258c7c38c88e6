import { useId, useState } from 'react';
import { identifiesPeople } from '@/storage/contact-files/columns';
import {
  COLUMN_ROLES,
  type ColumnMapping,
  type ColumnRole,
  type CsvColumns,
} from '@/storage/contact-files/types';

const ROLE_LABELS: Record<ColumnRole, string> = {
  name: 'Full name',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  email: 'Email address',
  linkedin: 'LinkedIn profile',
  company: 'Company',
  title: 'Job title',
  connectedOn: 'Connected on (date)',
};

/**
 * For a CSV file whose columns Rapport did not recognise: each column with a few of its
 * values and what it holds, chosen by the rep, before anything is read.
 */
export function ColumnMapper({
  file,
  columns,
  onRead,
  onCancel,
}: {
  file: string;
  columns: CsvColumns;
  onRead: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [roles, setRoles] = useState(columns.guess.roles);
  const [hasHeader, setHasHeader] = useState(columns.guess.hasHeader);
  const ready = identifiesPeople(roles);
  const choose = (index: number, role: ColumnRole | null) =>
    setRoles(roles.map((r, i) => (i === index ? role : r)));

  return (
    <div className="import-step" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Which column holds what?</h3>
      <p className="hint">
        Rapport did not recognise the columns of {file}. Say what each one holds; a column left as
        “Not imported” is skipped. Nothing is imported before you see what it will do.
      </p>
      <table className="mapping">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">For example</th>
            <th scope="col">Holds</th>
          </tr>
        </thead>
        <tbody>
          {columns.columns.map((column) => (
            <tr key={column.index}>
              <th scope="row" dir="auto">
                {column.header}
              </th>
              <td className="samples" dir="auto">
                {column.samples.join(' · ')}
              </td>
              <td>
                <select
                  aria-label={`What “${column.header}” holds`}
                  value={roles[column.index] ?? ''}
                  onChange={(e) =>
                    choose(column.index, (e.target.value || null) as ColumnRole | null)
                  }
                >
                  <option value="">Not imported</option>
                  {COLUMN_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label className="check">
        <input
          type="checkbox"
          checked={hasHeader}
          onChange={(e) => setHasHeader(e.target.checked)}
        />
        The first row names the columns (it is not a contact)
      </label>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!ready}
          aria-describedby={ready ? undefined : `${id}-why`}
          onClick={() => onRead({ headerLine: columns.headerLine, hasHeader, roles })}
        >
          Read {file}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {!ready && (
        <p id={`${id}-why`} className="hint">
          Choose a column of names, email addresses or LinkedIn profiles first.
        </p>
      )}
    </div>
  );
}
