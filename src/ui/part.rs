//! Parts of the App's view that are built, and reconciled, again only when what they show
//! moved. The tools row, the summary and the send panel are plain views (their code comes in
//! chunks, so they cannot be components of their own): without this, every key would build
//! and diff them whole, though a key changes none of them (docs/decisions.md #109).
//!
//! A kept view keeps its callbacks: everything a part shows, and every value its callbacks
//! capture, is in its `deps`, or the callback reads it when it runs (`super::Live`).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct PartProps {
    /// Moves when `html` was built again: the component renders only then.
    pub rev: u64,
    pub html: Rc<Html>,
}

impl PartialEq for PartProps {
    fn eq(&self, other: &Self) -> bool {
        self.rev == other.rev
    }
}

/// A struct component: no hooks, so none of a function component's machinery.
pub struct Part;

impl Component for Part {
    type Message = ();
    type Properties = PartProps;

    fn create(_: &Context<Self>) -> Self {
        Part
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        (*ctx.props().html).clone()
    }
}

/// Where a part keeps its view between renders: one per part, made by the App, filled by the
/// part's code (in its chunk, with these functions).
pub type Slot = Rc<RefCell<Option<Box<dyn Any>>>>;

/// What a part's view was last built from, and that view.
struct Cache<D> {
    seen: D,
    rev: u64,
    html: Rc<Html>,
}

/// `build`'s view, built again only when `deps` moved since the last render: else the kept
/// view, which Yew neither builds nor diffs.
pub fn cached<D: PartialEq + 'static>(slot: &Slot, deps: D, build: impl FnOnce() -> Html) -> Html {
    let mut slot = slot.borrow_mut();
    let kept = slot.as_mut().and_then(|c| c.downcast_mut::<Cache<D>>());
    let (rev, html) = match kept {
        Some(c) if c.seen == deps => (c.rev, c.html.clone()),
        kept => {
            let rev = kept.map_or(1, |c| c.rev + 1);
            let html = Rc::new(build());
            *slot = Some(Box::new(Cache { seen: deps, rev, html: html.clone() }));
            (rev, html)
        }
    };
    html! { <Part rev={rev} html={html} /> }
}
