function wasmBytes() {
  const text = atob(WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

initSync({ module: wasmBytes() });
document.documentElement.dataset.ready = "1";
const result = evaluateText(location.hash);
document.querySelector('[data-out="required_revenue"]').textContent =
  `$${(result.summary.required_revenue / 1000).toFixed(2)}T`;
