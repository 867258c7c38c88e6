import type { BadgeState } from '@/utils/messages';

// One fixed size whatever it says: the page measures the host, and a badge that grew with
// its text would tell the page whether the person on screen is known, and how well.
const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 6px; z-index: 2147483000;
  width: 132px; height: 24px; overflow: hidden; }
:host(.floating) { position: fixed; right: 16px; bottom: 16px; }
button { all: unset; cursor: pointer; display: flex; align-items: center; gap: 6px;
  box-sizing: border-box; width: 100%; height: 100%; white-space: nowrap; overflow: hidden;
  font: 600 12px/1.2 system-ui, sans-serif; padding: 0 10px; border-radius: 999px;
  background: #ffffff; color: #1f2328; border: 1px solid #c9ced6; box-shadow: 0 1px 2px rgba(0,0,0,.15); }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.dot { flex: none; width: 10px; height: 10px; border-radius: 50%; background: #8a8f98; }
.label { overflow: hidden; text-overflow: ellipsis; }
.ok .dot { background: #1e8e3e; } .wait .dot, .owed .dot { background: #e37400; }
.stop .dot { background: #d93025; }
.stop { border-color: #d93025; } .owed { border-color: #e37400; }
`;

const LEVEL_TEXT: Record<BadgeState['level'], string> = {
  ok: 'timing is fine',
  wait: 'better to wait',
  stop: 'do not send',
  unknown: 'not in Rapport yet',
};

export interface InPageBadge {
  /** Places the badge after `anchor`, or floating at the bottom right when there is none. */
  place(anchor: Element | null): void;
  show(state: BadgeState | undefined): void;
  remove(): void;
}

/**
 * Rapport's badge in the page: a button in a closed shadow root, so neither the page's
 * styles nor its scripts reach inside, built from text nodes only. Clicking it opens the
 * side panel.
 */
export function createBadge(onClick: () => void): InPageBadge {
  const host = document.createElement('rapport-badge');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  const dot = document.createElement('span');
  dot.className = 'dot';
  const label = document.createElement('span');
  label.className = 'label';
  button.append(dot, label);
  shadow.append(style, button);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });

  return {
    place(anchor) {
      if (anchor?.parentNode) {
        host.classList.remove('floating');
        if (anchor.nextSibling !== host) anchor.after(host);
      } else {
        host.classList.add('floating');
        if (host.parentNode !== document.body) document.body.append(host);
      }
    },
    show(state) {
      const level = state?.level ?? 'unknown';
      const owed = state?.overduePromises ?? 0;
      // An overdue promise turns a badge that would be green amber: deliver before writing.
      button.className = owed && level === 'ok' ? 'owed' : level;
      const notes = state?.known
        ? `${state.noteCount} note${state.noteCount === 1 ? '' : 's'}`
        : 'new';
      const promises = owed ? ` · ${owed} overdue` : '';
      label.textContent = `Rapport · ${notes}${promises}`;
      const asks = state?.confirmSend ? '; asks before sending' : '';
      const overdue = owed ? `, ${owed} promise${owed === 1 ? '' : 's'} overdue` : '';
      const summary = `Rapport: ${state?.known ? `${notes}${overdue}, ${LEVEL_TEXT[level]}${asks}` : LEVEL_TEXT.unknown}. Open the side panel.`;
      button.setAttribute('aria-label', summary);
      button.title = summary;
    },
    remove() {
      host.remove();
    },
  };
}
