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

/** Several people in one compose or thread: choose whom the panel shows. */
export function PersonSwitcher({
  people,
  selected,
  onSelect,
}: {
  people: PagePerson[];
  selected: number;
  onSelect: (index: number) => void;
}) {
  return (
    <nav aria-label="People on this page" className="switcher">
      <ul role="tablist" aria-label="People on this page">
        {people.map((p, i) => (
          <li
            key={`${p.role}:${p.email ?? p.linkedinSlug ?? p.linkedinMemberId ?? i}`}
            role="presentation"
          >
            <button
              type="button"
              role="tab"
              aria-selected={i === selected}
              onClick={() => onSelect(i)}
              title={p.email ?? p.linkedinSlug}
            >
              <span className="role">{ROLE_LABEL[p.role]}</span>{' '}
              <span className="name">{personLabel(p)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
