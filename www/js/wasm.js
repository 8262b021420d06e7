// The wasm module: wasm-bindgen's own `--target web` glue (bundled by esbuild as it is,
// never rewritten) instantiated from the wasm, which the build inlines gzipped, as base64
// (scripts/assemble.mjs maps the two virtual imports below).
import init, { initSync } from 'roi-gap:glue';
import wasmBase64 from 'roi-gap:wasm';
import { gunzipHere, unpackedSize } from './gunzip.js';

export {
  Calculator, browserLanguage, facts, parseLink, parseScenario, presetInputs, writeScenario,
  formatInput, readTyped, sliderValue, sliderPosition,
} from 'roi-gap:glue';

/** `base64` as bytes (`Uint8Array.fromBase64` where the engine has it). */
function fromBase64(base64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(base64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * The engine's gunzip of `gzipped`, or null where it has none or it fails (the page then
 * unpacks it itself). The bytes go in as a Response's body, not a Blob's stream: Chromium
 * hands a Blob's bytes to its browser process and reads them back. From the module's start
 * to the compiled wasm took 72 ms that way, 11 ms this way (desktop, medians of 9 cold
 * loads; BENCHMARKS.md, ninth round). The output is read with a reader, not a Response's
 * arrayBuffer(): Firefox reports that one's failed stream as a page error even when caught.
 */
async function nativeGunzip(gzipped) {
  try {
    const reader = new Response(gzipped).body.pipeThrough(new DecompressionStream('gzip')).getReader();
    const out = new Uint8Array(unpackedSize(gzipped)); // more than that: a RangeError, caught
    let at = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      out.set(part.value, at);
      at += part.value.length;
    }
    return out;
  } catch {
    return null; // no DecompressionStream, no 'gzip' format, or a stream the engine refused
  }
}

/** The inlined wasm as bytes, decompressed. */
async function wasmBytes() {
  const gzipped = fromBase64(wasmBase64);
  return (await nativeGunzip(gzipped)) ?? gunzipHere(gzipped);
}

/**
 * Unpacks the wasm, then compiles and instantiates it: synchronously, or asynchronously
 * in engines that refuse to compile or instantiate a module this size on the main thread
 * (older Chromium throws a RangeError). Resolves to the compiled module, which the
 * charts' worker instantiates again (drawing.js).
 * Rejects when this browser cannot run it: no WebAssembly at all (old engines, Safari's
 * Lockdown Mode), or a module it cannot compile or run.
 */
export async function startWasm() {
  if (typeof WebAssembly !== 'object' || WebAssembly === null) {
    throw new Error('this browser has no WebAssembly');
  }
  const bytes = await wasmBytes();
  let module;
  try {
    module = new WebAssembly.Module(bytes);
    initSync({ module });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    module = await WebAssembly.compile(bytes);
    await init({ module_or_path: module });
  }
  return module;
}
