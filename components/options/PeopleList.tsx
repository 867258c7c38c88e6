import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import type { Person } from '@/storage/schema';
import { queryTerms, wordsOf } from '@/utils/domain/search';
import { downloadPeopleBackup, downloadSelectedPeopleCsv } from '../data-export';
import { DeletePeople } from '../DeletePeople';
import { formatDate } from '../format';
import { useDatabase } from '../hooks/useDatabase';
import { MergePreview } from '../MergePreview';

type SortKey = 'name' | 'company' | 'updatedAt';
const COLUMNS: Array<[SortKey, string]> = [
  ['name', 'Name'],
  ['company', 'Company'],
  ['updatedAt', 'Last activity'],
];
const PAGE = 100;

const compare: Record<SortKey, (a: Person, b: Person) => number> = {
  name: (a, b) => a.name.localeCompare(b.name),
  company: (a, b) => (a.company ?? '').localeCompare(b.company ?? '') || compare.name(a, b),
  updatedAt: (a, b) => a.updatedAt - b.updatedAt,
};

/** The words a person is filtered by: name, company, title, location, addresses, tags. */
function filterWords(p: Person): string[] {
  return wordsOf(
    [p.name, p.company, p.title, p.location, p.linkedinSlug, ...p.emails, ...p.tags]
      .filter(Boolean)
      .join(' '),
  );
}

type Task = { kind: 'merge'; ids: [string, string] } | { kind: 'delete'; ids: string[] } | null;

/**
 * Everyone in Rapport: sortable by name, company or last activity, filtered by any word
 * of their details; select some to merge two, export them, or delete them.
 */
export function PeopleList() {
  const db = useDatabase();
  const id = useId();
  const people = useLiveQuery(() => db.people.toArray(), [db]);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'updatedAt',
    descending: true,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE);
  const [task, setTask] = useState<Task>(null);
  const [status, setStatus] = useState('');

  const indexed = useMemo(
    () => (people ?? []).map((person) => ({ person, words: filterWords(person) })),
    [people],
  );
  const listed = useMemo(() => {
    const terms = queryTerms(filter);
    const matching = indexed
      .filter(({ words }) => terms.every((t) => words.some((w) => w.startsWith(t))))
      .map(({ person }) => person);
    const order = compare[sort.key];
    return matching.sort((a, b) => (sort.descending ? order(b, a) : order(a, b)));
  }, [indexed, filter, sort]);

  if (people === undefined) return <p className="hint">Loading people…</p>;
  const byId = new Map(people.map((p) => [p.id, p]));
  const chosen = [...selected].filter((pid) => byId.has(pid));
  const visible = listed.slice(0, shown);
  const allShownChosen = visible.length > 0 && visible.every((p) => selected.has(p.id));

  const toggle = (pid: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(pid)) next.delete(pid);
      else next.add(pid);
      return next;
    });
  const toggleShown = () =>
    setSelected((current) => {
      const next = new Set(current);
      for (const p of visible) {
        if (allShownChosen) next.delete(p.id);
        else next.add(p.id);
      }
      return next;
    });
  const exportAs = async (kind: 'json' | 'csv') => {
    try {
      if (kind === 'json') await downloadPeopleBackup(db, chosen);
      else await downloadSelectedPeopleCsv(db, chosen);
      setStatus(`Exported ${chosen.length} ${chosen.length === 1 ? 'person' : 'people'}.`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="people-list">
      <h2 id={`${id}-heading`}>People</h2>
      <div>
        <label className="field-label" htmlFor={`${id}-filter`}>
          Filter people
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder="Any word of a name, company, title, address or tag"
          onChange={(e) => {
            setFilter(e.target.value);
            setShown(PAGE);
          }}
        />
      </div>
      <div className="selection-bar" role="toolbar" aria-label="With the selected people">
        <span className="hint">
          {chosen.length
            ? `${chosen.length} selected`
            : `${listed.length} of ${people.length} people`}
        </span>
        <button
          type="button"
          disabled={chosen.length !== 2}
          title={chosen.length !== 2 ? 'Select two people to merge them' : undefined}
          onClick={() => setTask({ kind: 'merge', ids: [chosen[0]!, chosen[1]!] })}
        >
          Merge
        </button>
        <button type="button" disabled={!chosen.length} onClick={() => void exportAs('json')}>
          Export (JSON)
        </button>
        <button type="button" disabled={!chosen.length} onClick={() => void exportAs('csv')}>
          Export (CSV)
        </button>
        <button
          type="button"
          className="danger"
          disabled={!chosen.length}
          onClick={() => setTask({ kind: 'delete', ids: chosen })}
        >
          Delete…
        </button>
      </div>
      <p role="status" className="ok">
        {status}
      </p>
      {task?.kind === 'merge' && byId.get(task.ids[0]) && (
        <MergePreview
          first={byId.get(task.ids[0])!}
          secondId={task.ids[1]}
          onDone={() => setTask(null)}
          onMerged={() => setSelected(new Set())}
        />
      )}
      {task?.kind === 'delete' && (
        <DeletePeople
          ids={task.ids}
          onDone={() => setTask(null)}
          onDeleted={() => setSelected(new Set())}
        />
      )}
      <table className="people-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select everyone shown"
                checked={allShownChosen}
                onChange={toggleShown}
              />
            </th>
            {COLUMNS.map(([key, label]) => {
              const active = sort.key === key;
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort({ key, descending: active ? !sort.descending : key === 'updatedAt' })
                    }
                  >
                    {label}
                    {active &&
                      (sort.descending ? (
                        <ArrowDown aria-hidden size={14} />
                      ) : (
                        <ArrowUp aria-hidden size={14} />
                      ))}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {visible.map((person) => (
            <tr key={person.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${person.name}`}
                  checked={selected.has(person.id)}
                  onChange={() => toggle(person.id)}
                />
              </td>
              <td dir="auto">
                <span className="person-name">{person.name}</span>
                <span className="person-detail">
                  {person.emails[0] ?? (person.linkedinSlug ? `in/${person.linkedinSlug}` : '')}
                </span>
              </td>
              <td dir="auto">{person.company ?? ''}</td>
              <td>{formatDate(person.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {listed.length === 0 && (
        <p className="hint">{people.length ? 'Nobody matches.' : 'Nobody in Rapport yet.'}</p>
      )}
      {listed.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, listed.length - shown)} more
        </button>
      )}
    </section>
  );
}
