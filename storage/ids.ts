/** A new record id: random, so records made on two machines never collide on import. */
export function newId(): string {
  return crypto.randomUUID();
}
