//! The form body: the mode's sections, each with its inputs, row groups and lists.

use super::field::FieldView;
use super::state::Action;
use crate::form::{Input, Item, SectionView};
use crate::report::Issue;
use crate::session::Edit;
use crate::Path;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub sections: Rc<Vec<SectionView>>,
    pub values: Rc<crate::Values>,
    pub issues: Rc<Vec<Issue>>,
    /// Paths whose messages show: touched ones, or all after an attempt to copy or send.
    pub touched: Rc<Vec<Path>>,
    pub attempted: bool,
    pub prefix: AttrValue,
    pub dispatch: Callback<Action>,
}

#[function_component(Sections)]
pub fn sections(p: &SectionsProps) -> Html {
    let messages = |path: &Path| -> Vec<String> {
        if !p.attempted && !p.touched.contains(path) {
            return Vec::new();
        }
        p.issues.iter().filter(|i| i.path == *path).map(|i| i.message.clone()).collect()
    };
    let field = |input: &Input, compact: bool, entry: Option<usize>| {
        html! {
            <FieldView key={input.path.to_string()} input={input.clone()} value={AttrValue::from(p.values.text(input.path.segs()).to_string())}
                messages={messages(&input.path)} id={input.path.dom_id(&p.prefix)} dispatch={p.dispatch.clone()}
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
                    Item::Rows { path, node, rows } => {
                        let (f, required) = (node.field, node.is_required());
                        let add = { let path = path.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::Push(path.clone()))) };
                        let msgs = messages(path);
                        html! {
                            <fieldset class="rb-group" key={path.to_string()} id={path.dom_id(&p.prefix)} tabindex="-1">
                                <legend>{ f.label }{ if required { " *" } else { "" } }<code class="rb-path">{ format!("{path}[]") }</code></legend>
                                <super::help::GroupHelp field={f} id={format!("{}-help", path.dom_id(&p.prefix))} />
                                { for rows.iter().enumerate().map(|(i, row)| {
                                    let remove = { let path = path.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::Remove(path.clone(), i))) };
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
                    Item::List { path, node, items } => {
                        let (f, required) = (node.field, node.is_required());
                        let add = { let path = path.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::Push(path.clone()))) };
                        let msgs = messages(path);
                        html! {
                            <fieldset class="rb-group" key={path.to_string()} id={path.dom_id(&p.prefix)} tabindex="-1">
                                <legend>{ f.label }{ if required { " *" } else { "" } }<code class="rb-path">{ format!("{path}[]") }</code></legend>
                                { for items.iter().enumerate().map(|(i, input)| {
                                    let remove = { let path = path.clone(); p.dispatch.reform(move |_: MouseEvent| Action::Edit(Edit::Remove(path.clone(), i))) };
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
