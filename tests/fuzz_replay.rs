//! Replays the fuzzers' committed inputs on stable: `fuzz/corpus/<target>/` (what coverage-guided
//! fuzzing kept) and `fuzz/regressions/<target>/` (every input that once crashed). Each input goes
//! through the same steps as its fuzz target (`fuzz/fuzz_targets/`), so a fixed crash stays fixed
//! without the nightly toolchain.

use reserve::pack::parse_pack;
use reserve::{Engine, Settings};
use std::path::Path;

/// Every file of `fuzz/corpus/<target>` and `fuzz/regressions/<target>`.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut out = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push((path.display().to_string(), bytes));
        }
    }
    out
}

/// The analyze target's input layout: JSON settings, NUL, post; or the whole input as the post.
fn split_settings(data: &[u8]) -> (Settings, String) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (
            serde_json::from_slice::<Settings>(&data[..i]).unwrap_or_default(),
            String::from_utf8_lossy(&data[i + 1..]).into_owned(),
        ),
        None => (
            Settings::default(),
            String::from_utf8_lossy(data).into_owned(),
        ),
    }
}

#[test]
fn analyze_inputs_keep_the_offset_contract() {
    let cases = inputs("analyze");
    assert!(cases.len() >= 100, "the analyze corpus is missing");
    for (name, data) in cases {
        let (settings, text) = split_settings(&data);
        let Ok(engine) = Engine::new(settings) else {
            continue;
        };
        let units: Vec<u16> = text.encode_utf16().collect();
        for f in engine.analyze(&text).findings {
            assert!(f.start <= f.end && f.end <= units.len(), "{name}: {f:?}");
            let slice = String::from_utf16(&units[f.start..f.end]).ok();
            assert_eq!(slice.as_deref(), Some(f.excerpt.as_str()), "{name}");
        }
    }
}

#[test]
fn pack_loader_inputs_load_or_fail_cleanly() {
    let cases = inputs("pack_loader");
    assert!(cases.len() >= 10, "the pack_loader corpus is missing");
    for (_, data) in cases {
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let Ok(pack) = parse_pack("fuzz.toml", text) else {
            continue;
        };
        if let Ok(engine) = Engine::from_packs(Settings::default(), &[pack]) {
            engine.analyze(
                "Protégé B : je travaille à la préfecture, 📍 rue de Rivoli. 613-555-0199",
            );
        }
    }
}
