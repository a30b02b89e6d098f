// The one script a page includes: <script type="module" src=".../request-builder.js"></script>.
// It starts the widget's wasm once and defines <request-builder>, whose attributes are:
//   api, mode, lock-mode, hide-submit, theme (light | dark | auto), values (a JSON body), compact,
//   keep-draft (with values: keep the reader's draft over the author's values),
//   snippets (which snippets the send panel offers, in order: curl, fetch, python, httpie, go, java),
//   follow-page-theme (with theme auto: follow data-theme or class="dark"/"light" on <html>),
//   share-token (the widgets with it share the token the reader typed in one: memory only).
// Attributes changed after the element is on the page take effect (what a framework's wrapper
// does). Removing the element frees its widget; putting it back mounts a fresh one. For
// scripts: .body (secrets masked), .valid, .issues ("path: message" each), .reset(), .load(json).
// Each element renders in its own shadow root, with the widget's stylesheet linked inside it, so
// the page's CSS and the widget's cannot touch each other. No inline script is needed, so a
// page can run it under `script-src 'self' 'wasm-unsafe-eval'`.
import init, { mount_widget } from './widget.js';

// Every file is found with a literal new URL('./…', import.meta.url) (here, in the glue and in
// the chunks' loader): the pattern bundlers (Vite, webpack, Parcel) copy into their output.
const ready = init();
// Tools (the benchmark reads wasm memory) can listen for the module's exports.
ready.then((exports) => document.dispatchEvent(new CustomEvent('request-builder:ready', { detail: exports })));
let count = 0;

// `follow-page-theme`: with theme auto (or none), the widget follows the page's own switch,
// `data-theme="dark|light"` or `class="dark|light"` on <html> (Docusaurus, Starlight,
// VitePress, Tailwind), or MkDocs Material's `data-md-color-scheme="slate|default"` on <body>.
const following = new Set();
function pageTheme() {
  const html = document.documentElement;
  const t = html.dataset.theme ?? (html.classList.contains('dark') ? 'dark' : html.classList.contains('light') ? 'light' : { slate: 'dark', default: 'light' }[document.body?.dataset.mdColorScheme]);
  return t === 'dark' || t === 'light' ? t : undefined;
}
// `share-token`: the token typed into one such widget, in this module's memory only; another
// such widget takes it when it is used (any focus inside it), as if typed there.
let token = '';
const sharing = new Set();
const themes = new MutationObserver(() => following.forEach((el) => el.widget?.update(el.options())));
for (const node of [document.documentElement, document.body]) node && themes.observe(node, { attributes: true, attributeFilter: ['class', 'data-theme', 'data-md-color-scheme'] });

class RequestBuilderElement extends HTMLElement {
  static observedAttributes = 'api mode lock-mode hide-submit theme values compact snippets keep-draft follow-page-theme'.split(' ');

  constructor() {
    super();
    this.index = count++;
    this.state = null;
    // The widget's last change: what the properties answer.
    this.addEventListener('rb-change', (e) => (this.state = e.detail));
  }

  options() {
    const attr = (name) => this.getAttribute(name) ?? undefined;
    const has = (name) => this.hasAttribute(name);
    return {
      // Where a service's texts (help, examples) are fetched from when it is first shown.
      texts: (id) => new URL(`./texts/${id}.json`, import.meta.url).href,
      api: attr('api'),
      mode: attr('mode'),
      lockMode: has('lock-mode'),
      hideSubmit: has('hide-submit'),
      theme: has('follow-page-theme') && (attr('theme') ?? 'auto') === 'auto' ? pageTheme() : attr('theme'),
      values: attr('values'),
      compact: has('compact'),
      // Which snippets the send panel offers, in order: "python, curl" (all six when absent).
      snippets: attr('snippets'),
      // Each widget keeps its own draft: by id when it has one, else by its place on the page.
      // A widget the author gave `values` starts from them on every visit: it keeps a reader's
      // draft only when the author opts in with `keep-draft` (an empty key keeps none).
      draftKey: has('values') && !has('keep-draft') ? '' : `request-builder:${location.pathname}:${this.id || `${attr('api') || ''}#${this.index}`}`,
    };
  }

  async connectedCallback() {
    // Moved within the page (removed and put back in one task): the widget stays as it is.
    if (this.widget || this.mounting) return;
    this.mounting = true;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('./style.css', import.meta.url).href;
    const root = document.createElement('div');
    shadow.replaceChildren(css, root);
    await ready;
    this.mounting = false;
    if (!this.isConnected) return;
    following.add(this);
    if (this.hasAttribute('share-token')) sharing.add(this);
    if (!this.listening) {
      this.listening = true;
      const field = () => sharing.has(this) && shadow.querySelector('[id$="-token"]');
      shadow.addEventListener('input', (e) => e.target === field() && (token = e.target.value));
      shadow.addEventListener('focusin', () => {
        const input = field();
        if (input && input.value !== token) {
          input.value = token;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
    }
    this.widget = mount_widget(root, this, this.options());
  }

  disconnectedCallback() {
    // Freed unless it is back by the next microtask (a move, not a removal).
    queueMicrotask(() => {
      if (this.isConnected || !this.widget) return;
      following.delete(this);
      sharing.delete(this);
      this.widget.destroy();
      this.widget.free();
      this.widget = null;
      this.state = null;
      this.shadowRoot?.replaceChildren();
    });
  }

  attributeChangedCallback(name, old, value) {
    if (this.widget && old !== value) this.widget.update(this.options());
  }

  /** The body as the preview shows it (secrets masked), or undefined before the widget shows. */
  get body() {
    return this.state?.body;
  }

  get valid() {
    return this.state?.valid;
  }

  /** What the rules report, one "path: message" each. */
  get issues() {
    return this.state?.messages;
  }

  reset() {
    this.widget?.reset();
  }

  /** Takes in a body (JSON text or an object), as a paste would: same refusals, same notes. */
  load(json) {
    this.widget?.load(typeof json === 'string' ? json : JSON.stringify(json));
  }
}

if (!customElements.get('request-builder')) customElements.define('request-builder', RequestBuilderElement);
