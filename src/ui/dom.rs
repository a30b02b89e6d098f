//! The few browser calls the widget makes: focus, clipboard, download, pagehide.

use wasm_bindgen::JsCast;
use yew::Callback;

/// Focuses the element with this id inside the widget (which may sit in a shadow root, where
/// `document.getElementById` cannot see).
pub fn focus(root: &yew::NodeRef, id: &str) {
    focus_in(root.cast::<web_sys::Element>(), id);
}

/// `focus`, from the widget's root element. The field's box (its label first) is scrolled to
/// the top, not the input alone, so the label is not cut off.
pub fn focus_in(root: Option<web_sys::Element>, id: &str) {
    let Some(el) = by_id(root, id) else { return };
    el.closest(".rb-field").ok().flatten().unwrap_or_else(|| el.clone().into()).scroll_into_view();
    let _ = el.focus();
}

/// Focuses without scrolling first: the browser scrolls only if the element is out of view
/// (after a Remove, the group the removed entry was in).
pub fn focus_quiet(root: Option<web_sys::Element>, id: &str) {
    if let Some(el) = by_id(root, id) {
        let _ = el.focus();
    }
}

fn by_id(root: Option<web_sys::Element>, id: &str) -> Option<web_sys::HtmlElement> {
    root?.query_selector(&format!("#{id}")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Sets the text of a text area inside the widget, and focuses it.
pub fn set_value(root: Option<web_sys::Element>, id: &str, text: &str) {
    let Some(area) = root.and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten()).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
    area.set_value(text);
    let _ = area.focus();
}

/// Writes text to the clipboard; `done` hears whether the browser allowed it.
pub fn copy(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else { return done.emit(false) };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Offers text as a file download.
pub fn download(name: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = doc.create_element("a").and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().map_err(Into::into)) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Runs `f` each time the page is hidden or unloaded.
pub fn on_pagehide(f: impl FnMut() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f);
    let _ = w.add_event_listener_with_callback("pagehide", f.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    f.forget();
}
