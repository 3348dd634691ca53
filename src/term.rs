//! The term syntax of rule packs: `(optional)`, `{alt,ernatives}` and a trailing `*`
//! for "any word continuation". A term expands to a few concrete folded phrases.

use crate::fold::fold_str;

/// Most phrases one term may expand to; more is almost certainly a mistake in the pack.
const MAX_EXPANSIONS: usize = 512;
/// Deepest nesting of `(…)` and `{…}` in one term: the parser recurses once per level, so a
/// pack must not be able to choose the depth.
const MAX_NESTING: usize = 8;

/// One concrete phrase to look for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// Folded text of the phrase.
    pub text: String,
    /// The last word may continue (`incompeten*`): no word boundary needed on the right.
    pub prefix: bool,
}

#[derive(Debug, Clone)]
enum Part {
    Literal(String),
    Optional(Vec<Part>),
    Alternatives(Vec<Vec<Part>>),
}

/// How a term is quoted in an error: whole when short, else its first characters and "…", so a
/// hostile pack cannot make one error line as long as the pack.
fn shown(term: &str) -> String {
    const MAX_CHARS: usize = 40;
    match term.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}…", &term[..cut]),
        None => term.to_string(),
    }
}

/// Expands a term into its folded phrases, or says what is wrong with it.
pub fn expand(term: &str) -> Result<Vec<Phrase>, String> {
    let quoted = shown(term);
    let chars: Vec<char> = term.chars().collect();
    let mut at = 0;
    let parts =
        parse_sequence(&chars, &mut at, None, 0).map_err(|e| format!("term \"{quoted}\": {e}"))?;
    if at != chars.len() {
        return Err(format!("unbalanced bracket in term \"{quoted}\""));
    }
    let mut raw = vec![String::new()];
    expand_parts(&parts, &mut raw, &quoted)?;
    let mut phrases: Vec<Phrase> = Vec::new();
    for r in raw {
        let (body, prefix) = match r.trim_end().strip_suffix('*') {
            Some(b) => (b.to_string(), true),
            None => (r, false),
        };
        if body.contains('*') {
            return Err(format!("'*' may only end a term, in \"{quoted}\""));
        }
        let text = fold_str(&body);
        if text.is_empty() {
            continue;
        }
        let p = Phrase { text, prefix };
        if !phrases.contains(&p) {
            phrases.push(p);
        }
    }
    if phrases.is_empty() {
        return Err(format!("term \"{quoted}\" matches nothing"));
    }
    Ok(phrases)
}

fn parse_sequence(
    chars: &[char],
    at: &mut usize,
    close: Option<char>,
    depth: usize,
) -> Result<Vec<Part>, String> {
    if depth > MAX_NESTING {
        return Err(format!("brackets nested more than {MAX_NESTING} deep"));
    }
    let mut parts = Vec::new();
    let mut literal = String::new();
    while *at < chars.len() {
        let c = chars[*at];
        match c {
            '(' | '{' => {
                if !literal.is_empty() {
                    parts.push(Part::Literal(std::mem::take(&mut literal)));
                }
                *at += 1;
                if c == '(' {
                    let inner = parse_sequence(chars, at, Some(')'), depth + 1)?;
                    parts.push(Part::Optional(inner));
                } else {
                    let mut alternatives = Vec::new();
                    loop {
                        let alt = parse_sequence(chars, at, Some('}'), depth + 1)?;
                        alternatives.push(alt);
                        // parse_sequence stops on ',' or '}' (already consumed).
                        if chars.get(*at - 1) == Some(&'}') {
                            break;
                        }
                    }
                    parts.push(Part::Alternatives(alternatives));
                }
            }
            ')' | '}' => {
                if close != Some(c) {
                    return Err(format!("unexpected '{c}'"));
                }
                *at += 1;
                if !literal.is_empty() {
                    parts.push(Part::Literal(literal));
                }
                return Ok(parts);
            }
            ',' if close == Some('}') => {
                *at += 1;
                if !literal.is_empty() {
                    parts.push(Part::Literal(literal));
                }
                return Ok(parts);
            }
            _ => {
                literal.push(c);
                *at += 1;
            }
        }
    }
    if let Some(c) = close {
        return Err(format!("missing '{c}'"));
    }
    if !literal.is_empty() {
        parts.push(Part::Literal(literal));
    }
    Ok(parts)
}

fn expand_parts(parts: &[Part], acc: &mut Vec<String>, term: &str) -> Result<(), String> {
    for part in parts {
        match part {
            Part::Literal(s) => acc.iter_mut().for_each(|a| a.push_str(s)),
            Part::Optional(inner) => {
                let mut with = acc.clone();
                expand_parts(inner, &mut with, term)?;
                acc.extend(with);
            }
            Part::Alternatives(alts) => {
                let mut next = Vec::new();
                for alt in alts {
                    let mut branch = acc.clone();
                    expand_parts(alt, &mut branch, term)?;
                    next.extend(branch);
                }
                *acc = next;
            }
        }
        if acc.len() > MAX_EXPANSIONS {
            return Err(format!(
                "term \"{term}\" expands to more than {MAX_EXPANSIONS} phrases"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(term: &str) -> Vec<String> {
        let mut v: Vec<String> = expand(term)
            .expect("valid")
            .into_iter()
            .map(|p| p.text)
            .collect();
        v.sort();
        v
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = format!("{}x{}", "(".repeat(100_000), ")".repeat(100_000));
        let err = expand(&deep).expect_err("too deep");
        assert!(err.contains("nested more than 8 deep"), "{err}");
        assert!(err.chars().count() < 120, "the term is shortened: {err}");
        assert_eq!(texts("a(b(c(d(e(f(g(h)))))))").len(), 8);
    }

    #[test]
    fn optional_and_alternatives() {
        assert_eq!(
            texts("polici{er,ère}(s)"),
            vec!["policier", "policiere", "policieres", "policiers"]
        );
        assert_eq!(texts("protected {a,b}"), vec!["protected a", "protected b"]);
        assert_eq!(texts("agent{,e}"), vec!["agent", "agente"]);
    }

    #[test]
    fn prefix_star() {
        let p = expand("Incompéten*").expect("valid");
        assert_eq!(
            p,
            vec![Phrase {
                text: "incompeten".into(),
                prefix: true
            }]
        );
    }

    #[test]
    fn errors_are_explained() {
        assert!(expand("abc(def").unwrap_err().contains("missing ')'"));
        assert!(expand("a*b").unwrap_err().contains("'*'"));
        assert!(expand("a}").is_err());
    }
}
