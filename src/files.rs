//! Files that hold personal data (backups, the copy kept before an upgrade,
//! exports and reports written with `--output`): created owner-only (0600),
//! never through a symbolic link, and whole or not at all. The content goes
//! into a new file created exclusively beside the destination; only when it
//! is complete does it take the destination's name (a hard link when
//! nothing may be replaced, or on a file system without hard links a
//! rename once nothing is there; a rename when `--force` allows it: none
//! follows a link at the destination). A new store an import fills is
//! made the same way (`cli::Ctx::create_apart`).

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// A private file being written; `persist` gives it its name.
#[derive(Debug)]
pub struct PrivateFile {
    temp: PathBuf,
    dest: PathBuf,
    replace: bool,
    file: Option<File>,
}

/// The store this process works on, when it is a file: an output never
/// takes its name, nor its journals' (`--output` onto the store with
/// `--force` would replace every case by a report).
static STORE: std::sync::Mutex<Option<PathBuf>> = std::sync::Mutex::new(None);

/// Name the store's file, which no file made here may replace.
pub fn protect_store(path: &Path) {
    *STORE.lock().unwrap_or_else(|e| e.into_inner()) = Some(path.to_path_buf());
}

/// `path` with its folder resolved (the file itself need not exist), to
/// compare two names of one file.
fn resolved(path: &Path) -> Option<PathBuf> {
    let dir = fs::canonicalize(folder_of(path)).ok()?;
    Some(dir.join(path.file_name()?))
}

/// Whether `dest` names the protected store or one of its journals: the
/// same name, or another link to the same file.
fn is_the_store(dest: &Path) -> bool {
    let Some(store) = STORE.lock().unwrap_or_else(|e| e.into_inner()).clone() else {
        return false;
    };
    let Some(target) = resolved(dest) else {
        return false;
    };
    let at_dest = fs::symlink_metadata(dest).ok();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = store.clone().into_os_string();
        name.push(suffix);
        let journal = PathBuf::from(name);
        if resolved(&journal).is_some_and(|j| j == target) {
            return true;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if let (Ok(a), Some(b)) = (fs::metadata(&journal), &at_dest) {
                if a.dev() == b.dev() && a.ino() == b.ino() {
                    return true;
                }
            }
        }
    }
    false
}

/// The folder `path` is in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// What is at `path`, without following a link there.
fn entry(path: &Path) -> Option<fs::Metadata> {
    fs::symlink_metadata(path).ok()
}

/// Start writing `dest`. Anything already there (a file, a link, dangling
/// or not) is refused unless `replace`; a folder always is.
pub fn create(dest: &Path, replace: bool) -> Result<PrivateFile> {
    if is_the_store(dest) {
        return Err(Error::usage(format!(
            "{}: that is the store (or its journal), which an output never replaces; name \
             another file",
            dest.display()
        )));
    }
    create_any(dest, replace)
}

/// Start writing the store itself at `dest` (a new store an import fills,
/// never replacing one: `cli::Ctx::create_apart`).
pub fn create_store(dest: &Path) -> Result<PrivateFile> {
    create_any(dest, false)
}

fn create_any(dest: &Path, replace: bool) -> Result<PrivateFile> {
    let shown = dest.display();
    if let Some(m) = entry(dest) {
        if m.is_dir() {
            return Err(Error::usage(format!("{shown}: is a folder, not a file")));
        }
        if !replace {
            let what = if m.file_type().is_symlink() {
                "a symbolic link is"
            } else {
                "a file is"
            };
            return Err(Error::usage(format!(
                "{shown}: {what} already there; give --force to replace it (a link is \
                 replaced, never written through)"
            )));
        }
    }
    let dir = folder_of(dest);
    if !dir.is_dir() {
        return Err(Error::usage(format!(
            "{shown}: there is no folder {}; name a file in a folder that exists",
            dir.display()
        )));
    }
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Error::usage(format!("{shown}: not a file name")))?;
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    remove_leftovers(dir, &name);
    let temp = dir.join(format!(
        ".{name}.{}-{}-{stamp}.part",
        this_host(),
        std::process::id()
    ));
    let file = private_new(&temp).map_err(|e| match e.kind() {
        // The folder is the user's choice, not the store's trouble.
        io::ErrorKind::PermissionDenied => Error::usage(format!(
            "{shown}: the folder {} may not be written by this account; name a file in \
             one that may",
            dir.display()
        )),
        _ => Error::store(format!("cannot create {shown}: {e}")),
    })?;
    Ok(PrivateFile {
        temp,
        dest: dest.to_path_buf(),
        replace,
        file: Some(file),
    })
}

/// This machine's name as a temporary file's name carries it (letters,
/// digits, `.`, `_` and `-`).
fn this_host() -> String {
    let mut buf = [0u8; 256];
    #[cfg(unix)]
    // SAFETY: the buffer is writable for the length given.
    unsafe {
        libc::gethostname(buf.as_mut_ptr().cast(), buf.len() - 1);
    }
    let end = buf.iter().position(|b| *b == 0).unwrap_or(0);
    let host: String = String::from_utf8_lossy(&buf[..end])
        .chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '.' | '_' | '-' => c,
            _ => '_',
        })
        .collect();
    if host.is_empty() {
        "host".into()
    } else {
        host
    }
}

/// Whether process `pid` of this machine is running (one of another
/// account's counts, and so does any doubt).
fn running(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: signal 0 is only a check: nothing is sent.
        if unsafe { libc::kill(pid, 0) } == 0 {
            return true;
        }
        std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// The process that wrote `file` (a temporary file for `name` in its
/// folder: `.NAME.HOST-PID-STAMP.part`, or one of the journals SQLite keeps
/// beside it), if that was on this machine.
fn writer_of(file: &str, name: &str, host: &str) -> Option<u32> {
    let rest = file.strip_prefix(&format!(".{name}."))?;
    let end = rest.rfind(".part")?;
    if !matches!(
        &rest[end..],
        ".part" | ".part-journal" | ".part-wal" | ".part-shm"
    ) {
        return None;
    }
    let mut parts = rest[..end].rsplitn(3, '-');
    let (_stamp, pid, from) = (parts.next()?, parts.next()?, parts.next()?);
    (from == host).then(|| pid.parse().ok()).flatten()
}

/// Remove what a process of this machine that stopped before it finished
/// (killed, the power cut, Ctrl-C in an import) left beside `dest` on its
/// way there: its temporary file, which may hold personal data, and the
/// journals beside it. Said on stderr. A file whose writer may still be at
/// work (running, of another machine, or not told apart) is left alone.
pub fn remove_leftovers_for(dest: &Path) {
    if let Some(name) = dest.file_name() {
        remove_leftovers(folder_of(dest), &name.to_string_lossy());
    }
}

/// [`remove_leftovers_for`] the file `name` in `dir`.
fn remove_leftovers(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let host = this_host();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = writer_of(&file, name, &host) else {
            continue;
        };
        if running(pid) || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        if fs::remove_file(entry.path()).is_ok() {
            eprintln!(
                "removed {}: left unfinished by process {pid}, which stopped before it was done",
                entry.path().display()
            );
        }
    }
}

/// A folder for private files, with any folders above it missing: made
/// owner-only (one already there is left as it is).
pub fn private_dir(dir: &Path) -> io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// A new file, owner-only, created exclusively: O_CREAT with O_EXCL fails
/// on any existing entry, a symbolic link included (POSIX), so the file is
/// never created through one.
fn private_new(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).read(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

impl PrivateFile {
    /// Where the content is being written (not yet the destination).
    pub fn path(&self) -> &Path {
        &self.temp
    }

    /// The open file, to write the content into.
    pub fn file(&mut self) -> &mut File {
        self.file.as_mut().expect("open until persisted")
    }

    /// The content is complete: give it the destination's name.
    pub fn persist(mut self) -> Result<()> {
        if let Some(f) = self.file.take() {
            f.sync_all()?;
        }
        let shown = self.dest.display().to_string();
        let done = if self.replace {
            fs::rename(&self.temp, &self.dest)
        } else {
            take_name(&self.temp, &self.dest, |from, to| fs::hard_link(from, to))
        };
        done.map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => Error::usage(format!(
                "{shown}: something appeared there meanwhile; nothing was written"
            )),
            _ => Error::store(format!("cannot write {shown}: {e}")),
        })?;
        // The new name on disk too: a power cut after this leaves the file
        // under it (the content is already synced). Some file systems
        // cannot sync a folder; the file is in place either way.
        #[cfg(unix)]
        let _ = File::open(folder_of(&self.dest)).and_then(|d| d.sync_all());
        Ok(())
    }
}

/// Give `temp` the name `dest` where nothing is there: by a hard link
/// (`link`), which fails on anything at `dest`, then `temp` removed. A file
/// system without hard links (FAT on a USB stick, some network shares)
/// refuses the link otherwise than with "already exists": there `temp` is
/// renamed, once nothing is seen at `dest` (the moment between is not
/// covered, as no such system gives a way to).
fn take_name(
    temp: &Path,
    dest: &Path,
    link: impl Fn(&Path, &Path) -> io::Result<()>,
) -> io::Result<()> {
    match link(temp, dest) {
        Ok(()) => fs::remove_file(temp),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        Err(e) => {
            if entry(dest).is_some() {
                return Err(io::Error::new(io::ErrorKind::AlreadyExists, e));
            }
            fs::rename(temp, dest)
        }
    }
}

impl Drop for PrivateFile {
    fn drop(&mut self) {
        // Not persisted (an error on the way): leave nothing behind.
        if entry(&self.temp).is_some() {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// A file holding personal data that others may read is made owner-only;
/// says so on stderr. Returns whether it was changed.
pub fn tighten(path: &Path) -> Result<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(m) = fs::metadata(path) else {
            return Ok(false);
        };
        let mode = m.permissions().mode() & 0o777;
        if m.is_file() && mode & 0o077 != 0 {
            fs::set_permissions(path, fs::Permissions::from_mode(mode & 0o700)).map_err(|e| {
                Error::store(format!(
                    "{} is readable by others ({mode:03o}) and cannot be made owner-only: {e}",
                    path.display()
                ))
            })?;
            eprintln!(
                "{} was readable by others ({mode:03o}); made owner-only ({:03o})",
                path.display(),
                mode & 0o700
            );
            return Ok(true);
        }
    }
    let _ = path;
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    /// What a writer of this machine left unfinished for the same name is
    /// removed when the name is written next; what another machine's, or a
    /// running process's, or another name's is kept.
    #[test]
    fn a_stopped_writers_leftovers_are_removed_and_no_others() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("cases.db");
        let host = this_host();
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        assert!(!running(gone) && running(std::process::id()));
        let at = |n: String| dir.path().join(n);
        let stopped = [
            at(format!(".cases.db.{host}-{gone}-17.part")),
            at(format!(".cases.db.{host}-{gone}-17.part-journal")),
        ];
        let kept = [
            at(format!(".cases.db.{host}-{}-18.part", std::process::id())),
            at(format!(".cases.db.elsewhere-{gone}-19.part")),
            at(format!(".other.db.{host}-{gone}-20.part")),
            at(format!(".cases.db.{host}-{gone}-21.partial")),
        ];
        for f in stopped.iter().chain(&kept) {
            fs::write(f, "x").unwrap();
        }
        let f = create(&dest, false).unwrap();
        assert!(stopped.iter().all(|f| !f.exists()));
        assert!(kept.iter().all(|f| f.exists()));
        assert_eq!(
            writer_of(
                &f.temp.file_name().unwrap().to_string_lossy(),
                "cases.db",
                &host
            ),
            Some(std::process::id())
        );
    }

    /// Where the file system makes no hard links, the file is renamed into
    /// place, and still never over anything there.
    #[test]
    fn without_hard_links_a_file_is_renamed_but_never_over_another() {
        let dir = tempfile::tempdir().unwrap();
        let (temp, dest) = (dir.path().join(".t.part"), dir.path().join("d"));
        let no_links = |_: &Path, _: &Path| -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::PermissionDenied))
        };
        fs::write(&temp, "new").unwrap();
        fs::write(&dest, "old").unwrap();
        let e = take_name(&temp, &dest, no_links).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&dest).unwrap(), "old");
        fs::remove_file(&dest).unwrap();
        take_name(&temp, &dest, no_links).unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "new");
        assert!(!temp.exists());
        // With links, the same: nothing replaced, the temporary name gone.
        fs::write(&temp, "newer").unwrap();
        let e = take_name(&temp, &dest, |a, b| fs::hard_link(a, b)).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&dest).unwrap(), "new");
    }

    #[test]
    fn a_file_is_whole_private_and_new() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.csv");
        let mut f = create(&dest, false).unwrap();
        f.file().write_all(b"a,b\n").unwrap();
        assert!(!dest.exists(), "the name comes only when complete");
        f.persist().unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "a,b\n");
        #[cfg(unix)]
        assert_eq!(mode(&dest), 0o600);
        let e = create(&dest, false).unwrap_err().to_string();
        assert!(e.contains("a file is already there; give --force"), "{e}");
        let mut f = create(&dest, true).unwrap();
        f.file().write_all(b"c\n").unwrap();
        f.persist().unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "c\n");
        // Nothing left beside it.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        // Dangling or not, a link is refused without --force...
        let e = create(&link, false).unwrap_err().to_string();
        assert!(e.contains("a symbolic link is already there"), "{e}");
        // ...and replaced, not followed, with it.
        let mut f = create(&link, true).unwrap();
        f.file().write_all(b"x").unwrap();
        f.persist().unwrap();
        assert!(!target.exists(), "written through the link");
        assert!(!fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(mode(&link), 0o600);
    }

    #[test]
    fn an_unfinished_file_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("report.html");
        {
            let mut f = create(&dest, false).unwrap();
            f.file().write_all(b"half").unwrap();
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn loose_modes_are_tightened() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("cases.db");
        fs::write(&p, b"").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(tighten(&p).unwrap());
        assert_eq!(mode(&p), 0o600);
        assert!(!tighten(&p).unwrap());
    }
}
