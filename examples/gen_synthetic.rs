//! Writes a synthetic project of N cards, for trying the app on big maps:
//! `cargo run --release --example gen_synthetic -- 10000 /tmp/big.ron`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let cards: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2000);
    let out = args.next().unwrap_or_else(|| "synthetic.ron".into());
    let project = journeymap::model::synthetic::project(cards);
    match journeymap::io::save(std::path::Path::new(&out), &project) {
        Ok(()) => {
            println!("wrote {cards} cards to {out}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{}", err.user_message());
            ExitCode::FAILURE
        }
    }
}
