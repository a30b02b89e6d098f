//! Builds and checks the JSON bodies of cloud "create instance" API requests.
//!
//! The domain core (catalog, mode, values, rules, body, import, schema) is plain Rust with
//! no UI in it; the browser widget (`ui`, wasm32 only) and the `request-builder` CLI are two
//! faces of it.

pub mod body;
pub mod catalog;
pub mod draft;
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod fill;
pub mod form;
pub mod import;
pub mod json;
pub mod mode;
pub mod report;
pub mod request;
pub mod response;
pub mod rules;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod values;

pub use catalog::{api, Api, APIS};
pub use mode::Mode;
pub use report::Issue;
pub use values::{Addr, Values};

/// What `check` finds in a pasted body: the import's problems, then the rules' issues.
pub fn check(api: &'static Api, text: &str, mode: Option<Mode>) -> Result<(import::Imported, Vec<Issue>), import::ImportError> {
    let imported = import::import(api, text, mode)?;
    let mut issues = imported.issues();
    issues.extend(rules::validate(api, &imported.mode, &imported.values));
    Ok((imported, issues))
}

#[cfg(target_arch = "wasm32")]
pub mod ui;
