//! The issue summary: the count, and one entry per issue that moves focus to its field.

use crate::report::Issue;
use crate::Path;
use std::rc::Rc;
use yew::prelude::*;

pub struct SummaryProps {
    pub issues: Rc<Vec<Issue>>,
    pub prefix: AttrValue,
    pub on_focus: Callback<Path>,
    /// Nothing touched and no copy or send tried yet: the summary says what is needed, in a
    /// neutral colour, rather than raising alarms about a form nobody has filled in.
    pub fresh: bool,
}

pub fn summary(p: &SummaryProps) -> Html {
    let n = p.issues.len();
    if n == 0 {
        return html! {
            <section class="rb-summary rb-ok" part="summary" aria-live="polite"><p>{ "The body is valid: every documented rule holds." }</p></section>
        };
    }
    let title = title(&p.issues, p.fresh);
    html! {
        <section class={if p.fresh { "rb-summary rb-todo" } else { "rb-summary" }} part="summary" aria-labelledby={format!("{}summary", p.prefix)}>
            <details open={n <= 6}>
                <summary id={format!("{}summary", p.prefix)} aria-live="polite">{ title }</summary>
                <ul>
                    { for p.issues.iter().enumerate().map(|(i, issue)| {
                        let path = issue.path.clone();
                        let go = p.on_focus.reform(move |_: MouseEvent| path.clone());
                        html! {
                            <li key={i}>
                                <button type="button" class="rb-link rb-issue" onclick={go}>
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

/// "12 fields to fill" on a fresh form with only missing fields, else "3 issues to fix": the
/// summary's title, and the phone bar's count.
pub fn title(issues: &[crate::Issue], fresh: bool) -> String {
    let n = issues.len();
    // A list still empty ("needs at least 1 entry") is as much to fill as a missing field.
    let to_fill = |i: &crate::Issue| i.code == "required" || (i.code == "count" && i.params.get("count").and_then(|c| c.as_u64()) == Some(0));
    if fresh && issues.iter().all(to_fill) {
        format!("{n} field{} to fill", if n == 1 { "" } else { "s" })
    } else {
        format!("{n} issue{} to fix", if n == 1 { "" } else { "s" })
    }
}
