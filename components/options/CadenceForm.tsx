import { useId, useState, type FormEvent } from 'react';
import { cadenceSettingsSchema, type CadenceSettings } from '@/storage/schema';
import { saveSettings } from '@/storage/settings';

/** Monday first: the order a working week is read in. Values are Date.getDay() numbers. */
const WEEK = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [0, 'Sunday'],
] as const;

/** Half-hour steps, 00:00 to 24:00. */
const HOURS = Array.from({ length: 49 }, (_, i) => i / 2);

const hourLabel = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${h % 1 ? '30' : '00'}`;

interface Draft {
  gaps: string;
  maxUnanswered: string;
  replyWithinDays: string;
  coldAfterDays: string;
  workdayStartHour: number;
  workdayEndHour: number;
  workingDays: number[];
  gapsInWorkingDays: boolean;
}

const toDraft = (c: CadenceSettings): Draft => ({
  gaps: c.followUpGapsDays.join(', '),
  maxUnanswered: String(c.maxUnanswered),
  replyWithinDays: String(c.replyWithinDays),
  coldAfterDays: String(c.coldAfterDays),
  workdayStartHour: c.workdayStartHour,
  workdayEndHour: c.workdayEndHour,
  workingDays: c.workingDays,
  gapsInWorkingDays: c.gapsInWorkingDays ?? false,
});

/** Reads the form; every problem in words the rep can act on. */
function readDraft(d: Draft): { cadence?: CadenceSettings; problems: string[] } {
  const gaps = d.gaps
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  const result = cadenceSettingsSchema.safeParse({
    followUpGapsDays: gaps,
    maxUnanswered: Number(d.maxUnanswered),
    replyWithinDays: Number(d.replyWithinDays),
    coldAfterDays: Number(d.coldAfterDays),
    workdayStartHour: d.workdayStartHour,
    workdayEndHour: d.workdayEndHour,
    workingDays: [...d.workingDays].sort(),
    gapsInWorkingDays: d.gapsInWorkingDays,
  });
  const problems: string[] = [];
  if (!result.success) {
    const names: Record<string, string> = {
      followUpGapsDays: 'Follow-up gaps: 1 to 10 numbers of days, each up to 365',
      maxUnanswered: 'Stop after unanswered messages: a whole number from 1 to 20',
      replyWithinDays: 'Reply within: a number of days from 0 to 365',
      coldAfterDays: 'Going cold after: a number of days from 0 to 365',
      workingDays: 'Working days: pick at least one',
    };
    for (const issue of result.error.issues) {
      const text = names[String(issue.path[0])] ?? issue.message;
      if (!problems.includes(text)) problems.push(text);
    }
  }
  if (d.workdayStartHour >= d.workdayEndHour) {
    problems.push('Working hours: the start must come before the end');
  }
  return problems.length || !result.success ? { problems } : { cadence: result.data, problems };
}

/** The follow-up pace and working hours the coach's timing rules use. */
export function CadenceForm({ cadence }: { cadence: CadenceSettings }) {
  const id = useId();
  const [draft, setDraft] = useState(() => toDraft(cadence));
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const change = (changes: Partial<Draft>) => {
    setDraft({ ...draft, ...changes });
    setStatus('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    setProblems(read.problems);
    if (!read.cadence) return;
    try {
      await saveSettings({ cadence: read.cadence });
      setStatus('Cadence saved.');
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    }
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <form onSubmit={(event) => void submit(event)}>
      <section aria-labelledby={field('heading')}>
        <h2 id={field('heading')}>Follow-up cadence</h2>
        <div className="grid">
          <div>
            <label className="field-label" htmlFor={field('gaps')}>
              Follow-up gaps (days)
            </label>
            <input
              id={field('gaps')}
              type="text"
              inputMode="numeric"
              value={draft.gaps}
              aria-describedby={field('gaps-hint')}
              onChange={(e) => change({ gaps: e.target.value })}
            />
            <p id={field('gaps-hint')} className="hint">
              Days before the 1st, 2nd, 3rd… follow-up; the last gap repeats.
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.gapsInWorkingDays}
                aria-describedby={field('working-gaps-hint')}
                onChange={(e) => change({ gapsInWorkingDays: e.target.checked })}
              />
              Count gaps in working days
            </label>
            <p id={field('working-gaps-hint')} className="hint">
              Skips the days off below, in the person’s time zone: 3 days after a Friday is
              Wednesday.
            </p>
          </div>
          <NumberField
            id={field('max')}
            label="Stop after unanswered messages"
            value={draft.maxUnanswered}
            onChange={(v) => change({ maxUnanswered: v })}
          />
          <NumberField
            id={field('reply')}
            label="Reply within (days)"
            value={draft.replyWithinDays}
            onChange={(v) => change({ replyWithinDays: v })}
          />
          <NumberField
            id={field('cold')}
            label="Going cold after (days)"
            value={draft.coldAfterDays}
            onChange={(v) => change({ coldAfterDays: v })}
          />
          <HourField
            id={field('start')}
            label="Working hours start"
            value={draft.workdayStartHour}
            onChange={(v) => change({ workdayStartHour: v })}
          />
          <HourField
            id={field('end')}
            label="Working hours end"
            value={draft.workdayEndHour}
            onChange={(v) => change({ workdayEndHour: v })}
          />
        </div>
        <fieldset>
          <legend>Working days</legend>
          <div className="days">
            {WEEK.map(([day, name]) => (
              <label key={day} className="check">
                <input
                  type="checkbox"
                  checked={draft.workingDays.includes(day)}
                  onChange={(e) =>
                    change({
                      workingDays: e.target.checked
                        ? [...draft.workingDays, day]
                        : draft.workingDays.filter((d) => d !== day),
                    })
                  }
                />
                {name}
              </label>
            ))}
          </div>
        </fieldset>
        {problems.length > 0 && (
          <ul role="alert" className="error">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Save cadence
          </button>
          <span role="status" className="ok">
            {status}
          </span>
        </div>
      </section>
    </form>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
}

function NumberField({ id, label, value, onChange }: NumberFieldProps) {
  return (
    <div>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        step="any"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

interface HourFieldProps {
  id: string;
  label: string;
  value: number;
  onChange(value: number): void;
}

function HourField({ id, label, value, onChange }: HourFieldProps) {
  const hours = HOURS.includes(value) ? HOURS : [...HOURS, value].sort((a, b) => a - b);
  return (
    <div>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {hours.map((h) => (
          <option key={h} value={h}>
            {hourLabel(h)}
          </option>
        ))}
      </select>
    </div>
  );
}
