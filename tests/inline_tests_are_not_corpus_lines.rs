//! A rule's inline tests must not be copies of posts of the evaluation sets: a rule that is
//! tested on the very sentences it is measured on says nothing about other posts. Posts are
//! compared folded (case, accents, white space), so a copy with another capitalisation is
//! caught too.

use reserve::eval::parse_corpus;
use reserve::fold::fold_str;
use reserve::packs;
use std::collections::HashMap;

/// The labelled sets whose posts must not appear in rule tests.
const SETS: [&str; 3] = ["tests/corpus", "tests/holdout", "tests/holdout2"];

#[test]
fn no_inline_test_copies_a_corpus_post() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut posts: HashMap<String, String> = HashMap::new();
    for set in SETS {
        let dir = format!("{root}/{set}");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{dir} has no .jsonl file");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{f:?}: {e}"));
            for (line, post) in parse_corpus(&text).unwrap_or_else(|e| panic!("{f:?}: {e}")) {
                posts.insert(fold_str(&post.text), format!("{}:{line}", f.display()));
            }
        }
    }
    assert!(posts.len() > 500, "the sets were not read");
    let mut copies = Vec::new();
    for pack in packs::builtin().unwrap_or_else(|e| panic!("{e}")) {
        for rule in &pack.rules {
            for case in rule.fire.iter().chain(&rule.quiet) {
                if let Some(at) = posts.get(&fold_str(&case.text)) {
                    copies.push(format!("{} copies {at}: {:?}", rule.id, case.text));
                }
            }
        }
    }
    assert!(
        copies.is_empty(),
        "{} copies:\n{}",
        copies.len(),
        copies.join("\n")
    );
}
