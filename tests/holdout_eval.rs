//! The held-out set (tests/holdout/*.jsonl), written independently of the rule packs and of the
//! development corpus: prints recall per category and the false-alarm rate, and asserts
//! regression floors set clearly below the figures measured when the set was written
//! (tests/holdout/README.md). The floors catch a rule change that makes the engine worse on posts
//! nobody tuned on; they are not goals, and the set must not be used to tune the rules.

use reserve::eval::{evaluate, parse_corpus, CorpusLine, EvalReport};
use reserve::{Category, Settings};

/// Lowest acceptable recall per category: measured when the set was written minus about 0.10, rounded down.
const RECALL_FLOORS: [(Category, f64); 10] = [
    (Category::Confidential, 0.80),     // measured 0.905 (19/21)
    (Category::Operations, 0.35),       // measured 0.478 (11/23)
    (Category::Political, 0.40),        // measured 0.526 (10/19)
    (Category::Criticism, 0.75),        // measured 0.857 (18/21)
    (Category::Employer, 0.55),         // measured 0.657 (23/35)
    (Category::Location, 0.70),         // measured 0.826 (19/23)
    (Category::PersonalInfo, 0.75),     // measured 0.864 (19/22)
    (Category::Harassment, 0.60),       // measured 0.700 (14/20)
    (Category::Spokesperson, 0.55),     // measured 0.688 (11/16)
    (Category::OfficialLanguage, 0.80), // measured 0.941 (16/17)
];

/// Highest acceptable false-alarm rate on benign posts: measured 0.035 (7/200) plus 0.05.
const FALSE_ALARM_CEILING: f64 = 0.085;

fn load(name: &str) -> Vec<(usize, CorpusLine)> {
    let path = format!("{}/tests/holdout/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    parse_corpus(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn print_table(report: &EvalReport) {
    println!(
        "{:<18} {:>8} {:>6} {:>7} {:>6}",
        "category", "expected", "found", "recall", "floor"
    );
    for (c, s) in &report.recall {
        let floor = RECALL_FLOORS
            .iter()
            .find(|(fc, _)| fc == c)
            .map_or(f64::NAN, |(_, f)| *f);
        println!(
            "{:<18} {:>8} {:>6} {:>7.3} {:>6.2}",
            c.as_str(),
            s.expected,
            s.found,
            s.recall,
            floor
        );
    }
    println!(
        "false alarms: {} / {} = {:.3} (ceiling {:.3})",
        report.false_alarms, report.benign, report.false_alarm_rate, FALSE_ALARM_CEILING
    );
    println!(
        "risky posts with a missed category: {}",
        report.misses.len()
    );
}

#[test]
fn holdout_set_is_complete() {
    let risky = load("risky.jsonl");
    let benign = load("benign.jsonl");
    assert!(risky.len() >= 150, "at least 150 risky posts");
    assert!(benign.len() >= 150, "at least 150 benign posts");
    assert!(
        risky.iter().all(|(_, p)| !p.expect.is_empty()),
        "every post of risky.jsonl expects a category"
    );
    assert!(
        benign.iter().all(|(_, p)| p.expect.is_empty()),
        "no post of benign.jsonl expects a category"
    );
    for (c, _) in RECALL_FLOORS {
        let n = risky.iter().filter(|(_, p)| p.expect.contains(&c)).count();
        assert!(n >= 12, "{}: {n} posts, at least 12 wanted", c.as_str());
    }
}

#[test]
fn holdout_recall_and_false_alarms_above_regression_floors() {
    let mut lines = load("risky.jsonl");
    lines.extend(load("benign.jsonl"));
    let report = evaluate(&lines, &Settings::default()).unwrap_or_else(|e| panic!("{e}"));
    print_table(&report);
    assert_eq!(report.recall.len(), 10, "every category is in the set");
    let below: Vec<String> = RECALL_FLOORS
        .iter()
        .filter_map(|(c, floor)| {
            let recall = report.recall.get(c).map_or(0.0, |s| s.recall);
            (recall < *floor).then(|| format!("{} {recall:.3} < {floor:.2}", c.as_str()))
        })
        .collect();
    assert!(
        below.is_empty(),
        "held-out recall fell below its regression floor: {}",
        below.join(", ")
    );
    assert!(
        report.false_alarm_rate <= FALSE_ALARM_CEILING,
        "held-out false-alarm rate {:.3} above its ceiling {FALSE_ALARM_CEILING}",
        report.false_alarm_rate
    );
}
