import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PagePerson } from '@/utils/messages';

const ROLE_LABEL: Record<PagePerson['role'], string> = {
  to: 'To',
  cc: 'Cc',
  bcc: 'Bcc',
  from: 'From',
  participant: 'In thread',
  profile: 'Profile',
};

export function personLabel(p: PagePerson): string {
  return p.name ?? p.email ?? p.linkedinSlug ?? p.linkedinMemberId ?? 'Someone';
}

/**
 * Several people in one compose or thread: tabs to choose whom the panel shows, with the
 * chosen person's view as the tab panel. As WAI-ARIA tabs: one Tab stop for the list,
 * Left/Right (and Up/Down) move to the previous/next person and show them, Home/End to the
 * first/last.
 */
export function PersonSwitcher({
  people,
  selected,
  onSelect,
  children,
}: {
  people: PagePerson[];
  selected: number;
  onSelect: (index: number) => void;
  children: ReactNode;
}) {
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabId = (i: number) => `${id}-tab-${i}`;

  const onKeyDown = (event: KeyboardEvent) => {
    const last = people.length - 1;
    const next: Record<string, number> = {
      ArrowRight: selected >= last ? 0 : selected + 1,
      ArrowDown: selected >= last ? 0 : selected + 1,
      ArrowLeft: selected <= 0 ? last : selected - 1,
      ArrowUp: selected <= 0 ? last : selected - 1,
      Home: 0,
      End: last,
    };
    const to = next[event.key];
    if (to === undefined) return;
    event.preventDefault();
    onSelect(to);
    tabs.current[to]?.focus();
  };

  return (
    <div className="switcher">
      <ul role="tablist" aria-label="People on this page" onKeyDown={onKeyDown}>
        {people.map((p, i) => (
          <li
            key={`${p.role}:${p.email ?? p.linkedinSlug ?? p.linkedinMemberId ?? i}`}
            role="presentation"
          >
            <button
              ref={(el) => {
                tabs.current[i] = el;
              }}
              id={tabId(i)}
              type="button"
              role="tab"
              aria-selected={i === selected}
              aria-controls={`${id}-panel`}
              tabIndex={i === selected ? 0 : -1}
              onClick={() => onSelect(i)}
              title={p.email ?? p.linkedinSlug}
            >
              <span className="role">{ROLE_LABEL[p.role]}</span>{' '}
              <span className="name">{personLabel(p)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </div>
  );
}
