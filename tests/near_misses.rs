//! The issue's own near misses must stay quiet (nothing at warning or above) under every
//! profile, inside and outside an election period.

use reserve::{Engine, Profile, Settings, Severity};

const NEAR_MISSES: &[&str] = &[
    "le secret de ma tarte",
    "Le secret de ma tarte aux pommes? Du beurre salé!",
    "my mission this weekend",
    "My mission this weekend: finally clean the garage.",
    "the party last night",
    "The party last night was epic 🎉",
    "une partie de soccer",
    "Une partie de soccer au parc avec les enfants ce matin",
    "thanks to the police officer who helped",
    "Big thanks to the police officer who helped my mom after her fall today",
    "don't forget to vote, whoever you support",
    "Don't forget to vote tomorrow, whoever you support!",
];

#[test]
fn issue_near_misses_stay_quiet_everywhere() {
    let mut loud = Vec::new();
    for profile in Profile::ALL {
        for election_period in [false, true] {
            let settings = Settings {
                profile,
                election_period,
                ..Settings::default()
            };
            let engine = Engine::new(settings).unwrap_or_else(|e| panic!("{e}"));
            for text in NEAR_MISSES {
                for f in engine.analyze(text).findings {
                    if f.severity >= Severity::Warning {
                        loud.push(format!(
                            "{} (election period: {election_period}) {:?}: {} on {:?}",
                            profile.as_str(),
                            text,
                            f.rule,
                            f.excerpt
                        ));
                    }
                }
            }
        }
    }
    assert!(
        loud.is_empty(),
        "near misses raised warnings:\n{}",
        loud.join("\n")
    );
}
