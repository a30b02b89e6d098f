//! The browser widget: Yew components that show the core's state. Nothing here decides what
//! is valid or what the body is; `crate::rules`, `crate::body` and `crate::form` do.

mod dom;
pub mod embed;
mod field;
mod pickers;
mod preview;
mod send;
mod sections;
mod state;
mod submit;
mod summary;
mod tools;

use crate::body::{self, Style};
use crate::{export, form, request, rules};
use send::{send_panel, SendProps};
use pickers::{pickers, PickersProps};
use preview::{preview, PreviewProps};
use sections::Sections;
use state::{Action, State};
use std::cell::Cell;
use std::rc::Rc;
use summary::{summary, SummaryProps};
use tools::{tools, ToolsProps};
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

/// An element id for a field path: `flavor[0].num` -> `rb1-flavor_0__num`.
pub fn dom_id(prefix: &str, path: &str) -> String {
    let mut id = String::with_capacity(prefix.len() + path.len() + 4);
    id.push_str(prefix);
    for c in path.chars() {
        match c {
            '.' => id.push_str("__"),
            '[' => id.push('_'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}

/// What is derived from the state on each change: the report, the body, the layout.
struct Derived {
    issues: Rc<Vec<crate::Issue>>,
    /// The preview's body: secrets masked unless revealed.
    body: String,
    /// Whether a secret field holds a value (the preview then offers "Reveal secrets").
    has_secrets: bool,
    sections: Rc<Vec<form::SectionView>>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let e = &props.embed;
    let state = use_reducer(|| {
        let mut s = State::new(props.api.as_deref(), props.mode.as_deref());
        if let Some(body) = &e.values {
            s.preset(body, props.mode.is_some());
        }
        // A shared link wins over a draft: the person opened it on purpose.
        if let Some((current, saved)) = embed::shared().or_else(|| embed::load_draft(&e.draft_key)).as_deref().and_then(crate::draft::read) {
            s.restore(current, saved, e.lock_api);
        }
        s
    });
    let root = use_node_ref();
    let prefix = use_memo((), |_| next_prefix());
    let prefix = AttrValue::from((*prefix).clone());
    let paste = use_node_ref();
    // The token lives here, in memory, and nowhere else: not in the reducer's state (which a
    // draft or a link could serialize), never in a URL.
    let token = use_state(String::new);
    // Set synchronously on the first click, so rapid clicks cannot start a second request
    // before the button re-renders as disabled.
    let busy = use_mut_ref(|| false);
    let controller = use_mut_ref(|| None::<web_sys::AbortController>);
    let api = state.api;
    let mode = state.mode().clone();
    let values = state.values();

    let derived = {
        let (mode, values) = (mode.clone(), values.clone());
        use_memo((api.id, mode.id(), state.rev, state.reveal), move |(_, _, _, reveal)| {
            let issues = rules::validate(api, &mode, &values);
            let sections = form::layout(api, &mode, &values);
            let has_secrets = sections.iter().flat_map(|s| &s.items).any(|i| matches!(i, form::Item::Input(x) if x.field.secret && !values.get(&x.addr).is_empty()));
            Derived { issues: Rc::new(issues), body: body::render(api, &mode, &values, Style::Pretty, !*reveal), has_secrets, sections: Rc::new(sections) }
        })
    };

    let d = state.dispatcher();
    // One stable callback for every action: fields compare equal between renders and skip
    // re-rendering, and the bundle carries one callback hook rather than one per action.
    let dispatch = use_callback(d.clone(), |a: Action, d| d.dispatch(a));
    let on_focus = {
        let (d, prefix, root) = (d.clone(), prefix.clone(), root.clone());
        Callback::from(move |path: String| {
            d.dispatch(Action::Touch(path.clone()));
            dom::focus(&root, &dom_id(&prefix, &path));
        })
    };

    // What the page sees: the draft saved as the user types (no secrets), and a change
    // event with the body (secrets masked) and its validity.
    let saver = use_memo((), |_| Rc::new(DraftSaver::default()));
    *saver.latest.borrow_mut() = Some(state.clone());
    {
        // A reload right after typing still keeps the draft: a pending save runs on pagehide.
        let (saver, key) = ((*saver).clone(), e.draft_key.clone());
        use_effect_with((), move |_| dom::on_pagehide(move || saver.flush(&key)));
    }
    {
        let (host, key, saver) = (e.host.clone(), e.draft_key.clone(), (*saver).clone());
        let masked = if state.reveal { body::render(api, &mode, &values, Style::Pretty, true) } else { derived.body.clone() };
        let (valid, count, mode_id) = (derived.issues.is_empty(), derived.issues.len(), mode.id());
        use_effect_with((state.rev, api.id, mode_id.clone()), move |_| {
            DraftSaver::changed(&saver, key);
            embed::emit(&host, "rb-change", &embed::obj(&[
                ("api", api.id.into()), ("mode", mode_id.into()), ("body", masked.into()), ("valid", valid.into()), ("issues", (count as u32).into()),
            ]));
        });
    }
    {
        let host = e.host.clone();
        use_effect_with(state.sent.clone(), move |sent| {
            if let Some(sent) = sent {
                let detail = match sent {
                    Ok(o) => embed::obj(&[
                        ("ok", o.ok.into()), ("status", o.status.into()), ("body", o.body.clone().into()),
                        ("ids", js_sys::Array::from_iter(o.ids.iter().map(|(k, v)| js_sys::Array::of2(&k.into(), &v.into()))).into()),
                        ("error", o.error.as_ref().map(|(c, m)| wasm_bindgen::JsValue::from(format!("{c}: {m}"))).unwrap_or(wasm_bindgen::JsValue::NULL)),
                    ]),
                    Err(f) => embed::obj(&[("ok", false.into()), ("failure", f.kind().into())]),
                };
                embed::emit(&host, "rb-send-result", &detail);
            }
        });
    }
    let on_reset = {
        let (d, key, saver) = (d.clone(), e.draft_key.clone(), (*saver).clone());
        Callback::from(move |_| {
            saver.skip_next.set(true);
            embed::clear_draft(&key);
            d.dispatch(Action::Reset);
        })
    };
    let on_link = {
        let (d, state) = (d.clone(), state.clone());
        Callback::from(move |_| {
            let Some(link) = embed::share_link(&state.draft(false)) else { return };
            let d = d.clone();
            dom::copy(link, Callback::from(move |ok: bool| {
                d.dispatch(Action::Status(if ok { "Copied a link to this form: service, mode and values, without passwords or the token.".into() } else { "The browser refused the clipboard.".into() }))
            }));
        })
    };

    let param = |name: &str| state.target(name).to_string();
    let url = request::url(api, state.target("endpoint"), &param);
    let proxy = state.target("proxy").trim().to_string();
    let send_url = if proxy.is_empty() { url.clone() } else { request::via_proxy(&proxy, &request::path(api, &param)) };
    let blocked = if !request::is_complete(&send_url) {
        Some(format!("Fill in the endpoint and {} to send.", api.path_params.iter().filter(|p| p.default.is_none()).map(|p| p.label).collect::<Vec<_>>().join(", ")))
    } else if token.is_empty() {
        Some("Enter your X-Auth-Token to send.".to_string())
    } else {
        None
    };
    let timeout: u32 = state.target("timeout").trim().parse().ok().filter(|t| *t > 0).unwrap_or(30);
    let exact_body = {
        let (mode, values) = (mode.clone(), values.clone());
        move || body::render(api, &mode, &values, Style::Pretty, false)
    };
    let on_send = {
        let (d, busy, controller, token, blocked, send_url, issues, exact_body) =
            (d.clone(), busy.clone(), controller.clone(), token.clone(), blocked.clone(), send_url.clone(), derived.issues.len(), exact_body.clone());
        Callback::from(move |force: bool| {
            if *busy.borrow() {
                return;
            }
            if issues > 0 && !force {
                d.dispatch(Action::Confirm(true));
                return;
            }
            if let Some(why) = &blocked {
                d.dispatch(Action::Status(why.clone()));
                return;
            }
            *busy.borrow_mut() = true;
            d.dispatch(Action::SendStarted);
            let done = {
                let (d, busy) = (d.clone(), busy.clone());
                Callback::from(move |sent| {
                    *busy.borrow_mut() = false;
                    d.dispatch(Action::SendDone(sent));
                })
            };
            let started = submit::send(send_url.clone(), exact_body(), (*token).clone(), timeout, done.clone());
            if started.is_none() {
                done.emit(Err(submit::Failure::Network("the browser could not start the request".into())));
            }
            *controller.borrow_mut() = started;
        })
    };
    let on_cancel = {
        let controller = controller.clone();
        Callback::from(move |_| {
            if let Some(c) = controller.borrow_mut().take() {
                c.abort();
            }
        })
    };
    let export_cb = |curl: bool| {
        let (d, url, token, include, exact_body) = (d.clone(), url.clone(), token.clone(), state.include_token, exact_body.clone());
        Callback::from(move |_| {
            let t = include.then(|| (*token).clone());
            let text = if curl { export::curl(api.method, &url, &exact_body(), t.as_deref()) } else { export::fetch(api.method, &url, &exact_body(), t.as_deref()) };
            let what = format!(
                "Copied {} with the body as it will be sent (secrets included) and the token {}.",
                if curl { "a curl command" } else { "a fetch() snippet" },
                if include { "included" } else if curl { "as $TOKEN" } else { "left for you to fill in" }
            );
            let d = d.clone();
            dom::copy(text, Callback::from(move |ok: bool| d.dispatch(Action::Status(if ok { what.clone() } else { "The browser refused the clipboard.".into() }))));
        })
    };
    let on_copy = {
        let (d, body, masked, issues) = (d.clone(), derived.body.clone(), derived.has_secrets && !state.reveal, derived.issues.len());
        Callback::from(move |_| {
            d.dispatch(Action::Attempted);
            let d = d.clone();
            let what = describe_copy("Copied the body", masked, issues);
            dom::copy(body.clone(), Callback::from(move |ok: bool| {
                d.dispatch(Action::Status(if ok { what.clone() } else { "Copying was refused by the browser; select the body and copy it by hand.".into() }))
            }));
        })
    };
    let on_download = {
        let (d, body, masked, issues) = (d.clone(), derived.body.clone(), derived.has_secrets && !state.reveal, derived.issues.len());
        let name = format!("{}-{}.json", api.id, mode.id().replace('/', "-"));
        Callback::from(move |_| {
            d.dispatch(Action::Attempted);
            dom::download(&name, &body);
            d.dispatch(Action::Status(describe_copy(&format!("Downloaded {name}"), masked, issues)));
        })
    };

    html! {
        <div ref={root} class={classes!("rb-app", match e.theme { embed::Theme::Light => Some("rb-light"), embed::Theme::Dark => Some("rb-dark"), embed::Theme::Auto => None }, e.compact.then_some("rb-compact-layout"))}>
            <header class="rb-head">
                if e.standalone {
                    <h1>{ "Create-instance request builder" }</h1>
                } else {
                    <p class="rb-title">{ "Create-instance request builder" }</p>
                }
                <p class="rb-sub">
                    { format!("{} · {} · {} {}", api.title, api.cloud, api.method, api.path) }
                    <a class="rb-jump" href={format!("#{prefix}preview")}>{ "Jump to the request" }</a>
                </p>
            </header>
            { pickers(&PickersProps { api, mode: mode.clone(), prefix: prefix.clone(), lock_api: e.lock_api, lock_mode: e.lock_mode, dispatch: dispatch.clone() }) }
            { tools(&ToolsProps {
                paste: paste.clone(), api, prefix: prefix.clone(), notes: state.notes.clone(), error: state.import_error.clone(), can_undo: state.undo.is_some(),
                on_example: act(&d, Action::LoadExample), on_fill: act(&d, |_| Action::FillExample), on_import: act(&d, Action::Import),
                on_undo: act(&d, |_| Action::Undo), on_reset, on_dismiss: act(&d, |_| Action::DismissNotes), on_link,
            }) }
            <div class="rb-main">
                <form class="rb-form" novalidate=true aria-label={format!("{} request body", api.title)} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <Sections sections={derived.sections.clone()} values={values.clone()} issues={derived.issues.clone()}
                        touched={state.touched.clone()} attempted={state.attempted} prefix={prefix.clone()}
                        dispatch={dispatch.clone()} />
                </form>
                <aside class="rb-side">
                    { summary(&SummaryProps { issues: derived.issues.clone(), prefix: prefix.clone(), on_focus }) }
                    { preview(&PreviewProps {
                        id: format!("{prefix}preview"),
                        method: api.method, url: AttrValue::from(url.clone()), body: AttrValue::from(derived.body.clone()), reveal: state.reveal,
                        has_secrets: derived.has_secrets, on_copy, on_download, on_reveal: act(&d, |_| Action::ToggleReveal),
                        token_given: !token.is_empty(),
                    }) }
                    <p class="rb-status" role="status" aria-live="polite">{ state.status.clone() }</p>
                    if !e.hide_submit {
                    { send_panel(&SendProps {
                        prefix: prefix.clone(),
                        targets: html! { <>
                            { target_input(&prefix, "endpoint", "Endpoint", "host, e.g. 127.0.0.1:8080", &state, &d) }
                            { for api.path_params.iter().map(|pp| target_input(&prefix, pp.name, pp.label, pp.default.map(|d| format!("default: {d}")).as_deref().unwrap_or("your project ID"), &state, &d)) }
                        </> },
                        token: AttrValue::from((*token).clone()),
                        on_token: { let token = token.clone(); Callback::from(move |t: String| token.set(t)) },
                        timeout: AttrValue::from(state.target("timeout").to_string()),
                        proxy: AttrValue::from(state.target("proxy").to_string()),
                        on_timeout: act(&d, |t| Action::SetTarget("timeout", t)),
                        on_proxy: act(&d, |t| Action::SetTarget("proxy", t)),
                        issues: derived.issues.len(),
                        blocked: blocked.clone(),
                        sending: state.sending,
                        confirm: state.confirm,
                        sent: state.sent.clone(),
                        include_token: state.include_token,
                        on_send,
                        on_confirm: act(&d, Action::Confirm),
                        on_cancel,
                        on_include_token: act(&d, Action::IncludeToken),
                        on_curl: export_cb(true),
                        on_fetch: export_cb(false),
                    }) }
                    }
                </aside>
            </div>
        </div>
    }
}

/// Saves the draft once typing pauses for `PAUSE_MS`. No timer is ever cancelled (a cancelled
/// wasm-bindgen one-shot closure is never freed): one pending timer re-arms itself until the
/// pause has come.
#[derive(Default)]
struct DraftSaver {
    latest: std::cell::RefCell<Option<UseReducerHandle<State>>>,
    /// When the last change happened (ms since the epoch).
    changed_at: Cell<f64>,
    pending: Cell<bool>,
    /// Reset cleared the draft: do not save the reset form back.
    skip_next: Cell<bool>,
}

const PAUSE_MS: f64 = 200.0;

impl DraftSaver {
    fn changed(this: &Rc<Self>, key: String) {
        if this.skip_next.replace(false) {
            return;
        }
        this.changed_at.set(js_sys::Date::now());
        if !this.pending.replace(true) {
            Self::arm(this.clone(), key, PAUSE_MS);
        }
    }

    fn arm(this: Rc<Self>, key: String, wait: f64) {
        dom::set_timeout(wait as i32, move || {
            let quiet = js_sys::Date::now() - this.changed_at.get();
            if quiet < PAUSE_MS {
                Self::arm(this, key, PAUSE_MS - quiet);
            } else {
                this.flush(&key);
            }
        });
    }

    fn flush(&self, key: &str) {
        if self.pending.replace(false) {
            if let Some(s) = self.latest.borrow().as_ref() {
                embed::save_draft(key, &s.draft(true));
            }
        }
    }
}

/// "Copied the body (the password masked as ********; reveal secrets to copy it). It has 2 issues."
fn describe_copy(done: &str, masked: bool, issues: usize) -> String {
    let mut s = done.to_string();
    if masked {
        s.push_str(&format!(" with secrets masked as {}; choose \"Reveal secrets\" to copy them as they will be sent", body::MASK));
    }
    s.push('.');
    if issues > 0 {
        s.push_str(&format!(" It still has {issues} issue{}.", if issues == 1 { "" } else { "s" }));
    }
    s
}

fn target_input(prefix: &str, name: &'static str, label: &str, hint: &str, state: &State, d: &UseReducerDispatcher<State>) -> Html {
    let id = format!("{prefix}target-{name}");
    let on_input = act(&d, move |e: InputEvent| Action::SetTarget(name, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    html! {
        <div class="rb-field rb-compact" key={name}>
            <label for={id.clone()}>{ label.to_string() }</label>
            <input id={id} class="rb-control" type="text" value={state.target(name).to_string()} oninput={on_input}
                placeholder={hint.to_string()} autocomplete="off" spellcheck="false" />
        </div>
    }
}

/// A callback that dispatches the action its argument maps to.
fn act<I: 'static>(d: &UseReducerDispatcher<State>, f: impl Fn(I) -> Action + 'static) -> Callback<I> {
    let d = d.clone();
    Callback::from(move |i: I| d.dispatch(f(i)))
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
