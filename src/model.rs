//! The vocabulary shared by every part of the engine: categories, severities, profiles,
//! settings and findings. Names and spellings here are part of the public contract
//! (CLI JSON, wasm API, rule packs).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What a finding is about. The set is closed: rule packs may only use these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Classification markings, credentials, the user's sensitive terms.
    Confidential,
    /// Details of ongoing or planned interventions.
    Operations,
    /// Partisan opinions and calls to vote.
    Political,
    /// Criticism of the employer, hierarchy or minister.
    Criticism,
    /// Employer disclosure.
    Employer,
    /// Location tags and precise whereabouts.
    Location,
    /// Phone numbers, e-mails, identity numbers, bank details, addresses.
    PersonalInfo,
    /// Insults, slurs, hate, defamation-prone generalisations.
    Harassment,
    /// Speaking for the institution.
    Spokesperson,
    /// An official account's post not in its required language(s).
    OfficialLanguage,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 10] = [
        Category::Confidential,
        Category::Operations,
        Category::Political,
        Category::Criticism,
        Category::Employer,
        Category::Location,
        Category::PersonalInfo,
        Category::Harassment,
        Category::Spokesperson,
        Category::OfficialLanguage,
    ];

    /// The contract name (`"personal-info"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Confidential => "confidential",
            Category::Operations => "operations",
            Category::Political => "political",
            Category::Criticism => "criticism",
            Category::Employer => "employer",
            Category::Location => "location",
            Category::PersonalInfo => "personal-info",
            Category::Harassment => "harassment",
            Category::Spokesperson => "spokesperson",
            Category::OfficialLanguage => "official-language",
        }
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| format!("unknown category \"{s}\""))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is. Ordered: `Info < Warning < High`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A reminder; never blocks anything.
    Info,
    /// Think twice.
    Warning,
    /// Likely a breach of the guides.
    High,
}

impl Severity {
    /// The contract name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::High => "high",
        }
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "high" => Ok(Severity::High),
            _ => Err(format!("unknown severity \"{s}\"")),
        }
    }
}

/// Which public service the user belongs to: selects packs and wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Profile {
    /// Canadian federal public service.
    #[default]
    #[serde(rename = "ca-federal")]
    CaFederal,
    /// Québec public service and election staff.
    #[serde(rename = "qc-public")]
    QcPublic,
    /// Agents of the French Ministry of the Interior.
    #[serde(rename = "fr-interieur")]
    FrInterieur,
}

impl Profile {
    /// Every profile.
    pub const ALL: [Profile; 3] = [Profile::CaFederal, Profile::QcPublic, Profile::FrInterieur];

    /// The contract name.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::CaFederal => "ca-federal",
            Profile::QcPublic => "qc-public",
            Profile::FrInterieur => "fr-interieur",
        }
    }
}

impl FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Profile::ALL
            .iter()
            .copied()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| {
                format!("unknown profile \"{s}\" (expected ca-federal, qc-public or fr-interieur)")
            })
    }
}

/// The language rules of an official account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OfficialMode {
    /// Every post must carry both English and French.
    Bilingual,
    /// An English account (paired with a French one).
    En,
    /// A French account (paired with an English one).
    Fr,
}

impl FromStr for OfficialMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "bilingual" => Ok(OfficialMode::Bilingual),
            "en" => Ok(OfficialMode::En),
            "fr" => Ok(OfficialMode::Fr),
            _ => Err(format!(
                "unknown official mode \"{s}\" (expected bilingual, en or fr)"
            )),
        }
    }
}

/// Language of the messages shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum UiLang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

impl FromStr for UiLang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "en" => Ok(UiLang::En),
            "fr" => Ok(UiLang::Fr),
            _ => Err(format!("unknown UI language \"{s}\" (expected en or fr)")),
        }
    }
}

/// An extra rule pack given as text (an organisation's own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackText {
    /// File name, used in error messages.
    pub name: String,
    /// TOML text of the pack.
    pub text: String,
}

/// Everything the user configures that changes what the engine reports. Given once to
/// [`crate::Engine::new`]; field names in JSON are camelCase (snake_case accepted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// Which packs and wording apply.
    pub profile: Profile,
    /// Employer names and aliases.
    pub employers: Vec<String>,
    /// Sensitive terms (project code names...).
    pub terms: Vec<String>,
    /// The posting account's official-language mode, if it is an official account.
    pub official: Option<OfficialMode>,
    /// Inside an election period: neutrality rules are stricter.
    #[serde(alias = "election_period")]
    pub election_period: bool,
    /// Language of titles and messages.
    #[serde(alias = "ui_lang")]
    pub ui_lang: UiLang,
    /// Categories the user turned off.
    #[serde(alias = "disabled_categories")]
    pub disabled_categories: Vec<Category>,
    /// Rule ids the user chose to ignore.
    #[serde(alias = "disabled_rules")]
    pub disabled_rules: Vec<String>,
    /// Lowest severity reported.
    #[serde(alias = "min_severity")]
    pub min_severity: Option<Severity>,
    /// Extra packs (organisation policy, `--rules DIR`).
    #[serde(alias = "extra_packs")]
    pub extra_packs: Vec<PackText>,
}

/// One thing in the post the user should think twice about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Stable rule id, `pack.rule`.
    pub rule: String,
    /// What it is about.
    pub category: Category,
    /// How serious it is.
    pub severity: Severity,
    /// Start, in UTF-16 code units of the input.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units of the input.
    pub end: usize,
    /// Exactly the input's text between `start` and `end`.
    pub excerpt: String,
    /// Short title, in the UI language.
    pub title: String,
    /// Why it matters, in the UI language.
    pub message: String,
    /// Guide file and section the rule comes from: the first of `sources`.
    pub source: String,
    /// Every guide and section that applies under the active profile.
    pub sources: Vec<String>,
    /// The active profile's own guides are silent on this: `sources` are another
    /// jurisdiction's guides, given for reference.
    pub source_fallback: bool,
}
