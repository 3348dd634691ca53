//! Fuzz target: arbitrary bytes as an extra rule pack. Parsing and compiling must end in an
//! engine or a `PackError`, never a panic, a stack overflow or unbounded work; a pack that loads
//! is then used on a fixed post. The pack is compiled alone (not merged with the built-in packs)
//! so that each run costs the pack's own work only.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reserve::pack::parse_pack;
use reserve::{Engine, Settings};

const POST: &str =
    "Protégé B : je travaille à la préfecture, 📍 rue de Rivoli, vote pour eux ! 613-555-0199";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(pack) = parse_pack("fuzz.toml", text) else {
        return;
    };
    if let Ok(engine) = Engine::from_packs(Settings::default(), &[pack]) {
        let _ = engine.analyze(POST);
    }
});
