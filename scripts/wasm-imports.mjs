// Shorter import names for the wasm and its glue (scripts/assemble.mjs).
//
// wasm-bindgen names each import it writes with a hash of 16 hex digits
// (`__wbg_set_a5b3c1d2e4f60718`): 60 of them in this wasm, 8 bytes of entropy each that
// gzip cannot shrink, once in the wasm's import section and once in the glue. Each loses
// its hash here, in both, the same way (numbered where two would meet): about 1.9 KB of the
// gzipped page. Only the import section's names change and every other byte of the wasm is
// kept: binaryen's --minify-imports-and-exports would write the whole module anew, and
// build.sh keeps wasm-opt's rewrites away from wasm-bindgen's output (WebKitGTK's JIT).

/** wasm-bindgen's hashed import names: the name, then `_` and 16 hex digits. */
const HASHED = /\b(__wbg_\w+?)_[0-9a-f]{16}\b/g;

/**
 * `glue` (wasm-bindgen's JS) and `wasm` (its module's bytes) with every hashed import name
 * shortened. Throws if the two do not name the same imports, or the module does not parse.
 */
export function shortImports(glue, wasm) {
  const renames = shortNames(glue);
  const sections = readSections(wasm);
  const imports = sections.find((s) => s.id === IMPORT_SECTION);
  if (!imports) throw new Error('the wasm has no import section');
  const used = new Set();
  imports.payload = renameImports(imports.payload, (name) => {
    const short = renames.get(name);
    if (short === undefined) return name;
    used.add(name);
    return short;
  });
  const missing = [...renames.keys()].filter((name) => !used.has(name));
  if (missing.length) throw new Error(`the glue names imports the wasm does not have: ${missing.join(', ')}`);
  let shortGlue = glue;
  for (const [name, short] of renames) shortGlue = shortGlue.split(name).join(short);
  return { glue: shortGlue, wasm: writeSections(wasm.subarray(0, 8), sections) };
}

/** Each hashed name in `glue` -> its name without the hash, unique in the glue. */
function shortNames(glue) {
  const names = [...new Set([...glue.matchAll(HASHED)].map((m) => m[0]))];
  const bases = names.map((name) => name.replace(HASHED, '$1'));
  const taken = new Set();
  const free = (candidate) => !taken.has(candidate) && !new RegExp(`\\b${candidate}\\b`).test(glue);
  return new Map(names.map((name, i) => {
    const base = bases[i];
    let n = 0;
    let short = bases.indexOf(base) === bases.lastIndexOf(base) ? base : `${base}_${n}`;
    while (!free(short)) short = `${base}_${++n}`;
    taken.add(short);
    return [name, short];
  }));
}

const IMPORT_SECTION = 2;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** An unsigned LEB128 at `at` in `bytes`: [value, the offset after it]. */
function readU32(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    if (at >= bytes.length || shift > 28) throw new Error('a malformed LEB128 in the wasm');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [value, at];
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The module's sections, after its 8-byte header: [{id, payload}]. */
function readSections(wasm) {
  if (wasm.length < 8 || wasm[0] !== 0 || decoder.decode(wasm.subarray(1, 4)) !== 'asm') throw new Error('not a wasm module');
  const sections = [];
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    if (start + size > wasm.length) throw new Error('a wasm section runs past the end');
    sections.push({ id, payload: wasm.subarray(start, start + size) });
    at = start + size;
  }
  return sections;
}

function writeSections(header, sections) {
  const parts = [header];
  for (const { id, payload } of sections) parts.push(Uint8Array.from([id, ...writeU32(payload.length)]), payload);
  return Buffer.concat(parts);
}

/**
 * The import section `payload` with each import's field name passed through `rename`.
 * An import: module name, field name, then its kind and description, copied as they are.
 */
function renameImports(payload, rename) {
  const out = [];
  let [count, at] = readU32(payload, 0);
  out.push(...writeU32(count));
  const name = () => {
    const [length, start] = readU32(payload, at);
    at = start + length;
    return decoder.decode(payload.subarray(start, at));
  };
  const skipU32 = () => { [, at] = readU32(payload, at); };
  const skipLimits = () => {
    const flags = payload[at++];
    skipU32();
    if (flags & 1) skipU32();
  };
  for (; count > 0; count -= 1) {
    const module = encoder.encode(name());
    const field = encoder.encode(rename(name()));
    const kindAt = at;
    const kind = payload[at++];
    if (kind === 0) skipU32(); // a function: its type
    else if (kind === 1) { at += 1; skipLimits(); } // a table: its element type, limits
    else if (kind === 2) skipLimits(); // a memory
    else if (kind === 3) at += 2; // a global: its type, mutability
    else if (kind === 4) { at += 1; skipU32(); } // a tag: its attribute, type
    else throw new Error(`an import of unknown kind ${kind}`);
    out.push(...writeU32(module.length), ...module, ...writeU32(field.length), ...field, ...payload.subarray(kindAt, at));
  }
  if (at !== payload.length) throw new Error('the import section has bytes after its imports');
  return Uint8Array.from(out);
}
