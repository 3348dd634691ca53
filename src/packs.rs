//! The built-in rule packs (every `rules/*.toml`, embedded at build time) and the
//! loading of an organisation's extra packs.

use crate::pack::{parse_pack, PackDef, PackError};

include!(concat!(env!("OUT_DIR"), "/packs.rs"));

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
