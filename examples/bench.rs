//! Native speed figures for the engine: engine start, a 280-character post, a 30 KB
//! paste and 1 MB, with time per KB to show it stays linear.
//! Run: `cargo run --release --example bench` (or `./build.sh bench`).

use reserve::{Engine, Settings};
use std::time::Instant;

/// A realistic post that exercises several rules (about 280 characters).
const POST: &str = "Grosse journée au bureau 😅 Je travaille à la préfecture depuis 3 ans et franchement \
la direction est nulle. Réunion demain 9h au 12 rue des Lilas pour la note Protégé B, appelez-moi au \
613-555-0199. Go Habs go! Vivement le week-end au chalet avec les enfants. #fonctionpublique";

fn time<F: FnMut()>(iterations: u32, mut f: F) -> f64 {
    f();
    let start = Instant::now();
    for _ in 0..iterations {
        f();
    }
    start.elapsed().as_secs_f64() / f64::from(iterations)
}

fn corpus_text(target: usize) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut text = String::new();
    for name in ["risky.jsonl", "benign.jsonl"] {
        let raw =
            std::fs::read_to_string(format!("{root}/tests/corpus/{name}")).unwrap_or_default();
        for line in raw.lines() {
            if let Some(t) = line
                .split("\"text\": \"")
                .nth(1)
                .and_then(|s| s.split('"').next())
            {
                text.push_str(t);
                text.push('\n');
            }
        }
    }
    if text.is_empty() {
        text = POST.to_string();
    }
    let mut out = String::with_capacity(target + text.len());
    while out.len() < target {
        out.push_str(&text);
    }
    let mut cut = target.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn main() {
    let settings = Settings {
        employers: vec!["EDSC".into(), "ESDC".into()],
        terms: vec!["Nightingale".into()],
        ..Settings::default()
    };
    let start = time(20, || {
        let _ = Engine::new(settings.clone());
    });
    let engine = match Engine::new(settings) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let post = time(20_000, || {
        std::hint::black_box(engine.analyze(std::hint::black_box(POST)));
    });
    let paste = corpus_text(30 * 1024);
    let t30 = time(200, || {
        std::hint::black_box(engine.analyze(&paste));
    });
    let big = corpus_text(1024 * 1024);
    let t1m = time(5, || {
        std::hint::black_box(engine.analyze(&big));
    });
    let findings = engine.analyze(POST).findings.len();
    println!("| measure (native, release) | time | goal |");
    println!("|---|---|---|");
    println!(
        "| engine start (parse + compile {} rules) | {:.2} ms | ≤ 30 ms in wasm |",
        engine.rules().len(),
        start * 1e3
    );
    println!(
        "| {}-char post ({} findings) | {:.1} µs | ≤ 50 µs in wasm |",
        POST.chars().count(),
        findings,
        post * 1e6
    );
    println!(
        "| 30 KB paste | {:.3} ms ({:.1} µs/KB) | ≤ 2 ms in wasm |",
        t30 * 1e3,
        t30 * 1e6 / 30.0
    );
    println!(
        "| 1 MB | {:.1} ms ({:.1} µs/KB) | ≤ 2 s natively |",
        t1m * 1e3,
        t1m * 1e6 / 1024.0
    );
}
