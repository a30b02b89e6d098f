// Prints every file of a bundle directory with its raw and gzip -9 size, and the totals.
// Usage: node tests/e2e/size.mjs dist [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

/** Bytes after `gzip -9` (GNU gzip, as the budgets say); zlib level 9 if gzip is missing. */
function gzip9(bytes) {
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
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] || 'dist';
  const { files, total } = bundleSizes(dir);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, total }, null, 2));
  } else {
    const w = Math.max(5, ...files.map((f) => f.file.length));
    const row = (a, b, c) => console.log(`${a.padEnd(w)}  ${String(b).padStart(10)}  ${String(c).padStart(10)}`);
    row('file', 'raw B', 'gzip -9 B');
    for (const f of files) row(f.file, f.raw, f.gzip);
    row('total', total.raw, total.gzip);
    console.log(`total gzip -9: ${(total.gzip / 1024).toFixed(1)} KB`);
  }
}
