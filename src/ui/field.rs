//! One input: label, control, help on demand, and its messages. The control is the
//! resolved tree's widget for the node, chosen by one exhaustive match.

use super::state::Action;
use crate::form::Input;
use crate::catalog::Wire;
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
    /// Bumped when the service's texts (hints, help) arrive: the field renders again.
    pub texts_rev: u32,
    /// "Show help texts" is on: every field's full description is open.
    #[prop_or_default]
    pub help_all: bool,
}

/// A value that is not typed: one the mode or the table fixes (shown only when the values
/// hold something else, a pasted body), or the one value the document allows (shown as that
/// value, not as a choice of one). What it is, and the one click that applies: use the value,
/// include it, or leave it out when the rules would not miss it.
fn fixed(p: &FieldProps, ids: &Ids) -> Html {
    let (path, node) = (p.input.path.clone(), p.input.node);
    // The value the click sets (`None`: null).
    let (want, set) = match (node.source, node.options) {
        (Source::Fixed(v), _) | (_, &[v]) => (format!("\"{v}\""), Some(v.to_string())),
        _ => ("null".to_string(), None),
    };
    let holds = node.widget == Widget::Only && node.allows(&p.value);
    let (shown, action, set) = match (holds, p.value.is_empty()) {
        (true, _) if p.input.required() => (p.value.to_string(), String::new(), set),
        (true, _) => (p.value.to_string(), "Leave out".to_string(), Some(String::new())),
        (false, true) if node.widget == Widget::Only && !p.input.required() => ("not sent".to_string(), format!("Include {want}"), set),
        (false, true) => ("not set".to_string(), format!("Use {want}"), set),
        (false, false) => (p.value.to_string(), format!("Use {want}"), set),
    };
    let fix = p.dispatch.reform(move |_: MouseEvent| Action::Edit(match &set {
        Some(v) => Edit::Set(path.clone(), v.clone()),
        None => Edit::SetNull(path.clone()),
    }));
    html! {
        <span class="rb-fixed-row">
            <input id={ids.id.clone()} class="rb-control" type="text" readonly=true value={shown} aria-invalid={tf(!holds && !p.messages.is_empty())}
                aria-required={tf(p.input.required())} aria-describedby={ids.described.clone()} />
            if !action.is_empty() {
                <button type="button" class="rb-link" onclick={fix}>{ action }</button>
            }
        </span>
    }
}

/// An ARIA state (`aria-invalid`, `aria-required`, `aria-expanded`...) as a static string: no
/// string is made for it on every render. (Left out when false, an `Option` attribute, it cost
/// the main module more code than the attributes it saves: docs/decisions.md #115.)
fn tf(b: bool) -> AttrValue {
    AttrValue::Static(if b { "true" } else { "false" })
}

/// What the parts of a field share: its element ids and how the control is described.
struct Ids {
    id: String,
    msg: String,
    help: String,
    /// `aria-describedby`: the messages and the help, when they are shown.
    described: Option<String>,
}

#[function_component(FieldView)]
pub fn field_view(p: &FieldProps) -> Html {
    // Secrets' show/hide, and the help's; hooks run on every render, so every field has both.
    let shown = use_state(|| false);
    let help_open = use_state(|| false);
    let id = p.id.to_string();
    let invalid = !p.messages.is_empty();
    let open = *help_open || p.help_all;
    let node = p.input.node;
    // The app re-renders the form (texts_rev) when the texts arrive; no callback of its own.
    let hint = if p.entry.is_none() { super::texts::hint(node, &Callback::noop()) } else { Some(String::new()) };
    let held = hint.is_none();
    let hint = hint.unwrap_or_default();
    let (msg, help) = (format!("{id}-msg"), format!("{id}-help"));
    // The messages, the hint and the open help describe the control, in that order.
    let described: Vec<String> = [(invalid, &msg), (!hint.is_empty(), &format!("{id}-hint")), (open, &help)].into_iter().filter(|(on, _)| *on).map(|(_, id)| id.clone()).collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let ids = Ids { id, msg, help, described };
    let f = node.field;
    let class = match (invalid, p.compact) {
        (true, true) => "rb-field rb-invalid rb-compact",
        (true, false) => "rb-field rb-invalid",
        (false, true) => "rb-field rb-compact",
        (false, false) => "rb-field",
    };
    html! {
        <div ~className={class}>
            <div ~className={if p.entry.is_some() { "rb-label-row rb-sr" } else { "rb-label-row" }}>
                <label for={ids.id.clone()}>
                    { f.label }{ p.entry.map(|i| format!(" {}", i + 1)).unwrap_or_default() }
                    // The asterisk for the eye, the word for screen readers (a switch has no
                    // aria-required).
                    if p.input.required() { <span class="rb-req" aria-hidden="true">{ "\u{a0}*" }</span><span class="rb-sr">{ " (required)" }</span> }
                </label>
                <code class="rb-path">{ p.input.path.to_string() }</code>
            </div>
            { control(p, &ids, &shown) }
            if !hint.is_empty() {
                <p id={format!("{}-hint", ids.id)} class="rb-hint">{ hint }</p>
            } else if held {
                <p class="rb-hint" aria-hidden="true">{ "\u{a0}" }</p>
            }
            if invalid {
                <div id={ids.msg.clone()} class="rb-msgs">
                    { for p.messages.iter().map(|m| html! { <p class="rb-msg">{ m.clone() }</p> }) }
                </div>
            }
            if p.entry.is_none() {
                <div class="rb-help">
                    // Not a Tab stop: the hint under the field is read with the control, and
                    // "Show help texts" opens every description for keyboard users at once.
                    <button type="button" class="rb-link rb-help-toggle" tabindex="-1" aria-expanded={tf(open)} aria-controls={ids.help.clone()}
                        aria-label={format!("More about {}", f.label)} onclick={{ let h = help_open.clone(); Callback::from(move |_: MouseEvent| h.set(!*h)) }}>
                        { if open { "▾ More" } else { "▸ More" } }
                    </button>
                    if open {
                        // Setting the state again re-renders when the text arrives.
                        <p id={ids.help.clone()}>{ super::texts::text(f, &{ let h = help_open.clone(); Callback::from(move |_| h.set(true)) }) }</p>
                    }
                </div>
            }
        </div>
    }
}

/// Sets the field's value; `typed`: typed in the field's own text control, which shows it
/// already, so the form is not built again for it (`Action::Type`).
fn setter(p: &FieldProps, typed: bool) -> impl Fn(String) + Clone {
    let (dispatch, path) = (p.dispatch.clone(), p.input.path.clone());
    move |v: String| dispatch.emit(if typed { Action::Type(path.clone(), v) } else { Action::Edit(Edit::Set(path.clone(), v)) })
}

fn toucher(p: &FieldProps) -> Callback<FocusEvent> {
    let (dispatch, path) = (p.dispatch.clone(), p.input.path.clone());
    Callback::from(move |_: FocusEvent| dispatch.emit(Action::Edit(Edit::Touch(path.clone()))))
}

/// The control, by the node's widget: one input for every kind of text, and a select, a
/// switch, a text area or a fixed value where the kind needs one.
fn control(p: &FieldProps, ids: &Ids, shown: &UseStateHandle<bool>) -> Html {
    let node = p.input.node;
    let (invalid, required) = (!p.messages.is_empty(), p.input.required());
    match node.widget {
        Widget::Fixed | Widget::Null | Widget::Only => fixed(p, ids),
        Widget::Select => select(p, ids),
        Widget::Toggle => toggle(p, ids),
        Widget::LongText => {
            let set = setter(p, true);
            html! {
                <textarea id={ids.id.clone()} class="rb-control" rows="3" value={p.value.clone()} onblur={toucher(p)}
                    oninput={Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))}
                    aria-invalid={tf(invalid)} aria-describedby={ids.described.clone()} aria-required={tf(required)}
                    placeholder={node.example}></textarea>
            }
        }
        Widget::Secret => {
            let set = setter(p, true);
            let flip = {
                let shown = shown.clone();
                Callback::from(move |_: MouseEvent| shown.set(!*shown))
            };
            html! {
                <span class="rb-secret">
                    <input id={ids.id.clone()} class="rb-control" type={if **shown { "text" } else { "password" }} value={p.value.clone()}
                        oninput={Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))}
                        onblur={toucher(p)} autocomplete="new-password"
                        aria-invalid={tf(invalid)} aria-describedby={ids.described.clone()} aria-required={tf(required)} />
                    <button type="button" class="rb-link" aria-pressed={tf(**shown)} onclick={flip}>{ if **shown { "Hide" } else { "Show" } }</button>
                </span>
            }
        }
        // Epoch milliseconds (GeminiDB restore_time): the number, and a UTC date picker that
        // writes it (once the importer's chunk has brought it).
        Widget::Number if node.wire() == Wire::Long => html! { <>{ text_input(p, ids) }{ super::lazy::utc_picker().map(|picker| picker(ids.id.clone(), &p.value, Callback::from(setter(p, false)))).unwrap_or_default() }</> },
        _ => text_input(p, ids),
    }
}

/// Beside an epoch-milliseconds field: a date and time in UTC, written as the 13-digit value.
/// It comes with the importer's chunk (`lazy::utc_picker`), with the date code it shares with
/// the rules; until then the field is the number alone.
pub fn utc_picker(id: String, value: &str, set: Callback<String>) -> Html {
    let on_change = Callback::from(move |e: Event| {
        if let Some(ms) = crate::epoch::utc_ms(&e.target_unchecked_into::<web_sys::HtmlInputElement>().value()) {
            set.emit(ms.to_string());
        }
    });
    let value = crate::text::parse_int(value).map(crate::epoch::utc_text).unwrap_or_default();
    let id = format!("{id}-utc");
    html! {
        <span class="rb-utc">
            <label for={id.clone()}>{ "or pick it, in UTC:" }</label>
            <input id={id} class="rb-control" type="datetime-local" step="1" value={value} onchange={on_change} />
        </span>
    }
}


/// Every other kind of text: one input, no wrapper (one element per field to build).
fn text_input(p: &FieldProps, ids: &Ids) -> Html {
    let node = p.input.node;
    let (invalid, required) = (!p.messages.is_empty(), p.input.required());
    let set = setter(p, true);
    let example = if node.example.is_empty() { String::new() } else { format!("e.g. {}", node.example) };
    html! {
        <input id={ids.id.clone()} class="rb-control" type="text" inputmode={(node.widget == Widget::Number).then_some("numeric")}
            value={p.value.clone()} oninput={Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))}
            onblur={toucher(p)} autocomplete="off"
            aria-invalid={tf(invalid)} aria-describedby={ids.described.clone()} aria-required={tf(required)}
            placeholder={example} />
    }
}
fn select(p: &FieldProps, ids: &Ids) -> Html {
    let node = p.input.node;
    let (value, required) = (p.value.clone(), p.input.required());
    let on_change = {
        let (set, dispatch, path) = (setter(p, false), p.dispatch.clone(), p.input.path.clone());
        Callback::from(move |e: Event| {
            set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value());
            dispatch.emit(Action::Edit(Edit::Touch(path.clone())));
        })
    };
    let stray = !value.is_empty() && !node.allows(&value);
    let picked = |o: &str| if node.field.more.ignore_case { o.eq_ignore_ascii_case(&value) } else { o == value.as_str() };
    html! {
        <select id={ids.id.clone()} class="rb-control" onchange={on_change} onblur={toucher(p)}
            aria-invalid={tf(!p.messages.is_empty())} aria-describedby={ids.described.clone()} aria-required={tf(required)}>
            if !required || value.is_empty() {
                <option value="" selected={value.is_empty()}>{ if required { "Choose…" } else { "— not sent —" } }</option>
            }
            if stray {
                <option value={value.clone()} selected=true>{ format!("{value} (not allowed here)") }</option>
            }
            { for node.options.iter().map(|o| html! { <option value={*o} selected={picked(o)}>{ *o }</option> }) }
        </select>
    }
}

fn toggle(p: &FieldProps, ids: &Ids) -> Html {
    let state = match p.value.as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    };
    let set = setter(p, false);
    let flip = {
        let (set, dispatch, path) = (set.clone(), p.dispatch.clone(), p.input.path.clone());
        Callback::from(move |_: MouseEvent| {
            set(if state == Some(true) { "false".into() } else { "true".into() });
            dispatch.emit(Action::Edit(Edit::Touch(path.clone())));
        })
    };
    let word = match state {
        Some(true) => "true",
        Some(false) => "false",
        None => "not sent",
    };
    html! {
        <span class="rb-toggle-row">
            <button type="button" id={ids.id.clone()} role="switch" class="rb-toggle" aria-checked={tf(state == Some(true))}
                aria-describedby={ids.described.clone()} onclick={flip}>
                <span class="rb-knob" aria-hidden="true"></span>
            </button>
            <span ~className={if state.is_none() { "rb-toggle-word rb-muted" } else { "rb-toggle-word" }}>{ word }</span>
            if state.is_some() && !p.input.required() {
                <button type="button" class="rb-link" onclick={Callback::from(move |_: MouseEvent| set(String::new()))}
                    aria-label={format!("Do not send {}", p.input.node.field.label)}>{ "Clear" }</button>
            }
        </span>
    }
}
