import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { writtenText } from './draft';
import { excerpt, looksEnglish, sentences, words } from './language';

/**
 * Style figures of a draft, shown beside the checklist as information, never as a verdict:
 * length and reading time, reading grade, questions, subject length, and the start of the
 * message as a phone's inbox previews it.
 */
export interface StyleFigures {
  words: number;
  readingSeconds: number;
  /** Flesch–Kincaid grade level; undefined for too little text, or text not in English. */
  grade?: number;
  questions: number;
  /** Words in the subject; undefined when there is none (a LinkedIn message). */
  subjectWords?: number;
  /** The message's opening as a phone shows it under the subject, on one line. */
  preview: string;
}

/** What Boomerang's study of 40 million emails found was answered most often. */
export const ANSWERED_MOST = {
  words: { min: 50, max: 125 },
  /** "About a 3rd-grade reading level". */
  grade: { about: 3 },
  questions: { min: 1, max: 3 },
  subjectWords: { min: 3, max: 4 },
} as const;

// An unhurried reader of email, in words a minute.
const READING_WPM = 200;
// Characters of the opening a phone's inbox shows beside the subject.
const PREVIEW_CHARS = 80;
// Fewer words than this give no meaningful grade.
const MIN_WORDS_FOR_GRADE = 10;

/** The style figures of a subject and body (the quoted history below it is not counted). */
export function styleFigures(subject: string, body: string): StyleFigures {
  const text = writtenText(body);
  // Words as a reader counts them: "10:00" and "two-page" are one word each.
  const ws = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const parts = sentences(text);
  const subjectText = subject.replace(/^\s*((re|fwd?|aw|wg)\s*:\s*)+/i, '').trim();
  const grade =
    ws.length >= MIN_WORDS_FOR_GRADE && looksEnglish(text)
      ? fleschKincaid({ sentence: parts.length, word: ws.length, syllable: syllable(text) })
      : undefined;
  return {
    words: ws.length,
    readingSeconds: Math.round((ws.length / READING_WPM) * 60),
    ...(grade !== undefined && Number.isFinite(grade)
      ? { grade: Math.max(0, Math.round(grade * 10) / 10) }
      : {}),
    questions: parts.filter((s) => s.includes('?')).length,
    ...(subjectText ? { subjectWords: words(subjectText).length } : {}),
    preview: excerpt(text, PREVIEW_CHARS),
  };
}
