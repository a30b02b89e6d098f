//! Builds and checks the JSON bodies of cloud "create instance" API requests.
//!
//! The domain core is plain Rust with no UI in it; the browser widget (`ui`, wasm32 only) and
//! the `request-builder` CLI are two faces of it. Its layers, each importing only those
//! before it:
//!
//! - `text`, `path`: leaf helpers and the typed path;
//! - `catalog`: the five APIs as inert data;
//! - `mode`, `values`, `report`: a mode's choices, what the body holds, the issues;
//! - `resolve`: a mode's field tree, decided once;
//! - `rules`, `body`, `import`, `fill`, `form`, `schema`, `draft`: each walks that tree;
//! - `session`, `request`, `response`, `export`: what the widget and the CLI do with it.

pub mod text;
pub mod epoch;
pub mod path;
pub mod catalog;
pub mod mode;
pub mod values;
pub mod report;
pub mod resolve;
pub mod hint;
pub mod rules;
pub mod body;
pub mod import;
pub mod fill;
pub mod form;
pub mod draft;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod session;
pub mod request;
pub mod response;
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

pub use catalog::{api, Api, APIS};
pub use mode::Mode;
pub use path::Path;
pub use report::Issue;
pub use values::Values;

/// What `check` finds in a pasted body: the import's problems, then the rules' issues. Where
/// the import already reported a value (of the wrong JSON type, say), the rules do not
/// report the same place, or what is under it, again.
pub fn check(api: &'static Api, text: &str, mode: Option<Mode>) -> Result<(import::Imported, Vec<Issue>), import::ImportError> {
    let imported = import::import(api, text, mode)?;
    let mut issues = imported.issues();
    let noted: Vec<Path> = issues.iter().map(|i| i.path.clone()).collect();
    issues.extend(rules::validate(api, &imported.mode, &imported.values).into_iter().filter(|i| !noted.iter().any(|n| i.path.starts_with(n.segs()))));
    Ok((imported, issues))
}

#[cfg(target_arch = "wasm32")]
pub mod ui;
