/** The printable brief before a conversation with someone (entrypoints/prepare). */
export function prepareHref(personId: string): string {
  return `/prepare.html?person=${encodeURIComponent(personId)}`;
}

/** The person a Prepare page is about, from its address. */
export function preparedPersonId(search: string): string | undefined {
  return new URLSearchParams(search).get('person') ?? undefined;
}
