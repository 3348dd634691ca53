//! Accuracy and speed of the project's English/French detector next to whatlang and lingua
//! (both restricted to English and French), on `shared/data/langid`.
//!
//! Run: `cargo run --release --manifest-path tools/langmodel/compare/Cargo.toml`.
//!
//! Buckets as in `examples/langid_report.rs`. The crates answer for a whole text; for the
//! bilingual posts, each is put in the project's place inside the same pipeline (the post's
//! segments as `lang::detect` cuts them, segments under `MIN_SEGMENT_LETTERS` letters left
//! unknown, bilingual when each language holds `BILINGUAL_MIN_SHARE` of the classified
//! letters), so that only the per-segment classifier differs.

use langid_compare::{lang, Verdict};
use std::hint::black_box;
use std::time::Instant;

const DATA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../../shared/data/langid/"
);

/// The non-empty lines of one data file.
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

/// One detector under test.
struct Detector {
    name: &'static str,
    whole: fn(&str) -> Verdict,
}

/// The post-level verdict of a whole-text classifier used per segment, as `lang::detect` does.
fn in_pipeline(text: &str, classify: fn(&str) -> Verdict) -> Verdict {
    let report = lang::detect(text);
    let (mut en, mut fr) = (0usize, 0usize);
    for s in &report.segments {
        if s.letters < lang::MIN_SEGMENT_LETTERS {
            continue;
        }
        match classify(&text[s.start..s.end]) {
            1 => en += s.letters,
            2 => fr += s.letters,
            _ => {}
        }
    }
    let classified = en + fr;
    if classified == 0 {
        classify(text)
    } else if en.min(fr) as f32 >= lang::BILINGUAL_MIN_SHARE * classified as f32 {
        3
    } else if en >= fr {
        1
    } else {
        2
    }
}

fn main() {
    let mut detectors = vec![Detector {
        name: "Réserve (src/lang.rs)",
        whole: langid_compare::reserve,
    }];
    #[cfg(feature = "whatlang")]
    detectors.extend([
        Detector {
            name: "whatlang 0.18, allowlist en+fr",
            whole: |t| langid_compare::whatlang(t, false),
        },
        Detector {
            name: "whatlang 0.18, en+fr, reliable answers only",
            whole: |t| langid_compare::whatlang(t, true),
        },
    ]);
    #[cfg(feature = "lingua")]
    detectors.extend([
        Detector {
            name: "lingua 1.8, en+fr models only",
            whole: langid_compare::lingua,
        },
        Detector {
            name: "lingua 1.8, en+fr, minimum relative distance 0.25",
            whole: |t| langid_compare::lingua_with_distance(t, 25),
        },
        Detector {
            name: "lingua 1.8, en+fr, minimum relative distance 0.5",
            whole: |t| langid_compare::lingua_with_distance(t, 50),
        },
    ]);
    let buckets = [
        ("single words", "single-words"),
        ("word pairs", "word-pairs"),
        ("sentences", "sentences"),
    ];
    let data: Vec<_> = buckets
        .iter()
        .map(|(label, file)| {
            let mut texts = Vec::new();
            for (lang, expected) in [("en", 1), ("fr", 2)] {
                for t in lines(&format!("{lang}-{file}.txt")) {
                    texts.push((t, expected));
                }
            }
            (*label, texts)
        })
        .collect();
    let en = lines("en-sentences.txt");
    let fr = lines("fr-sentences.txt");

    println!("## Accuracy per bucket (correct % / wrong %, the rest unknown)\n");
    println!("| detector | single words | word pairs | sentences | bilingual posts (\" / \") | monolingual pairs called bilingual |");
    println!("|---|---:|---:|---:|---:|---:|");
    for d in &detectors {
        let mut cells = Vec::new();
        for (_, texts) in &data {
            let (mut ok, mut wrong) = (0, 0);
            for (t, expected) in texts {
                match (d.whole)(t) {
                    0 => {}
                    v if v == *expected => ok += 1,
                    _ => wrong += 1,
                }
            }
            cells.push(format!(
                "{:.1} / {:.1}",
                pct(ok, texts.len()),
                pct(wrong, texts.len())
            ));
        }
        let is_reserve = d.name.starts_with("Réserve");
        let post_verdict = |p: &str| {
            if is_reserve {
                (d.whole)(p)
            } else {
                in_pipeline(p, d.whole)
            }
        };
        let mut bilingual = 0;
        let n = en.len().min(fr.len());
        for (e, f) in en.iter().zip(&fr) {
            if post_verdict(&format!("{} / {f}", e.trim_end_matches('.'))) == 3 {
                bilingual += 1;
            }
        }
        let (mut false_bi, mut pairs) = (0, 0);
        for texts in [&en, &fr] {
            for p in texts.chunks_exact(2) {
                pairs += 1;
                if post_verdict(&format!("{} / {}", p[0], p[1])) == 3 {
                    false_bi += 1;
                }
            }
        }
        println!(
            "| {} | {} | {:.1} | {:.1} |",
            d.name,
            cells.join(" | "),
            pct(bilingual, n),
            pct(false_bi, pairs)
        );
    }

    // Speed: the 280-character posts of examples/langid_report.rs, whole-post detection.
    let mut posts = Vec::new();
    for (i, (e, f)) in en.iter().zip(&fr).enumerate() {
        let (first, pool) = if i % 2 == 0 { (e, &en) } else { (f, &fr) };
        let mut p = first.clone();
        let mut j = i + 1;
        while p.chars().count() < 280 {
            p.push(' ');
            p.push_str(&pool[j % pool.len()]);
            j += 1;
        }
        let cut = p.char_indices().nth(280).map_or(p.len(), |(k, _)| k);
        p.truncate(cut);
        posts.push(p);
    }
    println!(
        "\n## Speed (native, this machine; best of 5 rounds over 1,000 posts of 280 characters)\n"
    );
    println!("| detector | ns per post |");
    println!("|---|---:|");
    for d in &detectors {
        black_box((d.whole)(&posts[0])); // model loading is not timed
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            for p in &posts {
                black_box((d.whole)(black_box(p)));
            }
            best = best.min(t.elapsed().as_secs_f64() * 1e9 / posts.len() as f64);
        }
        println!("| {} | {best:.0} |", d.name);
    }
}
