//! Where the device store is: a SQLite file or a PostgreSQL server, told apart once, when
//! `--store` (or `WECOM_HW_STORE`, or `store copy FROM TO`) is parsed, instead of a path
//! that may hold a URL.
//!
//! How a location is shown: a SQLite path as it is; a PostgreSQL URL through
//! [`connect::redact`](super::pg::connect::redact) — no user information (so never a
//! password, although one in the URL is refused anyway) and no `password=` parameter —
//! in every message, table and `--json` field. Only a command printed in a hint, which
//! must run as printed, carries the URL as given ([`StoreLocation::hint_arg`]), and only
//! when it holds no password.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

/// A device store's location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// A SQLite file (created when a writing command first opens it).
    Sqlite(PathBuf),
    /// A PostgreSQL database, as its `postgres://` (or `postgresql://`) URL.
    Postgres(String),
}

impl StoreLocation {
    /// Tells the two apart: a `postgres://` or `postgresql://` URL is a server, anything
    /// else a file path. Never fails: a URL that does not parse is refused when the store
    /// is opened, with an error that does not repeat a password; a clap error would.
    pub fn parse(s: &OsStr) -> StoreLocation {
        match s.to_str() {
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                StoreLocation::Postgres(u.to_owned())
            }
            _ => StoreLocation::Sqlite(PathBuf::from(s)),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, StoreLocation::Postgres(_))
    }

    /// The SQLite file, if this is one.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            StoreLocation::Sqlite(p) => Some(p),
            StoreLocation::Postgres(_) => None,
        }
    }

    /// No location at all (no `--store` and no user data directory).
    pub fn is_empty(&self) -> bool {
        match self {
            StoreLocation::Sqlite(p) => p.as_os_str().is_empty(),
            StoreLocation::Postgres(u) => u.is_empty(),
        }
    }

    /// Whether a store may be there without opening it: a SQLite file that exists, or any
    /// server (only connecting tells).
    pub fn may_exist(&self) -> bool {
        match self {
            StoreLocation::Sqlite(p) => p.exists(),
            StoreLocation::Postgres(_) => true,
        }
    }

    /// The location as a command-line word for a command printed in a hint (shell-quoted):
    /// the path, or the URL as given so that the command reaches the same server. A URL
    /// that carries a password (refused when opened) is shown redacted instead.
    pub fn hint_arg(&self) -> String {
        let raw = match self {
            StoreLocation::Sqlite(p) => p.display().to_string(),
            StoreLocation::Postgres(u) if super::pg::connect::parse(u).is_ok() => u.clone(),
            StoreLocation::Postgres(_) => self.to_string(),
        };
        crate::output::shell_quote(&raw)
    }
}

impl From<OsString> for StoreLocation {
    /// What clap calls for `--store`, `store copy FROM TO`.
    fn from(s: OsString) -> StoreLocation {
        StoreLocation::parse(&s)
    }
}

impl From<PathBuf> for StoreLocation {
    fn from(p: PathBuf) -> StoreLocation {
        StoreLocation::parse(p.as_os_str())
    }
}

impl std::fmt::Display for StoreLocation {
    /// The path, or the redacted URL (see the module documentation).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreLocation::Sqlite(p) => write!(f, "{}", p.display()),
            StoreLocation::Postgres(u) => f.write_str(&redact_url(u)),
        }
    }
}

impl serde::Serialize for StoreLocation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The URL without its user information nor any `password=` parameter.
fn redact_url(url: &str) -> String {
    let shown = super::pg::connect::redact(url);
    match shown.split_once('?') {
        Some((base, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|kv| kv.split('=').next() != Some("password"))
                .collect();
            if kept.is_empty() {
                base.to_owned()
            } else {
                format!("{base}?{}", kept.join("&"))
            }
        }
        None => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> StoreLocation {
        StoreLocation::parse(OsStr::new(s))
    }

    #[test]
    fn urls_are_servers_and_everything_else_a_file() {
        assert_eq!(
            loc("postgres://line@db/wecom"),
            StoreLocation::Postgres("postgres://line@db/wecom".into())
        );
        assert!(loc("postgresql://db/wecom").is_postgres());
        assert_eq!(
            loc("devices.db"),
            StoreLocation::Sqlite(PathBuf::from("devices.db"))
        );
        // A file whose name merely mentions the scheme is a file.
        assert!(!loc("./postgres://x").is_postgres());
        assert!(!loc("mysql://db").is_postgres());
        assert!(loc("").is_empty());
    }

    #[test]
    fn a_url_is_shown_without_user_or_password() {
        assert_eq!(
            loc("postgres://line@db.factory:5433/wecom?sslmode=require").to_string(),
            "postgres://…@db.factory:5433/wecom?sslmode=require"
        );
        let shown =
            loc("postgres://line:hunter2@db/wecom?password=hunter3&sslmode=disable").to_string();
        assert!(!shown.contains("hunter"), "{shown}");
        assert!(!shown.contains("line"), "{shown}");
        assert!(shown.ends_with("?sslmode=disable"), "{shown}");
        assert_eq!(loc("/var/lib/d.db").to_string(), "/var/lib/d.db");
    }

    #[test]
    fn a_hint_carries_the_url_as_given_unless_it_holds_a_password() {
        assert_eq!(
            loc("postgres://line@db/wecom").hint_arg(),
            "postgres://line@db/wecom"
        );
        assert!(!loc("postgres://line:pw@db/wecom").hint_arg().contains("pw"));
        assert_eq!(loc("my store.db").hint_arg(), "'my store.db'");
    }
}
