//! The password of a server login where libpq (and so `psql`) keeps it, for
//! an address that gives none: `PGPASSWORD`, else the password file
//! (`PGPASSFILE`, else `~/.pgpass`) of lines
//! `host:port:database:login:password`, the first that matches the
//! connection, `*` matching anything (libpq's "The Password File").

use std::path::{Path, PathBuf};

/// What a connection is to, as a password file's line is matched against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The host names a line may give: the address's host; for a local
    /// socket in a default folder, also `localhost`, as libpq has it.
    pub hosts: Vec<String>,
    pub port: u16,
    pub database: String,
    pub login: String,
}

/// Where the password for `target` was found, and the password; or why a
/// password file was passed over (said on stderr, as `psql` says it).
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    Password(String),
    /// No password anywhere.
    None,
    /// The file gives group or others access: ignored, as libpq ignores
    /// it.
    Exposed(PathBuf),
}

/// The password for `target`: `PGPASSWORD`, else the password file's.
pub fn password(target: &Target) -> Found {
    if let Some(p) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
        return Found::Password(p.to_string_lossy().into_owned());
    }
    let Some(file) = std::env::var_os("PGPASSFILE")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().join(".pgpass")))
    else {
        return Found::None;
    };
    from_file(&file, target)
}

/// The password for `target` in the password file `path`.
fn from_file(path: &Path, target: &Target) -> Found {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(path) else {
        return Found::None;
    };
    if !meta.is_file() {
        return Found::None;
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return Found::Exposed(path.to_path_buf());
    }
    match std::fs::read_to_string(path) {
        Ok(text) => find(&text, target).map_or(Found::None, Found::Password),
        Err(_) => Found::None,
    }
}

/// The password of the first line of `text` that matches `target`.
pub fn find(text: &str, target: &Target) -> Option<String> {
    let port = target.port.to_string();
    text.lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(fields)
        .find(|f| {
            let is = |field: &str, value: &str| field == "*" || field == value;
            target.hosts.iter().any(|h| is(&f[0], h))
                && is(&f[1], &port)
                && is(&f[2], &target.database)
                && is(&f[3], &target.login)
        })
        .map(|mut f| f.swap_remove(4))
}

/// A line's five fields, `\:` and `\\` read as `:` and `\`; none for a
/// line of fewer fields. (The password is the rest of the line, colons
/// and all, as libpq reads it.)
fn fields(line: &str) -> Option<Vec<String>> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    out.last_mut()?.push(next);
                }
            }
            ':' if out.len() < 5 => out.push(String::new()),
            c => out.last_mut()?.push(c),
        }
    }
    (out.len() == 5).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target() -> Target {
        Target {
            hosts: vec!["db.office.example".into()],
            port: 5432,
            database: "oversight".into(),
            login: "clerk".into(),
        }
    }

    #[test]
    fn the_first_matching_line_gives_the_password() {
        let text = "# the office's\n\
                    db.office.example:5432:oversight:analyst:not-this\n\
                    db.office.example:5433:oversight:clerk:nor-this\n\
                    other.example:5432:oversight:clerk:nor-that\n\
                    db.office.example:*:oversight:clerk:s3cret\n\
                    *:*:*:*:too-late\n";
        assert_eq!(find(text, &target()).as_deref(), Some("s3cret"));
        assert_eq!(find("*:*:*:*:any\n", &target()).as_deref(), Some("any"));
        assert_eq!(
            find("db.office.example:5432:other:clerk:x\n", &target()),
            None
        );
        assert_eq!(find("", &target()), None);
    }

    #[test]
    fn escaped_colons_and_backslashes_are_text_and_the_password_keeps_its_colons() {
        let mut t = target();
        t.database = "a:b\\c".into();
        let text = "db.office.example:5432:a\\:b\\\\c:clerk:pa:ss\\:word\r\n";
        assert_eq!(find(text, &t).as_deref(), Some("pa:ss:word"));
        // Too few fields: not a line of the file.
        assert_eq!(
            find("db.office.example:5432:oversight:clerk\n", &target()),
            None
        );
    }

    #[test]
    fn a_file_others_may_read_is_passed_over() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pgpass");
        std::fs::write(&file, "*:*:*:*:s3cret\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(
            from_file(&file, &target()),
            Found::Password("s3cret".into())
        );
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert_eq!(from_file(&file, &target()), Found::Exposed(file.clone()));
        assert_eq!(from_file(&dir.path().join("none"), &target()), Found::None);
    }
}
