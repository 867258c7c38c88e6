import { BUMPS } from './bumps';
import { EVERYDAY } from './everyday';
import { LANGUAGES } from './languages';
import { ONE_OFF } from './one-off';
import { PROMISES } from './promises';
import { REHASH } from './rehash';
import { STEPS } from './steps';
import type { CorpusDraft } from './types';
import { VAGUE } from './vague';

/** Every labelled draft of the corpus. */
export const CORPUS: readonly CorpusDraft[] = [
  ...REHASH,
  ...BUMPS,
  ...ONE_OFF,
  ...VAGUE,
  ...STEPS,
  ...EVERYDAY,
  ...PROMISES,
  ...LANGUAGES,
];

export { reasonOf, statusOf, type CorpusDraft, type Family, type Label } from './types';
