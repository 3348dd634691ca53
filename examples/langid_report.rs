//! Accuracy and speed report of the English/French detector on the development set.
//!
//! Run: `cargo run --release --example langid_report`.
//! Reads `../shared/data/langid/{en,fr}-{single-words,word-pairs,sentences}.txt` (relative to the
//! crate root) and prints markdown tables: accuracy per length bucket, bilingual detection on
//! synthetic bilingual posts, and detection time.

use reserve::lang::{detect, Language};
use std::hint::black_box;
use std::time::Instant;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/langid/");

fn lines(name: &str) -> Vec<String> {
    let path = format!("{DATA}{name}");
    match std::fs::read_to_string(&path) {
        Ok(s) => s
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    }
}

/// Percentage, one decimal.
fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

fn main() {
    println!("## Accuracy per length bucket\n");
    println!("| bucket | lang | texts | avg chars | correct % | unknown % | wrong % | precision when answered % |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|");
    let buckets = [
        ("single words", "single-words"),
        ("word pairs", "word-pairs"),
        ("sentences", "sentences"),
    ];
    for (label, file) in buckets {
        let mut all = (0, 0, 0, 0, 0);
        for (lang, expected) in [("en", Language::En), ("fr", Language::Fr)] {
            let texts = lines(&format!("{lang}-{file}.txt"));
            let (mut ok, mut unknown, mut wrong) = (0, 0, 0);
            let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
            for t in &texts {
                match detect(t).language {
                    l if l == expected => ok += 1,
                    Language::Unknown => unknown += 1,
                    _ => wrong += 1,
                }
            }
            let n = texts.len();
            println!(
                "| {label} | {lang} | {n} | {:.0} | {:.1} | {:.1} | {:.1} | {:.1} |",
                chars as f64 / n.max(1) as f64,
                pct(ok, n),
                pct(unknown, n),
                pct(wrong, n),
                pct(ok, ok + wrong)
            );
            all = (
                all.0 + n,
                all.1 + ok,
                all.2 + unknown,
                all.3 + wrong,
                all.4 + chars,
            );
        }
        let (n, ok, unknown, wrong, chars) = all;
        println!(
            "| **{label}** | **both** | {n} | {:.0} | **{:.1}** | {:.1} | {:.1} | {:.1} |",
            chars as f64 / n.max(1) as f64,
            pct(ok, n),
            pct(unknown, n),
            pct(wrong, n),
            pct(ok, ok + wrong)
        );
    }

    let en = lines("en-sentences.txt");
    let fr = lines("fr-sentences.txt");
    println!("\n## Synthetic bilingual posts (English sentence + separator + French sentence)\n");
    println!("| separator | order | posts | bilingual % | en % | fr % | unknown % |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    for sep in [" / ", "\n", " | ", ". ", "\n\n", " - "] {
        for fr_first in [false, true] {
            let mut counts = [0usize; 4];
            for (e, f) in en.iter().zip(&fr) {
                let (a, b) = if fr_first { (f, e) } else { (e, f) };
                let a = a.trim_end_matches('.');
                let post = format!("{a}{sep}{b}");
                let i = match detect(&post).language {
                    Language::Bilingual => 0,
                    Language::En => 1,
                    Language::Fr => 2,
                    Language::Unknown => 3,
                };
                counts[i] += 1;
            }
            let n = en.len().min(fr.len());
            println!(
                "| {:?} | {} | {n} | {:.1} | {:.1} | {:.1} | {:.1} |",
                sep,
                if fr_first { "fr+en" } else { "en+fr" },
                pct(counts[0], n),
                pct(counts[1], n),
                pct(counts[2], n),
                pct(counts[3], n)
            );
        }
    }
    println!("\n## Monolingual two-sentence posts (should not be bilingual)\n");
    println!("| lang | separator | posts | bilingual % (false alarms) | correct % |");
    println!("|---|---|---:|---:|---:|");
    for (lang, texts, expected) in [("en", &en, Language::En), ("fr", &fr, Language::Fr)] {
        for sep in [" / ", "\n"] {
            let (mut bi, mut ok) = (0, 0);
            let pairs: Vec<_> = texts.chunks_exact(2).collect();
            for p in &pairs {
                let post = format!("{}{sep}{}", p[0], p[1]);
                match detect(&post).language {
                    Language::Bilingual => bi += 1,
                    l if l == expected => ok += 1,
                    _ => {}
                }
            }
            let n = pairs.len();
            println!(
                "| {lang} | {sep:?} | {n} | {:.1} | {:.1} |",
                pct(bi, n),
                pct(ok, n)
            );
        }
    }

    println!("\n## Timing (this machine, native)\n");
    let mut posts280 = Vec::new();
    for (i, (e, f)) in en.iter().zip(&fr).enumerate() {
        let mut p = if i % 2 == 0 { e.clone() } else { f.clone() };
        let mut j = i + 1;
        while p.chars().count() < 280 {
            p.push(' ');
            p.push_str(if i % 2 == 0 {
                &en[j % en.len()]
            } else {
                &fr[j % fr.len()]
            });
            j += 1;
        }
        let cut = p.char_indices().nth(280).map_or(p.len(), |(k, _)| k);
        p.truncate(cut);
        posts280.push(p);
    }
    let per_post = |posts: &[String], reps: usize| {
        let t = Instant::now();
        for _ in 0..reps {
            for p in posts {
                black_box(detect(black_box(p)));
            }
        }
        t.elapsed().as_secs_f64() * 1e6 / (reps * posts.len()) as f64
    };
    let short = per_post(&posts280, 20);
    let sentence = per_post(&en, 20);
    let mut big = String::new();
    let mut k = 0;
    while big.len() < 30_000 {
        big.push_str(&en[k % en.len()]);
        big.push('\n');
        big.push_str(&fr[k % fr.len()]);
        big.push(' ');
        k += 1;
    }
    let big30 = per_post(std::slice::from_ref(&big), 200);
    let mut huge = String::new();
    while huge.len() < 1_000_000 {
        huge.push_str(&big);
    }
    let huge1m = per_post(std::slice::from_ref(&huge), 10);
    let mono: String = "a".repeat(1_000_000);
    let mono1m = per_post(std::slice::from_ref(&mono), 10);
    println!("| input | µs per detect |");
    println!("|---|---:|");
    println!("| 280-char post (1,000 posts) | {short:.2} |");
    println!("| one sentence (~108 chars) | {sentence:.2} |");
    println!("| 30 KB bilingual text | {big30:.1} |");
    println!("| 1 MB bilingual text | {huge1m:.0} |");
    println!("| 1 MB single 'word' without separators | {mono1m:.0} |");
}
