//! The service picker and the mode's axes, as radio groups.

use super::state::Action;
use crate::catalog::Api;
use crate::session::Edit;
use crate::{Mode, APIS};
use yew::prelude::*;

/// A component of its own: a key re-renders the App, and these radios (which change only with
/// the service or the mode) are then skipped, not rebuilt and compared.
#[derive(Properties, PartialEq)]
pub struct PickersProps {
    pub api: &'static Api,
    pub mode: Mode,
    pub prefix: AttrValue,
    /// Hides the service picker (an embed locked to one API).
    pub lock_api: bool,
    pub lock_mode: bool,
    pub dispatch: Callback<Action>,
}

#[function_component(Pickers)]
pub fn pickers(p: &PickersProps) -> Html {
    let api = p.api;
    html! {
        <div class="rb-pickers">
            if !p.lock_api {
                <fieldset class="rb-axis">
                    <legend>{ "Service" }</legend>
                    <div class="rb-chips">
                        { for APIS.iter().map(|a| {
                            let on = p.dispatch.reform(move |_: Event| Action::Edit(Edit::PickApi(a.id)));
                            html! {
                                <label class="rb-chip" key={a.id}>
                                    <input type="radio" name={format!("{}api", p.prefix)} value={a.id} checked={a.id == api.id} onchange={on} />
                                    <span>{ a.title }<small>{ a.cloud }</small></span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
            }
            if !p.lock_mode {
                { for api.axes.iter().filter(|axis| axis.choices.len() > 1).map(|axis| {
                    let picked = p.mode.choice(api, axis.id).map(|c| c.id).unwrap_or("");
                    html! {
                        <fieldset class="rb-axis" key={axis.id}>
                            <legend>{ axis.title }</legend>
                            <div class="rb-chips">
                                { for p.mode.available(api, axis).map(|c| {
                                    let on = p.dispatch.reform(move |_: Event| Action::Edit(Edit::PickChoice(axis.id, c.id)));
                                    html! {
                                        <label class="rb-chip" key={c.id}>
                                            <input type="radio" name={format!("{}{}", p.prefix, axis.id)} value={c.id} checked={c.id == picked} onchange={on} />
                                            <span>{ c.title }</span>
                                        </label>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    }
                }) }
            }
        </div>
    }
}
