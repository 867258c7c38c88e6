import type { QuotePiece } from '@/utils/domain/search';

/** A quote with the words that matched marked, as text (never markup). */
export function QuotedText({ pieces }: { pieces: readonly QuotePiece[] }) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.matched ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
