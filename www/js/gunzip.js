// Unpacking the inlined wasm where the engine has no DecompressionStream('gzip') (Safari
// before 16.4, Firefox before 113, WPE WebKit 2.38): tiny-inflate (tinf's inflate), 1.5 KB
// gzipped in the bundle where fflate's gunzip was 2.1 KB; the engine's own is faster.
// The build (scripts/assemble.mjs) unpacks its payload with this same function.
import inflate from 'tiny-inflate';

/**
 * `gzipped` unpacked here. The build writes its header bare (10 bytes: no name, comment or
 * extra field); the trailer's last 4 bytes are the unpacked size.
 */
export function gunzipHere(gzipped) {
  const n = gzipped.length;
  if (n < 18 || gzipped[0] !== 0x1f || gzipped[1] !== 0x8b || gzipped[3] !== 0) {
    throw new Error('the inlined wasm is not gzipped as the build writes it');
  }
  return inflate(gzipped.subarray(10, n - 8), new Uint8Array(unpackedSize(gzipped)));
}

/** The unpacked size a gzip stream's trailer gives (its last 4 bytes, little-endian). */
export function unpackedSize(gzipped) {
  return new DataView(gzipped.buffer, gzipped.byteOffset + gzipped.length - 4, 4).getUint32(0, true);
}
