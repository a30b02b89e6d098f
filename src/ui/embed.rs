//! Embedding: the `<request-builder>` element mounts widgets through `mount_widget`; its
//! attributes become `Embed` options. Also what a page sees of a widget: its events, its
//! draft in local storage (gloo-storage), and share links.

use super::{App, AppProps};
use gloo_storage::{LocalStorage, Storage};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

/// How a page embeds a widget.
#[derive(Clone, PartialEq, Default)]
pub struct Embed {
    /// The `api` attribute fixes the service: its picker is hidden.
    pub lock_api: bool,
    pub lock_mode: bool,
    pub hide_submit: bool,
    pub theme: Theme,
    pub compact: bool,
    /// A body (JSON text) to start from.
    pub values: Option<String>,
    /// The element events are dispatched on; the page itself for the standalone page.
    pub host: Option<web_sys::HtmlElement>,
    /// Where the draft is kept in local storage.
    pub draft_key: String,
    /// The widget is the page (index.html): its title is the page's h1.
    pub standalone: bool,
    /// The `snippets` attribute: which snippets the send panel offers, in order ("python, curl").
    pub snippets: yew::AttrValue,
    /// How the element's methods (`reset()`, `load(json)`) reach the widget's state.
    pub remote: Remote,
}

/// The widget's edits, for the element's methods: the widget puts its dispatcher here.
#[derive(Clone, Default)]
pub struct Remote(pub std::rc::Rc<std::cell::RefCell<Option<yew::Callback<crate::session::Edit>>>>);

/// One remote is as good as another: it never re-renders the widget.
impl PartialEq for Remote {
    fn eq(&self, _: &Remote) -> bool {
        true
    }
}

/// A mounted widget, as the element holds it: new attributes, the methods, unmounting.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<yew::AppHandle<App>>,
    host: web_sys::HtmlElement,
    remote: Remote,
}

#[wasm_bindgen]
impl Widget {
    /// The element's attributes changed (a framework's wrapper sets them after mounting).
    pub fn update(&mut self, options: JsValue) {
        let props = props(self.host.clone(), &options, self.remote.clone());
        if let Some(h) = &mut self.handle {
            h.update(props);
        }
    }

    /// The element left the page: the widget is freed (its listeners, timers, state).
    pub fn destroy(&mut self) {
        *self.remote.0.borrow_mut() = None;
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }

    /// Back to the mode's empty form (as the Reset button).
    pub fn reset(&self) {
        self.edit(crate::session::Edit::Reset);
    }

    /// Takes in a body, as a paste: the same refusals and notes.
    pub fn load(&self, json: String) {
        self.edit(crate::session::Edit::Import(json));
    }

    fn edit(&self, e: crate::session::Edit) {
        if let Some(d) = &*self.remote.0.borrow() {
            d.emit(e);
        }
    }
}

fn get(options: &JsValue, key: &str) -> Option<String> {
    Reflect::get(options, &JsValue::from_str(key)).ok().and_then(|v| v.as_string()).filter(|s| !s.is_empty())
}

fn flag(options: &JsValue, key: &str) -> bool {
    Reflect::get(options, &JsValue::from_str(key)).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Mounts a widget into `root` (inside the element's shadow root). `options` carries the
/// element's attributes: api, mode, lockMode, hideSubmit, theme, values, compact, snippets,
/// draftKey.
#[wasm_bindgen]
pub fn mount_widget(root: web_sys::Element, host: web_sys::HtmlElement, options: JsValue) -> Widget {
    if let Ok(locate) = Reflect::get(&options, &JsValue::from_str("texts")).and_then(|f| f.dyn_into()) {
        super::texts::set_locate(locate);
    }
    let remote = Remote::default();
    let handle = yew::Renderer::<App>::with_root_and_props(root, props(host.clone(), &options, remote.clone())).render();
    Widget { handle: Some(handle), host, remote }
}

fn props(host: web_sys::HtmlElement, options: &JsValue, remote: Remote) -> AppProps {
    let options = options.clone();
    let theme = match get(&options, "theme").as_deref() {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::Auto,
    };
    let api = get(&options, "api");
    let embed = Embed {
        lock_api: api.is_some(),
        lock_mode: flag(&options, "lockMode") && get(&options, "mode").is_some(),
        hide_submit: flag(&options, "hideSubmit"),
        theme,
        compact: flag(&options, "compact"),
        values: get(&options, "values"),
        host: Some(host),
        // "" is a key too: the widget keeps no draft (request-builder.js).
        draft_key: Reflect::get(&options, &JsValue::from_str("draftKey")).ok().and_then(|v| v.as_string()).unwrap_or_else(|| "request-builder:draft".into()),
        standalone: false,
        snippets: get(&options, "snippets").unwrap_or_default().into(),
        remote,
    };
    AppProps { api: api.map(Into::into), mode: get(&options, "mode").map(Into::into), embed }
}

/// Dispatches a CustomEvent that bubbles out of the shadow root.
pub fn emit(host: &Option<web_sys::HtmlElement>, name: &str, detail: &Object) {
    let Some(host) = host else { return };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// An object for an event's detail: `obj(&[("valid", true.into()), ...])`.
pub fn obj(entries: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in entries {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// The saved draft's text (`crate::draft::read` restores it). An empty key keeps no draft (a
/// widget that starts from its author's `values`).
pub fn load_draft(key: &str) -> Option<String> {
    if key.is_empty() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok()?
}

/// Saves the draft (it holds no secrets: `crate::draft` leaves them out).
pub fn save_draft(key: &str, text: &str) {
    if !key.is_empty() {
        let _ = LocalStorage::raw().set_item(key, text);
    }
}

const SHARE: &str = "#rb=";

/// The draft text a share link carries, if the page was opened with one.
pub fn shared() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let encoded = hash.strip_prefix(SHARE)?;
    Some(String::from(js_sys::decode_uri_component(encoded).ok()?))
}

/// This page's address with the draft (no secrets) in its fragment.
pub fn share_link(text: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let href = location.href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}{SHARE}{}", String::from(js_sys::encode_uri_component(text))))
}
