export type Decoded = Readonly<{ ok: true; text: string }> | Readonly<{ ok: false; found: string }>;

/**
 * Decodes a content file as UTF-8, or says what it looks like instead and where the first byte that
 * is not UTF-8 is, so an editor can find the word their editor saved in another encoding.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, found: 'UTF-16 text' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, found: `UTF-16 or binary data (a zero byte at byte ${nul + 1})` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { line, offset, byte } = firstInvalid(bytes);
    const hex = byte.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      found: `text in Windows-1251 or another encoding that is not UTF-8 (byte 0x${hex} on line ${line}, byte ${offset + 1} of the file)`,
    };
  }
}

// The lenient decoder turns each bad sequence into U+FFFD; the first one that was not written as
// U+FFFD (EF BF BD) in the file is where the trouble starts.
function firstInvalid(bytes: Uint8Array): { line: number; offset: number; byte: number } {
  const text = new TextDecoder('utf-8').decode(bytes);
  const encoder = new TextEncoder();
  let from = 0;
  for (;;) {
    const index = text.indexOf('\uFFFD', from);
    const offset = encoder.encode(text.slice(0, Math.max(index, 0))).length;
    if (index === -1 || bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) {
      const at = index === -1 ? 0 : offset;
      return { line: text.slice(0, Math.max(index, 0)).split('\n').length, offset: at, byte: bytes[at] ?? 0 };
    }
    from = index + 1;
  }
}
