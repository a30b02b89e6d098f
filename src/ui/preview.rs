//! The live request preview: method and URL, headers, the exact body; copy, download and a
//! reveal toggle for secrets.

use crate::body;
use yew::prelude::*;

pub struct PreviewProps {
    pub id: String,
    pub method: &'static str,
    pub url: AttrValue,
    pub body: AttrValue,
    pub reveal: bool,
    pub has_secrets: bool,
    /// How many secrets the shown body masks: the copy buttons say so on their face, so a
    /// masked body is not mistaken for the real one.
    pub masked: usize,
    /// Whether a token was typed in the send panel (the header shows it masked either way).
    pub token_given: bool,
    pub on_copy: Callback<()>,
    pub on_download: Callback<()>,
    pub on_reveal: Callback<()>,
}

pub fn preview(p: &PreviewProps) -> Html {
    let copy = p.on_copy.reform(|_: MouseEvent| ());
    let download = p.on_download.reform(|_: MouseEvent| ());
    let reveal = p.on_reveal.reform(|_: MouseEvent| ());
    let masked = match p.masked {
        0 => "",
        1 => " (password masked)",
        _ => " (passwords masked)",
    };
    html! {
        // No landmark of its own (several widgets on a page would repeat its name); its
        // heading is what a screen reader lists.
        <section class="rb-preview" id={p.id.clone()} tabindex="-1">
            <div class="rb-preview-head">
                <h2>{ "Request" }</h2>
                <div class="rb-actions">
                    if p.has_secrets {
                        <button type="button" class="rb-btn" aria-pressed={p.reveal.to_string()} onclick={reveal}>
                            { if p.reveal { "Mask secrets" } else { "Reveal secrets" } }
                        </button>
                    }
                    <button type="button" class="rb-btn" onclick={copy}>{ format!("Copy{masked}") }</button>
                    <button type="button" class="rb-btn" onclick={download}>{ format!("Download .json{masked}") }</button>
                </div>
            </div>
            <p class="rb-line"><span class="rb-method">{ p.method }</span>{ " " }<span class="rb-url">{ p.url.clone() }</span></p>
            <pre class="rb-headers">{ format!("Content-Type: application/json\nX-Auth-Token: {}", if p.token_given { body::MASK } else { "<your token, in Send>" }) }</pre>
            <pre class="rb-body" tabindex="0" aria-label="JSON body"><code>{ p.body.clone() }</code></pre>
        </section>
    }
}
