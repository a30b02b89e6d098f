//! One input: label, control, help on demand, and its messages. The control is the
//! resolved tree's widget for the node, chosen by one exhaustive match.

use super::state::Action;
use crate::form::Input;
use crate::resolve::{Source, Widget};
use crate::session::Edit;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub input: Input,
    pub value: AttrValue,
    /// Messages to show now (empty until touched or attempted).
    pub messages: Vec<String>,
    pub id: AttrValue,
    pub dispatch: Callback<Action>,
    /// Inside a row group: a tighter layout.
    #[prop_or_default]
    pub compact: bool,
    /// An entry of a string list: the label is "Availability zones 2" for screen readers and
    /// the group's legend shows it to everyone else.
    #[prop_or_default]
    pub entry: Option<usize>,
}

/// A value the mode or the table fixes, shown only when the values hold something else (a
/// pasted body): what it is, and one click to the fixed value.
fn fixed(p: &FieldProps, id: &str, described: Option<String>) -> Html {
    let path = p.input.path.clone();
    let (want, edit) = match p.input.node.source {
        Source::Fixed(v) => (format!("\"{v}\""), Edit::Set(path, v.to_string())),
        _ => ("null".to_string(), Edit::SetNull(path)),
    };
    let shown = if p.value.is_empty() { "not set".to_string() } else { p.value.to_string() };
    let fix = p.dispatch.reform(move |_: MouseEvent| Action::Edit(edit.clone()));
    html! {
        <span class="rb-fixed-row">
            <input id={id.to_string()} class="rb-control" type="text" readonly=true value={shown} aria-invalid="true" aria-describedby={described} />
            <button type="button" class="rb-link" onclick={fix}>{ format!("Use {want}") }</button>
        </span>
    }
}

#[function_component(FieldView)]
pub fn field_view(p: &FieldProps) -> Html {
    // Secrets' show/hide, and the help text's; hooks run on every render, so every field has both.
    let shown = use_state(|| false);
    let help_open = use_state(|| false);
    // The help text may arrive after the toggle opens (fetched on demand).
    let force = use_force_update();
    let f = p.input.node.field;
    let id = p.id.to_string();
    let help_id = format!("{id}-help");
    let msg_id = format!("{id}-msg");
    let invalid = !p.messages.is_empty();
    // The help is in the DOM only while open (fewer nodes to build at startup).
    let described: Option<String> = match (invalid, *help_open) {
        (true, true) => Some(format!("{msg_id} {help_id}")),
        (true, false) => Some(msg_id.clone()),
        (false, true) => Some(help_id.clone()),
        (false, false) => None,
    };
    let path = p.input.path.clone();
    let set = {
        let (dispatch, path) = (p.dispatch.clone(), path.clone());
        move |v: String| dispatch.emit(Action::Edit(Edit::Set(path.clone(), v)))
    };
    let touch = {
        let (dispatch, path) = (p.dispatch.clone(), path.clone());
        Callback::from(move |_: FocusEvent| dispatch.emit(Action::Edit(Edit::Touch(path.clone()))))
    };
    let on_text = {
        let set = set.clone();
        Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    let on_area = {
        let set = set.clone();
        Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))
    };
    let value = p.value.clone();
    let required = p.input.required();
    let options = p.input.node.options;
    let example = if f.example.is_empty() { String::new() } else { format!("e.g. {}", f.example) };
    let control = match p.input.node.widget {
        Widget::Fixed | Widget::Null => fixed(p, &id, described.clone()),
        Widget::Select => {
            let on_change = {
                let (set, dispatch, path) = (set.clone(), p.dispatch.clone(), path.clone());
                Callback::from(move |e: Event| {
                    set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
                    dispatch.emit(Action::Edit(Edit::Touch(path.clone())));
                })
            };
            let node = p.input.node;
            let stray = !value.is_empty() && !node.allows(&value);
            let picked = |o: &str| if node.field.ignore_case { o.eq_ignore_ascii_case(&value) } else { o == value.as_str() };
            html! {
                <select id={id.clone()} class="rb-control" onchange={on_change} onblur={touch.clone()}
                    aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()}>
                    if !required || value.is_empty() {
                        <option value="" selected={value.is_empty()}>{ if required { "Choose…" } else { "— not sent —" } }</option>
                    }
                    if stray {
                        <option value={value.clone()} selected=true>{ format!("{value} (not allowed here)") }</option>
                    }
                    { for options.iter().map(|o| html! {
                        <option value={*o} selected={picked(o)}>{ *o }</option>
                    }) }
                </select>
            }
        }
        Widget::Toggle => {
            let state = match value.as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            };
            let flip = {
                let (set, dispatch, path) = (set.clone(), p.dispatch.clone(), path.clone());
                Callback::from(move |_: MouseEvent| {
                    set(if state == Some(true) { "false".into() } else { "true".into() });
                    dispatch.emit(Action::Edit(Edit::Touch(path.clone())));
                })
            };
            let clear = {
                let set = set.clone();
                Callback::from(move |_: MouseEvent| set(String::new()))
            };
            let word = match state {
                Some(true) => "true",
                Some(false) => "false",
                None => "not sent",
            };
            html! {
                <span class="rb-toggle-row">
                    <button type="button" id={id.clone()} role="switch" class="rb-toggle" aria-checked={(state == Some(true)).to_string()}
                        aria-describedby={described.clone()} onclick={flip}>
                        <span class="rb-knob" aria-hidden="true"></span>
                    </button>
                    <span class={classes!("rb-toggle-word", state.is_none().then_some("rb-muted"))}>{ word }</span>
                    if state.is_some() && !required {
                        <button type="button" class="rb-link" onclick={clear} aria-label={format!("Do not send {}", f.label)}>{ "Clear" }</button>
                    }
                </span>
            }
        }
        Widget::Secret => {
            let flip = {
                let shown = shown.clone();
                Callback::from(move |_: MouseEvent| shown.set(!*shown))
            };
            html! {
                <span class="rb-secret">
                    <input id={id.clone()} class="rb-control" type={if *shown { "text" } else { "password" }} value={value.clone()}
                        oninput={on_text.clone()} onblur={touch.clone()} autocomplete="new-password" spellcheck="false"
                        aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()} />
                    <button type="button" class="rb-link" aria-pressed={shown.to_string()} onclick={flip}>{ if *shown { "Hide" } else { "Show" } }</button>
                </span>
            }
        }
        Widget::LongText => html! {
            <textarea id={id.clone()} class="rb-control" rows="3" value={value.clone()} oninput={on_area} onblur={touch.clone()}
                aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()}
                placeholder={f.example} spellcheck="false"></textarea>
        },
        Widget::Number | Widget::Text | Widget::List | Widget::Object | Widget::Rows => {
            let numeric = p.input.node.widget == Widget::Number;
            html! {
                <input id={id.clone()} class="rb-control" type="text" inputmode={if numeric { "numeric" } else { "text" }}
                    value={value.clone()} oninput={on_text} onblur={touch.clone()} autocomplete="off" spellcheck="false"
                    aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()}
                    placeholder={example.clone()} />
            }
        }
    };
    html! {
        <div class={classes!("rb-field", invalid.then_some("rb-invalid"), p.compact.then_some("rb-compact"))}>
            <div class={classes!("rb-label-row", p.entry.is_some().then_some("rb-sr"))}>
                <label for={id.clone()}>
                    { f.label }{ p.entry.map(|i| format!(" {}", i + 1)).unwrap_or_default() }
                    if required { <span class="rb-req" title="required"><span aria-hidden="true">{ " *" }</span><span class="rb-sr">{ " (required)" }</span></span> }
                </label>
                <code class="rb-path">{ path.to_string() }</code>
            </div>
            { control }
            if invalid {
                <div id={msg_id} class="rb-msgs">
                    { for p.messages.iter().map(|m| html! { <p class="rb-msg">{ m.clone() }</p> }) }
                </div>
            }
            if p.entry.is_none() {
                <div class="rb-help">
                    <button type="button" class="rb-link rb-help-toggle" aria-expanded={help_open.to_string()} aria-controls={help_id.clone()}
                        aria-label={format!("Help for {}", f.label)} onclick={{ let h = help_open.clone(); Callback::from(move |_: MouseEvent| h.set(!*h)) }}>
                        { if *help_open { "▾ Help" } else { "▸ Help" } }
                    </button>
                    if *help_open {
                        <p id={help_id}>{ super::help::text(f, &Callback::from(move |_| force.force_update())) }</p>
                    }
                </div>
            }
        </div>
    }
}

