//! Generator of the English/French language model tables (`src/lang_tables.rs`).
//!
//! Run: `cargo run --example langmodel` (writes the file), or `cargo run --example langmodel --
//! --check` (exit code 1 when the committed file differs). `cargo test` runs the same check.
//!
//! Inputs, all in `tools/langmodel/`:
//! - `words.txt`: the dictionary entries (hand-written, MIT);
//! - `data/wordfreq-{en,fr}.tsv`: word frequencies per language, extracted from the `wordfreq`
//!   package by `extract_wordfreq.py` (CC BY-SA 4.0, see `data/LICENSE.md`).
//!
//! The model, in the detector's 6-bit symbols (0 word boundary, 1–26 a–z, 27–42 French
//! accented letters, 43 apostrophe, 44 any other Latin letter):
//! - each dictionary entry gets `ln((p_fr + A) / (p_en + A))`, times 20, rounded and bounded to
//!   ±100, where `p` is the entry's frequency as a piece of a word (`don'` and `'t` from
//!   "don't"; French elisions, which wordfreq counts as the bare stem `l`, `qu`, as `l'`, `qu'`);
//! - every word piece that is *not* in the dictionary (the only ones the detector scores by
//!   trigrams) adds its frequency to each trigram of ` piece ` (one boundary on each side);
//!   each trigram gets `ln((q_fr + B) / (q_en + B))` times 16, with `q` the trigram's share of
//!   its language's trigrams, and the [`TRIGRAMS_KEPT`] trigrams carrying the most evidence,
//!   `(q_fr + q_en) * |ln ratio|`, are kept.
//!
//! Sums run in file order and maps are ordered, so the output is the same on every run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Additive smoothing of word frequencies: half the frequency below which `extract_wordfreq.py`
/// keeps only dictionary words (Zipf 3), so that rare counts do not decide a ratio. (At 1e-6 a
/// lone "Bonjour!" fell just short of the detector's margin for short texts: ln 86 < 4.5.)
const A: f64 = 5e-7;
/// Additive smoothing of trigram shares (about one trigram in 100,000).
const B: f64 = 1e-5;
/// Number of trigrams kept in the table.
const TRIGRAMS_KEPT: usize = 2600;
/// Bound of a dictionary score (ln ratio 5, times 20).
const WORD_BOUND: f64 = 100.0;
/// French stems that wordfreq splits off as separate tokens before a vowel or `h`
/// ("l'été" counts as `l` + `été`): their bare French count is the elided piece `l'`.
const FRENCH_ELIDED_STEMS: [&str; 9] = ["c", "d", "j", "l", "m", "n", "qu", "s", "t"];
/// Letters with symbols 1 to 42, in symbol order (the detector checks it reads them the same).
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ";
/// Symbol of the apostrophe in dictionary keys.
const APOS: u8 = 43;
/// Symbol of a Latin letter outside the English/French alphabet.
const OTHER: u8 = 44;
/// Number of symbols (0 to 44).
const SYMBOLS: usize = 45;
/// Longest dictionary key, in symbols (ten 6-bit symbols fit a `u64`).
const MAX_KEY_SYMBOLS: usize = 10;

/// The crate root (inputs and output are found from it).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where the generated tables go.
fn output_path() -> PathBuf {
    root().join("src/lang_tables.rs")
}

/// The symbol of a lower-case letter or apostrophe, `None` for anything else.
fn symbol(c: char) -> Option<u8> {
    if c == '\'' {
        return Some(APOS);
    }
    if let Some(i) = ALPHABET.chars().position(|a| a == c) {
        return u8::try_from(i + 1).ok();
    }
    let latin = ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c);
    (latin && c.is_alphabetic()).then_some(OTHER)
}

/// The symbols of a word, `None` when it holds anything but letters and apostrophes.
fn symbols(word: &str) -> Option<Vec<u8>> {
    word.chars().map(symbol).collect()
}

/// The pieces the detector reads in a word with apostrophes: "aujourd'hui" gives
/// `aujourd'` and `'hui`.
fn pieces(word: &str) -> Vec<String> {
    let parts: Vec<&str> = word.split('\'').collect();
    let last = parts.len() - 1;
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if p.is_empty() {
            continue;
        }
        let mut piece = String::new();
        if i > 0 {
            piece.push('\'');
        }
        piece.push_str(p);
        if i < last {
            piece.push('\'');
        }
        out.push(piece);
    }
    out
}

/// The dictionary key of a piece: its symbols, 6 bits each, most significant first.
fn key(piece: &str) -> Result<u64, String> {
    let syms = symbols(piece).ok_or_else(|| format!("{piece:?}: not a word"))?;
    if syms.is_empty() || syms.len() > MAX_KEY_SYMBOLS {
        return Err(format!("{piece:?}: 1 to {MAX_KEY_SYMBOLS} symbols"));
    }
    Ok(syms.iter().fold(0u64, |k, &s| (k << 6) | u64::from(s)))
}

/// Reads an input file.
fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The dictionary entries of `words.txt`, in file order.
fn dictionary(text: &str) -> Result<Vec<String>, String> {
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        for word in line.split_whitespace() {
            key(word).map_err(|e| format!("words.txt:{}: {e}", n + 1))?;
            if seen.insert(word.to_string(), n + 1).is_some() {
                return Err(format!("words.txt:{}: {word:?} listed twice", n + 1));
            }
            out.push(word.to_string());
        }
    }
    Ok(out)
}

/// Word frequencies of one language, in file order.
fn frequencies(text: &str, name: &str) -> Result<Vec<(String, f64)>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let (word, f) = line
            .split_once('\t')
            .ok_or_else(|| format!("{name}:{}: expected word<TAB>frequency", n + 1))?;
        let f: f64 = f
            .parse()
            .map_err(|e| format!("{name}:{}: frequency {f:?}: {e}", n + 1))?;
        out.push((word.replace('\u{2019}', "'"), f));
    }
    Ok(out)
}

/// What one language's word frequencies give the model.
struct Counts {
    /// Frequency of each dictionary entry as a word piece.
    entries: BTreeMap<String, f64>,
    /// Frequency-weighted count of each trigram `a * 45² + b * 45 + c`.
    trigrams: Vec<f64>,
    /// Sum of `trigrams`.
    trigram_total: f64,
}

/// Counts the dictionary pieces and the trigrams of the other pieces of one language.
fn count(words: &[(String, f64)], dict: &[String], french: bool) -> Counts {
    let mut entries: BTreeMap<String, f64> = dict.iter().map(|w| (w.clone(), 0.0)).collect();
    let mut trigrams = vec![0.0; SYMBOLS * SYMBOLS * SYMBOLS];
    let mut trigram_total = 0.0;
    for (word, f) in words {
        let list = if french && FRENCH_ELIDED_STEMS.contains(&word.as_str()) {
            vec![format!("{word}'")]
        } else {
            pieces(word)
        };
        for piece in list {
            if let Some(e) = entries.get_mut(&piece) {
                *e += f;
                continue;
            }
            // Not listed: the detector scores its letters by trigrams.
            let Some(letters) = symbols(piece.trim_matches('\'')) else {
                continue;
            };
            if letters.is_empty() || letters.contains(&APOS) {
                continue;
            }
            let mut padded = Vec::with_capacity(letters.len() + 2);
            padded.push(0);
            padded.extend_from_slice(&letters);
            padded.push(0);
            for t in padded.windows(3) {
                let i =
                    (usize::from(t[0]) * SYMBOLS + usize::from(t[1])) * SYMBOLS + usize::from(t[2]);
                trigrams[i] += f;
                trigram_total += f;
            }
        }
    }
    Counts {
        entries,
        trigrams,
        trigram_total,
    }
}

/// How a symbol is shown in comments (`_` for the word boundary).
fn show(s: usize) -> char {
    match s {
        0 => '_',
        43 => '\'',
        44 => '?',
        _ => ALPHABET.chars().nth(s - 1).unwrap_or('?'),
    }
}

/// How one cell of a trigram array is written, from `(third symbol, score)`.
type CellText = fn(&(usize, i8)) -> String;

/// The generated Rust source of the tables.
fn generate(words_txt: &str, en_tsv: &str, fr_tsv: &str) -> Result<String, String> {
    let dict = dictionary(words_txt)?;
    let en = count(&frequencies(en_tsv, "wordfreq-en.tsv")?, &dict, false);
    let fr = count(&frequencies(fr_tsv, "wordfreq-fr.tsv")?, &dict, true);

    // Dictionary scores, sorted by key.
    let mut words: Vec<(u64, i8, &str)> = Vec::new();
    for w in &dict {
        let p_en = en.entries.get(w).copied().unwrap_or(0.0);
        let p_fr = fr.entries.get(w).copied().unwrap_or(0.0);
        let lr = ((p_fr + A) / (p_en + A)).ln() * 20.0;
        let lr = lr.round().clamp(-WORD_BOUND, WORD_BOUND) as i8;
        words.push((key(w)?, lr, w));
    }
    words.sort_by_key(|&(k, _, _)| k);

    // Trigram scores: keep those carrying the most evidence.
    let mut scored: Vec<(f64, usize, i8)> = Vec::new();
    for i in 0..en.trigrams.len() {
        let q_en = en.trigrams[i] / en.trigram_total;
        let q_fr = fr.trigrams[i] / fr.trigram_total;
        if q_en == 0.0 && q_fr == 0.0 {
            continue;
        }
        let lr = ((q_fr + B) / (q_en + B)).ln();
        let stored = (lr * 16.0).round().clamp(-127.0, 127.0) as i8;
        if stored != 0 {
            scored.push(((q_en + q_fr) * lr.abs(), i, stored));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.truncate(TRIGRAMS_KEPT);
    scored.sort_by_key(|&(_, i, _)| i);

    let mut out = String::new();
    out.push_str(
        "// @generated by `cargo run --example langmodel` (tools/langmodel/main.rs). Do not edit:\n\
         // change the generator or its inputs and run it again; `cargo test` checks this file.\n\
         //\n\
         // Inputs: tools/langmodel/words.txt (MIT) and tools/langmodel/data/wordfreq-{en,fr}.tsv,\n\
         // word frequencies from wordfreq 3.1.1 (Robyn Speer et al., data CC BY-SA 4.0; see\n\
         // tools/langmodel/data/LICENSE.md).\n\
         //\n\
         // Included by src/lang.rs. Symbols: 0 word boundary, 1-26 a-z, 27-42 the letters of\n\
         // `ALPHABET` after z, 43 apostrophe, 44 other Latin letter.\n\n",
    );
    let _ = writeln!(
        out,
        "/// Letters with symbols 1 to 42, in symbol order (the detector's tests check its reading).\n#[cfg(test)]\npub(super) const ALPHABET: &str = \"{ALPHABET}\";\n"
    );
    // Prefix index.
    let mut index = vec![0u16; SYMBOLS * SYMBOLS + 1];
    for &(_, i, _) in &scored {
        index[i / SYMBOLS + 1] += 1;
    }
    for p in 1..index.len() {
        index[p] += index[p - 1];
    }
    let _ = writeln!(
        out,
        "/// Start of the trigrams of each two-symbol prefix `a * 45 + b` in [`TRIGRAM_THIRD`].\n\
         pub(super) static TRIGRAM_INDEX: [u16; {}] = [",
        index.len()
    );
    for chunk in index.chunks(16) {
        let row: Vec<String> = chunk.iter().map(u16::to_string).collect();
        let _ = writeln!(out, "    {},", row.join(", "));
    }
    out.push_str("];\n\n");
    // Third symbols and scores, one line per prefix in each array.
    let mut groups: Vec<(usize, Vec<(usize, i8)>)> = Vec::new();
    for &(_, i, v) in &scored {
        let prefix = i / SYMBOLS;
        match groups.last_mut() {
            Some((p, g)) if *p == prefix => g.push((i % SYMBOLS, v)),
            _ => groups.push((prefix, vec![(i % SYMBOLS, v)])),
        }
    }
    let arrays: [(&str, &str, CellText); 2] = [
        (
            "/// Third symbol of each trigram, grouped by prefix (`// ab` heads each group).",
            "TRIGRAM_THIRD: [u8",
            |&(c, _)| c.to_string(),
        ),
        (
            "/// ln(P_fr / P_en) times 16 of each trigram of [`TRIGRAM_THIRD`], in the same order.",
            "TRIGRAM_LR: [i8",
            |&(_, v)| v.to_string(),
        ),
    ];
    for (doc, decl, cell) in arrays {
        let _ = writeln!(
            out,
            "{doc}\npub(super) static {decl}; {}] = [",
            scored.len()
        );
        for (prefix, g) in &groups {
            let _ = writeln!(
                out,
                "    // {}{}",
                show(prefix / SYMBOLS),
                show(prefix % SYMBOLS)
            );
            for row in g.chunks(16) {
                let cells: Vec<String> = row.iter().map(cell).collect();
                let _ = writeln!(out, "    {},", cells.join(", "));
            }
        }
        out.push_str("];\n\n");
    }
    let _ = writeln!(
        out,
        "/// Key of each dictionary entry (its symbols, 6 bits each, most significant first),\n\
         /// sorted.\n\
         pub(super) static WORD_KEYS: [u64; {}] = [",
        words.len()
    );
    for (k, _, w) in &words {
        let _ = writeln!(out, "    {k}, // {w}");
    }
    out.push_str("];\n\n");
    let _ = writeln!(
        out,
        "/// ln(P_fr / P_en) times 20 of each entry of `WORD_KEYS`, in the same order.\n\
         pub(super) static WORD_LR: [i8; {}] = [",
        words.len()
    );
    for (_, lr, w) in &words {
        let _ = writeln!(out, "    {lr}, // {w}");
    }
    out.push_str("];\n");
    Ok(out)
}

/// Reads the committed inputs and generates the tables.
fn generate_from_inputs() -> Result<String, String> {
    let dir = root().join("tools/langmodel");
    generate(
        &read(&dir.join("words.txt"))?,
        &read(&dir.join("data/wordfreq-en.tsv"))?,
        &read(&dir.join("data/wordfreq-fr.tsv"))?,
    )
}

fn main() {
    let check = std::env::args().any(|a| a == "--check");
    let generated = match generate_from_inputs() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("langmodel: {e}");
            std::process::exit(2);
        }
    };
    let path = output_path();
    if check {
        if read(&path).ok().as_deref() == Some(generated.as_str()) {
            println!("{} is up to date", path.display());
        } else {
            eprintln!(
                "{} differs from the generator's output: run `cargo run --example langmodel`",
                path.display()
            );
            std::process::exit(1);
        }
    } else if let Err(e) = std::fs::write(&path, generated) {
        eprintln!("langmodel: {}: {e}", path.display());
        std::process::exit(2);
    } else {
        println!("wrote {}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_tables_match_the_generator() {
        let generated = generate_from_inputs().expect("inputs are committed with the generator");
        let committed = read(&output_path()).expect("the generated tables are committed");
        assert!(
            committed == generated,
            "src/lang_tables.rs is stale: run `cargo run --example langmodel`"
        );
    }

    #[test]
    fn pieces_follow_the_detector() {
        assert_eq!(pieces("aujourd'hui"), ["aujourd'", "'hui"]);
        assert_eq!(pieces("don't"), ["don'", "'t"]);
        assert_eq!(pieces("the"), ["the"]);
        assert_eq!(key("l'").ok(), Some((12 << 6) | 43));
        assert!(key("internationale").is_err());
        assert!(key("x1").is_err());
    }

    #[test]
    fn bad_inputs_are_reported_with_their_line() {
        let err = generate("the\nthe\n", "", "").unwrap_err();
        assert!(err.contains("words.txt:2"), "{err}");
        let err = generate("the\n", "the 0.1\n", "").unwrap_err();
        assert!(err.contains("wordfreq-en.tsv:1"), "{err}");
    }
}
