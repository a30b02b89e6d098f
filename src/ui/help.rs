//! Help texts, fetched on demand. The wasm build carries no help text (it is the bulk of the
//! catalog's strings); the first Help opened for an API fetches help/<api>.json, which a
//! test writes from the catalog: the fields' texts in the catalog's walk order.

use crate::catalog::{Api, Field, Wire, APIS};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

thread_local! {
    /// Where the widget's files are served from ("" for the page's own folder).
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    /// Per API: the texts once loaded, or the callbacks waiting for them.
    static STATE: RefCell<Vec<(&'static str, Load)>> = const { RefCell::new(Vec::new()) };
}

enum Load {
    Waiting(Vec<Callback<()>>),
    Done(Rc<Vec<String>>),
    Failed,
}

/// Set once by the loader script: the folder request-builder.js was served from.
pub fn set_base(base: String) {
    BASE.with(|b| *b.borrow_mut() = base);
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

/// What the help shows now: the text, "Loading…" (and `changed` hears when it has loaded),
/// or why it could not be loaded.
pub fn text(field: &'static Field, changed: &Callback<()>) -> String {
    // Native builds (and tests) carry the text itself.
    if !field.help.is_empty() {
        return field.help.to_string();
    }
    let Some((api, i)) = place(field) else { return String::new() };
    let now = STATE.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter_mut().find(|(id, _)| *id == api.id) {
            Some((_, Load::Done(texts))) => Some(texts.get(i).cloned().unwrap_or_default()),
            Some((_, Load::Failed)) => Some("The help text could not be loaded; the field's label and messages still apply.".to_string()),
            Some((_, Load::Waiting(w))) => {
                w.push(changed.clone());
                None
            }
            None => {
                s.push((api.id, Load::Waiting(vec![changed.clone()])));
                fetch(api.id);
                None
            }
        }
    });
    now.unwrap_or_else(|| "Loading help…".to_string())
}

fn fetch(id: &'static str) {
    let url = format!("{}help/{id}.json", BASE.with(|b| b.borrow().clone()));
    wasm_bindgen_futures::spawn_local(async move {
        let texts = match gloo_net::http::Request::get(&url).send().await {
            // Read as a JSON value: the same parser as pasted bodies, no second one.
            Ok(r) if r.ok() => r.text().await.ok().and_then(|t| match serde_json::from_str::<serde_json::Value>(&t) {
                Ok(serde_json::Value::Array(items)) => Some(items.into_iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect()),
                _ => None,
            }),
            _ => None,
        };
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
    });
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub field: &'static Field,
    pub id: AttrValue,
}

/// A Help toggle and, while open, the text: for groups (rows of a table), which have no
/// single input to describe.
#[function_component(GroupHelp)]
pub fn group_help(p: &HelpProps) -> Html {
    let open = use_state(|| false);
    let force = use_force_update();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let changed = Callback::from(move |_| force.force_update());
    html! {
        <div class="rb-help">
            <button type="button" class="rb-link rb-help-toggle" aria-expanded={open.to_string()} aria-controls={p.id.clone()}
                aria-label={format!("Help for {}", p.field.label)} onclick={toggle}>{ if *open { "▾ Help" } else { "▸ Help" } }</button>
            if *open {
                <p id={p.id.clone()}>{ text(p.field, &changed) }</p>
            }
        </div>
    }
}
