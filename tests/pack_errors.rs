//! Malformed rule packs: every mistake is an error `FILE:LINE: rule ID: message` that points
//! at the line to fix (no rule id for a TOML syntax error), through the library
//! (`reserve::pack::parse_pack`, `reserve::Engine`) and through `reserve check --rules DIR`
//! (exit code 2, exactly one line on stderr). Never a panic.

use reserve::model::PackText;
use reserve::pack::parse_pack;
use reserve::{Engine, PackError, Settings};
use std::path::PathBuf;
use std::process::{Command, Stdio};

const FILE: &str = "acme.toml";

/// A valid pack with three rules of different kinds. Each case below breaks one thing.
fn base_pack() -> String {
    r#"# Acme's own rules, for tests.
[pack]
id = "acme"
profiles = ["ca-federal", "qc-public", "fr-interieur"]

[lists]
acme_bad = ["zorblax", "quibbit(s)"]

[[rule]]
id = "codename"
category = "confidential"
severity = "high"
languages = ["en", "fr"]
kind = "terms"
terms = ["@acme_bad", "frobnicator"]
title.en = "Acme code name"
title.fr = "Nom de code Acme"
message.en = "This is an Acme code name."
message.fr = "C'est un nom de code Acme."
source = "acme-policy § 1"
tests.fire = ["Project zorblax starts Monday"]
tests.quiet = ["Nothing to see here"]

[[rule]]
id = "ticket"
category = "operations"
severity = "warning"
languages = ["en"]
kind = "pattern"
patterns = ['\bacme-\d{4}\b']
title.en = "Acme ticket number"
title.fr = "Numéro de dossier Acme"
message.en = "Ticket numbers are internal."
message.fr = "Les numéros de dossier sont internes."
source = "acme-policy § 2"
tests.fire = ["see ACME-1234"]
tests.quiet = ["see acme"]

[[rule]]
id = "card"
category = "personal-info"
severity = "high"
languages = ["en", "fr"]
kind = "validator"
patterns = ['\b\d{4} ?\d{4} ?\d{4} ?\d{4}\b']
check = "card"
title.en = "Card number"
title.fr = "Numéro de carte"
message.en = "A payment card number."
message.fr = "Un numéro de carte de paiement."
source = "acme-policy § 3"
tests.fire = ["4111 1111 1111 1111"]
tests.quiet = ["1234 5678 9012 3456"]

[[rule]]
id = "boss-bad"
category = "criticism"
severity = "warning"
languages = ["en"]
kind = "proximity"
near = ["my boss"]
to = ["@acme_bad"]
within = 4
title.en = "Boss criticism"
title.fr = "Critique du patron"
message.en = "Criticism of your boss."
message.fr = "Critique de votre patron."
source = "acme-policy § 4"
tests.fire = ["my boss is a zorblax"]
tests.quiet = ["my boss is nice"]

[[rule]]
id = "reminder"
category = "official-language"
severity = "info"
languages = ["en", "fr"]
kind = "builtin"
check = "official-counterpart"
title.en = "Counterpart"
title.fr = "Version jumelle"
message.en = "Publish the counterpart."
message.fr = "Publiez la version jumelle."
source = "acme-policy § 5"
tests.fire = [{ text = "Hello everyone, the office reopens on Monday morning.", official = "en" }]
tests.quiet = ["Hello everyone"]
"#
    .to_string()
}

/// Replaces exactly one occurrence of `from` (the test would be meaningless otherwise).
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "test setup: {from:?} must occur once in the pack"
    );
    text.replacen(from, to, 1)
}

/// 1-based line of the first line containing `needle`, searching from line `after` + 1.
fn line_of(text: &str, needle: &str, after: usize) -> usize {
    text.lines()
        .enumerate()
        .skip(after)
        .find(|(_, l)| l.contains(needle))
        .map(|(i, _)| i + 1)
        .unwrap_or_else(|| panic!("test setup: {needle:?} not in the pack after line {after}"))
}

/// The error of a pack, from whichever stage finds it: parsing, or compiling the engine
/// with the pack as an extra pack (list names, term syntax and regexes are checked there).
fn pack_error(text: &str) -> PackError {
    if let Err(e) = parse_pack(FILE, text) {
        return e;
    }
    let settings = Settings {
        extra_packs: vec![PackText {
            name: FILE.into(),
            text: text.into(),
        }],
        ..Settings::default()
    };
    match Engine::new(settings) {
        Err(e) => e,
        Ok(_) => panic!("this malformed pack was accepted:\n{text}"),
    }
}

/// One malformed pack and what its error must say.
struct Case {
    name: &'static str,
    text: String,
    line: usize,
    rule: Option<&'static str>,
    /// Words the message must contain (lower case).
    mentions: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    let base = base_pack();
    let rule_line = |id: &str| line_of(&base, &format!("id = \"{id}\""), 0) - 1;
    let mut out = Vec::new();

    // A TOML syntax error: an unterminated string on the `message.en` line of rule 2.
    let text = edit(
        &base,
        "message.en = \"Ticket numbers are internal.\"",
        "message.en = \"Ticket numbers are internal.",
    );
    let line = line_of(&text, "message.en = \"Ticket numbers are internal.", 0);
    out.push(Case {
        name: "toml syntax error",
        text,
        line,
        rule: None,
        mentions: &[],
    });

    // A TOML syntax error whose parser message spans several lines: a broken table header.
    let text = edit(&base, "[[rule]]\nid = \"card\"", "[[rule]\nid = \"card\"");
    let line = text
        .lines()
        .position(|l| l == "[[rule]")
        .map(|i| i + 1)
        .expect("broken header");
    out.push(Case {
        name: "broken table header",
        text,
        line,
        rule: None,
        mentions: &["header"],
    });

    // An unknown field in a rule (a typo of `severity`).
    let text = edit(
        &base,
        "severity = \"warning\"\nlanguages = [\"en\"]\nkind = \"pattern\"",
        "severty = \"warning\"\nlanguages = [\"en\"]\nkind = \"pattern\"",
    );
    let line = line_of(&text, "severty", 0);
    out.push(Case {
        name: "unknown field",
        text,
        line,
        rule: Some("acme.ticket"),
        mentions: &["severty"],
    });

    // A bad severity.
    let text = edit(
        &base,
        "severity = \"warning\"\nlanguages = [\"en\"]\nkind = \"proximity\"",
        "severity = \"hgh\"\nlanguages = [\"en\"]\nkind = \"proximity\"",
    );
    let line = line_of(&text, "\"hgh\"", 0);
    out.push(Case {
        name: "bad severity",
        text,
        line,
        rule: Some("acme.boss-bad"),
        mentions: &["severity", "hgh"],
    });

    // A category outside the closed set.
    let text = edit(
        &base,
        "category = \"operations\"",
        "category = \"operation\"",
    );
    let line = line_of(&text, "category = \"operation\"", 0);
    out.push(Case {
        name: "bad category",
        text,
        line,
        rule: Some("acme.ticket"),
        mentions: &["category", "operation"],
    });

    // A regular expression that does not compile (unclosed group), on the `patterns` line.
    let text = edit(
        &base,
        r"patterns = ['\bacme-\d{4}\b']",
        r"patterns = ['\bacme-(\d{4}\b']",
    );
    let line = line_of(&text, r"\bacme-(\d{4}", 0);
    out.push(Case {
        name: "bad regex",
        text,
        line,
        rule: Some("acme.ticket"),
        mentions: &["acme-("],
    });

    // A list that no pack defines.
    let text = edit(
        &base,
        "terms = [\"@acme_bad\", \"frobnicator\"]",
        "terms = [\"@acme_bda\", \"frobnicator\"]",
    );
    let line = line_of(&text, "@acme_bda", 0);
    out.push(Case {
        name: "unknown list",
        text,
        line,
        rule: Some("acme.codename"),
        mentions: &["@acme_bda"],
    });

    // Term syntax: an unclosed bracket.
    let text = edit(
        &base,
        "terms = [\"@acme_bad\", \"frobnicator\"]",
        "terms = [\"@acme_bad\", \"abc(def\"]",
    );
    let line = line_of(&text, "abc(def", 0);
    out.push(Case {
        name: "bad term syntax",
        text,
        line,
        rule: Some("acme.codename"),
        mentions: &["abc(def"],
    });

    // `title.fr` missing: the title is defined on the `title.en` line.
    let text = edit(&base, "title.fr = \"Numéro de dossier Acme\"\n", "");
    let line = line_of(&text, "title.en = \"Acme ticket number\"", 0);
    out.push(Case {
        name: "missing title.fr",
        text,
        line,
        rule: Some("acme.ticket"),
        mentions: &["title", "fr"],
    });

    // Two rules with the same id: the second one is reported.
    let text = edit(&base, "id = \"card\"", "id = \"ticket\"");
    let first = line_of(&text, "id = \"ticket\"", 0);
    let line = line_of(&text, "id = \"ticket\"", first);
    out.push(Case {
        name: "duplicate rule id",
        text,
        line,
        rule: Some("acme.ticket"),
        mentions: &["duplicate"],
    });

    // A proximity rule without `within`: reported on its `kind = "proximity"` line.
    let text = edit(&base, "within = 4\n", "");
    let line = line_of(&text, "kind = \"proximity\"", 0);
    out.push(Case {
        name: "proximity without within",
        text,
        line,
        rule: Some("acme.boss-bad"),
        mentions: &["within"],
    });

    // A validator with a checksum the engine does not know.
    let text = edit(&base, "check = \"card\"", "check = \"crc32\"");
    let line = line_of(&text, "check = \"crc32\"", 0);
    out.push(Case {
        name: "validator with unknown checksum",
        text,
        line,
        rule: Some("acme.card"),
        mentions: &["crc32"],
    });

    // A builtin with a check the engine does not know.
    let text = edit(
        &base,
        "check = \"official-counterpart\"",
        "check = \"official-telepathy\"",
    );
    let line = line_of(&text, "official-telepathy", 0);
    out.push(Case {
        name: "builtin with unknown check",
        text,
        line,
        rule: Some("acme.reminder"),
        mentions: &["official-telepathy"],
    });

    // Sanity of the helper: rules start where we think they do.
    assert_eq!(rule_line("codename"), line_of(&base, "[[rule]]", 0));
    // A term nested far deeper than any pack needs: an error, not a stack overflow.
    let deep = format!("{}x{}", "(".repeat(100_000), ")".repeat(100_000));
    let text = edit(
        &base,
        "terms = [\"@acme_bad\", \"frobnicator\"]",
        &format!("terms = [\"@acme_bad\", \"{deep}\"]"),
    );
    let line = line_of(&text, "terms = [\"@acme_bad\"", 0);
    out.push(Case {
        name: "term nested too deep",
        text,
        line,
        rule: Some("acme.codename"),
        mentions: &["nested"],
    });

    out
}

#[test]
fn the_base_pack_is_valid_and_its_rules_fire() {
    let base = base_pack();
    let pack = parse_pack(FILE, &base).unwrap_or_else(|e| panic!("base pack: {e}"));
    assert_eq!(pack.rules.len(), 5);
    let engine = Engine::new(Settings {
        extra_packs: vec![PackText {
            name: FILE.into(),
            text: base,
        }],
        ..Settings::default()
    })
    .unwrap_or_else(|e| panic!("base pack must compile: {e}"));
    let found = engine.analyze("Project ZORBLAX, ticket acme-1234, card 4111 1111 1111 1111");
    let rules: Vec<&str> = found.findings.iter().map(|f| f.rule.as_str()).collect();
    for id in ["acme.codename", "acme.ticket", "acme.card"] {
        assert!(rules.contains(&id), "{id} must fire, got {rules:?}");
    }
}

// Errors found when the rules are compiled (bad regex, unknown list, bad term) point at the
// offending key and name it; a missing `title.fr` names the field; a broken table header gives
// one line.
#[test]
fn each_mistake_names_file_line_and_rule() {
    let mut failures = Vec::new();
    for case in cases() {
        let e = pack_error(&case.text);
        let shown = e.to_string();
        let mut wrong = Vec::new();
        if e.file != FILE {
            wrong.push(format!("file {:?}", e.file));
        }
        if e.line != case.line {
            wrong.push(format!("line {} instead of {}", e.line, case.line));
        }
        if e.rule.as_deref() != case.rule {
            wrong.push(format!("rule {:?} instead of {:?}", e.rule, case.rule));
        }
        let expected_prefix = match case.rule {
            Some(r) => format!("{FILE}:{}: rule {r}: ", case.line),
            None => format!("{FILE}:{}: ", case.line),
        };
        if !shown.starts_with(&expected_prefix) {
            wrong.push(format!("display does not start with {expected_prefix:?}"));
        }
        if case.rule.is_none() && shown.contains(": rule ") {
            wrong.push("a syntax error names no rule".into());
        }
        if shown.lines().count() != 1 {
            wrong.push("the message must be one line".into());
        }
        let lower = e.message.to_lowercase();
        for m in case.mentions {
            if !lower.contains(m) {
                wrong.push(format!("message does not mention {m:?}"));
            }
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {} — got: {shown}",
                case.name,
                wrong.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// A pack saved with Windows line ends reports the same line as with Unix ones.
#[test]
fn crlf_line_ends_give_the_same_lines() {
    let mut failures = Vec::new();
    for case in cases() {
        let lf = pack_error(&case.text);
        let crlf = pack_error(&case.text.replace('\n', "\r\n"));
        if crlf.line != lf.line || crlf.rule != lf.rule {
            failures.push(format!("{}: CRLF gives {crlf}, LF gives {lf}", case.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every prefix of every malformed pack (cut anywhere on a character boundary) is an error
/// or a pack, never a panic.
#[test]
fn truncated_packs_never_panic() {
    for case in cases().into_iter().chain(std::iter::once(Case {
        name: "base",
        text: base_pack(),
        line: 0,
        rule: None,
        mentions: &[],
    })) {
        let text = &case.text;
        let cuts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .filter(|i| i % 7 == 0)
            .collect();
        for cut in cuts {
            let part = &text[..cut];
            let result = std::panic::catch_unwind(|| {
                if let Ok(_pack) = parse_pack(FILE, part) {
                    let _ = Engine::new(Settings {
                        extra_packs: vec![PackText {
                            name: FILE.into(),
                            text: part.into(),
                        }],
                        ..Settings::default()
                    });
                }
            });
            assert!(
                result.is_ok(),
                "{}: panic on the pack cut at byte {cut}",
                case.name
            );
        }
    }
}

fn binary() -> &'static str {
    env!("CARGO_BIN_EXE_reserve")
}

/// A fresh empty directory under the target directory (no extra crate for temp dirs).
fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("pack_errors")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// Runs `reserve check --rules DIR` on a harmless post.
fn check_with_rules(dir: &std::path::Path) -> std::process::Output {
    let mut child = Command::new(binary())
        .args(["check", "--format", "json", "--rules"])
        .arg(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run reserve: {e}"));
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin
            .write_all(b"Lovely weather today.")
            .expect("write stdin");
    }
    child.wait_with_output().expect("reserve runs")
}

// The same cases through the CLI: exit 2 and exactly one line on stderr.
#[test]
fn cli_reports_each_mistake_in_one_line_with_exit_2() {
    let mut failures = Vec::new();
    for (i, case) in cases().into_iter().enumerate() {
        let dir = scratch_dir(&format!("case{i}"));
        let path = dir.join(FILE);
        std::fs::write(&path, &case.text).expect("write pack");
        let out = check_with_rules(&dir);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let expected = match case.rule {
            Some(r) => format!("{}:{}: rule {r}: ", path.display(), case.line),
            None => format!("{}:{}: ", path.display(), case.line),
        };
        let mut wrong = Vec::new();
        if out.status.code() != Some(2) {
            wrong.push(format!("exit {:?}", out.status.code()));
        }
        if !out.stdout.is_empty() {
            wrong.push("stdout must be empty".into());
        }
        if stderr.lines().count() != 1 || !stderr.ends_with('\n') {
            wrong.push("stderr must be exactly one line".into());
        }
        if !stderr.contains(&expected) {
            wrong.push(format!("stderr does not contain {expected:?}"));
        }
        if stderr.contains("panicked") {
            wrong.push("panic".into());
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {} — stderr: {}",
                case.name,
                wrong.join("; "),
                stderr.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn cli_rules_dir_problems_are_one_line_exit_2() {
    // A directory that does not exist, one with no pack, and a pack that is not UTF-8.
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pack_errors/no-such-dir");
    let empty = scratch_dir("empty");
    let binary_pack = scratch_dir("latin1");
    std::fs::write(
        binary_pack.join("latin1.toml"),
        b"[pack]\nid = \"x\"\n# caf\xe9\n",
    )
    .expect("write pack");
    for (what, dir) in [
        ("missing dir", &missing),
        ("empty dir", &empty),
        ("non-UTF-8 pack", &binary_pack),
    ] {
        let out = check_with_rules(dir);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{what}: one line: {stderr}");
        assert!(out.stdout.is_empty(), "{what}: nothing on stdout");
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    }
}

/// The built-in packs, cut short or with one character replaced by TOML or term-syntax
/// punctuation at pseudo-random places: an error that points inside the file, or a pack;
/// never a panic.
#[test]
fn mutated_builtin_packs_never_panic_and_point_inside_the_file() {
    let mut seed: u64 = 0x00C0_FFEE;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let noise = [
        '"', '\'', '[', ']', '{', '}', '(', ')', '=', '@', '*', '\\', ',', '\n', '#', '.', 'é',
    ];
    let mut failures = Vec::new();
    for (name, text) in reserve::packs::BUILTIN_PACKS {
        let lines = text.lines().count();
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for round in 0..30 {
            let at = bounds[next(bounds.len())];
            let mutated = if round % 2 == 0 {
                text[..at].to_string()
            } else {
                let c = text[at..].chars().next().map_or(0, char::len_utf8);
                format!(
                    "{}{}{}",
                    &text[..at],
                    noise[next(noise.len())],
                    &text[at + c..]
                )
            };
            let outcome = std::panic::catch_unwind(|| match parse_pack(name, &mutated) {
                Err(e) => Some(e),
                Ok(_) => Engine::new(Settings {
                    extra_packs: vec![PackText {
                        name: name.to_string(),
                        text: mutated.clone(),
                    }],
                    ..Settings::default()
                })
                .err(),
            });
            match outcome {
                Err(_) => failures.push(format!("{name}: panic on mutation {round} at byte {at}")),
                Ok(Some(e)) => {
                    // The error may be in another pack that uses a list this one defines.
                    let in_range = reserve::packs::BUILTIN_PACKS
                        .iter()
                        .find(|(n, _)| *n == e.file)
                        .is_some_and(|(n, t)| {
                            let max = if n == name { lines } else { t.lines().count() };
                            e.line >= 1 && e.line <= max + 1
                        });
                    if !in_range {
                        failures.push(format!("{name}: mutation {round} at byte {at}: {e}"));
                    }
                }
                Ok(None) => {}
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
