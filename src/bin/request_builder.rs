//! `request-builder`: see `request_builder::cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    request_builder::cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
