const logged = new Set<string>();

/**
 * Notes a dropped message once per reason, so a hostile or broken page cannot flood the
 * console, yet a developer still sees that something was refused and why.
 */
export function logDropOnce(receiver: string, reason: string, detail?: unknown): void {
  const key = `${receiver}: ${reason}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`Rapport ${receiver} dropped a message (${reason})`, detail ?? '');
}
