//! One input: label, control, help on demand, and its messages. The control is chosen by
//! one exhaustive match on the field's kind.

use crate::catalog::{Check, Wire};
use crate::form::Input;
use super::state::Action;
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

/// What kind of control a field gets.
enum Kind {
    Select,
    Toggle,
    Secret,
    LongText,
    Number,
    Text,
}

fn kind(input: &Input) -> Kind {
    let f = input.field;
    match f.wire {
        _ if !input.options.is_empty() => Kind::Select,
        Wire::Bool => Kind::Toggle,
        _ if f.secret => Kind::Secret,
        Wire::Int | Wire::Long => Kind::Number,
        Wire::Str if f.rules.iter().any(|r| matches!(r.check, Check::Length { max, .. } if max > 256)) => Kind::LongText,
        Wire::Str | Wire::Object | Wire::Objects | Wire::Strings => Kind::Text,
    }
}

#[function_component(FieldView)]
pub fn field_view(p: &FieldProps) -> Html {
    // Secrets' show/hide, and the help text's; hooks run on every render, so every field has both.
    let shown = use_state(|| false);
    let help_open = use_state(|| false);
    let f = p.input.field;
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
    let addr = p.input.addr.clone();
    let path = p.input.path.clone();
    let set = {
        let (dispatch, addr) = (p.dispatch.clone(), addr.clone());
        move |v: String| dispatch.emit(Action::Set(addr.clone(), v))
    };
    let touch = {
        let (dispatch, path) = (p.dispatch.clone(), path.clone());
        Callback::from(move |_: FocusEvent| dispatch.emit(Action::Touch(path.clone())))
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
    let required = p.input.required;
    let example = if f.example.is_empty() { String::new() } else { format!("e.g. {}", f.example) };
    let control = match kind(&p.input) {
        Kind::Select => {
            let on_change = {
                let (set, dispatch, path) = (set.clone(), p.dispatch.clone(), path.clone());
                Callback::from(move |e: Event| {
                    set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
                    dispatch.emit(Action::Touch(path.clone()));
                })
            };
            let stray = !value.is_empty() && !p.input.options.iter().any(|o| o.eq_ignore_ascii_case(&value));
            html! {
                <select id={id.clone()} class="rb-control" onchange={on_change} onblur={touch.clone()}
                    aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()}>
                    if !required || value.is_empty() {
                        <option value="" selected={value.is_empty()}>{ if required { "Choose…" } else { "— not sent —" } }</option>
                    }
                    if stray {
                        <option value={value.clone()} selected=true>{ format!("{value} (not allowed here)") }</option>
                    }
                    { for p.input.options.iter().map(|o| html! {
                        <option value={*o} selected={o.eq_ignore_ascii_case(&value)}>{ *o }</option>
                    }) }
                </select>
            }
        }
        Kind::Toggle => {
            let state = match value.as_str() {
                "true" => Some(true),
                "false" => Some(false),
                _ => None,
            };
            let flip = {
                let (set, dispatch, path) = (set.clone(), p.dispatch.clone(), path.clone());
                Callback::from(move |_: MouseEvent| {
                    set(if state == Some(true) { "false".into() } else { "true".into() });
                    dispatch.emit(Action::Touch(path.clone()));
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
        Kind::Secret => {
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
        Kind::LongText => html! {
            <textarea id={id.clone()} class="rb-control" rows="3" value={value.clone()} oninput={on_area} onblur={touch.clone()}
                aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()}
                placeholder={f.example} spellcheck="false"></textarea>
        },
        Kind::Number | Kind::Text => {
            let numeric = matches!(kind(&p.input), Kind::Number);
            html! {
                <input id={id.clone()} class="rb-control" type="text" inputmode={if numeric { "numeric" } else { "text" }}
                    value={value.clone()} oninput={on_text} onblur={touch.clone()} autocomplete="off" spellcheck="false"
                    aria-invalid={invalid.to_string()} aria-describedby={described.clone()} aria-required={required.to_string()}
                    placeholder={example.clone()} />
            }
        }
    };
    let default = f.default.map(|d| format!(" Default: {d}.")).unwrap_or_default();
    html! {
        <div class={classes!("rb-field", invalid.then_some("rb-invalid"), p.compact.then_some("rb-compact"))}>
            <div class={classes!("rb-label-row", p.entry.is_some().then_some("rb-sr"))}>
                <label for={id.clone()}>
                    { f.label }{ p.entry.map(|i| format!(" {}", i + 1)).unwrap_or_default() }
                    if required { <span class="rb-req" title="required"><span aria-hidden="true">{ " *" }</span><span class="rb-sr">{ " (required)" }</span></span> }
                </label>
                <code class="rb-path">{ path.clone() }</code>
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
                        <p id={help_id}>{ f.help }{ default }</p>
                    }
                </div>
            }
        </div>
    }
}

