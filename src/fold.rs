//! Folding: the text the rules are matched against. Lower case, accents removed,
//! typographic apostrophes and hyphens normalised, runs of white space collapsed to one
//! space; with a map from every folded byte back to the original text.

/// Text folded for matching, with the way back to the original.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The folded text (lower case, unaccented, single spaces).
    pub text: String,
    /// For each byte of `text`: byte offset in the original where its source character starts.
    starts: Vec<u32>,
    /// Length of the original text.
    original_len: usize,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut bytes: Vec<u8> = Vec::with_capacity(original.len());
        let mut starts: Vec<u32> = Vec::with_capacity(original.len());
        let mut last_was_space = false;
        let mut rest = original;
        let mut offset = 0usize;
        while !rest.is_empty() {
            // Fast path: a run of ASCII is folded byte by byte.
            let ascii = rest.bytes().take_while(u8::is_ascii).count();
            for (i, &b) in rest.as_bytes()[..ascii].iter().enumerate() {
                if b.is_ascii_whitespace() {
                    if last_was_space {
                        continue;
                    }
                    bytes.push(b' ');
                    last_was_space = true;
                } else {
                    bytes.push(b.to_ascii_lowercase());
                    last_was_space = false;
                }
                starts.push((offset + i) as u32);
            }
            offset += ascii;
            rest = &rest[ascii..];
            let Some(c) = rest.chars().next() else { break };
            let at = offset as u32;
            offset += c.len_utf8();
            rest = &rest[c.len_utf8()..];
            fold_char(c, at, &mut bytes, &mut starts, &mut last_was_space);
        }
        // Only whole characters were pushed, so this cannot fail; fall back to a lossy copy
        // rather than panic all the same.
        let text = String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Folded {
            text,
            starts,
            original_len: original.len(),
        }
    }

    /// Byte offset in the original text of the character behind folded byte `at`.
    pub fn original_at(&self, at: usize) -> Option<usize> {
        self.starts.get(at).map(|&b| b as usize)
    }

    /// Maps a folded byte range to the original byte range it came from.
    pub fn original_range(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        if start >= end || end > self.starts.len() || original.len() != self.original_len {
            let at = self.starts.get(start).copied().unwrap_or(0) as usize;
            return (at, at);
        }
        let first = self.starts[start] as usize;
        let last = self.starts[end - 1] as usize;
        let last_len = original
            .get(last..)
            .and_then(|s| s.chars().next())
            .map_or(0, char::len_utf8);
        let mut end = last + last_len;
        // Keep marks that belong to the last character (accents, variation selectors, skin
        // tones) inside the span, so a highlight never splits a character.
        if let Some(rest) = original.get(end..) {
            end += rest
                .chars()
                .take_while(|&c| {
                    matches!(c, '\u{0300}'..='\u{036f}' | '\u{fe00}'..='\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}')
                })
                .map(char::len_utf8)
                .sum::<usize>();
        }
        (first, end)
    }
}

/// Folds one non-ASCII character into `bytes`, recording where it came from.
fn fold_char(
    c: char,
    at: u32,
    bytes: &mut Vec<u8>,
    starts: &mut Vec<u32>,
    last_was_space: &mut bool,
) {
    let mut push = |f: char| {
        let mut buf = [0u8; 4];
        let encoded = f.encode_utf8(&mut buf).as_bytes();
        bytes.extend_from_slice(encoded);
        starts.extend(std::iter::repeat_n(at, encoded.len()));
    };
    if is_ignorable(c) {
        return;
    }
    if c.is_whitespace() {
        if !*last_was_space {
            push(' ');
            *last_was_space = true;
        }
        return;
    }
    *last_was_space = false;
    if let Some(p) = normalise_punctuation(c) {
        push(p);
        return;
    }
    for lower in c.to_lowercase() {
        if is_ignorable(lower) {
            continue;
        }
        match fold_letter(lower) {
            Some(s) => s.chars().for_each(&mut push),
            None => push(lower),
        }
    }
}

/// Characters that are dropped: combining accents (decomposed input), zero-width
/// characters and soft hyphens, which would otherwise split words invisibly.
fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{00ad}')
}

/// Typographic apostrophes and hyphens, mapped to their ASCII form.
fn normalise_punctuation(c: char) -> Option<char> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{00b4}' | '\u{2032}' => Some('\''),
        '\u{2010}' | '\u{2011}' => Some('-'),
        _ => None,
    }
}

/// Removes the accent of a lower-case Latin letter (and expands ligatures).
pub fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Full-width digits and letters are sometimes used to dodge filters.
        '０'..='９' | 'ａ'..='ｚ' => return fullwidth(c),
        _ => return None,
    })
}

fn fullwidth(c: char) -> Option<&'static str> {
    const ASCII: &str = "0123456789abcdefghijklmnopqrstuvwxyz";
    let i = match c {
        '０'..='９' => c as usize - '０' as usize,
        'ａ'..='ｚ' => 10 + c as usize - 'ａ' as usize,
        _ => return None,
    };
    ASCII.get(i..i + 1)
}

/// Folds a rule's own text (a term) the same way as posts, without the offset map.
pub fn fold_str(s: &str) -> String {
    Folded::new(s).text.trim().to_string()
}

/// True for characters that make up words: letters and digits of any script.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when a word boundary lies at byte `at` of `text` on its left side (the character
/// before is not a word character).
pub fn boundary_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_none_or(|c| !is_word_char(c))
}

/// True when the character starting at byte `at` of `text` is not a word character.
pub fn boundary_after(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_none_or(|c| !is_word_char(c))
}

/// Converts sorted-or-not byte offsets of `text` into UTF-16 offsets in one pass.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut result = vec![0; byte_offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut units = 0usize;
    for i in order {
        let target = byte_offsets[i];
        while let Some(&(at, c)) = chars.peek() {
            if at >= target {
                break;
            }
            units += c.len_utf16();
            chars.next();
        }
        result[i] = units;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces() {
        let f = Folded::new("Très  SECRET\u{2019}Défense\n\tŒuvre");
        assert_eq!(f.text, "tres secret'defense oeuvre");
    }

    #[test]
    fn maps_back_to_original() {
        let original = "Protégé  B 😀 ok";
        let f = Folded::new(original);
        let at = f.text.find("protege b").expect("found");
        let (s, e) = f.original_range(original, at, at + "protege b".len());
        assert_eq!(&original[s..e], "Protégé  B");
        let at = f.text.find("ok").expect("found");
        let (s, e) = f.original_range(original, at, at + 2);
        assert_eq!(&original[s..e], "ok");
    }

    #[test]
    fn decomposed_accents_and_zero_width_are_dropped() {
        assert_eq!(Folded::new("Prote\u{301}ge\u{301}").text, "protege");
        assert_eq!(Folded::new("se\u{200b}cret").text, "secret");
    }

    #[test]
    fn utf16_conversion_counts_surrogates() {
        let t = "a😀b";
        assert_eq!(utf16_offsets(t, &[5, 0, 1, 6]), vec![3, 0, 1, 4]);
    }

    #[test]
    fn boundaries() {
        assert!(boundary_before("l'employeur", 2));
        assert!(!boundary_before("xsecret", 1));
        assert!(boundary_after("secret!", 6));
        assert!(!boundary_after("secrets", 6));
    }
}
