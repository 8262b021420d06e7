//! The `roi-gap` binary: the native CLI (src/cli.rs). It is native only; on wasm32, where
//! `cargo test --target wasm32-unknown-unknown` still builds every binary, it is empty, so
//! neither the CLI's JSON (serde_json) nor the no-JavaScript fallback reaches the wasm.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
