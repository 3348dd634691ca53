//! The engine: compiles the active rules once for a set of [`Settings`], then analyses
//! posts. Every term of every rule goes into one Aho-Corasick automaton run over the
//! folded text; patterns run as ASCII regular expressions on the same folded text.

use crate::fold::{boundary_after, boundary_before, fold_str, is_word_char, utf16_offsets, Folded};
use crate::lang::{self, Language, LanguageReport};
use crate::model::{Category, Finding, OfficialMode, Settings, Severity, UiLang};
use crate::pack::{Kind, PackDef, PackError, RuleDef};
use crate::packs;
use crate::term::{self, Phrase};
use crate::validators;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::bytes::{Regex, RegexBuilder};
use std::collections::HashMap;
use std::rc::Rc;

/// What a term is for inside its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    Main,
    Near,
    To,
    Except,
    Unless,
    Requires,
}

/// One use of an automaton pattern by a rule.
#[derive(Debug, Clone, Copy)]
struct Slot {
    rule: u32,
    role: Role,
    prefix: bool,
}

/// A rule ready to run.
#[derive(Debug)]
struct CompiledRule {
    def: RuleDef,
    severity: Severity,
}

/// One regular expression of a `pattern` or `validator` rule.
#[derive(Debug)]
struct CompiledPattern {
    rule: u32,
    regex: Regex,
    /// Reports only the capture group named `m`.
    has_group: bool,
}

/// Summary of an active rule, for `reserve rules` and the options page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleInfo {
    /// Full id.
    pub id: String,
    /// Category.
    pub category: Category,
    /// Severity in force (election period included).
    pub severity: Severity,
    /// Languages the wording covers.
    pub languages: Vec<String>,
    /// Title in the UI language.
    pub title: String,
    /// Guide and section.
    pub source: String,
}

/// The result of analysing one post.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Analysis {
    /// Language of the post.
    pub language: Language,
    /// Findings, sorted by position.
    pub findings: Vec<Finding>,
}

/// A compiled set of rules for one set of settings. Build once, analyse many times.
#[derive(Debug)]
pub struct Engine {
    settings: Settings,
    rules: Vec<CompiledRule>,
    automaton: Option<AhoCorasick>,
    slots: Vec<Vec<Slot>>,
    /// Per automaton pattern: whether it starts / ends with a word character, i.e. needs
    /// a word boundary there ("qu'" and "📍" do not).
    edges: Vec<(bool, bool)>,
    needs_words: bool,
    patterns: Vec<CompiledPattern>,
}

/// A raw hit of a rule's term or pattern, in folded bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Hit {
    rule: u32,
    role: Role,
    start: usize,
    end: usize,
}

impl Engine {
    /// Compiles the built-in packs plus `settings.extra_packs` for these settings.
    pub fn new(settings: Settings) -> Result<Engine, PackError> {
        let mut packs = packs::builtin()?;
        for extra in &settings.extra_packs {
            let pack = crate::pack::parse_pack(&extra.name, &extra.text)?;
            packs::add_or_replace(&mut packs, pack);
        }
        Engine::from_packs(settings, &packs)
    }

    /// Compiles the given packs (already parsed) for these settings.
    pub fn from_packs(settings: Settings, packs: &[PackDef]) -> Result<Engine, PackError> {
        let min = settings.min_severity.unwrap_or(Severity::Info);
        let mut rules = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_ids: HashMap<String, usize> = HashMap::new();
        let mut slots: Vec<Vec<Slot>> = Vec::new();
        let mut needs_words = false;
        let mut list_cache = ListCache::new();
        let mut compiled_patterns = Vec::new();
        for pack in packs {
            for def in &pack.rules {
                if !def.profiles.contains(&settings.profile)
                    || (def.election_only && !settings.election_period)
                    || settings.disabled_categories.contains(&def.category)
                    || settings.disabled_rules.iter().any(|r| r == &def.id)
                {
                    continue;
                }
                let severity = if settings.election_period {
                    def.election_severity
                } else {
                    def.severity
                };
                if severity < min {
                    continue;
                }
                let err = |message: String| PackError {
                    file: def.file.clone(),
                    line: def.line,
                    rule: Some(def.id.clone()),
                    message,
                };
                let index = rules.len() as u32;
                let lists: [(&Vec<String>, Role); 6] = [
                    (&def.terms, Role::Main),
                    (&def.near, Role::Near),
                    (&def.to, Role::To),
                    (&def.except, Role::Except),
                    (&def.unless_near, Role::Unless),
                    (&def.requires_near, Role::Requires),
                ];
                for (terms, role) in lists {
                    if role != Role::Main && role != Role::Except && !terms.is_empty() {
                        needs_words = true;
                    }
                    for phrase in resolve_terms(terms, pack, packs, &settings, &mut list_cache)
                        .map_err(err)?
                    {
                        let id = match pattern_ids.get(&phrase.text) {
                            Some(&id) => id,
                            None => {
                                patterns.push(phrase.text.clone());
                                slots.push(Vec::new());
                                pattern_ids.insert(phrase.text.clone(), patterns.len() - 1);
                                patterns.len() - 1
                            }
                        };
                        slots[id].push(Slot {
                            rule: index,
                            role,
                            prefix: phrase.prefix,
                        });
                    }
                }
                for p in &def.patterns {
                    let regex = RegexBuilder::new(p)
                        .unicode(false)
                        .size_limit(1 << 22)
                        .build()
                        .map_err(|e| {
                            err(format!("bad pattern {p:?}: {}", first_line(&e.to_string())))
                        })?;
                    let has_group = regex.capture_names().any(|n| n == Some("m"));
                    compiled_patterns.push(CompiledPattern {
                        rule: index,
                        regex,
                        has_group,
                    });
                }
                rules.push(CompiledRule {
                    def: def.clone(),
                    severity,
                });
            }
        }
        let edges = patterns
            .iter()
            .map(|p| {
                (
                    p.chars().next().is_some_and(is_word_char),
                    p.chars().next_back().is_some_and(is_word_char),
                )
            })
            .collect();
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .map_err(|e| PackError {
                        file: "(rules)".into(),
                        line: 0,
                        rule: None,
                        message: format!("cannot compile the term lists: {e}"),
                    })?,
            )
        };
        Ok(Engine {
            settings,
            rules,
            automaton,
            slots,
            edges,
            needs_words,
            patterns: compiled_patterns,
        })
    }

    /// The settings this engine was built for.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The rules in force, in pack order.
    pub fn rules(&self) -> Vec<RuleInfo> {
        self.rules
            .iter()
            .map(|r| RuleInfo {
                id: r.def.id.clone(),
                category: r.def.category,
                severity: r.severity,
                languages: r.def.languages.clone(),
                title: pick(&r.def.title, self.settings.ui_lang).to_string(),
                source: r.def.source.clone(),
            })
            .collect()
    }

    /// Analyses one post: its language and everything worth a second thought.
    pub fn analyze(&self, text: &str) -> Analysis {
        let report = lang::detect(text);
        let folded = Folded::new(text);
        let hits = self.collect_hits(&folded.text);
        let words = if self.needs_words {
            word_starts(&folded.text)
        } else {
            Vec::new()
        };
        let mut spans: Vec<(u32, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            let rule = hits[i].rule;
            let mut j = i;
            while j < hits.len() && hits[j].rule == rule {
                j += 1;
            }
            self.rule_spans(rule, &hits[i..j], &words, &mut spans);
            i = j;
        }
        let mut findings = self.to_findings(text, &folded, spans);
        findings.extend(self.builtin_findings(text, &report));
        findings.sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
        Analysis {
            language: report.language,
            findings,
        }
    }

    fn collect_hits(&self, folded: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        if let Some(ac) = &self.automaton {
            for m in ac.find_overlapping_iter(folded) {
                let (start, end) = (m.start(), m.end());
                let id = m.pattern().as_usize();
                let (needs_left, needs_right) = self.edges[id];
                if needs_left && !boundary_before(folded, start) {
                    continue;
                }
                let right_ok = !needs_right || boundary_after(folded, end);
                for slot in &self.slots[id] {
                    if slot.prefix {
                        hits.push(Hit {
                            rule: slot.rule,
                            role: slot.role,
                            start,
                            end: word_end(folded, end),
                        });
                    } else if right_ok {
                        hits.push(Hit {
                            rule: slot.rule,
                            role: slot.role,
                            start,
                            end,
                        });
                    }
                }
            }
        }
        for p in &self.patterns {
            let rule = &self.rules[p.rule as usize];
            let mut push = |start: usize, end: usize| {
                if start == end {
                    return;
                }
                if rule.def.kind == Kind::Validator {
                    let matched = folded.get(start..end).unwrap_or("");
                    if !validators::check(rule.def.check.as_deref().unwrap_or(""), matched) {
                        return;
                    }
                }
                hits.push(Hit {
                    rule: p.rule,
                    role: Role::Main,
                    start,
                    end,
                });
            };
            let haystack = folded.as_bytes();
            for m in p.regex.find_iter(haystack) {
                if !p.has_group {
                    push(m.start(), m.end());
                    continue;
                }
                // The fast search found the match; captures (slower) only run from there.
                let group = p
                    .regex
                    .captures_at(haystack, m.start())
                    .and_then(|c| c.name("m"));
                if let Some(g) = group {
                    push(g.start(), g.end());
                }
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits
    }

    /// Turns one rule's hits (sorted by role, then position) into the spans it reports.
    fn rule_spans(
        &self,
        rule: u32,
        hits: &[Hit],
        words: &[usize],
        out: &mut Vec<(u32, usize, usize)>,
    ) {
        let def = &self.rules[rule as usize].def;
        let of = |role: Role| {
            let from = hits.partition_point(|h| h.role < role);
            let to = hits.partition_point(|h| h.role <= role);
            &hits[from..to]
        };
        let candidates: Vec<(usize, usize)> = if def.kind == Kind::Proximity {
            let near = of(Role::Near);
            of(Role::To)
                .iter()
                .filter_map(|b| {
                    nearest(near, b, words, false)
                        .filter(|(g, _)| *g <= def.within)
                        .map(|(_, a)| (a.start.min(b.start), a.end.max(b.end)))
                })
                .collect()
        } else {
            of(Role::Main).iter().map(|h| (h.start, h.end)).collect()
        };
        let except = of(Role::Except);
        let unless = of(Role::Unless);
        let requires = of(Role::Requires);
        let mut kept: Vec<(usize, usize)> = candidates
            .into_iter()
            .filter(|&(s, e)| {
                let before = except.partition_point(|x| x.start <= s);
                !except[..before]
                    .iter()
                    .rev()
                    .take(NEIGHBOURS)
                    .any(|x| e <= x.end)
            })
            .filter(|&(s, e)| {
                let probe = Hit {
                    rule,
                    role: Role::Main,
                    start: s,
                    end: e,
                };
                let blocked = nearest(unless, &probe, words, true)
                    .is_some_and(|(g, _)| g <= def.unless_within);
                let required = def.requires_near.is_empty()
                    || nearest(requires, &probe, words, true)
                        .is_some_and(|(g, _)| g <= def.requires_within);
                !blocked && required
            })
            .collect();
        kept.sort_unstable();
        // Merge overlapping spans of the same rule into one finding.
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (s, e) in kept {
            match merged.last_mut() {
                Some(last) if s < last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        out.extend(merged.into_iter().map(|(s, e)| (rule, s, e)));
    }

    fn to_findings(
        &self,
        text: &str,
        folded: &Folded,
        spans: Vec<(u32, usize, usize)>,
    ) -> Vec<Finding> {
        let ranges: Vec<(usize, usize)> = spans
            .iter()
            .map(|&(_, s, e)| folded.original_range(text, s, e))
            .collect();
        let bytes: Vec<usize> = ranges.iter().flat_map(|&(s, e)| [s, e]).collect();
        let units = utf16_offsets(text, &bytes);
        spans
            .iter()
            .zip(ranges)
            .enumerate()
            .map(|(i, (&(rule, _, _), (s, e)))| {
                self.finding(
                    &self.rules[rule as usize],
                    units[2 * i],
                    units[2 * i + 1],
                    text.get(s..e).unwrap_or(""),
                )
            })
            .collect()
    }

    fn finding(&self, rule: &CompiledRule, start: usize, end: usize, excerpt: &str) -> Finding {
        let lang = self.settings.ui_lang;
        Finding {
            rule: rule.def.id.clone(),
            category: rule.def.category,
            severity: rule.severity,
            start,
            end,
            excerpt: excerpt.to_string(),
            title: pick(&rule.def.title, lang).to_string(),
            message: pick(&rule.def.message, lang).to_string(),
            source: rule.def.source.clone(),
        }
    }

    /// The official-languages checks, whose logic lives here and wording in the packs.
    fn builtin_findings(&self, text: &str, report: &LanguageReport) -> Vec<Finding> {
        let Some(mode) = self.settings.official else {
            return Vec::new();
        };
        let lang = report.language;
        let fires = |check: &str| match check {
            "official-missing-fr" => mode == OfficialMode::Bilingual && lang == Language::En,
            "official-missing-en" => mode == OfficialMode::Bilingual && lang == Language::Fr,
            "official-wrong-language" => matches!(
                (mode, lang),
                (OfficialMode::En, Language::Fr | Language::Bilingual)
                    | (OfficialMode::Fr, Language::En | Language::Bilingual)
            ),
            "official-counterpart" => {
                matches!(
                    (mode, lang),
                    (OfficialMode::En, Language::En) | (OfficialMode::Fr, Language::Fr)
                )
            }
            _ => false,
        };
        let trimmed_start = text.len() - text.trim_start().len();
        let trimmed_end = text.trim_end().len();
        let mut out = Vec::new();
        for rule in &self.rules {
            if rule.def.kind != Kind::Builtin || !fires(rule.def.check.as_deref().unwrap_or("")) {
                continue;
            }
            let units = utf16_offsets(text, &[trimmed_start, trimmed_end]);
            out.push(self.finding(
                rule,
                units[0],
                units[1],
                text.get(trimmed_start..trimmed_end).unwrap_or(""),
            ));
        }
        out
    }
}

fn pick(b: &crate::pack::Bilingual, lang: UiLang) -> &str {
    match lang {
        UiLang::En => &b.en,
        UiLang::Fr => &b.fr,
    }
}

fn first_line(s: &str) -> String {
    s.lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or(s)
        .trim()
        .to_string()
}

/// Lists already expanded, keyed by (defining pack, list name): a list used by many
/// rules is expanded and folded once per engine.
type ListCache = HashMap<(String, String), Rc<Vec<Phrase>>>;

/// Expands a rule's term list: `@lists` (which may name other lists), the user's
/// employer names and sensitive terms.
fn resolve_terms(
    terms: &[String],
    pack: &PackDef,
    packs: &[PackDef],
    settings: &Settings,
    cache: &mut ListCache,
) -> Result<Vec<Phrase>, String> {
    let mut out = Vec::new();
    resolve_into(terms, pack, packs, settings, cache, 0, &mut out)?;
    Ok(out)
}

/// How deep lists may name lists before it is taken for a cycle.
const MAX_LIST_DEPTH: usize = 8;

fn resolve_into(
    terms: &[String],
    pack: &PackDef,
    packs: &[PackDef],
    settings: &Settings,
    cache: &mut ListCache,
    depth: usize,
    out: &mut Vec<Phrase>,
) -> Result<(), String> {
    if depth > MAX_LIST_DEPTH {
        return Err("lists name each other in a cycle (or nest deeper than 8)".into());
    }
    for t in terms {
        let Some(name) = t.strip_prefix('@') else {
            out.extend(term::expand(t)?);
            continue;
        };
        match name {
            "employer" => out.extend(literal_phrases(&settings.employers)),
            "terms" => out.extend(literal_phrases(&settings.terms)),
            _ => {
                let owner = if pack.lists.contains_key(name) {
                    pack
                } else {
                    packs
                        .iter()
                        .find(|p| p.lists.contains_key(name))
                        .ok_or_else(|| format!("unknown list \"@{name}\""))?
                };
                let key = (owner.id.clone(), name.to_string());
                if let Some(done) = cache.get(&key) {
                    out.extend(done.iter().cloned());
                    continue;
                }
                let items = owner.lists.get(name).map(Vec::as_slice).unwrap_or(&[]);
                let mut expanded = Vec::new();
                resolve_into(
                    items,
                    owner,
                    packs,
                    settings,
                    cache,
                    depth + 1,
                    &mut expanded,
                )
                .map_err(|e| format!("in list @{name}: {e}"))?;
                out.extend(expanded.iter().cloned());
                cache.insert(key, Rc::new(expanded));
            }
        }
    }
    Ok(())
}

/// The user's own words are taken literally (no term syntax), folded like posts.
fn literal_phrases(items: &[String]) -> Vec<Phrase> {
    items
        .iter()
        .map(|s| fold_str(s))
        .filter(|s| s.chars().any(is_word_char))
        .map(|text| Phrase {
            text,
            prefix: false,
        })
        .collect()
}

/// End of the word that contains byte `at` (for `prefix*` terms).
fn word_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())
}

/// Byte offsets where words start in the folded text.
fn word_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let w = is_word_char(c);
        if w && !in_word {
            starts.push(i);
        }
        in_word = w;
    }
    starts
}

/// How many hits on each side of a position are looked at to find the nearest one.
const NEIGHBOURS: usize = 4;

/// The hit of `list` (sorted by start) closest to `probe` in words, with its distance.
/// Overlapping hits count as distance 0 when `overlap_ok`, and are skipped otherwise.
fn nearest<'a>(
    list: &'a [Hit],
    probe: &Hit,
    words: &[usize],
    overlap_ok: bool,
) -> Option<(usize, &'a Hit)> {
    let at = list.partition_point(|h| h.start < probe.start);
    let before = list[..at].iter().rev().take(NEIGHBOURS);
    let after = list[at..].iter().take(NEIGHBOURS);
    before
        .chain(after)
        .filter(|h| overlap_ok || !(h.start < probe.end && probe.start < h.end))
        .map(|h| (gap(words, h, probe), h))
        .min_by_key(|(g, _)| *g)
}

/// Number of words strictly between two hits (0 when they touch or overlap).
fn gap(words: &[usize], a: &Hit, b: &Hit) -> usize {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    if second.start < first.end {
        return 0;
    }
    let from = words_before(words, first.end);
    let to = words_before(words, second.start);
    to.saturating_sub(from)
}

/// Number of words that start before byte `at`.
fn words_before(words: &[usize], at: usize) -> usize {
    words.partition_point(|&w| w < at)
}
