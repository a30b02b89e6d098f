//! The browser widget: Yew components that show the core's state.

use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="rb-app">
            <h1>{ "Request builder" }</h1>
            <p>{ format!("{} APIs", crate::APIS.len()) }</p>
            <form class="rb-form" aria-label="Request form"></form>
        </main>
    }
}

/// Mounts the widget on the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// Mounts the widget inside an element.
pub fn mount(host: web_sys::Element) {
    yew::Renderer::<App>::with_root(host).render();
}
