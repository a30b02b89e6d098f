//! The send panel: where the request goes, the token, sending (with a confirmation for an
//! invalid body), cancel, the response, and curl / fetch() exports.

use super::state::{Action, State};
use super::submit::{Failure, Sent};
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
    pub on_curl: Callback<()>,
    pub on_fetch: Callback<()>,
}

/// One input of the send panel (endpoint, a path parameter, timeout).
fn target(p: &SendProps, name: &'static str, label: &str, hint: &str, numeric: bool) -> Html {
    // The endpoint and path parameters are `target-...`; the timeout is plainly `timeout`.
    let id = if numeric { format!("{}{name}", p.prefix) } else { format!("{}target-{name}", p.prefix) };
    let on_input = p.dispatch.reform(move |e: InputEvent| Action::SetTarget(name, e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    html! {
        <div class="rb-field rb-compact" key={name}>
            <label for={id.clone()}>{ label.to_string() }</label>
            <input id={id} class="rb-control" type="text" value={p.state.target(name)} oninput={on_input} inputmode={if numeric { "numeric" } else { "text" }}
                placeholder={hint.to_string()} autocomplete="off" spellcheck="false" />
        </div>
    }
}

pub fn send_panel(p: &SendProps) -> Html {
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
    html! {
        <section class="rb-send" aria-labelledby={id("send-h")}>
            <h2 id={id("send-h")}>{ "Send" }</h2>
            <div class="rb-send-grid">
                { target(p, "endpoint", "Endpoint", "host, e.g. 127.0.0.1:8080", false) }
                { for api.path_params.iter().map(|pp| target(p, pp.name, pp.label, &pp.default.map(|d| format!("default: {d}")).unwrap_or_else(|| "your project ID".into()), false)) }
                <div class="rb-field rb-compact">
                    <label for={id("token")}>{ "X-Auth-Token" }</label>
                    <input id={id("token")} class="rb-control" type="password" value={(*p.token).clone()} oninput={on_token}
                        autocomplete="off" spellcheck="false" placeholder="your IAM user token" aria-describedby={id("token-help")} />
                    <p id={id("token-help")} class="rb-hint">{ "Kept in memory only: never stored, never put in a link." }</p>
                </div>
                { target(p, "timeout", "Timeout (seconds)", "30", true) }
            </div>
            <details class="rb-proxy">
                <summary>{ "Behind a proxy?" }</summary>
                <label for={id("proxy")}>{ "Proxy base URL: replaces https://{endpoint} when sending from the browser (for endpoints that do not allow cross-origin requests)." }</label>
                <input id={id("proxy")} class="rb-control" type="text" value={s.target("proxy")} oninput={p.dispatch.reform(|e: InputEvent| Action::SetTarget("proxy", e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))}
                    placeholder="e.g. http://127.0.0.1:8010/proxy" spellcheck="false" />
            </details>
            <div class="rb-actions rb-send-actions">
                if s.sending {
                    <button type="button" class="rb-btn rb-primary" disabled=true>{ "Sending…" }</button>
                    // At the far end of the row, never where "Send request" was: a second click
                    // on the spot just pressed cannot cancel.
                    <button type="button" class="rb-btn rb-cancel" onclick={p.on_cancel.reform(|_: MouseEvent| ())}>{ "Cancel request" }</button>
                } else if valid {
                    <button type="button" class="rb-btn rb-primary" disabled={!can_send} onclick={p.on_send.reform(|_: MouseEvent| false)}>{ "Send request" }</button>
                } else {
                    <button type="button" class="rb-btn rb-primary" disabled=true>{ "Send request" }</button>
                    <button type="button" class="rb-btn" disabled={!can_send} onclick={p.dispatch.reform(|_: MouseEvent| Action::Confirm(true))}>{ "Send anyway…" }</button>
                }
            </div>
            if let Some(why) = &p.plan.blocked {
                <p class="rb-hint">{ why.clone() }</p>
            } else if !valid && !s.confirm && !s.sending {
                <p class="rb-hint">{ format!("The body has {} issue{plural}; fix them to send, or send anyway to test a negative case.", p.issues) }</p>
            }
            if s.confirm && !s.sending {
                <div class="rb-confirm" role="alertdialog" aria-labelledby={id("confirm-t")}>
                    <p id={id("confirm-t")}>{ format!("The body has {} issue{plural}. The service will probably reject it; if it accepts it, it creates an instance that may cost money. Send it anyway?", p.issues) }</p>
                    <button type="button" class="rb-btn rb-danger" onclick={p.on_send.reform(|_: MouseEvent| true)}>{ "Yes, send anyway" }</button>
                    <button type="button" class="rb-btn" onclick={p.dispatch.reform(|_: MouseEvent| Action::Confirm(false))}>{ "Cancel" }</button>
                </div>
            }
            <div aria-live="polite">{ s.sent.as_ref().map(outcome).unwrap_or_default() }</div>
            <div class="rb-export">
                <button type="button" class="rb-btn" onclick={p.on_curl.reform(|_: MouseEvent| ())}>{ "Copy as curl" }</button>
                <button type="button" class="rb-btn" onclick={p.on_fetch.reform(|_: MouseEvent| ())}>{ "Copy as fetch()" }</button>
                <label class="rb-check">
                    <input type="checkbox" checked={s.include_token} onchange={p.dispatch.reform(|e: Event| Action::IncludeToken(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))} />
                    { " Include my token (otherwise $TOKEN)" }
                </label>
            </div>
        </section>
    }
}

fn outcome(sent: &Sent) -> Html {
    let o = match sent {
        Ok(o) => o,
        Err(failure) => return failed(failure),
    };
    html! {
        <div class={if o.ok { "rb-response rb-good" } else { "rb-response rb-bad" }}>
            <p class="rb-status-line"><strong>{ format!("HTTP {}", o.status) }</strong>{ if o.ok { " · accepted" } else { " · rejected" } }</p>
            if !o.ids.is_empty() {
                <ul class="rb-ids">{ for o.ids.iter().map(|(k, v)| html! { <li><code>{ k.clone() }</code>{ " " }<mark>{ v.clone() }</mark></li> }) }</ul>
            }
            if let Some((code, message)) = &o.error {
                <p class="rb-service-error"><code>{ code.clone() }</code>{ " " }{ message.clone() }</p>
            }
            if !o.ok && o.error.is_none() {
                <p>{ if o.is_json { "The service gave no error code." } else { "The response is not JSON; it is shown as received." } }</p>
            }
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
            " The request was cancelled in the browser; the service may still have received it. Check the instance list before sending again, or raise the timeout.",
            None,
        ),
        Failure::Cancelled => ("rb-response", "Cancelled.".to_string(), " The browser stopped waiting; the service may still have received the request.", None),
        Failure::Network(d) => (
            "rb-response rb-bad",
            "The browser got no response.".to_string(),
            " Either the endpoint is unreachable (wrong host, offline, or refusing connections), or it does not allow requests from this page (CORS). Cloud API endpoints usually do not; use \"Copy as curl\", or set a proxy base URL above.",
            Some(format!("Browser said: {d}")),
        ),
    };
    html! {
        <div class={class}>
            <p><strong>{ what }</strong>{ detail }</p>
            if let Some(said) = said {
                <p class="rb-hint">{ said }</p>
            }
        </div>
    }
}
