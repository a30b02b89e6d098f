//! The form body: the mode's sections, each with its inputs, row groups and lists.

use super::field::FieldView;
use super::state::Action;
use crate::form::{Input, Item, SectionView};
use crate::report::Issue;
use crate::session::Edit;
use crate::Path;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct SectionsProps {
    pub sections: Rc<Vec<SectionView>>,
    /// The sections' shape (`form::shape`): equal shapes are the same layout.
    pub shape: Rc<Vec<usize>>,
    /// Read when the form is built; what moves it is `view_rev`.
    pub values: Rc<crate::Values>,
    /// Moves when a value moved that a control does not show yet (all but typing in the
    /// field's own control, which shows what was typed: `state::Action::Type`).
    pub view_rev: u64,
    pub issues: Rc<Vec<Issue>>,
    /// Paths whose messages show: touched ones, or all after an attempt to copy or send.
    pub touched: Rc<Vec<Path>>,
    pub attempted: bool,
    pub prefix: AttrValue,
    pub dispatch: Callback<Action>,
    /// Bumped when a service's texts (help, examples) arrive, and once the page has painted the
    /// first render (`super::painted`); `texts_changed` bumps it.
    pub texts_rev: u32,
    pub texts_changed: Callback<()>,
    /// The compact layout: sections that hold no required field and show no message are
    /// collapsed.
    pub compact: bool,
    /// Every field's full description is open.
    pub help_all: bool,
}

/// The form is built again only when what it shows moved: its layout, the messages it shows,
/// or a value its controls do not show yet (`view_rev`). A key typed in a text field moves
/// none of them (its control shows the text), unless it moves a message shown or the layout
/// (an asterisk, a field shown): docs/decisions.md #113.
impl PartialEq for SectionsProps {
    fn eq(&self, o: &Self) -> bool {
        self.shape == o.shape
            && self.view_rev == o.view_rev
            && shown(self).eq(shown(o))
            && self.attempted == o.attempted
            && self.prefix == o.prefix
            && self.dispatch == o.dispatch
            && self.texts_rev == o.texts_rev
            && self.compact == o.compact
            && self.help_all == o.help_all
    }
}

/// The messages the form shows: path and message of each issue whose path shows its messages
/// (`shows`).
fn shown(p: &SectionsProps) -> impl Iterator<Item = (&Path, &str)> {
    p.issues.iter().filter(|i| shows(p, &i.path)).map(|i| (&i.path, i.message.as_str()))
}

/// Whether a path's messages show: once it was touched, or (every path) after an attempt to
/// copy or send.
fn shows(p: &SectionsProps, path: &Path) -> bool {
    p.attempted || p.touched.contains(path)
}

#[function_component(Sections)]
pub fn sections(p: &SectionsProps) -> Html {
    html! {
        <>
        // The first section only until the page has painted it (`super::painted`).
        { for p.sections[..if super::painted() { p.sections.len() } else { p.sections.len().min(1) }].iter().map(|s| {
            let items = html! { for s.items.iter().map(|item| match item {
                Item::Input(input) => field(p, input, false, None),
                Item::Rows { path, node, rows, required } => group(p, path, node, *required, true, rows.iter().enumerate().map(|(i, row)| html! {
                    <div class="rb-row-fields" key={i}>{ for row.iter().map(|input| field(p, input, true, None)) }</div>
                }).collect()),
                Item::List { path, node, items, required } => group(p, path, node, *required, false, items.iter().enumerate().map(|(i, input)| field(p, input, true, Some(i))).collect()),
            }) };
            let title = s.section.title();
            if p.compact && !s.items.iter().any(|i| needed(p, i)) {
                // Nothing to fill in here: one line until opened.
                html! {
                    <details class="rb-section rb-folded" key={title}>
                        <summary>{ title }<span class="rb-muted">{ format!(" · {} optional", s.items.len()) }</span></summary>
                        { items }
                    </details>
                }
            } else {
                html! { <fieldset class="rb-section" key={title}><legend>{ title }</legend>{ items }</fieldset> }
            }
        }) }
        </>
    }
}

/// Whether an item needs the reader: it is required, or a message shows on it.
fn needed(p: &SectionsProps, item: &Item) -> bool {
    match item {
        Item::Input(i) => i.required || !messages(p, &i.path).is_empty(),
        Item::Rows { path, required, rows, .. } => *required || !messages(p, path).is_empty() || rows.iter().flatten().any(|i| i.required || !messages(p, &i.path).is_empty()),
        Item::List { path, required, .. } => *required || !messages(p, path).is_empty(),
    }
}

/// The messages of a path, when they show (`shows`).
fn messages(p: &SectionsProps, path: &Path) -> Vec<String> {
    if !shows(p, path) {
        return Vec::new();
    }
    p.issues.iter().filter(|i| i.path == *path).map(|i| i.message.clone()).collect()
}

fn field(p: &SectionsProps, input: &Input, compact: bool, entry: Option<usize>) -> Html {
    // Built for every field on every key: the id is the key too, and neither is formatted.
    let id: Rc<str> = input.path.dom_id(&p.prefix).into();
    let key = yew::virtual_dom::Key::from(id.clone());
    html! {
        <FieldView key={key} input={input.clone()} value={AttrValue::Rc(p.values.text(input.path.segs()).into())}
            messages={messages(p, &input.path)} id={AttrValue::Rc(id)} dispatch={p.dispatch.clone()}
            compact={compact} entry={entry} texts_rev={p.texts_rev} help_all={p.help_all} />
    }
}

/// An array: a row of inputs (objects) or one input (strings) per entry, each with Remove,
/// the array's messages, and Add. One renderer for both kinds.
fn group(p: &SectionsProps, path: &Path, node: &'static crate::resolve::Node, required: bool, rows: bool, entries: Vec<Html>) -> Html {
    let f = node.field;
    let (noun, title) = if rows { ("row", format!("{} ", f.label)) } else { ("entry", format!("{} entry ", f.label)) };
    let add = {
        // The new entry's first input takes the focus once it is rendered.
        let first = if rows { node.children.iter().find(|c| c.source == crate::resolve::Source::Typed && c.widget != crate::resolve::Widget::Only).map(|c| c.name()) } else { None };
        let (path, n, prefix) = (path.clone(), p.values.len(path.segs()), p.prefix.clone());
        let target = first.map_or_else(|| path.index(n), |name| path.index(n).key(name)).dom_id(&prefix);
        edit_then_focus(&p.dispatch, move || Edit::Push(path.clone()), target, super::dom::focus_in)
    };
    let id = path.dom_id(&p.prefix);
    html! {
        <fieldset class="rb-group" key={path.to_string()} id={id.clone()} tabindex="-1">
            <legend>{ f.label }{ if required { "\u{a0}*" } else { "" } }<code class="rb-path">{ format!("{path}[]") }</code></legend>
            if rows {
                { super::texts::group_help(f, &p.texts_changed) }
            }
            { for entries.into_iter().enumerate().map(|(i, entry)| {
                // The focus stays in the group (the button pressed may be the one removed).
                let remove = { let path = path.clone(); edit_then_focus(&p.dispatch, move || Edit::Remove(path.clone(), i), id.clone(), super::dom::focus_quiet) };
                let remove = html! { <button type="button" class="rb-link" onclick={remove} aria-label={format!("Remove {title}{}", i + 1)}>{ "Remove" }</button> };
                html! {
                    <div ~className={if rows { "rb-row" } else { "rb-item" }} key={i}>
                        if rows {
                            <div class="rb-row-head"><span class="rb-row-title">{ format!("{} {}", f.label, i + 1) }</span>{ remove }</div>
                            { entry }
                        } else {
                            { entry }{ remove }
                        }
                    </div>
                }
            }) }
            { for messages(p, path).iter().map(|m| html! { <p class="rb-msg">{ m.clone() }</p> }) }
            <button type="button" class="rb-add" onclick={add} aria-label={format!("Add {noun} to {}", f.label)}>{ format!("Add {noun}") }</button>
        </fieldset>
    }
}

/// A click that makes the edit, then focuses `target` once the edit is rendered (`focus` is
/// `dom::focus_in`, which scrolls the field's box into view, or `dom::focus_quiet`).
fn edit_then_focus(dispatch: &Callback<Action>, edit: impl Fn() -> Edit + 'static, target: String, focus: fn(Option<web_sys::Element>, &str)) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        dispatch.emit(Action::Edit(edit()));
        let root = e.target_unchecked_into::<web_sys::Element>().closest(".rb-app").ok().flatten();
        let target = target.clone();
        gloo_timers::callback::Timeout::new(0, move || focus(root, &target)).forget();
    })
}
