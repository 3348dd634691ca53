//! Reading rule packs: TOML text → checked rule definitions, with errors that name the
//! file, the line and the rule.

use crate::model::{Category, OfficialMode, Profile, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// A rule pack that could not be read, pointing at the place to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    /// File name of the pack.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// Full rule id (`pack.rule`), when the error is inside a rule.
    pub rule: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rule {
            Some(r) => write!(
                f,
                "{}:{}: rule {}: {}",
                self.file, self.line, r, self.message
            ),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.message),
        }
    }
}

impl std::error::Error for PackError {}

/// Text in both languages.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// English.
    pub en: String,
    /// French.
    pub fr: String,
}

/// `title` / `message` as written: both languages are checked after parsing, so a missing
/// one is reported with the key's name and line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBilingual {
    en: Option<String>,
    fr: Option<String>,
}

/// Options an inline test runs with.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TestCase {
    /// The post.
    pub text: String,
    /// Profile to run under (default: the first profile of the rule).
    pub profile: Option<Profile>,
    /// Official account mode.
    pub official: Option<OfficialMode>,
    /// Employer names.
    #[serde(default)]
    pub employer: Vec<String>,
    /// Sensitive terms.
    #[serde(default)]
    pub terms: Vec<String>,
    /// Election period.
    #[serde(default)]
    pub election_period: bool,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawTestCase {
    Text(String),
    Full(TestCase),
}

impl From<RawTestCase> for TestCase {
    fn from(r: RawTestCase) -> Self {
        match r {
            RawTestCase::Text(text) => TestCase {
                text,
                ..TestCase::default()
            },
            RawTestCase::Full(t) => t,
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTests {
    #[serde(default)]
    fire: Vec<RawTestCase>,
    #[serde(default)]
    quiet: Vec<RawTestCase>,
}

/// How a rule finds things (see rules/README.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Word-bounded phrases.
    Terms,
    /// Regular expressions on folded text.
    Pattern,
    /// Patterns whose matches must pass a checksum.
    Validator,
    /// A term of one list within N words of a term of another.
    Proximity,
    /// Logic in code (official languages), wording in the pack.
    Builtin,
}

/// How far apart the two halves of a rule may be: the terms of a `proximity` rule, or a
/// match and its `requires_near` context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Within the rule's word windows (`within`, `requires_within`).
    #[default]
    Words,
    /// In the same sentence.
    Sentence,
    /// In the same sentence or the one right before or after it.
    Adjacent,
}

impl Scope {
    fn parse(s: &str) -> Result<Scope, String> {
        match s {
            "words" => Ok(Scope::Words),
            "sentence" => Ok(Scope::Sentence),
            "adjacent" => Ok(Scope::Adjacent),
            _ => Err(format!(
                "unknown scope \"{s}\" (expected words, sentence or adjacent)"
            )),
        }
    }
}

/// The kinds of unambiguous evidence that may carry `severity = "high"` (rules/README.md,
/// severity policy).
pub const HIGH_EVIDENCE: [&str; 5] = [
    "marking",
    "checksum",
    "credential",
    "user-term",
    "operation",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    category: String,
    severity: String,
    languages: Vec<String>,
    kind: Kind,
    title: RawBilingual,
    message: RawBilingual,
    source: String,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
    check: Option<String>,
    #[serde(default)]
    near: Vec<String>,
    #[serde(default)]
    to: Vec<String>,
    within: Option<usize>,
    #[serde(default)]
    except: Vec<String>,
    #[serde(default)]
    unless_near: Vec<String>,
    unless_within: Option<usize>,
    #[serde(default)]
    requires_near: Vec<String>,
    requires_within: Option<usize>,
    #[serde(default)]
    corroboration: Vec<String>,
    #[serde(default)]
    unless_in_sentence: Vec<String>,
    election_severity: Option<String>,
    #[serde(default)]
    election_only: bool,
    profiles: Option<Vec<String>>,
    ambiguous: Option<bool>,
    sense: Option<String>,
    corroborated_by: Option<String>,
    evidence: Option<String>,
    scope: Option<String>,
    #[serde(default)]
    sources: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    tests: RawTests,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPackHeader {
    id: String,
    profiles: Option<Vec<String>>,
    description: Option<Bilingual>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    pack: RawPackHeader,
    #[serde(default)]
    lists: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    rule: Vec<toml::Spanned<toml::Table>>,
}

/// A rule as written in a pack, checked but not compiled.
#[derive(Debug, Clone)]
pub struct RuleDef {
    /// Full id, `pack.rule`.
    pub id: String,
    /// Category.
    pub category: Category,
    /// Severity outside an election period.
    pub severity: Severity,
    /// Severity during an election period.
    pub election_severity: Severity,
    /// Runs only during an election period.
    pub election_only: bool,
    /// Languages the wording covers.
    pub languages: Vec<String>,
    /// Matching method.
    pub kind: Kind,
    /// Short title.
    pub title: Bilingual,
    /// Why it matters.
    pub message: Bilingual,
    /// Guide and section.
    pub source: String,
    /// Terms (kind terms).
    pub terms: Vec<String>,
    /// Regular expressions (kinds pattern and validator).
    pub patterns: Vec<String>,
    /// Checksum or builtin check name.
    pub check: Option<String>,
    /// Proximity list A.
    pub near: Vec<String>,
    /// Proximity list B.
    pub to: Vec<String>,
    /// Proximity window in words.
    pub within: usize,
    /// Phrases that cancel a match they contain.
    pub except: Vec<String>,
    /// Terms that cancel a match nearby.
    pub unless_near: Vec<String>,
    /// Window for `unless_near`.
    pub unless_within: usize,
    /// Terms required nearby.
    pub requires_near: Vec<String>,
    /// Window for `requires_near`.
    pub requires_within: usize,
    /// Corroborating context: one of these terms must be in the same sentence as the match
    /// (or an adjacent one, with `scope = "adjacent"`).
    pub corroboration: Vec<String>,
    /// Terms that cancel a match when they are in the same sentence.
    pub unless_in_sentence: Vec<String>,
    /// Profiles the rule runs under.
    pub profiles: Vec<Profile>,
    /// Whether the rule's terms have an everyday sense (`None`: not declared).
    pub ambiguous: Option<bool>,
    /// The sense the rule is after (documentation; required when ambiguous).
    pub sense: Option<String>,
    /// What corroborates that sense (documentation; required when ambiguous).
    pub corroborated_by: Option<String>,
    /// The kind of unambiguous evidence behind a `high` rule (one of [`HIGH_EVIDENCE`]).
    pub evidence: Option<String>,
    /// How far apart the halves of the rule may be.
    pub scope: Scope,
    /// Guides and sections per profile, in [`Profile::ALL`] order (empty: the profile's
    /// guide is silent and `source` applies).
    pub sources: [Vec<String>; 3],
    /// Posts that must fire.
    pub fire: Vec<TestCase>,
    /// Posts that must stay quiet.
    pub quiet: Vec<TestCase>,
    /// Pack file the rule comes from.
    pub file: String,
    /// Line of the rule in its file.
    pub line: usize,
    /// Lines of the rule's keys that are checked when the rule is compiled (`terms`,
    /// `near`, `to`, `except`, `unless_near`, `requires_near`, `patterns`).
    pub key_lines: BTreeMap<String, usize>,
}

/// A parsed pack.
#[derive(Debug, Clone)]
pub struct PackDef {
    /// Pack id.
    pub id: String,
    /// File name.
    pub file: String,
    /// Named term lists.
    pub lists: BTreeMap<String, Vec<String>>,
    /// Rules.
    pub rules: Vec<RuleDef>,
}

/// Builtin checks known to the engine.
pub const BUILTIN_CHECKS: [&str; 4] = [
    "official-missing-en",
    "official-missing-fr",
    "official-wrong-language",
    "official-counterpart",
];

/// Checksums known to the engine.
pub const CHECKSUMS: [&str; 5] = ["luhn", "sin", "card", "nir", "iban"];

/// A parser message on one line (TOML messages may span several).
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(": ")
}

fn line_at(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(1, |s| s.matches('\n').count() + 1)
}

/// The line where `key = ` is written inside the span of a rule, or the rule's own line.
fn line_of_key(text: &str, span: std::ops::Range<usize>, key: &str) -> usize {
    // The rule runs from its header to the next table header (its span may stop short).
    let body = text.get(span.start..).unwrap_or("");
    let mut offset = 0;
    for (i, line) in body.split_inclusive('\n').enumerate() {
        let t = line.trim_start();
        if i > 0 && t.starts_with('[') {
            break;
        }
        if let Some(rest) = t.strip_prefix(key) {
            if rest.trim_start().starts_with('=') || rest.starts_with('.') {
                return line_at(text, span.start + offset);
            }
        }
        offset += line.len();
    }
    line_at(text, span.start)
}

fn parse_profiles(v: &[String]) -> Result<Vec<Profile>, String> {
    v.iter().map(|p| p.parse::<Profile>()).collect()
}

/// Parses one pack file.
pub fn parse_pack(file: &str, text: &str) -> Result<PackDef, PackError> {
    let err = |line: usize, rule: Option<String>, message: String| PackError {
        file: file.to_string(),
        line,
        rule,
        message,
    };
    let raw: RawPack = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_at(text, s.start));
        err(line, None, one_line(e.message()))
    })?;
    let pack_id = raw.pack.id.trim().to_string();
    if pack_id.is_empty()
        || !pack_id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(err(
            1,
            None,
            format!("pack id \"{pack_id}\" must be lower-case letters, digits and '-'"),
        ));
    }
    let _ = raw.pack.description;
    let pack_profiles = match &raw.pack.profiles {
        Some(p) => parse_profiles(p).map_err(|m| err(1, None, m))?,
        None => Profile::ALL.to_vec(),
    };
    let mut rules = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for spanned in raw.rule {
        let span = spanned.span();
        let line = line_at(text, span.start);
        let table = spanned.into_inner();
        let local_id = table
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string();
        let full_id = format!("{pack_id}.{local_id}");
        let rule_err = |key: &str, message: String| {
            err(
                line_of_key(text, span.clone(), key),
                Some(full_id.clone()),
                message,
            )
        };
        let r: RawRule = toml::Value::Table(table)
            .try_into()
            .map_err(|e: toml::de::Error| {
                let msg = one_line(e.message());
                let key = msg.split('`').nth(1).unwrap_or("").to_string();
                rule_err(&key, msg)
            })?;
        if r.id.is_empty()
            || !r
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(rule_err(
                "id",
                format!(
                    "rule id \"{}\" must be lower-case letters, digits and '-'",
                    r.id
                ),
            ));
        }
        if !seen.insert(r.id.clone()) {
            return Err(rule_err("id", "duplicate rule id".into()));
        }
        let category: Category = r.category.parse().map_err(|m| rule_err("category", m))?;
        let severity: Severity = r.severity.parse().map_err(|m| rule_err("severity", m))?;
        let election_severity = match &r.election_severity {
            Some(s) => s.parse().map_err(|m| rule_err("election_severity", m))?,
            None => severity,
        };
        for l in &r.languages {
            if l != "en" && l != "fr" {
                return Err(rule_err(
                    "languages",
                    format!("unknown language \"{l}\" (expected en or fr)"),
                ));
            }
        }
        if r.languages.is_empty() {
            return Err(rule_err(
                "languages",
                "languages must list en and/or fr".into(),
            ));
        }
        let profiles = match &r.profiles {
            Some(p) => parse_profiles(p).map_err(|m| rule_err("profiles", m))?,
            None => pack_profiles.clone(),
        };
        match r.kind {
            Kind::Terms if r.terms.is_empty() => {
                return Err(rule_err(
                    "kind",
                    "kind \"terms\" needs a non-empty `terms`".into(),
                ))
            }
            Kind::Pattern | Kind::Validator if r.patterns.is_empty() => {
                return Err(rule_err(
                    "kind",
                    "this kind needs a non-empty `patterns`".into(),
                ))
            }
            Kind::Validator => match &r.check {
                Some(c) if CHECKSUMS.contains(&c.as_str()) => {}
                Some(c) => {
                    return Err(rule_err(
                        "check",
                        format!(
                            "unknown checksum \"{c}\" (expected one of {})",
                            CHECKSUMS.join(", ")
                        ),
                    ))
                }
                None => return Err(rule_err("kind", "kind \"validator\" needs `check`".into())),
            },
            Kind::Proximity if r.near.is_empty() || r.to.is_empty() || r.within.is_none() => {
                return Err(rule_err(
                    "kind",
                    "kind \"proximity\" needs `near`, `to` and `within`".into(),
                ))
            }
            Kind::Builtin => match &r.check {
                Some(c) if BUILTIN_CHECKS.contains(&c.as_str()) => {}
                other => {
                    return Err(rule_err(
                        "check",
                        format!(
                            "kind \"builtin\" needs `check` = one of {} (got {:?})",
                            BUILTIN_CHECKS.join(", "),
                            other
                        ),
                    ))
                }
            },
            _ => {}
        }
        let mut texts = Vec::new();
        for (name, b) in [("title", r.title), ("message", r.message)] {
            match (b.en, b.fr) {
                (Some(en), Some(fr)) if !en.trim().is_empty() && !fr.trim().is_empty() => {
                    texts.push(Bilingual { en, fr })
                }
                _ => {
                    return Err(rule_err(
                        name,
                        format!("`{name}` needs both en and fr text"),
                    ))
                }
            }
        }
        let message = texts.pop().unwrap_or_else(|| Bilingual {
            en: String::new(),
            fr: String::new(),
        });
        let title = texts.pop().unwrap_or_else(|| Bilingual {
            en: String::new(),
            fr: String::new(),
        });
        if r.source.trim().is_empty() {
            return Err(rule_err(
                "source",
                "`source` must name the guide and section".into(),
            ));
        }
        let scope = match &r.scope {
            Some(s) => Scope::parse(s).map_err(|m| rule_err("scope", m))?,
            None => Scope::Words,
        };
        if let Some(e) = &r.evidence {
            if !HIGH_EVIDENCE.contains(&e.as_str()) {
                return Err(rule_err(
                    "evidence",
                    format!(
                        "unknown evidence \"{e}\" (expected one of {})",
                        HIGH_EVIDENCE.join(", ")
                    ),
                ));
            }
        }
        if r.ambiguous == Some(true) {
            for (key, v) in [("sense", &r.sense), ("corroborated_by", &r.corroborated_by)] {
                if v.as_deref().is_none_or(|t| t.trim().is_empty()) {
                    return Err(rule_err(
                        "ambiguous",
                        format!("an ambiguous rule must say `{key}`"),
                    ));
                }
            }
        }
        let mut sources: [Vec<String>; 3] = Default::default();
        for (k, v) in &r.sources {
            let profile: Profile = k.parse().map_err(|m| rule_err("sources", m))?;
            if v.iter().any(|s| s.trim().is_empty()) {
                return Err(rule_err(
                    "sources",
                    format!("`sources.{k}` must name guides and sections"),
                ));
            }
            let i = Profile::ALL.iter().position(|&p| p == profile).unwrap_or(0);
            sources[i] = v.clone();
        }
        rules.push(RuleDef {
            id: full_id.clone(),
            category,
            severity,
            election_severity,
            election_only: r.election_only,
            languages: r.languages,
            kind: r.kind,
            title,
            message,
            source: r.source,
            terms: r.terms,
            patterns: r.patterns,
            check: r.check,
            near: r.near,
            to: r.to,
            within: r.within.unwrap_or(0),
            except: r.except,
            unless_near: r.unless_near,
            unless_within: r.unless_within.unwrap_or(4),
            requires_near: r.requires_near,
            requires_within: r.requires_within.unwrap_or(6),
            corroboration: r.corroboration,
            unless_in_sentence: r.unless_in_sentence,
            profiles,
            ambiguous: r.ambiguous,
            sense: r.sense,
            corroborated_by: r.corroborated_by,
            evidence: r.evidence,
            scope,
            sources,
            fire: r.tests.fire.into_iter().map(TestCase::from).collect(),
            quiet: r.tests.quiet.into_iter().map(TestCase::from).collect(),
            file: file.to_string(),
            line,
            key_lines: [
                "terms",
                "near",
                "to",
                "except",
                "unless_near",
                "requires_near",
                "corroboration",
                "unless_in_sentence",
                "patterns",
            ]
            .iter()
            .map(|k| (k.to_string(), line_of_key(text, span.clone(), k)))
            .collect(),
        });
    }
    Ok(PackDef {
        id: pack_id,
        file: file.to_string(),
        lists: raw.lists,
        rules,
    })
}
