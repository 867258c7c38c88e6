import { ANSWERED_MOST, type StyleFigures as Figures } from '@/utils/coach/style';

function readingTime(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const range = (r: { min: number; max: number }) => `${r.min}–${r.max}`;

/**
 * The draft's style figures under the checklist, each beside what was answered most: to
 * read as information while writing, never as a pass or a fail.
 */
export function StyleFigures({ figures, subject }: { figures: Figures; subject: string }) {
  const rows: Array<{ term: string; value: string; usual?: string }> = [
    {
      term: 'Length',
      value: `${plural(figures.words, 'word')} · ${readingTime(figures.readingSeconds)} to read`,
      usual: `${range(ANSWERED_MOST.words)} words`,
    },
    {
      term: 'Reading grade',
      value:
        figures.grade === undefined
          ? 'not enough English text'
          : `grade ${Math.round(figures.grade)}`,
      usual: `about grade ${ANSWERED_MOST.grade.about}`,
    },
    {
      term: 'Questions',
      value: String(figures.questions),
      usual: range(ANSWERED_MOST.questions),
    },
    {
      term: 'Subject',
      value: figures.subjectWords === undefined ? 'none' : plural(figures.subjectWords, 'word'),
      usual: `${range(ANSWERED_MOST.subjectWords)} words`,
    },
  ];
  return (
    <section className="style-figures" aria-labelledby="style-heading">
      <h4 id="style-heading">Style</h4>
      <dl>
        {rows.map((row) => (
          <div key={row.term} className="style-row">
            <dt>{row.term}</dt>
            <dd>{row.value}</dd>
            {row.usual && <dd className="usual">answered most: {row.usual}</dd>}
          </div>
        ))}
        <div className="style-row">
          <dt>On a phone</dt>
          <dd className="phone-preview" dir="auto">
            {subject.trim() && <strong>{subject.trim()} </strong>}
            {figures.preview || '…'}
          </dd>
        </div>
      </dl>
      <p className="subtle">
        Ranges from Boomerang’s study of 40 million emails: a guide, not a rule.
      </p>
    </section>
  );
}
