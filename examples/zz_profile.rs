use std::hint::black_box;
fn main() {
    let which: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let text = std::fs::read_to_string("/tmp/bench6.ndjson").unwrap();
    let cases: Vec<_> = text
        .lines()
        .take(6)
        .map(|l| palermo::parse_case(l).unwrap())
        .collect();
    for _ in 0..10000 {
        black_box(palermo::evaluate(black_box(&cases[which])));
    }
}
