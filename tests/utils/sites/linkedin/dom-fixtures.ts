import { OWN_FIXTURES, parseHtml, readFixture, showPage } from '../fixtures';

/**
 * LinkedIn fixtures as the unit tests read them: declarative shadow roots attached as
 * Chromium's parser attaches them, and, for the class-scrambled runs, every class name
 * replaced by a meaningless hash, as LinkedIn's 2026 builds and A/B variants do.
 */

/**
 * Attaches every `<template shadowrootmode>` to its parent as that parent's shadow root,
 * as the HTML parser of Chromium does on page load (happy-dom does not).
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode });
    shadow.append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

const hashed = new Map<string, string>();
/** The same meaningless name for the same class everywhere, as a hashing build gives. */
function hashOf(name: string): string {
  let known = hashed.get(name);
  if (!known) {
    let h = 2166136261;
    for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
    known = `_${(h >>> 0).toString(16).padStart(8, '0')}`;
    hashed.set(name, known);
  }
  return known;
}

/** Replaces every class name in `root` and in its open shadow roots by a hash. */
export function scrambleClasses(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    const names = el.getAttribute('class');
    if (names !== null) {
      el.setAttribute('class', names.split(/\s+/).filter(Boolean).map(hashOf).join(' '));
    }
    if (el.shadowRoot) scrambleClasses(el.shadowRoot);
  }
}

export type Variant = 'as captured' | 'classes scrambled';
export const VARIANTS: Variant[] = ['as captured', 'classes scrambled'];

function prepare(doc: Document, variant: Variant): Document {
  attachDeclarativeShadowRoots(doc);
  if (variant === 'classes scrambled') scrambleClasses(doc);
  return doc;
}

/** A LinkedIn fixture as a detached document, for reading. */
export function linkedinFixture(name: string, variant: Variant): Document {
  return prepare(parseHtml(readFixture(OWN_FIXTURES, `linkedin/${name}`)), variant);
}

/** A LinkedIn fixture in the test's live document, where focus works. */
export function showLinkedInFixture(name: string, variant: Variant): Document {
  return prepare(showPage(readFixture(OWN_FIXTURES, `linkedin/${name}`)), variant);
}

/** The messaging fixtures beside the profile ones, each tested in conversation.test.ts. */
export const MESSAGING_FIXTURES = [
  '2026-shadow-bubble.html',
  '2026-shadow-invite.html',
  'bubbles-two-open.html',
  'group-conversation.html',
  'invite-dialog.html',
  'messaging-thread.html',
  'profile-with-bubble.html',
];
