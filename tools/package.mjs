// Builds the npm package from dist/ (the release bundle): target/npm/ and, with npm pack,
// target/request-builder-<version>.tgz. Usage: node tools/package.mjs [dist] [out]
// The package holds the loader (its entry), the glue, the chunks' loader, every wasm module,
// the stylesheet and the services' texts, and integrity.json with each file's SRI hash.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';

const root = join(import.meta.dirname, '..');
const dist = process.argv[2] || join(root, 'dist');
const out = process.argv[3] || join(root, 'target', 'npm');
const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

const wanted = (name) => /^(request-builder\.js|widget\.js|__wasm_split\.js|style\.css|.*\.wasm)$/.test(name);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of readdirSync(dist)) if (wanted(name)) cpSync(join(dist, name), join(out, name));
cpSync(join(dist, 'texts'), join(out, 'texts'), { recursive: true });

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(out, p));
  }
};
walk(out);
const integrity = Object.fromEntries(files.map((f) => [f, 'sha384-' + createHash('sha384').update(readFileSync(join(out, f))).digest('base64')]));
writeFileSync(join(out, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');

writeFileSync(join(out, 'package.json'), JSON.stringify({
  name: 'request-builder',
  version,
  description: 'A <request-builder> element that builds and checks the JSON bodies of cloud create-instance API requests (GeminiDB, GeminiDB Cassandra, DDM, RDS, RabbitMQ)',
  license: 'MIT',
  type: 'module',
  // Importing it defines the element: it is the package's one side effect.
  sideEffects: true,
  exports: {
    '.': './request-builder.js',
    './style.css': './style.css',
    './integrity.json': './integrity.json',
    './*': './*',
  },
  files: [...files, 'integrity.json'],
}, null, 2) + '\n');
writeFileSync(join(out, 'README.md'), `# request-builder ${version}

\`\`\`html
<script type="module" src="/node_modules/request-builder/request-builder.js"></script>
<request-builder api="rds" mode="mysql/single"></request-builder>
\`\`\`

Serve every file of this package from one folder (\`.wasm\` as \`application/wasm\`): the loader
finds the glue, the wasm modules, the stylesheet and \`texts/\` next to itself. A bundler site
(Vite, webpack 5, Parcel) imports \`request-builder\`: every file is found with a literal
\`new URL('./…', import.meta.url)\`, which bundlers copy into their output (in Vite's dev server,
\`optimizeDeps: { exclude: ['request-builder'] }\`). integrity.json
lists each file's SRI hash. Attributes, events, properties and styling hooks: the project's
README.
`);
execFileSync('npm', ['pack', '--silent', '--pack-destination', join(out, '..')], { cwd: out, stdio: ['ignore', 'inherit', 'inherit'] });
console.log(`${join(out, '..', `request-builder-${version}.tgz`)} (${files.length + 3} files)`);
