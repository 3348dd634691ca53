//! The `reserve` command line: `check` a post, `eval` a labelled corpus, list `rules`.
//! Exit codes: 0 nothing at warning or above, 1 something is, 2 usage or input errors.

use clap::{Args, Parser, Subcommand, ValueEnum};
use reserve::eval::{evaluate, parse_corpus};
use reserve::{Engine, Finding, OfficialMode, Profile, Settings, Severity, UiLang};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Réserve: warns public servants before a social-media post breaches their duty of discretion.
#[derive(Parser)]
#[command(name = "reserve", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check one post (a file, or standard input).
    Check {
        #[command(flatten)]
        opts: EngineOpts,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The post: a file path, or `-` (default) for standard input.
        file: Option<String>,
    },
    /// Measure recall per category and false alarms on a labelled corpus (JSON lines).
    Eval {
        /// The corpus: `{"text": ..., "expect": [...], "opts": {...}}` per line.
        file: PathBuf,
        #[command(flatten)]
        opts: EngineOpts,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// List every missed or false-alarm post.
        #[arg(long)]
        verbose: bool,
    },
    /// List the rules in force.
    Rules {
        #[command(flatten)]
        opts: EngineOpts,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// Settings the extension stores, as flags.
#[derive(Args)]
struct EngineOpts {
    /// Which public service: ca-federal, qc-public or fr-interieur.
    #[arg(long, default_value = "ca-federal", value_parser = parse_from_str::<Profile>)]
    profile: Profile,
    /// The account is official: bilingual, en or fr.
    #[arg(long, value_parser = parse_from_str::<OfficialMode>)]
    official: Option<OfficialMode>,
    /// An employer name or alias (repeatable).
    #[arg(long = "employer", value_name = "NAME")]
    employers: Vec<String>,
    /// A sensitive term, such as a project code name (repeatable).
    #[arg(long = "term", value_name = "T")]
    terms: Vec<String>,
    /// Inside an election period (stricter neutrality).
    #[arg(long)]
    election_period: bool,
    /// Language of the messages: en or fr (default: from LANG).
    #[arg(long, value_parser = parse_from_str::<UiLang>)]
    ui_lang: Option<UiLang>,
    /// A directory of extra rule packs (*.toml) that add to or replace the built-in ones.
    #[arg(long, value_name = "DIR")]
    rules: Option<PathBuf>,
    /// Lowest severity reported: info, warning or high (`eval` counts from this severity;
    /// default warning there).
    #[arg(long, value_parser = parse_from_str::<Severity>)]
    min_severity: Option<Severity>,
}

fn parse_from_str<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, String> {
    s.parse()
}

impl EngineOpts {
    fn settings(&self) -> Result<Settings, String> {
        let extra_packs = match &self.rules {
            Some(dir) => reserve::packs::read_dir(dir).map_err(|e| e.to_string())?,
            None => Vec::new(),
        };
        Ok(Settings {
            profile: self.profile,
            employers: self.employers.clone(),
            terms: self.terms.clone(),
            official: self.official,
            election_period: self.election_period,
            ui_lang: self.ui_lang.unwrap_or_else(ui_lang_from_env),
            min_severity: self.min_severity,
            extra_packs,
            ..Settings::default()
        })
    }
}

fn ui_lang_from_env() -> UiLang {
    let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    if lang.starts_with("fr") {
        UiLang::Fr
    } else {
        UiLang::En
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match run(cli) {
        Ok(code) => code,
        // The reader went away (`reserve rules | head -1`): nothing left to say.
        Err(message) if message == BROKEN_PIPE => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("reserve: {message}");
            ExitCode::from(2)
        }
    }
}

/// Marker for a closed standard output.
const BROKEN_PIPE: &str = "broken pipe";

/// Help and version go to stdout (exit 0); a usage error is one line on stderr (exit 2).
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let text = e.to_string();
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("usage error");
    let first = first.strip_prefix("error: ").unwrap_or(first);
    eprintln!("reserve: {first} (see reserve --help)");
    ExitCode::from(2)
}

/// Writes to stdout, turning a closed pipe into [`BROKEN_PIPE`].
fn emit(out: &mut impl Write, text: &str) -> Result<(), String> {
    out.write_all(text.as_bytes()).map_err(|e| {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            BROKEN_PIPE.to_string()
        } else {
            e.to_string()
        }
    })
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Check { opts, format, file } => {
            let text = read_input(file.as_deref())?;
            let engine = Engine::new(opts.settings()?).map_err(|e| e.to_string())?;
            let analysis = engine.analyze(&text);
            let serious = analysis
                .findings
                .iter()
                .any(|f| f.severity >= Severity::Warning);
            let report = match format {
                Format::Json => json(&JsonReport::from(&analysis))?,
                Format::Text => render_text(
                    &text,
                    analysis.language.as_str(),
                    &analysis.findings,
                    std::io::stdout().is_terminal(),
                    engine.settings().ui_lang,
                ),
            };
            emit(&mut out, &report)?;
            Ok(if serious {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Eval {
            file,
            opts,
            format,
            verbose,
        } => {
            let raw =
                std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let text = String::from_utf8(raw)
                .map_err(|_| format!("{} is not valid UTF-8", file.display()))?;
            let lines = parse_corpus(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let report = evaluate(&lines, &opts.settings()?).map_err(|e| e.to_string())?;
            let text = match format {
                Format::Json => json(&report)?,
                Format::Text => render_eval(&report, verbose),
            };
            emit(&mut out, &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { opts, format } => {
            let engine = Engine::new(opts.settings()?).map_err(|e| e.to_string())?;
            let rules = engine.rules();
            let text = match format {
                Format::Json => json(&rules)?,
                Format::Text => {
                    let mut t = String::new();
                    for r in &rules {
                        t.push_str(&format!(
                            "{:<40} {:<18} {:<8} {:<6} {}\n",
                            r.id,
                            r.category.as_str(),
                            r.severity.as_str(),
                            r.languages.join(","),
                            r.title
                        ));
                    }
                    t.push_str(&format!("{} rules\n", rules.len()));
                    t
                }
            };
            emit(&mut out, &text)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Any report as one line of JSON.
fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string(value)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

/// The text table of `reserve eval`: recall and false alarms (by severity) per category,
/// the overall figures, every high-severity false alarm, and with `verbose` every miss and
/// every false alarm.
fn render_eval(report: &reserve::eval::EvalReport, verbose: bool) -> String {
    use reserve::Category;
    let mut t = format!(
        "counting findings at {} or above\n{:<18} {:>8} {:>6} {:>7} {:>8} {:>8}\n",
        report.threshold.as_str(),
        "category",
        "expected",
        "found",
        "recall",
        "fa-high",
        "fa-warn"
    );
    for c in Category::ALL {
        let score = report.recall.get(&c);
        let alarms = report.false_alarms_by_category.get(&c);
        if score.is_none() && alarms.is_none() {
            continue;
        }
        let (expected, found, recall) =
            score.map_or(("-".to_string(), "-".to_string(), "-".to_string()), |s| {
                (
                    s.expected.to_string(),
                    s.found.to_string(),
                    format!("{:.3}", s.recall),
                )
            });
        let (high, warn) = alarms.map_or((0, 0), |a| (a.high, a.warning + a.info));
        t.push_str(&format!(
            "{:<18} {:>8} {:>6} {:>7} {:>8} {:>8}\n",
            c.as_str(),
            expected,
            found,
            recall,
            high,
            warn
        ));
    }
    t.push_str(&format!(
        "{:<18} {:>8} {:>6} {:>7.3}\n",
        "overall", report.overall.expected, report.overall.found, report.overall.recall
    ));
    t.push_str(&format!(
        "false alarms: {} of {} benign posts ({:.3}): {} high, {} warning\n",
        report.false_alarms,
        report.benign,
        report.false_alarm_rate,
        report.false_alarms_high,
        report.false_alarms_warning
    ));
    let cats = |m: &reserve::eval::Miss| {
        m.categories
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(",")
    };
    for m in report.high_alarms() {
        t.push_str(&format!(
            "high alarm line {:>4} [{}] ({}) {}\n",
            m.line,
            cats(m),
            m.rules.join(","),
            m.text
        ));
    }
    if verbose {
        for m in &report.misses {
            t.push_str(&format!(
                "missed  line {:>4} [{}] {}\n",
                m.line,
                cats(m),
                m.text
            ));
        }
        for m in &report.alarms {
            t.push_str(&format!(
                "alarm   line {:>4} [{}] ({}) {}\n",
                m.line,
                cats(m),
                m.rules.join(","),
                m.text
            ));
        }
    }
    t
}

/// The JSON contract of `reserve check`: exactly these keys (the wasm API also gives `title`).
#[derive(serde::Serialize)]
struct JsonReport<'a> {
    language: &'a str,
    findings: Vec<JsonFinding<'a>>,
}

/// One finding in the CLI's JSON contract.
#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    category: &'a str,
    severity: &'a str,
    start: usize,
    end: usize,
    excerpt: &'a str,
    message: &'a str,
    source: &'a str,
}

impl<'a> From<&'a reserve::Analysis> for JsonReport<'a> {
    fn from(a: &'a reserve::Analysis) -> Self {
        JsonReport {
            language: a.language.as_str(),
            findings: a
                .findings
                .iter()
                .map(|f| JsonFinding {
                    rule: &f.rule,
                    category: f.category.as_str(),
                    severity: f.severity.as_str(),
                    start: f.start,
                    end: f.end,
                    excerpt: &f.excerpt,
                    message: &f.message,
                    source: &f.source,
                })
                .collect(),
        }
    }
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    let mut raw = Vec::new();
    match file {
        None | Some("-") => {
            std::io::stdin()
                .read_to_end(&mut raw)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
        Some(path) => {
            raw = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        }
    }
    String::from_utf8(raw).map_err(|e| {
        format!(
            "input is not valid UTF-8 (byte {})",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Byte offset of a UTF-16 offset in `text`.
fn byte_of_utf16(text: &str, unit: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= unit {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Blank space as wide on a terminal as `before`: tabs stay tabs, wide characters take two
/// columns, combining and zero-width characters none.
fn caret_indent(before: &str) -> String {
    before
        .chars()
        .map(|c| match c {
            '\t' => "\t".to_string(),
            _ => " ".repeat(UnicodeWidthChar::width(c).unwrap_or(0)),
        })
        .collect()
}

/// Human-readable report: each finding's line, a caret under the span, the message.
fn render_text(
    text: &str,
    language: &str,
    findings: &[Finding],
    colour: bool,
    lang: UiLang,
) -> String {
    let paint = |code: &str, s: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let fr = lang == UiLang::Fr;
    out.push_str(&format!(
        "{}: {language}\n",
        if fr { "Langue" } else { "Language" }
    ));
    for f in findings {
        let bs = byte_of_utf16(text, f.start);
        let be = byte_of_utf16(text, f.end);
        let line_start = text[..bs].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[bs..].find('\n').map_or(text.len(), |i| bs + i);
        let line_no = text[..bs].matches('\n').count() + 1;
        let before = &text[line_start..bs];
        let col = before.chars().count();
        let width = UnicodeWidthStr::width(&text[bs..be.min(line_end).max(bs)]).max(1);
        let sev_colour = match f.severity {
            Severity::High => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        out.push_str(&format!(
            "\n{}:{} {} {} [{}] {}\n",
            line_no,
            col + 1,
            paint(sev_colour, f.severity.as_str()),
            f.category.as_str(),
            f.rule,
            paint("1", &f.title)
        ));
        out.push_str(&format!("  {}\n", &text[line_start..line_end]));
        out.push_str(&format!(
            "  {}{}\n",
            caret_indent(before),
            paint(sev_colour, &"^".repeat(width))
        ));
        out.push_str(&format!(
            "  {}\n  {} {}\n",
            f.message,
            if fr { "Source :" } else { "Source:" },
            f.source
        ));
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    out.push_str(&if findings.is_empty() {
        if fr {
            "\nRien à signaler.\n".to_string()
        } else {
            "\nNothing to flag.\n".to_string()
        }
    } else if fr {
        format!(
            "\n{} constat(s) : {} élevé(s), {} avertissement(s), {} info(s)\n",
            findings.len(),
            count(Severity::High),
            count(Severity::Warning),
            count(Severity::Info)
        )
    } else {
        format!(
            "\n{} finding(s): {} high, {} warning, {} info\n",
            findings.len(),
            count(Severity::High),
            count(Severity::Warning),
            count(Severity::Info)
        )
    });
    out
}
