//! The committed completions/ and man/ must be what the current command line
//! generates: regenerate with `cargo run -- generate` after changing it.

use std::path::Path;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn completions_and_man_pages_are_up_to_date() {
    let tmp = tempfile::tempdir().unwrap();
    oversight::cli::generate::write_all(tmp.path()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let want = files(&tmp.path().join(sub));
        let have = files(&root.join(sub));
        let names = |v: &[(String, Vec<u8>)]| v.iter().map(|f| f.0.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&have),
            names(&want),
            "{sub}/ is stale: run `cargo run -- generate`"
        );
        for ((name, h), (_, w)) in have.iter().zip(&want) {
            assert!(h == w, "{sub}/{name} is stale: run `cargo run -- generate`");
        }
    }
}
