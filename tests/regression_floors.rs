//! Regression floors on every labelled set, at the figures measured after the precision work
//! (README, "Detection quality") minus a small margin: a rule change that loses about one post
//! in a category, adds false alarms, or raises any false alarm to `high` fails here.
//!
//! `tests/holdout` and `tests/holdout2` were measured blind once and have been read since; they
//! serve as regression checks only. `tests/dev-everyday` was written by the rule authors.

use reserve::eval::{evaluate, parse_corpus, CorpusLine, EvalReport};
use reserve::{Category, Settings};

use Category::*;

/// Margin under the measured recall.
const MARGIN: f64 = 0.05;

/// A set: its files, the recall measured per category, the false-alarm rate measured.
struct Set {
    files: &'static [&'static str],
    recall: &'static [(Category, f64)],
    false_alarms: f64,
}

const CORPUS: Set = Set {
    files: &["tests/corpus/risky.jsonl", "tests/corpus/benign.jsonl"],
    recall: &[
        (Confidential, 1.000),
        (Operations, 1.000),
        (Political, 1.000),
        (Criticism, 1.000),
        (Employer, 0.974),
        (Location, 0.972),
        (PersonalInfo, 1.000),
        (Harassment, 1.000),
        (Spokesperson, 1.000),
        (OfficialLanguage, 0.920),
    ],
    false_alarms: 0.000,
};

const HOLDOUT: Set = Set {
    files: &["tests/holdout/risky.jsonl", "tests/holdout/benign.jsonl"],
    recall: &[
        (Confidential, 1.000),
        (Operations, 0.783),
        (Political, 0.947),
        (Criticism, 1.000),
        (Employer, 0.886),
        (Location, 1.000),
        (PersonalInfo, 1.000),
        (Harassment, 0.950),
        (Spokesperson, 1.000),
        (OfficialLanguage, 0.941),
    ],
    false_alarms: 0.015,
};

const HOLDOUT2: Set = Set {
    files: &["tests/holdout2/all.jsonl"],
    recall: &[
        (Confidential, 0.880),
        (Operations, 0.680),
        (Political, 0.920),
        (Criticism, 0.958),
        (Employer, 0.763),
        (Location, 0.800),
        (PersonalInfo, 0.958),
        (Harassment, 0.682),
        (Spokesperson, 0.905),
        (OfficialLanguage, 1.000),
    ],
    false_alarms: 0.027,
};

const DEV_EVERYDAY: Set = Set {
    files: &[
        "tests/dev-everyday/risky.jsonl",
        "tests/dev-everyday/benign.jsonl",
    ],
    recall: &[
        (Operations, 0.250),
        (Political, 0.667),
        (Criticism, 0.900),
        (Location, 0.500),
        (PersonalInfo, 0.000),
        (Spokesperson, 0.556),
    ],
    false_alarms: 0.000,
};

fn run(set: &Set) -> EvalReport {
    let mut lines: Vec<(usize, CorpusLine)> = Vec::new();
    for f in set.files {
        let path = format!("{}/{f}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        lines.extend(parse_corpus(&text).unwrap_or_else(|e| panic!("{path}: {e}")));
    }
    evaluate(&lines, &Settings::default()).unwrap_or_else(|e| panic!("{e}"))
}

fn check(name: &str, set: &Set) {
    let report = run(set);
    let mut failures = Vec::new();
    for (c, measured) in set.recall {
        let got = report.recall.get(c).map_or(0.0, |s| s.recall);
        println!(
            "{name} {:<18} {got:.3} (measured {measured:.3})",
            c.as_str()
        );
        if got < measured - MARGIN {
            failures.push(format!(
                "{} recall {got:.3} < {measured:.3} - {MARGIN}",
                c.as_str()
            ));
        }
    }
    println!(
        "{name} false alarms {:.3} (measured {:.3}), high {}",
        report.false_alarm_rate, set.false_alarms, report.false_alarms_high
    );
    if report.false_alarm_rate > set.false_alarms + 0.01 {
        failures.push(format!(
            "false-alarm rate {:.3} > {:.3} + 0.01",
            report.false_alarm_rate, set.false_alarms
        ));
    }
    for m in report.high_alarms() {
        failures.push(format!(
            "high false alarm line {} ({})",
            m.line,
            m.rules.join(",")
        ));
    }
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

#[test]
fn corpus_above_floors() {
    check("corpus", &CORPUS);
}

#[test]
fn holdout_above_floors() {
    check("holdout", &HOLDOUT);
}

#[test]
fn holdout2_above_floors() {
    check("holdout2", &HOLDOUT2);
}

#[test]
fn dev_everyday_above_floors() {
    check("dev-everyday", &DEV_EVERYDAY);
}
