// 5. The coach on a 300-word draft with 50 notes and 200 touches, in Node: it is pure
// functions, the same code the side panel runs on every keystroke.
import { DEFAULT_CADENCE } from '../../storage/schema';
import { evaluateDraft, judgeTiming } from '../../utils/coach';
import { BENCH_NOW, draftOf, historyOf, personAt } from './data';
import { summarise, type Figure } from './stats';

const RUNS = 400;
const WARMUP = 50;

/** Makes every sentence new, so no cache inside the coach can answer it. */
function everySentenceNew(text: string, variant: number): string {
  return text.replace(/([.?!])(\s|$)/g, ` (v${variant})$1$2`);
}

export function benchCoach(): Figure[] {
  const person = personAt(42);
  const { notes, touches } = historyOf(person.id, 50, 200);
  const settings = { ...DEFAULT_CADENCE, timeZone: 'Europe/Stockholm' };
  const subject = 'Pilot results and a next step';
  const evaluate = (body: string) => {
    evaluateDraft({ subject, body, person, notes, touches, now: BENCH_NOW });
    judgeTiming({ touches, now: BENCH_NOW, person, notes, settings });
  };
  const words = draftOf(300, person.name).split(/\s+/).length;

  const first = performance.now();
  evaluate(draftOf(300, person.name, -1));
  const firstCall = performance.now() - first;

  for (let i = 0; i < WARMUP; i += 1) evaluate(draftOf(300, person.name, i));
  const typing: number[] = [];
  const cold: number[] = [];
  const timing: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    // Typing: the last sentence changes, as it does between two keystrokes.
    const typed = draftOf(300, person.name, WARMUP + i);
    let start = performance.now();
    evaluate(typed);
    typing.push(performance.now() - start);

    const fresh = everySentenceNew(typed, i);
    start = performance.now();
    evaluate(fresh);
    cold.push(performance.now() - start);

    start = performance.now();
    judgeTiming({ touches, now: BENCH_NOW + i * 60_000, person, notes, settings });
    timing.push(performance.now() - start);
  }
  const note = `${words}-word draft, 50 notes, 200 touches`;
  return [
    summarise(
      {
        id: 'coach.typing',
        what: 'coach: checklist + timing, per keystroke',
        unit: 'ms',
        budget: 2,
        budgetOn: 'p95',
        note: `${note}; the last sentence changes between runs, as when typing`,
      },
      typing,
    ),
    summarise(
      {
        id: 'coach.cold',
        what: 'coach: checklist + timing, every sentence new',
        unit: 'ms',
        budget: 2,
        budgetOn: 'p95',
        note: `${note}; no sentence seen before (pasting a whole draft); first call of the process ${firstCall.toFixed(1)} ms`,
      },
      cold,
    ),
    summarise(
      { id: 'coach.timing', what: 'coach: timing verdict alone', unit: 'ms', note },
      timing,
    ),
  ];
}
