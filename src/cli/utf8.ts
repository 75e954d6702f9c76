/**
 * Where UTF-8 goes wrong, for a message naming the byte offset. The decoding itself is the
 * platform's (`TextDecoder` with `fatal: true`, the WHATWG Encoding Standard's UTF-8 decoder); this
 * only narrows down, after it has refused a piece, which byte it refused.
 */

/**
 * How many bytes at the end of `bytes` a streaming decoder still holds: the start of a multi-byte
 * sequence cut by the chunk's end. `bytes` must have decoded without error.
 */
export function pendingTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/**
 * The offset in `bytes` of the first sequence that is not UTF-8, or -1 when there is none.
 * `bytes` must start where a decoder starts (not inside a sequence); `final` says that nothing
 * follows, so that a sequence cut short at the end is an error too.
 */
export function firstInvalidOffset(bytes: Uint8Array, final: boolean): number {
  const fails = (end: number) => !decodes(bytes.subarray(0, end), true);
  if (!fails(bytes.length)) {
    if (!final || decodes(bytes, false)) return -1;
    return bytes.length - pendingTail(bytes);
  }
  // Refusal grows with the prefix: find the shortest refused one by bisection. Its last byte is
  // where the decoder noticed; the bad sequence starts at the end of the last complete character.
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (fails(mid)) high = mid;
    else low = mid;
  }
  for (let start = high - 1; start > high - 5 && start > 0; start--) {
    if (decodes(bytes.subarray(0, start), false)) return start;
  }
  return 0;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
