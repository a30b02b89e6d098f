//! The browser widget: Yew components that show the core's state. Nothing here decides what
//! is valid or what the body is; `crate::rules`, `crate::body`, `crate::form` and
//! `crate::session` do.
//!
//! A computed class is set as the `className` property (`~className={..}`): Yew builds a
//! `Classes` set (an IndexSet, hashed per element and render) for a computed `class={..}`,
//! and one such use links it into the main module (tests/layers.rs holds the views to this).
//! An element whose class is a property in one branch has it as a property in every branch
//! that puts an element in that place: Yew moving from a `class` attribute to the property
//! removed the attribute after setting the property, and the element lost its class.

mod actions;
mod buttons;
mod dom;
pub mod embed;
mod field;
mod texts;
mod hooks;
mod lazy;
mod part;
mod pickers;
mod preview;
mod send;
mod sections;
mod state;
mod submit;
mod summary;
mod tools;

use crate::body::Style;
use crate::session::Edit;
use crate::{form, Path};
use state::{Action, State};
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The API to open with (`rds`); the first one when absent or unknown.
    #[prop_or_default]
    pub api: Option<AttrValue>,
    #[prop_or_default]
    pub mode: Option<AttrValue>,
    #[prop_or_default]
    pub embed: embed::Embed,
}

thread_local! {
    static INSTANCES: Cell<u32> = const { Cell::new(0) };
}

/// A prefix that keeps element ids unique when several widgets share a page.
fn next_prefix() -> String {
    INSTANCES.with(|n| {
        n.set(n.get() + 1);
        format!("rb{}-", n.get())
    })
}

/// What is derived from the state on each change: the report, the body, the layout.
pub struct Derived {
    /// Empty until the rules' chunk is here (`lazy::rules()`): nothing may call the body valid
    /// then.
    pub issues: Rc<Vec<crate::Issue>>,
    /// The preview's body: secrets masked unless revealed (empty until the rules' chunk, which
    /// writes it, is here).
    pub body: AttrValue,
    /// Whether a secret field holds a value (the preview then offers "Reveal secrets").
    pub has_secrets: bool,
    /// How many secret fields hold a value (the copy buttons say what they mask).
    pub secrets: usize,
    pub sections: Rc<Vec<form::SectionView>>,
    /// The layout's shape (`form::shape`), made once with it: the form compares shapes to
    /// know whether a key moved its layout.
    pub shape: Rc<Vec<usize>>,
}

/// The state as of the App's last render: a callback kept in a part's view (`part`) reads it
/// when it runs, rather than the state its view was built with.
pub type Live = Rc<std::cell::RefCell<UseReducerHandle<State>>>;

/// The text of a shared link, else of the saved draft (under `draft_key`).
fn saved_text(draft_key: &str) -> Option<String> {
    embed::shared().or_else(|| embed::load_draft(draft_key))
}

/// The session the widget opens with: the page's preset body, then a shared link or the
/// saved draft.
fn initial(props: &AppProps) -> State {
    let e = &props.embed;
    let mut s = lazy::session(props.api.as_deref(), props.mode.as_deref());
    s.mode_locked = e.lock_mode;
    if !e.lock_api {
        texts::fetch_all();
    }
    if let Some(body) = &e.values {
        s.preset(body, props.mode.is_some());
    }
    // A shared link wins over a draft: the person opened it on purpose. Its reader comes with
    // the importer's chunk when the wasm is split: then the App restores it when that arrives.
    if let Some(read) = lazy::read_now() {
        if let Some((current, saved)) = saved_text(&e.draft_key).and_then(|t| read(&t)) {
            s.restore(current, saved, e.lock_api);
        }
    }
    State::new(s)
}

#[hook]
fn use_derived(state: &UseReducerHandle<State>) -> Rc<Derived> {
    let s = &state.session;
    let (api, mode, values) = (s.api, s.mode().clone(), s.values());
    // `rev` moves with every change of service, mode or values.
    // The rules' chunk moves it too, when it arrives or fails.
    use_memo((s.rev, state.reveal, lazy::rules().err()), move |(_, reveal, _)| {
        let issues = lazy::rules().map(|rules| (rules.validate)(api, &mode, &values)).unwrap_or_default();
        let sections = form::layout(api, &mode, &values);
        let secrets = form::secrets(&sections, &values);
        let has_secrets = secrets > 0;
        // The body's writer comes with the rules (the preview with it).
        let body = lazy::rules().map(|rules| (rules.body)(api, &mode, &values, Style::Pretty, !*reveal)).unwrap_or_default().into();
        let shape = Rc::new(form::shape(&sections));
        Derived { issues: Rc::new(issues), body, has_secrets, secrets, sections: Rc::new(sections), shape }
    })
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let e = &props.embed;
    let state = use_reducer(|| initial(props));
    let root = use_node_ref();
    let prefix = use_memo((), |_| AttrValue::from(next_prefix()));
    let prefix = (*prefix).clone();
    // The token lives here, in memory, and nowhere else: not in the reducer's state (which a
    // draft or a link could serialize), never in a URL.
    let token = use_state(String::new);
    // "Show help texts": every field's full description open at once, for keyboard users
    // (the per-field toggles are no Tab stops).
    let help_all = use_state(|| false);
    let derived = use_derived(&state);
    // Bumped when a service's texts (help, example bodies) arrive from texts/<api>.json, and
    // once the page has painted the first render (`painted`): the form renders again.
    let texts_rev = use_state(|| 0u32);
    let texts_changed = {
        let rev = texts_rev.clone();
        Callback::from(move |_| rev.set(*rev + 1))
    };
    // The rules' and the send panel's code arrive after the form (lazy): re-render when each
    // is here, or failed.
    let loaded = use_state(|| 0u32);
    // Read at the first render, restored when its reader arrives (split builds only: else
    // `initial` did). Until then the widget says it is restoring, over a fresh form that takes
    // no typing (the draft replaces it a moment later).
    let saved = use_mut_ref(|| lazy::read_now().is_none().then(|| saved_text(&e.draft_key)).flatten());
    // The page's `values` wait for the importer too: what a reader typed meanwhile would be
    // replaced by them, so the form waits with them.
    let restoring = use_state(|| match (saved.borrow().is_some(), lazy::read_now().is_none() && e.values.is_some()) {
        (true, _) => Some("Restoring your saved form…"),
        (false, true) => Some("Loading the page's values…"),
        _ => None,
    });
    // The importer's chunk failed to load: the tools' place says so, with "Try again".
    let import_failed = use_state(|| false);
    {
        let (loaded, wanted, d, lock, restoring, fields) = (loaded.clone(), !e.hide_submit, state.dispatcher(), e.lock_api, restoring.clone(), texts_changed.clone());
        let saved = saved.borrow_mut().take();
        let done = imported(d, saved, lock, import_failed.clone());
        // The element's methods reach the state through the remote.
        let (d, remote) = (state.dispatcher(), e.remote.clone());
        let rest = texts_changed.clone();
        use_effect_with((), move |_| {
            // The first render builds the form's first section (`painted`); the rest comes once
            // the page has painted it.
            after_paint(move || {
                PAINTED.with(|p| p.set(true));
                rest.emit(());
            });
            *remote.0.borrow_mut() = Some(Callback::from(move |edit| d.dispatch(Action::Edit(edit))));
            lazy::load_import(Box::new(move |code| {
                restoring.set(None);
                // The fields render again: the UTC picker comes with this chunk.
                fields.emit(());
                done(code)
            }));
            let again = loaded.clone();
            lazy::load_rules(move || again.set(*again + 1));
            if wanted {
                lazy::load_send(move || loaded.set(*loaded + 1));
            }
        });
    }
    // Attributes the page changes after mounting (what a framework's wrapper does) become
    // edits, each only when it moved.
    {
        let d = state.dispatcher();
        let now = (props.api.clone(), props.mode.clone(), e.values.clone(), e.lock_mode);
        let seen = use_mut_ref(|| now.clone());
        use_effect_with(now, move |now| {
            let old = seen.replace(now.clone());
            let (api, mode, values, lock) = now;
            let edit = |e: Edit| d.dispatch(Action::Edit(e));
            if *lock != old.3 {
                edit(Edit::LockMode(*lock));
            }
            if *api != old.0 {
                if let Some(a) = api.as_deref().and_then(crate::api) {
                    edit(Edit::PickApi(a.id));
                }
            }
            if let Some(m) = mode.as_ref().filter(|m| Some(*m) != old.1.as_ref() || *api != old.0) {
                edit(Edit::Mode(m.to_string()));
            }
            if let Some(v) = values.as_ref().filter(|v| Some(*v) != old.2.as_ref()) {
                edit(Edit::Preset(v.clone(), mode.is_some()));
            }
        });
    }
    let s = &state.session;
    let api = s.api;
    // The rules (and the summary) come in a chunk after the form: `checking` is where its load
    // stands until it is here. Until the rules ran, the page hears nothing (no `rb-change` may
    // call the body valid).
    let rules = lazy::rules();
    // The URL and the send plan come with the rules, as the preview and Send do.
    let plan = rules.map(|rules| (rules.plan)(api, &|name| state.target(name), !token.is_empty())).unwrap_or_default();
    let live = use_mut_ref(|| state.clone());
    *live.borrow_mut() = state.clone();
    // Where the tools row, the summary and the send panel keep their views (`part`).
    let slots = use_memo((), |_| <[part::Slot; 4]>::default());
    hooks::use_draft_autosave(&state, &e.draft_key);
    let checking = rules.err();
    let checked = checking.is_none().then(|| derived.issues.clone());
    hooks::use_host_events(&state, e.host.clone(), checked, (!state.reveal).then(|| derived.body.clone()));
    let (on_send, on_cancel) = actions::use_sender(&state, &live, &token, &plan, derived.issues.len(), &root, format!("{prefix}result"));
    let copying = actions::use_copying(&live, &token, &plan.url);
    // One stable callback for every action: fields compare equal between renders and skip
    // re-rendering, and the bundle carries one callback hook rather than one per action.
    let dispatch = use_callback(state.dispatcher(), |a: Action, d| d.dispatch(a));
    let on_focus = {
        let (d, prefix, root) = (state.dispatcher(), prefix.clone(), root.clone());
        Callback::from(move |path: Path| {
            dom::focus(&root, &path.dom_id(&prefix));
            d.dispatch(Action::Edit(Edit::Touch(path)));
        })
    };
    let send_html = if e.hide_submit { Html::default() } else {
        // Sending waits for the rules too: its confirmation counts the issues. (Their failure
        // and "Try again" are said once, in the summary's place.)
        match (lazy::send_code(), checking) {
            (Ok(_), Some(_)) => html! { <p ~className={"rb-hint rb-send"}>{ "Sending waits for the checks." }</p> },
            (Ok(code), None) => (code.view)(&send::SendProps {
                state: &state, prefix: prefix.clone(), token: token.clone(), plan: &plan, issues: derived.issues.len(), dispatch: dispatch.clone(),
                on_send, on_cancel, on_snippet: copying.on_snippet, snippets: e.snippets.clone(), secrets: derived.secrets, slot: slots[2].clone(),
            }),
            (Err(load), _) => chunk_state("send panel", ".", load, again(&loaded, |done| lazy::load_send(done)), "rb-send"),
        }
    };
    let fresh = s.touched.is_empty() && !s.attempted;
    let json_stale = state.editing && s.json_error.is_some();
    let title = rules.map(|r| (r.title)(&derived.issues, &s.values(), fresh)).unwrap_or_default();
    let preview_id = format!("{prefix}preview");
    let jump = {
        let (root, id) = (root.clone(), preview_id.clone());
        Jump {
            href: format!("#{id}").into(),
            go: Callback::from(move |ev: MouseEvent| {
                ev.prevent_default();
                dom::focus(&root, &id);
            }),
        }
    };
    let theme = match e.theme {
        embed::Theme::Light => Some("rb-light"),
        embed::Theme::Dark => Some("rb-dark"),
        embed::Theme::Auto => None,
    };
    html! {
        <div ref={root} part="app" ~className={format!("rb-app {} {}", theme.unwrap_or(""), if e.compact { "rb-compact-layout" } else { "" })}>
            // The service is named once it is the restored one.
            { head(restoring.is_none().then_some(api), e.standalone, &jump) }
            if let Some(line) = *restoring {
                <p class="rb-status" role="status">{ line }</p>
            }
            // While a draft or the page's values are on their way, the fresh form shows dimmed and
            // inert beneath that line: nothing typed there could be lost when they replace it.
            <div ~className={if restoring.is_some() { "rb-parts rb-waiting" } else { "rb-parts" }} inert={restoring.map(|_| "")}>
                <pickers::Pickers api={api} mode={s.mode().clone()} prefix={prefix.clone()} lock_api={e.lock_api} lock_mode={e.lock_mode} dispatch={dispatch.clone()} />
                { match lazy::tools() {
                    None if *import_failed => {
                        let (d, lock, failed, draft_key) = (state.dispatcher(), e.lock_api, import_failed.clone(), e.draft_key.clone());
                        let again = Callback::from(move |_: MouseEvent| {
                            failed.set(false);
                            lazy::load_import(Box::new(imported(d.clone(), saved_text(&draft_key), lock, failed.clone())));
                        });
                        chunk_state("tools", ": pasting, examples, Copy link and saving the draft wait for them.", lazy::Load::Failed, again, "rb-tools")
                    }
                    None => Html::from_html_unchecked(TOOLS_WAIT.into()),
                    Some(view) => view(&tools::ToolsProps { session: s, texts_changed: texts_changed.clone(), prefix: prefix.clone(), dispatch: dispatch.clone(), on_link: copying.on_link.clone(), lock_api: e.lock_api, help_all: help_all.clone(), slot: slots[0].clone() }),
                } }
                <div class="rb-main">
                    // No spell checking in the fields (names, ids, passwords): set once here and
                    // inherited, not on each control it builds.
                    <div class="rb-form" part="form" role="form" spellcheck="false" aria-label={format!("{} request body", api.title)}>
                        <sections::Sections sections={derived.sections.clone()} shape={derived.shape.clone()} values={s.values()} view_rev={state.view_rev} issues={derived.issues.clone()}
                            touched={s.touched.clone()} attempted={s.attempted} prefix={prefix.clone()} dispatch={dispatch.clone()}
                            texts_rev={*texts_rev} texts_changed={texts_changed} compact={e.compact} help_all={*help_all} />
                    </div>
                    // Not landmarks: a docs page with several widgets would have several banners and
                    // unnamed complementary regions (axe); the form and the preview are named.
                    <div class="rb-side">
                        // The summary comes with the rules.
                        { match rules {
                            Ok(rules) => (rules.summary)(&summary::SummaryProps { issues: derived.issues.clone(), sections: derived.sections.clone(), prefix: prefix.clone(), on_focus, fresh, title: title.clone(), json_stale, slot: slots[1].clone() }),
                            Err(load) => chunk_state("checks", ".", load, again(&loaded, |done| lazy::load_rules(done)), "rb-summary rb-todo"),
                        } }
                        // The preview comes with the rules too; until then its place says so
                        // (the summary's place offers "Try again" if they failed).
                        { match rules {
                            Ok(rules) => (rules.preview)(&preview::PreviewProps {
                                id: preview_id, method: api.method, url: plan.url.clone().into(), body: derived.body.clone(), reveal: state.reveal,
                                has_secrets: derived.has_secrets, token_given: !token.is_empty(), on_copy: copying.on_copy, on_download: copying.on_download,
                                on_reveal: dispatch.reform(|_| Action::ToggleReveal), dispatch: dispatch.clone(), json_error: s.json_error.clone(),
                                masked: if state.reveal { 0 } else { derived.secrets }, editing: state.editing, live: live.clone(), slot: slots[3].clone(),
                            }),
                            // Markup (as the tools row's is), not built element by element: the
                            // main module carries less code for a view shown once.
                            Err(load) => Html::from_html_unchecked(format!(
                                r#"<section class="rb-preview" part="preview" id="{preview_id}" tabindex="-1"><div class="rb-preview-head"><h2>Request</h2></div><p class="rb-hint">{}</p></section>"#,
                                if load == lazy::Load::Waiting { "Loading the request preview…" } else { "The request preview comes with the checks." }
                            ).into()),
                        } }
                        <p class="rb-status" role="status" aria-live="polite">{ s.status.clone() }</p>
                        // Empty with hide-submit.
                        { send_html }
                    </div>
                </div>
                // On a narrow widget the side column is below the form: the count and a way to the
                // request stay at hand while the form scrolls.
                <div class="rb-dock">
                    // The summary's own words ("10 fields to fill" on a fresh form).
                    <span>{ if json_stale { "JSON view not taken".to_string() } else if checking.is_some() { "Checking…".to_string() } else if derived.issues.is_empty() { "Valid".to_string() } else { title } }</span>
                    <a href={jump.href.clone()} onclick={jump.go.clone()}>{ "To the request ↓" }</a>
                </div>
            </div>
        </div>
    }
}

thread_local! {
    /// Set once the page has painted a widget's first render.
    static PAINTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the page has painted a widget's first render. Until then a form builds its first
/// section only: the first input is on screen sooner (the rest of the form is the bulk of the
/// first render, and of the first layout), and the rest follows a frame later
/// (docs/decisions.md #119). A widget mounted afterwards builds its whole form at once.
pub fn painted() -> bool {
    PAINTED.with(|p| p.get())
}

/// Runs `f` once the next frame is painted: its animation-frame callback, then a task (as the
/// chunks' loader waits, tools/wasm.mjs).
fn after_paint(f: impl FnOnce() + 'static) {
    let mut f = Some(f);
    let later = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            gloo_timers::callback::Timeout::new(0, f).forget();
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(later.as_ref()));
    }
    later.forget();
}

/// What the importer's chunk brings, once it is here: the importer, then the draft or shared
/// link it reads (`saved`); `failed` is set when the network failed.
fn imported(d: UseReducerDispatcher<State>, saved: Option<String>, lock: bool, failed: UseStateHandle<bool>) -> impl FnOnce(Option<(crate::session::Importer, lazy::Read)>) {
    move |code| {
        let Some((code, read)) = code else { return failed.set(true) };
        d.dispatch(Action::Edit(Edit::Importer(code)));
        if let Some((current, saved)) = saved.and_then(|t| read(&t)) {
            d.dispatch(Action::Edit(Edit::Restore(current, saved, lock)));
        }
    }
}

/// The tools row until the importer's chunk brings it: the same row, inert and dimmed, so the
/// form does not move when the real one arrives (an e2e test compares the two).
const TOOLS_WAIT: &str = r#"<div class="rb-tools" inert><div class="rb-toolbar"><select class="rb-control rb-examples"><option>Loading the document's examples…</option></select><button type="button" class="rb-btn">Fill with example values</button><button type="button" class="rb-btn">Reset</button><button type="button" class="rb-btn">Copy link</button><button type="button" class="rb-btn">Show help texts</button></div><details class="rb-paste"><summary>Paste a JSON body</summary></details></div>"#;

/// A chunk's place while it loads ("Loading the checks…"), or after it failed (`failed`
/// says what waits for it), with "Try again" (`again`).
fn chunk_state(what: &str, failed: &str, load: lazy::Load, again: Callback<MouseEvent>, class: &str) -> Html {
    match load {
        // Markup, not built element by element: less code in the main module.
        lazy::Load::Waiting => Html::from_html_unchecked(format!(r#"<p class="rb-hint {class}">Loading the {what}…</p>"#).into()),
        lazy::Load::Failed => html! { <p ~className={format!("rb-msg {class}")} role="alert">{ format!("The {what} could not be loaded (the network failed){failed} ") }
            <button type="button" class="rb-btn" onclick={again}>{ "Try again" }</button></p> },
    }
}

/// "Try again" for a chunk: asks for it again, and renders again through `loaded`.
fn again(loaded: &UseStateHandle<u32>, load: fn(Box<dyn FnOnce()>)) -> Callback<MouseEvent> {
    let l = loaded.clone();
    Callback::from(move |_| {
        let l = l.clone();
        load(Box::new(move || l.set(*l + 1)))
    })
}

fn head(api: Option<&crate::Api>, standalone: bool, jump: &Jump) -> Html {
    html! {
        <div class="rb-head">
            if standalone {
                <h1>{ "Create-instance request builder" }</h1>
            } else {
                <p class="rb-title">{ "Create-instance request builder" }</p>
            }
            if let Some(api) = api {
                <p class="rb-sub">
                    { format!("{} · {} · {} {}", api.title, api.cloud, api.method, api.path) }
                    <a class="rb-jump" href={jump.href.clone()} onclick={jump.go.clone()}>{ "Jump to the request" }</a>
                </p>
            }
        </div>
    }
}

/// The links to the request: a page cannot follow a fragment into a shadow root (and MkDocs
/// Material's instant navigation would load the page again), so a click scrolls to the
/// preview and focuses it; the href stays for "open in new tab" on the standalone page.
struct Jump {
    href: AttrValue,
    go: Callback<MouseEvent>,
}


/// The standalone page: mounts the widget into `<main id="app">` if the page has one.
/// (A page that embeds `<request-builder>` elements has none; the elements mount themselves.)
pub fn start() {
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(el) = doc.as_ref().and_then(|d| d.get_element_by_id("app")) {
        el.set_inner_html("");
        let host = doc.and_then(|d| d.body());
        let props = AppProps { embed: embed::Embed { host, draft_key: "request-builder:draft".into(), standalone: true, ..Default::default() }, ..Default::default() };
        yew::Renderer::<App>::with_root_and_props(el, props).render();
    }
}

/// Mounts the widget inside an element.
pub fn mount(host: web_sys::Element) {
    yew::Renderer::<App>::with_root(host).render();
}
