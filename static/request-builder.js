// The one script a page includes: <script type="module" src=".../request-builder.js"></script>.
// It starts the widget's wasm once and defines <request-builder>, whose attributes are:
//   api, mode, lock-mode, hide-submit, theme (light | dark | auto), values (a JSON body), compact,
//   keep-draft (with values: keep the reader's draft over the author's values),
//   snippets (which snippets the send panel offers, in order: curl, fetch, python, httpie, go, java).
// Each element renders in its own shadow root, with the widget's stylesheet linked inside it, so
// the page's CSS and the widget's cannot touch each other. No inline script is needed, so a
// page can run it under `script-src 'self' 'wasm-unsafe-eval'`.
import init, { mount_widget } from './widget.js';

const here = import.meta.url;
const ready = init({ module_or_path: new URL('widget_bg.wasm', here) });
// Tools (the benchmark reads wasm memory) can listen for the module's exports.
ready.then((exports) => document.dispatchEvent(new CustomEvent('request-builder:ready', { detail: exports })));
let count = 0;

class RequestBuilderElement extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('style.css', here).href;
    const root = document.createElement('div');
    shadow.append(css, root);
    const index = count++;
    await ready;
    const attr = (name) => this.getAttribute(name) ?? undefined;
    mount_widget(root, this, {
      // Where help/<api>.json is fetched from when a Help is opened.
      assets: new URL('.', here).href,
      api: attr('api'),
      mode: attr('mode'),
      lockMode: this.hasAttribute('lock-mode'),
      hideSubmit: this.hasAttribute('hide-submit'),
      theme: attr('theme'),
      values: attr('values'),
      compact: this.hasAttribute('compact'),
      // Which snippets the send panel offers, in order: "python, curl" (all six when absent).
      snippets: attr('snippets'),
      // Each widget keeps its own draft: by id when it has one, else by its place on the page.
      // A widget the author gave `values` starts from them on every visit: it keeps a reader's
      // draft only when the author opts in with `keep-draft` (an empty key keeps none).
      draftKey: this.hasAttribute('values') && !this.hasAttribute('keep-draft') ? '' : `request-builder:${location.pathname}:${this.id || `${attr('api') || ''}#${index}`}`,
    });
  }
}

if (!customElements.get('request-builder')) customElements.define('request-builder', RequestBuilderElement);
