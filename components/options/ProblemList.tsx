/** How many problems are listed; the rest are counted, so a huge file cannot slow the page. */
export const PROBLEMS_SHOWN = 50;

interface Props {
  label: string;
  items: readonly string[];
  /** What the rest are counted as, in the plural: a contacts file's lines, a backup's problems. */
  counted?: 'lines' | 'problems' | 'records';
}

/**
 * A file's problems (or notices), each with its place in the file: the first
 * PROBLEMS_SHOWN, then how many more there are.
 */
export function ProblemList({ label, items, counted = 'lines' }: Props) {
  const rest = items.length - PROBLEMS_SHOWN;
  return (
    <>
      <ul className="problems" aria-label={label}>
        {items.slice(0, PROBLEMS_SHOWN).map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
      {rest > 0 && (
        <p className="hint">
          and {rest.toLocaleString('en')} more {rest === 1 ? counted.slice(0, -1) : counted} like
          these
        </p>
      )}
    </>
  );
}
