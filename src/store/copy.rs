//! `wecom-hw store copy`: every row of one store into another, across engines, verified.
//!
//! Rows keep their ids (batch numbers stay what the ledger and the operators say), the
//! target is written in one transaction (a SQLite target as a temp file renamed into place),
//! and afterwards both stores are read back and compared table by table: row count and a
//! SHA-256 over every value in id order. Values are typed (integer or text, or NULL), so
//! the digest does not depend on the engine.

use super::{Conn, Store, now_rfc3339};
use crate::output::{ErrorCode, Failure};
use crate::store::StoreStep;
use rusqlite::TransactionBehavior;
use sha2::{Digest, Sha256};

/// A column's type in both engines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Text,
}

use Kind::{Int, Text};

/// One table of the store: its columns in copy order, and how its rows are ordered.
pub struct Table {
    pub name: &'static str,
    cols: &'static [(&'static str, Kind)],
    /// ORDER BY on SQLite / on PostgreSQL.
    order: (&'static str, &'static str),
}

/// Parent tables first (devices refer to batches).
pub const TABLES: &[Table] = &[
    Table {
        name: "batches",
        cols: &[
            ("id", Int),
            ("imported_at", Text),
            ("station", Text),
            ("source_file", Text),
            ("source_sha256", Text),
            ("sheet", Text),
            ("secret_kind", Text),
            ("devices", Int),
        ],
        order: ("id", "id"),
    },
    Table {
        name: "devices",
        cols: &[
            ("id", Int),
            ("sn", Text),
            ("secret_no", Text),
            ("secret_kind", Text),
            ("device_id", Text),
            ("qr_url", Text),
            ("hw_code", Text),
            ("model_id", Text),
            ("remark", Text),
            ("source_row", Int),
            ("batch_id", Int),
            ("status", Text),
            ("active_code", Text),
            ("device_secret", Text),
            ("corp_name", Text),
            ("last_seen", Text),
            ("exchanged_secret_no", Text),
        ],
        order: ("id", "id"),
    },
    Table {
        name: "ledger",
        cols: &[
            ("id", Int),
            ("sn", Text),
            ("at", Text),
            ("station", Text),
            ("event", Text),
            ("detail", Text),
        ],
        order: ("id", "id"),
    },
    Table {
        name: "line_units",
        cols: &[
            ("sn", Text),
            ("state", Text),
            ("station", Text),
            ("claimed_at", Text),
            ("updated_at", Text),
            ("issues", Int),
            ("reason", Text),
            ("last_error", Text),
        ],
        // Claim order: SQLite's rowid, PostgreSQL's seq (copied in this order, so kept).
        order: ("rowid", "seq"),
    },
];

/// One value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Null,
    Int(i64),
    Text(String),
}

/// A table's rows as read from a store.
pub struct Dump {
    pub tables: Vec<Vec<Vec<Val>>>,
}

/// Count and digest of one table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TableSum {
    pub table: &'static str,
    pub rows: u64,
    pub sha256: String,
}

impl Dump {
    pub fn sums(&self) -> Vec<TableSum> {
        TABLES
            .iter()
            .zip(&self.tables)
            .map(|(t, rows)| {
                let mut h = Sha256::new();
                for row in rows {
                    for v in row {
                        match v {
                            Val::Null => h.update(b"N"),
                            Val::Int(i) => h.update(format!("I{i};")),
                            Val::Text(s) => {
                                h.update(format!("T{}:", s.len()));
                                h.update(s.as_bytes());
                            }
                        }
                    }
                    h.update(b"\n");
                }
                TableSum {
                    table: t.name,
                    rows: rows.len() as u64,
                    sha256: hex::encode(h.finalize()),
                }
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.tables.iter().all(|t| t.is_empty())
    }
}

fn cols(t: &Table) -> String {
    t.cols
        .iter()
        .map(|(c, _)| *c)
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// Every row of every table, in id (claim) order.
    pub fn dump(&self) -> Result<Dump, Failure> {
        let mut tables = Vec::new();
        for t in TABLES {
            let rows = match &self.conn {
                Conn::Lite(c) => {
                    let e = |err| self.err(StoreStep::ReadTable(t.name), err);
                    let mut st = c
                        .prepare(&format!(
                            "SELECT {} FROM {} ORDER BY {}",
                            cols(t),
                            t.name,
                            t.order.0
                        ))
                        .map_err(e)?;
                    let rows = st
                        .query_map([], |r| {
                            t.cols
                                .iter()
                                .enumerate()
                                .map(|(i, (_, k))| {
                                    Ok(match k {
                                        Int => {
                                            r.get::<_, Option<i64>>(i)?.map_or(Val::Null, Val::Int)
                                        }
                                        Text => r
                                            .get::<_, Option<String>>(i)?
                                            .map_or(Val::Null, Val::Text),
                                    })
                                })
                                .collect::<rusqlite::Result<Vec<Val>>>()
                        })
                        .map_err(e)?;
                    rows.collect::<Result<Vec<_>, _>>().map_err(e)?
                }
                Conn::Pg(p) => p.with_client(|c| {
                    let rows = c
                        .query(
                            &format!("SELECT {} FROM {} ORDER BY {}", cols(t), t.name, t.order.1),
                            &[],
                        )
                        .map_err(|e| super::pg::pg_err(&p.url, StoreStep::ReadTable(t.name), e))?;
                    Ok::<_, Failure>(
                        rows.iter()
                            .map(|r| {
                                t.cols
                                    .iter()
                                    .enumerate()
                                    .map(|(i, (_, k))| match k {
                                        Int => {
                                            r.get::<_, Option<i64>>(i).map_or(Val::Null, Val::Int)
                                        }
                                        Text => r
                                            .get::<_, Option<String>>(i)
                                            .map_or(Val::Null, Val::Text),
                                    })
                                    .collect()
                            })
                            .collect(),
                    )
                })?,
            };
            tables.push(rows);
        }
        Ok(Dump { tables })
    }

    /// Writes `dump` into this store in one transaction. Refused (conflict) when the store
    /// holds anything, unless `overwrite`, which replaces its contents (PostgreSQL: the
    /// tables are dropped and rebuilt in the same transaction; a SQLite target is written
    /// by the caller into a fresh file).
    pub fn load(&mut self, dump: &Dump, overwrite: bool) -> Result<(), Failure> {
        let shown = self.path.display().to_string();
        match &mut self.conn {
            Conn::Lite(c) => {
                let path = self.path.clone();
                let e = |err| super::store_err(&path, StoreStep::CopyIntoStore, err);
                let tx = c
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .map_err(e)?;
                let n: i64 = tx
                    .query_row(
                        "SELECT (SELECT count(*) FROM devices) + (SELECT count(*) FROM batches)
                         + (SELECT count(*) FROM ledger) + (SELECT count(*) FROM line_units)",
                        [],
                        |r| r.get(0),
                    )
                    .map_err(e)?;
                if n > 0 {
                    return Err(not_empty(&shown));
                }
                for (t, rows) in TABLES.iter().zip(&dump.tables) {
                    let marks: Vec<String> = (1..=t.cols.len()).map(|i| format!("?{i}")).collect();
                    let mut st = tx
                        .prepare(&format!(
                            "INSERT INTO {} ({}) VALUES ({})",
                            t.name,
                            cols(t),
                            marks.join(", ")
                        ))
                        .map_err(e)?;
                    for row in rows {
                        let vals: Vec<rusqlite::types::Value> = row
                            .iter()
                            .map(|v| match v {
                                Val::Null => rusqlite::types::Value::Null,
                                Val::Int(i) => (*i).into(),
                                Val::Text(s) => s.clone().into(),
                            })
                            .collect();
                        st.execute(rusqlite::params_from_iter(vals)).map_err(e)?;
                    }
                }
                tx.commit().map_err(e)
            }
            Conn::Pg(p) => {
                let url = p.url.clone();
                p.with_client(|c| load_pg(c, &url, &shown, dump, overwrite))
            }
        }
    }
}

/// The refusal of a copy into a store that holds something (both engines, and
/// `store copy` before it starts).
pub fn not_empty(shown: &str) -> Failure {
    Failure::new(
        ErrorCode::StoreNotEmpty,
        crate::fl!("store-copy-not-empty", store = shown),
    )
    .hint(crate::fl!("store-copy-not-empty-hint"))
}

fn load_pg(
    c: &mut postgres::Client,
    url: &str,
    shown: &str,
    dump: &Dump,
    overwrite: bool,
) -> Result<(), Failure> {
    use postgres::types::ToSql;
    let e = |err| super::pg::pg_err(url, StoreStep::CopyIntoStore, err);
    let mut tx = c.transaction().map_err(e)?;
    if overwrite {
        tx.batch_execute(super::pg::schema::DROP_ALL).map_err(e)?;
        tx.batch_execute("CREATE TABLE wecom_hw_schema (version INTEGER NOT NULL)")
            .map_err(e)?;
        for sql in super::pg::schema::MIGRATIONS {
            tx.batch_execute(sql).map_err(e)?;
        }
        tx.execute(
            "INSERT INTO wecom_hw_schema (version) VALUES ($1)",
            &[&(super::pg::schema::MIGRATIONS.len() as i32)],
        )
        .map_err(e)?;
    } else {
        let n: i64 = tx
            .query_one(
                "SELECT (SELECT count(*) FROM devices) + (SELECT count(*) FROM batches)
                 + (SELECT count(*) FROM ledger) + (SELECT count(*) FROM line_units)",
                &[],
            )
            .map_err(e)?
            .get(0);
        if n > 0 {
            return Err(not_empty(shown));
        }
    }
    for (t, rows) in TABLES.iter().zip(&dump.tables) {
        let marks: Vec<String> = (1..=t.cols.len()).map(|i| format!("${i}")).collect();
        let st = tx
            .prepare(&format!(
                "INSERT INTO {} ({}) VALUES ({})",
                t.name,
                cols(t),
                marks.join(", ")
            ))
            .map_err(e)?;
        for row in rows {
            let vals: Vec<Box<dyn ToSql + Sync>> = row
                .iter()
                .zip(t.cols)
                .map(|(v, (_, k))| -> Box<dyn ToSql + Sync> {
                    match (v, k) {
                        (Val::Int(i), _) => Box::new(*i),
                        (Val::Text(s), _) => Box::new(s.clone()),
                        (Val::Null, Int) => Box::new(None::<i64>),
                        (Val::Null, Text) => Box::new(None::<String>),
                    }
                })
                .collect();
            let refs: Vec<&(dyn ToSql + Sync)> = vals.iter().map(|v| v.as_ref()).collect();
            tx.execute(&st, &refs).map_err(e)?;
        }
    }
    // Ids were given explicitly: move the generators past them.
    for t in ["batches", "devices", "ledger"] {
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{t}', 'id'),
                               coalesce((SELECT max(id) FROM {t}), 0) + 1, false)"
            ),
            &[],
        )
        .map_err(e)?;
    }
    tx.commit().map_err(e)
}

/// A temp file name next to `target` for a SQLite copy that is renamed into place.
pub fn temp_sibling(target: &std::path::Path) -> std::path::PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "store".into());
    let stamp = now_rfc3339().replace(':', "");
    target.with_file_name(format!(".{name}.copy-{stamp}-{}", std::process::id()))
}
