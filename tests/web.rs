//! In-browser unit tests (wasm-bindgen-test in headless Chromium): the core runs the same in
//! wasm as natively, and the widget mounts into a real DOM.
#![cfg(target_arch = "wasm32")]

use request_builder::{api, body, import, rules};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn seed_example_normalizes_in_wasm() {
    let rds = api("rds").unwrap();
    // The wasm build fetches example bodies on demand; the test carries its own copy.
    let imported = import::import(rds, include_str!("../src/catalog/examples/rds-1.json"), None).unwrap();
    assert_eq!(imported.mode.id(), "mysql/single");
    let text = body::pretty(rds, &imported.mode, &imported.values);
    assert!(text.contains("\"port\": \"8635\""), "{text}");
    assert!(rules::validate(rds, &imported.mode, &imported.values).is_empty());
}

/// Resolves after `ms` milliseconds, so Yew's scheduler can render.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn the_widget_mounts_and_typing_reaches_the_preview() {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    request_builder::ui::mount(host.clone());
    sleep(20).await;
    assert!(host.query_selector(".rb-form[role=form]").unwrap().is_some(), "{}", host.inner_html());
    assert_eq!(host.query_selector_all("input[type=radio][value=rds]").unwrap().length(), 1);
    let name = host.query_selector("input[id$='-name']").unwrap().expect("a name input").dyn_into::<web_sys::HtmlInputElement>().unwrap();
    name.set_value("typed-in-wasm");
    name.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    sleep(20).await;
    let body = host.query_selector(".rb-body").unwrap().expect("the preview").text_content().unwrap();
    assert!(body.contains("\"name\": \"typed-in-wasm\""), "{body}");
}
