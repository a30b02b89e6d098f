//! Help texts and example bodies, fetched on demand. The wasm build carries neither (they are
//! the bulk of the catalog's strings); when a service is first shown, texts/<api>.json is
//! fetched. A test writes those files from the catalog: the fields' help in the catalog's
//! walk order, and the document's example bodies.

use crate::catalog::{Api, DocText, Field, Wire, APIS};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

thread_local! {
    /// The loader's `texts(id)`: the URL of texts/<id>.json beside request-builder.js, written
    /// as a literal `new URL(…, import.meta.url)` so that bundlers copy the files. None on the
    /// standalone page, which fetches from its own folder.
    static LOCATE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// Per API: the texts once loaded, or the callbacks waiting for them.
    static STATE: RefCell<Vec<(&'static str, Load)>> = const { RefCell::new(Vec::new()) };
    /// A widget on the page offers the service picker: once the first texts are here, the
    /// other services' are fetched too (`fetch_all`).
    static ALL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Once the texts first asked for are here, fetch every service's: a first switch to another
/// service then builds its form once, with its hints, instead of again when they arrive
/// (docs/decisions.md #118). For widgets that offer the service picker; one whose API is fixed
/// fetches its own only.
pub fn fetch_all() {
    ALL.with(|a| a.set(true));
}

enum Load {
    Waiting(Vec<Callback<()>>),
    Done(Rc<Texts>),
    Failed,
}

/// One API's texts.
pub struct Texts {
    pub help: Vec<String>,
    pub examples: Vec<String>,
    /// Each rule's phrase for the hints (`crate::hint::each_rule`'s order).
    pub rules: Vec<String>,
}

/// Set by the loader script: its function from an API's id to its texts' URL.
pub fn set_locate(locate: js_sys::Function) {
    LOCATE.with(|l| *l.borrow_mut() = Some(locate));
}

/// The API a field belongs to and its place in the catalog's walk order.
fn place(field: &Field) -> Option<(&'static Api, usize)> {
    fn go(fields: &'static [Field], target: &Field, n: &mut usize) -> bool {
        for f in fields {
            if std::ptr::eq(f, target) {
                return true;
            }
            *n += 1;
            if matches!(f.wire, Wire::Object | Wire::Objects) && go(f.children, target, n) {
                return true;
            }
        }
        false
    }
    APIS.iter().find_map(|api| {
        let mut n = 0;
        go(api.fields, field, &mut n).then_some((*api, n))
    })
}

/// The API's texts if loaded; otherwise starts loading them (once) and `changed` hears when
/// they arrive. `Err` says they could not be loaded.
pub fn texts(api: &'static Api, changed: &Callback<()>) -> Result<Option<Rc<Texts>>, ()> {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter_mut().find(|(id, _)| *id == api.id) {
            Some((_, Load::Done(t))) => Ok(Some(t.clone())),
            Some((_, Load::Failed)) => Err(()),
            Some((_, Load::Waiting(w))) => {
                w.push(changed.clone());
                Ok(None)
            }
            None => {
                s.push((api.id, Load::Waiting(vec![changed.clone()])));
                fetch(api.id);
                Ok(None)
            }
        }
    })
}

/// What a field's help shows now: the text, "Loading…", or why it could not be loaded.
pub fn text(field: &'static Field, changed: &Callback<()>) -> String {
    // Native builds (and tests) carry the text itself.
    if !field.help.is_empty() {
        return field.help.text().to_string();
    }
    let Some((api, i)) = place(field) else { return String::new() };
    match texts(api, changed) {
        Ok(Some(t)) => t.help.get(i).cloned().unwrap_or_default(),
        Ok(None) => "Loading help…".to_string(),
        Err(()) => "The help text could not be loaded; the field's label and messages still apply.".to_string(),
    }
}

/// The hint under a typed field: its rules in force, in a few words, and its default (`None`
/// while the texts are on their way and the field may have one: its line is held, so the form
/// does not move when they arrive; `changed` re-renders then).
pub fn hint(node: &crate::resolve::Node, changed: &Callback<()>) -> Option<String> {
    use crate::resolve::Source;
    let Some((api, _)) = place(node.field).filter(|_| node.source == Source::Typed && node.options.is_empty()) else { return Some(String::new()) };
    let t = match texts(api, changed) {
        Ok(Some(t)) => t,
        Ok(None) if !node.rules.is_empty() || node.field.more.default.is_some() => return None,
        _ => return Some(String::new()),
    };
    let phrase = |r: &&crate::catalog::Rule| crate::hint::rule_index(api, r).and_then(|i| t.rules.get(i)).map_or("", String::as_str);
    Some(crate::hint::join(node.rules.iter().map(phrase), node.field.more.default))
}

/// A service's texts file, fetched and read (None: the network or the file failed).
pub fn load(url: String) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Texts>>>> {
    Box::pin(async move {
        let r = gloo_net::http::Request::get(&url).send().await.ok().filter(|r| r.ok())?;
        parse(&r.text().await.ok()?)
    })
}

/// A texts file read: a JSON value, by the same parser as pasted bodies, no second one.
pub fn parse(text: &str) -> Option<Texts> {
    let v = serde_json::from_str::<serde_json::Value>(text).ok()?;
    let list = |key: &str| match v.get(key) {
        Some(serde_json::Value::Array(items)) => items.iter().map(|i| i.as_str().unwrap_or_default().to_string()).collect(),
        _ => Vec::new(),
    };
    Some(Texts { help: list("help"), examples: list("examples"), rules: list("rules") })
}

fn fetch(id: &'static str) {
    let url = LOCATE
        .with(|l| l.borrow().as_ref().and_then(|f| f.call1(&JsValue::NULL, &id.into()).ok()?.as_string()))
        .unwrap_or_else(|| format!("texts/{id}.json"));
    wasm_bindgen_futures::spawn_local(async move {
        // Fetched and read by the importer's chunk, which holds the JSON parser: the form
        // needs neither, and the file is requested once the form is painted.
        let texts = super::lazy::load_texts(url).await;
        let waiting = STATE.with(|s| {
            let mut s = s.borrow_mut();
            let entry = s.iter_mut().find(|(api, _)| *api == id).map(|(_, l)| l);
            let done = match texts {
                Some(t) => Load::Done(Rc::new(t)),
                None => Load::Failed,
            };
            match entry.map(|l| std::mem::replace(l, done)) {
                Some(Load::Waiting(w)) => w,
                _ => Vec::new(),
            }
        });
        for cb in waiting {
            cb.emit(());
        }
        if ALL.with(|a| a.replace(false)) {
            for api in APIS {
                let _ = self::texts(api, &Callback::noop());
            }
        }
    });
}

/// A group's help (rows of a table have no single input to describe): the native
/// disclosure element, so it needs no state of its own. `changed` re-renders when the texts
/// arrive.
pub fn group_help(field: &'static Field, changed: &Callback<()>) -> Html {
    html! {
        <details class="rb-help rb-group-help">
            <summary>{ "Help" }</summary>
            <p>{ text(field, changed) }</p>
        </details>
    }
}
