/**
 * Names and other text read from a page are cut to these lengths before they travel.
 * Kept apart from the message schemas so that the content scripts can use the limits
 * without bundling zod.
 */
export const TEXT_LIMITS = {
  name: 200,
  email: 320,
  slug: 100,
  headline: 300,
  company: 200,
  location: 200,
  subject: 1000,
  body: 100_000,
  /** The first line of a LinkedIn message, as the timeline shows it. */
  firstLine: 200,
  /** Text selected on a page and saved as a note. */
  selection: 100_000,
} as const;

/** Longer addresses are not kept; the browser's own limit is far higher. */
export const MAX_URL_LENGTH = 4096;
