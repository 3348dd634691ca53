//! The `reserve` command line as a contract other tools depend on: JSON shape and UTF-16 offsets, exit codes, one-line errors, the text
//! format, and what every option changes. Runs the real binary.

use reserve::pack::PackDef;
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The keys of a finding in `--format json`, as the contract lists them.
const FINDING_KEYS: [&str; 8] = [
    "rule", "category", "severity", "start", "end", "excerpt", "message", "source",
];

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

const SEVERITIES: [&str; 3] = ["info", "warning", "high"];

/// Runs `reserve ARGS` with `stdin`, in an English locale so the default UI language is known.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_env(args, stdin, &[("LANG", "C")])
}

fn run_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_reserve"));
    cmd.args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run reserve: {e}"));
    {
        let mut input = child.stdin.take().expect("piped stdin");
        // The binary may exit before reading (usage errors): a broken pipe is fine then.
        let _ = input.write_all(stdin);
    }
    child.wait_with_output().expect("reserve runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `reserve check --format json ARGS` on `text`; checks the output is one JSON object on
/// one line and returns it with the exit code.
fn check_json(text: &str, args: &[&str]) -> (Value, i32) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all, text.as_bytes());
    let code = out.status.code().expect("exit code");
    let s = stdout(&out);
    assert!(
        code == 0 || code == 1,
        "check {args:?} on {text:?}: exit {code}, stderr {}",
        stderr(&out)
    );
    assert!(
        s.ends_with('\n') && s.lines().count() == 1,
        "exactly one line on stdout, got {s:?}"
    );
    let v: Value = serde_json::from_str(&s).unwrap_or_else(|e| panic!("{e}: {s}"));
    assert!(v.is_object(), "one JSON object: {s}");
    (v, code)
}

fn findings(v: &Value) -> &Vec<Value> {
    v["findings"].as_array().expect("findings is an array")
}

fn rules_of(v: &Value) -> Vec<String> {
    findings(v)
        .iter()
        .map(|f| f["rule"].as_str().expect("rule").to_string())
        .collect()
}

fn finding<'a>(v: &'a Value, rule: &str) -> Option<&'a Value> {
    findings(v).iter().find(|f| f["rule"] == rule)
}

fn categories_at_warning(v: &Value) -> BTreeSet<String> {
    findings(v)
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| f["category"].as_str().expect("category").to_string())
        .collect()
}

/// The UTF-16 slice `[start, end)` of `text`, or None when it is out of range or splits a
/// surrogate pair.
fn utf16_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    if start > end || end > units.len() {
        return None;
    }
    String::from_utf16(&units[start..end]).ok()
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Checks one finding against the contract; returns what is wrong.
fn contract_problems(text: &str, f: &Value) -> Vec<String> {
    let mut wrong = Vec::new();
    let Some(obj) = f.as_object() else {
        return vec![format!("finding is not an object: {f}")];
    };
    for k in FINDING_KEYS {
        if !obj.contains_key(k) {
            wrong.push(format!("missing key {k}"));
        }
    }
    let rule = f["rule"].as_str().unwrap_or("");
    let parts: Vec<&str> = rule.splitn(2, '.').collect();
    if parts.len() != 2 || parts.iter().any(|p| p.is_empty()) {
        wrong.push(format!("rule {rule:?} is not pack.id"));
    }
    if !CATEGORIES.contains(&f["category"].as_str().unwrap_or("")) {
        wrong.push(format!("category {}", f["category"]));
    }
    if !SEVERITIES.contains(&f["severity"].as_str().unwrap_or("")) {
        wrong.push(format!("severity {}", f["severity"]));
    }
    for k in ["message", "source"] {
        if f[k].as_str().is_none_or(|s| s.trim().is_empty()) {
            wrong.push(format!("{k} must be a non-empty string"));
        }
    }
    match (
        f["start"].as_u64(),
        f["end"].as_u64(),
        f["excerpt"].as_str(),
    ) {
        (Some(s), Some(e), Some(x)) => match utf16_slice(text, s as usize, e as usize) {
            Some(slice) if slice == x => {}
            Some(slice) => wrong.push(format!("excerpt {x:?} but the UTF-16 slice is {slice:?}")),
            None => wrong.push(format!("[{s}, {e}) is not a UTF-16 range of the input")),
        },
        _ => wrong.push("start/end must be integers and excerpt a string".into()),
    }
    wrong
}

/// Asserts the whole JSON document follows the contract for `text`.
fn assert_contract(text: &str, v: &Value) {
    let obj = v.as_object().expect("object");
    let keys: BTreeSet<&str> = obj.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["findings", "language"]),
        "top-level keys for {text:?}"
    );
    let lang = v["language"].as_str().unwrap_or("");
    assert!(
        ["en", "fr", "bilingual", "unknown"].contains(&lang),
        "language {lang:?}"
    );
    let mut problems = Vec::new();
    let mut last_start = 0;
    for f in findings(v) {
        for p in contract_problems(text, f) {
            problems.push(format!("{}: {p}", f["rule"]));
        }
        let s = f["start"].as_u64().unwrap_or(0);
        if s < last_start {
            problems.push(format!("findings not sorted by start at {}", f["rule"]));
        }
        last_start = s;
    }
    assert!(problems.is_empty(), "{text:?}:\n{}", problems.join("\n"));
}

/// Built-in packs, to compare the CLI with the packs' own wording and rule lists.
fn builtin_packs() -> Vec<PackDef> {
    reserve::packs::builtin().unwrap_or_else(|e| panic!("built-in packs: {e}"))
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

// ---------------------------------------------------------------------------------------
// JSON shape and offsets

#[test]
fn json_is_one_object_with_the_documented_keys() {
    let posts = [
        "",
        "   \n\t ",
        "Lovely weather today, off to the lake with the kids.",
        "Je travaille au ministère et voici le mémo Protégé B de demain.",
        "Call me at 613-555-0199 or write to jane.doe@example.com",
        "VOTE CONSERVATIVE. AXE THE TAX.",
    ];
    for text in posts {
        let (v, _) = check_json(text, &[]);
        assert_contract(text, &v);
    }
    // A risky post must actually produce findings for this test to mean anything.
    let (v, _) = check_json(posts[3], &[]);
    assert!(findings(&v).len() >= 2, "{v}");
}

// The CLI prints exactly the documented keys, no `title`; the wasm API adds it.
#[test]
fn json_findings_have_exactly_the_documented_keys() {
    let text = "Je travaille au ministère et voici le mémo Protégé B de demain.";
    let (v, _) = check_json(text, &["--official", "en", "--term", "mémo"]);
    assert!(findings(&v).len() >= 3, "{v}");
    let documented: BTreeSet<&str> = FINDING_KEYS.into_iter().collect();
    for f in findings(&v) {
        let keys: BTreeSet<&str> = f
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, documented, "keys of {}", f["rule"]);
    }
}

#[test]
fn empty_post_has_unknown_language_and_no_finding() {
    let (v, code) = check_json("", &[]);
    assert_eq!(v["language"], "unknown");
    assert!(findings(&v).is_empty());
    assert_eq!(code, 0);
}

#[test]
fn offsets_are_utf16_and_excerpts_are_exact_slices() {
    // Each post puts a known risky phrase after (and around) characters whose UTF-8, UTF-16
    // and char lengths differ.
    let cases: [(&str, &str, &str); 10] = [
        (
            "😀 Voici le mémo Protégé B 😀",
            "confidential.marking",
            "Protégé B",
        ),
        (
            "👩‍👩‍👧 famille 👍🏽 puis Protégé B pour demain",
            "confidential.marking",
            "Protégé B",
        ),
        (
            "Le me\u{301}mo Prote\u{301}ge\u{301} B est sorti",
            "confidential.marking",
            "Prote\u{301}ge\u{301} B",
        ),
        (
            "東京の会議 — Protected B memo attached",
            "confidential.marking",
            "Protected B",
        ),
        (
            "مرحبا بكم Protected B memo",
            "confidential.marking",
            "Protected B",
        ),
        (
            "Line one\r\nLine two\r\nProtected B memo\r\n",
            "confidential.marking",
            "Protected B",
        ),
        (
            "Prix\u{a0}: 10\u{a0}$ — Protégé\u{a0}B",
            "confidential.marking",
            "Protégé\u{a0}B",
        ),
        (
            "\tcol1\tcol2\tProtégé\t\tB",
            "confidential.marking",
            "Protégé\t\tB",
        ),
        (
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐐷 Protected B",
            "confidential.marking",
            "Protected B",
        ),
        (
            "Pro\u{200b}tected B 😀",
            "confidential.marking",
            "Pro\u{200b}tected B",
        ),
    ];
    for (text, rule, excerpt) in cases {
        let (v, _) = check_json(text, &[]);
        assert_contract(text, &v);
        let f = finding(&v, rule).unwrap_or_else(|| panic!("{rule} must fire on {text:?}: {v}"));
        assert_eq!(f["excerpt"], excerpt, "{text:?}");
        let byte = text.find(excerpt).expect("excerpt is in the post");
        let start = utf16_len(&text[..byte]);
        assert_eq!(f["start"], start, "start of {excerpt:?} in {text:?}");
        assert_eq!(f["end"], start + utf16_len(excerpt), "end in {text:?}");
    }
}

#[test]
fn offsets_hold_for_every_finding_of_mixed_posts() {
    let posts = [
        "📍 Au 1234 rue Sainte-Catherine Ouest, Montréal H3G 1P4 😀👩‍👩‍👧 appelle-moi au 514-555-0143",
        "Mon NAS 046 454 286 👍🏽, ma carte 4111 1111 1111 1111, IBAN FR76 3000 6000 0112 3456 7890 189",
        "مرحبا — je travaille au ministère de l'Intérieur 東京 — tous les flics sont des ripoux\r\n",
        "Le ministre est incompétent\u{a0}! 🤬 Votez pas pour la CAQ 🗳️",
    ];
    for text in posts {
        for profile in ["ca-federal", "qc-public", "fr-interieur"] {
            let (v, _) = check_json(text, &["--profile", profile]);
            assert_contract(text, &v);
            assert!(
                !findings(&v).is_empty(),
                "{profile}: {text:?} should raise something"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Exit codes

#[test]
fn exit_code_0_when_nothing_at_warning_or_above() {
    let (v, code) = check_json("Lovely weather today, off to the lake with the kids.", &[]);
    assert!(findings(&v).is_empty(), "{v}");
    assert_eq!(code, 0);
}

#[test]
fn exit_code_0_with_only_an_info_finding() {
    // An English post on an official English account: the counterpart reminder is info.
    let text = "Hello everyone, the office reopens on Monday morning after the long weekend.";
    let (v, code) = check_json(text, &["--official", "en"]);
    assert!(
        !findings(&v).is_empty(),
        "the counterpart reminder must be there: {v}"
    );
    assert!(
        findings(&v).iter().all(|f| f["severity"] == "info"),
        "only info findings expected: {v}"
    );
    assert_eq!(code, 0);
}

#[test]
fn exit_code_1_at_warning_and_at_high() {
    let (v, code) = check_json("Je travaille au ministère depuis dix ans.", &[]);
    assert!(
        findings(&v).iter().any(|f| f["severity"] == "warning"),
        "{v}"
    );
    assert!(findings(&v).iter().all(|f| f["severity"] != "high"), "{v}");
    assert_eq!(code, 1);
    let (v, code) = check_json("Voici le mémo Protégé B de demain", &[]);
    assert!(findings(&v).iter().any(|f| f["severity"] == "high"), "{v}");
    assert_eq!(code, 1);
}

/// Asserts a usage or input error: exit 2, nothing on stdout, exactly one line on stderr.
fn assert_one_line_error(what: &str, out: &Output) -> String {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: exit code; stderr: {err}"
    );
    assert!(out.stdout.is_empty(), "{what}: stdout must be empty");
    assert!(
        err.lines().count() == 1 && err.ends_with('\n') && !err.trim().is_empty(),
        "{what}: stderr must be exactly one line, got:\n{err}"
    );
    assert!(!err.contains("panicked"), "{what}: {err}");
    err
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let dir = scratch_dir("usage");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, "hello").expect("write");
    std::fs::write(&b, "hello").expect("write");
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("unknown flag", vec!["check", "--bogus"]),
        ("bad --profile", vec!["check", "--profile", "be-federal"]),
        ("bad --official", vec!["check", "--official", "es"]),
        ("--official without value", vec!["check", "--official"]),
        ("bad --ui-lang", vec!["check", "--ui-lang", "de"]),
        ("bad --format", vec!["check", "--format", "xml"]),
        ("two files", vec!["check", path_str(&a), path_str(&b)]),
        ("unknown command", vec!["lint"]),
        ("rules with bad profile", vec!["rules", "--profile", "x"]),
    ];
    let mut failures = Vec::new();
    for (what, args) in cases {
        let out = run(&args, b"hello");
        let err = stderr(&out);
        if out.status.code() != Some(2)
            || !out.stdout.is_empty()
            || err.lines().count() != 1
            || err.trim().is_empty()
        {
            failures.push(format!(
                "{what}: exit {:?}, {} stderr line(s): {err:?}",
                out.status.code(),
                err.lines().count()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_bad_value_is_named_in_the_error() {
    let out = run(&["check", "--profile", "be-federal"], b"hello");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("be-federal"), "{}", stderr(&out));
    let out = run(&["check", "--official", "es"], b"hello");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("'es'") || err.contains("\"es\""), "{err}");
}

#[test]
fn unreadable_input_exits_2_with_one_line() {
    let dir = scratch_dir("unreadable");
    let missing = dir.join("missing.txt");
    let err = assert_one_line_error("missing file", &run(&["check", path_str(&missing)], b""));
    assert!(err.contains("missing.txt"), "names the file: {err}");
    // A directory given as the post.
    assert_one_line_error("directory as input", &run(&["check", path_str(&dir)], b""));
}

#[test]
fn non_utf8_input_exits_2_with_one_line() {
    let latin1 = b"Caf\xe9 au bureau, Prot\xe9g\xe9 B";
    assert_one_line_error("non-UTF-8 stdin", &run(&["check"], latin1));
    assert_one_line_error(
        "non-UTF-8 stdin, json",
        &run(&["check", "--format", "json", "-"], latin1),
    );
    let dir = scratch_dir("latin1");
    let file = dir.join("post.txt");
    std::fs::write(&file, latin1).expect("write");
    assert_one_line_error("non-UTF-8 file", &run(&["check", path_str(&file)], b""));
    // A lone surrogate encoded in UTF-8 (CESU style) is not UTF-8 either.
    assert_one_line_error("surrogate bytes", &run(&["check"], b"abc \xed\xa0\x80 def"));
}

// A missing rules directory and a broken pack each give exit 2 and one line on stderr.
#[test]
fn bad_rules_dir_exits_2_with_one_line() {
    let dir = scratch_dir("rules-missing").join("nope");
    assert_one_line_error(
        "missing rules dir",
        &run(&["check", "--rules", path_str(&dir)], b"hello"),
    );
    let broken = scratch_dir("rules-broken");
    std::fs::write(broken.join("broken.toml"), "[pack\nid = \"x\"\n").expect("write");
    let err = assert_one_line_error(
        "broken pack",
        &run(&["check", "--rules", path_str(&broken)], b"hello"),
    );
    assert!(err.contains("broken.toml:1:"), "names file and line: {err}");
}

#[test]
fn file_argument_and_dash_read_the_same_post() {
    let dir = scratch_dir("file");
    let file = dir.join("post.txt");
    let text = "😀 Voici le mémo Protégé B de demain\r\n";
    std::fs::write(&file, text).expect("write");
    let from_file = run(&["check", "--format", "json", path_str(&file)], b"");
    let from_dash = run(&["check", "--format", "json", "-"], text.as_bytes());
    let from_stdin = run(&["check", "--format", "json"], text.as_bytes());
    assert_eq!(from_file.status.code(), Some(1));
    assert_eq!(stdout(&from_file), stdout(&from_dash));
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
}

// ---------------------------------------------------------------------------------------
// Text format

/// Terminal columns taken by `s`: tabs to the next multiple of 8, wide East Asian characters
/// and emoji count 2, combining marks and zero-width characters 0.
fn display_width(s: &str) -> usize {
    let mut col = 0;
    for c in s.chars() {
        let cp = c as u32;
        col += match cp {
            0x09 => 8 - col % 8,
            0x0300..=0x036F | 0x200B..=0x200F | 0xFE00..=0xFE0F => 0,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        };
    }
    col
}

/// Finds, in text output, the echoed `line` and the caret line under it. Returns the
/// terminal column where the carets start, the column where `needle` starts in the echoed
/// line, and the number of carets.
fn caret_under(out: &str, line: &str, needle: &str) -> (usize, usize, usize) {
    let lines: Vec<&str> = out.split('\n').collect();
    let i = lines
        .iter()
        .position(|l| l.trim_end_matches('\r').trim_start() == line.trim_start())
        .unwrap_or_else(|| panic!("the line {line:?} is not echoed in:\n{out}"));
    let echoed = lines[i];
    let carets = lines.get(i + 1).expect("a caret line follows");
    let prefix = &carets[..carets.find('^').expect("carets")];
    let span_at = echoed.find(needle).expect("needle in the echoed line");
    (
        display_width(prefix),
        display_width(&echoed[..span_at]),
        carets.matches('^').count(),
    )
}

#[test]
fn text_format_shows_line_caret_and_message_without_colour() {
    let text = "Bonjour à tous\nVoici le mémo Protégé B de demain\nMerci";
    let out = run(&["check", "--ui-lang", "en"], text.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let s = stdout(&out);
    assert!(
        !s.contains('\x1b'),
        "no ANSI escape when stdout is a pipe:\n{s}"
    );
    let (col, want, count) = caret_under(&s, "Voici le mémo Protégé B de demain", "Protégé B");
    assert_eq!(col, want, "caret column:\n{s}");
    assert_eq!(count, "Protégé B".chars().count(), "caret width:\n{s}");
    let packs = builtin_packs();
    let marking = packs
        .iter()
        .flat_map(|p| &p.rules)
        .find(|r| r.id == "confidential.marking")
        .expect("confidential.marking exists");
    assert!(s.contains(&marking.message.en), "message shown:\n{s}");
    assert!(s.contains("confidential.marking"), "rule id shown:\n{s}");
    // The lines without findings are not echoed.
    assert!(!s.contains("Bonjour à tous"), "{s}");
}

#[test]
fn text_format_for_a_clean_post_exits_0() {
    let out = run(&["check"], b"Lovely weather today.");
    assert_eq!(out.status.code(), Some(0));
    assert!(!stdout(&out).contains('^'));
    assert!(!stdout(&out).contains('\x1b'));
}

#[test]
fn caret_is_under_the_span_after_tabs_wide_and_combining_characters() {
    let lines = [
        "\tnote:\tProtected B memo",
        "東京の会議 Protected B memo",
        "😀😀 party then Protected B memo",
        "Le me\u{301}mo Protected B",
    ];
    let mut failures = Vec::new();
    for line in lines {
        let out = run(&["check"], line.as_bytes());
        let s = stdout(&out);
        let (col, want, count) = caret_under(&s, line, "Protected B");
        if col != want || count != "Protected B".len() {
            failures.push(format!(
                "{line:?}: carets at column {col} (x{count}), span at column {want} (x11)"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Options

fn rule_def<'a>(packs: &'a [PackDef], id: &str) -> &'a reserve::pack::RuleDef {
    packs
        .iter()
        .flat_map(|p| &p.rules)
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("rule {id} exists"))
}

#[test]
fn ui_lang_fr_gives_french_messages() {
    let packs = builtin_packs();
    let marking = rule_def(&packs, "confidential.marking");
    assert_ne!(marking.message.en, marking.message.fr);
    let text = "Voici le mémo Protégé B de demain";
    let (en, _) = check_json(text, &["--ui-lang", "en"]);
    let (fr, _) = check_json(text, &["--ui-lang", "fr"]);
    let f_en = finding(&en, "confidential.marking").expect("fires");
    let f_fr = finding(&fr, "confidential.marking").expect("fires");
    assert_eq!(f_en["message"], marking.message.en.as_str());
    assert_eq!(f_fr["message"], marking.message.fr.as_str());
    // Everything else is the same.
    assert_eq!(f_en["start"], f_fr["start"]);
    assert_eq!(f_en["source"], f_fr["source"]);
    assert_eq!(rules_of(&en), rules_of(&fr));
    // Text format: French message and French labels.
    let out = run(&["check", "--ui-lang", "fr"], text.as_bytes());
    let s = stdout(&out);
    assert!(s.contains(&marking.message.fr), "{s}");
    assert!(!s.contains(&marking.message.en), "{s}");
}

#[test]
fn default_ui_lang_follows_a_french_locale() {
    let packs = builtin_packs();
    let marking = rule_def(&packs, "confidential.marking");
    let out = run_env(
        &["check", "--format", "json"],
        "Protégé B".as_bytes(),
        &[("LANG", "fr_CA.UTF-8")],
    );
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let f = finding(&v, "confidential.marking").expect("fires");
    assert_eq!(f["message"], marking.message.fr.as_str());
    // --ui-lang wins over the locale.
    let out = run_env(
        &["check", "--format", "json", "--ui-lang", "en"],
        "Protégé B".as_bytes(),
        &[("LANG", "fr_CA.UTF-8")],
    );
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let f = finding(&v, "confidential.marking").expect("fires");
    assert_eq!(f["message"], marking.message.en.as_str());
}

#[test]
fn profile_changes_what_fires() {
    // political.opinion-fr and location.postal-code-fr are fr-interieur rules (see their
    // `profiles` in rules/political.toml and rules/location.toml).
    let packs = builtin_packs();
    for id in ["political.opinion-fr", "location.postal-code-fr"] {
        let r = rule_def(&packs, id);
        assert_eq!(r.profiles, vec![reserve::Profile::FrInterieur], "{id}");
    }
    let cases = [
        (
            "LFI c'est une bande d'irresponsables, ils vont couler le pays",
            "political.opinion-fr",
        ),
        (
            "Colis à envoyer rue des Acacias, 69003 Lyon",
            "location.postal-code-fr",
        ),
    ];
    for (text, rule) in cases {
        let (fr, code_fr) = check_json(text, &["--profile", "fr-interieur"]);
        assert!(rules_of(&fr).contains(&rule.to_string()), "{rule}: {fr}");
        assert_eq!(code_fr, 1);
        for other in ["ca-federal", "qc-public"] {
            let (v, code) = check_json(text, &["--profile", other]);
            assert!(!rules_of(&v).contains(&rule.to_string()), "{other}: {v}");
            assert_eq!(code, 0, "{other}: {v}");
        }
    }
    // The default profile is ca-federal.
    let text = cases[0].0;
    assert_eq!(
        check_json(text, &[]).0,
        check_json(text, &["--profile", "ca-federal"]).0
    );
}

#[test]
fn employer_names_are_flagged_case_insensitively() {
    let text = "Dur dur la journée chez ACME widgets aujourd'hui";
    let (without, _) = check_json(text, &[]);
    assert!(
        !categories_at_warning(&without).contains("employer"),
        "{without}"
    );
    let (with, code) = check_json(text, &["--employer", "Acme Widgets"]);
    let f = findings(&with)
        .iter()
        .find(|f| f["category"] == "employer")
        .unwrap_or_else(|| panic!("employer must fire: {with}"));
    assert_eq!(f["excerpt"], "ACME widgets");
    assert_eq!(code, 1);
    // Repeatable: the second name works too.
    let (two, _) = check_json(
        "Je bosse à la DGSI depuis 3 ans",
        &["--employer", "Acme Widgets", "--employer", "DGSI"],
    );
    assert!(
        findings(&two)
            .iter()
            .any(|f| f["category"] == "employer" && f["excerpt"] == "DGSI"),
        "{two}"
    );
}

#[test]
fn terms_match_case_and_accent_insensitively_as_whole_words() {
    for text in [
        "Le projet ELAN démarre lundi",
        "le projet élan démarre lundi",
        "le projet Elan démarre lundi",
        "le projet e\u{301}lan démarre lundi",
        "le projet ÉLAN démarre lundi",
    ] {
        let (v, code) = check_json(text, &["--term", "Élan"]);
        let f = findings(&v)
            .iter()
            .find(|f| f["category"] == "confidential")
            .unwrap_or_else(|| panic!("term must fire on {text:?}: {v}"));
        let word = text.split(' ').nth(2).expect("third word");
        assert_eq!(f["excerpt"], word, "{text:?}");
        assert_eq!(code, 1);
        let (plain, _) = check_json(text, &[]);
        assert!(
            !categories_at_warning(&plain).contains("confidential"),
            "only with --term: {plain}"
        );
    }
    // Whole words only.
    let (v, _) = check_json("Il s'est élancé vers la sortie", &["--term", "Élan"]);
    assert!(!categories_at_warning(&v).contains("confidential"), "{v}");
    // Repeatable.
    let (v, _) = check_json(
        "Nightingale et Élan avancent",
        &["--term", "Élan", "--term", "nightingale"],
    );
    let excerpts: Vec<&str> = findings(&v)
        .iter()
        .filter(|f| f["category"] == "confidential")
        .filter_map(|f| f["excerpt"].as_str())
        .collect();
    assert_eq!(excerpts, vec!["Nightingale", "Élan"], "{v}");
}

/// Official-language findings of a post under `--official MODE` (or none).
fn official(text: &str, mode: Option<&str>) -> (Vec<(String, String)>, i32) {
    let args: Vec<&str> = match mode {
        Some(m) => vec!["--official", m],
        None => vec![],
    };
    let (v, code) = check_json(text, &args);
    let found = findings(&v)
        .iter()
        .filter(|f| f["category"] == "official-language")
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_string(),
                f["severity"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    (found, code)
}

#[test]
fn official_mode_checks_the_languages() {
    let en = "Hello everyone, the office reopens on Monday morning after the long weekend.";
    let fr = "Bonjour à tous, le bureau rouvre lundi matin après la longue fin de semaine.";
    let both = "The office reopens Monday morning. / Le bureau rouvre lundi matin.";
    let sev = |found: &[(String, String)]| -> Vec<String> {
        found.iter().map(|(_, s)| s.clone()).collect()
    };
    // Not an official account: no official-language finding at all.
    for text in [en, fr, both] {
        assert_eq!(official(text, None).0, vec![], "{text}");
    }
    // Bilingual account: both languages needed.
    let (f, code) = official(en, Some("bilingual"));
    assert_eq!(sev(&f), vec!["warning"], "{f:?}");
    assert_eq!(code, 1);
    let (f, _) = official(fr, Some("bilingual"));
    assert_eq!(sev(&f), vec!["warning"], "{f:?}");
    let (en_missing, _) = official(en, Some("bilingual"));
    assert_ne!(
        f, en_missing,
        "missing French and missing English are different findings"
    );
    let (f, code) = official(both, Some("bilingual"));
    assert_eq!(f, vec![]);
    assert_eq!(code, 0);
    // Unilingual accounts: the right language gets the counterpart reminder (info), the
    // other language or a mix is a warning.
    for (mode, right, wrong) in [("en", en, fr), ("fr", fr, en)] {
        let (f, code) = official(right, Some(mode));
        assert_eq!(sev(&f), vec!["info"], "{mode}: {f:?}");
        assert_eq!(code, 0);
        for text in [wrong, both] {
            let (f, code) = official(text, Some(mode));
            assert_eq!(sev(&f), vec!["warning"], "{mode} on {text:?}: {f:?}");
            assert_eq!(code, 1);
        }
    }
}

#[test]
fn election_period_makes_neutrality_stricter() {
    // A call to vote: warning, inside and outside an election period.
    let text = "VOTE CONSERVATIVE. AXE THE TAX.";
    let sev = |v: &Value| -> BTreeSet<String> {
        findings(v)
            .iter()
            .filter(|f| f["category"] == "political")
            .map(|f| f["severity"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let (normal, _) = check_json(text, &[]);
    let (election, _) = check_json(text, &["--election-period"]);
    assert!(sev(&normal).contains("warning"), "{normal}");
    assert!(!sev(&normal).contains("high"), "{normal}");
    // The severity policy keeps `high` for unambiguous evidence: an election period adds
    // election-only rules (below) but raises nothing to `high`.
    assert_eq!(
        sev(&election),
        BTreeSet::from(["warning".to_string()]),
        "{election}"
    );
    // Mild praise of a party is only flagged by the election-only rule.
    let praise = "Kinda liked what the CAQ guy said about daycare spots tonight tbh";
    let (normal, _) = check_json(praise, &["--profile", "qc-public"]);
    let (election, _) = check_json(praise, &["--profile", "qc-public", "--election-period"]);
    assert!(
        !rules_of(&normal).contains(&"political.election-opinion".into()),
        "{normal}"
    );
    assert!(
        rules_of(&election).contains(&"political.election-opinion".into()),
        "{election}"
    );
    // Neutral civic reminders stay quiet even then.
    let (v, code) = check_json(
        "Don't forget to vote on Monday, whoever you support.",
        &["--election-period"],
    );
    assert!(!categories_at_warning(&v).contains("political"), "{v}");
    assert_eq!(code, 0);
}

const ACME_PACK: &str = r#"[pack]
id = "acme"

[[rule]]
id = "codename"
category = "confidential"
severity = "high"
languages = ["en", "fr"]
kind = "terms"
terms = ["zorblax(es)"]
title.en = "Acme code name"
title.fr = "Nom de code Acme"
message.en = "Acme code names stay inside Acme."
message.fr = "Les noms de code d'Acme restent chez Acme."
source = "acme-policy § 1"
tests.fire = ["Project zorblax starts Monday"]
tests.quiet = ["Nothing to see here"]
"#;

#[test]
fn rules_dir_adds_a_pack() {
    let dir = scratch_dir("rules-add");
    std::fs::write(dir.join("acme.toml"), ACME_PACK).expect("write");
    let text = "Project ZORBLAXES starts Monday. Voici le mémo Protégé B";
    let (plain, _) = check_json(text, &[]);
    assert!(!rules_of(&plain).contains(&"acme.codename".into()));
    let (with, code) = check_json(text, &["--rules", path_str(&dir)]);
    let f = finding(&with, "acme.codename").unwrap_or_else(|| panic!("{with}"));
    assert_eq!(f["excerpt"], "ZORBLAXES");
    assert_eq!(f["message"], "Acme code names stay inside Acme.");
    assert_eq!(f["source"], "acme-policy § 1");
    assert_eq!(code, 1);
    // Built-in packs still run.
    assert!(
        rules_of(&with).contains(&"confidential.marking".into()),
        "{with}"
    );
    // `reserve rules --rules DIR` lists it.
    let out = run(&["rules", "--rules", path_str(&dir)], b"");
    assert!(stdout(&out).contains("acme.codename"), "{}", stdout(&out));
}

#[test]
fn rules_dir_replaces_a_builtin_pack_with_the_same_id() {
    let dir = scratch_dir("rules-replace");
    let pack = ACME_PACK.replace("id = \"acme\"", "id = \"confidential\"");
    std::fs::write(dir.join("mine.toml"), pack).expect("write");
    let text = "Voici le mémo Protégé B sur zorblax";
    let (plain, _) = check_json(text, &[]);
    assert!(
        rules_of(&plain).contains(&"confidential.marking".into()),
        "{plain}"
    );
    let (with, _) = check_json(text, &["--rules", path_str(&dir)]);
    let rules = rules_of(&with);
    assert_eq!(rules, vec!["confidential.codename".to_string()], "{with}");
    // The listed rules of the pack are the replacement's only.
    let out = run(&["rules", "--rules", path_str(&dir)], b"");
    let listed: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|id| id.starts_with("confidential."))
        .map(str::to_string)
        .collect();
    assert_eq!(listed, vec!["confidential.codename".to_string()]);
}

/// Rule ids listed by `reserve rules ARGS` (text format: the id starts each rule line).
fn listed_rules(args: &[&str]) -> Vec<String> {
    let mut all = vec!["rules"];
    all.extend_from_slice(args);
    let out = run(&all, b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = stdout(&out);
    s.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.contains('.') && !w.ends_with('.'))
        .map(str::to_string)
        .collect()
}

#[test]
fn rules_lists_the_active_rules_per_profile() {
    let packs = builtin_packs();
    let mut lists = Vec::new();
    for profile in reserve::Profile::ALL {
        let listed = listed_rules(&["--profile", profile.as_str()]);
        // The same rules as the packs say apply to this profile (election-only rules off).
        let expected: Vec<String> = packs
            .iter()
            .flat_map(|p| &p.rules)
            .filter(|r| r.profiles.contains(&profile) && !r.election_only)
            .map(|r| r.id.clone())
            .collect();
        assert_eq!(listed, expected, "{}", profile.as_str());
        lists.push(listed);
    }
    assert_ne!(lists[0], lists[2], "ca-federal and fr-interieur differ");
    assert!(lists[2].contains(&"political.opinion-fr".into()));
    assert!(!lists[0].contains(&"political.opinion-fr".into()));
    assert!(lists[0].contains(&"political.opinion-ca".into()));
    assert!(!lists[2].contains(&"political.opinion-ca".into()));
    // Default profile: ca-federal.
    assert_eq!(listed_rules(&[]), lists[0]);
    // JSON format: the same ids.
    let out = run(
        &["rules", "--format", "json", "--profile", "fr-interieur"],
        b"",
    );
    let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let ids: Vec<String> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(ids, lists[2]);
}

// ---------------------------------------------------------------------------------------
// eval

/// One corpus line: text, expected categories, options (JSON).
fn corpus_line(text: &str, expect: &[&str], opts: &str) -> String {
    let mut v = serde_json::json!({ "text": text, "expect": expect });
    if !opts.is_empty() {
        v["opts"] = serde_json::from_str(opts).expect("opts json");
    }
    v.to_string()
}

#[test]
fn eval_reports_recall_per_category_and_false_alarms() {
    // (post, labels, opts, categories `check` finds at warning or above with those opts).
    // The last column is checked first with `reserve check`, so a change in the rules shows
    // up as a wrong assumption here rather than as a wrong eval figure.
    type Post = (
        &'static str,
        &'static [&'static str],
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    );
    let posts: [Post; 9] = [
        // Risky, found.
        (
            "Voici le mémo Protégé B de demain",
            &["confidential"],
            "",
            &[],
            &["confidential"],
        ),
        (
            "Le projet Nightingale démarre lundi",
            &["confidential"],
            r#"{"terms": ["nightingale"]}"#,
            &["--term", "nightingale"],
            &["confidential"],
        ),
        (
            "Appelez-moi au 514-555-0143 ou écrivez à jean.tremblay@example.com",
            &["personal-info"],
            "",
            &[],
            &["personal-info"],
        ),
        // Risky, missed: a near miss labelled as risky.
        (
            "Le secret de ma tarte aux pommes",
            &["confidential"],
            "",
            &[],
            &[],
        ),
        // Risky in two categories, one found.
        (
            "Voici le mémo Protégé B, et il fait beau",
            &["confidential", "political"],
            "",
            &[],
            &["confidential"],
        ),
        // Benign.
        (
            "Lovely weather today, off to the lake with the kids.",
            &[],
            "",
            &[],
            &[],
        ),
        (
            "Thanks to the police officer who helped me change my tire!",
            &[],
            "",
            &[],
            &[],
        ),
        // Benign but flagged: a false alarm (the label is wrong on purpose).
        (
            "Je travaille au ministère depuis dix ans.",
            &[],
            "",
            &[],
            &["employer"],
        ),
        // Benign with only an info finding: not a false alarm.
        (
            "Hello everyone, the office reopens on Monday morning after the long weekend.",
            &[],
            r#"{"official": "en"}"#,
            &["--official", "en"],
            &[],
        ),
    ];
    for (text, _, _, args, found) in &posts {
        let (v, _) = check_json(text, args);
        let got: Vec<String> = categories_at_warning(&v).into_iter().collect();
        assert_eq!(
            got,
            found.to_vec(),
            "assumption about {text:?} with {args:?}"
        );
    }
    let dir = scratch_dir("eval");
    let file = dir.join("corpus.jsonl");
    let mut lines: Vec<String> = posts
        .iter()
        .map(|(t, e, o, _, _)| corpus_line(t, e, o))
        .collect();
    lines.insert(3, String::new()); // blank lines are skipped
    std::fs::write(&file, lines.join("\n") + "\n").expect("write");

    let out = run(&["eval", "--format", "json", path_str(&file)], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("eval json");
    let score = |c: &str| {
        let s = &v["recall"][c];
        (
            s["expected"].as_u64(),
            s["found"].as_u64(),
            s["recall"].as_f64(),
        )
    };
    // confidential: 4 expected (lines 1, 2, 4, 5), 3 found.
    assert_eq!(score("confidential"), (Some(4), Some(3), Some(0.75)));
    assert_eq!(score("personal-info"), (Some(1), Some(1), Some(1.0)));
    assert_eq!(score("political"), (Some(1), Some(0), Some(0.0)));
    assert_eq!(v["recall"].as_object().map(|o| o.len()), Some(3), "{v}");
    assert_eq!(v["benign"], 4);
    assert_eq!(v["false_alarms"], 1);
    assert_eq!(v["false_alarm_rate"].as_f64(), Some(0.25));

    // Text format: one row per category with expected, found and recall; the false-alarm rate.
    let out = run(&["eval", path_str(&file)], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = stdout(&out);
    let row = |c: &str| -> Vec<String> {
        s.lines()
            .find(|l| l.split_whitespace().next() == Some(c))
            .unwrap_or_else(|| panic!("no row for {c}:\n{s}"))
            .split_whitespace()
            .skip(1)
            .map(str::to_string)
            .collect()
    };
    // Columns: expected, found, recall, false alarms at high, at warning.
    assert_eq!(
        row("confidential"),
        vec!["4", "3", "0.750", "0", "0"],
        "{s}"
    );
    assert_eq!(
        row("personal-info"),
        vec!["1", "1", "1.000", "0", "0"],
        "{s}"
    );
    assert_eq!(row("political"), vec!["1", "0", "0.000", "0", "0"], "{s}");
    assert_eq!(row("employer"), vec!["-", "-", "-", "0", "1"], "{s}");
    assert_eq!(row("overall"), vec!["6", "4", "0.667"], "{s}");
    let alarms = s
        .lines()
        .find(|l| l.contains("false alarm"))
        .unwrap_or_else(|| panic!("no false-alarm line:\n{s}"));
    assert!(
        alarms.contains("0.250")
            && alarms.contains("1 of 4")
            && alarms.contains("0 high, 1 warning"),
        "{alarms}"
    );
    assert_eq!(v["overall"]["expected"], 6);
    assert_eq!(v["overall"]["found"], 4);
    assert_eq!(v["false_alarms_high"], 0);
    assert_eq!(v["false_alarms_warning"], 1);
    assert_eq!(v["false_alarms_by_category"]["employer"]["warning"], 1);

    // --min-severity high: only high findings count (the employer warning is no alarm, the
    // Protégé B marking is high and still found).
    let out = run(
        &[
            "eval",
            "--format",
            "json",
            "--min-severity",
            "high",
            path_str(&file),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).expect("eval json");
    assert_eq!(v["threshold"], "high");
    assert_eq!(v["false_alarms"], 0);
    assert_eq!(v["recall"]["confidential"]["found"], 3);
    assert_eq!(v["recall"]["personal-info"]["found"], 0);
}

#[test]
fn eval_lists_every_high_false_alarm() {
    let dir = scratch_dir("eval-high");
    let file = dir.join("corpus.jsonl");
    let lines = [
        corpus_line("Voici le mémo Protégé B de demain", &[], ""),
        corpus_line("Je travaille au ministère depuis dix ans.", &[], ""),
        corpus_line(
            "Lovely weather today, off to the lake with the kids.",
            &[],
            "",
        ),
    ];
    std::fs::write(&file, lines.join("\n") + "\n").expect("write");
    let out = run(&["eval", path_str(&file)], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = stdout(&out);
    let high: Vec<&str> = s.lines().filter(|l| l.starts_with("high alarm")).collect();
    assert_eq!(high.len(), 1, "{s}");
    assert!(
        high[0].contains("line    1") && high[0].contains("confidential.marking"),
        "{s}"
    );
    assert!(
        s.contains("2 of 3 benign posts") && s.contains("1 high, 1 warning"),
        "{s}"
    );
}

#[test]
fn eval_options_apply_on_top_of_each_line() {
    // `--term` given to eval applies to every line.
    let dir = scratch_dir("eval-opts");
    let file = dir.join("corpus.jsonl");
    std::fs::write(
        &file,
        corpus_line("Le projet Nightingale démarre lundi", &["confidential"], "") + "\n",
    )
    .expect("write");
    let recall = |args: &[&str]| {
        let mut all = vec!["eval", "--format", "json", path_str(&file)];
        all.extend_from_slice(args);
        let out = run(&all, b"");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let v: Value = serde_json::from_str(&stdout(&out)).expect("json");
        v["recall"]["confidential"]["recall"].as_f64()
    };
    assert_eq!(recall(&[]), Some(0.0));
    assert_eq!(recall(&["--term", "nightingale"]), Some(1.0));
}

#[test]
fn eval_malformed_line_exits_2_naming_the_line() {
    let dir = scratch_dir("eval-bad");
    let cases = [
        ("truncated JSON", "{\"text\": \"ok\"}\n\n{\"text\": \n", 3),
        (
            "unknown category",
            "{\"text\": \"ok\"}\n{\"text\": \"x\", \"expect\": [\"gossip\"]}\n",
            2,
        ),
        ("unknown key", "{\"text\": \"ok\", \"expected\": []}\n", 1),
        (
            "not an object",
            "{\"text\": \"ok\"}\n{\"text\": \"ok\"}\n[1, 2]\n",
            3,
        ),
        (
            "bad profile",
            "{\"text\": \"ok\", \"opts\": {\"profile\": \"mars\"}}\n",
            1,
        ),
    ];
    for (what, body, line) in cases {
        let file = dir.join("bad.jsonl");
        std::fs::write(&file, body).expect("write");
        let err = assert_one_line_error(what, &run(&["eval", path_str(&file)], b""));
        assert!(err.contains(&format!("line {line}")), "{what}: {err}");
        assert!(err.contains("bad.jsonl"), "{what}: names the file: {err}");
    }
    let missing = dir.join("missing.jsonl");
    assert_one_line_error("missing corpus", &run(&["eval", path_str(&missing)], b""));
}

#[test]
fn a_closed_stdout_is_an_error_not_a_panic() {
    let dir = scratch_dir("closed-stdout");
    let corpus = dir.join("c.jsonl");
    std::fs::write(
        &corpus,
        corpus_line("Protégé B", &["confidential"], "") + "\n",
    )
    .expect("write");
    let cases: [(&str, Vec<&str>); 4] = [
        ("check", vec!["check"]),
        ("check json", vec!["check", "--format", "json"]),
        ("rules", vec!["rules"]),
        ("eval", vec!["eval", path_str(&corpus)]),
    ];
    let mut failures = Vec::new();
    for (what, args) in cases {
        // A pipe whose reading end is closed before the command starts, like `| head -0`.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let mut child = Command::new(env!("CARGO_BIN_EXE_reserve"))
            .args(&args)
            .env("LANG", "C")
            .stdin(Stdio::piped())
            .stdout(writer)
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        if let Some(mut input) = child.stdin.take() {
            let _ = input.write_all("Voici le mémo Protégé B".as_bytes());
        }
        let out = child.wait_with_output().expect("wait");
        let err = stderr(&out);
        if err.contains("panicked") || out.status.code() == Some(101) || err.lines().count() > 1 {
            failures.push(format!(
                "{what}: exit {:?}, stderr: {err}",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Text output on a real terminal is coloured. `script` (util-linux / bsdutils, present on
/// every Linux) gives the command a pseudo-terminal as stdout.
#[test]
fn text_format_is_coloured_on_a_terminal() {
    let dir = scratch_dir("tty");
    let post = dir.join("post.txt");
    std::fs::write(&post, "Voici le mémo Protégé B de demain").expect("write");
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let command = format!(
        "{} check --ui-lang en {}",
        quote(env!("CARGO_BIN_EXE_reserve")),
        quote(path_str(&post))
    );
    let out = Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .env("LANG", "C")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("this test needs `script` (util-linux): {e}"));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("\x1b["),
        "ANSI colour expected on a terminal:\n{s}"
    );
    assert!(s.contains("Protégé B"), "{s}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit code passes through `script`"
    );
}
