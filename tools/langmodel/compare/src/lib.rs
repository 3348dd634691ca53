//! The detectors being compared, each behind a feature, with one C-ABI export per detector so
//! that a wasm holding only that detector can be built and measured:
//!
//! `cargo build --release --target wasm32-unknown-unknown --no-default-features --features X`.

/// The project's detector, compiled from its own source file (no engine, no rule tables).
#[cfg(feature = "reserve")]
#[path = "../../../../src/lang.rs"]
pub mod lang;

/// A verdict on one text: 0 unknown, 1 English, 2 French, 3 bilingual.
pub type Verdict = u32;

/// The project's detector.
#[cfg(feature = "reserve")]
pub fn reserve(text: &str) -> Verdict {
    match lang::detect(text).language {
        lang::Language::En => 1,
        lang::Language::Fr => 2,
        lang::Language::Bilingual => 3,
        lang::Language::Unknown => 0,
    }
}

/// whatlang restricted to English and French; `reliable_only` maps unreliable answers to 0.
#[cfg(feature = "whatlang")]
pub fn whatlang(text: &str, reliable_only: bool) -> Verdict {
    use whatlang::{Detector, Lang};
    thread_local! {
        static DETECTOR: Detector = Detector::with_allowlist(vec![Lang::Eng, Lang::Fra]);
    }
    DETECTOR.with(|d| match d.detect(text) {
        Some(info) if reliable_only && !info.is_reliable() => 0,
        Some(info) if info.lang() == Lang::Eng => 1,
        Some(info) if info.lang() == Lang::Fra => 2,
        _ => 0,
    })
}

/// lingua restricted to English and French (default settings: it always answers when the
/// text has letters).
#[cfg(feature = "lingua")]
pub fn lingua(text: &str) -> Verdict {
    lingua_with_distance(text, 0)
}

/// lingua restricted to English and French, answering only when the two languages' scores
/// are at least `percent` / 100 apart (its "minimum relative distance"; 0, 25 or 50).
#[cfg(feature = "lingua")]
pub fn lingua_with_distance(text: &str, percent: usize) -> Verdict {
    use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
    use std::sync::OnceLock;
    static DETECTORS: [OnceLock<LanguageDetector>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match percent {
        0 => 0,
        25 => 1,
        _ => 2,
    };
    let d = DETECTORS[slot].get_or_init(|| {
        LanguageDetectorBuilder::from_languages(&[Language::English, Language::French])
            .with_minimum_relative_distance([0.0, 0.25, 0.5][slot])
            .build()
    });
    match d.detect_language_of(text) {
        Some(Language::English) => 1,
        Some(Language::French) => 2,
        _ => 0,
    }
}

/// The text at `ptr..ptr + len`, when it is UTF-8.
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[cfg(target_arch = "wasm32")]
unsafe fn text<'a>(ptr: *const u8, len: usize) -> &'a str {
    std::str::from_utf8(std::slice::from_raw_parts(ptr, len)).unwrap_or("")
}

/// Allocates `len` bytes for the text to detect (wasm only).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// wasm export of [`reserve`].
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[cfg(all(target_arch = "wasm32", feature = "reserve"))]
#[no_mangle]
pub unsafe extern "C" fn detect_reserve(ptr: *const u8, len: usize) -> Verdict {
    reserve(text(ptr, len))
}

/// wasm export of [`whatlang`].
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[cfg(all(target_arch = "wasm32", feature = "whatlang"))]
#[no_mangle]
pub unsafe extern "C" fn detect_whatlang(ptr: *const u8, len: usize) -> Verdict {
    whatlang(text(ptr, len), false)
}

/// wasm export of [`lingua`].
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[cfg(all(target_arch = "wasm32", feature = "lingua"))]
#[no_mangle]
pub unsafe extern "C" fn detect_lingua(ptr: *const u8, len: usize) -> Verdict {
    lingua(text(ptr, len))
}
