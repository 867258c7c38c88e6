import type { NewPerson } from '@/storage/people';

/** A person's name and what identifies them, on one line each, cut with an ellipsis. */
export function PersonLine({ person }: { person: NewPerson }) {
  const detail = [person.company, person.emails?.[0] ?? person.linkedinSlug]
    .filter(Boolean)
    .join(' · ');
  return (
    <span className="person-line">
      <span className="person-name">{person.name}</span>
      {/* The space keeps name and detail apart in the button's accessible name. */}
      {detail && (
        <>
          {' '}
          <span className="person-detail">{detail}</span>
        </>
      )}
    </span>
  );
}
