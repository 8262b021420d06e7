//! The v1 model of DESIGN.md: pure maths, no wasm-bindgen, no web-sys, no plotters.

pub mod finance;
pub mod inputs;
pub mod projection;
pub mod slider;
pub mod uncertainty;

pub use inputs::{param, Group, InputError, Inputs, ParamSpec, PARAMS};
pub use projection::{evaluate, Projection, Summary, YearRow};
pub use slider::Slider;
pub use uncertainty::{simulate, tornado, Uncertainty};
