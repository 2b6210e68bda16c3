//! Every store test runs on both engines: SQLite (a file in a temp dir) and PostgreSQL (a
//! fresh database on the throwaway server that `bash .ci/test` starts through
//! `.ci/postgres`, found in `WECOM_HW_TEST_PG`).
//!
//! A test written as `fn name(b: Backend)` becomes `sqlite::name` and `pg::name` with
//! `both_backends!(name, …);`.

use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The server URL, or a failure that says how to get one (never a silent pass).
pub fn server_url(var: &str) -> String {
    std::env::var(var)
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| {
            panic!(
                "{var} is not set: the PostgreSQL store tests need the throwaway server that \
             `bash .ci/test` starts (by hand: eval \"$(bash .ci/postgres start)\")"
            )
        })
}

/// A fresh database, dropped (with its connections) when the test ends.
pub struct PgDb {
    pub url: String,
    admin: String,
    name: String,
}

impl PgDb {
    /// On the main test server.
    pub fn new() -> PgDb {
        PgDb::on(&server_url("WECOM_HW_TEST_PG"))
    }

    /// On the server at `admin` (a URL of any database there).
    pub fn on(admin: &str) -> PgDb {
        let name = format!("t_{}_{:08x}", std::process::id(), rand::random::<u32>());
        let mut c = postgres::Client::connect(admin, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot reach the test server {admin}: {e}"));
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let base = admin.rsplit_once('/').map_or(admin, |(b, _)| b);
        PgDb {
            url: format!("{base}/{name}"),
            admin: admin.to_owned(),
            name,
        }
    }

    pub fn client(&self) -> postgres::Client {
        postgres::Client::connect(&self.url, postgres::NoTls).unwrap()
    }

    /// True once something created the store's tables.
    pub fn has_store(&self) -> bool {
        self.client()
            .query_one("SELECT to_regclass('devices') IS NOT NULL", &[])
            .unwrap()
            .get(0)
    }

    /// Row counts and an MD5 of every row of the store's tables, computed by the server
    /// itself (not by wecom-hw): equal before and after means nothing changed.
    pub fn digest(&self) -> String {
        if !self.has_store() {
            return "no store".into();
        }
        let mut c = self.client();
        let mut out = String::new();
        for (t, order) in [
            ("batches", "id"),
            ("devices", "id"),
            ("ledger", "id"),
            ("line_units", "seq"),
            ("wecom_hw_schema", "version"),
        ] {
            let r = c
                .query_one(
                    &format!(
                        "SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY {order})), '')
                         FROM {t} t"
                    ),
                    &[],
                )
                .unwrap();
            let n: i64 = r.get(0);
            let h: String = r.get(1);
            out.push_str(&format!("{t}:{n}:{h} "));
        }
        out
    }

    pub fn count(&self, table: &str) -> i64 {
        self.client()
            .query_one(&format!("SELECT count(*) FROM {table}"), &[])
            .unwrap()
            .get(0)
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// Where a test's store lives.
pub struct StoreLoc {
    /// A file path, or the database URL (what `--store` / `WECOM_HW_STORE` take).
    pub location: PathBuf,
    pub pg: Option<PgDb>,
}

impl StoreLoc {
    /// `file` is the SQLite path to use on that engine.
    pub fn new(b: Backend, file: PathBuf) -> StoreLoc {
        match b {
            Backend::Sqlite => StoreLoc {
                location: file,
                pg: None,
            },
            Backend::Postgres => {
                let db = PgDb::new();
                StoreLoc {
                    location: PathBuf::from(&db.url),
                    pg: Some(db),
                }
            }
        }
    }

    /// A fresh database on the server at `admin` (e.g. the killable one).
    pub fn pg_on(admin: &str) -> StoreLoc {
        let db = PgDb::on(admin);
        StoreLoc {
            location: PathBuf::from(&db.url),
            pg: Some(db),
        }
    }

    /// Did anything create the store?
    pub fn exists(&self) -> bool {
        match &self.pg {
            None => self.location.exists(),
            Some(db) => db.has_store(),
        }
    }

    /// SQLite: the file's bytes; PostgreSQL: row counts and row checksums. Equal before
    /// and after means the store was not changed.
    pub fn fingerprint(&self) -> String {
        match &self.pg {
            None => {
                use sha2::{Digest, Sha256};
                hex::encode(Sha256::digest(std::fs::read(&self.location).unwrap()))
            }
            Some(db) => db.digest(),
        }
    }

    /// A query answered by either engine (one integer).
    pub fn count(&self, table: &str) -> i64 {
        match &self.pg {
            None => rusqlite::Connection::open(&self.location)
                .unwrap()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap(),
            Some(db) => db.count(table),
        }
    }

    /// Takes away what schema migrations 4 and 5 added (the index of unclaimed units,
    /// PostgreSQL's ledger NOTIFY trigger), leaving the version number to the caller: a
    /// store as a release before them left it.
    pub fn undo_migrations_4_and_5(&self) {
        match &self.pg {
            None => rusqlite::Connection::open(&self.location)
                .unwrap()
                .execute_batch(
                    "DROP TRIGGER line_units_claimed; DROP INDEX devices_unclaimed;
                     ALTER TABLE devices DROP COLUMN line_claimed;",
                )
                .unwrap(),
            Some(db) => db
                .client()
                .batch_execute(
                    "DROP TRIGGER line_units_claimed ON line_units;
                     DROP FUNCTION wecom_hw_line_claimed();
                     DROP TRIGGER ledger_notify ON ledger;
                     DROP FUNCTION wecom_hw_ledger_notify();
                     DROP INDEX devices_unclaimed;
                     ALTER TABLE devices DROP COLUMN line_claimed;",
                )
                .unwrap(),
        }
    }
}

/// `both_backends!(a, b)` → `mod sqlite { #[test] fn a() … }` and `mod pg { … }`, each
/// calling `a(Backend::…)`.
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $name() { super::$name($crate::support::store::Backend::Sqlite) } )*
        }
        mod pg {
            $( #[test] fn $name() { super::$name($crate::support::store::Backend::Postgres) } )*
        }
    };
}
pub(crate) use both_backends;
