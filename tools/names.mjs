// Short names for the names the widget's main module and its JS glue share. wasm-bindgen names
// each JS import `__wbg_<method>_<16 hex digits>` and some exports after a closure's whole Rust
// type (up to 194 characters); each name is written twice, in the wasm's import or export
// section and in widget.js, and hashes do not compress: together about 6 KB before gzip.
// Every import of the glue's module and every export the glue calls through `wasm.` gets a
// short name (a, b, ... then aa, ab, ...), in both files. Kept: the exports another file reads
// (__wasm_split.js takes the memory, the function table and the shared stack pointer).
//
// The glue is rewritten by pattern, so a wasm-bindgen that writes it differently fails the
// build here (each name must be found where it is expected), rather than shipping a widget
// whose imports do not link.
import { readFileSync, writeFileSync } from 'node:fs';

const GLUE_MODULE = './widget_bg.js';
const KEEP = new Set(['memory', '__indirect_function_table', '__wasm_split_shared0']);

function* shortNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const next = `${first}0123456789_`;
  for (const a of first) yield a;
  for (const a of first) for (const b of next) yield a + b;
  for (const a of first) for (const b of next) for (const c of next) yield a + b + c;
}

class Reader {
  constructor(bytes, at = 0) {
    this.b = bytes;
    this.at = at;
  }
  byte() {
    return this.b[this.at++];
  }
  u32() {
    let v = 0;
    let shift = 0;
    for (;;) {
      const x = this.byte();
      v |= (x & 0x7f) << shift;
      if (!(x & 0x80)) return v >>> 0;
      shift += 7;
    }
  }
  name() {
    const n = this.u32();
    const s = Buffer.from(this.b.subarray(this.at, this.at + n)).toString('utf8');
    this.at += n;
    return s;
  }
  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

const u32 = (v) => {
  const out = [];
  do {
    let x = v & 0x7f;
    v >>>= 7;
    if (v) x |= 0x80;
    out.push(x);
  } while (v);
  return Buffer.from(out);
};
const name = (s) => {
  const b = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(b.length), b]);
};

/** Renames in the module's import (section 2) and export (section 7) sections; returns the
 * new bytes and the two maps (old name -> new name). */
function renameModule(bytes) {
  const imports = new Map();
  const exports = new Map();
  const names = shortNames();
  const fresh = () => {
    for (;;) {
      const n = names.next().value;
      if (!KEEP.has(n)) return n;
    }
  };
  const parts = [bytes.subarray(0, 8)];
  const r = new Reader(bytes, 8);
  while (r.at < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.at;
    const end = start + size;
    if (id === 2 || id === 7) {
      const body = [];
      const count = r.u32();
      body.push(u32(count));
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          const module = r.name();
          const field = r.name();
          const descStart = r.at;
          const kind = r.byte();
          if (kind === 0) r.u32(); // a function: its type
          else if (kind === 1) { r.byte(); r.limits(); } // a table: its element type, limits
          else if (kind === 2) r.limits(); // a memory
          else if (kind === 3) { r.byte(); r.byte(); } // a global: its type, mutability
          else if (kind === 4) { r.byte(); r.u32(); } // a tag
          else throw new Error(`tools/names.mjs: import kind ${kind} of ${module} ${field} is not known`);
          let to = field;
          if (module === GLUE_MODULE) {
            if (imports.has(field)) throw new Error(`tools/names.mjs: ${field} is imported twice`);
            to = fresh();
            imports.set(field, to);
          }
          body.push(name(module), name(to), bytes.subarray(descStart, r.at));
        } else {
          const field = r.name();
          const descStart = r.at;
          r.byte();
          r.u32();
          let to = field;
          if (!KEEP.has(field)) {
            to = fresh();
            exports.set(field, to);
          }
          body.push(name(to), bytes.subarray(descStart, r.at));
        }
      }
      if (r.at !== end) throw new Error(`tools/names.mjs: section ${id} ends at ${r.at}, not ${end}`);
      const content = Buffer.concat(body);
      parts.push(Buffer.from([id]), u32(content.length), content);
    } else {
      parts.push(bytes.subarray(start - 1 - u32(size).length, end));
    }
    r.at = end;
  }
  return { bytes: Buffer.concat(parts), imports, exports };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renames the same names in wasm-bindgen's glue: an import is a key of the imports object
 * (`name: function(`), an export is read as `wasm.name`. */
function renameGlue(js, imports, exports) {
  for (const [from, to] of imports) {
    const re = new RegExp(`(?<=^\\s*)${escape(from)}(?=: function\\()`, 'gm');
    const n = js.match(re)?.length ?? 0;
    if (n !== 1) throw new Error(`tools/names.mjs: the glue defines the import ${from} ${n} times, not once`);
    js = js.replace(re, to);
  }
  for (const [from, to] of exports) {
    const re = new RegExp(`(?<![\\w$])wasm\\.${escape(from)}(?![\\w$])`, 'g');
    js = js.replace(re, `wasm.${to}`);
  }
  // Whatever is left of an old import is a use the pattern above missed. An export may still
  // be named by the glue's own JS function of the same name (a closure's wrapper, `export
  // function mount_widget(`), which calls it as `wasm.`; it must not be read another way.
  for (const from of imports.keys()) {
    if (new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`).test(js)) throw new Error(`tools/names.mjs: the glue still names the import ${from}`);
  }
  for (const from of exports.keys()) {
    if (js.includes(`'${from}'`) || js.includes(`"${from}"`)) throw new Error(`tools/names.mjs: the glue reads the export ${from} by a string`);
  }
  if (/(?<![\w$])wasm\s*\[/.test(js) || /\{[^{}]*\}\s*=\s*wasm\b/.test(js)) throw new Error('tools/names.mjs: the glue reads the exports other than as `wasm.name`');
  return js;
}

/** Shortens the names `wasmPath` and `jsPath` share, in place; returns how many. */
export function shortenNames(wasmPath, jsPath) {
  const { bytes, imports, exports } = renameModule(readFileSync(wasmPath));
  const js = renameGlue(readFileSync(jsPath, 'utf8'), imports, exports);
  writeFileSync(wasmPath, bytes);
  writeFileSync(jsPath, js);
  return { imports: imports.size, exports: exports.size };
}
