//! Starting points: a document example, example values, a pasted body; undo and reset; and
//! what the last import noted.

use crate::catalog::Api;
use crate::import::Note;
use yew::prelude::*;

pub struct ToolsProps {
    /// The paste textarea (its text is read only when Import is pressed).
    pub paste: NodeRef,
    pub api: &'static Api,
    pub prefix: AttrValue,
    pub notes: Vec<Note>,
    pub error: Option<String>,
    pub can_undo: bool,
    pub on_example: Callback<usize>,
    pub on_fill: Callback<()>,
    pub on_import: Callback<String>,
    pub on_undo: Callback<()>,
    pub on_reset: Callback<()>,
    pub on_dismiss: Callback<()>,
    pub on_link: Callback<()>,
}

pub fn tools(p: &ToolsProps) -> Html {
    let paste = p.paste.clone();
    let example_id = format!("{}examples", p.prefix);
    let paste_id = format!("{}paste", p.prefix);
    let on_example = {
        let cb = p.on_example.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            if let Ok(i) = select.value().parse::<usize>() {
                cb.emit(i);
            }
            select.set_value("");
        })
    };
    let on_import = {
        let (cb, paste) = (p.on_import.clone(), paste.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste.cast::<web_sys::HtmlTextAreaElement>() {
                cb.emit(area.value());
            }
        })
    };
    let problems = p.notes.iter().filter(|n| n.problem).count();
    html! {
        <div class="rb-tools">
            <div class="rb-toolbar">
                <label for={example_id.clone()} class="rb-sr">{ "Start from a document example" }</label>
                <select id={example_id} class="rb-control rb-examples" onchange={on_example}>
                    <option value="" selected=true>{ "Start from a document example…" }</option>
                    { for p.api.examples.iter().enumerate().map(|(i, ex)| html! { <option value={i.to_string()}>{ ex.title }</option> }) }
                </select>
                <button type="button" class="rb-btn" onclick={p.on_fill.reform(|_: MouseEvent| ())}>{ "Fill with example values" }</button>
                if p.can_undo {
                    <button type="button" class="rb-btn" onclick={p.on_undo.reform(|_: MouseEvent| ())}>{ "Undo" }</button>
                }
                <button type="button" class="rb-btn" onclick={p.on_reset.reform(|_: MouseEvent| ())}>{ "Reset" }</button>
                <button type="button" class="rb-btn" onclick={p.on_link.reform(|_: MouseEvent| ())}>{ "Copy link" }</button>
            </div>
            <details class="rb-paste">
                <summary>{ "Paste a JSON body" }</summary>
                <label for={paste_id.clone()}>{ format!("A {} create-instance body; the form fills in and the mode is detected.", p.api.title) }</label>
                <textarea id={paste_id} ref={paste} class="rb-control rb-mono" rows="8" spellcheck="false"></textarea>
                <button type="button" class="rb-btn rb-primary" onclick={on_import}>{ "Import" }</button>
            </details>
            if let Some(err) = &p.error {
                <p class="rb-msg rb-import-error" role="alert">{ err.clone() }</p>
            }
            if !p.notes.is_empty() {
                <section class="rb-notes" aria-label="Import notes">
                    <div class="rb-notes-head">
                        <h3>{ format!("Import notes ({}{})", p.notes.len(), if problems > 0 { format!(", {problems} to fix") } else { String::new() }) }</h3>
                        <button type="button" class="rb-link" onclick={p.on_dismiss.reform(|_: MouseEvent| ())}>{ "Dismiss" }</button>
                    </div>
                    <ul>
                        { for p.notes.iter().enumerate().map(|(i, n)| html! {
                            <li key={i} class={classes!(n.problem.then_some("rb-problem"))}>{ n.message.clone() }</li>
                        }) }
                    </ul>
                </section>
            }
        </div>
    }
}
