import { storage } from '#imports';

/**
 * A request that the side panel show one person, or Today: made by a reminder clicked or a
 * row of the popup, answered by whichever side panel is open (or opens) in that window.
 * Kept in session storage, so it survives the service worker being stopped and is gone with
 * the browser.
 */
export interface PanelRequest {
  /** The person to show; none: Today. */
  personId?: string;
  /** When the request was made (epoch ms): a panel answers each request once. */
  at: number;
}

const KEY = 'session:panelRequest' as const;

/** A request older than this was meant for a panel that opened back then. */
export const PANEL_REQUEST_FRESH_MS = 30_000;

export async function requestPanel(request: PanelRequest): Promise<void> {
  await storage.setItem(KEY, request);
}

export async function readPanelRequest(): Promise<PanelRequest | null> {
  return toRequest(await storage.getItem<unknown>(KEY));
}

/** Calls back with each new request. */
export function watchPanelRequest(callback: (request: PanelRequest) => void): () => void {
  return storage.watch<unknown>(KEY, (value) => {
    const request = toRequest(value);
    if (request) callback(request);
  });
}

/** Written only by Rapport's own pages and background, but still read defensively. */
function toRequest(raw: unknown): PanelRequest | null {
  if (!raw || typeof raw !== 'object') return null;
  const { personId, at } = raw as Record<string, unknown>;
  if (typeof at !== 'number' || (personId !== undefined && typeof personId !== 'string')) {
    return null;
  }
  return personId === undefined ? { at } : { personId, at };
}
