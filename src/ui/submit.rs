//! The only code that touches the network: one POST with the browser's fetch, a timeout, and a
//! way to cancel. The token goes in its header and nowhere else.
//!
//! It calls fetch through web-sys rather than gloo-net: gloo-net's builder re-parses the URL
//! and wraps headers and errors, which cost the bundle more than these few calls (see
//! docs/decisions.md).

use crate::response::{self, Outcome};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::Callback;

#[derive(Clone, PartialEq)]
pub enum Failure {
    /// No answer within the time limit (seconds).
    Timeout(u32),
    /// The user cancelled.
    Cancelled,
    /// The browser got no response: the endpoint is unreachable or refused CORS.
    Network(String),
}

impl Failure {
    /// What a page's `rb-send-result` event says: "timeout", "cancelled" or "network".
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Timeout(_) => "timeout",
            Failure::Cancelled => "cancelled",
            Failure::Network(_) => "network",
        }
    }
}

pub type Sent = Result<Outcome, Failure>;

/// Sends the request; `done` hears how it went, once. Returns the controller that cancels it.
/// Every API in the catalog creates with POST.
pub fn send(url: String, body: String, token: String, timeout_s: u32, done: Callback<Sent>) -> Option<web_sys::AbortController> {
    let controller = web_sys::AbortController::new().ok()?;
    let window = web_sys::window()?;
    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.unchecked_ref(), (timeout_s.max(1) * 1000) as i32)
        .ok();
    let signal = controller.signal();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch(&url, body, &token, &signal).await.map_err(|e| failure(&e, &timed_out, timeout_s));
        if let (Some(t), Some(w)) = (timer, web_sys::window()) {
            w.clear_timeout_with_handle(t);
        }
        done.emit(result);
    });
    Some(controller)
}

async fn fetch(url: &str, body: String, token: &str, signal: &web_sys::AbortSignal) -> Result<Outcome, wasm_bindgen::JsValue> {
    use wasm_bindgen_futures::JsFuture;
    let headers = web_sys::Headers::new()?;
    headers.set("Content-Type", "application/json")?;
    headers.set("X-Auth-Token", token)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&body.into());
    init.set_signal(Some(signal));
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await?.dyn_into()?;
    let text = JsFuture::from(response.text()?).await?.as_string().unwrap_or_default();
    Ok(response::read(response.status(), &text))
}

fn failure(e: &wasm_bindgen::JsValue, timed_out: &Cell<bool>, timeout_s: u32) -> Failure {
    let error = e.dyn_ref::<js_sys::Error>();
    match error.map(|e| String::from(e.name())) {
        Some(name) if name == "AbortError" => {
            if timed_out.get() {
                Failure::Timeout(timeout_s)
            } else {
                Failure::Cancelled
            }
        }
        _ => Failure::Network(error.map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_else(|| "unknown error".into())),
    }
}
