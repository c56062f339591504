// mimalloc, not glibc's malloc: an import allocates a case on one thread
// and frees it on another, which glibc's per-thread arenas make slow (a
// 100,000-case import 5.48 s with glibc, 4.46 s with mimalloc; peak
// memory the same). See .cargo/config.toml for how it commits memory.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{CommandFactory, FromArgMatches};

fn main() {
    // SQLite's memory from the same allocator (store::use_mimalloc), which
    // only SQLite's first use can set.
    let configured = oversight::store::use_mimalloc();
    debug_assert!(
        configured,
        "SQLite takes its allocator before its first use"
    );
    // `COMPLETE=bash oversight` prints the shell's registration; the shell
    // then calls back here for every <TAB> (case numbers, badges, values).
    clap_complete::CompleteEnv::with_factory(oversight::cli::Cli::command).complete();
    // No arguments at all: the workflow in brief, not a wall of usage.
    if std::env::args_os().len() == 1 {
        println!("{}", oversight::cli::overview());
        return;
    }
    // Help states the law of the store's profile; other runs need not look.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let command = if oversight::cli::law::asks_for_help(&args) {
        oversight::cli::law::command(&oversight::cli::law::help_profile(), true)
    } else {
        oversight::cli::Cli::command()
    };
    let matches = command.get_matches();
    let cli = match oversight::cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let code = match oversight::cli::run(cli, &matches) {
        Ok(code) => code,
        Err(e) => {
            eprintln!(
                "error: {}",
                oversight::output::escape_controls(&e.to_string())
            );
            e.exit_code()
        }
    };
    std::process::exit(code);
}
