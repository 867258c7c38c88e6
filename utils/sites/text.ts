/**
 * Turning what a page shows into safe plain strings. Every string Rapport reads from Gmail or
 * LinkedIn passes through here: page text is only ever read (textContent, attributes, input
 * values), never parsed as HTML.
 */

// Characters a page can use to hide or disguise text: C0/C1 controls (tab, line feed and
// carriage return are handled as whitespace instead), soft hyphen, zero-width spaces and
// joiners, bidi marks, embeddings, overrides and isolates, invisible operators, the BOM and
// interlinear annotation marks.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * Lone surrogates (invalid UTF-16) become U+FFFD: a page can serve them, and half a pair
 * makes encodeURIComponent throw and turns into garbage in a UTF-8 export.
 */
function wellFormed(s: string): string {
  return s.toWellFormed();
}

/** Cuts to at most `max` UTF-16 units without leaving half of a surrogate pair behind. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * One line of plain text: invisible characters stripped, whitespace collapsed, trimmed, cut
 * to `max`. Undefined when nothing readable is left, so an empty field is never reported.
 */
export function cleanText(s: string | null | undefined, max: number): string | undefined {
  if (s == null) return undefined;
  const text = cut(wellFormed(s).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim(), max).trimEnd();
  return text || undefined;
}

/**
 * Like `cleanText`, but keeps line breaks: spaces collapse within each line, lines are
 * trimmed, and runs of blank lines shrink to one. For draft bodies.
 */
export function cleanMultiline(s: string | null | undefined, max: number): string | undefined {
  if (s == null) return undefined;
  const text = wellFormed(s)
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cut(text, max).trimEnd() || undefined;
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CENTER|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;
const UNREAD = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

/**
 * The text of an element as a reader sees its lines: `<br>` and block elements start new
 * lines, source formatting whitespace collapses as CSS would. A DOM walk rather than
 * `innerText`, which needs layout (absent in tests) and reads hidden quoted history.
 * Elements matching `skip` are left out.
 */
export function plainText(root: Node, skip?: string): string {
  let out = '';
  const newline = () => {
    if (out && !out.endsWith('\n')) out += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') out += '\n';
        else if (!UNREAD.test(tag) && !(skip && el.matches(skip))) {
          const block = BLOCK.test(tag);
          if (block) newline();
          walk(el);
          if (block) newline();
        }
      }
    }
  };
  walk(root);
  return out;
}

/** The cleaned text content of an element, or undefined. */
export function textOf(el: Element | null | undefined, max: number): string | undefined {
  return el ? cleanText(el.textContent, max) : undefined;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

/** A lower-cased email address, or undefined when `s` is not one. */
export function normalizeEmail(s: string | null | undefined): string | undefined {
  const email = cleanText(s, 320)?.toLowerCase();
  return email && EMAIL.test(email) ? email : undefined;
}

const EMAIL_IN_TEXT = /[^\s@<>()[\],;:"']+@[^\s@<>()[\],;:"']+\.[^\s@<>()[\],;:"']{2,}/g;

/** The email addresses written anywhere in `s`, lower-cased, in order. */
export function emailsIn(s: string | null | undefined): string[] {
  if (!s) return [];
  const found: string[] = [];
  for (const match of s.matchAll(EMAIL_IN_TEXT)) {
    const email = normalizeEmail(match[0]);
    if (email) found.push(email);
  }
  return found;
}
