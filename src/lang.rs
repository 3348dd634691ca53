//! English/French language detection for posts being typed.
//!
//! [`detect`] splits a post into segments (sentence ends, line breaks and separators such as
//! ` / `, ` | `, ` - `), classifies each segment that has enough letters as English or French,
//! and reports the post as `En`, `Fr`, `Bilingual` or `Unknown`.
//!
//! The model is hand-built and small (about 25 KB of static tables): a dictionary of frequent
//! function words and contractions with their log-probability ratio FR/EN, plus a table of
//! character trigram log-probability ratios (within words, with word boundaries). The tables were
//! derived from English and French texts and word lists written for this purpose; they were not
//! trained on the development set in `shared/data/langid`.
//!
//! URLs, e-mail addresses, `@mentions`, `#hashtags` (the whole tag), digits, emoji and non-Latin
//! scripts are ignored. Work is bounded: at most [`MAX_SCORED_LETTERS_PER_SEGMENT`] letters are
//! scored per segment and at most [`SCORED_LETTER_BUDGET`] letters per post (segments are sampled
//! evenly beyond that), so detection stays cheap on every keystroke, whatever the input size.

use serde::{Deserialize, Serialize};

/// Language of a post, as reported to users and in JSON (`"en" | "fr" | "bilingual" | "unknown"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English.
    En,
    /// French.
    Fr,
    /// Both English and French, each covering a sizeable share of the classified text.
    Bilingual,
    /// Too little text, or no clear evidence either way.
    Unknown,
}

impl Language {
    /// The JSON / user-facing code: `"en"`, `"fr"`, `"bilingual"` or `"unknown"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Bilingual => "bilingual",
            Language::Unknown => "unknown",
        }
    }
}

/// One classified stretch of the post (offsets are byte offsets into the &str given to `detect`).
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Byte offset of the first character of the segment.
    pub start: usize,
    /// Byte offset just past the last character of the segment.
    pub end: usize,
    /// `En`, `Fr` or `Unknown` (too short, unclear, or not sampled in a very long post).
    pub language: Language,
    /// Latin letters in the segment, not counting URLs, mentions, hashtags and e-mail addresses.
    pub letters: usize,
}

/// The language verdict for a whole post, with its segments.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageReport {
    /// The verdict for the whole post.
    pub language: Language,
    /// The segments holding at least one letter, in text order.
    pub segments: Vec<Segment>,
    /// Letters attributed to English (in English segments, or the whole post when only the
    /// post as a whole could be classified).
    pub en_letters: usize,
    /// Letters attributed to French (same rule as `en_letters`).
    pub fr_letters: usize,
}

/// A segment is classified on its own only from this many letters on.
pub const MIN_SEGMENT_LETTERS: usize = 12;
/// Below this many letters a post is always `Unknown`.
pub const MIN_POST_LETTERS: usize = 5;
/// Each language must cover at least this share of the classified letters for `Bilingual`.
pub const BILINGUAL_MIN_SHARE: f32 = 0.2;
/// At most this many letters of one segment are scored (the rest only counted).
pub const MAX_SCORED_LETTERS_PER_SEGMENT: usize = 400;
/// At most about this many letters are scored for a whole post.
pub const SCORED_LETTER_BUDGET: usize = 6000;

/// Score bound of a word scored by its trigrams, so that one long or odd word (a name, a typo)
/// cannot outweigh a sentence, nor decide a short text alone (below [`SHORT_MARGIN`]).
const WORD_CAP: f32 = 4.0;
/// Weight of a capitalised word that does not start its segment (likely a proper noun).
const PROPER_NOUN_WEIGHT: f32 = 0.35;
/// Weight of an all-capitals word of two letters or more (likely an acronym).
const ACRONYM_WEIGHT: f32 = 0.25;
/// Margin needed on fewer than [`LONG_TEXT_LETTERS`] letters: only strong evidence counts.
const SHORT_MARGIN: f32 = 4.5;
/// Margin needed from [`LONG_TEXT_LETTERS`] letters on.
const LONG_MARGIN: f32 = 1.0;
/// Letters from which a text counts as long enough for [`LONG_MARGIN`].
const LONG_TEXT_LETTERS: usize = 20;
/// Texts up to this many bytes score every segment; longer ones sample segments.
const SMALL_TEXT_BYTES: usize = 8 * 1024;
/// Number of evenly spaced sampling windows for texts longer than [`SMALL_TEXT_BYTES`].
const SAMPLE_WINDOWS: usize = 16;

/// Symbol of an apostrophe inside a word (only used in dictionary keys).
const APOS: u8 = 43;
/// Symbol of a Latin letter outside the English/French alphabet (ñ, ö, ß...).
const OTHER: u8 = 44;
/// "No symbol yet" marker of the trigram window.
const NONE: u8 = 63;

/// Detects whether a post is English, French, both, or unknown.
pub fn detect(text: &str) -> LanguageReport {
    let window = if text.len() <= SMALL_TEXT_BYTES {
        0
    } else {
        text.len() / SAMPLE_WINDOWS
    };
    let mut next_sample = 0usize;
    let mut budget = SCORED_LETTER_BUDGET;
    let mut segments = Vec::new();
    let (mut en_letters, mut fr_letters) = (0usize, 0usize);
    let mut total = Evidence::default();
    for_each_span(text, |start, end| {
        let sampled = budget > 0 && start >= next_sample;
        let cap = if sampled {
            budget.min(MAX_SCORED_LETTERS_PER_SEGMENT)
        } else {
            0
        };
        let ev = scan(text.get(start..end).unwrap_or(""), cap);
        if ev.letters == 0 {
            return;
        }
        if sampled {
            next_sample = start.saturating_add(window);
            budget = budget.saturating_sub(ev.scored);
        }
        let language = if ev.scored >= MIN_SEGMENT_LETTERS {
            verdict(&ev)
        } else {
            Language::Unknown
        };
        match language {
            Language::En => en_letters += ev.letters,
            Language::Fr => fr_letters += ev.letters,
            _ => {}
        }
        total.letters += ev.letters;
        total.scored += ev.scored;
        total.score += ev.score;
        segments.push(Segment {
            start,
            end,
            language,
            letters: ev.letters,
        });
    });
    let classified = en_letters + fr_letters;
    let language = if classified == 0 {
        // No segment could be classified alone: judge the post as a whole.
        let language = verdict(&total);
        match language {
            Language::En => en_letters = total.letters,
            Language::Fr => fr_letters = total.letters,
            _ => {}
        }
        language
    } else if en_letters.min(fr_letters) as f32 >= BILINGUAL_MIN_SHARE * classified as f32 {
        Language::Bilingual
    } else if en_letters >= fr_letters {
        Language::En
    } else {
        Language::Fr
    };
    LanguageReport {
        language,
        segments,
        en_letters,
        fr_letters,
    }
}

/// What one scan of a stretch of text found.
#[derive(Debug, Default, Clone, Copy)]
struct Evidence {
    /// Latin letters counted (outside ignored tokens).
    letters: usize,
    /// Letters whose words were scored.
    scored: usize,
    /// Sum of word log-likelihood ratios, ln P(fr) - ln P(en): positive means French.
    score: f32,
}

/// English, French or Unknown for some evidence, by the margin its length requires.
fn verdict(ev: &Evidence) -> Language {
    if ev.scored < MIN_POST_LETTERS {
        return Language::Unknown;
    }
    let margin = if ev.scored < LONG_TEXT_LETTERS {
        SHORT_MARGIN
    } else {
        LONG_MARGIN
    };
    if ev.score >= margin {
        Language::Fr
    } else if ev.score <= -margin {
        Language::En
    } else {
        Language::Unknown
    }
}

/// Calls `f(start, end)` for each segment of `text`, whitespace-trimmed and non-empty.
///
/// Segments end at line breaks, at sentence-final punctuation followed by a space, and at
/// separators standing between spaces (` / `, ` | `, ` - `, ` – `, ` — `, ` • `...).
fn for_each_span(text: &str, mut f: impl FnMut(usize, usize)) {
    let mut emit = |a: usize, b: usize| {
        let s = text.get(a..b).unwrap_or("");
        let head = s.len() - s.trim_start().len();
        let body = s.trim();
        if !body.is_empty() {
            f(a + head, a + head + body.len());
        }
    };
    let bytes = text.as_bytes();
    let mut start = 0usize;
    for (i, &byte) in bytes.iter().enumerate() {
        // Only a few ASCII bytes and lead bytes can start a boundary character.
        if !matches!(
            byte,
            b'\n'
                | b'\r'
                | b'.'
                | b'!'
                | b'?'
                | b';'
                | b'/'
                | b'|'
                | b'-'
                | b'~'
                | 0xC2
                | 0xE2
                | 0xE3
                | 0xEF
        ) || i < start
        {
            continue;
        }
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        let after = i + c.len_utf8();
        let next_is_space = text
            .get(after..)
            .and_then(|t| t.chars().next())
            .is_none_or(char::is_whitespace);
        let prev_is_space = text
            .get(..i)
            .and_then(|t| t.chars().next_back())
            .is_none_or(char::is_whitespace);
        let cut = match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => Some(i),
            '.' | '!' | '?' | ';' | '…' | '。' | '！' | '？' if next_is_space => Some(after),
            '/' | '|' | '-' | '–' | '—' | '•' | '·' | '~' | '¦' | '‖'
                if prev_is_space && next_is_space =>
            {
                Some(i)
            }
            _ => None,
        };
        if let Some(end) = cut {
            emit(start, end);
            start = after;
        }
    }
    emit(start, text.len());
}

/// Whether a byte may make a token a URL, e-mail, mention or hashtag (cheap pre-check).
fn is_token_marker(b: u8) -> bool {
    matches!(b, b'@' | b'#' | b'.' | b'/' | b':' | 0xEF)
}

/// Whether a whitespace-delimited token is to be ignored: URL, e-mail, @mention or #hashtag.
fn is_ignored_token(token: &str) -> bool {
    let t = token.trim_start_matches(|c: char| {
        matches!(
            c,
            '(' | '[' | '{' | '"' | '\'' | '«' | '“' | '‘' | '¿' | '¡' | '*' | '_' | '<' | '.'
        )
    });
    if t.starts_with(['@', '#', '＃', '＠']) || t.contains(['@', '＠']) {
        return true;
    }
    is_url(t)
}

/// Whether a token looks like a URL or a bare domain name (`canada.ca/fr`, `www.x.org`).
fn is_url(t: &str) -> bool {
    if t.contains("://") || starts_with_ignore_case(t, "www.") {
        return true;
    }
    let host = t.split('/').next().unwrap_or("");
    let host = host.trim_end_matches(|c: char| !c.is_alphanumeric());
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    if !name.chars().next_back().is_some_and(char::is_alphanumeric) {
        return false;
    }
    const TLDS: [&str; 18] = [
        "ca", "com", "org", "net", "gov", "gc", "fr", "io", "co", "info", "qc", "edu", "uk", "us",
        "ly", "be", "gl", "gouv",
    ];
    TLDS.iter().any(|d| d.eq_ignore_ascii_case(tld))
}

/// ASCII case-insensitive `starts_with`.
fn starts_with_ignore_case(t: &str, prefix: &str) -> bool {
    t.len() >= prefix.len() && t.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Counts the letters of `text` and scores the words holding its first `cap` letters.
fn scan(text: &str, cap: usize) -> Evidence {
    let mut ev = Evidence::default();
    if cap == 0 {
        ev.letters = count_letters(text);
        return ev;
    }
    let mut w = WordState::new(true);
    for token in text.split(char::is_whitespace) {
        if token.is_empty() || (token.bytes().any(is_token_marker) && is_ignored_token(token)) {
            continue;
        }
        for c in token.chars() {
            let (code, upper) = symbol(c);
            match code {
                0 => {
                    if (0x300..=0x36F).contains(&(c as u32)) {
                        w.combine(c);
                    } else {
                        w.finish(&mut ev, false);
                    }
                }
                APOS => {
                    if w.len > 0 {
                        w.pending_apostrophe = true;
                    }
                }
                _ => {
                    ev.letters += 1;
                    if w.pending_apostrophe {
                        w.finish(&mut ev, true);
                    }
                    if ev.scored + w.letters < cap {
                        w.push(code, upper);
                    }
                }
            }
        }
        w.finish(&mut ev, false);
    }
    ev
}

/// Counts the letters of `text` outside ignored tokens, without scoring.
fn count_letters(text: &str) -> usize {
    let mut letters = 0;
    for token in text.split(|c: char| c.is_ascii_whitespace()) {
        if token.bytes().any(is_token_marker) && is_ignored_token(token) {
            continue;
        }
        if token.is_ascii() {
            letters += token.bytes().filter(u8::is_ascii_alphabetic).count();
        } else {
            letters += token
                .chars()
                .filter(|&c| !matches!(symbol(c).0, 0 | APOS))
                .count();
        }
    }
    letters
}

/// The word being read: its dictionary key and running trigram score.
struct WordState {
    /// Dictionary key: 6-bit symbols, most significant first (valid while `len <= 10`).
    key: u64,
    /// Symbols in the word, including a leading apostrophe marker.
    len: usize,
    /// Letters in the word.
    letters: usize,
    /// The last three symbols, oldest first (`NONE` before the word, 0 for its start).
    hist: [u8; 3],
    /// Sum of trigram ratios (ln, times 16).
    trigrams: i32,
    /// First letter upper case.
    capitalised: bool,
    /// Every letter so far upper case.
    all_caps: bool,
    /// An apostrophe followed the last letter.
    pending_apostrophe: bool,
    /// No word of the segment was scored yet.
    first_in_segment: bool,
}

impl WordState {
    /// A fresh state; `first_in_segment` tells whether no word came before.
    fn new(first_in_segment: bool) -> Self {
        WordState {
            key: 0,
            len: 0,
            letters: 0,
            hist: [NONE, NONE, 0],
            trigrams: 0,
            capitalised: false,
            all_caps: true,
            pending_apostrophe: false,
            first_in_segment,
        }
    }

    /// Appends one letter symbol.
    fn push(&mut self, code: u8, upper: bool) {
        if self.letters == 0 {
            self.capitalised = upper;
        }
        self.all_caps &= upper;
        self.key = (self.key << 6) | u64::from(code);
        self.len += 1;
        self.letters += 1;
        let [_, a, b] = self.hist;
        if a != NONE {
            self.trigrams += trigram_lr(a, b, code);
        }
        self.hist = [a, b, code];
    }

    /// Folds a combining accent into the previous letter (decomposed `é`, `ç`...).
    fn combine(&mut self, mark: char) {
        if self.letters == 0 {
            return;
        }
        let [a, b, last] = self.hist;
        let composed = match (last, mark) {
            (1, '\u{300}') => 27,
            (1, '\u{302}') => 28,
            (3, '\u{327}') => 30,
            (5, '\u{301}') => 31,
            (5, '\u{300}') => 32,
            (5, '\u{302}') => 33,
            (5, '\u{308}') => 34,
            (9, '\u{302}') => 35,
            (9, '\u{308}') => 36,
            (15, '\u{302}') => 37,
            (21, '\u{300}') => 39,
            (21, '\u{302}') => 40,
            (21, '\u{308}') => 41,
            _ => return,
        };
        if a != NONE {
            self.trigrams += trigram_lr(a, b, composed) - trigram_lr(a, b, last);
        }
        self.key = (self.key & !0x3F) | u64::from(composed);
        self.hist[2] = composed;
    }

    /// Ends the word: scores it into `ev` and resets; `before_apostrophe` marks an elided or
    /// contracted piece (`l'`, `qu'`, `don'`), the next piece then starts after an apostrophe.
    fn finish(&mut self, ev: &mut Evidence, before_apostrophe: bool) {
        if self.letters == 0 {
            self.pending_apostrophe = false;
            return;
        }
        let (mut key, mut len) = (self.key, self.len);
        if before_apostrophe {
            key = (key << 6) | u64::from(APOS);
            len += 1;
        }
        let listed = if len <= 10 { word_lr(key) } else { None };
        let mut s = match listed {
            // Listed words are bounded to ±5 by the table itself.
            Some(lr) => f32::from(lr) / 20.0,
            None => {
                let [_, a, b] = self.hist;
                ((self.trigrams + trigram_lr(a, b, 0)) as f32 / 16.0).clamp(-WORD_CAP, WORD_CAP)
            }
        };
        if self.all_caps && self.letters >= 2 {
            s *= ACRONYM_WEIGHT;
        } else if self.capitalised && !self.first_in_segment {
            s *= PROPER_NOUN_WEIGHT;
        }
        ev.score += s;
        ev.scored += self.letters;
        *self = WordState::new(false);
        if before_apostrophe {
            self.key = u64::from(APOS);
            self.len = 1;
        }
    }
}

/// The symbol of a character (0 when it is not a letter nor an apostrophe) and whether it is
/// upper case.
fn symbol(c: char) -> (u8, bool) {
    match c {
        'a'..='z' => (c as u8 - b'a' + 1, false),
        'A'..='Z' => (c as u8 - b'A' + 1, true),
        '\'' | '\u{2019}' | '\u{2bc}' => (APOS, false),
        _ if c.is_ascii() => (0, false),
        'à' => (27, false),
        'À' => (27, true),
        'â' => (28, false),
        'Â' => (28, true),
        'æ' => (29, false),
        'Æ' => (29, true),
        'ç' => (30, false),
        'Ç' => (30, true),
        'é' => (31, false),
        'É' => (31, true),
        'è' => (32, false),
        'È' => (32, true),
        'ê' => (33, false),
        'Ê' => (33, true),
        'ë' => (34, false),
        'Ë' => (34, true),
        'î' => (35, false),
        'Î' => (35, true),
        'ï' => (36, false),
        'Ï' => (36, true),
        'ô' => (37, false),
        'Ô' => (37, true),
        'œ' => (38, false),
        'Œ' => (38, true),
        'ù' => (39, false),
        'Ù' => (39, true),
        'û' => (40, false),
        'Û' => (40, true),
        'ü' => (41, false),
        'Ü' => (41, true),
        'ÿ' => (42, false),
        'Ÿ' => (42, true),
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' if c.is_alphabetic() => {
            (OTHER, c.is_uppercase())
        }
        _ => (0, false),
    }
}

/// ln(P_fr / P_en) times 16 of a trigram of symbols (0 = word boundary), 0 when unknown.
fn trigram_lr(a: u8, b: u8, c: u8) -> i32 {
    if a > OTHER || b > OTHER {
        return 0;
    }
    let prefix = usize::from(a) * 45 + usize::from(b);
    let (Some(&lo), Some(&hi)) = (TRIGRAM_INDEX.get(prefix), TRIGRAM_INDEX.get(prefix + 1)) else {
        return 0;
    };
    let (lo, hi) = (usize::from(lo), usize::from(hi));
    let thirds = TRIGRAM_THIRD.get(lo..hi).unwrap_or(&[]);
    match thirds.iter().position(|&t| t == c) {
        Some(i) => TRIGRAM_LR.get(lo + i).map_or(0, |&v| i32::from(v)),
        None => 0,
    }
}

/// ln(P_fr / P_en) times 20 of a dictionary word, if listed.
fn word_lr(key: u64) -> Option<i8> {
    let i = WORD_KEYS.binary_search(&key).ok()?;
    WORD_LR.get(i).copied()
}

// The tables below were generated from hand-written English and French texts and word lists
// (not from the evaluation data): trigram ratios with add-½ smoothing, function-word ratios
// from hand-ranked frequency lists (Zipf estimates) plus hand-set pairs for shared words.
// Symbols: 0 boundary, 1-26 a-z, 27 à, 28 â, 29 æ, 30 ç, 31 é, 32 è, 33 ê, 34 ë, 35 î, 36 ï,
// 37 ô, 38 œ, 39 ù, 40 û, 41 ü, 42 ÿ, 43 apostrophe, 44 other Latin letter.
/// Start of the trigrams of each two-symbol prefix `a * 45 + b` in [`TRIGRAM_THIRD`].
static TRIGRAM_INDEX: [u16; 2026] = [
    0, 0, 18, 28, 38, 47, 60, 69, 75, 82, 91, 96, 99, 107, 116, 123, 137, 148, 149, 156, 171, 182,
    189, 196, 202, 202, 205, 206, 207, 208, 208, 208, 218, 218, 219, 219, 219, 219, 219, 221, 221,
    221, 221, 221, 221, 221, 221, 221, 226, 235, 245, 245, 250, 257, 257, 268, 270, 272, 286, 295,
    307, 307, 317, 318, 337, 347, 357, 367, 372, 374, 376, 384, 384, 384, 384, 384, 385, 385, 385,
    385, 385, 388, 388, 388, 388, 388, 388, 388, 388, 388, 388, 388, 396, 397, 397, 397, 410, 410,
    410, 410, 418, 419, 419, 423, 423, 423, 430, 430, 430, 435, 439, 440, 446, 446, 446, 446, 447,
    447, 447, 448, 448, 448, 450, 450, 450, 450, 450, 450, 450, 450, 450, 450, 450, 450, 450, 450,
    450, 458, 458, 462, 462, 473, 473, 473, 480, 494, 494, 498, 503, 503, 503, 515, 515, 515, 520,
    521, 527, 536, 536, 536, 536, 538, 538, 538, 538, 538, 538, 541, 541, 541, 541, 541, 541, 542,
    542, 542, 542, 542, 542, 542, 542, 542, 551, 552, 553, 554, 572, 572, 573, 573, 583, 583, 583,
    584, 586, 589, 598, 598, 598, 602, 604, 605, 612, 614, 614, 614, 615, 615, 615, 615, 615, 615,
    630, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 631, 644, 648, 659, 666,
    677, 684, 688, 690, 694, 695, 699, 715, 722, 739, 742, 751, 752, 769, 782, 793, 805, 809, 814,
    821, 822, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824, 824,
    824, 824, 824, 836, 836, 836, 836, 848, 854, 854, 854, 864, 864, 864, 869, 869, 869, 875, 875,
    875, 882, 883, 885, 891, 891, 891, 891, 891, 891, 891, 891, 891, 891, 895, 895, 896, 896, 896,
    896, 896, 896, 896, 896, 896, 896, 896, 896, 896, 903, 903, 903, 903, 913, 914, 916, 921, 929,
    929, 929, 932, 932, 937, 947, 947, 947, 954, 955, 955, 961, 961, 961, 961, 962, 962, 962, 962,
    962, 962, 966, 966, 966, 966, 966, 966, 966, 966, 966, 966, 966, 966, 966, 966, 966, 979, 980,
    980, 981, 995, 995, 995, 995, 1010, 1010, 1010, 1010, 1011, 1013, 1027, 1027, 1027, 1029, 1030,
    1034, 1039, 1039, 1040, 1040, 1042, 1042, 1042, 1043, 1043, 1043, 1046, 1047, 1047, 1047, 1047,
    1047, 1048, 1048, 1048, 1048, 1048, 1048, 1048, 1048, 1048, 1052, 1056, 1066, 1073, 1085, 1092,
    1100, 1100, 1100, 1100, 1102, 1112, 1119, 1133, 1140, 1147, 1148, 1159, 1172, 1184, 1184, 1189,
    1189, 1189, 1189, 1191, 1191, 1191, 1191, 1191, 1194, 1196, 1196, 1196, 1196, 1196, 1196, 1196,
    1196, 1196, 1196, 1196, 1196, 1196, 1196, 1198, 1198, 1198, 1198, 1202, 1202, 1202, 1202, 1202,
    1202, 1202, 1202, 1202, 1202, 1207, 1207, 1207, 1207, 1207, 1207, 1211, 1211, 1211, 1211, 1211,
    1211, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212, 1212,
    1212, 1212, 1212, 1212, 1212, 1212, 1212, 1213, 1221, 1222, 1222, 1222, 1227, 1227, 1227, 1228,
    1228, 1230, 1230, 1230, 1230, 1230, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232,
    1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232, 1232,
    1232, 1248, 1248, 1250, 1257, 1274, 1275, 1275, 1275, 1291, 1291, 1294, 1302, 1304, 1305, 1321,
    1322, 1323, 1324, 1327, 1335, 1344, 1344, 1345, 1345, 1347, 1347, 1347, 1347, 1347, 1347, 1352,
    1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1352, 1366, 1372,
    1372, 1372, 1386, 1386, 1386, 1386, 1398, 1398, 1398, 1398, 1402, 1404, 1415, 1425, 1425, 1425,
    1425, 1425, 1429, 1429, 1429, 1429, 1431, 1431, 1431, 1431, 1431, 1431, 1438, 1439, 1440, 1440,
    1440, 1440, 1440, 1440, 1440, 1440, 1440, 1440, 1440, 1440, 1440, 1450, 1450, 1460, 1471, 1488,
    1493, 1503, 1503, 1517, 1518, 1522, 1525, 1526, 1534, 1547, 1547, 1548, 1548, 1557, 1569, 1576,
    1579, 1579, 1579, 1582, 1582, 1582, 1582, 1582, 1584, 1590, 1590, 1591, 1591, 1591, 1591, 1591,
    1591, 1591, 1591, 1591, 1591, 1591, 1591, 1591, 1596, 1605, 1616, 1622, 1624, 1629, 1635, 1635,
    1644, 1645, 1649, 1658, 1666, 1680, 1687, 1694, 1694, 1710, 1720, 1728, 1745, 1747, 1755, 1755,
    1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1761, 1762, 1763,
    1763, 1763, 1763, 1763, 1763, 1769, 1769, 1769, 1770, 1778, 1778, 1778, 1781, 1787, 1787, 1787,
    1794, 1795, 1795, 1805, 1813, 1813, 1818, 1819, 1825, 1831, 1831, 1831, 1831, 1832, 1832, 1832,
    1833, 1833, 1833, 1838, 1839, 1840, 1840, 1840, 1840, 1841, 1841, 1841, 1841, 1841, 1841, 1841,
    1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841, 1841,
    1841, 1841, 1841, 1841, 1841, 1841, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848,
    1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1848, 1861,
    1863, 1870, 1875, 1896, 1898, 1901, 1902, 1920, 1920, 1924, 1926, 1933, 1941, 1961, 1961, 1962,
    1967, 1977, 1988, 2000, 2003, 2004, 2004, 2008, 2008, 2008, 2009, 2009, 2009, 2024, 2027, 2028,
    2028, 2028, 2028, 2029, 2029, 2029, 2029, 2029, 2029, 2029, 2029, 2029, 2041, 2042, 2048, 2049,
    2065, 2066, 2066, 2072, 2088, 2088, 2093, 2097, 2099, 2100, 2109, 2116, 2117, 2117, 2126, 2138,
    2151, 2151, 2152, 2152, 2154, 2154, 2154, 2154, 2154, 2154, 2159, 2159, 2159, 2159, 2159, 2159,
    2159, 2159, 2159, 2159, 2159, 2159, 2159, 2159, 2159, 2172, 2172, 2173, 2173, 2188, 2188, 2188,
    2199, 2214, 2214, 2214, 2216, 2217, 2218, 2232, 2232, 2232, 2239, 2242, 2248, 2258, 2258, 2261,
    2261, 2263, 2263, 2263, 2263, 2263, 2263, 2269, 2270, 2270, 2270, 2270, 2270, 2271, 2271, 2271,
    2271, 2271, 2271, 2271, 2271, 2271, 2275, 2277, 2286, 2291, 2301, 2303, 2307, 2308, 2318, 2320,
    2320, 2330, 2336, 2346, 2347, 2350, 2351, 2366, 2377, 2388, 2388, 2392, 2392, 2393, 2395, 2395,
    2395, 2395, 2395, 2395, 2397, 2397, 2398, 2398, 2398, 2398, 2398, 2398, 2398, 2398, 2398, 2398,
    2398, 2398, 2398, 2406, 2406, 2406, 2406, 2419, 2419, 2419, 2419, 2432, 2432, 2432, 2432, 2432,
    2432, 2438, 2438, 2438, 2441, 2441, 2441, 2442, 2442, 2442, 2442, 2443, 2443, 2443, 2443, 2443,
    2443, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446, 2446,
    2454, 2454, 2454, 2455, 2466, 2466, 2466, 2471, 2476, 2476, 2476, 2477, 2477, 2481, 2485, 2485,
    2485, 2487, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488,
    2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2488, 2490, 2490, 2490,
    2490, 2492, 2492, 2492, 2493, 2494, 2494, 2494, 2494, 2494, 2494, 2494, 2497, 2497, 2497, 2497,
    2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499,
    2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2499, 2502, 2503, 2504, 2504, 2511, 2511,
    2512, 2512, 2513, 2513, 2513, 2513, 2515, 2515, 2519, 2520, 2520, 2520, 2524, 2526, 2526, 2526,
    2527, 2527, 2527, 2527, 2527, 2527, 2527, 2527, 2528, 2528, 2528, 2528, 2528, 2528, 2528, 2528,
    2528, 2528, 2528, 2528, 2528, 2528, 2528, 2529, 2529, 2529, 2529, 2533, 2533, 2533, 2533, 2533,
    2533, 2533, 2533, 2533, 2533, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534,
    2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534,
    2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534,
    2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534,
    2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534, 2534,
    2534, 2534, 2534, 2535, 2535, 2535, 2535, 2536, 2536, 2536, 2536, 2536, 2536, 2536, 2536, 2536,
    2536, 2536, 2536, 2536, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538,
    2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538,
    2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538,
    2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538,
    2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2538, 2539, 2539, 2539, 2539, 2539,
    2539, 2539, 2539, 2539, 2539, 2539, 2539, 2539, 2539, 2540, 2540, 2540, 2540, 2540, 2540, 2541,
    2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541,
    2541, 2541, 2541, 2541, 2541, 2541, 2541, 2541, 2545, 2548, 2555, 2559, 2561, 2564, 2569, 2569,
    2569, 2570, 2570, 2574, 2578, 2583, 2586, 2590, 2591, 2596, 2601, 2606, 2608, 2612, 2612, 2612,
    2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612,
    2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2612, 2613, 2613, 2613, 2613, 2613,
    2613, 2614, 2614, 2614, 2614, 2615, 2616, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617,
    2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617, 2617,
    2617, 2617, 2617, 2617, 2618, 2618, 2618, 2618, 2618, 2618, 2618, 2618, 2618, 2618, 2619, 2619,
    2619, 2619, 2619, 2619, 2619, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623,
    2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623,
    2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623,
    2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623,
    2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2623, 2624, 2624,
    2624, 2624, 2624, 2624, 2624, 2624, 2624, 2624, 2624, 2625, 2625, 2625, 2625, 2625, 2625, 2627,
    2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627,
    2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627,
    2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627,
    2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627,
    2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627, 2627,
    2627, 2628, 2628, 2628, 2628, 2629, 2629, 2629, 2629, 2633, 2633, 2633, 2633, 2633, 2633, 2633,
    2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633,
    2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2633, 2634, 2634, 2634, 2634, 2634,
    2634, 2634, 2634, 2634, 2634, 2634, 2634, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636,
    2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636,
    2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636,
    2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636,
    2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636,
    2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636, 2636,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
    2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638, 2638,
];
/// Third symbol of each trigram, grouped by prefix.
static TRIGRAM_THIRD: [u8; 2638] = [
    0, 2, 3, 4, 6, 9, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 35, 1, 5, 9, 12, 15, 18, 21, 25,
    28, 31, 0, 1, 5, 8, 9, 12, 15, 18, 31, 37, 0, 1, 5, 9, 15, 18, 21, 31, 32, 1, 3, 4, 6, 9, 12,
    13, 14, 17, 19, 20, 22, 24, 1, 5, 9, 12, 15, 18, 21, 31, 33, 5, 9, 12, 15, 21, 31, 1, 5, 9, 15,
    21, 28, 37, 0, 3, 4, 6, 12, 14, 18, 19, 20, 0, 1, 5, 15, 21, 5, 9, 14, 0, 1, 5, 9, 12, 21, 25,
    31, 0, 5, 9, 15, 21, 25, 31, 32, 33, 0, 1, 5, 9, 15, 21, 31, 2, 3, 4, 6, 9, 12, 13, 16, 18, 20,
    21, 22, 23, 39, 1, 5, 8, 9, 12, 15, 18, 21, 28, 31, 33, 21, 1, 5, 9, 15, 21, 31, 32, 0, 3, 5,
    8, 9, 11, 12, 13, 14, 15, 16, 20, 23, 25, 31, 0, 1, 5, 8, 9, 15, 18, 21, 23, 25, 37, 12, 13,
    14, 16, 18, 19, 20, 1, 5, 9, 15, 18, 21, 31, 1, 5, 8, 9, 15, 18, 0, 5, 15, 15, 0, 7, 2, 3, 4,
    12, 13, 14, 16, 17, 20, 22, 20, 9, 21, 9, 12, 15, 18, 19, 1, 5, 8, 9, 11, 15, 18, 25, 31, 0, 4,
    5, 9, 12, 13, 19, 21, 22, 25, 5, 6, 9, 20, 31, 1, 5, 9, 14, 15, 18, 31, 0, 2, 4, 5, 7, 12, 13,
    14, 18, 19, 20, 5, 15, 5, 9, 0, 1, 3, 5, 9, 11, 12, 13, 15, 18, 19, 20, 21, 23, 0, 1, 2, 5, 9,
    13, 14, 15, 31, 0, 1, 4, 11, 14, 15, 17, 19, 20, 21, 25, 30, 0, 1, 5, 8, 9, 12, 16, 18, 20, 31,
    21, 0, 1, 2, 3, 4, 5, 7, 9, 11, 12, 13, 14, 15, 18, 19, 20, 22, 25, 31, 0, 5, 8, 9, 11, 12, 15,
    19, 20, 21, 0, 1, 3, 5, 8, 9, 15, 18, 21, 31, 0, 3, 4, 6, 7, 10, 14, 18, 20, 24, 1, 9, 15, 25,
    31, 0, 1, 0, 5, 0, 2, 5, 7, 9, 15, 19, 20, 15, 3, 14, 20, 2, 3, 7, 11, 14, 19, 20, 21, 25, 0,
    1, 3, 4, 5, 6, 7, 8, 12, 14, 18, 19, 20, 2, 5, 7, 11, 12, 14, 15, 18, 5, 1, 5, 9, 31, 1, 4, 14,
    15, 18, 20, 21, 1, 5, 9, 15, 21, 0, 5, 9, 20, 5, 4, 9, 12, 18, 19, 20, 0, 20, 3, 14, 3, 6, 12,
    13, 14, 16, 18, 21, 5, 9, 15, 21, 0, 1, 4, 12, 13, 16, 18, 19, 20, 21, 26, 0, 1, 5, 9, 14, 21,
    31, 0, 1, 4, 5, 6, 12, 14, 15, 16, 18, 19, 20, 31, 32, 0, 5, 12, 19, 1, 5, 9, 15, 21, 1, 6, 9,
    12, 13, 14, 15, 18, 19, 21, 22, 40, 1, 5, 9, 15, 31, 0, 0, 5, 15, 18, 19, 21, 5, 9, 12, 13, 14,
    16, 18, 19, 20, 0, 3, 0, 4, 12, 20, 2, 9, 13, 14, 18, 20, 21, 22, 25, 1, 1, 9, 0, 1, 2, 3, 4,
    6, 8, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 26, 5, 0, 1, 3, 4, 6, 14, 17, 18, 20, 22, 9, 9,
    15, 0, 5, 9, 0, 3, 5, 9, 13, 14, 18, 21, 23, 1, 5, 9, 37, 0, 8, 9, 0, 1, 3, 9, 12, 18, 19, 1,
    5, 0, 0, 2, 3, 5, 6, 10, 12, 13, 14, 15, 16, 18, 19, 20, 22, 19, 0, 3, 4, 7, 11, 12, 13, 14,
    18, 19, 20, 21, 22, 0, 1, 18, 19, 0, 1, 5, 8, 9, 11, 15, 18, 20, 21, 25, 0, 2, 5, 9, 14, 20,
    21, 0, 4, 9, 11, 12, 13, 14, 16, 18, 20, 26, 5, 6, 9, 15, 18, 20, 21, 1, 9, 15, 21, 9, 15, 7,
    12, 14, 18, 15, 0, 4, 5, 19, 0, 1, 3, 4, 5, 6, 9, 12, 15, 16, 17, 19, 20, 21, 25, 31, 0, 1, 2,
    5, 9, 15, 16, 0, 1, 3, 4, 5, 6, 7, 9, 10, 14, 15, 17, 19, 20, 21, 22, 33, 0, 14, 16, 0, 1, 5,
    12, 15, 18, 19, 20, 21, 21, 0, 1, 3, 4, 5, 6, 7, 9, 12, 13, 14, 15, 18, 20, 22, 23, 25, 0, 3,
    4, 5, 8, 9, 11, 15, 16, 17, 19, 20, 21, 0, 1, 5, 8, 9, 15, 20, 21, 23, 25, 31, 0, 4, 6, 9, 12,
    13, 14, 18, 19, 20, 22, 24, 1, 5, 9, 18, 0, 1, 8, 15, 19, 1, 3, 5, 8, 9, 16, 20, 0, 0, 5, 2, 3,
    4, 7, 9, 12, 13, 14, 18, 20, 21, 30, 0, 2, 3, 4, 5, 12, 14, 18, 19, 20, 21, 23, 0, 1, 5, 15,
    18, 31, 1, 4, 5, 7, 12, 17, 18, 19, 20, 32, 5, 15, 21, 25, 31, 9, 12, 14, 15, 18, 21, 1, 5, 9,
    15, 21, 31, 32, 0, 0, 5, 7, 12, 14, 18, 19, 20, 0, 4, 12, 18, 20, 3, 7, 9, 13, 14, 18, 20, 0,
    4, 12, 13, 14, 18, 19, 20, 21, 26, 21, 5, 12, 0, 2, 15, 20, 23, 0, 5, 14, 15, 17, 19, 20, 22,
    1, 5, 9, 1, 5, 9, 19, 31, 0, 1, 5, 9, 15, 18, 20, 21, 22, 40, 1, 5, 9, 15, 25, 28, 31, 0, 5, 9,
    12, 13, 18, 31, 0, 0, 5, 14, 19, 2, 4, 9, 11, 12, 14, 16, 17, 18, 19, 20, 21, 22, 15, 1, 0, 1,
    3, 4, 9, 12, 13, 14, 18, 19, 20, 21, 22, 25, 2, 3, 5, 6, 7, 11, 12, 13, 14, 16, 17, 18, 19, 20,
    22, 5, 9, 15, 0, 3, 5, 9, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 5, 15, 0, 0, 5, 12, 19, 9,
    14, 18, 19, 20, 1, 0, 19, 20, 0, 5, 19, 17, 16, 9, 12, 14, 20, 9, 12, 18, 21, 0, 1, 5, 8, 9,
    11, 19, 20, 21, 25, 0, 1, 7, 9, 14, 19, 31, 0, 4, 9, 12, 13, 14, 18, 19, 20, 21, 22, 26, 0, 5,
    6, 9, 19, 20, 21, 0, 1, 5, 8, 9, 14, 15, 21, 5, 9, 0, 1, 4, 5, 9, 12, 19, 20, 23, 25, 0, 5, 9,
    13, 15, 21, 31, 0, 1, 3, 4, 6, 7, 9, 11, 15, 19, 20, 21, 22, 31, 4, 12, 14, 18, 19, 20, 21, 0,
    1, 5, 12, 13, 16, 20, 21, 0, 1, 3, 4, 5, 9, 13, 15, 19, 20, 31, 0, 1, 3, 5, 8, 9, 11, 12, 15,
    16, 17, 19, 31, 0, 3, 5, 8, 9, 15, 18, 19, 20, 21, 25, 31, 1, 5, 9, 18, 31, 1, 5, 0, 5, 20, 13,
    18, 13, 14, 0, 3, 20, 21, 2, 9, 18, 21, 25, 4, 7, 9, 19, 0, 1, 0, 4, 5, 14, 16, 18, 19, 20, 21,
    4, 12, 14, 15, 20, 25, 5, 15, 0, 8, 0, 2, 3, 4, 7, 9, 14, 17, 18, 19, 20, 21, 22, 23, 25, 35,
    15, 21, 0, 3, 5, 9, 14, 18, 19, 0, 1, 3, 4, 5, 6, 7, 9, 13, 14, 17, 18, 19, 20, 21, 24, 26, 0,
    2, 3, 4, 5, 6, 11, 13, 14, 15, 16, 17, 18, 19, 20, 22, 31, 0, 5, 9, 0, 1, 5, 9, 15, 19, 25, 31,
    0, 5, 5, 0, 1, 2, 3, 7, 9, 14, 15, 16, 18, 19, 20, 21, 22, 23, 25, 0, 21, 5, 0, 5, 15, 0, 1, 5,
    8, 9, 19, 21, 31, 1, 4, 5, 9, 13, 14, 16, 19, 20, 1, 0, 9, 0, 3, 5, 7, 13, 0, 3, 4, 7, 9, 10,
    11, 12, 14, 18, 19, 20, 21, 25, 1, 5, 9, 12, 18, 21, 0, 1, 4, 5, 9, 12, 13, 14, 15, 18, 19, 20,
    21, 23, 3, 4, 5, 7, 12, 14, 15, 17, 18, 19, 20, 32, 1, 5, 9, 21, 5, 31, 2, 3, 4, 9, 14, 15, 18,
    19, 20, 21, 22, 1, 5, 9, 12, 15, 18, 19, 20, 21, 37, 3, 12, 14, 19, 0, 19, 0, 4, 5, 12, 14, 18,
    20, 18, 13, 0, 2, 7, 9, 12, 14, 16, 18, 20, 21, 0, 5, 8, 9, 12, 15, 18, 20, 25, 31, 0, 1, 5, 9,
    12, 13, 15, 18, 19, 21, 31, 0, 4, 5, 6, 7, 9, 12, 13, 14, 19, 20, 21, 22, 23, 24, 25, 26, 1, 9,
    12, 15, 18, 0, 1, 5, 6, 9, 12, 18, 19, 21, 31, 0, 3, 5, 6, 7, 13, 14, 15, 17, 18, 19, 20, 22,
    26, 15, 0, 6, 9, 19, 9, 15, 25, 5, 1, 5, 9, 15, 21, 25, 31, 33, 2, 9, 12, 13, 14, 15, 18, 19,
    20, 21, 22, 23, 25, 21, 0, 1, 3, 5, 9, 16, 20, 21, 31, 0, 1, 5, 8, 9, 12, 15, 18, 19, 21, 25,
    31, 0, 1, 5, 9, 13, 19, 20, 5, 9, 15, 0, 13, 20, 1, 21, 0, 5, 7, 18, 19, 22, 20, 3, 4, 12, 18,
    19, 0, 1, 2, 9, 10, 15, 19, 20, 21, 1, 3, 5, 8, 9, 11, 15, 18, 20, 21, 31, 0, 1, 5, 9, 21, 25,
    19, 22, 0, 5, 6, 9, 20, 5, 9, 15, 18, 21, 25, 0, 4, 5, 7, 14, 18, 19, 20, 22, 5, 0, 5, 9, 19,
    0, 1, 4, 5, 9, 15, 20, 21, 31, 0, 1, 2, 5, 9, 13, 14, 15, 1, 3, 4, 5, 6, 9, 12, 14, 15, 19, 20,
    22, 25, 30, 0, 4, 11, 12, 14, 18, 19, 0, 5, 12, 16, 18, 19, 21, 0, 1, 4, 5, 7, 9, 11, 13, 14,
    15, 18, 19, 20, 23, 25, 33, 0, 1, 5, 9, 16, 17, 19, 20, 21, 31, 0, 1, 5, 8, 9, 15, 18, 31, 0,
    2, 3, 4, 5, 7, 8, 10, 12, 14, 16, 18, 19, 20, 22, 24, 31, 5, 9, 0, 1, 4, 5, 9, 12, 14, 19, 0,
    1, 5, 9, 13, 31, 0, 20, 3, 7, 14, 18, 19, 21, 1, 1, 3, 12, 13, 15, 18, 20, 21, 9, 15, 25, 3, 4,
    5, 12, 14, 20, 1, 5, 9, 15, 21, 25, 31, 5, 3, 9, 11, 12, 13, 14, 16, 19, 20, 21, 1, 5, 9, 12,
    15, 18, 21, 25, 1, 5, 9, 31, 32, 0, 0, 1, 5, 9, 15, 21, 0, 2, 9, 12, 19, 20, 0, 20, 0, 3, 5,
    14, 18, 18, 3, 20, 0, 1, 5, 9, 15, 31, 33, 0, 3, 4, 6, 9, 10, 12, 13, 14, 16, 18, 22, 35, 1,
    15, 0, 5, 8, 9, 15, 18, 21, 0, 1, 5, 9, 21, 0, 1, 3, 4, 5, 6, 7, 9, 10, 12, 13, 14, 16, 17, 18,
    19, 20, 21, 22, 23, 26, 15, 21, 1, 15, 21, 15, 0, 1, 2, 3, 4, 5, 7, 12, 13, 14, 15, 16, 17, 18,
    19, 20, 31, 32, 0, 5, 9, 19, 25, 31, 0, 1, 5, 9, 15, 21, 31, 0, 1, 5, 9, 13, 15, 19, 31, 0, 1,
    2, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14, 16, 19, 20, 21, 22, 23, 25, 21, 1, 5, 9, 15, 33, 0, 1, 4,
    5, 8, 9, 15, 17, 20, 21, 5, 8, 9, 12, 13, 14, 15, 19, 21, 25, 31, 0, 1, 3, 5, 7, 9, 12, 13, 14,
    18, 19, 25, 1, 5, 9, 1, 0, 15, 20, 23, 3, 0, 1, 3, 4, 5, 6, 7, 14, 15, 16, 17, 19, 20, 21, 22,
    7, 18, 19, 20, 12, 0, 2, 3, 4, 6, 7, 9, 12, 13, 14, 22, 25, 1, 5, 8, 9, 15, 18, 21, 1, 0, 1, 4,
    5, 8, 9, 12, 13, 14, 16, 18, 19, 20, 21, 22, 26, 21, 0, 1, 5, 9, 13, 15, 0, 3, 4, 5, 6, 7, 12,
    13, 14, 15, 17, 18, 19, 20, 22, 32, 0, 5, 9, 19, 25, 1, 5, 9, 15, 1, 5, 15, 0, 3, 9, 12, 13,
    14, 18, 21, 25, 1, 5, 9, 15, 18, 31, 32, 21, 0, 1, 5, 6, 9, 15, 16, 21, 31, 0, 1, 5, 9, 12, 15,
    18, 19, 21, 25, 31, 32, 2, 3, 5, 6, 7, 9, 10, 12, 13, 14, 16, 18, 19, 9, 0, 19, 0, 3, 5, 17,
    18, 2, 6, 7, 9, 11, 12, 14, 18, 19, 20, 21, 24, 25, 8, 0, 1, 3, 4, 5, 6, 7, 9, 12, 13, 14, 18,
    19, 21, 26, 0, 1, 4, 5, 9, 15, 18, 19, 21, 31, 32, 1, 2, 3, 5, 6, 12, 13, 14, 15, 17, 18, 19,
    20, 22, 32, 5, 25, 5, 5, 0, 2, 4, 7, 9, 12, 13, 14, 15, 16, 18, 21, 23, 25, 1, 5, 15, 21, 25,
    31, 32, 0, 5, 9, 1, 5, 9, 12, 18, 21, 0, 1, 4, 5, 9, 12, 18, 19, 20, 31, 5, 9, 15, 0, 16, 0, 5,
    7, 15, 18, 19, 18, 20, 12, 14, 18, 20, 12, 19, 0, 1, 3, 5, 8, 11, 15, 20, 21, 0, 5, 7, 9, 25,
    0, 4, 9, 12, 14, 18, 19, 20, 21, 26, 0, 6, 5, 7, 8, 21, 1, 0, 3, 4, 5, 12, 16, 18, 19, 20, 22,
    5, 15, 0, 1, 4, 5, 9, 12, 15, 19, 20, 25, 0, 2, 5, 9, 13, 31, 0, 1, 3, 4, 5, 7, 9, 14, 19, 20,
    9, 1, 4, 16, 21, 0, 1, 3, 4, 5, 7, 8, 9, 14, 15, 17, 18, 19, 20, 21, 0, 1, 2, 5, 8, 9, 16, 17,
    19, 20, 31, 0, 1, 5, 8, 9, 15, 18, 19, 21, 31, 37, 5, 15, 18, 31, 0, 0, 1, 0, 2, 20, 0, 3, 9,
    12, 14, 18, 20, 21, 0, 1, 3, 4, 9, 12, 13, 14, 18, 19, 21, 23, 26, 0, 3, 4, 5, 12, 14, 15, 18,
    19, 20, 22, 31, 32, 9, 14, 19, 20, 21, 25, 1, 5, 9, 0, 0, 0, 5, 12, 7, 9, 12, 14, 18, 19, 20,
    25, 0, 0, 1, 2, 4, 5, 9, 12, 14, 18, 19, 22, 1, 5, 9, 15, 25, 3, 12, 14, 19, 20, 25, 0, 12, 19,
    20, 0, 14, 18, 21, 9, 15, 0, 3, 13, 18, 19, 9, 2, 5, 12, 15, 0, 18, 2, 7, 14, 5, 12, 1, 4, 14,
    18, 19, 21, 26, 18, 14, 5, 15, 7, 14, 18, 21, 9, 0, 5, 9, 20, 8, 9, 8, 0, 20, 0, 4, 14, 18, 14,
    5, 31, 5, 9, 9, 14, 0, 2, 12, 14, 20, 1, 21, 31, 5, 8, 9, 12, 15, 18, 21, 5, 9, 21, 31, 0, 19,
    5, 12, 31, 1, 5, 9, 12, 15, 27, 5, 9, 15, 31, 5, 9, 15, 31, 1, 5, 9, 15, 31, 0, 3, 18, 1, 5, 9,
    15, 21, 1, 5, 9, 15, 33, 0, 5, 9, 15, 21, 1, 5, 18, 21, 31, 14, 19, 1, 5, 9, 15, 12, 5, 21, 5,
    0, 8, 5, 0, 5, 18, 19, 8, 31, 0, 18, 5, 9, 0, 5, 19, 31, 12, 18, 22, 0, 5,
];
/// ln(P_fr / P_en) of each trigram, times 16.
static TRIGRAM_LR: [i8; 2638] = [
    -11, -16, -2, -7, -3, 34, -15, 26, -26, 14, 24, -15, -7, -11, 41, 30, -45, 24, -12, -26, 4, 2,
    -11, -11, -20, -59, 29, 37, 47, -19, 38, 11, 6, -13, 5, -7, 24, 33, 68, 8, 28, 8, -2, -19, 33,
    75, 24, -21, -28, -28, -2, -33, 8, -3, 23, -33, 41, 72, -75, -5, 12, -6, -6, -14, -15, -11,
    -43, 44, 24, -2, -40, -2, -17, -37, 45, -29, -22, -2, -37, 3, 39, 33, -71, 29, 12, -52, 70,
    -14, 24, -65, -61, 47, 23, 53, 14, -9, -61, -21, -58, 77, 23, 39, -11, -28, 47, -28, 39, 4, -3,
    8, -5, -17, -37, 48, 29, 42, 56, -2, -18, -62, 13, 21, 37, 18, -2, 24, -37, 29, -37, 24, -57,
    -14, -37, -6, -56, -37, 29, 16, 13, 2, -2, 11, 25, 10, 8, 24, 37, 24, 39, 2, -5, -9, -6, -8,
    72, 29, -6, -17, 10, -75, 6, -37, -53, -51, -40, 9, -30, -33, -37, -28, 48, -25, -11, 9, -78,
    -15, -8, 14, -2, -45, -2, 37, -2, -28, 26, -53, 8, -56, 33, 6, 7, 21, 46, 29, 29, 29, -84, -61,
    -87, -84, -80, -49, 51, -47, -59, -2, 80, 24, 24, 61, 37, 42, 33, 24, 29, 42, 70, 37, 51, 24,
    24, 5, -4, -22, 24, -2, 6, -6, -23, 10, -61, 24, -7, -33, 33, -64, -28, -21, -10, -43, 8, -28,
    -9, -25, -37, -43, 7, 29, -57, 24, -6, 2, 19, 50, -28, 8, 29, 44, 24, 16, 52, 6, 8, 20, 5, 29,
    42, 55, 33, 6, -65, -45, -18, 4, -2, 43, 19, -57, -25, -6, 3, -37, -47, -57, -2, -45, -45, 17,
    29, -3, 7, 33, 24, -28, 44, -35, -28, -23, -60, 9, -25, 37, 30, 24, -33, -60, 24, -28, -2, -10,
    -2, 37, 24, 6, 35, -2, 29, 56, -3, 6, -37, 17, -4, -29, -4, 18, -43, -7, -43, -29, -2, 15, -11,
    7, -28, -63, 29, -16, -19, -28, -21, -37, -28, -33, 11, -41, -33, -27, 29, -21, -34, -52, 4,
    -2, 12, -2, 33, 77, 54, 16, 24, -26, 44, 24, 45, 22, 69, 33, -2, 30, -40, 24, -28, -43, -28,
    -7, -88, -33, 20, -33, -33, -28, -28, -33, 24, 29, 24, 33, -2, -55, -28, -28, -11, -2, 10, 39,
    -28, -70, 10, -53, -28, -49, -45, -37, -43, -28, -28, -55, 12, -37, 33, 56, -33, -28, -7, -2,
    -2, -40, 12, 8, 4, 17, 33, -43, -33, 37, -28, 33, -40, -35, -45, 13, -12, -47, 21, -33, -7,
    -37, -2, 24, -6, -53, 29, 39, -9, -7, -60, 29, 24, 33, 29, 24, -17, 8, -30, 8, -23, -43, -8,
    -2, 24, 2, 3, -2, -37, 19, 4, 11, 2, 6, 52, 29, 24, -49, 19, 22, -16, -2, 6, 45, 56, -10, -2,
    19, -2, 16, -10, -14, -4, 39, -11, -8, 39, 29, -60, -43, -33, -43, 14, -19, -10, -43, -28, -28,
    -28, 29, 19, -3, 12, -19, 22, -28, 18, -28, 29, -2, -2, 9, -4, 37, -43, -28, 18, -25, 2, -28,
    -2, 29, 39, 20, -2, 24, -2, -2, -23, 12, -55, -28, 42, 24, 24, 33, -2, 24, -7, 30, -37, -2,
    -33, 24, -79, -28, -28, -28, 39, -40, -33, -23, -33, -33, 37, -45, 14, -4, -28, -9, -9, 31,
    -45, 53, 39, 24, -26, 61, 6, -8, -19, 25, -34, 29, 19, 12, 12, -45, 8, -28, -28, -49, -28, -33,
    -2, -37, 39, 11, 13, 19, -5, -58, 5, 13, -47, 33, -11, -28, -28, 74, -33, -6, 47, -2, -12, -2,
    -28, -15, -51, 39, 37, 55, 24, 33, 44, 37, 39, 24, 24, 33, 29, 24, 44, 29, 24, -37, -58, -44,
    -28, -33, -52, -37, -51, -73, -67, -60, 47, -45, 24, -33, -33, -37, 48, -40, -14, 3, -28, -28,
    -5, -2, 2, -10, -28, -92, -28, -45, 12, -45, -28, -14, -60, -60, -28, -59, -47, -40, -59, -63,
    -43, -55, -28, -33, -2, -40, -30, -28, -28, -18, 18, -51, -28, -40, -43, 11, -11, 66, 21, -60,
    24, -49, -33, -33, -28, 27, -5, -28, -47, -16, -37, -16, 14, -9, -62, 54, -25, -43, 37, -33,
    24, -51, 21, 11, 13, 12, -40, 30, -2, 13, 2, 8, -14, 51, -28, -7, -37, 24, -2, 33, 10, 10, 53,
    22, 33, -28, -40, -51, -58, -51, -19, -28, -9, 24, -40, 3, 37, -21, 2, 4, 30, -8, -25, -43,
    -33, -23, -28, 16, -20, 10, 19, 9, 14, -28, -72, 25, -2, -51, -38, -45, -45, -28, 18, -7, 29,
    -4, 9, -10, 24, -7, -23, -60, -9, 4, 9, -15, -33, -33, 24, 50, 29, 24, 42, 33, -33, 37, 79, 64,
    51, 33, 75, 4, -38, 4, 50, -70, -33, -28, -28, -28, 8, -2, -15, -28, 6, -4, -53, -65, 78, -28,
    24, 10, -28, 24, 32, -7, 3, 26, -14, 33, 29, 24, -51, -28, 19, -28, -52, -33, 5, 10, -2, -28,
    37, -49, -49, 37, -12, -28, 37, 24, 29, -10, 39, -33, -2, 29, -11, 4, -7, 24, 8, -40, -2, -28,
    29, 45, -40, 50, -37, -26, -5, 51, -15, -29, -22, 24, 24, 24, 24, -43, -60, 24, -66, -51, -28,
    24, -40, 24, 29, 24, 44, 24, 24, 33, -37, -19, -2, 12, -4, -4, -40, 37, 31, 7, 17, -6, -32, 33,
    24, -28, -28, -28, -74, -49, -49, -82, -37, 24, 45, -26, 2, 29, -11, 24, -40, -2, 8, 4, 19, 34,
    6, -28, 29, -14, -37, -33, -28, -33, -2, -37, 44, -43, 24, 6, -29, 24, -26, -37, 33, 24, -37,
    13, -33, -40, -2, -2, 37, -43, 42, 24, 47, 24, 37, -45, 44, -28, 19, -14, -23, 51, -28, -49,
    -76, 44, -64, -49, -33, -49, -61, -10, -45, -61, -42, -12, -58, -20, -23, -4, 58, 6, -60, -28,
    -57, 17, -28, -40, -28, -61, -2, -57, -28, 24, -31, -18, -37, 42, -28, -2, -2, -64, -2, -40,
    29, -52, -49, 11, -52, -49, -15, -19, -80, -28, -57, -33, -69, -37, -78, -43, -37, -37, 47,
    -40, -37, -28, 24, -40, -49, -2, 42, 39, 24, 29, 33, 33, 24, -11, 6, -14, -19, 6, -19, -2, -32,
    -7, -5, -36, 3, -45, -43, -19, 18, -33, -36, -36, -45, 37, -28, -10, 39, 67, -28, 37, 53, 24,
    15, 38, -18, -40, 66, -37, 39, 7, -47, 17, 18, 24, -28, -28, -33, -19, 44, -80, 2, 15, 24, 33,
    -52, -28, 27, -40, -60, -5, -9, 5, 25, -37, -33, -40, -33, -17, 9, 4, 29, -2, 29, -5, -2, -7,
    -14, 11, -74, -2, -53, -2, -3, 6, 17, -19, 29, -2, 2, 4, 8, 24, 33, -55, -34, -7, 18, 6, -33,
    -28, -2, 71, 13, 44, 39, -43, 30, -2, 39, 12, -30, -37, 24, 11, 23, -5, 5, -49, 20, -28, -7,
    32, 12, 29, 28, 39, 9, -40, 12, -63, -5, 2, 19, -8, -23, 21, -71, 68, -2, -7, -7, 39, 42, -28,
    -40, 42, 33, 39, 24, 62, 50, -10, 64, -6, 45, 52, -40, 6, -2, 69, -9, -28, 24, 24, -18, 44,
    -33, -68, -60, -59, -51, -28, -47, -45, -47, -28, -28, -28, -69, 24, -33, -33, -43, -52, -60,
    -37, 62, -40, -2, -10, 10, 22, -2, 24, -2, -33, -14, -33, 29, -28, -47, 24, -28, -2, -76, -28,
    -28, -47, -28, -40, -28, 20, -49, 5, -49, -40, -28, -33, 39, 17, 8, 24, 20, 49, -5, 71, -2, 44,
    -37, -19, -6, -40, 7, -30, -49, 9, -40, 45, -28, 42, 44, 16, -3, -28, 29, -37, -47, -28, -57,
    6, 44, 11, -19, -51, -56, 39, -33, 29, -28, 24, -33, -28, 3, 12, 47, 6, -57, 6, 38, -51, -37,
    -4, -37, -63, -2, -60, 54, -37, -6, -28, -33, -45, 8, 8, -53, -9, -28, 8, 29, -10, -28, -2, 51,
    33, -2, 24, 68, 8, -51, -79, -33, 48, 33, 39, 42, 29, 37, -2, -33, 3, 28, -2, -57, -25, 4, 15,
    6, 5, 24, -51, 37, -53, 16, 47, 24, 24, -11, -47, -14, -51, 37, -47, -6, 7, -40, 12, 3, -13,
    24, -28, -28, 11, 24, -37, 2, 5, 33, 24, 29, 13, 8, 44, 24, 15, -37, -9, 29, 24, 24, -2, 33,
    41, 2, -28, -45, -53, -11, -21, -37, -7, -28, 24, 5, 3, -7, 57, 33, -28, 29, -52, 12, -9, -7,
    -52, -10, 51, 33, 24, 39, 37, 24, 29, 24, 42, -2, 6, 16, 51, -7, 20, 24, -23, -7, 44, 29, -2,
    24, 12, -28, 9, 6, 6, -45, 29, -43, 10, 2, 9, -28, -33, -2, 30, -15, 24, 42, 9, -49, -59, -28,
    -28, -6, 45, 45, 11, -8, 29, 39, -58, -62, -49, -40, 47, 42, 13, -2, 19, 29, -46, 24, -5, -28,
    -40, -2, -43, -37, 16, 44, 33, -28, 29, 13, -61, 24, -72, 11, 33, 44, 10, -51, 6, -40, -37,
    -62, -28, -33, -37, -40, -28, -37, -49, 47, 68, -18, -2, 4, -37, 58, 24, -33, -7, -2, 12, 21,
    -37, -2, 45, -3, 30, -15, -65, -28, 47, 15, 29, 12, 26, -15, -2, -4, -2, 37, 17, 11, 10, -47,
    10, -28, -43, 19, 11, -10, -33, 37, 48, -37, 39, 51, -7, 37, 11, 2, 6, 6, -60, -15, -28, 24,
    24, 44, 60, 29, 44, 33, 33, 39, -28, -47, -37, -43, -28, -28, -2, -28, 24, 12, -33, -15, 29,
    39, 3, 12, -37, 42, 9, -33, -2, -2, -2, -10, 24, -55, -49, 37, 29, 5, -33, -45, -40, -77, 6,
    -18, 24, -43, 3, 26, 24, -2, -28, -40, 53, 4, 29, 33, 14, 69, 36, 47, 29, -2, -43, -51, -47,
    -28, -40, 5, -52, 6, -9, 11, 24, -19, 24, -47, 4, 24, -31, -4, 8, 29, 6, -16, 18, 6, -38, 5, 6,
    -47, 74, -2, 14, 32, 29, -2, 24, -40, -52, -60, -45, -43, -15, -28, -4, -59, -51, -14, 12, -37,
    -2, -65, 9, -2, -19, -4, 4, -68, 17, -51, 29, -19, 21, -2, -40, -57, 29, 63, 24, -11, 13, -14,
    24, -10, -22, -28, 24, -63, 24, -5, -26, -7, -2, 67, 24, -22, 16, 45, -52, 42, -48, 24, 51,
    -21, -71, 44, 7, 16, 3, 78, 24, 24, -42, -6, -74, -28, -28, -51, -47, -37, -66, -47, -40, 22,
    26, -28, -28, 24, 29, 39, -19, 24, -15, 16, 29, 24, -33, -10, -9, 19, 24, -51, 4, 12, 50, 12,
    4, -15, -11, 29, 24, 6, -45, 8, -2, -18, 4, 6, 72, -37, 24, -37, -2, 14, -28, -2, 24, 9, -2,
    11, 12, 79, 12, 8, -40, -10, -11, 11, 29, -40, -2, 14, 10, 58, 52, 8, -2, -2, -2, 7, 24, -2,
    24, 5, 53, -2, -28, -40, -40, 24, 24, 24, 24, 29, 33, 24, 24, 29, 67, 21, 46, 26, 33, 29, 33,
    37, -9, -14, -37, 17, 33, -4, -9, 14, 18, -40, 40, 37, -28, -28, 29, 19, 14, 24, 24, 42, 39,
    -6, -17, 5, 10, 24, 9, -27, -4, -6, -62, -19, -4, 42, 24, -12, 15, 8, -3, -33, 55, 9, 4, 58,
    11, -49, 33, -2, -40, -2, -28, -7, -33, 37, -2, -2, 2, -56, 12, -21, 12, 16, -11, -9, -12, 24,
    50, 26, -4, 37, 42, -52, -56, -40, -43, -49, 33, -33, 13, 24, 9, -28, 24, 42, -60, -2, 22, -32,
    -43, -37, -37, 37, 24, -45, -2, 3, 5, 16, -2, 57, -2, -37, 44, -9, 18, 5, -11, -6, -23, -10,
    -57, 24, 24, 24, 2, 21, -2, 24, 4, 33, -33, 16, -19, -2, 14, 29, -52, 24, 39, -52, 9, -28, -37,
    -33, 42, -2, -2, -33, 33, 29, -28, -18, 37, -10, 51, -37, -2, -28, -2, -28, 37, 6, 3, 16, -43,
    -81, -49, -45, -33, 33, 39, 47, 50, 24, 33, 44, 37, 24, 24, 42, 24, 55, 24, 45, 33, 29, 24, 55,
    42, 33, 37, -10, 24, -28, -43, 11, 22, 8, 12, 35, 24, -34, -28, -28, -40, -2, 6, -2, 5, -55, 6,
    -4, -53, -52, -28, 37, -9, 47, 3, 11, 26, 11, -33, 10, -43, 37, -28, -52, -47, -58, -37, -28,
    -68, 62, -34, -22, 11, 33, -6, -2, 12, -5, 4, 42, 42, 5, -2, -52, 24, -28, -28, -37, -28, -28,
    -11, -40, -37, -40, -43, -40, -40, -58, 7, 58, 11, -13, 26, 12, 17, 24, -2, -18, -40, -10, -40,
    24, 24, 52, -65, 25, 32, -28, 4, 10, -28, 14, 33, -8, -20, -6, -3, -28, -11, -4, -28, -14, -28,
    24, 33, -15, -33, -28, -2, -28, 38, 24, 8, -25, -33, -28, 9, 8, -33, -33, -28, 44, 39, 48, 29,
    24, -2, -28, 7, 21, -53, -15, 3, -2, 12, 3, -15, -14, -47, -29, 3, -12, -2, -57, -45, -15, -28,
    37, -4, 22, 6, -11, 19, 52, 33, -68, -78, -33, -109, -60, -66, -70, -37, -33, 33, 33, -43, 24,
    -19, 14, 22, 7, -33, -15, 2, 51, 8, 18, 21, -6, 29, -28, -51, -43, -37, -84, 24, -49, -19, 53,
    -25, 4, 24, -43, -37, -26, 42, -51, 6, 12, 32, 23, -6, -43, 42, 29, 2, -28, -40, 24, 3, -45,
    -28, 12, 24, 37, -15, 6, 5, 39, -2, -6, 24, -15, 24, -33, -28, -40, -75, -2, 77, 24, 33, 29,
    42, 39, 33, 42, -19, 37, 4, -12, 11, -10, 24, -2, -28, -28, 2, -40, 44, -9, 24, -14, 26, -12,
    2, -33, 70, -11, 33, 66, 12, 42, 15, 24, 29, 24, 24, 12, 24, -37, -81, 12, 24, 76, -15, -33,
    10, -2, 8, 29, 60, 51, 42, 24, 58, -38, -3, -70, 23, 24, -15, 24, 24, 11, -33, -33, -37, -12,
    39, -37, 29, 43, 33, -47, -35, 51, -51, -4, -49, -2, -59, 33, 16, -33, -28, 24, 6, 11, -2, 21,
    6, 8, -33, 4, -2, 24, 24, 25, 17, 8, 24, 22, -28, -28, 6, -37, -6, -2, 29, 14, -33, 33, 2, 29,
    21, -37, 5, 22, 39, -17, -43, 33, 24, 75, 24, 48, 33, 83, -28, 37, 45, 24, 33, 24, -2, 28, -2,
    22, -10, -37, 44, -32, 53, 45, -52, 42, 10, -19, 16, -13, -18, 48, -28, 57, 37, 10, -9, 60, 21,
    -23, -6, 12, 2, 11, 37, 24, 29, 33, 56, 55, 57, 57, 29, 52, 47, 47, 24, -40, 45, 33, 24, -28,
    -28, -52, -43, -51, -70, -59, -71, -28, -72, -49, -11, -51, -61, -28, -43, -49, -52, -33, -28,
    -57, -66, -65, -70, -40, -28, -75, -62, -33, -64, -33, -60, -28, -40, -28, -40, -47, -72, -60,
    -43, -28, -51, 24, -2, -28, -7, -28, -2, -40, 4, 12, -49, -28, 24, 16, 37, -33, -28, -59, -37,
    24, 50, -43, 33, 39, -33, -47, -15, -33, -2, -51, -28, -85, -2, -28, -28, -2, -10, -47, -37,
    -37, 24, -28, -28, -28, -28, -28, -2, 33, 24, 44, 37, 24, 29, 29, 24, 37, 29, 29, 37, 24, 24,
    39, 54, 47, 37, 55, 45, 42, 24, 37, 37, 29, 71, 54, 37, 29, 29, 24, 37, 42, 24, 24, 44, 37, 50,
    24, 33, 29, 29, 37, 29, 47, 24, 29, 24, 48, 29, 24, 29, 37, 37, 24, 29, 51, 51, 45, 48, 24, 24,
    52, 45, 42, 24, 24, 62, 37, 37, 33, 59, 42, 24, 24, 29, 37, 39, 29, 24, 33, 68, 57, 24, 42, 29,
    51, 52, 24, 29, 24, 24, 24, 33, 33, 42, 24, 29, 24, 24, 29, 24, 29, 29,
];
/// Word keys (up to ten 6-bit symbols), sorted.
static WORD_KEYS: [u64; 463] = [
    1,
    9,
    25,
    27,
    73,
    78,
    83,
    84,
    85,
    133,
    153,
    197,
    235,
    261,
    271,
    277,
    299,
    334,
    339,
    340,
    463,
    517,
    582,
    588,
    589,
    590,
    595,
    596,
    619,
    645,
    683,
    769,
    773,
    811,
    833,
    837,
    857,
    875,
    901,
    911,
    939,
    966,
    974,
    978,
    981,
    999,
    1217,
    1221,
    1225,
    1231,
    1259,
    1285,
    1295,
    1301,
    1323,
    1358,
    1360,
    1363,
    1409,
    1477,
    2756,
    2765,
    2771,
    2772,
    4876,
    4996,
    5011,
    5017,
    5253,
    5464,
    9166,
    9556,
    12366,
    12370,
    12627,
    12628,
    16473,
    16723,
    16964,
    16980,
    21380,
    21716,
    22085,
    24658,
    24919,
    25554,
    29012,
    29652,
    32836,
    32851,
    33106,
    33131,
    33357,
    33751,
    34121,
    37065,
    37651,
    38163,
    38187,
    38277,
    41033,
    49491,
    49492,
    50505,
    53326,
    53337,
    53582,
    53587,
    54217,
    54222,
    57687,
    58318,
    58323,
    58324,
    58327,
    61830,
    62212,
    62341,
    62356,
    62793,
    62802,
    62804,
    62926,
    65618,
    65619,
    65877,
    70981,
    70985,
    71019,
    77913,
    78149,
    78163,
    78341,
    78798,
    79186,
    82437,
    82889,
    82894,
    82895,
    83407,
    86917,
    87237,
    91091,
    94291,
    94297,
    94571,
    94735,
    94745,
    102739,
    102740,
    103381,
    128287,
    176908,
    177285,
    177541,
    287310,
    312527,
    352579,
    352602,
    356441,
    528587,
    545102,
    546004,
    561486,
    587016,
    791444,
    791467,
    807113,
    807681,
    808148,
    808280,
    819546,
    848709,
    1053587,
    1053957,
    1070424,
    1086597,
    1110355,
    1110612,
    1110915,
    1110932,
    1110955,
    1111502,
    1176219,
    1315016,
    1360645,
    1401166,
    1401170,
    1577556,
    1593676,
    1610629,
    1634899,
    1647565,
    1873285,
    1897412,
    2102148,
    2102661,
    2118789,
    2134472,
    2159429,
    2417935,
    2438036,
    2438059,
    2684242,
    2708692,
    2941911,
    3151060,
    3167531,
    3167570,
    3182981,
    3183301,
    3208071,
    3208339,
    3412229,
    3412563,
    3412677,
    3412889,
    3445637,
    3470469,
    3470548,
    3494088,
    3495124,
    3543877,
    3692052,
    3732819,
    3989701,
    3990297,
    4019347,
    4022610,
    4199572,
    4216148,
    4244819,
    4257106,
    4280915,
    4543052,
    4543433,
    4543438,
    4755790,
    4985412,
    4985605,
    4985669,
    4985747,
    5001549,
    5002369,
    5013867,
    5043013,
    5043092,
    5043539,
    5066952,
    5067347,
    5247685,
    5247892,
    5264140,
    5275726,
    5275732,
    5275981,
    5275982,
    5275993,
    5276243,
    5280581,
    5305683,
    5305684,
    5317584,
    5318675,
    5571534,
    5788819,
    5788825,
    5789012,
    5829524,
    5829971,
    6034324,
    6050572,
    6050708,
    6050949,
    6062164,
    6062414,
    6066956,
    6067464,
    6091691,
    6091915,
    6574162,
    6616402,
    6616427,
    8733011,
    8733829,
    11306313,
    17364308,
    18432338,
    18616910,
    19195081,
    19985555,
    20247431,
    20506565,
    21047315,
    21517227,
    22295886,
    22361289,
    22549076,
    22549396,
    22606418,
    22606739,
    37544837,
    51692293,
    51692873,
    51725573,
    52491461,
    54317893,
    54350596,
    69485460,
    69485483,
    87081299,
    87639173,
    89674905,
    100963461,
    103097556,
    104682372,
    122164100,
    122179668,
    135578383,
    135602539,
    173356117,
    201670994,
    202642644,
    202724499,
    219488457,
    220492308,
    222073747,
    236282194,
    238896261,
    253313358,
    256934226,
    268771525,
    271585477,
    272405396,
    290722692,
    304378388,
    306009349,
    320127950,
    321183941,
    322179852,
    324015365,
    324047628,
    335815429,
    336909331,
    337646867,
    337646891,
    337662546,
    337663109,
    337663173,
    337663595,
    337679239,
    337679243,
    337704133,
    339563781,
    340324947,
    356008274,
    356074060,
    373067977,
    373068571,
    373113989,
    386216875,
    387978539,
    387994757,
    388010184,
    388010757,
    388035333,
    388035781,
    389894916,
    423449733,
    525341268,
    1128854739,
    1278538964,
    1379750788,
    1426936709,
    1430606156,
    1430786644,
    1431311252,
    1431380307,
    2232218437,
    2233005189,
    2236694866,
    3241197892,
    3355776325,
    3359453523,
    3476636805,
    4383134291,
    4548014996,
    4548015019,
    4651831628,
    4652045191,
    5604439173,
    5607608776,
    8612516743,
    10004222726,
    10757608019,
    11094791531,
    12973330764,
    13041222405,
    15054492805,
    17267753733,
    17382511813,
    17532764739,
    19349406034,
    20489704020,
    20489761684,
    20539331332,
    20555563781,
    20656214355,
    21495300691,
    21609374419,
    21610439019,
    21611471315,
    21613072840,
    21732082003,
    21732529284,
    76254864596,
    81907683609,
    84008796498,
    91439846532,
    92360954772,
    142858343621,
    143149257038,
    153782646098,
    222486090644,
    222620042155,
    291140817812,
    566249218386,
    841046889797,
    841046889835,
    899045659077,
    978516480903,
    978536910933,
    1105116271508,
    1118926311762,
    1118927918443,
    1122216252741,
    1122216252779,
    1190866785605,
    1311346561221,
    1383236661780,
    1383285477832,
    1589227061586,
    1590549345620,
    1597009576875,
    2151797773204,
    5029609428115,
    5244293304776,
    5852150178091,
    9141117318480,
    52863884903173,
    53140847350547,
    61663000453196,
    62626362344197,
    71420258558725,
    71422391620180,
    71611284063365,
    76215592457166,
    84129101136811,
    89014442742931,
    2591565320033172,
    4557839848002707,
    4583803075220293,
    5414894314754951,
];
/// ln(P_fr / P_en) of each word, times 20.
static WORD_LR: [i8; 463] = [
    -16, -100, 92, 100, 71, -46, -92, -100, 100, -100, -100, 100, 100, 100, -93, 100, 100, 100, 71,
    100, -79, -100, -94, 100, -100, -100, -100, -100, -100, 92, 100, 100, 100, 100, 70, -5, -85,
    100, 100, -94, 100, -100, -25, -100, 100, 84, 100, 100, 100, -92, 100, 75, -100, 64, 100, 100,
    -91, -92, 71, -100, -100, -100, -100, -100, -100, -100, 87, -85, -100, 100, 60, -98, -92, 6,
    90, 75, -76, 100, -82, 80, -70, 100, -71, -68, -70, -100, -80, -69, -100, -95, -100, -100, -96,
    -76, 70, 73, 86, -89, -100, -100, 100, 100, -69, 100, -87, -86, -75, 80, 75, 81, -88, 28, 87,
    -100, -85, -70, -74, -100, 97, 100, -84, -93, -76, 100, 100, 83, 100, 100, 100, -77, -81, 100,
    -99, 40, 100, -100, 75, 14, -76, -86, 100, -78, 86, -100, -80, -100, -96, -69, -100, -67, -100,
    96, -100, -100, -100, 68, -82, 100, 72, -69, -81, -95, -70, 93, -74, -100, -100, 69, 81, 100,
    78, 82, -78, 100, 0, 91, 46, -67, 77, 84, 0, -100, -78, 79, -77, 100, -83, -72, 100, -67, -28,
    80, -100, -70, -76, -71, -100, -74, -72, -71, -90, -100, -100, 79, -77, -79, -73, -100, 99,
    -74, -85, -18, 77, -82, 98, -84, -82, -24, -94, -83, -80, -81, 91, -69, 100, -65, -89, -60,
    -84, -42, 93, 74, 92, 73, 100, 68, 100, 76, -91, -14, -73, 92, -66, 73, -100, -87, 100, 84,
    -84, 71, -77, 77, -68, -90, -100, -88, -87, -100, -100, -89, 84, 100, 73, 88, -66, 70, -75, 71,
    71, 100, -66, -79, -71, -100, -92, -97, -97, -100, -100, -78, -78, -79, -100, 72, 94, 100, -91,
    -82, -72, 79, 83, -69, 74, 88, -100, 69, 94, 88, 85, 80, 72, 67, 79, 79, 95, 70, 97, -88, -100,
    -100, 86, 91, -68, 89, -86, -71, 36, -75, -74, -100, 74, -68, -66, 99, 100, -72, 83, -73, 87,
    -65, -90, 69, -6, -8, 80, -68, 0, 77, -71, -71, -83, -75, 0, 81, -100, -100, -98, -99, -87,
    -100, -65, -73, -77, 82, 78, -74, -68, 74, 74, 87, -100, -100, -80, -100, -73, -66, -65, -98,
    -100, 73, -67, -67, -72, 69, 68, 72, 69, 90, -67, -81, -69, -67, 76, 70, 83, 85, -100, -100,
    68, -65, 85, -68, -67, -66, 77, 100, 68, -75, 0, -78, -100, 0, -66, 72, 73, -79, 0, 72, 69,
    -100, -100, -65, -69, 82, -65, -65, -66, -73, 70, 72, -78, -74, 100, 8, -100, 71, -72, 69, 100,
    0, -67, 75, 70, 75, 100, 69, 100, 76, 0, -71, -80, -69, -70, -100, 73, 70, -66, 100, 74, 68,
    68, -8, 75, 8, 70, 74, 0, -100, 76, -6, 69, 24, -70,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str) -> Language {
        detect(text).language
    }

    #[test]
    fn empty_and_blank_text_is_unknown() {
        for t in ["", " ", "\n\n", " / ", "...", "12345 678"] {
            let r = detect(t);
            assert_eq!(r.language, Language::Unknown, "{t:?}");
            assert!(r.segments.is_empty(), "{t:?}");
            assert_eq!((r.en_letters, r.fr_letters), (0, 0));
        }
    }

    #[test]
    fn emoji_and_other_scripts_are_unknown() {
        for t in [
            "🎉🎉🎉",
            "👍🏽 🇨🇦 ❤️‍🔥",
            "中文测试文本，很长很长的一句话。",
            "مرحبا بالعالم",
            "Привет мир",
        ] {
            assert_eq!(lang(t), Language::Unknown, "{t:?}");
        }
    }

    #[test]
    fn very_short_text_is_unknown() {
        for t in [
            "ok",
            "the",
            "nations",
            "market",
            "parc",
            "important",
            "Bon",
            "lol 😂",
        ] {
            assert_eq!(lang(t), Language::Unknown, "{t:?}");
        }
    }

    #[test]
    fn clear_greetings_may_be_named() {
        assert_eq!(lang("Bonjour!"), Language::Fr);
        assert_eq!(lang("Merci beaucoup"), Language::Fr);
        assert_eq!(lang("Thanks everyone"), Language::En);
    }

    #[test]
    fn plain_posts() {
        assert_eq!(
            lang("Join us Monday for the launch of the new park in our neighbourhood."),
            Language::En
        );
        assert_eq!(
            lang("Joignez-vous à nous lundi pour l'inauguration du nouveau parc du quartier."),
            Language::Fr
        );
        assert_eq!(
            lang("I can't wait to see what you're planning for the weekend!"),
            Language::En
        );
        assert_eq!(
            lang("Je n'ai pas encore vu le rapport, mais j'ai hâte de le lire."),
            Language::Fr
        );
    }

    #[test]
    fn bilingual_posts() {
        let posts = [
            "Join us Monday for the launch of the new park. / Joignez-vous à nous lundi pour l'inauguration du nouveau parc.",
            "The office will be closed on Friday for the holiday.\nLe bureau sera fermé vendredi en raison du congé.",
            "Thank you to all our volunteers for their hard work | Merci à tous nos bénévoles pour leur travail acharné",
            "Registration for the summer camp is now open. Les inscriptions au camp d'été sont maintenant ouvertes.",
            "Happy Canada Day to everyone celebrating today - Bonne fête du Canada à tous ceux qui célèbrent aujourd'hui",
        ];
        for p in posts {
            let r = detect(p);
            assert_eq!(r.language, Language::Bilingual, "{p:?} -> {r:?}");
            assert!(r.en_letters > 0 && r.fr_letters > 0);
            let langs: Vec<_> = r.segments.iter().map(|s| s.language).collect();
            assert!(
                langs.contains(&Language::En) && langs.contains(&Language::Fr),
                "{langs:?}"
            );
        }
    }

    #[test]
    fn segments_have_valid_offsets() {
        let p = "Hello everyone, welcome to the meeting. / Bienvenue à tous à la réunion d'aujourd'hui.";
        let r = detect(p);
        assert_eq!(r.segments.len(), 2);
        assert_eq!(
            &p[r.segments[0].start..r.segments[0].end],
            "Hello everyone, welcome to the meeting."
        );
        assert_eq!(
            &p[r.segments[1].start..r.segments[1].end],
            "Bienvenue à tous à la réunion d'aujourd'hui."
        );
        assert_eq!(r.segments[0].language, Language::En);
        assert_eq!(r.segments[1].language, Language::Fr);
    }

    #[test]
    fn english_post_quoting_a_french_name_stays_english() {
        let posts = [
            "Congratulations to Jean-François Bélanger, the new director of the Société de transport de Montréal, on his appointment.",
            "Great visit today to École Sainte-Marie-de-l'Incarnation with the students and their teachers.",
            "We had lunch at Café du Vieux-Port and then walked along the river to see the fireworks.",
        ];
        for p in posts {
            assert_eq!(lang(p), Language::En, "{p:?} -> {:?}", detect(p));
        }
    }

    #[test]
    fn urls_mentions_hashtags_and_emails_are_ignored() {
        // Without its French-looking extras, this is a short English post.
        let p = "Read the full report here https://www.canada.ca/fr/nouvelles-rapport.html #rapportannuel @MinistereDesFinances ecrivez-nous@gouv.qc.ca canada.ca/fr/ministere thanks for reading it all";
        assert_eq!(lang(p), Language::En, "{:?}", detect(p));
        let only_noise =
            "@premierministre #nouvelles https://quebec.ca/fr/ministere info@exemple.fr";
        let r = detect(only_noise);
        assert_eq!(r.language, Language::Unknown);
        assert!(r.segments.is_empty());
        assert_eq!(
            detect("#bonjour #merci @quebec").language,
            Language::Unknown
        );
    }

    #[test]
    fn letters_exclude_ignored_tokens() {
        let r = detect("hello @someone #tag www.example.com world 123");
        assert_eq!(r.segments.len(), 1);
        assert_eq!(r.segments[0].letters, 10);
    }

    #[test]
    fn decomposed_accents_are_read() {
        let composed =
            detect("Le comité a été créé à Québec l'été dernier pour étudier la sécurité.");
        let decomposed = detect(
            "Le comite\u{301} a e\u{301}te\u{301} cre\u{301}e\u{301} a\u{300} Que\u{301}bec l'e\u{301}te\u{301} dernier pour e\u{301}tudier la se\u{301}curite\u{301}.",
        );
        assert_eq!(composed.language, Language::Fr);
        assert_eq!(decomposed.language, Language::Fr);
    }

    #[test]
    fn no_panic_on_odd_unicode() {
        let odd = [
            "\u{301}\u{301}\u{300}",
            "e\u{301}\u{301}\u{301}'''''",
            "'''' ’’’ l' d' qu'",
            "a\u{200d}b\u{fe0f}c \u{2028} \u{2029} \u{85} x",
            "ＡＢＣ ＃タグ ＠名前 。！？",
            "שלום עולם hello מה שלומך",
            "\u{0} \u{7f} \u{feff} \u{fffd}",
            "ǅǆǇ ẞß ﬁ ﬂ İı",
        ];
        for t in odd {
            let r = detect(t);
            for s in &r.segments {
                assert!(t.get(s.start..s.end).is_some(), "{t:?} {s:?}");
            }
        }
    }

    #[test]
    fn huge_inputs_are_bounded_and_valid() {
        let mut big = String::new();
        while big.len() < 1_000_000 {
            big.push_str("The council met last night to discuss the budget and road repairs. ");
            big.push_str(
                "Le conseil s'est réuni hier soir pour discuter du budget et des routes.\n",
            );
        }
        let r = detect(&big);
        assert_eq!(r.language, Language::Bilingual);
        assert!(r
            .segments
            .iter()
            .all(|s| s.end <= big.len() && s.start < s.end));
        let one_word = "é".repeat(500_000);
        let r = detect(&one_word);
        assert_eq!(r.segments.len(), 1);
        assert_eq!(r.segments[0].letters, 500_000);
    }

    #[test]
    fn as_str_matches_serde_names() {
        assert_eq!(Language::En.as_str(), "en");
        assert_eq!(Language::Fr.as_str(), "fr");
        assert_eq!(Language::Bilingual.as_str(), "bilingual");
        assert_eq!(Language::Unknown.as_str(), "unknown");
    }
}
