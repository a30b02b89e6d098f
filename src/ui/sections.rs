//! The form body: the mode's sections, each with its inputs, row groups and lists.

use super::field::FieldView;
use super::dom_id;
use crate::form::{Input, Item, SectionView};
use crate::report::Issue;
use super::state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub sections: Rc<Vec<SectionView>>,
    pub values: Rc<crate::Values>,
    pub issues: Rc<Vec<Issue>>,
    /// Paths whose messages show: touched ones, or all after an attempt to copy or send.
    pub touched: Rc<Vec<String>>,
    pub attempted: bool,
    pub prefix: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component(Sections)]
pub fn sections(p: &SectionsProps) -> Html {
    let messages = |path: &str| -> Vec<String> {
        if !p.attempted && !p.touched.iter().any(|t| t == path) {
            return Vec::new();
        }
        p.issues.iter().filter(|i| i.path == path).map(|i| i.message.clone()).collect()
    };
    let field = |input: &Input, compact: bool, entry: Option<usize>| {
        html! {
            <FieldView key={input.path.clone()} input={input.clone()} value={AttrValue::from(p.values.get(&input.addr).to_string())}
                messages={messages(&input.path)} id={dom_id(&p.prefix, &input.path)} dispatch={p.dispatch.clone()}
                compact={compact} entry={entry} />
        }
    };
    html! {
        <>
        { for p.sections.iter().map(|s| html! {
            <fieldset class="rb-section" key={s.section.title()}>
                <legend>{ s.section.title() }</legend>
                { for s.items.iter().map(|item| match item {
                    Item::Input(input) => field(input, false, None),
                    Item::Rows { key, field: f, required, rows } => {
                        let add = { let key = key.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Push(key.clone(), true)) };
                        let msgs = messages(key);
                        html! {
                            <fieldset class="rb-group" key={key.clone()} id={dom_id(&p.prefix, key)} tabindex="-1">
                                <legend>{ f.label }{ if *required { " *" } else { "" } }<code class="rb-path">{ format!("{key}[]") }</code></legend>
                                <p class="rb-group-help">{ f.help }</p>
                                { for rows.iter().enumerate().map(|(i, row)| {
                                    let remove = { let key = key.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Remove(key.clone(), i)) };
                                    html! {
                                        <div class="rb-row" key={i}>
                                            <div class="rb-row-head">
                                                <span class="rb-row-title">{ format!("{} {}", f.label, i + 1) }</span>
                                                <button type="button" class="rb-link" onclick={remove} aria-label={format!("Remove {} {}", f.label, i + 1)}>{ "Remove" }</button>
                                            </div>
                                            <div class="rb-row-fields">{ for row.iter().map(|input| field(input, true, None)) }</div>
                                        </div>
                                    }
                                }) }
                                { for msgs.iter().map(|m| html! { <p class="rb-msg">{ m.clone() }</p> }) }
                                <button type="button" class="rb-add" onclick={add} aria-label={format!("Add row to {}", f.label)}>{ "Add row" }</button>
                            </fieldset>
                        }
                    }
                    Item::List { key, field: f, required, items } => {
                        let add = { let key = key.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Push(key.clone(), false)) };
                        let msgs = messages(key);
                        html! {
                            <fieldset class="rb-group" key={key.clone()} id={dom_id(&p.prefix, key)} tabindex="-1">
                                <legend>{ f.label }{ if *required { " *" } else { "" } }<code class="rb-path">{ format!("{key}[]") }</code></legend>
                                { for items.iter().enumerate().map(|(i, input)| {
                                    let remove = { let key = key.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Remove(key.clone(), i)) };
                                    html! {
                                        <div class="rb-item" key={i}>
                                            { field(input, true, Some(i)) }
                                            <button type="button" class="rb-link" onclick={remove} aria-label={format!("Remove {} entry {}", f.label, i + 1)}>{ "Remove" }</button>
                                        </div>
                                    }
                                }) }
                                { for msgs.iter().map(|m| html! { <p class="rb-msg">{ m.clone() }</p> }) }
                                <button type="button" class="rb-add" onclick={add} aria-label={format!("Add entry to {}", f.label)}>{ "Add entry" }</button>
                            </fieldset>
                        }
                    }
                }) }
            </fieldset>
        }) }
        </>
    }
}
