//! The production line's view of the store (`wecom-hw line`): claiming units so that no
//! two stations ever get the same one, and recording how far each unit got.
//!
//! A unit's life on the line is `claimed → issued → flashed → printed → done`, or
//! `failed` at any step ([`LineState`]; the steps themselves are planned in
//! `core::line`). The `line_units` row is written in the same `BEGIN IMMEDIATE`
//! transaction that picks the unit, so two processes racing for the next unit queue on
//! SQLite's write lock and the second one sees the first one's row. Once a row exists the
//! secret counts as issued: the unit is never claimed again unless reissued with a reason.
//! Every step also appends a ledger line stamped with the station.

use super::{Conn, Store, now_rfc3339, store_err, unknown_sn};
pub use crate::core::line::{LedgerEvent, LineState};
use crate::output::{ErrorCode, Failure};
use crate::store::StoreStep;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, ToSql, Transaction, TransactionBehavior, params};
use std::path::Path;

impl FromSql for LineState {
    fn column_result(v: ValueRef<'_>) -> FromSqlResult<Self> {
        v.as_str()?
            .parse()
            .map_err(|e| FromSqlError::Other(Box::new(e)))
    }
}

impl ToSql for LineState {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

impl ToSql for LedgerEvent {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

/// PostgreSQL reads the state as text (parameters bind `as_str()`).
impl<'a> postgres::types::FromSql<'a> for LineState {
    fn from_sql(
        ty: &postgres::types::Type,
        raw: &'a [u8],
    ) -> Result<Self, Box<dyn std::error::Error + Sync + Send>> {
        Ok(<&str as postgres::types::FromSql>::from_sql(ty, raw)?.parse()?)
    }

    fn accepts(ty: &postgres::types::Type) -> bool {
        <&str as postgres::types::FromSql>::accepts(ty)
    }
}

/// One unit's line record.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LineUnit {
    pub sn: String,
    pub state: LineState,
    pub station: Option<String>,
    pub claimed_at: String,
    pub updated_at: String,
    /// 1, plus one per reissue.
    pub issues: i64,
    pub reason: Option<String>,
    pub last_error: Option<String>,
}

impl LineUnit {
    /// Still in the hands of its station (not done, not failed).
    pub fn unfinished(&self) -> bool {
        self.state.unfinished()
    }
}

/// How a unit came to this station.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Claim {
    /// Fresh from the store.
    New,
    /// This station's own unfinished unit (after a crash or interruption).
    Resumed,
    /// Issued before, taken again with `--reissue REASON`.
    Reissued,
}

/// One ledger line with its SN (for `line report`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct LedgerRow {
    pub id: i64,
    pub sn: String,
    pub at: String,
    pub station: Option<String>,
    pub event: String,
    pub detail: Option<String>,
}

const UNIT_COLUMNS: &str = "sn, state, station, claimed_at, updated_at, issues, reason, last_error";

fn unit_from_row(r: &rusqlite::Row) -> rusqlite::Result<LineUnit> {
    Ok(LineUnit {
        sn: r.get(0)?,
        state: r.get(1)?,
        station: r.get(2)?,
        claimed_at: r.get(3)?,
        updated_at: r.get(4)?,
        issues: r.get(5)?,
        reason: r.get(6)?,
        last_error: r.get(7)?,
    })
}

/// A unit newly claimed by `station`: its line row and its `line-claimed` ledger line.
fn insert_claimed(
    tx: &Transaction,
    sn: &str,
    station: Option<&str>,
    now: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO line_units (sn, state, station, claimed_at, updated_at)
         VALUES (?1, ?4, ?2, ?3, ?3)",
        params![sn, station, now, LineState::Claimed],
    )?;
    ledger(tx, sn, now, station, LedgerEvent::LineClaimed, None)
}

fn ledger(
    tx: &Transaction,
    sn: &str,
    at: &str,
    station: Option<&str>,
    event: LedgerEvent,
    detail: Option<&str>,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO ledger (sn, at, station, event, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![sn, at, station, event, detail],
    )?;
    // Lifecycle events move the unit's status forward, never back: the line prints the
    // label after issuing the secret, and the status must stay `secret-issued`.
    if let Some(new) = event.lifecycle_rank() {
        let cur: String = tx.query_row("SELECT status FROM devices WHERE sn = ?1", [sn], |r| {
            r.get(0)
        })?;
        let cur = LedgerEvent::status_rank(&cur).unwrap_or(0);
        if new > cur {
            tx.execute(
                "UPDATE devices SET status = ?1 WHERE sn = ?2",
                params![event, sn],
            )?;
        }
    }
    Ok(())
}

/// The refusal of a unit whose secret was issued before (both engines).
pub fn already_issued(sn: &str, u: &LineUnit) -> Failure {
    Failure::new(
        ErrorCode::LineAlreadyIssued,
        crate::fl!(
            "line-already-issued",
            sn = sn,
            state = u.state.as_str(),
            station = u.station.as_deref().unwrap_or("-"),
            since = u.claimed_at.as_str()
        ),
    )
    .hint(crate::fl!("line-already-issued-hint"))
}

fn line_tx<'c>(conn: &'c mut Connection, path: &Path) -> Result<Transaction<'c>, Failure> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| store_err(path, StoreStep::StartLineTransaction, e))
}

impl Store {
    /// The station this store writes into the ledger.
    pub fn station(&self) -> Option<&str> {
        self.station.as_deref()
    }

    /// The line record of one unit, if it was ever claimed.
    pub fn line_unit(&self, sn: &str) -> Result<Option<LineUnit>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_unit(sn)),
        };
        conn.query_row(
            &format!("SELECT {UNIT_COLUMNS} FROM line_units WHERE sn = ?1"),
            [sn],
            unit_from_row,
        )
        .optional()
        .map_err(|e| self.err(StoreStep::ReadLineState, e))
    }

    /// The unit this station was working on and did not finish, if any (oldest first).
    pub fn line_unfinished(&self) -> Result<Option<LineUnit>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                let station = self.station.as_deref();
                return super::pg::off_runtime(|| p.line_unfinished(station));
            }
        };
        conn.query_row(
            &format!(
                "SELECT {UNIT_COLUMNS} FROM line_units
                     WHERE station IS ?1 AND state NOT IN (?2, ?3)
                     ORDER BY claimed_at, rowid LIMIT 1"
            ),
            params![self.station, LineState::Done, LineState::Failed],
            unit_from_row,
        )
        .optional()
        .map_err(|e| self.err(StoreStep::ReadLineState, e))
    }

    /// The SN `line_claim_next(need_url)` would take now (claims nothing).
    pub fn line_peek_next(&self, need_url: bool) -> Result<Option<String>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_peek_next(need_url)),
        };
        conn.query_row(&next_sql(need_url), [], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(StoreStep::PickNextUnit, e))
    }

    /// Unclaimed units without a static bind URL (a label cannot be printed for them):
    /// how many, and the first in import order.
    pub fn line_unclaimed_without_url(&self) -> Result<(u64, Option<String>), Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_unclaimed_without_url()),
        };
        conn.query_row(WITHOUT_URL_SQL, [], |r| {
            Ok((r.get::<_, i64>(0)? as u64, r.get(1)?))
        })
        .map_err(|e| self.err(StoreStep::CountUnitsWithoutBindUrl, e))
    }

    /// Claims the next unit nobody has claimed (import order), atomically; with
    /// `need_url`, the next one that has a static bind URL for its label.
    pub fn line_claim_next(&mut self, need_url: bool) -> Result<Option<String>, Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return super::pg::off_runtime(|| {
                    p.line_claim_next(self.station.as_deref(), need_url)
                });
            }
        };
        let path = self.path.clone();
        let station = self.station.clone();
        let e = |err| store_err(&path, StoreStep::ClaimUnit, err);
        let tx = line_tx(conn, &path)?;
        let sn: Option<String> = tx
            .query_row(&next_sql(need_url), [], |r| r.get(0))
            .optional()
            .map_err(e)?;
        let Some(sn) = sn else {
            return Ok(None);
        };
        let now = now_rfc3339();
        insert_claimed(&tx, &sn, station.as_deref(), &now).map_err(e)?;
        tx.commit().map_err(e)?;
        Ok(Some(sn))
    }

    /// Claims one named unit (`line next --sn`). A unit already issued is refused with a
    /// conflict unless `reissue` gives a reason; this station's own unfinished unit is
    /// resumed.
    pub fn line_claim_sn(
        &mut self,
        sn: &str,
        reissue: Option<&str>,
    ) -> Result<(String, Claim), Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return super::pg::off_runtime(|| {
                    p.line_claim_sn(self.station.as_deref(), sn, reissue)
                });
            }
        };
        let path = self.path.clone();
        let station = self.station.clone();
        let e = |err| store_err(&path, StoreStep::ClaimUnit, err);
        let tx = line_tx(conn, &path)?;
        let canonical: Option<String> = tx
            .query_row("SELECT sn FROM devices WHERE sn = ?1", [sn], |r| r.get(0))
            .optional()
            .map_err(e)?;
        let Some(sn) = canonical else {
            return Err(unknown_sn(&path, sn));
        };
        let existing = tx
            .query_row(
                &format!("SELECT {UNIT_COLUMNS} FROM line_units WHERE sn = ?1"),
                [&sn],
                unit_from_row,
            )
            .optional()
            .map_err(e)?;
        let now = now_rfc3339();
        let claim = match (existing, reissue) {
            (Some(u), _) if u.unfinished() && u.station == station => Claim::Resumed,
            (Some(u), None) => return Err(already_issued(&sn, &u)),
            (Some(_), Some(reason)) => {
                tx.execute(
                    "UPDATE line_units SET state = ?5, station = ?2, updated_at = ?3,
                        issues = issues + 1, reason = ?4, last_error = NULL WHERE sn = ?1",
                    params![sn, station, now, reason, LineState::Claimed],
                )
                .map_err(e)?;
                ledger(
                    &tx,
                    &sn,
                    &now,
                    station.as_deref(),
                    LedgerEvent::LineReissued,
                    Some(reason),
                )
                .map_err(e)?;
                Claim::Reissued
            }
            (None, _) => {
                insert_claimed(&tx, &sn, station.as_deref(), &now).map_err(e)?;
                Claim::New
            }
        };
        tx.commit().map_err(e)?;
        Ok((sn, claim))
    }

    /// Moves this station's unit to `state` and appends `event` to the ledger, in one
    /// transaction. `failed` keeps `detail` as the unit's last error. Refused (conflict) if
    /// the unit is no longer this station's.
    pub fn line_mark(
        &mut self,
        sn: &str,
        state: LineState,
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return super::pg::off_runtime(|| {
                    p.line_mark(self.station.as_deref(), sn, state, event, detail)
                });
            }
        };
        let path = self.path.clone();
        let station = self.station.clone();
        let e = |err| store_err(&path, StoreStep::RecordLineStep, err);
        let tx = line_tx(conn, &path)?;
        let now = now_rfc3339();
        let err_text = (state == LineState::Failed).then_some(detail).flatten();
        let n = tx
            .execute(
                "UPDATE line_units SET state = ?2, updated_at = ?3,
                    last_error = coalesce(?4, last_error)
                 WHERE sn = ?1 AND station IS ?5",
                params![sn, state, now, err_text, station],
            )
            .map_err(e)?;
        if n == 0 {
            return Err(Failure::new(
                ErrorCode::LineNotHeld,
                crate::fl!("line-not-held", sn = sn),
            ));
        }
        ledger(&tx, sn, &now, station.as_deref(), event, detail).map_err(e)?;
        tx.commit().map_err(e)
    }

    /// Appends a ledger line without changing the line state (e.g. `line-resumed`).
    pub fn line_note(
        &mut self,
        sn: &str,
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return super::pg::off_runtime(|| {
                    p.line_note(self.station.as_deref(), sn, event, detail)
                });
            }
        };
        let path = self.path.clone();
        let station = self.station.clone();
        let e = |err| store_err(&path, StoreStep::WriteLedger, err);
        let tx = line_tx(conn, &path)?;
        ledger(&tx, sn, &now_rfc3339(), station.as_deref(), event, detail).map_err(e)?;
        tx.commit().map_err(e)
    }

    /// Units per line state, plus `unclaimed` (never issued) first, in [`LineState`] order.
    pub fn line_counts(&self) -> Result<Vec<(String, u64)>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_counts()),
        };
        let e = |err| self.err(StoreStep::CountLineStates, err);
        let unclaimed: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM devices d WHERE {UNCLAIMED_SQL}"),
                [],
                |r| r.get(0),
            )
            .map_err(e)?;
        let rows = lite_state_counts(conn).map_err(e)?;
        Ok(counts(unclaimed, &rows))
    }

    /// The most recently failed units, newest first.
    pub fn line_failures(&self, limit: u32) -> Result<Vec<LineUnit>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_failures(limit)),
        };
        let e = |err| self.err(StoreStep::ListFailures, err);
        let mut st = conn
            .prepare(&format!(
                "SELECT {UNIT_COLUMNS} FROM line_units WHERE state = ?2
                 ORDER BY updated_at DESC, rowid DESC LIMIT ?1"
            ))
            .map_err(e)?;
        let rows = st
            .query_map(params![limit, LineState::Failed], unit_from_row)
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    /// Unfinished units whose line record has not moved since `before` (RFC 3339 UTC):
    /// held by a station that went silent (crashed, lost its link, or was switched off).
    pub fn line_held_before(&self, before: &str) -> Result<Vec<LineUnit>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_held_before(before)),
        };
        let e = |err| self.err(StoreStep::ReadLineState, err);
        let mut st = conn
            .prepare(&format!(
                "SELECT {UNIT_COLUMNS} FROM line_units
                 WHERE state NOT IN (?2, ?3) AND updated_at <= ?1
                 ORDER BY updated_at, rowid"
            ))
            .map_err(e)?;
        let rows = st
            .query_map(
                params![before, LineState::Done, LineState::Failed],
                unit_from_row,
            )
            .map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }

    /// Ledger lines at or after `since` (RFC 3339 UTC, compared as text), oldest first.
    pub fn ledger_since(&self, since: &str) -> Result<Vec<LedgerRow>, Failure> {
        match &self.conn {
            Conn::Lite(c) => self.ledger_where(c, "at >= ?1", &since),
            Conn::Pg(p) => super::pg::off_runtime(|| p.ledger_where("at >= $1", &since)),
        }
    }

    /// The ledger lines matching `filter` (an SQL condition on `ledger` with one
    /// parameter, `?1`), oldest first: the one query behind every ledger read.
    pub(super) fn ledger_where(
        &self,
        conn: &Connection,
        filter: &str,
        arg: &dyn ToSql,
    ) -> Result<Vec<LedgerRow>, Failure> {
        let e = |err| self.err(StoreStep::ReadLedger, err);
        let mut st = conn
            .prepare(&format!(
                "SELECT id, sn, at, station, event, detail FROM ledger WHERE {filter} ORDER BY id"
            ))
            .map_err(e)?;
        let rows = st.query_map([arg], ledger_row).map_err(e)?;
        rows.collect::<Result<_, _>>().map_err(e)
    }
}

fn ledger_row(r: &rusqlite::Row) -> rusqlite::Result<LedgerRow> {
    Ok(LedgerRow {
        id: r.get(0)?,
        sn: r.get(1)?,
        at: r.get(2)?,
        station: r.get(3)?,
        event: r.get(4)?,
        detail: r.get(5)?,
    })
}

impl Store {
    /// A number that changes whenever another connection commits a write: a polling
    /// [`super::changes::ChangeWatch`] compares it to know when the store changed. SQLite: `PRAGMA data_version` (it
    /// changes only for commits by other connections, which is every writer: the console
    /// never writes). PostgreSQL: the newest ledger id, since every line step and import
    /// appends a ledger line.
    pub fn change_marker(&self) -> Result<i64, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.change_marker()),
        };
        conn.query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.err(StoreStep::WatchForChanges, e))
    }

    /// Reconnects a PostgreSQL store whose connection was lost (see
    /// [`super::pg::Pg::reconnect_if_lost`]); a SQLite file has nothing to reconnect.
    pub fn reconnect_if_lost(&self) -> Result<bool, Failure> {
        match &self.conn {
            Conn::Lite(_) => Ok(false),
            Conn::Pg(p) => super::pg::off_runtime(|| p.reconnect_if_lost()),
        }
    }

    /// [`Store::line_counts`] for the console, without its per-unit `NOT EXISTS`: the
    /// units not yet claimed are all units less those with a line record (every line
    /// record is a unit's: rows are only made by claiming a unit of `devices`). Two
    /// counts instead of a million look-ups on a store of a million units.
    pub fn line_counts_quick(&self) -> Result<Vec<(String, u64)>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.line_counts()),
        };
        let e = |err| self.err(StoreStep::CountLineStates, err);
        let total: i64 = conn
            .query_row("SELECT count(*) FROM devices", [], |r| r.get(0))
            .map_err(e)?;
        let rows = lite_state_counts(conn).map_err(e)?;
        let claimed: i64 = rows.iter().map(|(_, n)| n).sum();
        Ok(counts((total - claimed).max(0), &rows))
    }

    /// The first ledger id whose time is at or after `since`, found by bisection on the
    /// id (ids and times grow together: every line is stamped when it is appended), so a
    /// shift's lines are found without scanning a ledger of millions. `None`: no such line.
    pub fn ledger_first_id_since(&self, since: &str) -> Result<Option<i64>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return super::pg::off_runtime(|| p.ledger_first_id_since(since)),
        };
        let e = |err| self.err(StoreStep::ReadLedger, err);
        let bounds = conn
            .query_row("SELECT min(id), max(id) FROM ledger", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(e)?;
        first_id_since(since, bounds, |id| {
            conn.query_row(
                "SELECT id, at FROM ledger WHERE id >= ?1 ORDER BY id LIMIT 1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(e)
        })
    }

    /// Ledger lines from id `from` on, oldest first (the console's shift window).
    pub fn ledger_from_id(&self, from: i64) -> Result<Vec<LedgerRow>, Failure> {
        match &self.conn {
            Conn::Lite(c) => self.ledger_where(c, "id >= ?1", &from),
            Conn::Pg(p) => super::pg::off_runtime(|| p.ledger_where("id >= $1", &from)),
        }
    }
}

/// The bisection of [`Store::ledger_first_id_since`] (both engines): `bounds` are the
/// ledger's smallest and largest id, `at(x)` the first line at or after id `x` with its
/// time. About 20 look-ups by primary key for a ledger of millions of lines.
pub(super) fn first_id_since(
    since: &str,
    bounds: (Option<i64>, Option<i64>),
    mut at: impl FnMut(i64) -> Result<Option<(i64, String)>, Failure>,
) -> Result<Option<i64>, Failure> {
    let (Some(mut lo), Some(mut hi)) = bounds else {
        return Ok(None);
    };
    match at(hi)? {
        Some((_, t)) if t.as_str() >= since => {}
        _ => return Ok(None),
    }
    // P(x) = "the first line at or after id x is in the window" is monotone in x:
    // find the smallest x where it holds.
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match at(mid)? {
            Some((_, t)) if t.as_str() >= since => hi = mid,
            _ => lo = mid + 1,
        }
    }
    Ok(at(lo)?.map(|(id, _)| id))
}

/// `unclaimed` first, then every [`LineState`] in order with its count (0 when absent).
pub(super) fn counts(unclaimed: i64, rows: &[(LineState, i64)]) -> Vec<(String, u64)> {
    let mut out = vec![(UNCLAIMED.to_owned(), unclaimed as u64)];
    for s in LineState::ALL {
        let n = rows.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
        out.push((s.as_str().to_owned(), n as u64));
    }
    out
}

/// The count of units without a line record, beside the states in `line status`.
pub const UNCLAIMED: &str = "unclaimed";

/// Units without a line record (both engines): `line_claimed` is set by the schema's
/// trigger on `line_units` (migration 4), and its partial index `devices_unclaimed` holds
/// exactly these units in import order, so neither the next unit nor their count walks
/// the units already claimed.
pub(super) const UNCLAIMED_SQL: &str = "d.line_claimed IS NULL";

/// The first unit in import order without a line record (with `need_url`: the first
/// that also has a static bind URL, so its label can be printed).
pub(super) fn next_sql(need_url: bool) -> String {
    format!(
        "SELECT d.sn FROM devices d WHERE {UNCLAIMED_SQL}{} ORDER BY d.id LIMIT 1",
        if need_url { HAS_URL } else { "" }
    )
}

/// The condition on `devices d` that a label can be printed (both engines).
pub(super) const HAS_URL: &str = " AND coalesce(d.qr_url, '') <> ''";

/// How many unclaimed units have no static bind URL, and the first of them (both
/// engines).
pub(super) const WITHOUT_URL_SQL: &str = "SELECT
    (SELECT count(*) FROM devices d WHERE d.line_claimed IS NULL
        AND coalesce(d.qr_url, '') = ''),
    (SELECT d.sn FROM devices d WHERE d.line_claimed IS NULL
        AND coalesce(d.qr_url, '') = '' ORDER BY d.id LIMIT 1)";

/// Units on the line by state (SQLite).
fn lite_state_counts(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<(LineState, i64)>> {
    conn.prepare("SELECT state, count(*) FROM line_units GROUP BY state")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::secret::Secret;
    use crate::import::{DeviceRecord, SecretKind};
    use crate::store::{BatchSource, StoreOptions};

    fn store_with(dir: &std::path::Path, station: &str, n: usize) -> Store {
        let mut o = StoreOptions::new(dir.join("d.db"));
        o.station = Some(station.to_owned());
        let mut s = Store::open(&o).unwrap();
        let recs: Vec<DeviceRecord> = (1..=n)
            .map(|i| DeviceRecord {
                sn: format!("U{i:03}"),
                secret_no: Secret::new(&format!("{i:032x}")).unwrap(),
                secret_kind: SecretKind::PerDevice,
                device_id: None,
                qr_url: None,
                hw_code: None,
                model_id: None,
                remark: None,
                source_row: i as u32 + 1,
            })
            .collect();
        let src = BatchSource {
            file: "t.csv".into(),
            sha256: "0".into(),
            sheet: None,
        };
        s.import_batch(&src, &recs, true).unwrap();
        s
    }

    fn open_as(dir: &std::path::Path, station: &str) -> Store {
        let mut o = StoreOptions::new(dir.join("d.db"));
        o.station = Some(station.to_owned());
        Store::open(&o).unwrap()
    }

    #[test]
    fn two_handles_claim_different_units_until_none_is_left() {
        let d = tempfile::tempdir().unwrap();
        let mut a = store_with(d.path(), "a", 3);
        let mut b = open_as(d.path(), "b");
        assert_eq!(a.line_claim_next(false).unwrap().as_deref(), Some("U001"));
        assert_eq!(b.line_claim_next(false).unwrap().as_deref(), Some("U002"));
        assert_eq!(a.line_claim_next(false).unwrap().as_deref(), Some("U003"));
        assert_eq!(b.line_claim_next(false).unwrap(), None);
        assert_eq!(b.line_unfinished().unwrap().unwrap().sn, "U002");
        assert_eq!(
            a.line_unfinished().unwrap().unwrap().sn,
            "U001",
            "oldest first"
        );
    }

    #[test]
    fn an_issued_unit_needs_a_reason_and_steps_belong_to_the_holder() {
        let d = tempfile::tempdir().unwrap();
        let mut a = store_with(d.path(), "a", 2);
        let mut b = open_as(d.path(), "b");
        let (sn, c) = a.line_claim_sn("u001", None).unwrap();
        assert_eq!((sn.as_str(), c), ("U001", Claim::New));
        assert_eq!(a.line_claim_sn("U001", None).unwrap().1, Claim::Resumed);
        let e = b.line_claim_sn("U001", None).unwrap_err();
        assert_eq!(e.code, ErrorCode::LineAlreadyIssued);
        let e = b
            .line_mark("U001", LineState::Issued, LedgerEvent::SecretIssued, None)
            .unwrap_err();
        assert_eq!(e.code, ErrorCode::LineNotHeld, "b does not hold U001");
        a.line_mark(
            "U001",
            LineState::Failed,
            LedgerEvent::FlashFailed,
            Some("no ack"),
        )
        .unwrap();
        assert_eq!(
            b.line_claim_sn("U001", Some("rework")).unwrap().1,
            Claim::Reissued
        );
        let u = b.line_unit("U001").unwrap().unwrap();
        assert_eq!(
            (u.issues, u.station.as_deref(), u.state),
            (2, Some("b"), LineState::Claimed)
        );
        assert_eq!(u.reason.as_deref(), Some("rework"));
        assert_eq!(
            b.line_claim_sn("NOPE", None).unwrap_err().code,
            ErrorCode::StoreUnknownSn
        );
    }

    #[test]
    fn status_moves_forward_only() {
        let d = tempfile::tempdir().unwrap();
        let mut a = store_with(d.path(), "a", 1);
        a.line_claim_next(false).unwrap();
        a.line_mark("U001", LineState::Issued, LedgerEvent::SecretIssued, None)
            .unwrap();
        a.line_mark("U001", LineState::Printed, LedgerEvent::LabelPrinted, None)
            .unwrap();
        assert_eq!(a.get("U001").unwrap().unwrap().status, "secret-issued");
        let counts = a.line_counts().unwrap();
        assert!(counts.contains(&(LineState::Printed.as_str().to_owned(), 1)));
        assert!(counts.contains(&(UNCLAIMED.to_owned(), 0)));
    }

    /// The shift's first line is found among ids with gaps (a rolled-back insert leaves
    /// one on PostgreSQL), whatever side of a gap the window starts.
    #[test]
    fn the_first_line_of_a_window_is_found_by_bisection() {
        let lines: Vec<(i64, &str)> = vec![(3, "a"), (4, "b"), (9, "c"), (10, "c"), (17, "e")];
        let find = |since: &str| {
            let at = |x: i64| {
                Ok(lines
                    .iter()
                    .find(|(id, _)| *id >= x)
                    .map(|(id, t)| (*id, t.to_string())))
            };
            first_id_since(since, (Some(3), Some(17)), at).unwrap()
        };
        assert_eq!(find(""), Some(3));
        assert_eq!(find("b"), Some(4));
        assert_eq!(find("bb"), Some(9));
        assert_eq!(find("c"), Some(9));
        assert_eq!(find("d"), Some(17));
        assert_eq!(find("f"), None);
        assert_eq!(
            first_id_since("a", (None, None), |_| Ok(None)).unwrap(),
            None
        );
    }

    /// The schema's CHECK (a migration, frozen) names exactly the states of [`LineState`],
    /// on both engines: the enum is stored as these strings without a migration.
    #[test]
    fn the_schema_allows_exactly_the_line_states() {
        let names: Vec<String> = LineState::ALL
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect();
        let check = format!("CHECK (state IN ({}))", names.join(", "));
        let d = tempfile::tempdir().unwrap();
        let s = store_with(d.path(), "a", 1);
        let sql: String = s
            .lite()
            .query_row(
                "SELECT sql FROM sqlite_master WHERE name = 'line_units'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(sql.contains(&check), "{sql}");
        let pg = include_str!("pg/schema.rs");
        assert!(pg.contains(&check), "PostgreSQL schema: {check}");
    }
}
