//! The severity policy of rules/README.md, enforced on every built-in rule:
//!
//! - every rule declares whether its terms are `ambiguous` (have an everyday sense);
//! - `high` (also as `election_severity`) only on rules that are not ambiguous and name the
//!   unambiguous `evidence` they rest on (marking, checksum, credential, user-term, operation);
//! - an ambiguous rule needs corroborating context (`corroboration`, `requires_near`, or the
//!   second list of a `proximity` rule), and none of its terms may fire on its own.

use reserve::pack::{parse_pack, Kind, PackDef, RuleDef, HIGH_EVIDENCE};
use reserve::{packs, term, Engine, Settings, Severity};
use std::collections::HashMap;

/// Every phrase a term list stands for, lists (`@name`) resolved; the user's lists skipped.
fn phrases(terms: &[String], pack: &PackDef, all: &[PackDef], depth: usize) -> Vec<String> {
    let mut out = Vec::new();
    if depth > 8 {
        return out;
    }
    for t in terms {
        match t.strip_prefix('@') {
            Some("employer" | "terms") => {}
            Some(name) => {
                let owner = if pack.lists.contains_key(name) {
                    Some(pack)
                } else {
                    all.iter().find(|p| p.lists.contains_key(name))
                };
                if let Some(owner) = owner {
                    let items = owner.lists.get(name).cloned().unwrap_or_default();
                    out.extend(phrases(&items, owner, all, depth + 1));
                }
            }
            None => out.extend(
                term::expand(t)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| p.text),
            ),
        }
    }
    out
}

/// What breaks the policy in `packs` (empty: nothing).
fn violations(packs: &[PackDef]) -> Vec<String> {
    let mut out = Vec::new();
    let mut engines: HashMap<String, Engine> = HashMap::new();
    for pack in packs {
        for rule in &pack.rules {
            check_rule(rule, pack, packs, &mut engines, &mut out);
        }
    }
    out
}

fn check_rule(
    rule: &RuleDef,
    pack: &PackDef,
    packs: &[PackDef],
    engines: &mut HashMap<String, Engine>,
    out: &mut Vec<String>,
) {
    let at = format!("{} ({}:{})", rule.id, rule.file, rule.line);
    let Some(ambiguous) = rule.ambiguous else {
        out.push(format!("{at}: does not declare `ambiguous`"));
        return;
    };
    let high = rule.severity == Severity::High || rule.election_severity == Severity::High;
    if high && ambiguous {
        out.push(format!("{at}: `high` on a rule whose terms are ambiguous"));
    }
    if high
        && !rule
            .evidence
            .as_deref()
            .is_some_and(|e| HIGH_EVIDENCE.contains(&e))
    {
        out.push(format!(
            "{at}: `high` needs `evidence` = one of {}",
            HIGH_EVIDENCE.join(", ")
        ));
    }
    if !high && rule.evidence.is_some() {
        out.push(format!("{at}: `evidence` is only for `high` rules"));
    }
    if !ambiguous {
        return;
    }
    let corroborated = rule.kind == Kind::Proximity
        || !rule.requires_near.is_empty()
        || !rule.corroboration.is_empty();
    if !corroborated {
        out.push(format!(
            "{at}: an ambiguous rule needs `corroboration`, `requires_near` or kind \"proximity\""
        ));
        return;
    }
    if rule.kind != Kind::Terms {
        return;
    }
    // No term of an ambiguous rule fires on its own.
    let profile = rule.profiles.first().copied().unwrap_or_default();
    let engine = engines.entry(format!("{profile:?}")).or_insert_with(|| {
        let settings = Settings {
            profile,
            ..Settings::default()
        };
        Engine::from_packs(settings, packs).unwrap_or_else(|e| panic!("{e}"))
    });
    for phrase in phrases(&rule.terms, pack, packs, 0) {
        if engine
            .analyze_all(&phrase)
            .findings
            .iter()
            .any(|f| f.rule == rule.id)
        {
            out.push(format!(
                "{at}: the ambiguous term {phrase:?} fires on its own"
            ));
        }
    }
}

#[test]
fn built_in_rules_follow_the_severity_policy() {
    let all = packs::builtin().unwrap_or_else(|e| panic!("{e}"));
    let found = violations(&all);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The checks above can fail: a pack that breaks each clause is caught.
#[test]
fn the_policy_catches_each_breach() {
    let text = r#"
[pack]
id = "bad"

[[rule]]
id = "undeclared"
category = "operations"
severity = "warning"
languages = ["en"]
kind = "terms"
terms = ["stakeout"]
title.en = "t"
title.fr = "t"
message.en = "m"
message.fr = "m"
source = "004_a73b703bd5c2f1a6.txt § S"
tests.fire = ["stakeout"]
tests.quiet = ["x"]

[[rule]]
id = "high-word"
category = "operations"
severity = "high"
languages = ["en"]
kind = "terms"
ambiguous = false
terms = ["raid"]
title.en = "t"
title.fr = "t"
message.en = "m"
message.fr = "m"
source = "004_a73b703bd5c2f1a6.txt § S"
tests.fire = ["raid"]
tests.quiet = ["x"]

[[rule]]
id = "alone"
category = "operations"
severity = "warning"
languages = ["en"]
kind = "terms"
ambiguous = true
sense = "a police raid"
corroborated_by = "nothing"
terms = ["convoy"]
title.en = "t"
title.fr = "t"
message.en = "m"
message.fr = "m"
source = "004_a73b703bd5c2f1a6.txt § S"
tests.fire = ["convoy"]
tests.quiet = ["x"]

[[rule]]
id = "weak-context"
category = "operations"
severity = "warning"
languages = ["en"]
kind = "terms"
ambiguous = true
sense = "a police raid"
corroborated_by = "a word that the term itself contains"
terms = ["surveillance van"]
corroboration = ["van"]
title.en = "t"
title.fr = "t"
message.en = "m"
message.fr = "m"
source = "004_a73b703bd5c2f1a6.txt § S"
tests.fire = ["surveillance van"]
tests.quiet = ["x"]
"#;
    let pack = parse_pack("bad.toml", text).unwrap_or_else(|e| panic!("{e}"));
    let found = violations(&[pack]);
    let has = |rule: &str, what: &str| {
        found
            .iter()
            .any(|v| v.starts_with(&format!("bad.{rule} ")) && v.contains(what))
    };
    assert!(has("undeclared", "does not declare"), "{found:?}");
    assert!(has("high-word", "needs `evidence`"), "{found:?}");
    assert!(has("alone", "needs `corroboration`"), "{found:?}");
    assert!(has("weak-context", "fires on its own"), "{found:?}");
    assert_eq!(found.len(), 4, "{found:?}");
}
