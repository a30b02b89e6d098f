//! Code the form does not need to show, in chunks of wasm that load after it (feature `split`:
//! `wasm-split-cli` cuts the module at the `#[wasm_split]` functions; without the feature, as
//! in the tests, they are plain functions). A chunk hands out function pointers, kept once
//! loaded, so rendering and clicks stay synchronous; before the chunk is here its place in
//! the widget says so.

use super::send;
use super::submit::Sent;
use crate::export::Snippet;
use std::cell::Cell;

/// The send chunk: the send panel's view, sending, and the snippets (curl, fetch(), Python,
/// HTTPie, Go, Java), each with the status line that says what was copied.
#[derive(Clone, Copy)]
pub struct SendCode {
    pub view: send::View,
    /// `rb-send-result`'s detail.
    pub result: fn(&Sent) -> js_sys::Object,
    /// A click on Send.
    pub start: fn(&super::actions::Sender, bool),
    /// Copies a snippet (curl, fetch(), ...): the kind, the state, the token, the URL.
    pub copy_snippet: fn(Snippet, &yew::UseReducerHandle<super::state::State>, &str, &str),
}

fn send_code_here() -> SendCode {
    SendCode { view: send::send_panel, result: super::hooks::sent_detail, copy_snippet: super::actions::copy_snippet, start: super::actions::start }
}

/// Where a chunk's load stands.
#[derive(Clone, Copy, PartialEq)]
pub enum Load {
    Waiting,
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    Failed,
}

thread_local! {
    static SEND: Cell<Option<SendCode>> = const { Cell::new(None) };
    static SEND_LOAD: Cell<Load> = const { Cell::new(Load::Waiting) };
    static RULES: Cell<Option<Rules>> = const { Cell::new(None) };
    static RULES_LOAD: Cell<Load> = const { Cell::new(Load::Waiting) };
}

/// The rules' chunk: every documented rule (`crate::rules::validate`, with validator's
/// checks), the summary that lists what they report, and the request preview with the body's
/// writer (the form shows its first input without either).
#[derive(Clone, Copy)]
pub struct Rules {
    pub validate: fn(&'static crate::Api, &crate::Mode, &crate::Values) -> Vec<crate::Issue>,
    pub summary: fn(&super::summary::SummaryProps) -> yew::Html,
    /// The body as text (`crate::body::render`).
    pub body: fn(&'static crate::Api, &crate::Mode, &crate::Values, crate::body::Style, bool) -> String,
    /// The send plan: the URL the preview shows, where Send goes (`crate::request::plan`).
    pub plan: fn(&crate::Api, &dyn Fn(&str) -> String, bool) -> crate::request::Plan,
    /// The request preview: method, URL, headers, the body and its buttons.
    pub preview: fn(&super::preview::PreviewProps) -> yew::Html,
    /// The preview's Copy and Download, on the state when clicked.
    pub copy: fn(&yew::UseReducerHandle<super::state::State>),
    pub download: fn(&yew::UseReducerHandle<super::state::State>),
    pub title: fn(&[crate::Issue], &crate::Values, bool) -> String,
    /// Notes a change for the next `rb-change`, and writes its detail.
    pub notify: fn(&std::rc::Rc<super::hooks::Notifier>, Option<web_sys::HtmlElement>, super::hooks::Change),
}

fn rules_here() -> Rules {
    Rules { validate: crate::rules::validate, summary: super::summary::summary, body: crate::body::render, plan: crate::request::plan, preview: super::preview::preview, copy: super::actions::copy_body, download: super::actions::download_body, title: super::summary::title, notify: super::hooks::Notifier::changed }
}

/// A chunk's code once it is here, else where its load stands (without the `split` feature,
/// `now`: the code is in the module).
fn code<T: Copy>(here: &'static std::thread::LocalKey<Cell<Option<T>>>, load: &'static std::thread::LocalKey<Cell<Load>>, now: fn() -> T) -> Result<T, Load> {
    if cfg!(not(feature = "split")) {
        return Ok(now());
    }
    here.get().ok_or_else(|| load.get())
}

/// Loads a chunk's code into `here` (once; again after a failure), then calls `done`.
#[cfg(feature = "split")]
fn load<T: Copy + 'static>(
    here: &'static std::thread::LocalKey<Cell<Option<T>>>,
    load: &'static std::thread::LocalKey<Cell<Load>>,
    chunk: impl std::future::Future<Output = Result<T, wasm_split_helpers::SplitLoaderError>> + 'static,
    done: impl FnOnce() + 'static,
) {
    if here.get().is_some() {
        return;
    }
    load.set(Load::Waiting);
    wasm_bindgen_futures::spawn_local(async move {
        match chunk.await {
            Ok(code) => here.set(Some(code)),
            Err(_) => load.set(Load::Failed),
        }
        done();
    });
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(rules, fallible)]
fn rules_chunk() -> Result<Rules, wasm_split_helpers::SplitLoaderError> {
    Ok(rules_here())
}

/// The rules, once their chunk is here (always, without the `split` feature). The form shows
/// before they arrive; until then nothing is reported as valid or invalid.
pub fn rules() -> Result<Rules, Load> {
    code(&RULES, &RULES_LOAD, rules_here)
}

/// Loads the rules' chunk (again after a failure), then calls `done`.
pub fn load_rules(done: impl FnOnce() + 'static) {
    #[cfg(feature = "split")]
    load(&RULES, &RULES_LOAD, rules_chunk(), done);
    #[cfg(not(feature = "split"))]
    let _ = done;
}

/// Reads a draft's or a shared link's text: the current API and each API's saved state.
pub type Read = fn(&str) -> Option<(&'static str, Vec<crate::draft::Saved>)>;

type LoadTexts = fn(String) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<super::texts::Texts>>>>;

/// What the importer's chunk brings: the importer and the code around it that the form does
/// not need to show its first input.
#[derive(Clone, Copy)]
struct Imported {
    /// Without `split` the session has its importer from the start (`session`).
    #[cfg_attr(not(feature = "split"), allow(dead_code))]
    code: crate::session::Importer,
    read: Read,
    /// "Download .json".
    download: fn(&str, &str),
    texts: LoadTexts,
    draft_text: DraftText,
    tools: Tools,
    utc_picker: UtcPicker,
    json_editor: JsonEditor,
    copy_link: fn(&yew::UseReducerHandle<super::state::State>),
}

impl Imported {
    const HERE: Imported = Imported {
        code: crate::session::Importer::HERE,
        read: crate::draft::read,
        download: super::dom::download,
        texts: super::texts::load,
        draft_text: crate::session::Session::draft_text,
        tools: super::tools::tools,
        utc_picker: super::field::utc_picker,
        json_editor: super::preview::json_editor,
        copy_link: super::actions::copy_link,
    };
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(import, fallible)]
fn import_chunk() -> Result<Imported, wasm_split_helpers::SplitLoaderError> {
    Ok(Imported::HERE)
}

/// The tools row (examples, fill, undo, reset, link, help texts, paste and its notes).
pub type Tools = fn(&super::tools::ToolsProps) -> yew::Html;

/// The UTC date picker beside an epoch-milliseconds field (GeminiDB's `restore_time`).
pub type UtcPicker = fn(String, &str, yew::Callback<String>) -> yew::Html;

/// The preview's JSON editor (its text area and message line).
pub type JsonEditor = fn(&super::preview::PreviewProps, String) -> yew::Html;

/// Fetches and reads a service's texts file: both come with the importer's chunk, so the file
/// is asked for once the form is painted (None: the chunk, the network or the file failed).
pub async fn load_texts(url: String) -> Option<super::texts::Texts> {
    #[cfg(feature = "split")]
    let imported = import_chunk().await.ok()?;
    #[cfg(not(feature = "split"))]
    let imported = Imported::HERE;
    (imported.texts)(url).await
}

/// Writes the draft as text (the saved draft, a share link): serde_json's writer.
type DraftText = fn(&crate::session::Session, bool) -> String;

thread_local! {
    /// The importer's chunk once it is here (from the start without `split`).
    static IMPORTED: Cell<Option<Imported>> = const { Cell::new(if cfg!(feature = "split") { None } else { Some(Imported::HERE) }) };
}

/// The draft's writer (it comes with the importer's chunk).
pub fn draft_text() -> Option<DraftText> {
    IMPORTED.get().map(|i| i.draft_text)
}

/// The tools row's view (it comes with the importer's chunk: most of its tools import).
pub fn tools() -> Option<Tools> {
    IMPORTED.get().map(|i| i.tools)
}

/// The UTC date picker (it comes with the importer's chunk; the App renders the fields again
/// when the chunk arrives, so the picker shows then).
pub fn utc_picker() -> Option<UtcPicker> {
    IMPORTED.get().map(|i| i.utc_picker)
}

/// The preview's JSON editor (it comes with the importer's chunk, which takes what is typed
/// there; "Edit JSON" waits for it, as the paste does).
pub fn json_editor() -> Option<JsonEditor> {
    IMPORTED.get().map(|i| i.json_editor)
}

/// "Copy link" (it comes with the importer's chunk, with the draft's writer).
pub fn copy_link() -> Option<fn(&yew::UseReducerHandle<super::state::State>)> {
    IMPORTED.get().map(|i| i.copy_link)
}

/// "Download .json" (it comes with the importer's chunk).
pub fn download() -> Option<fn(&str, &str)> {
    IMPORTED.get().map(|i| i.download)
}

/// The draft reader when it is in the module (without `split`); else it comes with the
/// importer's chunk.
pub fn read_now() -> Option<Read> {
    if cfg!(feature = "split") {
        None
    } else {
        Some(Imported::HERE.read)
    }
}

/// A session for the widget: with the importer when it is in the module, else without it
/// until `load_import` hands it over.
pub fn session(api: Option<&str>, mode: Option<&str>) -> crate::session::Session {
    #[cfg(feature = "split")]
    return crate::session::Session::without_importer(api, mode);
    #[cfg(not(feature = "split"))]
    crate::session::Session::new(api, mode)
}

/// Loads the importer's chunk (pasted bodies, examples, the JSON view, a page's preset body,
/// the draft reader), then hands it to `done` (`None`: the network failed).
pub fn load_import(done: Box<dyn FnOnce(Option<(crate::session::Importer, Read)>)>) {
    #[cfg(feature = "split")]
    wasm_bindgen_futures::spawn_local(async move {
        let chunk = import_chunk().await.ok();
        IMPORTED.set(chunk);
        done(chunk.map(|c| (c.code, c.read)))
    });
    #[cfg(not(feature = "split"))]
    let _ = done;
}

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(send, fallible)]
fn send_chunk() -> Result<SendCode, wasm_split_helpers::SplitLoaderError> {
    Ok(send_code_here())
}

/// The send chunk's code, once it is here (always, without the `split` feature).
pub fn send_code() -> Result<SendCode, Load> {
    code(&SEND, &SEND_LOAD, send_code_here)
}

/// Loads the send chunk (once for the page; again after a failure), then calls `done`.
pub fn load_send(done: impl FnOnce() + 'static) {
    #[cfg(feature = "split")]
    load(&SEND, &SEND_LOAD, send_chunk(), done);
    #[cfg(not(feature = "split"))]
    let _ = done;
}
