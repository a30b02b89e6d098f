// Trunk post-build hook: minifies the bundle's JS and CSS with esbuild on release builds,
// updates the subresource-integrity hashes Trunk wrote into index.html for them, and strips
// from index.html what a browser does not need.
// (Trunk's own JS minifier fails on wasm-bindgen's `export default`.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildSync } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === 'release' && dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  for (const name of readdirSync(dir)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const file = join(dir, name);
    buildSync({ entryPoints: [file], outfile: file, allowOverwrite: true, minify: true, format: name.endsWith('.js') ? 'esm' : undefined, logLevel: 'error' });
    const digest = 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    html = html.replace(new RegExp(`(href="[^"]*${escaped}"[^>]*?integrity=")[^"]*(")`, 'g'), `$1${digest}$2`);
  }
  // What the page does not need: Trunk's own build directive, comments, indentation.
  html = html
    .replace(/<link data-trunk rel="rust"[^>]*>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/>\s+</g, '><')
    .trim();
  writeFileSync(htmlPath, html + '\n');
}
