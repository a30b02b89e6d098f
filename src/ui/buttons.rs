//! Buttons as data: each panel lists its buttons (label, style, what a click does) and one
//! template renders them all. `html!` compiles every button it is written for; listing
//! them keeps one template for the whole widget (docs/decisions.md #60 has the bytes).

use yew::prelude::*;

pub struct Btn {
    pub label: AttrValue,
    /// `rb-btn`, `rb-btn rb-primary`, `rb-link`...
    pub class: &'static str,
    /// What a click does; `None` renders the button disabled.
    pub on: Option<Callback<MouseEvent>>,
    /// A toggle's state (`aria-pressed`), for buttons that are one.
    pub pressed: Option<bool>,
}

impl Btn {
    pub fn new(label: impl Into<AttrValue>, class: &'static str, on: Callback<MouseEvent>) -> Btn {
        Btn { label: label.into(), class, on: Some(on), pressed: None }
    }

    /// A button that cannot be pressed now ("Sending…").
    pub fn off(label: &'static str, class: &'static str) -> Btn {
        Btn { label: label.into(), class, on: None, pressed: None }
    }

    /// Enabled only when `on` holds.
    pub fn when(mut self, on: bool) -> Btn {
        if !on {
            self.on = None;
        }
        self
    }

    pub fn pressed(mut self, on: bool) -> Btn {
        self.pressed = Some(on);
        self
    }
}

/// The buttons, in order.
pub fn buttons(list: Vec<Btn>) -> Html {
    html! {
        for list.into_iter().map(|b| html! {
            <button type="button" ~className={b.class} disabled={b.on.is_none()} aria-pressed={b.pressed.map(|p| AttrValue::Static(if p { "true" } else { "false" }))} onclick={b.on}>{ b.label }</button>
        })
    }
}
