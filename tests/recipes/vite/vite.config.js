import { defineConfig } from 'vite';

export default defineConfig({
  // request-builder finds its wasm modules, stylesheet and texts next to itself
  // (new URL('./…', import.meta.url), which Vite copies into the build): pre-bundling it in
  // the dev server would move it away from them.
  optimizeDeps: { exclude: ['request-builder'] },
});
