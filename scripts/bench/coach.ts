// The coach on a 300-word draft with 50 notes and 200 touches, in Node: it is pure
// functions, the same code the side panel runs on every keystroke. Timed on the wall clock,
// which errs only high, with the CPU time printed beside it.
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
 * Per-call cost on the wall clock, beside the process's CPU time (user + system). The wall
 * clock can only err high (it also counts moments another process had the core). CPU time
 * errs both ways: it adds the work of V8's garbage-collector and compiler threads running on
 * other cores beside the call, and the kernel accounts it in steps coarser than one call
 * (the lesser of the two clocks came out at half of either's median).
 */
function measure(run: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  run();
  const wall = performance.now() - wall0;
  const { user, system } = process.cpuUsage(cpu0);
  return { wall, cpu: (user + system) / 1000 };
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

  type Timed = ReturnType<typeof measure>;
  const times = (xs: Timed[]) => xs.map((x) => x.wall);
  const cpuText = (xs: Timed[]) => {
    const cpu = xs.map((x) => x.cpu);
    return `CPU time median ${median(cpu).toFixed(2)} ms, p95 ${p95(cpu).toFixed(2)} ms`;
  };
  const note = `${words}-word draft, 50 notes, 200 touches; wall clock per call`;
  return [
    summarise(
      {
        id: 'coach.typing',
        what: 'coach: checklist + timing, per keystroke (budgeted)',
        unit: 'ms',
        budget: 2,
        budgetOn: 'p95',
        note: `${note}; the last sentence changes between calls, as when typing: the case the budget is for; ${cpuText(typing)}`,
      },
      times(typing),
    ),
    summarise(
      {
        id: 'coach.cold',
        what: 'coach: checklist + timing, every sentence new',
        unit: 'ms',
        note: `${note}; no sentence seen before (pasting a whole draft), once per paste rather than per keystroke; ${cpuText(cold)}; first call of the process ${first.wall.toFixed(1)} ms`,
      },
      times(cold),
    ),
    summarise(
      { id: 'coach.timing', what: 'coach: timing verdict alone', unit: 'ms', note },
      times(timing),
    ),
  ];
}
