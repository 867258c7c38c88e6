import { useState } from 'react';

/** Text past this length is folded behind "Show more": a pasted essay must not bury the panel. */
export const FOLD_AT = 400;

/** Shows text as text (never markup), folding long text with a "Show more" toggle. */
export function FoldedText({ text, foldAt = FOLD_AT }: { text: string; foldAt?: number }) {
  const [open, setOpen] = useState(false);
  const long = text.length > foldAt;
  const shown = long && !open ? `${text.slice(0, foldAt).trimEnd()}…` : text;
  return (
    <>
      <span className="folded-text" dir="auto">
        {shown}
      </span>
      {long && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show less' : `Show more (${Math.ceil(text.length / 1000)}k characters)`}
        </button>
      )}
    </>
  );
}
