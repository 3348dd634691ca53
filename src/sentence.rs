//! Sentence boundaries of a folded post, for rules whose two halves must be in the same
//! sentence (or adjacent ones) rather than within a number of words (`scope` in a pack).
//!
//! A sentence ends at `.`, `!`, `?`, `…` or `;` followed by a space, and at a line break of
//! the original text. A full stop after a common abbreviation (`st.`, `m.`, `dr.`) or a
//! single letter (`j.` in a name) does not end a sentence.

use crate::fold::Folded;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 14] = [
    "st", "ste", "mr", "mrs", "ms", "dr", "m", "mme", "mlle", "no", "vs", "av", "boul", "ex",
];

/// Folded byte offsets where a new sentence starts, in order (the first sentence, starting
/// at 0, is not listed).
pub fn breaks(folded: &Folded, original: &str) -> Vec<u32> {
    let text = folded.text.as_bytes();
    let mut out = Vec::new();
    for (i, &b) in text.iter().enumerate() {
        if b != b' ' || i == 0 || i + 1 >= text.len() {
            continue;
        }
        if ends_sentence(&folded.text[..i]) || line_break_at(folded, original, i) {
            out.push((i + 1) as u32);
        }
    }
    out
}

/// Whether the folded text before a space ends a sentence.
fn ends_sentence(before: &str) -> bool {
    let trimmed = before.trim_end_matches(['"', '\'', ')', '»', '*']);
    let Some(last) = trimmed.chars().next_back() else {
        return false;
    };
    match last {
        '!' | '?' | '…' | ';' => true,
        '.' => {
            let body = trimmed.trim_end_matches('.');
            if trimmed.len() - body.len() > 1 {
                // "..." ends a sentence.
                return true;
            }
            let word = body
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            !(word.chars().count() == 1 && word.chars().all(char::is_alphabetic)
                || ABBREVIATIONS.contains(&word))
        }
        _ => false,
    }
}

/// Whether the folded space at `i` stands for white space holding a line break.
fn line_break_at(folded: &Folded, original: &str, i: usize) -> bool {
    let Some(from) = folded.original_at(i) else {
        return false;
    };
    let to = folded.original_at(i + 1).unwrap_or(original.len());
    original
        .get(from..to.max(from))
        .is_some_and(|s| s.contains(['\n', '\r', '\u{2028}', '\u{2029}']))
}

/// Index of the sentence that holds folded byte `at`.
pub fn index(breaks: &[u32], at: usize) -> u32 {
    breaks.partition_point(|&b| b as usize <= at) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let f = Folded::new(text);
        let b = breaks(&f, text);
        let mut out = Vec::new();
        let mut from = 0;
        for &at in b.iter().chain(std::iter::once(&(f.text.len() as u32))) {
            out.push(f.text[from..at as usize].trim().to_string());
            from = at as usize;
        }
        out
    }

    #[test]
    fn splits_on_end_punctuation_and_line_breaks() {
        assert_eq!(
            sentences("Le ministère coupe encore. Bravo! Vraiment?\nOui... génial"),
            vec![
                "le ministere coupe encore.",
                "bravo!",
                "vraiment?",
                "oui...",
                "genial"
            ]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            sentences("Meet me on Bank St. near Dr. Roy and J. Smith. Then lunch"),
            vec![
                "meet me on bank st. near dr. roy and j. smith.",
                "then lunch"
            ]
        );
        assert_eq!(sentences("Version 2.5 is out"), vec!["version 2.5 is out"]);
    }

    #[test]
    fn index_counts_breaks_before() {
        let b = [5, 10];
        assert_eq!(index(&b, 0), 0);
        assert_eq!(index(&b, 5), 1);
        assert_eq!(index(&b, 12), 2);
    }
}
