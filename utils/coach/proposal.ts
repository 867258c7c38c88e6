import type { Draft, DraftSentence } from './draft';

/**
 * The step a draft proposes, gathered from its sentences: proposals and offers, vague asks
 * that still name a step ("let me know if you'd like a chat"), and the sentence a short
 * "Does that work?" leans on.
 */
export interface ProposedStep {
  /** Sentences that propose or describe the step. */
  step: DraftSentence[];
  /** Questions and requests answered by a reply: a step too, and a small one. */
  replies: DraftSentence[];
  /** Asks that name no step at all ("Let me know", "Thoughts?"). */
  vague: DraftSentence[];
}

const read = new WeakMap<Draft, ProposedStep>();

/** The draft's proposed step, read once per check (two rules ask for it). */
export function proposedStep(draft: Draft): ProposedStep {
  let hit = read.get(draft);
  if (!hit) {
    hit = readStep(draft);
    read.set(draft, hit);
  }
  return hit;
}

function readStep(draft: Draft): ProposedStep {
  const step: DraftSentence[] = [];
  const replies: DraftSentence[] = [];
  const vague: DraftSentence[] = [];
  const add = (s: DraftSentence | undefined) => {
    if (s && !step.includes(s)) step.push(s);
  };
  for (const s of draft.body) {
    if (s.role === 'proposal' || s.role === 'offer') {
      add(s.antecedent);
      add(s);
    } else if (s.role === 'vague-ask') {
      // "We could start a trial soon. Let me know!": the step is the sentence before.
      if (s.antecedent && !s.bump) add(s.antecedent);
      if (s.namesStep && !s.bump) add(s);
      else if (!s.antecedent) vague.push(s);
    } else if (s.role === 'question' || s.role === 'request') {
      replies.push(s);
    }
  }
  // Keep the draft's order, so evidence quotes the first proposal first.
  step.sort((a, b) => draft.body.indexOf(a) - draft.body.indexOf(b));
  return { step, replies, vague };
}
