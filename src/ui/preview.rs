//! The live request preview: method and URL, headers, the exact body; copy, download and a
//! reveal toggle for secrets; and the body as editable JSON that the form follows.

use super::buttons::{buttons, Btn};
use super::state::Action;
use crate::body;
use crate::session::Edit;
use yew::prelude::*;

pub struct PreviewProps {
    pub id: String,
    pub method: &'static str,
    pub url: AttrValue,
    pub body: AttrValue,
    pub reveal: bool,
    pub has_secrets: bool,
    /// How many secrets the shown body masks: the copy buttons say so on their face.
    pub masked: usize,
    /// Whether a token was typed in the send panel (the header shows it masked either way).
    pub token_given: bool,
    /// Copy and Download: they read the state when clicked.
    pub on_copy: Callback<()>,
    pub on_download: Callback<()>,
    pub on_reveal: Callback<()>,
    pub dispatch: Callback<Action>,
    /// The JSON view is being edited.
    pub editing: bool,
    /// Why the edited text is not in the form.
    pub json_error: Option<String>,
    /// The state when a button is clicked (Edit JSON starts from the body shown then).
    pub live: super::Live,
    /// Where the head (buttons, URL, headers) is kept while nothing it shows moves (`part`):
    /// a key changes the body alone (docs/decisions.md #112).
    pub slot: super::part::Slot,
}

pub fn preview(p: &PreviewProps) -> Html {
    let json_id = format!("{}-json", p.id);
    let editor = super::lazy::json_editor();
    let deps = (p.id.clone(), p.method, p.url.clone(), p.reveal, p.has_secrets, p.masked, p.token_given, p.editing, editor.is_some());
    html! {
        // No landmark of its own (several widgets on a page would repeat its name); its
        // heading is what a screen reader lists.
        <section class="rb-preview" part="preview" id={p.id.clone()} tabindex="-1">
            { super::part::cached(&p.slot, deps, || head(p, &json_id, editor.is_some())) }
            // The JSON view's editor comes with the importer's chunk, which reads what is typed.
            if let Some(editor) = editor.filter(|_| p.editing) {
                { editor(p, json_id) }
            } else {
                <pre class="rb-body" tabindex="0" aria-label="JSON body"><code>{ p.body.clone() }</code></pre>
            }
        </section>
    }
}

/// The preview's head: its buttons, the method and URL (which may wrap after a slash rather
/// than inside a word), the headers. Kept between keys, so its buttons read what they need
/// when clicked. `editor`: the JSON view's editor is here.
fn head(p: &PreviewProps, json_id: &str, editor: bool) -> Html {
    let copy = p.on_copy.reform(|_| ());
    let download = p.on_download.reform(|_| ());
    let reveal = p.on_reveal.reform(|_| ());
    // What a copy of a masked body is, said on the button itself.
    let masked = match p.masked {
        0 => "",
        1 => " (password masked)",
        _ => " (passwords masked)",
    };
    let edit = {
        let (editing, live, dispatch, id) = (p.editing, p.live.clone(), p.dispatch.clone(), json_id.to_string());
        Callback::from(move |e: MouseEvent| {
            // Text the form could not take is the person's work: closing drops it, so ask.
            let unread = if editing { live.borrow().session.json_error.clone() } else { None };
            if let Some(why) = unread {
                let ask = format!("The text in the JSON view is not a body the form could take ({why}), so the form still holds the last body it took.\n\nClose the JSON view and drop that text?");
                if !web_sys::window().and_then(|w| w.confirm_with_message(&ask).ok()).unwrap_or(true) {
                    return;
                }
            }
            dispatch.emit(Action::EditJson(!editing));
            if !editing {
                // The text area holds what is typed (no `value` Yew would put back on every
                // render); it starts from the body shown, once it exists.
                let s = live.borrow();
                let body = body::render(s.session.api, s.session.mode(), &s.session.values(), body::Style::Pretty, !s.reveal);
                let (root, id) = (e.target_unchecked_into::<web_sys::Element>().closest(".rb-app").ok().flatten(), id.clone());
                gloo_timers::callback::Timeout::new(0, move || super::dom::set_value(root, &id, &body)).forget();
            }
        })
    };
    let mut bar = Vec::new();
    if p.has_secrets {
        bar.push(Btn::new(if p.reveal { "Mask secrets" } else { "Reveal secrets" }, "rb-btn", reveal).pressed(p.reveal));
    }
    // Its editor comes with the importer's chunk: until then the button waits (off).
    bar.push(Btn::new(if p.editing { "Done editing" } else { "Edit JSON" }, "rb-btn", edit).pressed(p.editing).when(p.editing || editor));
    bar.push(Btn::new(format!("Copy{masked}"), "rb-btn", copy));
    bar.push(Btn::new(format!("Download .json{masked}"), "rb-btn", download));
    html! {
        <>
            <div class="rb-preview-head">
                <h2>{ "Request" }</h2>
                <div class="rb-actions">{ buttons(bar) }</div>
            </div>
            <p class="rb-line"><span class="rb-method">{ p.method }</span>{ " " }<span class="rb-url">{ for p.url.split_inclusive('/').map(|part| html! { <>{ part }<wbr /></> }) }</span></p>
            <pre class="rb-headers">{ format!("Content-Type: application/json\nX-Auth-Token: {}", if p.token_given { body::MASK } else { "<your token, in Send>" }) }</pre>
        </>
    }
}

/// The body as editable JSON: the text area the form follows (in the importer's chunk).
pub fn json_editor(p: &PreviewProps, json_id: String) -> Html {
    html! {
        <>
            <label for={json_id.clone()} class="rb-sr">{ "JSON body, editable" }</label>
            <textarea id={json_id} class="rb-body rb-json-edit" rows="16" spellcheck="false"
                aria-invalid={p.json_error.is_some().to_string()} aria-describedby={format!("{}-json-msg", p.id)}
                oninput={p.dispatch.reform(|e: InputEvent| Action::Edit(Edit::EditJson(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value())))}></textarea>
            <p id={format!("{}-json-msg", p.id)} ~className={if p.json_error.is_some() { "rb-msg" } else { "rb-hint" }} role="status">
                { p.json_error.clone().unwrap_or_else(|| "The form follows what you type; a masked password stays the form's. Issues show in the summary.".into()) }
            </p>
        </>
    }
}
