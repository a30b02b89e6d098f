//! The send panel: where the request goes (with the clouds' endpoints by region), the token,
//! sending (with a confirmation for an invalid body), cancel, the response, and curl /
//! fetch() exports.

use super::buttons::{buttons, Btn};
use super::state::{Action, State};
use super::submit::{Failure, Sent};
use crate::export::Snippet;
use crate::request::Plan;
use yew::prelude::*;

pub struct SendProps<'a> {
    pub state: &'a State,
    pub prefix: AttrValue,
    /// The token, in memory only.
    pub token: UseStateHandle<String>,
    pub plan: &'a Plan,
    pub issues: usize,
    pub dispatch: Callback<Action>,
    pub on_send: Callback<bool>,
    pub on_cancel: Callback<()>,
    pub on_snippet: Callback<crate::export::Snippet>,
    /// The author's `snippets` attribute: which snippets, in what order ("" for all).
    pub snippets: AttrValue,
    /// How many secret fields hold a value (`Derived::secrets`): the snippets carry them as sent.
    pub secrets: usize,
    /// Where the panel keeps its view while nothing it shows moves (`part`).
    pub slot: super::part::Slot,
}

/// One input of the send panel (endpoint, a path parameter, timeout), label above input, and
/// what is wrong with it as typed (`Plan::problems`) under it.
fn target(p: &SendProps, name: &'static str, label: &str, hint: &str, numeric: bool) -> Html {
    // The endpoint and path parameters are `target-...`; the timeout is plainly `timeout`.
    let id = if numeric { format!("{}{name}", p.prefix) } else { format!("{}target-{name}", p.prefix) };
    let on_input = p.dispatch.reform(move |e: InputEvent| Action::SetTarget(name, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let (why, msg) = problem(p, name, &id);
    html! {
        <>
            <label for={id.clone()}>{ label.to_string() }</label>
            <input id={id} class="rb-control" type="text" value={p.state.target(name)} oninput={on_input} inputmode={if numeric { "numeric" } else { "text" }}
                placeholder={hint.to_string()} autocomplete="off" spellcheck="false" aria-invalid={if why.is_some() { "true" } else { "false" }} aria-describedby={why.as_ref().map(|_| msg.clone())} />
            if let Some(why) = why {
                <p id={msg} class="rb-msg">{ why }</p>
            }
        </>
    }
}

/// What is wrong with a panel input as typed, if anything, and the id of the line that says it.
fn problem(p: &SendProps, name: &str, id: &str) -> (Option<String>, String) {
    (p.plan.problems.iter().find(|(n, _)| *n == name).map(|(_, why)| why.clone()), format!("{id}-msg"))
}

/// The cloud's endpoints for this service, by region: choosing one fills the endpoint.
fn regions(p: &SendProps) -> Html {
    let api = p.state.session.api;
    let endpoints = crate::catalog::endpoints(api);
    if endpoints.is_empty() {
        return html! {};
    }
    let id = format!("{}target-region", p.prefix);
    let on_change = p.dispatch.reform(|e: Event| Action::SetTarget("endpoint", e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()));
    let current = p.state.target("endpoint");
    html! {
        <>
            <label for={id.clone()}>{ "Region" }</label>
            <select id={id} class="rb-control" onchange={on_change}>
                <option value="" selected={!endpoints.contains(&current.as_str())}>{ format!("Choose a region of {}…", api.cloud) }</option>
                { for endpoints.iter().map(|host| {
                    let region = host.split('.').nth(1).unwrap_or(host);
                    html! { <option value={*host} selected={current == *host}>{ format!("{region} · {host}") }</option> }
                }) }
            </select>
        </>
    }
}

/// The body's `region` (GeminiDB, Cassandra and RDS send one), as typed.
fn body_region(s: &State) -> String {
    s.session.values().text(crate::Path::root().key("region").segs()).trim().to_string()
}

/// The body's region against the endpoint's, when the endpoint is one of the cloud's (its
/// region is the host's second label): a mismatch is said, as a fact (the documents do not
/// say what the service does with one), and does not block.
fn region_mismatch(s: &State) -> Option<String> {
    let endpoint = s.target("endpoint");
    let host = endpoint.trim().trim_start_matches("https://").trim_start_matches("http://").trim_end_matches('/');
    let endpoints = crate::catalog::endpoints(s.session.api);
    let at = endpoints.iter().find(|e| **e == host)?.split('.').nth(1)?;
    let body = body_region(s);
    (!body.is_empty() && body != at).then(|| format!("The body's region is {body}, and the endpoint is {at}'s."))
}

/// The panel's view, as `lazy` hands it out once its chunk is loaded.
pub type View = fn(&SendProps) -> Html;

/// The panel, built again only when what it shows, or what its callbacks capture, moved: the
/// service, the targets, sending, the result, the confirmation, include-token, the token, the
/// issue count (while it shows; before, whether there are issues) and the snippets. (The plan is
/// made from the service, the targets and whether a token is given, so it moves with them.) A
/// key in a form field moves none of them but the issue count, now and then; Send and the
/// snippets read the body when clicked (`actions::Sender`'s live state, and its count only as
/// "any issues?", which a kept panel's Send still has right).
pub fn send_panel(p: &SendProps) -> Html {
    let s = p.state;
    // The issue count shows only once the request could be sent (or in the confirmation);
    // until then only whether there are any moves the panel (a mode switch moves the count).
    let shown = if p.plan.blocked.is_none() || s.confirm { p.issues } else { usize::from(p.issues > 0) };
    let deps = (s.session.api.id, s.targets().to_vec(), (body_region(s), p.secrets), (s.sending, s.sent.as_ref().map(std::rc::Rc::as_ptr), s.confirm, s.include_token), (*p.token).clone(), shown, p.snippets.clone());
    super::part::cached(&p.slot, deps, || panel(p))
}

fn panel(p: &SendProps) -> Html {
    let id = |s: &str| format!("{}{s}", p.prefix);
    let s = p.state;
    let api = s.session.api;
    let valid = p.issues == 0;
    let can_send = p.plan.blocked.is_none() && !s.sending;
    let plural = if p.issues == 1 { "" } else { "s" };
    let on_token = {
        let token = p.token.clone();
        Callback::from(move |e: InputEvent| token.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let endpoint = s.target("endpoint");
    let scheme = if endpoint.trim().starts_with("http://") {
        "Sent over plain HTTP, as typed."
    } else if endpoint.trim().starts_with("https://") {
        "Sent over HTTPS, as typed."
    } else {
        "A host, sent over HTTPS; type http:// or https:// first to choose."
    };
    let (proxy_wrong, proxy_msg) = problem(p, "proxy", &id("proxy"));
    // While a request is in flight, "Sending…" holds the spot of the button that was pressed
    // and Cancel sits at the far end of the row: a second click on that spot cannot cancel.
    let mut actions = Vec::new();
    if s.sending && !s.confirm {
        actions.push(Btn::off("Sending…", "rb-btn rb-primary"));
    } else if valid {
        actions.push(Btn::new("Send request", "rb-btn rb-primary", p.on_send.reform(|_| false)).when(can_send));
    } else {
        actions.push(Btn::off("Send request", "rb-btn rb-primary"));
        actions.push(Btn::new("Send anyway…", "rb-btn", p.dispatch.reform(|_| Action::Confirm(true))).when(can_send));
    }
    if s.sending {
        actions.push(Btn::new("Cancel request", "rb-btn rb-cancel", p.on_cancel.reform(|_| ())));
    }
    html! {
        <section class="rb-send" part="send" aria-labelledby={id("send-h")}>
            <h2 id={id("send-h")}>{ "Send" }</h2>
            <div class="rb-send-grid">
                { regions(p) }
                { target(p, "endpoint", "Endpoint", "host, or http(s)://host:port", false) }
                if p.plan.problems.iter().all(|(name, _)| *name != "endpoint") {
                    <p class="rb-hint">{ scheme }</p>
                }
                if let Some(mismatch) = region_mismatch(s) {
                    <p class="rb-msg">{ mismatch }</p>
                }
                { for api.path_params.iter().map(|pp| target(p, pp.name, pp.label, &pp.default.map(|d| format!("default: {d}")).unwrap_or_else(|| "your project ID".into()), false)) }
                <label for={id("token")}>{ "X-Auth-Token" }</label>
                <input id={id("token")} class="rb-control" type="password" value={(*p.token).clone()} oninput={on_token}
                    autocomplete="off" spellcheck="false" placeholder="your IAM user token" aria-describedby={id("token-help")} />
                <p id={id("token-help")} class="rb-hint">{ "Kept in memory only: never stored, never put in a link." }</p>
                { target(p, "timeout", "Timeout (s)", "30", true) }
            </div>
            <details class="rb-proxy">
                <summary>{ "Behind a proxy?" }</summary>
                <label for={id("proxy")}>{ "Proxy base URL: replaces https://{endpoint} when sending from the browser (for endpoints that do not allow cross-origin requests)." }</label>
                <input id={id("proxy")} class="rb-control" type="text" value={s.target("proxy")} oninput={p.dispatch.reform(|e: InputEvent| Action::SetTarget("proxy", e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))}
                    placeholder="e.g. http://127.0.0.1:8010/proxy" spellcheck="false" aria-invalid={if proxy_wrong.is_some() { "true" } else { "false" }} aria-describedby={proxy_wrong.as_ref().map(|_| proxy_msg.clone())} />
                if let Some(why) = proxy_wrong {
                    <p id={proxy_msg} class="rb-msg">{ why }</p>
                }
            </details>
            <div class="rb-actions rb-send-actions">{ buttons(actions) }</div>
            if let Some(why) = &p.plan.blocked {
                <p class="rb-hint">{ why.clone() }</p>
            } else if !valid && !s.confirm && !s.sending {
                <p class="rb-hint">{ format!("The body has {} issue{plural}; fix them to send, or send anyway to test a negative case.", p.issues) }</p>
            }
            if s.confirm {
                <div class="rb-confirm" role="alertdialog" aria-labelledby={id("confirm-t")}>
                    <p id={id("confirm-t")}>{ format!("The body has {} issue{plural}. The service will probably reject it; if it accepts it, it creates an instance that may cost money. Send it anyway?", p.issues) }</p>
                    { buttons(if s.sending { vec![Btn::off("Sending…", "rb-btn rb-danger")] } else { vec![Btn::new("Yes, send anyway", "rb-btn rb-danger", p.on_send.reform(|_| true)), Btn::new("Cancel", "rb-btn", p.dispatch.reform(|_| Action::Confirm(false)))] }) }
                </div>
            }
            <div id={id("result")} class="rb-result" tabindex="-1" aria-live="polite">{ s.sent.as_ref().map(|sent| outcome(sent, &p.plan.send_url)).unwrap_or_default() }</div>
            <div class="rb-export">
                { buttons(Snippet::list(&p.snippets).into_iter().map(|kind| Btn::new(format!("Copy as {}", kind.title()), "rb-btn", p.on_snippet.reform(move |_| kind))).collect()) }
                <label class="rb-check">
                    <input type="checkbox" checked={s.include_token} onchange={p.dispatch.reform(|e: Event| Action::IncludeToken(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
                    { " Include my token (otherwise $TOKEN)" }
                </label>
                // Unlike Copy and Download, which mask them, a snippet is the request as sent.
                if p.secrets > 0 {
                    <p class="rb-hint">{ if p.secrets == 1 { "The snippets carry the body as it is sent: its password in plain text." } else { "The snippets carry the body as it is sent: its passwords in plain text." } }</p>
                }
            </div>
        </section>
    }
}

/// Whether the URL is on another origin than the page: its response headers are then only
/// what CORS lets through.
fn cross_origin(url: &str) -> bool {
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    !url.starts_with(&origin) || url.as_bytes().get(origin.len()).is_some_and(|b| *b != b'/')
}

fn outcome(sent: &Sent, url: &str) -> Html {
    let o = match sent {
        Ok(o) => o,
        Err(failure) => return failed(failure),
    };
    html! {
        <div ~className={if o.ok { "rb-response rb-good" } else { "rb-response rb-bad" }}>
            <p class="rb-status-line"><strong>{ format!("HTTP {}", o.status) }</strong>{ if o.ok { " · accepted" } else { " · rejected" } }{ format!(" · {} ms", o.ms) }</p>
            if !o.ids.is_empty() {
                <ul class="rb-ids">{ for o.ids.iter().map(|(k, v)| html! { <li><code>{ k.clone() }</code>{ " " }<mark>{ v.clone() }</mark></li> }) }</ul>
            }
            if let Some((code, message)) = &o.error {
                <p class="rb-service-error"><code>{ code.clone() }</code>{ " " }{ message.clone() }</p>
            }
            if !o.ok && o.error.is_none() {
                <p>{ if o.is_json { "The service gave no error code." } else { "The response is not JSON; it is shown as received." } }</p>
            }
            <details class="rb-response-headers">
                <summary>{ format!("Response headers ({})", o.headers.len()) }</summary>
                <pre class="rb-headers">{ o.headers.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join("\n") }</pre>
                if cross_origin(url) {
                    <p class="rb-hint">{ "Cross-origin: the browser shows only the CORS-safelisted headers (Content-Type, Content-Length, Cache-Control, Expires, Last-Modified, Pragma, Content-Language) and those the server names in Access-Control-Expose-Headers. The others are hidden from this page." }</p>
                }
            </details>
            <pre class="rb-body rb-response-body" tabindex="0" aria-label="Response body">{ o.body.clone() }</pre>
        </div>
    }
}

/// No response: what happened, what it means, and what the browser said. One template.
fn failed(f: &Failure) -> Html {
    let (class, what, detail, said) = match f {
        Failure::Timeout(s) => (
            "rb-response rb-bad",
            format!("No response within {s} second{}.", if *s == 1 { "" } else { "s" }),
            " The request was cancelled in the browser; the service may still have received it. Check the instance list before sending again, or raise the timeout.".to_string(),
            None,
        ),
        Failure::Cancelled => ("rb-response", "Cancelled.".to_string(), " The browser stopped waiting; the service may still have received the request.".to_string(), None),
        Failure::Network(d) => (
            "rb-response rb-bad",
            "The browser got no response.".to_string(),
            " Either the endpoint is unreachable (wrong host, offline, or refusing connections), or it does not allow requests from this page (CORS). Cloud API endpoints usually do not; use \"Copy as curl\", or set a proxy base URL above.".to_string(),
            Some(format!("Browser said: {d}")),
        ),
        Failure::PlainHttp(host) => (
            "rb-response rb-bad",
            "HTTPS failed: the server speaks plain HTTP.".to_string(),
            format!(" {host} answers http:// but not https://, so the TLS handshake failed. If that server is yours (a local mock or proxy), type the endpoint as http://{host}."),
            None,
        ),
    };
    html! {
        <div ~className={class}>
            <p><strong>{ what }</strong>{ detail }</p>
            if let Some(said) = said {
                <p class="rb-hint">{ said }</p>
            }
        </div>
    }
}
