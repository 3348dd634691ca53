//! Réserve's engine: reads a draft social-media post and returns what a public servant
//! should think twice about (classified markings, partisan opinions, employer disclosure,
//! location, personal data...), in French and English, fast enough for every keystroke.
//!
//! Plain Rust, used by the `reserve` CLI, the tests and (through [`wasm`]) the browser
//! extension. Offsets given out are UTF-16 code units.

pub mod compiled;
pub mod engine;
pub mod fold;
pub mod lang;
pub mod model;
pub mod pack;
pub mod packs;
pub mod sentence;
pub mod term;
pub mod validators;

#[cfg(not(target_arch = "wasm32"))]
pub mod eval;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use engine::{Analysis, Engine, RuleInfo};
pub use lang::Language;
pub use model::{Category, Finding, OfficialMode, PackText, Profile, Settings, Severity, UiLang};
pub use pack::PackError;
