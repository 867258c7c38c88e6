/** Every zone the browser knows, sorted, with the ones given always present (and UTC). */
export function knownTimeZones(...always: (string | undefined)[]): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const extra = always.filter((zone): zone is string => !!zone);
  return [...new Set([...known, ...extra, 'UTC'])].sort();
}
