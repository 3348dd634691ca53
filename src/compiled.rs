//! The compiled form of rule packs: every rule's metadata, every term expanded and folded
//! into one index of phrases, and every pattern with a cheap byte gate.
//!
//! `build.rs` includes this module, compiles the built-in packs with [`compile`] and embeds
//! the result as static tables, so starting an engine with the built-in packs parses and
//! expands nothing. An organisation's extra packs go through the same [`compile`] at run
//! time; both paths give the same [`Compiled`] value (a test checks it).
//!
//! Phrases are found from word starts: almost every phrase begins with a word character, so
//! it can only match where a word starts. At each word start the matcher hashes the text's
//! first word, then the first two words, and so on, for as long as some phrase goes on
//! (`Node::cont`); each hit of the hash table names the phrases to compare byte by byte.
//! Phrases whose last word may continue (`incompeten*`) hang on the node of the words
//! before it, or, for one-word phrases, on a bucket of their first byte. Phrases that begin
//! with another character (`📍`, `#tag`) are looked up by their first byte anywhere.

use crate::fold::{fold_str, is_word_char};
use crate::model::{Category, Profile, Severity};
use crate::pack::{Kind, PackDef, PackError, RuleDef, Scope};
use crate::term::{self, Phrase};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Text of the compiled form: borrowed from static tables or owned.
pub type Text = Cow<'static, str>;
/// A table of the compiled form: borrowed from static tables or owned.
pub type Table<T> = Cow<'static, [T]>;

/// What a term is for inside its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// `terms`: what the rule reports.
    Main,
    /// `near`: proximity list A.
    Near,
    /// `to`: proximity list B.
    To,
    /// `except`: a phrase that cancels a match it contains.
    Except,
    /// `unless_near`: cancels a match nearby.
    Unless,
    /// `requires_near`: needed nearby.
    Requires,
    /// `corroboration`: needed in the same sentence.
    Context,
    /// `unless_in_sentence`: cancels a match in the same sentence.
    Block,
}

/// One use of a phrase by a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    /// Index of the rule in [`Compiled::rules`].
    pub rule: u16,
    /// What the phrase is for.
    pub role: Role,
    /// The last word may continue (`prefix*`).
    pub prefix: bool,
}

/// The user's own word lists a rule refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UserList {
    /// `@employer`: employer names and aliases.
    Employer,
    /// `@terms`: sensitive terms.
    Terms,
}

/// A rule's use of one of the user's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UserSlot {
    /// Which list.
    pub list: UserList,
    /// Index of the rule in [`Compiled::rules`].
    pub rule: u16,
    /// What the list is for in the rule.
    pub role: Role,
}

/// What the engine needs of a rule at run time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleMeta {
    /// Full id, `pack.rule`.
    pub id: Text,
    /// Category.
    pub category: Category,
    /// Severity outside an election period.
    pub severity: Severity,
    /// Severity during an election period.
    pub election_severity: Severity,
    /// Runs only during an election period.
    pub election_only: bool,
    /// Languages the wording covers, comma-separated, as written (`"fr,en"`).
    pub languages: Text,
    /// Matching method.
    pub kind: Kind,
    /// Title in English.
    pub title_en: Text,
    /// Title in French.
    pub title_fr: Text,
    /// Message in English.
    pub message_en: Text,
    /// Message in French.
    pub message_fr: Text,
    /// Guide and section.
    pub source: Text,
    /// Checksum or builtin check name.
    pub check: Option<Text>,
    /// Proximity window in words.
    pub within: u32,
    /// Window for `unless_near`.
    pub unless_within: u32,
    /// Window for `requires_near`.
    pub requires_within: u32,
    /// The rule has a `requires_near` list (even one that resolves to nothing).
    pub requires: bool,
    /// The rule has a `corroboration` list (even one that resolves to nothing).
    pub context: bool,
    /// Profiles the rule runs under: bit `i` for `Profile::ALL[i]`.
    pub profiles: u8,
    /// How far apart the halves of the rule may be.
    pub scope: Scope,
    /// Guides and sections that apply under each profile (`Profile::ALL` order), one per
    /// line: the rule's `sources.<profile>`, else the parts of `source` from that profile's
    /// own guides, else every part of `source` (a fallback, see `fallback`). Empty when
    /// they are every part of `source` (see [`source_parts`]).
    pub sources: [Text; 3],
    /// Bit `i` set: under `Profile::ALL[i]` the profile's guides are silent and the sources
    /// are another jurisdiction's.
    pub fallback: u8,
}

impl RuleMeta {
    /// Whether the rule runs under `profile`.
    pub fn has_profile(&self, profile: Profile) -> bool {
        self.profiles & profile_bit(profile) != 0
    }
}

/// Bit of a profile in [`RuleMeta::profiles`].
pub fn profile_bit(profile: Profile) -> u8 {
    let i = Profile::ALL.iter().position(|&p| p == profile).unwrap_or(0);
    1 << i
}

/// A regular expression of a `pattern` or `validator` rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternMeta {
    /// Index of the rule in [`Compiled::rules`].
    pub rule: u16,
    /// The expression, as written.
    pub source: Text,
    /// Reports only the capture group named `m`.
    pub has_group: bool,
    /// Every match holds at least one of these bytes (bit `b` of the 256-bit set): a text
    /// without any of them is not searched.
    pub gate: [u64; 4],
}

/// A phrase of the term index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseEntry {
    /// Byte offset of its text in [`TermIndex::text`].
    pub start: u32,
    /// Byte length of its text.
    pub len: u16,
    /// First of its slots in [`TermIndex::slots`].
    pub first_slot: u32,
    /// Number of its slots.
    pub slots: u16,
    /// Word starts inside the phrase.
    pub words: u8,
    /// [`LEFT`] and [`RIGHT`].
    pub flags: u8,
}

/// [`PhraseEntry::flags`]: begins with a word character (needs a word boundary before it).
pub const LEFT: u8 = 1;
/// [`PhraseEntry::flags`]: ends with a word character (needs a word boundary after it,
/// unless it is used as a prefix).
pub const RIGHT: u8 = 2;

/// A node of the term index: the first words of some phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Node {
    /// Byte offset of the key in [`TermIndex::text`].
    pub key_start: u32,
    /// Byte length of the key.
    pub key_len: u32,
    /// First of its phrases in [`TermIndex::phrases`].
    pub first: u32,
    /// Phrases that end with these words (or with a non-word tail after them).
    pub terminal: u32,
    /// Phrases that follow these words with one word that may continue (`a b*`).
    pub prefixed: u32,
    /// Some phrase goes on with more words.
    pub cont: bool,
}

/// Every phrase of a set of rules, indexed for matching at word starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermIndex {
    /// Every phrase's text, end to end.
    pub text: Text,
    /// The phrases: by node, then the first-byte buckets.
    pub phrases: Table<PhraseEntry>,
    /// The slots of every phrase.
    pub slots: Table<Slot>,
    /// Nodes, by key.
    pub nodes: Table<Node>,
    /// Open-addressing hash table of the nodes: `(node + 1) << 8 | top 8 bits of the
    /// hash`, 0 for an empty place. Its length is a power of two.
    pub table: Table<u32>,
    /// One-word prefix phrases by first byte: `[first, end)` in `phrases` (256 entries, or
    /// none at all).
    pub word_lead: Table<[u32; 2]>,
    /// Phrases that do not begin with a word character, by first byte (256 entries, or
    /// none at all).
    pub anywhere: Table<[u32; 2]>,
}

/// The compiled form of a set of packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// Every rule, in pack order.
    pub rules: Table<RuleMeta>,
    /// Every pattern, by rule.
    pub patterns: Table<PatternMeta>,
    /// Every phrase of every rule.
    pub terms: TermIndex,
    /// Uses of the user's `@employer` and `@terms`.
    pub user_slots: Table<UserSlot>,
}

/// Starting value of [`hash_extend`] (FNV-1a).
pub const HASH_START: u32 = 0x811c_9dc5;

/// Hash (FNV-1a, 32 bits) of a key, continued over `bytes`.
#[inline]
pub fn hash_extend(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Byte ranges of the runs of word characters in `s`.
fn word_runs(s: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                runs.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        runs.push((a, s.len()));
    }
    runs
}

/// Where a phrase is kept in the index.
enum Place {
    /// Terminal phrase of the node with this key.
    Terminal(usize),
    /// Prefixed phrase of the node whose key is the phrase up to this byte.
    Prefixed(usize),
    /// One-word prefix phrase: bucket of its first byte.
    WordLead,
    /// Begins with a non-word character: bucket of its first byte.
    Anywhere,
}

#[derive(Default)]
struct NodeBuild {
    terminal: Vec<usize>,
    prefixed: Vec<usize>,
    cont: bool,
    /// A phrase whose text begins with the key.
    origin: usize,
}

impl TermIndex {
    /// An index of nothing.
    pub fn empty() -> TermIndex {
        TermIndex {
            text: Cow::Borrowed(""),
            phrases: Cow::Borrowed(&[]),
            slots: Cow::Borrowed(&[]),
            nodes: Cow::Borrowed(&[]),
            table: Cow::Borrowed(&[]),
            word_lead: Cow::Borrowed(&[]),
            anywhere: Cow::Borrowed(&[]),
        }
    }

    /// Indexes phrases (folded, non-empty, distinct) with their slots.
    pub fn build(mut entries: Vec<(String, Vec<Slot>)>) -> Result<TermIndex, String> {
        entries.retain(|(t, s)| !t.is_empty() && !s.is_empty());
        entries.sort();
        entries.dedup_by(|a, b| a.0 == b.0);
        for (_, slots) in &mut entries {
            slots.sort_unstable();
            slots.dedup();
        }
        let mut nodes: BTreeMap<String, NodeBuild> = BTreeMap::new();
        let mut lead: Vec<Vec<usize>> = vec![Vec::new(); 256];
        let mut anywhere: Vec<Vec<usize>> = vec![Vec::new(); 256];
        for (i, (text, slots)) in entries.iter().enumerate() {
            let runs = word_runs(text);
            let first_word = text.chars().next().is_some_and(is_word_char);
            let last_word = text.chars().next_back().is_some_and(is_word_char);
            let prefix = last_word && slots.iter().any(|s| s.prefix);
            let place = if !first_word {
                Place::Anywhere
            } else if prefix && runs.len() == 1 {
                Place::WordLead
            } else if prefix {
                Place::Prefixed(runs.len() - 2)
            } else {
                Place::Terminal(runs.len() - 1)
            };
            let byte = usize::from(text.as_bytes()[0]);
            let (last, prefixed) = match place {
                Place::Anywhere => {
                    anywhere[byte].push(i);
                    continue;
                }
                Place::WordLead => {
                    lead[byte].push(i);
                    continue;
                }
                Place::Terminal(k) => (k, false),
                Place::Prefixed(k) => (k, true),
            };
            for (k, run) in runs.iter().enumerate().take(last + 1) {
                let node = nodes.entry(text[..run.1].to_string()).or_default();
                if node.terminal.is_empty() && node.prefixed.is_empty() && !node.cont {
                    node.origin = i;
                }
                if k < last {
                    node.cont = true;
                } else if prefixed {
                    node.prefixed.push(i);
                } else {
                    node.terminal.push(i);
                }
            }
        }
        // Lay out the phrases: by node, then the buckets.
        let mut blob = String::new();
        let mut offsets = vec![0u32; entries.len()];
        for (i, (text, _)) in entries.iter().enumerate() {
            offsets[i] = to_u32(blob.len())?;
            blob.push_str(text);
        }
        let mut phrases = Vec::with_capacity(entries.len());
        let mut slots = Vec::new();
        let mut push_phrase = |i: usize, phrases: &mut Vec<PhraseEntry>| -> Result<(), String> {
            let (text, s) = &entries[i];
            let mut flags = 0;
            if text.chars().next().is_some_and(is_word_char) {
                flags |= LEFT;
            }
            if text.chars().next_back().is_some_and(is_word_char) {
                flags |= RIGHT;
            }
            phrases.push(PhraseEntry {
                start: offsets[i],
                len: u16::try_from(text.len())
                    .map_err(|_| format!("phrase too long: {text:.40}"))?,
                first_slot: to_u32(slots.len())?,
                slots: u16::try_from(s.len())
                    .map_err(|_| "too many rules share a phrase".to_string())?,
                words: u8::try_from(word_runs(text).len())
                    .map_err(|_| format!("phrase of more than 255 words: {text:.40}"))?,
                flags,
            });
            slots.extend_from_slice(s);
            Ok(())
        };
        let mut node_list = Vec::with_capacity(nodes.len());
        let mut keys = Vec::with_capacity(nodes.len());
        for (key, n) in &nodes {
            let first = to_u32(phrases.len())?;
            for &i in n.terminal.iter().chain(&n.prefixed) {
                push_phrase(i, &mut phrases)?;
            }
            node_list.push(Node {
                key_start: offsets[n.origin],
                key_len: to_u32(key.len())?,
                first,
                terminal: to_u32(n.terminal.len())?,
                prefixed: to_u32(n.prefixed.len())?,
                cont: n.cont,
            });
            keys.push(key.as_str());
        }
        let mut buckets = |lists: &[Vec<usize>],
                           phrases: &mut Vec<PhraseEntry>|
         -> Result<Vec<[u32; 2]>, String> {
            if lists.iter().all(Vec::is_empty) {
                return Ok(Vec::new());
            }
            let mut ranges = Vec::with_capacity(256);
            for list in lists {
                let first = to_u32(phrases.len())?;
                for &i in list {
                    push_phrase(i, phrases)?;
                }
                ranges.push([first, to_u32(phrases.len())?]);
            }
            Ok(ranges)
        };
        let word_lead = buckets(&lead, &mut phrases)?;
        let anywhere = buckets(&anywhere, &mut phrases)?;
        if node_list.len() >= 1 << 24 {
            return Err("too many phrases".into());
        }
        let mut table = Vec::new();
        if !node_list.is_empty() {
            let size = (node_list.len() * 2).next_power_of_two().max(8);
            table = vec![0u32; size];
            for (n, key) in keys.iter().enumerate() {
                let h = hash_extend(HASH_START, key.as_bytes());
                let mut at = h as usize & (size - 1);
                while table[at] != 0 {
                    at = (at + 1) & (size - 1);
                }
                table[at] = ((n as u32 + 1) << 8) | (h >> 24);
            }
        }
        Ok(TermIndex {
            text: Cow::Owned(blob),
            phrases: Cow::Owned(phrases),
            slots: Cow::Owned(slots),
            nodes: Cow::Owned(node_list),
            table: Cow::Owned(table),
            word_lead: Cow::Owned(word_lead),
            anywhere: Cow::Owned(anywhere),
        })
    }

    /// The node whose key is `key` (of hash `h`).
    #[inline]
    fn node(&self, h: u32, key: &[u8]) -> Option<&Node> {
        let table = &self.table[..];
        if table.is_empty() {
            return None;
        }
        let mask = table.len() - 1;
        let tag = h >> 24;
        let mut at = h as usize & mask;
        loop {
            let e = table[at];
            if e == 0 {
                return None;
            }
            if e & 0xff == tag {
                let node = &self.nodes[(e >> 8) as usize - 1];
                if node.key_len as usize == key.len()
                    && self
                        .text
                        .as_bytes()
                        .get(node.key_start as usize..)?
                        .get(..key.len())
                        == Some(key)
                {
                    return Some(node);
                }
            }
            at = (at + 1) & mask;
        }
    }

    /// The text of a phrase.
    #[inline]
    pub fn phrase_text(&self, p: &PhraseEntry) -> &[u8] {
        let start = p.start as usize;
        self.text
            .as_bytes()
            .get(start..start + p.len as usize)
            .unwrap_or(&[])
    }

    /// The slots of a phrase.
    #[inline]
    pub fn phrase_slots(&self, p: &PhraseEntry) -> &[Slot] {
        let start = p.first_slot as usize;
        self.slots
            .get(start..start + p.slots as usize)
            .unwrap_or(&[])
    }

    /// Calls `found(phrase, start, word)` for every occurrence in `text` (folded) of a
    /// phrase, at a word start for phrases that begin with a word character, anywhere for
    /// the others; `word` is the number of words of `text` that start before `start`.
    /// A phrase that ends with a word character and is never used as a prefix is only
    /// reported where a word of the text ends with it; other word boundaries after the
    /// phrase are left to the caller.
    pub fn scan(&self, text: &str, words: &Words, mut found: impl FnMut(&PhraseEntry, usize, u32)) {
        let bytes = text.as_bytes();
        let check = |p: &PhraseEntry, at: usize| {
            bytes
                .get(at..at + p.len as usize)
                .is_some_and(|t| t == self.phrase_text(p))
        };
        if !self.nodes.is_empty() || !self.word_lead.is_empty() {
            for (w, &(s, e)) in words.spans.iter().enumerate() {
                let (s, e) = (s as usize, e as usize);
                if let Some(&[a, b]) = self.word_lead.get(usize::from(bytes[s])) {
                    for p in &self.phrases[a as usize..b as usize] {
                        if check(p, s) {
                            found(p, s, w as u32);
                        }
                    }
                }
                let mut h = hash_extend(HASH_START, &bytes[s..e]);
                let mut end = e;
                let mut next = w + 1;
                while let Some(node) = self.node(h, &bytes[s..end]) {
                    let first = node.first as usize;
                    let count = (node.terminal + node.prefixed) as usize;
                    for p in &self.phrases[first..first + count] {
                        if check(p, s) {
                            found(p, s, w as u32);
                        }
                    }
                    if !node.cont {
                        break;
                    }
                    let Some(&(_, e2)) = words.spans.get(next) else {
                        break;
                    };
                    h = hash_extend(h, &bytes[end..e2 as usize]);
                    end = e2 as usize;
                    next += 1;
                }
            }
        }
        if !self.anywhere.is_empty() {
            for (at, &b) in bytes.iter().enumerate() {
                let [a, z] = self.anywhere[usize::from(b)];
                if a == z {
                    continue;
                }
                for p in &self.phrases[a as usize..z as usize] {
                    if check(p, at) {
                        found(p, at, words.before(at));
                    }
                }
            }
        }
    }
}

/// The words of a folded text.
#[derive(Debug, Clone, Default)]
pub struct Words {
    /// Byte ranges of the runs of word characters, in order.
    pub spans: Vec<(u32, u32)>,
}

impl Words {
    /// Finds the words of `text`.
    pub fn new(text: &str) -> Words {
        let bytes = text.as_bytes();
        let mut spans = Vec::with_capacity(text.len() / 5 + 1);
        let mut start: Option<usize> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (word, len) = if b < 0x80 {
                (b.is_ascii_alphanumeric() || b == b'_', 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (is_word_char(c), c.len_utf8())
            };
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(a)) => {
                    spans.push((a as u32, i as u32));
                    start = None;
                }
                _ => {}
            }
            i += len;
        }
        if let Some(a) = start {
            spans.push((a as u32, bytes.len() as u32));
        }
        Words { spans }
    }

    /// Number of words that start before byte `at`.
    pub fn before(&self, at: usize) -> u32 {
        self.spans.partition_point(|&(s, _)| (s as usize) < at) as u32
    }

    /// End of the word that goes on at byte `at` (`at` itself when no word goes on there).
    pub fn end_at(&self, at: usize) -> usize {
        let i = self.spans.partition_point(|&(_, e)| (e as usize) <= at);
        match self.spans.get(i) {
            Some(&(s, e)) if (s as usize) <= at => e as usize,
            _ => at,
        }
    }
}

fn to_u32(n: usize) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| "the rules are too large".to_string())
}

/// How deep lists may name lists before it is taken for a cycle.
const MAX_LIST_DEPTH: usize = 8;

/// A term list, expanded.
#[derive(Debug, Default, Clone)]
struct Resolved {
    phrases: Vec<Phrase>,
    employer: bool,
    terms: bool,
}

impl Resolved {
    fn extend(&mut self, other: &Resolved) {
        self.phrases.extend(other.phrases.iter().cloned());
        self.employer |= other.employer;
        self.terms |= other.terms;
    }
}

/// Lists already expanded, keyed by (defining pack, list name).
type ListCache = HashMap<(String, String), Rc<Resolved>>;

fn resolve_into(
    terms: &[String],
    pack: &PackDef,
    packs: &[PackDef],
    cache: &mut ListCache,
    depth: usize,
    out: &mut Resolved,
) -> Result<(), String> {
    if depth > MAX_LIST_DEPTH {
        return Err("lists name each other in a cycle (or nest deeper than 8)".into());
    }
    for t in terms {
        let Some(name) = t.strip_prefix('@') else {
            out.phrases.extend(term::expand(t)?);
            continue;
        };
        match name {
            "employer" => out.employer = true,
            "terms" => out.terms = true,
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
                    out.extend(done);
                    continue;
                }
                let items = owner.lists.get(name).map(Vec::as_slice).unwrap_or(&[]);
                let mut expanded = Resolved::default();
                resolve_into(items, owner, packs, cache, depth + 1, &mut expanded)
                    .map_err(|e| format!("in list @{name}: {e}"))?;
                out.extend(&expanded);
                cache.insert(key, Rc::new(expanded));
            }
        }
    }
    Ok(())
}

/// Last non-blank line of an error message.
fn first_line(s: &str) -> String {
    s.lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or(s)
        .trim()
        .to_string()
}

/// Compiles a pattern the way the engine runs it: bytes, ASCII classes and `\b`.
pub fn build_regex(source: &str) -> Result<regex::bytes::Regex, regex::Error> {
    regex::bytes::RegexBuilder::new(source)
        .unicode(false)
        .size_limit(1 << 22)
        .build()
}

/// Compiles every rule of `packs`, checking every term list and pattern. Also gives the
/// patterns' compiled expressions (in [`Compiled::patterns`] order).
pub fn compile(packs: &[PackDef]) -> Result<(Compiled, Vec<regex::bytes::Regex>), PackError> {
    let mut rules = Vec::new();
    let mut patterns = Vec::new();
    let mut regexes = Vec::new();
    let mut phrases: HashMap<String, Vec<Slot>> = HashMap::new();
    let mut user_slots = Vec::new();
    let mut cache = ListCache::new();
    for pack in packs {
        for def in &pack.rules {
            let err_at = |key: &str, message: String| PackError {
                file: def.file.clone(),
                line: def.key_lines.get(key).copied().unwrap_or(def.line),
                rule: Some(def.id.clone()),
                message,
            };
            let err = |message: String| err_at("", message);
            let index =
                u16::try_from(rules.len()).map_err(|_| err("too many rules".to_string()))?;
            let lists: [(&Vec<String>, Role, &str); 8] = [
                (&def.terms, Role::Main, "terms"),
                (&def.near, Role::Near, "near"),
                (&def.to, Role::To, "to"),
                (&def.except, Role::Except, "except"),
                (&def.unless_near, Role::Unless, "unless_near"),
                (&def.requires_near, Role::Requires, "requires_near"),
                (&def.corroboration, Role::Context, "corroboration"),
                (&def.unless_in_sentence, Role::Block, "unless_in_sentence"),
            ];
            for (terms, role, key) in lists {
                let mut resolved = Resolved::default();
                resolve_into(terms, pack, packs, &mut cache, 0, &mut resolved)
                    .map_err(|m| err_at(key, m))?;
                for p in resolved.phrases {
                    phrases.entry(p.text).or_default().push(Slot {
                        rule: index,
                        role,
                        prefix: p.prefix,
                    });
                }
                for (used, list) in [
                    (resolved.employer, UserList::Employer),
                    (resolved.terms, UserList::Terms),
                ] {
                    if used {
                        user_slots.push(UserSlot {
                            list,
                            rule: index,
                            role,
                        });
                    }
                }
            }
            for p in &def.patterns {
                let regex = build_regex(p).map_err(|e| {
                    err_at(
                        "patterns",
                        format!("bad pattern {p:?}: {}", first_line(&e.to_string())),
                    )
                })?;
                patterns.push(PatternMeta {
                    rule: index,
                    source: Cow::Owned(p.clone()),
                    has_group: regex.capture_names().any(|n| n == Some("m")),
                    gate: gate(p),
                });
                regexes.push(regex);
            }
            rules.push(rule_meta(def));
        }
    }
    user_slots.sort_unstable();
    user_slots.dedup();
    let terms = TermIndex::build(phrases.into_iter().collect()).map_err(|message| PackError {
        file: "(rules)".into(),
        line: 0,
        rule: None,
        message: format!("cannot compile the term lists: {message}"),
    })?;
    let compiled = Compiled {
        rules: Cow::Owned(rules),
        patterns: Cow::Owned(patterns),
        terms,
        user_slots: Cow::Owned(user_slots),
    };
    Ok((compiled, regexes))
}

fn rule_meta(def: &RuleDef) -> RuleMeta {
    let profiles = def.profiles.iter().fold(0, |m, &p| m | profile_bit(p));
    RuleMeta {
        id: Cow::Owned(def.id.clone()),
        category: def.category,
        severity: def.severity,
        election_severity: def.election_severity,
        election_only: def.election_only,
        languages: Cow::Owned(def.languages.join(",")),
        kind: def.kind,
        title_en: Cow::Owned(def.title.en.clone()),
        title_fr: Cow::Owned(def.title.fr.clone()),
        message_en: Cow::Owned(def.message.en.clone()),
        message_fr: Cow::Owned(def.message.fr.clone()),
        source: Cow::Owned(def.source.clone()),
        check: def.check.clone().map(Cow::Owned),
        within: def.within.try_into().unwrap_or(u32::MAX),
        unless_within: def.unless_within.try_into().unwrap_or(u32::MAX),
        requires_within: def.requires_within.try_into().unwrap_or(u32::MAX),
        requires: !def.requires_near.is_empty(),
        context: !def.corroboration.is_empty(),
        profiles,
        scope: def.scope,
        sources: [0, 1, 2].map(|i| {
            let list = profile_sources(def, i).0;
            // Empty stands for "every part of `source`", the most common case: kept once.
            if list == source_parts(&def.source) {
                Cow::Borrowed("")
            } else {
                Cow::Owned(list.join("\n"))
            }
        }),
        fallback: (0..3).fold(0, |m, i| m | (u8::from(profile_sources(def, i).1) << i)),
    }
}

/// The guide files of each profile's own jurisdiction, in `Profile::ALL` order.
pub const PROFILE_GUIDES: [&[&str]; 3] = [&["001_", "003_"], &["000_", "002_"], &["004_"]];

/// The parts of a `source` text: one per guide cited (`"004_… § A; 000_… § B"`).
pub fn source_parts(source: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for piece in source.split(';') {
        let t = piece.trim();
        let cites_guide = t.len() > 4
            && t.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && t.as_bytes()[3] == b'_';
        match parts.last_mut() {
            Some(last) if !cites_guide => {
                last.push_str("; ");
                last.push_str(t);
            }
            _ if !t.is_empty() => parts.push(t.to_string()),
            _ => {}
        }
    }
    parts
}

/// The sources of a rule under `Profile::ALL[i]`, and whether they are a fallback.
fn profile_sources(def: &RuleDef, i: usize) -> (Vec<String>, bool) {
    if let Some(own) = def.sources.get(i).filter(|v| !v.is_empty()) {
        let fallback = !own
            .iter()
            .any(|s| PROFILE_GUIDES[i].iter().any(|g| s.starts_with(g)));
        return (own.clone(), fallback);
    }
    let parts = source_parts(&def.source);
    let mine: Vec<String> = parts
        .iter()
        .filter(|s| PROFILE_GUIDES[i].iter().any(|g| s.starts_with(g)))
        .cloned()
        .collect();
    if mine.is_empty() {
        (parts, true)
    } else {
        (mine, false)
    }
}

/// The user's words (employer names or sensitive terms), folded, taken literally; those
/// without any word character are dropped.
pub fn user_phrases(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|s| fold_str(s))
        .filter(|s| s.chars().any(is_word_char))
        .collect()
}

/// A set of bytes, one bit each.
type ByteSet = [u64; 4];

const ALL_BYTES: ByteSet = [u64::MAX; 4];

/// Bytes of which every match of `source` holds at least one (every byte when unknown).
pub fn gate(source: &str) -> ByteSet {
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(source);
    match hir {
        Ok(h) => required(&h).unwrap_or(ALL_BYTES),
        Err(_) => ALL_BYTES,
    }
}

/// How common the bytes of a set are in posts (lower is rarer, a better gate).
fn commonness(set: &ByteSet) -> u32 {
    (0..=255u8)
        .filter(|&b| set[usize::from(b >> 6)] >> (b & 63) & 1 == 1)
        .map(|b| match b {
            b' ' => 40,
            b'a' | b'e' | b'i' | b'n' | b'o' | b'r' | b's' | b't' | b'u' | b'l' => 12,
            b'a'..=b'z' => 6,
            b'0'..=b'9' => 2,
            _ => 1,
        })
        .sum()
}

fn with_byte(mut set: ByteSet, b: u8) -> ByteSet {
    set[usize::from(b >> 6)] |= 1 << (b & 63);
    set
}

/// A set of bytes one of which every match of `hir` holds, if one is known.
fn required(hir: &regex_syntax::hir::Hir) -> Option<ByteSet> {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => None,
        HirKind::Literal(lit) => lit
            .0
            .iter()
            .map(|&b| with_byte([0; 4], b))
            .min_by_key(commonness),
        HirKind::Class(Class::Bytes(c)) => {
            let mut set = [0u64; 4];
            for r in c.ranges() {
                for b in r.start()..=r.end() {
                    set = with_byte(set, b);
                }
            }
            Some(set)
        }
        HirKind::Class(Class::Unicode(c)) => {
            let mut set = [0u64; 4];
            for r in c.ranges() {
                for ch in r.start()..=r.end() {
                    if (ch as u32) < 0x80 {
                        set = with_byte(set, ch as u8);
                    } else {
                        // Any non-ASCII character: every lead byte.
                        set[2] = u64::MAX;
                        set[3] = u64::MAX;
                        break;
                    }
                }
            }
            Some(set)
        }
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Repetition(_) => None,
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Concat(parts) => parts.iter().filter_map(required).min_by_key(commonness),
        HirKind::Alternation(alts) => {
            let mut set = [0u64; 4];
            for a in alts {
                let s = required(a)?;
                for i in 0..4 {
                    set[i] |= s[i];
                }
            }
            Some(set)
        }
    }
}

/// The set of bytes present in `text`.
pub fn bytes_present(text: &[u8]) -> ByteSet {
    let mut seen = [false; 256];
    for &b in text {
        seen[usize::from(b)] = true;
    }
    let mut set = [0u64; 4];
    for (b, &s) in seen.iter().enumerate() {
        if s {
            set[b >> 6] |= 1 << (b & 63);
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(rule: u16, prefix: bool) -> Slot {
        Slot {
            rule,
            role: Role::Main,
            prefix,
        }
    }

    fn find(index: &TermIndex, text: &str) -> Vec<(String, usize)> {
        let words = Words::new(text);
        let mut out = Vec::new();
        index.scan(text, &words, |p, at, _| {
            out.push((
                String::from_utf8_lossy(index.phrase_text(p)).into_owned(),
                at,
            ))
        });
        out.sort();
        out
    }

    #[test]
    fn finds_phrases_at_word_starts_only() {
        let index = TermIndex::build(vec![
            ("secret".into(), vec![slot(0, false)]),
            ("protege b".into(), vec![slot(1, false)]),
            ("incompeten".into(), vec![slot(2, true)]),
            ("ministre incompeten".into(), vec![slot(3, true)]),
            ("qu'".into(), vec![slot(4, false)]),
            ("📍".into(), vec![slot(5, false)]),
        ])
        .expect("builds");
        // A phrase without `*` that ends inside a word of the text is not reported.
        assert_eq!(
            find(&index, "le secret, xsecret protege bx protege b."),
            vec![("protege b".into(), 30), ("secret".into(), 3)]
        );
        assert_eq!(
            find(&index, "un ministre incompetent qu'il 📍"),
            vec![
                ("incompeten".into(), 12),
                ("ministre incompeten".into(), 3),
                ("qu'".into(), 24),
                ("📍".into(), 30)
            ]
        );
    }

    #[test]
    fn gates_need_a_byte_of_every_match() {
        let has = |set: ByteSet, b: u8| set[usize::from(b >> 6)] >> (b & 63) & 1 == 1;
        let g = gate(r"\b\d{3}[ -]?\d{3}\b");
        assert!(has(g, b'5') && !has(g, b'a'));
        let g = gate(r"[a-z0-9._%+-]@(?P<m>x)");
        assert!(has(g, b'@') && !has(g, b'x') && !has(g, b'a'));
        assert_eq!(gate(r"a?"), ALL_BYTES);
    }

    #[test]
    fn words_are_runs_of_word_characters() {
        let w = Words::new("l'été, 42 fois");
        assert_eq!(w.spans, vec![(0, 1), (2, 7), (9, 11), (12, 16)]);
        assert_eq!(w.before(9), 2);
        assert_eq!(w.end_at(3), 7);
        assert_eq!(w.end_at(7), 7);
    }
}
