import { describe, expect, it } from 'vitest';
import { ANSWERED_MOST, styleFigures } from '../../../utils/coach/style';

describe('style figures', () => {
  it('counts the words, questions and subject of a short, plain follow-up', () => {
    const figures = styleFigures(
      'Your Monday forecast',
      `Hi Dana,

You said the Monday call takes three hours. I wrote up how two teams cut it to forty minutes.

Can we talk on Thursday at 10? Does that time work?

Sam`,
    );
    expect(figures.words).toBe(33);
    expect(figures.questions).toBe(2);
    expect(figures.subjectWords).toBe(3);
    expect(figures.readingSeconds).toBe(10);
    expect(figures.preview).toBe(
      'Hi Dana, You said the Monday call takes three hours. I wrote up how two teams…',
    );
  });

  it('reads short, plain sentences at a lower grade than long, abstract ones', () => {
    const plain = styleFigures(
      '',
      'We can help. It is fast. You get the plan on Friday. Then we talk. It takes ten minutes.',
    );
    const dense = styleFigures(
      '',
      'Our comprehensive revenue intelligence infrastructure systematically operationalises organisational forecasting methodologies, facilitating unprecedented predictability across heterogeneous commercial environments.',
    );
    expect(plain.grade).toBeDefined();
    expect(dense.grade).toBeDefined();
    expect(plain.grade ?? 99).toBeLessThan(ANSWERED_MOST.grade.about + 2);
    expect(dense.grade ?? 0).toBeGreaterThan(15);
  });

  it('leaves out the quoted history, a missing subject, and the grade of other languages', () => {
    const figures = styleFigures(
      '',
      `Hola Dana, te escribo para saber si tuviste tiempo de revisar la propuesta que te envié.

On Tue, Mar 3, 2026 at 9:12 AM Dana <dana@acme.test> wrote:
> Does this work with HubSpot? What does it cost?`,
    );
    expect(figures.subjectWords).toBeUndefined();
    expect(figures.grade).toBeUndefined();
    expect(figures.questions).toBe(0);
    expect(figures.words).toBe(16);
  });

  it('gives nothing to grade in an empty draft', () => {
    expect(styleFigures('', '')).toEqual({
      words: 0,
      readingSeconds: 0,
      questions: 0,
      preview: '',
    });
  });
});
