// The coach on a 300-word draft with 50 notes and 200 touches, in Node: it is pure
// functions, the same code the side panel runs on every keystroke. Timed as CPU time of
// the process, which a busy machine does not inflate as it does wall-clock time.
import { DEFAULT_CADENCE } from '../../storage/schema';
import { evaluateDraft, judgeTiming } from '../../utils/coach';
import { BENCH_NOW, draftOf, historyOf, personAt } from './data';
import { median, p95, summarise, type Figure } from './stats';

const RUNS = 1000;
const COLD_RUNS = 300;
const WARMUP = 50;

/**
 * Makes every sentence new, so no cache inside the coach can answer it: each gets its own
 * tag, so the draft's repeated filler sentences are not answered by one another either.
 */
function everySentenceNew(text: string, variant: number): string {
  let k = 0;
  return text.replace(/([.?!])(\s|$)/g, (_, end: string, space: string) => {
    k += 1;
    return ` (v${variant}.${k})${end}${space}`;
  });
}

/**
 * Per-call cost as CPU time of this process (user + system, µs resolution) beside wall
 * time: on a shared machine wall time also counts the moments another process had the
 * core, which says nothing about the coach. CPU time also counts V8's garbage-collector
 * threads, so it errs high, never low: a fair stand-in for a quiet machine.
 */
function measure(run: () => void): { cpu: number; wall: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  run();
  const wall = performance.now() - wall0;
  const { user, system } = process.cpuUsage(cpu0);
  return { cpu: (user + system) / 1000, wall };
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

  const first = measure(() => evaluate(draftOf(300, person.name, -1)));
  // Warm both paths, so the optimising compiler has done its work before anything counts.
  for (let i = 0; i < WARMUP; i += 1) {
    evaluate(everySentenceNew(draftOf(300, person.name, i), -1 - i));
    evaluate(draftOf(300, person.name, i));
  }

  // Typing: the last sentence changes, as it does between two keystrokes; the rest of the
  // draft was read on the keystroke before.
  const typing = Array.from({ length: RUNS }, (_, i) => {
    const typed = draftOf(300, person.name, WARMUP + i);
    return measure(() => evaluate(typed));
  });
  // Pasting: every sentence is new. Run after typing, so its new sentences do not push the
  // typed draft's out of the coach's caches between two keystrokes.
  const cold = Array.from({ length: COLD_RUNS }, (_, i) => {
    const pasted = everySentenceNew(draftOf(300, person.name, i), i);
    return measure(() => evaluate(pasted));
  });
  const timing = Array.from({ length: RUNS }, (_, i) =>
    measure(() => judgeTiming({ touches, now: BENCH_NOW + i * 60_000, person, notes, settings })),
  );

  const cpu = (xs: { cpu: number }[]) => xs.map((x) => x.cpu);
  const wall = (xs: { wall: number }[]) => xs.map((x) => x.wall);
  const wallText = (xs: { wall: number }[]) =>
    `wall clock median ${median(wall(xs)).toFixed(2)} ms, p95 ${p95(wall(xs)).toFixed(2)} ms`;
  const note = `${words}-word draft, 50 notes, 200 touches; CPU time per call`;
  return [
    summarise(
      {
        id: 'coach.typing',
        what: 'coach: checklist + timing, per keystroke (budgeted)',
        unit: 'ms',
        budget: 2,
        budgetOn: 'p95',
        note: `${note}; the last sentence changes between calls, as when typing: the case the budget is for; ${wallText(typing)}`,
      },
      cpu(typing),
    ),
    summarise(
      {
        id: 'coach.cold',
        what: 'coach: checklist + timing, every sentence new',
        unit: 'ms',
        note: `${note}; no sentence seen before (pasting a whole draft), once per paste rather than per keystroke; ${wallText(cold)}; first call of the process ${first.cpu.toFixed(1)} ms`,
      },
      cpu(cold),
    ),
    summarise(
      { id: 'coach.timing', what: 'coach: timing verdict alone', unit: 'ms', note },
      cpu(timing),
    ),
  ];
}
