//! `reserve eval`: runs the engine on a labelled corpus (JSON lines) and measures recall
//! per category and the false-alarm rate on benign posts.

use crate::model::{Category, OfficialMode, Profile, Settings, Severity};
use crate::Engine;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Per-post options in a corpus line.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq, Hash)]
#[serde(default, deny_unknown_fields)]
pub struct CorpusOpts {
    /// Profile.
    pub profile: Option<Profile>,
    /// Official account mode.
    pub official: Option<OfficialMode>,
    /// Employer names.
    pub employer: Vec<String>,
    /// Sensitive terms.
    pub terms: Vec<String>,
    /// Election period.
    pub election_period: bool,
}

/// One labelled post.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusLine {
    /// The post.
    pub text: String,
    /// Categories expected at warning or above (empty: benign).
    #[serde(default)]
    pub expect: Vec<Category>,
    /// Options.
    #[serde(default)]
    pub opts: CorpusOpts,
}

/// Recall of one category.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq)]
pub struct CategoryScore {
    /// Posts expecting the category.
    pub expected: usize,
    /// Of those, posts where it was found at warning or above.
    pub found: usize,
    /// found / expected.
    pub recall: f64,
}

/// False alarms of one category on benign posts, by the severity raised.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq)]
pub struct AlarmCount {
    /// Benign posts where the category was raised at `high`.
    pub high: usize,
    /// Benign posts where the category was raised at `warning` (and not at `high`).
    pub warning: usize,
    /// Benign posts where the category was raised only at `info` (counted only when the
    /// threshold is `info`).
    pub info: usize,
}

/// Recall over every expected (post, category) pair.
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq)]
pub struct Overall {
    /// Expected (post, category) pairs.
    pub expected: usize,
    /// Of those, found at the threshold or above.
    pub found: usize,
    /// found / expected.
    pub recall: f64,
}

/// A post the engine got wrong, for the report.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct Miss {
    /// 1-based line in the corpus.
    pub line: usize,
    /// Missing categories (risky posts) or unexpected ones (benign posts).
    pub categories: Vec<Category>,
    /// Rules that raised the unexpected categories (benign posts; empty for misses).
    pub rules: Vec<String>,
    /// Highest severity raised (benign posts; `None` for misses).
    pub severity: Option<Severity>,
    /// The post.
    pub text: String,
}

/// The result of an evaluation.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct EvalReport {
    /// Lowest severity that counts (`--min-severity`, default `warning`).
    pub threshold: Severity,
    /// Recall per category.
    pub recall: BTreeMap<Category, CategoryScore>,
    /// Recall over every category.
    pub overall: Overall,
    /// Benign posts.
    pub benign: usize,
    /// Benign posts with a finding at the threshold or above.
    pub false_alarms: usize,
    /// false_alarms / benign.
    pub false_alarm_rate: f64,
    /// Benign posts whose highest finding is `high`.
    pub false_alarms_high: usize,
    /// Benign posts whose highest finding is `warning`.
    pub false_alarms_warning: usize,
    /// False alarms per category, by severity.
    pub false_alarms_by_category: BTreeMap<Category, AlarmCount>,
    /// Risky posts with a missed category.
    pub misses: Vec<Miss>,
    /// Benign posts that raised something.
    pub alarms: Vec<Miss>,
}

impl Default for EvalReport {
    fn default() -> Self {
        EvalReport {
            threshold: Severity::Warning,
            recall: BTreeMap::new(),
            overall: Overall::default(),
            benign: 0,
            false_alarms: 0,
            false_alarm_rate: 0.0,
            false_alarms_high: 0,
            false_alarms_warning: 0,
            false_alarms_by_category: BTreeMap::new(),
            misses: Vec::new(),
            alarms: Vec::new(),
        }
    }
}

impl EvalReport {
    /// The benign posts that raised something at `high`.
    pub fn high_alarms(&self) -> impl Iterator<Item = &Miss> {
        self.alarms
            .iter()
            .filter(|m| m.severity == Some(Severity::High))
    }
}

/// Parses a corpus (JSON lines; blank lines ignored). Errors name the line.
pub fn parse_corpus(text: &str) -> Result<Vec<(usize, CorpusLine)>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str::<CorpusLine>(l)
                .map(|c| (i + 1, c))
                .map_err(|e| format!("line {}: {e}", i + 1))
        })
        .collect()
}

/// Evaluates the corpus; `base` gives the defaults that each line's `opts` override. A
/// finding counts when its severity is at least `base.min_severity` (default `warning`).
pub fn evaluate(
    lines: &[(usize, CorpusLine)],
    base: &Settings,
) -> Result<EvalReport, crate::PackError> {
    let mut engines: HashMap<CorpusOpts, Engine> = HashMap::new();
    let threshold = base.min_severity.unwrap_or(Severity::Warning);
    let mut report = EvalReport {
        threshold,
        ..EvalReport::default()
    };
    for (line, post) in lines {
        if !engines.contains_key(&post.opts) {
            let mut s = base.clone();
            let o = &post.opts;
            if let Some(p) = o.profile {
                s.profile = p;
            }
            if o.official.is_some() {
                s.official = o.official;
            }
            s.employers.extend(o.employer.iter().cloned());
            s.terms.extend(o.terms.iter().cloned());
            s.election_period |= o.election_period;
            engines.insert(post.opts.clone(), Engine::new(s)?);
        }
        let Some(engine) = engines.get(&post.opts) else {
            continue;
        };
        let serious: Vec<_> = engine
            .analyze(&post.text)
            .findings
            .into_iter()
            .filter(|f| f.severity >= threshold)
            .collect();
        let found: BTreeSet<Category> = serious.iter().map(|f| f.category).collect();
        if post.expect.is_empty() {
            report.benign += 1;
            if !found.is_empty() {
                report.false_alarms += 1;
                let top = serious.iter().map(|f| f.severity).max();
                match top {
                    Some(Severity::High) => report.false_alarms_high += 1,
                    Some(Severity::Warning) => report.false_alarms_warning += 1,
                    _ => {}
                }
                for c in &found {
                    let worst = serious
                        .iter()
                        .filter(|f| f.category == *c)
                        .map(|f| f.severity)
                        .max();
                    let count = report.false_alarms_by_category.entry(*c).or_default();
                    match worst {
                        Some(Severity::High) => count.high += 1,
                        Some(Severity::Warning) => count.warning += 1,
                        _ => count.info += 1,
                    }
                }
                let rules: BTreeSet<String> = serious.into_iter().map(|f| f.rule).collect();
                report.alarms.push(Miss {
                    line: *line,
                    categories: found.into_iter().collect(),
                    rules: rules.into_iter().collect(),
                    severity: top,
                    text: post.text.clone(),
                });
            }
            continue;
        }
        let mut missed = Vec::new();
        for c in post.expect.iter().collect::<BTreeSet<_>>() {
            let score = report.recall.entry(*c).or_default();
            score.expected += 1;
            if found.contains(c) {
                score.found += 1;
            } else {
                missed.push(*c);
            }
        }
        if !missed.is_empty() {
            report.misses.push(Miss {
                line: *line,
                categories: missed,
                rules: Vec::new(),
                severity: None,
                text: post.text.clone(),
            });
        }
    }
    for score in report.recall.values() {
        report.overall.expected += score.expected;
        report.overall.found += score.found;
    }
    report.overall.recall = if report.overall.expected == 0 {
        0.0
    } else {
        report.overall.found as f64 / report.overall.expected as f64
    };
    for score in report.recall.values_mut() {
        score.recall = if score.expected == 0 {
            0.0
        } else {
            score.found as f64 / score.expected as f64
        };
    }
    report.false_alarm_rate = if report.benign == 0 {
        0.0
    } else {
        report.false_alarms as f64 / report.benign as f64
    };
    Ok(report)
}
