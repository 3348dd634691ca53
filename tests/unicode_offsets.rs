//! Property tests: on adversarial Unicode every finding's offsets are UTF-16 code units of the
//! input and its excerpt is exactly that slice, whatever surrounds the risky words: emoji and ZWJ
//! sequences, flags, combining marks, NFC and NFD spellings, Turkish dotted I, ß, right-to-left
//! text, NUL, CR, tabs, zero-width characters, homoglyph and leetspeak dodges.

use proptest::prelude::*;
use reserve::{Category, Engine, Finding, Profile, Settings};

/// Pieces a post is built from: risky phrases and the characters that break naive offsets.
const PIECES: &[&str] = &[
    "Protégé B",
    "Prote\u{301}ge\u{301} B",
    "PROTÉGÉ B",
    "secret défense",
    "Pr0tégé",
    "s3cret",
    "130 692 544",
    "613-555-0199",
    "📍 Gatineau",
    "je travaille à la préfecture",
    "I work at CBSA",
    "👩\u{200d}👩\u{200d}👧",
    "🇨🇦",
    "🇫🇷",
    "e\u{301}te\u{301}",
    "été",
    "İstanbul",
    "ıi",
    "straße",
    "שלום",
    "مرحبا",
    "\u{0}",
    "\r\n",
    "\t",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{2028}",
    "ｆｕｌｌｗｉｄｔｈ",
    "Ⅻ",
    "ǅ",
    "ﬁ",
    "𝕊𝕖𝕔𝕣𝕖𝕥",
    " ",
    ", ",
    ". ",
];

fn post() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|p| p.concat())
}

fn check_offsets(text: &str, findings: &[Finding]) -> Result<(), TestCaseError> {
    let units: Vec<u16> = text.encode_utf16().collect();
    for f in findings {
        prop_assert!(f.start <= f.end && f.end <= units.len(), "{f:?}");
        let slice = String::from_utf16(&units[f.start..f.end]).ok();
        prop_assert_eq!(slice.as_deref(), Some(f.excerpt.as_str()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn excerpts_are_their_utf16_slices(text in post(), profile in prop::sample::select(&[Profile::CaFederal, Profile::QcPublic, Profile::FrInterieur][..])) {
        let settings = Settings { profile, employers: vec!["CBSA".into()], terms: vec!["Nautilus".into()], ..Settings::default() };
        let engine = Engine::new(settings).expect("built-in packs compile");
        check_offsets(&text, &engine.analyze(&text).findings)?;
    }

    #[test]
    fn any_char_soup_keeps_offsets(text in "\\PC{0,200}") {
        let engine = Engine::new(Settings::default()).expect("built-in packs compile");
        check_offsets(&text, &engine.analyze(&text).findings)?;
    }
}

/// The same marking typed in NFC (precomposed é) and NFD (e + combining acute) is found both ways.
#[test]
fn nfc_and_nfd_spellings_are_both_found() {
    let engine = Engine::new(Settings::default()).expect("built-in packs compile");
    for text in [
        "Note Protégé B en pièce jointe",
        "Note Prote\u{301}ge\u{301} B en pièce jointe",
    ] {
        let analysis = engine.analyze(text);
        let found = analysis
            .findings
            .iter()
            .find(|f| f.category == Category::Confidential)
            .unwrap_or_else(|| panic!("no marking found in {text:?}"));
        assert!(found.excerpt.starts_with("Prot"), "{found:?}");
    }
}
