//! "Any input, no panic": thousands of pseudo-random posts (a fixed-seed generator, so every
//! run is the same) mixing scripts, emoji, combining marks, zero-width characters, line ends
//! and fragments of risky phrases, analysed under every profile and official mode. Each
//! result must honour the contract: offsets in UTF-16 code units inside the post, excerpts
//! equal to the slice, findings sorted by start, known categories and severities, and the
//! same answer every time. Plus very large inputs, which must simply complete.

use reserve::{Analysis, Engine, OfficialMode, Profile, Settings};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// SplitMix64: small, fast, good enough to explore inputs, and fully deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn pick_str(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// A character from an inclusive code point range (skipping surrogates).
    fn char_in(&mut self, lo: u32, hi: u32) -> char {
        let cp = lo + self.below((hi - lo + 1) as usize) as u32;
        char::from_u32(cp).unwrap_or('\u{fffd}')
    }
}

/// Fragments of risky and near-miss phrases in both languages, so rules actually fire and
/// their spans meet the odd characters around them.
const PHRASES: &[&str] = &[
    "Protégé B",
    "PROTECTED B",
    "Très Secret Défense",
    "ne pas diffuser",
    "secret de polichinelle",
    "le secret de ma tarte",
    "je travaille au ministère",
    "I work at the CBSA",
    "gardien de la paix",
    "votez NPD",
    "vote conservative",
    "don't forget to vote, whoever you support",
    "la CAQ c'est une honte",
    "le ministre est incompétent",
    "my boss is a joke",
    "tous les flics sont des ripoux",
    "📍 Montréal",
    "je suis au 1234 rue Sainte-Catherine",
    "H3G 1P4",
    "75008 Paris",
    "45.5017, -73.5673",
    "48°51'N",
    "613-555-0199",
    "+33 6 12 34 56 78",
    "jane.doe@example.com",
    "046 454 286",
    "4111 1111 1111 1111",
    "FR76 3000 6000 0112 3456 7890 189",
    "1 85 05 78 006 084 36",
    "au nom du ministère",
    "officially, the department will",
    "position officielle",
    "live from the raid",
    "perquisition demain 6h",
    "mot de passe : hunter2",
    "Nightingale",
    "Élan",
    "ACME Widgets",
    "the party last night",
    "une partie de soccer",
    "thanks to the police officer who helped",
    "incompéten",
    "nul(le)s",
    "qu'",
    "l'employeur",
    "@",
    "#",
    "*",
    "(",
    "{a,b}",
];

/// Zero-width and format characters, and odd white space.
const INVISIBLE: &[char] = &[
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{00ad}', '\u{200e}', '\u{200f}',
    '\u{202e}', '\u{fe0f}', '\u{fe0e}', '\u{00a0}', '\u{202f}', '\u{2009}', '\u{3000}', '\u{2028}',
    '\u{2029}', '\u{0085}', '\u{000b}', '\u{000c}', '\t', '\r', '\n',
];

const EMOJI: &[&str] = &[
    "😀",
    "👍🏽",
    "👩‍👩‍👧",
    "👨🏿‍🚒",
    "🏳️‍🌈",
    "🇨🇦",
    "🇫🇷",
    "⚜️",
    "🗳️",
    "📍",
    "❤️",
    "🤬",
    "1️⃣",
    "🧑‍🤝‍🧑",
];

const LETTERS_WITH_FOLDS: &[char] = &[
    'é', 'É', 'è', 'ê', 'ë', 'à', 'â', 'ç', 'Ç', 'î', 'ï', 'ô', 'ö', 'ù', 'û', 'ü', 'ÿ', 'œ', 'Œ',
    'æ', 'Æ', 'ß', 'ẞ', 'İ', 'ı', 'ǅ', 'ﬁ', 'ﬀ', 'ŉ', 'Σ', 'ς', 'ﬃ', 'Å', 'K', 'ǰ', 'ΐ', 'ａ',
    'Ｚ', '９', 'Ⅻ', '①', '½', '²',
];

/// One piece of a random post.
fn piece(rng: &mut Rng, out: &mut String) {
    match rng.below(14) {
        0 => {
            // ASCII word or punctuation.
            for _ in 0..1 + rng.below(8) {
                out.push(rng.char_in(0x21, 0x7e));
            }
        }
        1 => {
            for _ in 0..1 + rng.below(6) {
                out.push(rng.char_in('a' as u32, 'z' as u32));
            }
        }
        2 => out.push(*rng.pick(LETTERS_WITH_FOLDS)),
        3 => {
            // A base letter followed by one or more combining marks (decomposed accents).
            out.push(rng.char_in('a' as u32, 'z' as u32));
            for _ in 0..1 + rng.below(3) {
                out.push(rng.char_in(0x300, 0x36f));
            }
        }
        4 => {
            // A lone combining mark, possibly at the very start of the post.
            out.push(rng.char_in(0x300, 0x36f));
        }
        5 => out.push(*rng.pick(INVISIBLE)),
        6 => out.push_str(rng.pick_str(EMOJI)),
        7 => {
            // Supplementary planes: emoji blocks, math letters, CJK extension B, Gothic...
            let (lo, hi) = *rng.pick(&[
                (0x1F300, 0x1FAFF),
                (0x1D400, 0x1D7FF),
                (0x20000, 0x2A6DF),
                (0x10330, 0x1034A),
                (0x1F3FB, 0x1F3FF),
                (0xE0020, 0xE007F),
            ]);
            out.push(rng.char_in(lo, hi));
        }
        8 => {
            for _ in 0..1 + rng.below(5) {
                out.push(rng.char_in(0x4E00, 0x9FFF));
            }
        }
        9 => {
            // Arabic (right to left), with its own digits.
            for _ in 0..1 + rng.below(6) {
                out.push(rng.char_in(0x0620, 0x066D));
            }
        }
        10 => {
            for _ in 0..1 + rng.below(6) {
                out.push(rng.char_in('0' as u32, '9' as u32));
            }
        }
        11 | 12 => out.push_str(rng.pick_str(PHRASES)),
        _ => {
            // Any scalar value at all, including private use and noncharacters.
            out.push(rng.char_in(0x80, 0x10FFFF));
        }
    }
    // Separators: mostly spaces, sometimes nothing (glued pieces) or line ends.
    match rng.below(10) {
        0 => {}
        1 => out.push_str("\r\n"),
        2 => out.push('\n'),
        3 => out.push('\u{a0}'),
        4 => out.push_str(rng.pick_str(&[", ", ". ", "! ", " / ", "'", "-", "…", " — "])),
        _ => out.push(' '),
    }
}

fn random_post(rng: &mut Rng) -> String {
    let mut s = String::new();
    let pieces = match rng.below(10) {
        0 => rng.below(3),
        1..=7 => 1 + rng.below(40),
        _ => 40 + rng.below(200),
    };
    for _ in 0..pieces {
        piece(rng, &mut s);
    }
    s
}

const CATEGORIES: [&str; 10] = [
    "confidential",
    "operations",
    "political",
    "criticism",
    "employer",
    "location",
    "personal-info",
    "harassment",
    "spokesperson",
    "official-language",
];

/// Every way the contract can be broken by one analysis, as readable lines.
fn contract_problems(engine: &Engine, text: &str, a: &Analysis) -> Vec<String> {
    let mut wrong = Vec::new();
    let units: Vec<u16> = text.encode_utf16().collect();
    let rule_ids: Vec<String> = engine.rules().into_iter().map(|r| r.id).collect();
    let json = serde_json::to_value(a).unwrap_or_default();
    let lang = json["language"].as_str().unwrap_or("");
    if !["en", "fr", "bilingual", "unknown"].contains(&lang) {
        wrong.push(format!("language {lang:?}"));
    }
    let mut previous = 0;
    for (i, f) in a.findings.iter().enumerate() {
        if !(f.start <= f.end && f.end <= units.len()) {
            wrong.push(format!(
                "{}: [{}, {}) outside 0..={}",
                f.rule,
                f.start,
                f.end,
                units.len()
            ));
            continue;
        }
        match String::from_utf16(&units[f.start..f.end]) {
            Ok(slice) if slice == f.excerpt => {}
            Ok(slice) => wrong.push(format!(
                "{}: excerpt {:?} but slice {slice:?}",
                f.rule, f.excerpt
            )),
            Err(_) => wrong.push(format!(
                "{}: [{}, {}) splits a surrogate pair",
                f.rule, f.start, f.end
            )),
        }
        if f.start < previous {
            wrong.push(format!("{}: not sorted by start", f.rule));
        }
        previous = f.start;
        let fj = &json["findings"][i];
        if !CATEGORIES.contains(&fj["category"].as_str().unwrap_or("")) {
            wrong.push(format!("{}: category {}", f.rule, fj["category"]));
        }
        if !["info", "warning", "high"].contains(&fj["severity"].as_str().unwrap_or("")) {
            wrong.push(format!("{}: severity {}", f.rule, fj["severity"]));
        }
        if !rule_ids.contains(&f.rule) {
            wrong.push(format!("{}: not an active rule", f.rule));
        }
        if f.message.trim().is_empty() || f.source.trim().is_empty() {
            wrong.push(format!("{}: empty message or source", f.rule));
        }
        if f.category == reserve::Category::OfficialLanguage && engine.settings().official.is_none()
        {
            wrong.push(format!(
                "{}: official-language finding without an official mode",
                f.rule
            ));
        }
    }
    wrong
}

/// Every combination of profile, official mode and election period, with user words that
/// include accents, emoji and term-syntax characters (which must be taken literally).
fn all_settings() -> Vec<Settings> {
    let mut out = Vec::new();
    for profile in Profile::ALL {
        for official in [
            None,
            Some(OfficialMode::Bilingual),
            Some(OfficialMode::En),
            Some(OfficialMode::Fr),
        ] {
            for election_period in [false, true] {
                out.push(Settings {
                    profile,
                    official,
                    election_period,
                    employers: vec![
                        "ACME Widgets".into(),
                        "Agence du revenu du Canada".into(),
                        "ARC".into(),
                    ],
                    terms: vec![
                        "Élan".into(),
                        "Nightingale".into(),
                        "nul(le)s".into(),
                        "📍".into(),
                        "{a,b}".into(),
                        "*".into(),
                        "e\u{301}te\u{301}".into(),
                        "   ".into(),
                    ],
                    ..Settings::default()
                });
            }
        }
    }
    out
}

fn escaped(s: &str) -> String {
    s.escape_unicode().to_string().chars().take(4000).collect()
}

/// Analyses `text`, turning a panic into a readable failure that shows the input.
fn analyze_or_report(engine: &Engine, text: &str, context: &str) -> Analysis {
    match catch_unwind(AssertUnwindSafe(|| engine.analyze(text))) {
        Ok(a) => a,
        Err(_) => panic!("{context}: analyze panicked on {:?}", escaped(text)),
    }
}

#[test]
fn random_posts_never_break_the_contract() {
    let settings = all_settings();
    let engines: Vec<Engine> = settings
        .iter()
        .map(|s| Engine::new(s.clone()).unwrap_or_else(|e| panic!("engine: {e}")))
        .collect();
    let mut rng = Rng(0x0005_EED0_F2E5_E27E);
    let mut failures = Vec::new();
    let mut total_findings = 0usize;
    let posts = 6000;
    for n in 0..posts {
        let text = random_post(&mut rng);
        // Every post under a few engines; every engine sees hundreds of posts.
        for k in 0..3 {
            let i = (n * 3 + k) % engines.len();
            let engine = &engines[i];
            let context = format!(
                "post {n}, {:?} official {:?} election {}",
                settings[i].profile, settings[i].official, settings[i].election_period
            );
            let first = analyze_or_report(engine, &text, &context);
            total_findings += first.findings.len();
            for p in contract_problems(engine, &text, &first) {
                failures.push(format!("{context}: {p} in {:?}", escaped(&text)));
            }
            let second = analyze_or_report(engine, &text, &context);
            if first != second {
                failures.push(format!(
                    "{context}: two analyses differ for {:?}",
                    escaped(&text)
                ));
            }
        }
        if failures.len() > 20 {
            break;
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    // The generator must actually exercise the rules, or the test proves little.
    assert!(
        total_findings > posts,
        "only {total_findings} findings in {posts} posts: the generator misses the rules"
    );
}

#[test]
fn a_fresh_engine_gives_the_same_answer() {
    let mut rng = Rng(42);
    for s in all_settings().into_iter().step_by(5) {
        let a = Engine::new(s.clone()).unwrap_or_else(|e| panic!("{e}"));
        let b = Engine::new(s.clone()).unwrap_or_else(|e| panic!("{e}"));
        for _ in 0..100 {
            let text = random_post(&mut rng);
            assert_eq!(
                analyze_or_report(&a, &text, "engine a"),
                analyze_or_report(&b, &text, "engine b"),
                "{:?}",
                escaped(&text)
            );
        }
    }
}

/// Every risky phrase, glued to every kind of odd neighbour on both sides.
#[test]
fn risky_phrases_between_odd_neighbours() {
    let neighbours: Vec<String> = INVISIBLE
        .iter()
        .map(|c| c.to_string())
        .chain(EMOJI.iter().map(|e| e.to_string()))
        .chain(
            [
                "",
                "\u{301}",
                "a\u{301}",
                "東京",
                "مرحبا",
                "𝔘",
                "\u{fffd}",
                "x",
                "9",
                "_",
                "'",
            ]
            .iter()
            .map(|s| s.to_string()),
        )
        .collect();
    let engines: Vec<Engine> = all_settings()
        .into_iter()
        .filter(|s| s.election_period && s.official.is_none())
        .map(|s| Engine::new(s).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    let mut failures = Vec::new();
    for phrase in PHRASES {
        for left in &neighbours {
            for right in neighbours.iter().step_by(3) {
                let text = format!("{left}{phrase}{right}");
                for engine in &engines {
                    let a = analyze_or_report(engine, &text, "neighbours");
                    for p in contract_problems(engine, &text, &a) {
                        failures.push(format!("{p} in {:?}", escaped(&text)));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn default_engine() -> Engine {
    Engine::new(Settings {
        employers: vec!["ACME Widgets".into()],
        terms: vec!["Nightingale".into()],
        official: Some(OfficialMode::Bilingual),
        ..Settings::default()
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn one_megabyte_of_mixed_text_completes() {
    let mut rng = Rng(7);
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&random_post(&mut rng));
        text.push('\n');
    }
    let engine = default_engine();
    let a = analyze_or_report(&engine, &text, "1 MB");
    assert!(
        !a.findings.is_empty(),
        "1 MB of risky fragments raises something"
    );
    let problems = contract_problems(&engine, &text, &a);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn one_megabyte_single_word_completes() {
    let engine = default_engine();
    // Letters only, then letters with accents and combining marks glued together.
    let plain = "secretprotegeb".repeat((1 << 20) / 14);
    let a = analyze_or_report(&engine, &plain, "1 MB word");
    assert!(contract_problems(&engine, &plain, &a).is_empty());
    let accented = "Protégé\u{301}Bministère".repeat((1 << 20) / 20);
    let a = analyze_or_report(&engine, &accented, "1 MB accented word");
    assert!(contract_problems(&engine, &accented, &a).is_empty());
    // Digits only: the number patterns (cards, phone numbers) see one endless number.
    let digits = "4111".repeat(1 << 18);
    let a = analyze_or_report(&engine, &digits, "1 MB digits");
    assert!(contract_problems(&engine, &digits, &a).is_empty());
}

#[test]
fn one_megabyte_of_a_repeated_risky_phrase_completes() {
    let engine = default_engine();
    let text = "Protégé B ".repeat((1 << 20) / 11);
    let a = analyze_or_report(&engine, &text, "repeated phrase");
    assert!(contract_problems(&engine, &text, &a).is_empty());
    let markings = a
        .findings
        .iter()
        .filter(|f| f.rule == "confidential.marking")
        .count();
    assert_eq!(markings, (1 << 20) / 11, "every occurrence is reported");
}

#[test]
fn a_hundred_thousand_emoji_complete() {
    let engine = default_engine();
    let single = "😀".repeat(100_000);
    let a = analyze_or_report(&engine, &single, "100k emoji");
    assert!(contract_problems(&engine, &single, &a).is_empty());
    let zwj = "👩‍👩‍👧👍🏽📍🏳️‍🌈".repeat(100_000 / 4);
    let a = analyze_or_report(&engine, &zwj, "100k ZWJ emoji");
    assert!(contract_problems(&engine, &zwj, &a).is_empty());
    let spaced = "📍 ".repeat(100_000);
    let a = analyze_or_report(&engine, &spaced, "100k pins");
    assert!(contract_problems(&engine, &spaced, &a).is_empty());
}

/// Code points that must not start a character in a span: combining marks, variation
/// selectors, zero-width joiners and emoji skin tones belong to the character before them.
fn continues_previous(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0xFE00..=0xFE0F | 0x200D | 0x1F3FB..=0x1F3FF)
}

// A span never ends between a character and its combining marks or variation selectors.
#[test]
fn spans_do_not_cut_a_character_from_its_marks() {
    let engine = Engine::new(Settings {
        terms: vec!["Café".into()],
        ..Settings::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    let posts = [
        "Le projet cafe\u{301} démarre demain",
        "📍\u{fe0f} Montréal ce soir",
        "Voici le document prote\u{301}ge\u{301} B\u{301} de demain",
    ];
    let mut failures = Vec::new();
    for text in posts {
        let a = analyze_or_report(&engine, text, "marks");
        assert!(!a.findings.is_empty(), "{text:?} must raise something");
        let units: Vec<u16> = text.encode_utf16().collect();
        for f in &a.findings {
            let after = String::from_utf16_lossy(&units[f.end.min(units.len())..]);
            if after.chars().next().is_some_and(continues_previous) {
                failures.push(format!(
                    "{} on {text:?}: span ends before {:?} (excerpt {:?})",
                    f.rule,
                    after.chars().next().map(|c| c.escape_unicode().to_string()),
                    f.excerpt
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
