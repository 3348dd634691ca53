//! The labelled corpus (tests/corpus/*.jsonl): recall per category must be at least 0.90
//! and false alarms on benign posts at most 5%. Prints the figures for the README.

use reserve::eval::{evaluate, parse_corpus, CorpusLine};
use reserve::Settings;

fn load(name: &str) -> Vec<(usize, CorpusLine)> {
    let path = format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_corpus(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn corpus_recall_and_false_alarms() {
    let mut lines = load("risky.jsonl");
    lines.extend(load("benign.jsonl"));
    let report = evaluate(&lines, &Settings::default()).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "{:<18} {:>8} {:>6} {:>7}",
        "category", "expected", "found", "recall"
    );
    for (c, s) in &report.recall {
        println!(
            "{:<18} {:>8} {:>6} {:>7.3}",
            c.as_str(),
            s.expected,
            s.found,
            s.recall
        );
    }
    println!(
        "false alarms: {} / {} = {:.3}",
        report.false_alarms, report.benign, report.false_alarm_rate
    );
    assert_eq!(
        report.recall.len(),
        10,
        "every category must be in the corpus"
    );
    assert!(report.benign >= 150, "at least 150 benign posts");
    let risky = lines.len() - report.benign;
    assert!(risky >= 150, "at least 150 risky posts");
    let weak: Vec<String> = report
        .recall
        .iter()
        .filter(|(_, s)| s.recall < 0.90)
        .map(|(c, s)| format!("{} {:.3}", c.as_str(), s.recall))
        .collect();
    assert!(weak.is_empty(), "recall below 0.90: {}", weak.join(", "));
    assert!(
        report.false_alarm_rate <= 0.05,
        "false-alarm rate {:.3} above 0.05",
        report.false_alarm_rate
    );
}
