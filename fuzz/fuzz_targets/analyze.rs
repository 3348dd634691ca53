//! Fuzz target: arbitrary settings and arbitrary text through `Engine::new` and `analyze`.
//!
//! Input layout: JSON settings, a NUL byte, then the post (lossy UTF-8); without a NUL the whole
//! input is the post under default settings. A panic, or a finding whose offsets break the UTF-16
//! contract, is a crash. `tests/fuzz_replay.rs` replays the corpus with the same layout on stable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reserve::{Engine, Settings};

fuzz_target!(|data: &[u8]| {
    let (settings, post) = match data.iter().position(|&b| b == 0) {
        Some(i) => (
            serde_json::from_slice::<Settings>(&data[..i]).unwrap_or_default(),
            &data[i + 1..],
        ),
        None => (Settings::default(), data),
    };
    let text = String::from_utf8_lossy(post);
    let Ok(engine) = Engine::new(settings) else {
        return;
    };
    let units: Vec<u16> = text.encode_utf16().collect();
    for f in engine.analyze(&text).findings {
        assert!(f.start <= f.end && f.end <= units.len());
        assert_eq!(
            String::from_utf16(&units[f.start..f.end]).ok(),
            Some(f.excerpt)
        );
    }
});
