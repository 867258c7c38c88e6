/** ", and 3 earlier emails put on their timelines": what an import attached, in words. */
export function attachedText(attached: number | undefined): string {
  if (!attached) return '';
  return `; ${attached.toLocaleString('en')} earlier ${attached === 1 ? 'message' : 'messages'} with them put on their timelines`;
}
