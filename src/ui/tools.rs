//! Starting points: a document example, example values, a pasted body; undo and reset; and
//! what the last import noted.

use super::state::Action;
use crate::session::{Edit, Session};
use yew::prelude::*;

pub struct ToolsProps<'a> {
    pub session: &'a Session,
    /// Re-renders the widget when the service's texts (example bodies) arrive.
    pub texts_changed: Callback<()>,
    pub prefix: AttrValue,
    pub dispatch: Callback<Action>,
    pub on_link: Callback<()>,
    /// The page fixed the service: a body for another one is not offered there.
    pub lock_api: bool,
    /// "Show help texts": every field's description open (one Tab stop for all of them).
    pub help_all: UseStateHandle<bool>,
    /// Where the row keeps its view while nothing it shows moves (`part`).
    pub slot: super::part::Slot,
}

/// The row, built again only when something it shows moved: its service, undo, the import's
/// notes, error and offer, the texts' arrival, "Show help texts" and lock-api. A key in a
/// field moves none of them. (Its callbacks dispatch, or read the state when they run.)
pub fn tools(p: &ToolsProps) -> Html {
    let s = p.session;
    let loaded = super::texts::texts(s.api, &p.texts_changed);
    let texts = match &loaded {
        Ok(Some(t)) => Some(t.examples.len()),
        Ok(None) => Some(usize::MAX),
        Err(()) => None,
    };
    let deps = (s.api.id, s.undo.is_some(), s.notes.clone(), s.import_error.clone(), s.offer.as_ref().map(|(a, _)| a.id), texts, *p.help_all, p.lock_api);
    super::part::cached(&p.slot, deps, || row(p, loaded))
}

/// `loaded`: the service's texts, as `texts::texts` has them now (the examples' bodies).
fn row(p: &ToolsProps, loaded: Result<Option<std::rc::Rc<super::texts::Texts>>, ()>) -> Html {
    let s = p.session;
    let example_id = format!("{}examples", p.prefix);
    let paste_id = format!("{}paste", p.prefix);
    let edit = |e: Edit| {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Edit(e.clone())))
    };
    let on_import = {
        let (d, paste_id) = (p.dispatch.clone(), paste_id.clone());
        Callback::from(move |e: MouseEvent| {
            // The textarea is read only when Import is pressed: typing in it costs nothing.
            let area = e.target_unchecked_into::<web_sys::Element>().parent_element().and_then(|f| f.query_selector(&format!("#{paste_id}")).ok().flatten());
            if let Some(area) = area.and_then(|a| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlTextAreaElement>(a).ok()) {
                d.emit(Action::Edit(Edit::Import(area.value())));
            }
        })
    };
    let problems = s.notes.iter().filter(|n| n.problem).count();
    html! {
        <div class="rb-tools">
            <div class="rb-toolbar">
                <label for={example_id.clone()} class="rb-sr">{ "Start from a document example" }</label>
                { examples(s.api, example_id, &p.dispatch, loaded) }
                <button type="button" class="rb-btn" onclick={edit(Edit::FillExample)}>{ "Fill with example values" }</button>
                if s.undo.is_some() {
                    <button type="button" class="rb-btn" onclick={edit(Edit::Undo)}>{ "Undo" }</button>
                }
                <button type="button" class="rb-btn" onclick={edit(Edit::Reset)}>{ "Reset" }</button>
                <button type="button" class="rb-btn" onclick={p.on_link.reform(|_: MouseEvent| ())}>{ "Copy link" }</button>
                <button type="button" class="rb-btn" aria-pressed={p.help_all.to_string()} onclick={{ let h = p.help_all.clone(); Callback::from(move |_: MouseEvent| h.set(!*h)) }}>{ "Show help texts" }</button>
            </div>
            <details class="rb-paste">
                <summary>{ "Paste a JSON body" }</summary>
                <label for={paste_id.clone()}>{ format!("{} {} create-instance body; the form fills in and the mode is detected.", crate::text::article(s.api.title), s.api.title) }</label>
                <textarea id={paste_id} class="rb-control rb-mono" rows="8" spellcheck="false"></textarea>
                <button type="button" class="rb-btn rb-primary" onclick={on_import}>{ "Import" }</button>
            </details>
            if let Some(err) = &s.import_error {
                <p class="rb-msg rb-import-error" role="alert">{ err.clone() }
                    if let Some((api, _)) = s.offer.as_ref().filter(|_| !p.lock_api) {
                        { " " }<button type="button" class="rb-btn" onclick={edit(Edit::ImportThere)}>{ format!("Switch to {} and import", api.title) }</button>
                    }
                </p>
            }
            if !s.notes.is_empty() {
                <section class="rb-notes" aria-label="Import notes">
                    <div class="rb-notes-head">
                        // After a paste that was not imported, the notes are still the form's (it
                        // is unchanged): they say which body they are about.
                        <h3>{ format!("{} note{} on {}{}", s.notes.len(), if s.notes.len() == 1 { "" } else { "s" },
                            if s.import_error.is_some() { "the body imported before this paste" } else { "the imported body" },
                            if problems > 0 { format!(", {problems} to fix") } else { String::new() }) }</h3>
                        <button type="button" class="rb-link" onclick={edit(Edit::DismissNotes)}>{ "Dismiss" }</button>
                    </div>
                    <ul>
                        { for s.notes.iter().enumerate().map(|(i, n)| html! {
                            <li key={i} ~className={if n.problem { "rb-problem" } else { "" }}>{ n.message.clone() }</li>
                        }) }
                    </ul>
                </section>
            }
        </div>
    }
}

/// The document's examples: their titles are in the catalog, their bodies arrive with the
/// service's texts; the options are listed once the bodies are there.
fn examples(api: &'static crate::Api, id: String, dispatch: &Callback<Action>, loaded: Result<Option<std::rc::Rc<super::texts::Texts>>, ()>) -> Html {
    let bodies = match &loaded {
        Ok(Some(t)) => t.examples.clone(),
        _ => Vec::new(),
    };
    let on_change = {
        let bodies = bodies.clone();
        dispatch.reform(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            let i = select.value().parse::<usize>().unwrap_or(usize::MAX);
            select.set_value("");
            Action::Edit(Edit::LoadExample(i, bodies.get(i).cloned().unwrap_or_default()))
        })
    };
    let first = match loaded {
        Err(()) => "Examples could not be loaded",
        Ok(_) if bodies.is_empty() => "Loading the document's examples…",
        Ok(_) => "Start from a document example…",
    };
    html! {
        <select id={id} class="rb-control rb-examples" onchange={on_change}>
            <option value="" selected=true>{ first }</option>
            { for crate::catalog::examples(api).iter().enumerate().filter(|(i, _)| *i < bodies.len()).map(|(i, ex)| html! { <option value={i.to_string()}>{ ex.title }</option> }) }
        </select>
    }
}
