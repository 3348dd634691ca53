//! The engine: runs the compiled rules (see [`crate::compiled`]) for one set of
//! [`Settings`]. The built-in packs are compiled at build time, so an engine for them
//! costs next to nothing to make: a table of the rules in force and a small index of the
//! user's own words (employer names, sensitive terms). Every phrase is looked up from the
//! word starts of the folded text; patterns run as ASCII regular expressions on the same
//! folded text, compiled on first use and skipped when the text lacks a byte they need.

use crate::compiled::{
    self, bytes_present, Compiled, PhraseEntry, Role, Slot, TermIndex, UserList, Words, RIGHT,
};
use crate::fold::{boundary_after, is_word_char, utf16_offsets, Folded};
use crate::lang::{self, Language, LanguageReport};
use crate::model::{Category, Finding, OfficialMode, Profile, Settings, Severity, UiLang};
use crate::pack::Scope;
use crate::pack::{Kind, PackDef, PackError};
use crate::packs;
use crate::sentence;
use crate::validators;
use regex::bytes::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

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
    /// Why it matters, in the UI language.
    pub message: String,
    /// Guide and section (the first of `sources`).
    pub source: String,
    /// Every guide and section that applies under the active profile.
    pub sources: Vec<String>,
    /// The profile's own guides are silent: `sources` are another jurisdiction's.
    pub source_fallback: bool,
}

/// The result of analysing one post.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Analysis {
    /// Language of the post.
    pub language: Language,
    /// Findings, sorted by position.
    pub findings: Vec<Finding>,
}

/// The compiled rules an engine runs, with their patterns' expressions.
#[derive(Debug)]
enum Rules {
    /// The built-in packs, compiled at build time (expressions shared by every engine).
    Builtin,
    /// Packs compiled at run time (extra packs), with their expressions.
    Custom(Box<Compiled>, Vec<OnceLock<Regex>>),
}

impl Rules {
    fn compiled(&self) -> &Compiled {
        match self {
            Rules::Builtin => &packs::BUILTIN_COMPILED,
            Rules::Custom(c, _) => c,
        }
    }

    fn regex(&self, i: usize) -> Option<&OnceLock<Regex>> {
        match self {
            Rules::Builtin => packs::BUILTIN_REGEXES.get(i),
            Rules::Custom(_, r) => r.get(i),
        }
    }
}

/// A compiled set of rules for one set of settings. Build once, analyse many times.
#[derive(Debug)]
pub struct Engine {
    settings: Settings,
    rules: Rules,
    /// Severity in force of every compiled rule; `None` for a rule that is off.
    active: Vec<Option<Severity>>,
    /// The user's employer names and sensitive terms.
    user: TermIndex,
}

/// A raw hit of a rule's term or pattern, in folded bytes, with the number of words that
/// start before its start (`ws`) and before its end (`we`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Hit {
    rule: u32,
    role: Role,
    start: usize,
    end: usize,
    ws: u32,
    we: u32,
    /// Index of the sentence that holds the start.
    sent: u32,
}

impl Engine {
    /// Makes an engine of the built-in packs plus `settings.extra_packs` for these settings.
    pub fn new(settings: Settings) -> Result<Engine, PackError> {
        if settings.extra_packs.is_empty() {
            return Engine::with_rules(settings, Rules::Builtin);
        }
        let mut packs = packs::builtin()?;
        for extra in &settings.extra_packs {
            let pack = crate::pack::parse_pack(&extra.name, &extra.text)?;
            packs::add_or_replace(&mut packs, pack);
        }
        Engine::from_packs(settings, &packs)
    }

    /// Compiles the given packs (already parsed) for these settings.
    pub fn from_packs(settings: Settings, packs: &[PackDef]) -> Result<Engine, PackError> {
        let (compiled, regexes) = compiled::compile(packs)?;
        let cells = regexes.into_iter().map(OnceLock::from).collect();
        Engine::with_rules(settings, Rules::Custom(Box::new(compiled), cells))
    }

    fn with_rules(settings: Settings, rules: Rules) -> Result<Engine, PackError> {
        let compiled = rules.compiled();
        let min = settings.min_severity.unwrap_or(Severity::Info);
        let active: Vec<Option<Severity>> = compiled
            .rules
            .iter()
            .map(|r| {
                if !r.has_profile(settings.profile)
                    || (r.election_only && !settings.election_period)
                    || settings.disabled_categories.contains(&r.category)
                    || settings.disabled_rules.iter().any(|d| *d == r.id)
                {
                    return None;
                }
                let severity = if settings.election_period {
                    r.election_severity
                } else {
                    r.severity
                };
                (severity >= min).then_some(severity)
            })
            .collect();
        let mut words: HashMap<String, Vec<Slot>> = HashMap::new();
        for u in compiled.user_slots.iter() {
            if active[usize::from(u.rule)].is_none() {
                continue;
            }
            let items = match u.list {
                UserList::Employer => &settings.employers,
                UserList::Terms => &settings.terms,
            };
            for text in compiled::user_phrases(items) {
                words.entry(text).or_default().push(Slot {
                    rule: u.rule,
                    role: u.role,
                    prefix: false,
                });
            }
        }
        let user = if words.is_empty() {
            TermIndex::empty()
        } else {
            TermIndex::build(words.into_iter().collect()).map_err(|message| PackError {
                file: "(settings)".into(),
                line: 0,
                rule: None,
                message: format!("cannot use the employer names and terms: {message}"),
            })?
        };
        Ok(Engine {
            settings,
            rules,
            active,
            user,
        })
    }

    /// The settings this engine was built for.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The rules in force, in pack order.
    pub fn rules(&self) -> Vec<RuleInfo> {
        let lang = self.settings.ui_lang;
        self.rules
            .compiled()
            .rules
            .iter()
            .zip(&self.active)
            .filter_map(|(r, a)| {
                a.map(|severity| RuleInfo {
                    id: r.id.to_string(),
                    category: r.category,
                    severity,
                    languages: r.languages.split(',').map(str::to_string).collect(),
                    title: pick(&r.title_en, &r.title_fr, lang).to_string(),
                    message: pick(&r.message_en, &r.message_fr, lang).to_string(),
                    source: self.sources(r).0.first().cloned().unwrap_or_default(),
                    sources: self.sources(r).0,
                    source_fallback: self.sources(r).1,
                })
            })
            .collect()
    }

    /// Analyses one post: its language and everything worth a second thought. Where two
    /// rules of one category flag the same span at different severities, only the more
    /// severe finding is kept.
    pub fn analyze(&self, text: &str) -> Analysis {
        let mut analysis = self.analyze_all(text);
        drop_weaker_twins(&mut analysis.findings);
        analysis
    }

    /// Like [`Engine::analyze`], but keeps every rule's finding (for rule tests).
    pub fn analyze_all(&self, text: &str) -> Analysis {
        let report = lang::detect(text);
        let folded = Folded::new(text);
        let words = Words::new(&folded.text);
        let mut hits = self.collect_hits(&folded.text, &words);
        let rules = &self.rules.compiled().rules;
        let needs_sentences = hits.iter().any(|h| {
            matches!(h.role, Role::Context | Role::Block)
                || rules[h.rule as usize].scope != Scope::Words
        });
        if needs_sentences {
            let breaks = sentence::breaks(&folded, text);
            for h in &mut hits {
                h.sent = sentence::index(&breaks, h.start);
            }
        }
        let mut spans: Vec<(u32, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            let rule = hits[i].rule;
            let mut j = i;
            while j < hits.len() && hits[j].rule == rule {
                j += 1;
            }
            self.rule_spans(rule, &hits[i..j], &mut spans);
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

    /// Hits of the phrase `p` found at `start` (word `ws`), one per slot of a rule in force.
    #[allow(clippy::too_many_arguments)]
    fn phrase_hits(
        &self,
        index: &TermIndex,
        p: &PhraseEntry,
        folded: &str,
        start: usize,
        ws: u32,
        hits: &mut Vec<Hit>,
    ) {
        let end = start + p.len as usize;
        let we = ws + u32::from(p.words);
        let mut right_ok = None;
        for slot in index.phrase_slots(p) {
            if self.active[usize::from(slot.rule)].is_none() {
                continue;
            }
            if slot.prefix {
                let to = word_end(folded, end);
                // A word that goes on after a phrase ending in a non-word character starts there.
                let extra = u32::from(to > end && p.flags & RIGHT == 0);
                hits.push(Hit {
                    rule: u32::from(slot.rule),
                    role: slot.role,
                    start,
                    end: to,
                    ws,
                    we: we + extra,
                    sent: 0,
                });
            } else if *right_ok
                .get_or_insert_with(|| p.flags & RIGHT == 0 || boundary_after(folded, end))
            {
                hits.push(Hit {
                    rule: u32::from(slot.rule),
                    role: slot.role,
                    start,
                    end,
                    ws,
                    we,
                    sent: 0,
                });
            }
        }
    }

    fn collect_hits(&self, folded: &str, words: &Words) -> Vec<Hit> {
        let compiled = self.rules.compiled();
        let mut hits = Vec::new();
        for index in [&compiled.terms, &self.user] {
            index.scan(folded, words, |p, start, ws| {
                self.phrase_hits(index, p, folded, start, ws, &mut hits)
            });
        }
        if !compiled.patterns.is_empty() {
            let haystack = folded.as_bytes();
            let present = bytes_present(haystack);
            for (i, p) in compiled.patterns.iter().enumerate() {
                if self.active[usize::from(p.rule)].is_none()
                    || (0..4).all(|k| p.gate[k] & present[k] == 0)
                {
                    continue;
                }
                let Some(cell) = self.rules.regex(i) else {
                    continue;
                };
                if cell.get().is_none() {
                    // Checked when the pack was compiled: this cannot fail.
                    if let Ok(r) = compiled::build_regex(&p.source) {
                        let _ = cell.set(r);
                    }
                }
                let Some(regex) = cell.get() else {
                    continue;
                };
                let rule = &compiled.rules[usize::from(p.rule)];
                let mut push = |start: usize, end: usize| {
                    if start == end {
                        return;
                    }
                    if rule.kind == Kind::Validator {
                        let matched = folded.get(start..end).unwrap_or("");
                        if !validators::check(rule.check.as_deref().unwrap_or(""), matched) {
                            return;
                        }
                    }
                    hits.push(Hit {
                        rule: u32::from(p.rule),
                        role: Role::Main,
                        start,
                        end,
                        ws: words.before(start),
                        we: words.before(end),
                        sent: 0,
                    });
                };
                for m in regex.find_iter(haystack) {
                    if !p.has_group {
                        push(m.start(), m.end());
                        continue;
                    }
                    // The fast search found the match; captures (slower) only run from there.
                    let group = regex
                        .captures_at(haystack, m.start())
                        .and_then(|c| c.name("m"));
                    if let Some(g) = group {
                        push(g.start(), g.end());
                    }
                }
            }
        }
        hits.sort_unstable();
        hits.dedup();
        hits
    }

    /// Turns one rule's hits (sorted by role, then position) into the spans it reports.
    fn rule_spans(&self, rule: u32, hits: &[Hit], out: &mut Vec<(u32, usize, usize)>) {
        let def = &self.rules.compiled().rules[rule as usize];
        let of = |role: Role| {
            let from = hits.partition_point(|h| h.role < role);
            let to = hits.partition_point(|h| h.role <= role);
            &hits[from..to]
        };
        let scope = def.scope;
        let candidates: Vec<Hit> = if def.kind == Kind::Proximity {
            let near = of(Role::Near);
            of(Role::To)
                .iter()
                .filter_map(|b| {
                    nearest_in(near, b, false, scope)
                        .filter(|(g, _)| *g <= def.within as usize)
                        .map(|(_, a)| {
                            let (first, last) = if a.start <= b.start { (a, b) } else { (b, a) };
                            let (to, we) = if a.end >= b.end {
                                (a.end, a.we)
                            } else {
                                (b.end, b.we)
                            };
                            Hit {
                                rule,
                                role: Role::Main,
                                start: first.start,
                                end: to,
                                ws: first.ws.min(last.ws),
                                we,
                                sent: first.sent,
                            }
                        })
                })
                .collect()
        } else {
            of(Role::Main).to_vec()
        };
        let except = of(Role::Except);
        let unless = of(Role::Unless);
        let requires = of(Role::Requires);
        let context = of(Role::Context);
        let block = of(Role::Block);
        let context_scope = if scope == Scope::Adjacent {
            Scope::Adjacent
        } else {
            Scope::Sentence
        };
        let mut kept: Vec<(usize, usize)> = candidates
            .into_iter()
            .filter(|c| {
                let before = except.partition_point(|x| x.start <= c.start);
                !except[..before]
                    .iter()
                    .rev()
                    .take(NEIGHBOURS)
                    .any(|x| c.end <= x.end)
            })
            .filter(|probe| {
                let blocked = nearest(unless, probe, true)
                    .is_some_and(|(g, _)| g <= def.unless_within as usize);
                let required = !def.requires
                    || nearest_in(requires, probe, true, scope)
                        .is_some_and(|(g, _)| g <= def.requires_within as usize);
                let corroborated =
                    !def.context || nearest_in(context, probe, true, context_scope).is_some();
                let blocked = blocked || nearest_in(block, probe, false, Scope::Sentence).is_some();
                !blocked && required && corroborated
            })
            .map(|c| (c.start, c.end))
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
            .filter_map(|(i, (&(rule, _, _), (s, e)))| {
                let severity = self.active[rule as usize]?;
                Some(self.finding(
                    rule as usize,
                    severity,
                    units[2 * i],
                    units[2 * i + 1],
                    text.get(s..e).unwrap_or(""),
                ))
            })
            .collect()
    }

    fn finding(
        &self,
        rule: usize,
        severity: Severity,
        start: usize,
        end: usize,
        excerpt: &str,
    ) -> Finding {
        let lang = self.settings.ui_lang;
        let r = &self.rules.compiled().rules[rule];
        let (sources, source_fallback) = self.sources(r);
        Finding {
            rule: r.id.to_string(),
            category: r.category,
            severity,
            start,
            end,
            excerpt: excerpt.to_string(),
            title: pick(&r.title_en, &r.title_fr, lang).to_string(),
            message: pick(&r.message_en, &r.message_fr, lang).to_string(),
            source: sources
                .first()
                .cloned()
                .unwrap_or_else(|| r.source.to_string()),
            sources,
            source_fallback,
        }
    }

    /// The sources of a rule under the active profile, and whether they are a fallback.
    fn sources(&self, r: &compiled::RuleMeta) -> (Vec<String>, bool) {
        let i = Profile::ALL
            .iter()
            .position(|&p| p == self.settings.profile)
            .unwrap_or(0);
        let mut list: Vec<String> = r.sources[i].lines().map(str::to_string).collect();
        if list.is_empty() {
            list = compiled::source_parts(&r.source);
        }
        if list.is_empty() {
            list.push(r.source.to_string());
        }
        (list, r.fallback >> i & 1 == 1)
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
        for (i, rule) in self.rules.compiled().rules.iter().enumerate() {
            let Some(severity) = self.active[i] else {
                continue;
            };
            if rule.kind != Kind::Builtin || !fires(rule.check.as_deref().unwrap_or("")) {
                continue;
            }
            let units = utf16_offsets(text, &[trimmed_start, trimmed_end]);
            out.push(self.finding(
                i,
                severity,
                units[0],
                units[1],
                text.get(trimmed_start..trimmed_end).unwrap_or(""),
            ));
        }
        out
    }
}

/// Removes, of two findings of one category on the same span with different severities,
/// the less severe one (`findings` sorted by position).
fn drop_weaker_twins(findings: &mut Vec<Finding>) {
    let mut i = 0;
    while i < findings.len() {
        let twin = findings[i + 1..]
            .iter()
            .take_while(|f| (f.start, f.end) == (findings[i].start, findings[i].end))
            .position(|f| f.category == findings[i].category && f.severity != findings[i].severity);
        match twin {
            Some(k) => {
                let j = i + 1 + k;
                let weaker = if findings[j].severity > findings[i].severity {
                    i
                } else {
                    j
                };
                findings.remove(weaker);
            }
            None => i += 1,
        }
    }
}

fn pick<'a>(en: &'a str, fr: &'a str, lang: UiLang) -> &'a str {
    match lang {
        UiLang::En => en,
        UiLang::Fr => fr,
    }
}

/// End of the word that contains byte `at` (for `prefix*` terms).
fn word_end(text: &str, at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    at + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())
}

/// How many hits on each side of a position are looked at to find the nearest one.
const NEIGHBOURS: usize = 4;

/// The hit of `list` (sorted by start) closest to `probe` in words, with its distance.
/// Overlapping hits count as distance 0 when `overlap_ok`, and are skipped otherwise.
fn nearest<'a>(list: &'a [Hit], probe: &Hit, overlap_ok: bool) -> Option<(usize, &'a Hit)> {
    let at = list.partition_point(|h| h.start < probe.start);
    let before = list[..at].iter().rev().take(NEIGHBOURS);
    let after = list[at..].iter().take(NEIGHBOURS);
    before
        .chain(after)
        .filter(|h| overlap_ok || !(h.start < probe.end && probe.start < h.end))
        .map(|h| (gap(h, probe), h))
        .min_by_key(|(g, _)| *g)
}

/// The hit of `list` closest to `probe` in words that the scope allows: any within the
/// word window for [`Scope::Words`], else only hits of the same sentence (or of the
/// sentences right before and after it, for [`Scope::Adjacent`]).
fn nearest_in<'a>(
    list: &'a [Hit],
    probe: &Hit,
    overlap_ok: bool,
    scope: Scope,
) -> Option<(usize, &'a Hit)> {
    let reach = match scope {
        Scope::Words => return nearest(list, probe, overlap_ok),
        Scope::Sentence => 0,
        Scope::Adjacent => 1,
    };
    // Hits are sorted by start, so by sentence too: only those of the sentences in reach.
    let lo = list.partition_point(|h| h.sent + reach < probe.sent);
    let hi = list.partition_point(|h| h.sent <= probe.sent + reach);
    list[lo..hi.max(lo)]
        .iter()
        .filter(|h| overlap_ok || !(h.start < probe.end && probe.start < h.end))
        .map(|h| (gap(h, probe), h))
        .min_by_key(|(g, _)| *g)
}

/// Number of words strictly between two hits (0 when they touch or overlap).
fn gap(a: &Hit, b: &Hit) -> usize {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    if second.start < first.end {
        return 0;
    }
    second.ws.saturating_sub(first.we) as usize
}
