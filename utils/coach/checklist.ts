import { analyseDraft } from './draft';
import { analyseNote } from './notes';
import { callToAction } from './rules/call-to-action';
import { item, quote, type Rule } from './rules/context';
import { customerCentred } from './rules/customer-centred';
import { openPromises } from '../domain/promises';
import { keepsPromise } from './rules/keeps-promise';
import { noRehash } from './rules/no-rehash';
import { oneOffNotPattern } from './rules/one-off';
import { offersValue } from './rules/offers-value';
import { permission } from './rules/permission';
import { remembers } from './rules/remembers';
import { smallFirstStep } from './rules/small-first-step';
import { specificProposal } from './rules/specific-proposal';
import { excerpt } from './language';
import { CHECKLIST_IDS, type ChecklistId, type ChecklistItem, type DraftInput } from './types';

const RULES: Record<ChecklistId, Rule> = {
  'offers-value': offersValue,
  'call-to-action': callToAction,
  'specific-proposal': specificProposal,
  'small-first-step': smallFirstStep,
  'customer-centred': customerCentred,
  'no-rehash': noRehash,
  remembers,
  'one-off-not-pattern': oneOffNotPattern,
  permission,
  'keeps-promise': keepsPromise,
};

// Items that read the draft's words: they wait for a draft, and read English only.
const READS_THE_DRAFT = new Set<ChecklistId>(CHECKLIST_IDS.filter((id) => id !== 'permission'));
const MIN_WORDS = 3;

function notReadable(
  id: ChecklistId,
  input: DraftInput,
  reason: 'empty' | 'language',
): ChecklistItem {
  const open = id === 'keeps-promise' ? openPromises(input.notes)[0] : undefined;
  const evidence = open
    ? `promise: ${quote(excerpt(open.body, 100))}`
    : reason === 'empty'
      ? `fewer than ${MIN_WORDS} words written so far`
      : 'the draft reads as another language';
  const hint =
    reason === 'empty'
      ? 'Start writing; this is checked as you type.'
      : 'The coach reads English drafts only; check this one yourself.';
  return item(id, 'na', hint, evidence);
}

/** The ten checklist items for a draft, in CHECKLIST_IDS order, each with evidence and a hint. */
export function evaluateDraft(input: DraftInput): ChecklistItem[] {
  const draft = analyseDraft(input.subject, input.body);
  const notes = input.notes.map((note) => ({ note, analysis: analyseNote(note) }));
  const ctx = { input, draft, notes };
  return CHECKLIST_IDS.map((id) => {
    if (READS_THE_DRAFT.has(id)) {
      if (draft.wordCount < MIN_WORDS) return notReadable(id, input, 'empty');
      if (!draft.english) return notReadable(id, input, 'language');
    }
    return RULES[id](ctx);
  });
}
