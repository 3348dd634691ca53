fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut packs = vec![];
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().map_or(false, |x| x == "toml") {
            let t = std::fs::read_to_string(&p).unwrap();
            match reserve::pack::parse_pack(p.to_str().unwrap(), &t) {
                Ok(x) => packs.push(x),
                Err(e) => eprintln!("{e}"),
            }
        }
    }
    let raw = std::fs::read_to_string("/work/main/tests/corpus/risky.jsonl").unwrap();
    let mut text = String::new();
    while text.len() < 30 * 1024 {
        text.push_str(&raw);
    }
    let n: usize = std::env::args().nth(2).map_or(5, |s| s.parse().unwrap());
    let t = std::time::Instant::now();
    let e = reserve::Engine::from_packs(Default::default(), &packs).unwrap();
    eprintln!("build {:?}", t.elapsed());
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(e.analyze(&text));
    }
    eprintln!("analyze {:?}", t.elapsed() / (n as u32));
}
