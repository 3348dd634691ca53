//! The `reserve` command line: `check` a post, `eval` a labelled corpus, list `rules`.
//! Exit codes: 0 nothing at warning or above, 1 something is, 2 usage or input errors.

use clap::{Args, Parser, Subcommand, ValueEnum};
use reserve::eval::{evaluate, parse_corpus};
use reserve::{Engine, Finding, OfficialMode, Profile, Settings, Severity, UiLang};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

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
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("reserve: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Check { opts, format, file } => {
            let text = read_input(file.as_deref())?;
            let engine = Engine::new(opts.settings()?).map_err(|e| e.to_string())?;
            let analysis = engine.analyze(&text);
            let serious = analysis
                .findings
                .iter()
                .any(|f| f.severity >= Severity::Warning);
            let mut out = std::io::stdout().lock();
            let written = match format {
                Format::Json => serde_json::to_writer(&mut out, &JsonReport::from(&analysis))
                    .map_err(|e| e.to_string())
                    .and_then(|_| writeln!(out).map_err(|e| e.to_string())),
                Format::Text => {
                    let colour = std::io::stdout().is_terminal();
                    let lang = engine.settings().ui_lang;
                    write!(
                        out,
                        "{}",
                        render_text(
                            &text,
                            analysis.language.as_str(),
                            &analysis.findings,
                            colour,
                            lang
                        )
                    )
                    .map_err(|e| e.to_string())
                }
            };
            written?;
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
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string(&report).map_err(|e| e.to_string())?
                ),
                Format::Text => {
                    println!(
                        "{:<18} {:>8} {:>6} {:>7}",
                        "category", "expected", "found", "recall"
                    );
                    for (c, s) in &report.recall {
                        println!(
                            "{:<18} {:>8} {:>6} {:>7.3}",
                            c.as_str(),
                            s.expected,
                            s.found,
                            s.recall
                        );
                    }
                    println!(
                        "false alarms: {} of {} benign posts ({:.3})",
                        report.false_alarms, report.benign, report.false_alarm_rate
                    );
                    if verbose {
                        for m in &report.misses {
                            let cats: Vec<&str> = m.categories.iter().map(|c| c.as_str()).collect();
                            println!("missed  line {:>4} [{}] {}", m.line, cats.join(","), m.text);
                        }
                        for m in &report.alarms {
                            let cats: Vec<&str> = m.categories.iter().map(|c| c.as_str()).collect();
                            println!(
                                "alarm   line {:>4} [{}] ({}) {}",
                                m.line,
                                cats.join(","),
                                m.rules.join(","),
                                m.text
                            );
                        }
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules { opts, format } => {
            let engine = Engine::new(opts.settings()?).map_err(|e| e.to_string())?;
            let rules = engine.rules();
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string(&rules).map_err(|e| e.to_string())?
                ),
                Format::Text => {
                    for r in &rules {
                        println!(
                            "{:<40} {:<18} {:<8} {:<6} {}",
                            r.id,
                            r.category.as_str(),
                            r.severity.as_str(),
                            r.languages.join(","),
                            r.title
                        );
                    }
                    println!("{} rules", rules.len());
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
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
        let col = text[line_start..bs].chars().count();
        let width = text[bs..be.min(line_end).max(bs)].chars().count().max(1);
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
            " ".repeat(col),
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
