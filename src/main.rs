//! The browser entry: mounts the widget. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    request_builder::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser widget; build it with trunk. The CLI is `request-builder`.");
    std::process::exit(2);
}
