//! The only code that touches the network: one POST with gloo-net, a time limit (a
//! gloo-timers timeout that aborts), and a way to cancel. The token goes in its header and
//! nowhere else.

use crate::response::{self, Outcome};
use gloo_net::http::Request;
use std::cell::Cell;
use std::rc::Rc;
use yew::Callback;

#[derive(Clone, PartialEq)]
pub enum Failure {
    /// No answer within the time limit (seconds).
    Timeout(u32),
    /// The user cancelled.
    Cancelled,
    /// The browser got no response: the endpoint is unreachable or refused CORS.
    Network(String),
    /// HTTPS failed, and the same host answers plain HTTP: the server speaks HTTP, not TLS.
    PlainHttp(String),
}

impl Failure {
    /// What a page's `rb-send-result` event says: "timeout", "cancelled" or "network".
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Timeout(_) => "timeout",
            Failure::Cancelled => "cancelled",
            Failure::Network(_) | Failure::PlainHttp(_) => "network",
        }
    }
}

pub type Sent = Result<Outcome, Failure>;

/// Sends the request; `done` hears how it went, once. Returns the controller that cancels it.
/// Every API in the catalog creates with POST.
pub fn send(url: String, body: String, token: String, timeout_s: u32, done: Callback<Sent>) -> Option<web_sys::AbortController> {
    let controller = web_sys::AbortController::new().ok()?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        gloo_timers::callback::Timeout::new(timeout_s.max(1) * 1000, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let signal = controller.signal();
    wasm_bindgen_futures::spawn_local(async move {
        let started = js_sys::Date::now();
        let mut result = fetch(&url, body, &token, &signal).await.map_err(|e| failure(e, &timed_out, timeout_s));
        // Dropping the timer cancels it (and frees its closure).
        drop(timer);
        if let Ok(o) = &mut result {
            o.ms = (js_sys::Date::now() - started) as u32;
        }
        if let (Err(Failure::Network(_)), Some(host)) = (&result, url.strip_prefix("https://").and_then(|r| r.split('/').next())) {
            if answers_http(host).await {
                result = Err(Failure::PlainHttp(host.to_string()));
            }
        }
        done.emit(result);
    });
    Some(controller)
}

/// Whether the host answers plain HTTP: an opaque (no-cors) GET of its root, within 3 s.
/// Only asked after an HTTPS request got no response at all.
async fn answers_http(host: &str) -> bool {
    let Ok(controller) = web_sys::AbortController::new() else { return false };
    let timer = {
        let c = controller.clone();
        gloo_timers::callback::Timeout::new(3000, move || c.abort())
    };
    let request = Request::get(&format!("http://{host}/")).mode(web_sys::RequestMode::NoCors).abort_signal(Some(&controller.signal()));
    let answered = request.send().await.is_ok();
    drop(timer);
    answered
}

async fn fetch(url: &str, body: String, token: &str, signal: &web_sys::AbortSignal) -> Result<Outcome, gloo_net::Error> {
    let response = Request::post(url)
        .header("Content-Type", "application/json")
        .header("X-Auth-Token", token)
        .abort_signal(Some(signal))
        .body(body)?
        .send()
        .await?;
    let status = response.status();
    let headers: Vec<(String, String)> = response.headers().entries().collect();
    let text = response.text().await?;
    Ok(Outcome { headers, ..response::read(status, &text) })
}

fn failure(e: gloo_net::Error, timed_out: &Cell<bool>, timeout_s: u32) -> Failure {
    match e {
        gloo_net::Error::JsError(js) if js.name == "AbortError" => {
            if timed_out.get() {
                Failure::Timeout(timeout_s)
            } else {
                Failure::Cancelled
            }
        }
        gloo_net::Error::JsError(js) => Failure::Network(js.message),
        other => Failure::Network(other.to_string()),
    }
}
