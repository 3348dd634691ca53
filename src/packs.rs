//! The built-in rule packs (every `rules/*.toml`, embedded at build time, both as text and
//! compiled by build.rs into [`BUILTIN_COMPILED`]) and the loading of an organisation's
//! extra packs.

use crate::compiled::{
    Compiled, Node, PatternMeta, PhraseEntry, Role, RuleMeta, Slot, TermIndex, UserList, UserSlot,
};
use crate::model::{Category, Severity};
use crate::pack::{parse_pack, Kind, PackDef, PackError, Scope};
use regex::bytes::Regex;
use std::borrow::Cow;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

// `BUILTIN_COMPILED` and `BUILTIN_REGEXES`: the built-in packs compiled by build.rs.
include!(concat!(env!("OUT_DIR"), "/compiled.rs"));

/// Parses every built-in pack.
pub fn builtin() -> Result<Vec<PackDef>, PackError> {
    BUILTIN_PACKS
        .iter()
        .map(|(name, text)| parse_pack(name, text))
        .collect()
}

/// Adds `pack`, replacing a pack with the same id.
pub fn add_or_replace(packs: &mut Vec<PackDef>, pack: PackDef) {
    match packs.iter_mut().find(|p| p.id == pack.id) {
        Some(existing) => *existing = pack,
        None => packs.push(pack),
    }
}

/// Reads every `*.toml` in `dir` as extra packs (sorted by name).
#[cfg(not(target_arch = "wasm32"))]
pub fn read_dir(dir: &std::path::Path) -> Result<Vec<crate::model::PackText>, PackError> {
    let io_err = |message: String| PackError {
        file: dir.display().to_string(),
        line: 0,
        rule: None,
        message,
    };
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io_err(format!("cannot read rules directory: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(io_err("no .toml rule pack in this directory".into()));
    }
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| PackError {
                file: p.display().to_string(),
                line: 0,
                rule: None,
                message: format!("cannot read: {e}"),
            })?;
            Ok(crate::model::PackText {
                name: p.display().to_string(),
                text,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiled::compile;

    /// The tables build.rs embeds are exactly what the run-time compiler makes of the same
    /// packs, so built-in and extra packs behave alike.
    #[test]
    fn static_tables_equal_the_runtime_compilation() {
        let packs = builtin().unwrap_or_else(|e| panic!("built-in packs must parse: {e}"));
        let (runtime, regexes) = compile(&packs).unwrap_or_else(|e| panic!("{e}"));
        let embedded = &BUILTIN_COMPILED;
        assert!(runtime.rules == embedded.rules, "rules differ");
        assert!(runtime.patterns == embedded.patterns, "patterns differ");
        assert!(
            runtime.user_slots == embedded.user_slots,
            "user slots differ"
        );
        assert!(runtime.terms == embedded.terms, "term index differs");
        assert!(!embedded.terms.phrases.is_empty() && !embedded.rules.is_empty());
        assert_eq!(regexes.len(), BUILTIN_REGEXES.len());
    }
}
