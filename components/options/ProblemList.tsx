/** How many problems are listed; the rest are counted, so a huge file cannot slow the page. */
export const PROBLEMS_SHOWN = 50;

/**
 * A file's problems (or notices), each with its place in the file: the first
 * PROBLEMS_SHOWN, then how many more there are.
 */
export function ProblemList({ label, items }: { label: string; items: readonly string[] }) {
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
          and {rest.toLocaleString('en')} more {rest === 1 ? 'line' : 'lines'} like these
        </p>
      )}
    </>
  );
}
