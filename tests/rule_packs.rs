//! Runs every inline test of every built-in rule pack: each `fire` post must raise the
//! rule, each `quiet` post must not; a rule without both kinds of test fails.

use reserve::pack::{PackDef, TestCase};
use reserve::{packs, Engine, Profile, Settings};
use std::collections::HashMap;

fn settings_for(case: &TestCase, default_profile: Profile) -> Settings {
    Settings {
        profile: case.profile.unwrap_or(default_profile),
        employers: case.employer.clone(),
        terms: case.terms.clone(),
        official: case.official,
        election_period: case.election_period,
        ..Settings::default()
    }
}

fn key(s: &Settings) -> String {
    format!("{:?}", s)
}

#[test]
fn every_rule_has_tests_and_they_pass() {
    let all: Vec<PackDef> =
        packs::builtin().unwrap_or_else(|e| panic!("built-in packs must parse: {e}"));
    let mut engines: HashMap<String, Engine> = HashMap::new();
    let mut failures = Vec::new();
    let mut rules = 0;
    let mut cases = 0;
    for pack in &all {
        for rule in &pack.rules {
            rules += 1;
            if rule.fire.is_empty() {
                failures.push(format!(
                    "{}: no `tests.fire` post makes this rule fire",
                    rule.id
                ));
            }
            if rule.quiet.is_empty() {
                failures.push(format!("{}: no `tests.quiet` post", rule.id));
            }
            let default_profile = rule.profiles.first().copied().unwrap_or_default();
            for (case, must_fire) in rule
                .fire
                .iter()
                .map(|c| (c, true))
                .chain(rule.quiet.iter().map(|c| (c, false)))
            {
                cases += 1;
                let s = settings_for(case, default_profile);
                let engine = engines.entry(key(&s)).or_insert_with(|| {
                    Engine::from_packs(s.clone(), &all).unwrap_or_else(|e| panic!("{e}"))
                });
                let found = engine
                    .analyze_all(&case.text)
                    .findings
                    .iter()
                    .any(|f| f.rule == rule.id);
                if found != must_fire {
                    failures.push(format!(
                        "{} ({}:{}): {} {:?}",
                        rule.id,
                        rule.file,
                        rule.line,
                        if must_fire {
                            "did not fire on"
                        } else {
                            "fired on quiet text"
                        },
                        case.text
                    ));
                }
            }
        }
    }
    assert!(rules > 0, "no rules loaded");
    assert!(
        failures.is_empty(),
        "{} of {cases} inline tests failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{rules} rules, {cases} inline tests passed");
}
