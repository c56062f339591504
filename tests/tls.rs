//! A store on a server reached over TLS (`sslmode=require`): the server's
//! certificate is checked against the office's authority (PGSSLROOTCERT),
//! and a server whose certificate that authority did not sign is refused,
//! exit 5, saying so. (The test turns TLS on in the PostgreSQL run's server
//! with a certificate it makes, and off again.) A login the server asks a
//! password of finds it where libpq keeps it: the password file, or
//! PGPASSWORD.

mod common;
use common::Env;

/// TLS on in the test server until dropped.
struct Tls {
    server: String,
}

impl Drop for Tls {
    fn drop(&mut self) {
        let mut c = postgres::Client::connect(&self.server, postgres::NoTls).unwrap();
        for s in ["ALTER SYSTEM RESET ssl", "ALTER SYSTEM RESET ssl_cert_file"] {
            c.batch_execute(s).unwrap();
        }
        c.batch_execute("ALTER SYSTEM RESET ssl_key_file").unwrap();
        c.batch_execute("SELECT pg_reload_conf()").unwrap();
    }
}

/// An authority and a certificate for 127.0.0.1 it signed: (authority
/// PEM, certificate PEM, key PEM).
fn certificates() -> (String, String, String) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair, SanType};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca.self_signed(&ca_key).unwrap();
    let key = KeyPair::generate().unwrap();
    let mut server = CertificateParams::new(Vec::<String>::new()).unwrap();
    server.subject_alt_names = vec![
        SanType::IpAddress("127.0.0.1".parse().unwrap()),
        SanType::DnsName("localhost".try_into().unwrap()),
    ];
    let cert = server.signed_by(&key, &ca, &ca_key).unwrap();
    (ca.pem(), cert.pem(), key.serialize_pem())
}

#[test]
fn a_server_store_is_reached_over_tls_and_its_certificate_checked() {
    let Some(server) = common::postgres_server() else {
        return;
    };
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let env = Env::new();
    env.run(&["init"], 0);
    env.direct("2025-03-07", "no");
    // The server's own files, readable by the account it runs as.
    let files = tempfile::tempdir().unwrap();
    std::fs::set_permissions(files.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let (ca, cert, key) = certificates();
    let (ca_file, cert_file, key_file) = (
        files.path().join("ca.pem"),
        files.path().join("server.crt"),
        files.path().join("server.key"),
    );
    std::fs::write(&ca_file, ca).unwrap();
    std::fs::write(&cert_file, cert).unwrap();
    std::fs::write(&key_file, key).unwrap();
    std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let mut c = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    let data: String = c
        .query_one("SELECT current_setting('data_directory')", &[])
        .unwrap()
        .get(0);
    let owner = std::fs::metadata(&data).unwrap();
    for f in [&cert_file, &key_file] {
        let p = std::ffi::CString::new(f.to_str().unwrap()).unwrap();
        // Only root may give a file away; otherwise the server is ours.
        unsafe { libc::chown(p.as_ptr(), owner.uid(), owner.gid()) };
    }
    let _tls = Tls {
        server: server.clone(),
    };
    c.batch_execute(&format!(
        "ALTER SYSTEM SET ssl_cert_file = '{}'",
        cert_file.display()
    ))
    .unwrap();
    c.batch_execute(&format!(
        "ALTER SYSTEM SET ssl_key_file = '{}'",
        key_file.display()
    ))
    .unwrap();
    c.batch_execute("ALTER SYSTEM SET ssl = on").unwrap();
    c.batch_execute("SELECT pg_reload_conf()").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    let url = format!("{}?sslmode=require", env.url.as_ref().unwrap());
    let run = |root: &std::path::Path| {
        assert_cmd::Command::cargo_bin("oversight")
            .unwrap()
            .env_remove("OVERSIGHT_DB")
            .env("OVERSIGHT_CONFIG", "")
            .env("PGSSLROOTCERT", root)
            .args(["--db", &url, "list", "--format", "json"])
            .output()
            .unwrap()
    };
    let out = run(&ca_file);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cases: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cases.as_array().unwrap().len(), 1);
    // libpq's name for the check this makes: the same.
    let out = assert_cmd::Command::cargo_bin("oversight")
        .unwrap()
        .env_remove("OVERSIGHT_DB")
        .env("OVERSIGHT_CONFIG", "")
        .env("PGSSLROOTCERT", &ca_file)
        .args([
            "--db",
            &url.replace("sslmode=require", "sslmode=verify-full"),
        ])
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Another authority: the server is not the one the office knows.
    let other = files.path().join("other-ca.pem");
    std::fs::write(&other, certificates().0).unwrap();
    let out = run(&other);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(
        err.contains("cannot connect") && err.to_lowercase().contains("certificate"),
        "{err}"
    );
    // A file that is no certificate is named.
    let out = run(&key_file.with_extension("missing"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("PGSSLROOTCERT"), "{err}");
}

/// A login of the test server that must give a password (a line of its own
/// at the head of the server's pg_hba.conf) until dropped.
struct PasswordLogin {
    server: String,
    login: String,
    hba: String,
    before: String,
}

impl Drop for PasswordLogin {
    fn drop(&mut self) {
        std::fs::write(&self.hba, &self.before).unwrap();
        let mut c = postgres::Client::connect(&self.server, postgres::NoTls).unwrap();
        c.batch_execute("SELECT pg_reload_conf()").unwrap();
        let _ = c.batch_execute(&format!("DROP ROLE IF EXISTS {}", self.login));
    }
}

/// The server asks a password of a login: given none, oversight says where
/// to keep it (exit 5); it reads it from the password file (`PGPASSFILE`
/// here, `~/.pgpass` by default; `\:` a colon in it), passes over a file
/// others may read, saying so, and takes `PGPASSWORD`. (Let in, the login
/// has no role in the store: exit 4, which the server decided.)
#[test]
fn a_password_the_server_asks_for_is_read_where_libpq_keeps_it() {
    let Some(server) = common::postgres_server() else {
        return;
    };
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.run(&["init"], 0);
    let url = env.url.clone().unwrap();
    let mut c = postgres::Client::connect(&server, postgres::NoTls).unwrap();
    let login = format!("oversight_pw_{}", std::process::id());
    c.batch_execute(&format!("CREATE ROLE {login} LOGIN PASSWORD 'pa:ss'"))
        .unwrap();
    let hba: String = c
        .query_one("SELECT current_setting('hba_file')", &[])
        .unwrap()
        .get(0);
    let before = std::fs::read_to_string(&hba).unwrap();
    let _login = PasswordLogin {
        server: server.clone(),
        login: login.clone(),
        hba: hba.clone(),
        before: before.clone(),
    };
    std::fs::write(
        &hba,
        format!("host all {login} 127.0.0.1/32 scram-sha-256\n{before}"),
    )
    .unwrap();
    c.batch_execute("SELECT pg_reload_conf()").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let (host, database) = url.split_once('@').unwrap().1.split_once('/').unwrap();
    let (host_name, port) = host.split_once(':').unwrap();
    let theirs = format!("postgresql://{login}@{host}/{database}");
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("pgpass");
    let run = |password: Option<&str>| {
        let mut cmd = assert_cmd::Command::cargo_bin("oversight").unwrap();
        cmd.env_remove("OVERSIGHT_DB")
            .env_remove("PGPASSWORD")
            .env("OVERSIGHT_CONFIG", "")
            .env("HOME", home.path())
            .env("PGPASSFILE", &file)
            .args(["--db", &theirs, "overdue"]);
        if let Some(p) = password {
            cmd.env("PGPASSWORD", p);
        }
        let out = cmd.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = run(None);
    assert_eq!(code, Some(5), "{err}");
    assert!(
        err.contains(&format!("the server asks a password for {login}"))
            && err.contains("~/.pgpass"),
        "{err}"
    );
    std::fs::write(
        &file,
        format!(
            "# the office's server\n\
             {host_name}:{port}:{database}:someone_else:not-this\n\
             {host_name}:*:{database}:{login}:pa\\:ss\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, err) = run(None);
    assert_eq!(code, Some(4), "{err}");
    assert!(err.contains("no role"), "{err}");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (code, err) = run(None);
    assert_eq!(code, Some(5), "{err}");
    assert!(err.contains("gives group or others access"), "{err}");
    let (code, err) = run(Some("pa:ss"));
    assert_eq!(code, Some(4), "{err}");
    let (code, err) = run(Some("wrong"));
    assert_eq!(code, Some(5), "{err}");
    assert!(err.contains("password authentication failed"), "{err}");
}
