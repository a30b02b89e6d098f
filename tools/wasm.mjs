// Trunk post-build hook: splits the widget's wasm into the form and chunks that load after it.
//   Trunk's cargo build (feature `split`, linked with --emit-relocs by .cargo/config.toml)
//   -> wasm-split-cli (cuts the module at the #[wasm_split] functions of src/ui/lazy.rs)
//   -> wasm-bindgen (the main module's JS glue) -> short import and export names (tools/names.mjs)
//   -> wasm-opt on every module (release only)
//   -> Trunk's staging directory, over the unsplit glue and wasm Trunk wrote there.
// Trunk runs wasm-bindgen on the whole module, where the split cannot happen any more, and
// always runs a Rust pipeline; index.html keeps its rel="rust" link for the cargo build and
// turns its wasm-opt off. ./dev installs the tools.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shortenNames } from './names.mjs';

const release = process.env.TRUNK_PROFILE === 'release';
const staging = process.env.TRUNK_STAGING_DIR || 'dist';
const root = process.cwd();
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });

const out = join(root, 'target', 'split');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const linked = join(root, 'target', 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'widget.wasm');
run('wasm-split-cli', [linked, out, '--out-name', 'widget']);
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', join(out, 'bg'), join(out, 'widget.wasm')]);
// The names the main module and its glue share, shortened in both (tools/names.mjs).
shortenNames(join(out, 'bg', 'widget_bg.wasm'), join(out, 'bg', 'widget.js'));

// The same passes for every module; each was measured (docs/decisions.md #35, #63).
const opt = ['-Oz', '--low-memory-unused', '-ocimfs=1', '--flatten', '--rereloop', '-Oz', '--flatten', '--rereloop', '-Oz', '-Oz', '--converge',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
// ./dev profile keeps the functions' names (wasm-opt -g), for Chromium's profiler.
if (process.env.RB_WASM_NAMES === '1') opt.push('-g');
// Last: the producers and target-features sections, which no browser reads (about 270 bytes a
// module before gzip).
opt.push('--strip-producers', '--strip-target-features');
const wasmOut = (from, to) => (release ? run('wasm-opt', [...opt, from, '-o', to]) : copyFileSync(from, to));

mkdirSync(staging, { recursive: true });
wasmOut(join(out, 'bg', 'widget_bg.wasm'), join(staging, 'widget_bg.wasm'));
copyFileSync(join(out, 'bg', 'widget.js'), join(staging, 'widget.js'));
// The chunks load after the form is painted: their loader waits for the next frame before it
// fetches (cheaper here than a closure in the wasm). One wait for the page: the shared chunks'
// loaders, which a split point's loader starts, take the same promise, so they are fetched
// beside it, not a frame later. The pattern is checked, so an upgrade of wasm-split-cli that
// changes its loader fails the build instead of loading chunks early.
const linker = readFileSync(join(out, '__wasm_split.js'), 'utf8');
const start = '    const loader = async () => {\n';
if (!linker.includes(start)) throw new Error('tools/wasm.mjs: __wasm_split.js has no `const loader = async () => {` to patch');
const wait = '        await (painted ||= new Promise((done) => requestAnimationFrame(() => setTimeout(done))));\n';
writeFileSync(join(staging, '__wasm_split.js'), `let painted;\n${linker.replace(start, `${start}${wait}`)}`);
for (const name of readdirSync(out)) {
  // split_<name>.wasm per split point, chunk_<n>.wasm for code that several of them share.
  if (/^(split|chunk)_.*\.wasm$/.test(name)) wasmOut(join(out, name), join(staging, name));
}

// Then minify the JS and CSS (after the glue is written, not beside it).
await import('./minify.mjs');
