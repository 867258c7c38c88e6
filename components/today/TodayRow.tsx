import { Ban, Check, ClipboardList, ExternalLink, Moon } from 'lucide-react';
import type { Person, Touch } from '@/storage/schema';
import type { FollowUp } from '@/utils/coach/follow-ups';
import { prepareHref } from '../prepare/prepare-link';
import { writeLinks } from './follow-up-actions';
import { RowMenu } from '../RowMenu';
import { SnoozeUntil } from './SnoozeUntil';
import { REASON_LABELS, whenLabel } from './when';

export interface RowActions {
  openPerson(personId: string): void;
  done(item: FollowUp, person: Person, decided: Touch | undefined): void;
  snooze(person: Person, until: number, label: string): void;
  stop(person: Person): void;
}

export interface SnoozeTimes {
  tomorrow: number;
  nextWeek: number;
  timeZone: string;
  startHour: number;
}

/**
 * One item of Today: who, why in words, how overdue; Done (or Prepare, for a meeting soon)
 * at hand, and the rest (where to write, snooze, stop) in the row's menu.
 */
export function TodayRow({
  item,
  name,
  person,
  decided,
  now,
  snoozeTimes,
  actions,
}: {
  item: FollowUp;
  name: string;
  /** The full record, once read (the links and actions need it). */
  person: Person | undefined;
  /** The touch that decided the item, when it is one. */
  decided: Touch | undefined;
  now: number;
  snoozeTimes: SnoozeTimes;
  actions: RowActions;
}) {
  const overdue = item.dueAt < now;
  const reason = REASON_LABELS[item.reason];
  const links = person ? writeLinks(person, decided) : [];
  return (
    <li className={`today-row${overdue ? ' is-overdue' : ''}`}>
      <div className="today-line">
        <button
          type="button"
          className="today-person"
          dir="auto"
          onClick={() => actions.openPerson(item.personId)}
        >
          {name}
        </button>
        <span className={`today-when${overdue ? ' overdue' : ''}`}>
          <span className="visually-hidden">{reason}, </span>
          {whenLabel(item, now)}
        </span>
      </div>
      <p className="today-message" dir="auto">
        {item.message}
      </p>
      <div className="today-actions">
        {item.reason === 'meeting-soon' ? (
          <a
            className="button small"
            href={prepareHref(item.personId)}
            target="_blank"
            rel="noreferrer"
            aria-label={`Prepare for ${name}`}
          >
            <ClipboardList aria-hidden size={14} />
            Prepare
          </a>
        ) : (
          <button
            type="button"
            className="small"
            disabled={!person}
            aria-label={`Done: ${name}, ${reason.toLowerCase()}`}
            onClick={() => person && actions.done(item, person, decided)}
          >
            <Check aria-hidden size={14} />
            Done
          </button>
        )}
        <RowMenu label={`More for ${name}: ${reason.toLowerCase()}`}>
          {person && (
            <>
              {links.map((link) => (
                <a
                  key={link.href}
                  className="menu-item"
                  href={link.href}
                  target="_blank"
                  rel="noreferrer"
                >
                  <ExternalLink aria-hidden size={14} />
                  {link.label}
                </a>
              ))}
              {item.reason !== 'meeting-soon' && (
                <a
                  className="menu-item"
                  href={prepareHref(item.personId)}
                  target="_blank"
                  rel="noreferrer"
                >
                  <ClipboardList aria-hidden size={14} />
                  Prepare
                </a>
              )}
              {(['tomorrow', 'next week'] as const).map((when) => (
                <button
                  key={when}
                  type="button"
                  className="menu-item"
                  onClick={() =>
                    actions.snooze(
                      person,
                      when === 'tomorrow' ? snoozeTimes.tomorrow : snoozeTimes.nextWeek,
                      when,
                    )
                  }
                >
                  <Moon aria-hidden size={14} />
                  Snooze until {when}
                </button>
              ))}
              <SnoozeUntil
                now={now}
                timeZone={snoozeTimes.timeZone}
                startHour={snoozeTimes.startHour}
                onSnooze={(until, label) => actions.snooze(person, until, label)}
              />
              <button
                type="button"
                className="menu-item danger"
                onClick={() => actions.stop(person)}
              >
                <Ban aria-hidden size={14} />
                Stop: they asked not to be contacted
              </button>
            </>
          )}
        </RowMenu>
      </div>
    </li>
  );
}
