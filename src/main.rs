use clap::Parser;

fn main() {
    let cli = oversight::cli::Cli::parse();
    let code = match oversight::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    };
    std::process::exit(code);
}
