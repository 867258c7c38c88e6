/**
 * Reading a page across open shadow roots. LinkedIn's 2026 layout renders its chat bubbles
 * and dialogs into an open shadow root; `querySelectorAll` on the document does not enter
 * it. Closed shadow roots (Rapport's own badge is one) stay closed.
 */

/**
 * The open shadow roots of the elements matching `hosts` under `root`, and every open
 * shadow root nested inside those, in document order. Only the named hosts are looked up
 * at the top: walking every element of a large page for a shadow root would cost each
 * reading; inside a shadow root, which is small, every element is checked.
 */
export function openShadowRoots(root: ParentNode, hosts: string): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const enter = (shadow: ShadowRoot) => {
    found.push(shadow);
    for (const el of shadow.querySelectorAll('*')) if (el.shadowRoot) enter(el.shadowRoot);
  };
  for (const host of root.querySelectorAll(hosts)) if (host.shadowRoot) enter(host.shadowRoot);
  return found;
}

/** Every element matching `selector` in `root` and in the open shadow roots under `hosts`. */
export function queryAllDeep(root: ParentNode, selector: string, hosts: string): Element[] {
  return [root, ...openShadowRoots(root, hosts)].flatMap((r) => [...r.querySelectorAll(selector)]);
}

/** The element that has focus, followed into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `el.closest(selector)`, continuing from a shadow root's host when the root has none. */
export function closestAcross(el: Element | null, selector: string): Element | null {
  for (let node = el; node;) {
    const hit = node.closest(selector);
    if (hit) return hit;
    node = hostOf(node);
  }
  return null;
}

/** The host of the shadow root `node` is in; null in a document. */
export function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  // Duck-typed: a node of another window (a parsed fixture) is no instance of this one's ShadowRoot.
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}
