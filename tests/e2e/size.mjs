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
  // What a page loads for the widget: its html, the loader and glue JS, the wasm, the CSS.
  // (docs.html is a separate demo page; the favicon is an image.)
  const widget = sum(files.filter((f) => WIDGET.includes(f.file)));
  return { files, total, widget };
}

export const WIDGET = ['index.html', 'request-builder.js', 'widget.js', 'widget_bg.wasm', 'style.css'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const { files, total, widget } = bundleSizes(dir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, total, widget }, null, 2));
  } else {
    const w = Math.max(5, ...files.map((f) => f.file.length));
    const row = (a, b, c) => console.log(`${a.padEnd(w)}  ${String(b).padStart(10)}  ${String(c).padStart(10)}`);
    row('file', 'raw B', 'gzip -9 B');
    for (const f of files) row(f.file, f.raw, f.gzip);
    row('total', total.raw, total.gzip);
    const { widget } = bundleSizes(dir);
    row('widget (html+js+wasm+css)', widget.raw, widget.gzip);
    console.log(`widget transfer, gzip -9: ${(widget.gzip / 1024).toFixed(1)} KB (${WIDGET.join(' + ')})`);
  }
}
