use clap::Parser;

fn main() {
    // No arguments at all: the workflow in brief, not a wall of usage.
    if std::env::args_os().len() == 1 {
        println!("{}", oversight::cli::overview());
        return;
    }
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
