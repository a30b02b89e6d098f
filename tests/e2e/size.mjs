// Prints every file of a bundle directory with its raw and gzip -9 size, and the totals.
// Usage: node tests/e2e/size.mjs dist [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

/** Bytes after `gzip -9` (GNU gzip, as the budgets say); zlib level 9 if gzip is missing. */
export function gzip9(bytes) {
  try {
    return execFileSync('gzip', ['-9', '-c', '-n'], { input: bytes, maxBuffer: 64 << 20 }).length;
  } catch {
    return gzipSync(bytes, { level: 9 }).length;
  }
}

export function bundleSizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        files.push({ file: relative(dir, p), raw: bytes.length, gzip: gzip9(bytes) });
      }
    }
  };
  walk(dir);
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const total = sum(files);
  // What a page loads for the form: its html, the loader, the glue and the chunks' loader, the
  // main wasm, the CSS. The chunks (split_*.wasm, and chunk_*.wasm that they share) load after the form shows. (docs.html is a
  // separate demo page; the favicon is an image; texts/ are fetched per service.)
  const widget = sum(files.filter((f) => WIDGET.includes(f.file)));
  const chunks = files.filter((f) => /^(split|chunk)_.*\.wasm$/.test(f.file));
  return { files, total, widget, chunks, chunksTotal: sum(chunks) };
}

export const WIDGET = ['index.html', 'request-builder.js', 'widget.js', '__wasm_split.js', 'widget_bg.wasm', 'style.css'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const { files, total, widget, chunks, chunksTotal } = bundleSizes(dir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, total, widget, chunks, chunksTotal }, null, 2));
  } else {
    const w = Math.max(5, ...files.map((f) => f.file.length));
    const row = (a, b, c) => console.log(`${a.padEnd(w)}  ${String(b).padStart(10)}  ${String(c).padStart(10)}`);
    row('file', 'raw B', 'gzip -9 B');
    for (const f of files) row(f.file, f.raw, f.gzip);
    row('total', total.raw, total.gzip);
    row('widget (html+js+wasm+css)', widget.raw, widget.gzip);
    row('chunks, after the form', chunksTotal.raw, chunksTotal.gzip);
    console.log(`widget transfer before the form is usable, gzip -9: ${(widget.gzip / 1024).toFixed(1)} KB (${WIDGET.join(' + ')})`);
    console.log(`then the chunks: ${(chunksTotal.gzip / 1024).toFixed(1)} KB (${chunks.map((c) => c.file).join(' + ')})`);
  }
}
