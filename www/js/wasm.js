// The wasm module: wasm-bindgen's own `--target web` glue (bundled by esbuild as it is,
// never rewritten) instantiated from the optimised wasm, which esbuild inlines as base64
// (scripts/assemble.mjs maps the two virtual imports below).
import init, { initSync } from 'roi-gap:glue';
import wasmBase64 from 'roi-gap:wasm';

export {
  Calculator, browserLanguage, facts, parseLink, parseScenario, presetInputs, writeScenario,
  formatInput, readTyped, sliderValue, sliderPosition,
} from 'roi-gap:glue';

/** The inlined wasm as bytes (`Uint8Array.fromBase64` where the engine has it). */
function wasmBytes() {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(wasmBase64);
  const text = atob(wasmBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Compiles and instantiates the wasm: synchronously (the first frame needs it), or
 * asynchronously in engines that refuse to compile or instantiate a module this size on
 * the main thread (older Chromium throws a RangeError). Resolves to the compiled module, which the
 * charts' worker instantiates again (drawing.js).
 * Rejects when this browser cannot run it: no WebAssembly at all (old engines, Safari's
 * Lockdown Mode), or a module it cannot compile or run.
 */
export async function startWasm() {
  if (typeof WebAssembly !== 'object' || WebAssembly === null) {
    throw new Error('this browser has no WebAssembly');
  }
  const bytes = wasmBytes();
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
