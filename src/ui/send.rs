//! The send panel: where the request goes, the token, sending (with a confirmation for an
//! invalid body), cancel, the response, and curl / fetch() exports.

use super::submit::{Failure, Sent};
use yew::prelude::*;

pub struct SendProps {
    pub prefix: AttrValue,
    /// The target inputs (endpoint, path parameters), already rendered.
    pub targets: Html,
    pub token: AttrValue,
    pub on_token: Callback<String>,
    pub timeout: AttrValue,
    pub proxy: AttrValue,
    pub on_timeout: Callback<String>,
    pub on_proxy: Callback<String>,
    pub issues: usize,
    /// Why sending cannot start ("Fill in the endpoint ..."), if it cannot.
    pub blocked: Option<String>,
    pub sending: bool,
    pub confirm: bool,
    pub sent: Option<Sent>,
    pub include_token: bool,
    pub on_send: Callback<bool>,
    pub on_confirm: Callback<bool>,
    pub on_cancel: Callback<()>,
    pub on_include_token: Callback<bool>,
    pub on_curl: Callback<()>,
    pub on_fetch: Callback<()>,
}

pub fn send_panel(p: &SendProps) -> Html {
    let id = |s: &str| format!("{}{s}", p.prefix);
    let input = |cb: &Callback<String>| cb.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let valid = p.issues == 0;
    let can_send = p.blocked.is_none() && !p.sending;
    let plural = if p.issues == 1 { "" } else { "s" };
    html! {
        <section class="rb-send" aria-labelledby={id("send-h")}>
            <h2 id={id("send-h")}>{ "Send" }</h2>
            <div class="rb-send-grid">
                { p.targets.clone() }
                <div class="rb-field rb-compact">
                    <label for={id("token")}>{ "X-Auth-Token" }</label>
                    <input id={id("token")} class="rb-control" type="password" value={p.token.clone()} oninput={input(&p.on_token)}
                        autocomplete="off" spellcheck="false" placeholder="your IAM user token" aria-describedby={id("token-help")} />
                    <p id={id("token-help")} class="rb-hint">{ "Kept in memory only: never stored, never put in a link." }</p>
                </div>
                <div class="rb-field rb-compact">
                    <label for={id("timeout")}>{ "Timeout (seconds)" }</label>
                    <input id={id("timeout")} class="rb-control" type="text" inputmode="numeric" value={p.timeout.clone()} oninput={input(&p.on_timeout)} placeholder="30" />
                </div>
            </div>
            <details class="rb-proxy">
                <summary>{ "Behind a proxy?" }</summary>
                <label for={id("proxy")}>{ "Proxy base URL: replaces https://{endpoint} when sending from the browser (for endpoints that do not allow cross-origin requests)." }</label>
                <input id={id("proxy")} class="rb-control" type="text" value={p.proxy.clone()} oninput={input(&p.on_proxy)} placeholder="e.g. http://127.0.0.1:8010/proxy" spellcheck="false" />
            </details>
            <div class="rb-actions rb-send-actions">
                if p.sending {
                    <button type="button" class="rb-btn rb-primary" disabled=true>{ "Sending…" }</button>
                    <button type="button" class="rb-btn" onclick={p.on_cancel.reform(|_: MouseEvent| ())}>{ "Cancel" }</button>
                } else if valid {
                    <button type="button" class="rb-btn rb-primary" disabled={!can_send} onclick={p.on_send.reform(|_: MouseEvent| false)}>{ "Send request" }</button>
                } else {
                    <button type="button" class="rb-btn rb-primary" disabled=true>{ "Send request" }</button>
                    <button type="button" class="rb-btn" disabled={!can_send} onclick={p.on_confirm.reform(|_: MouseEvent| true)}>{ "Send anyway…" }</button>
                }
            </div>
            if let Some(why) = &p.blocked {
                <p class="rb-hint">{ why.clone() }</p>
            } else if !valid && !p.confirm && !p.sending {
                <p class="rb-hint">{ format!("The body has {} issue{plural}; fix them to send, or send anyway to test a negative case.", p.issues) }</p>
            }
            if p.confirm && !p.sending {
                <div class="rb-confirm" role="alertdialog" aria-labelledby={id("confirm-t")}>
                    <p id={id("confirm-t")}>{ format!("The body has {} issue{plural}. The service will probably reject it; if it accepts it, it creates an instance that may cost money. Send it anyway?", p.issues) }</p>
                    <button type="button" class="rb-btn rb-danger" onclick={p.on_send.reform(|_: MouseEvent| true)}>{ "Yes, send anyway" }</button>
                    <button type="button" class="rb-btn" onclick={p.on_confirm.reform(|_: MouseEvent| false)}>{ "Cancel" }</button>
                </div>
            }
            <div aria-live="polite">{ p.sent.as_ref().map(outcome).unwrap_or_default() }</div>
            <div class="rb-export">
                <button type="button" class="rb-btn" onclick={p.on_curl.reform(|_: MouseEvent| ())}>{ "Copy as curl" }</button>
                <button type="button" class="rb-btn" onclick={p.on_fetch.reform(|_: MouseEvent| ())}>{ "Copy as fetch()" }</button>
                <label class="rb-check">
                    <input type="checkbox" checked={p.include_token} onchange={p.on_include_token.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked())} />
                    { " Include my token (otherwise $TOKEN)" }
                </label>
            </div>
        </section>
    }
}

fn outcome(sent: &Sent) -> Html {
    match sent {
        Ok(o) => html! {
            <div class={classes!("rb-response", if o.ok { "rb-good" } else { "rb-bad" })}>
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
        },
        Err(Failure::Timeout(s)) => html! {
            <div class="rb-response rb-bad"><p><strong>{ format!("No response within {s} second{}.", if *s == 1 { "" } else { "s" }) }</strong>{ " The request was cancelled in the browser; the service may still have received it. Check the instance list before sending again, or raise the timeout." }</p></div>
        },
        Err(Failure::Cancelled) => html! {
            <div class="rb-response"><p><strong>{ "Cancelled." }</strong>{ " The browser stopped waiting; the service may still have received the request." }</p></div>
        },
        Err(Failure::Network(detail)) => html! {
            <div class="rb-response rb-bad">
                <p><strong>{ "The browser got no response." }</strong>{ " Either the endpoint is unreachable (wrong host, offline, or refusing connections), or it does not allow requests from this page (CORS). Cloud API endpoints usually do not; use \"Copy as curl\", or set a proxy base URL above." }</p>
                <p class="rb-hint">{ format!("Browser said: {detail}") }</p>
            </div>
        },
    }
}
