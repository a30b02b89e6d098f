//! The issue summary: the count, and one entry per issue that moves focus to its field.

use crate::report::Issue;
use crate::Path;
use std::rc::Rc;
use yew::prelude::*;

pub struct SummaryProps {
    pub issues: Rc<Vec<Issue>>,
    /// The form's layout: the summary lists the issues in the form's order.
    pub sections: Rc<Vec<crate::form::SectionView>>,
    pub prefix: AttrValue,
    pub on_focus: Callback<Path>,
    /// Nothing touched and no copy or send tried yet: the summary says what is needed, in a
    /// neutral colour, rather than raising alarms about a form nobody has filled in.
    pub fresh: bool,
    /// `title`'s words, which the phone bar shows too.
    pub title: String,
    /// The JSON view holds text the form could not take: what is checked is the last body it took.
    pub json_stale: bool,
    /// Where the summary keeps its view while nothing it shows moves (`part`).
    pub slot: super::part::Slot,
}

/// The issues as the summary shows them: path and message, in order.
struct Shown(Rc<Vec<Issue>>);

impl PartialEq for Shown {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(other.0.iter()).all(|(a, b)| a.path == b.path && a.message == b.message)
    }
}

/// The summary, built again only when what it shows moved (most keys move nothing here).
pub fn summary(p: &SummaryProps) -> Html {
    let order = form_order(&p.issues, &p.sections);
    let deps = (Shown(p.issues.clone()), order.clone(), p.fresh, p.title.clone(), p.json_stale);
    super::part::cached(&p.slot, deps, || view(p, Rc::new(order.iter().map(|&i| p.issues[i].clone()).collect())))
}

/// The issues' indices in the order of the form's fields (its sections, then each row's
/// fields), which is not the documents' table order the rules check in; an issue of no field
/// shown (a key of another mode) comes last. A stable sort: one field's issues keep their order.
fn form_order(issues: &[Issue], sections: &[crate::form::SectionView]) -> Vec<usize> {
    use crate::form::Item;
    let mut place: Vec<&Path> = Vec::new();
    for item in sections.iter().flat_map(|s| &s.items) {
        match item {
            Item::Input(i) => place.push(&i.path),
            Item::Rows { path, rows, .. } => {
                place.push(path);
                place.extend(rows.iter().flatten().map(|i| &i.path));
            }
            Item::List { path, items, .. } => {
                place.push(path);
                place.extend(items.iter().map(|i| &i.path));
            }
        }
    }
    let rank = |p: &Path| place.iter().position(|q| *q == p).or_else(|| place.iter().position(|q| p.starts_with(q.segs()))).unwrap_or(usize::MAX);
    let mut order: Vec<usize> = (0..issues.len()).collect();
    order.sort_by_key(|&i| rank(&issues[i].path));
    order
}

fn view(p: &SummaryProps, issues: Rc<Vec<Issue>>) -> Html {
    let n = issues.len();
    let stale = p.json_stale.then(|| html! { <p class="rb-msg">{ STALE }</p> });
    if n == 0 && p.json_stale {
        return html! { <section ~className={"rb-summary"} part="summary" aria-live="polite">{ stale }</section> };
    }
    if n == 0 {
        return html! {
            <section ~className={"rb-summary rb-ok"} part="summary" aria-live="polite"><p>{ "The body is valid: every documented rule holds." }</p></section>
        };
    }
    let title = p.title.clone();
    // One listener for the list (an issue's button says which it is): a message that moves
    // while typing builds the list again, and its buttons keep no callback of their own.
    let go = {
        let (issues, on_focus) = (issues.clone(), p.on_focus.clone());
        Callback::from(move |e: MouseEvent| {
            let at = e.target_unchecked_into::<web_sys::Element>().closest("[data-i]").ok().flatten().and_then(|b| b.get_attribute("data-i"));
            if let Some(issue) = at.and_then(|i| issues.get(i.parse::<usize>().ok()?)) {
                on_focus.emit(issue.path.clone());
            }
        })
    };
    html! {
        <section ~className={if p.fresh { "rb-summary rb-todo" } else { "rb-summary" }} part="summary" aria-labelledby={format!("{}summary", p.prefix)}>
            { stale }
            <details open={n <= 6}>
                <summary id={format!("{}summary", p.prefix)} aria-live="polite">{ title }</summary>
                <ul onclick={go}>
                    { for issues.iter().enumerate().map(|(i, issue)| {
                        html! {
                            <li key={i}>
                                <button type="button" class="rb-link rb-issue" data-i={i.to_string()}>
                                    <code>{ issue.path.to_string() }</code>{ " " }{ issue.message.clone() }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            </details>
        </section>
    }
}

/// What the summary says while the JSON view holds text that did not parse or fit.
pub const STALE: &str = "The JSON view holds text the form could not take (the reason is under it): the form, this check and Copy keep the last body it took.";

/// "12 fields to fill" on a fresh form with only empty fields, else "3 issues to fix": the
/// summary's title, and the phone bar's count.
pub fn title(issues: &[Issue], values: &crate::Values, fresh: bool) -> String {
    let n = issues.len();
    // A list with nothing in it ("needs at least 1 entry") is as much to fill as a missing
    // field. (Read from the values: the wasm build's issues carry no params.)
    let to_fill = |i: &Issue| i.code == "required" || (i.code == "count" && !values.any_under(i.path.segs()));
    if fresh && issues.iter().all(to_fill) {
        format!("{n} field{} to fill", if n == 1 { "" } else { "s" })
    } else {
        format!("{n} issue{} to fix", if n == 1 { "" } else { "s" })
    }
}
