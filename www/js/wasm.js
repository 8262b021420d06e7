// Starts the wasm module from the base64 bytes that build.sh inlines as WASM_BASE64.
// ROI holds the wasm-bindgen glue's exports (see scripts/assemble.mjs).
const {
  initSync, Calculator, params, presets, parseScenario, writeScenario, money,
} = ROI;

/** The inlined wasm as bytes. */
function wasmBytes() {
  const text = atob(WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Instantiates the wasm synchronously; returns an error message, or null when it worked. */
function startWasm() {
  try {
    initSync({ module: wasmBytes() });
    return null;
  } catch (error) {
    return `The calculator could not start in this browser (${error.message}).`;
  }
}
