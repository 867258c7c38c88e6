/**
 * A chosen file's text, whatever encoding a contacts export used: UTF-8 (with or without a
 * byte-order mark), UTF-16 with its mark (Excel's "Unicode text"), else Windows-1252 (a CSV
 * saved by Excel on Windows), which decodes any bytes.
 */
export async function readFileText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
