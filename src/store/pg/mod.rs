//! The store on PostgreSQL: the same tables, rules and answers as the SQLite file, shared
//! by every station of a site.
//!
//! How the SQLite guarantees carry over:
//! - one transaction per write, as there; imports additionally take a transaction-scoped
//!   advisory lock so two importers queue instead of interleaving (SQLite's write lock);
//! - `line next` picks its unit with `SELECT … FOR UPDATE SKIP LOCKED`, so stations on
//!   different machines claim in parallel and never the same unit; the claim row is
//!   committed before the payload leaves the store, so a lost connection leaves the unit
//!   claimed by its station, which resumes it on its next `line next`;
//! - the ledger refuses UPDATE, DELETE and TRUNCATE (trigger);
//! - SNs are unique regardless of case (unique index on `lower(sn)`).

pub mod connect;
pub(crate) mod schema;

use super::line::{
    Claim, LedgerEvent, LedgerRow, LineState, LineUnit, UNCLAIMED_SQL, WITHOUT_URL_SQL, next_sql,
};
use super::{
    Batch, BatchSource, Conflict, Credentials, DeviceFilter, ImportOutcome, LIFECYCLE,
    StoredDevice, batch_kind, glob_to_like, now_rfc3339,
};
use crate::core::secret::Secret;
use crate::import::{DeviceRecord, SecretKind};
use crate::output::{ErrorCode, Failure};
use crate::store::StoreStep;
use postgres::types::ToSql;
use postgres::{Client, Row, Transaction};
use std::sync::{Mutex, MutexGuard};

/// Records per INSERT statement of an import.
const IMPORT_CHUNK: usize = 5000;

/// secret_no, device_id, hw_code, batch_id of a stored unit.
type StoredIdentity = (String, Option<String>, Option<String>, Option<i64>);

/// Serialises migrations and imports across every client of one database.
const LOCK_MIGRATE: i64 = 0x7765_636f_6d00_0001;
const LOCK_IMPORT: i64 = 0x7765_636f_6d00_0002;

/// Runs `f` where the synchronous driver may block: on this thread, or, when called from
/// inside a tokio runtime (`connect`, `ble`, `cloud` are async), on a short-lived plain
/// thread, since the driver's own runtime cannot start inside another.
pub fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if tokio::runtime::Handle::try_current().is_err() {
        return f();
    }
    std::thread::scope(|s| {
        s.spawn(f)
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p))
    })
}

/// The driver's client, closed off any tokio runtime when dropped (closing blocks too).
struct ClientBox(Option<Client>);

impl std::ops::Deref for ClientBox {
    type Target = Client;
    fn deref(&self) -> &Client {
        self.0.as_ref().expect("open until dropped")
    }
}

impl std::ops::DerefMut for ClientBox {
    fn deref_mut(&mut self) -> &mut Client {
        self.0.as_mut().expect("open until dropped")
    }
}

impl Drop for ClientBox {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            off_runtime(move || drop(c));
        }
    }
}

/// An open PostgreSQL store. The driver needs `&mut` for every query while the store's
/// readers take `&self`; the mutex bridges that (and lets a call move to another thread,
/// see [`off_runtime`]).
pub struct Pg {
    client: Mutex<ClientBox>,
    /// The location as given (it carries no password: those are refused).
    pub url: String,
}

/// Maps a driver error through [`crate::store::error::StoreError`] (a lost or refused
/// connection is a network failure, exit 7; the rest a store failure, exit 10). A function
/// rather than `From<postgres::Error>`: the message names the store and the step, which
/// the driver error does not know.
pub fn pg_err(url: &str, what: StoreStep, e: postgres::Error) -> Failure {
    crate::store::error::StoreError {
        store: connect::redact(url),
        step: what,
        driver: crate::store::error::Driver::Pg(e),
    }
    .into()
}

/// A store written by a newer wecom-hw (both checks, before and inside the migration lock,
/// say the same).
fn too_new(url: &str, v: i64, target: i64) -> Failure {
    Failure::new(
        ErrorCode::StoreTooNew,
        crate::fl!(
            "store-too-new",
            store = connect::redact(url),
            version = v,
            known = target
        ),
    )
    .hint(crate::fl!("store-too-new-hint"))
}

fn unknown_sn(url: &str, sn: &str) -> Failure {
    super::unknown_sn(std::path::Path::new(&connect::redact(url)), sn)
}

impl Pg {
    /// Connects and brings the schema up to date. With `create` false, a database without
    /// the store's tables answers `None` (a read-only command must not create them).
    pub fn open(url: &str, create: bool) -> Result<Option<Pg>, Failure> {
        let client = connect::connect(url)?;
        let pg = Pg {
            client: Mutex::new(ClientBox(Some(client))),
            url: url.to_owned(),
        };
        let v = pg.version()?;
        if v.is_none() && !create {
            return Ok(None);
        }
        pg.migrate(v)?;
        Ok(Some(pg))
    }

    fn c(&self) -> MutexGuard<'_, ClientBox> {
        self.client.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn err(&self, what: StoreStep) -> impl Fn(postgres::Error) -> Failure + '_ {
        move |e| pg_err(&self.url, what, e)
    }

    /// The schema version, `None` when the database has no store yet.
    pub fn version(&self) -> Result<Option<i64>, Failure> {
        let mut c = self.c();
        let exists: bool = c
            .query_one("SELECT to_regclass('wecom_hw_schema') IS NOT NULL", &[])
            .map_err(self.err(StoreStep::ReadSchemaVersion))?
            .get(0);
        if !exists {
            return Ok(None);
        }
        let v: Option<i32> = c
            .query_opt("SELECT version FROM wecom_hw_schema", &[])
            .map_err(self.err(StoreStep::ReadSchemaVersion))?
            .map(|r| r.get(0));
        Ok(Some(v.unwrap_or(0) as i64))
    }

    fn migrate(&self, seen: Option<i64>) -> Result<(), Failure> {
        let target = schema::MIGRATIONS.len() as i64;
        if seen == Some(target) {
            return Ok(());
        }
        if let Some(v) = seen.filter(|v| *v > target) {
            return Err(too_new(&self.url, v, target));
        }
        let e = self.err(StoreStep::SchemaMigration);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_MIGRATE])
            .map_err(&e)?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS wecom_hw_schema (version INTEGER NOT NULL)")
            .map_err(&e)?;
        // Re-read inside the lock: another station may have migrated meanwhile.
        let v: i32 = tx
            .query_opt("SELECT version FROM wecom_hw_schema", &[])
            .map_err(&e)?
            .map_or(0, |r| r.get(0));
        if v as i64 > target {
            return Err(too_new(&self.url, v.into(), target));
        }
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(v as usize) {
            tx.batch_execute(sql)
                .map_err(|err| pg_err(&self.url, StoreStep::Migration(i + 1), err))?;
        }
        tx.execute("DELETE FROM wecom_hw_schema", &[]).map_err(&e)?;
        tx.execute(
            "INSERT INTO wecom_hw_schema (version) VALUES ($1)",
            &[&(target as i32)],
        )
        .map_err(&e)?;
        tx.commit().map_err(&e)
    }

    pub fn import_batch(
        &self,
        station: Option<&str>,
        source: &BatchSource,
        records: &[DeviceRecord],
        commit: bool,
    ) -> Result<ImportOutcome, Failure> {
        let e = |what: StoreStep| move |err| pg_err(&self.url, what, err);
        let mut c = self.c();
        let mut tx = c
            .transaction()
            .map_err(e(StoreStep::StartImportTransaction))?;
        let now = now_rfc3339();
        let kind = batch_kind(records);
        let batch_id: Option<i64> = if commit {
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK_IMPORT])
                .map_err(e(StoreStep::LockStoreForImport))?;
            Some(
                tx.query_one(
                    "INSERT INTO batches (imported_at, station, source_file, source_sha256,
                        sheet, secret_kind, devices) VALUES ($1, $2, $3, $4, $5, $6, 0)
                     RETURNING id",
                    &[
                        &now,
                        &station,
                        &source.file,
                        &source.sha256,
                        &source.sheet,
                        &kind,
                    ],
                )
                .map_err(e(StoreStep::RecordBatch))?
                .get(0),
            )
        } else {
            None
        };
        let mut out = ImportOutcome::default();
        // In chunks, two statements each: one INSERT … SELECT FROM unnest(arrays) in file
        // order (ids, hence claim order, follow the file), then one look-up of whatever
        // was not inserted. A round trip per unit would make a 200,000-unit export take
        // minutes over a network.
        for (c, chunk) in records.chunks(IMPORT_CHUNK).enumerate() {
            let base = c * IMPORT_CHUNK;
            let mut inserted: std::collections::HashSet<String> = Default::default();
            if commit {
                let col = |f: &dyn Fn(&DeviceRecord) -> Option<String>| -> Vec<Option<String>> {
                    chunk.iter().map(f).collect()
                };
                let sn = col(&|r| Some(r.sn.clone()));
                let secret = col(&|r| Some(r.secret_no.expose().to_owned()));
                let kind = col(&|r| Some(r.secret_kind.name().to_owned()));
                let device_id = col(&|r| r.device_id.map(|d| d.to_string()));
                let qr_url = col(&|r| r.qr_url.clone());
                let hw_code = col(&|r| r.hw_code.clone());
                let model_id = col(&|r| r.model_id.clone());
                let remark = col(&|r| r.remark.clone());
                let source_row: Vec<i64> = chunk.iter().map(|r| r.source_row as i64).collect();
                let rows = tx
                    .query(
                        "INSERT INTO devices (sn, secret_no, secret_kind, device_id, qr_url,
                            hw_code, model_id, remark, source_row, batch_id)
                         SELECT sn, secret_no, kind, device_id, qr_url, hw_code, model_id,
                                remark, source_row, $10
                         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
                                     $5::text[], $6::text[], $7::text[], $8::text[],
                                     $9::bigint[]) WITH ORDINALITY
                              AS u(sn, secret_no, kind, device_id, qr_url, hw_code,
                                   model_id, remark, source_row, ord)
                         ORDER BY ord
                         ON CONFLICT ((lower(sn))) DO NOTHING
                         RETURNING lower(sn)",
                        &[
                            &sn,
                            &secret,
                            &kind,
                            &device_id,
                            &qr_url,
                            &hw_code,
                            &model_id,
                            &remark,
                            &source_row,
                            &batch_id,
                        ],
                    )
                    .map_err(e(StoreStep::InsertDevices))?;
                inserted = rows.iter().map(|r| r.get::<_, String>(0)).collect();
            }
            // Inserted: the first record with that SN. Everything else is compared with
            // what the store holds (which includes this batch's own earlier rows).
            let mut new_here = vec![false; chunk.len()];
            let mut rest = Vec::new();
            for (k, r) in chunk.iter().enumerate() {
                if inserted.remove(&r.sn.to_ascii_lowercase()) {
                    new_here[k] = true;
                } else {
                    rest.push(r.sn.to_ascii_lowercase());
                }
            }
            let mut stored: std::collections::HashMap<String, StoredIdentity> = Default::default();
            if !rest.is_empty() {
                for row in tx
                    .query(
                        "SELECT lower(sn), secret_no, device_id, hw_code, batch_id FROM devices
                         WHERE lower(sn) = ANY($1)",
                        &[&rest],
                    )
                    .map_err(e(StoreStep::LookUpDevices))?
                {
                    stored.insert(row.get(0), (row.get(1), row.get(2), row.get(3), row.get(4)));
                }
            }
            for (k, r) in chunk.iter().enumerate() {
                let i = base + k;
                if new_here[k] {
                    out.new.push(i);
                    continue;
                }
                let device_id = r.device_id.map(|d| d.to_string());
                match stored.get(&r.sn.to_ascii_lowercase()) {
                    None => out.new.push(i),
                    Some((secret, did, hw, b)) => {
                        let mut fields = Vec::new();
                        if secret != r.secret_no.expose() {
                            fields.push("secret_no");
                        }
                        if did.is_some() && device_id.is_some() && *did != device_id {
                            fields.push("device_id");
                        }
                        if hw.is_some() && r.hw_code.is_some() && *hw != r.hw_code {
                            fields.push("hw_code");
                        }
                        if fields.is_empty() {
                            out.unchanged.push(i);
                        } else {
                            out.conflicts.push(Conflict {
                                index: i,
                                sn: r.sn.clone(),
                                fields,
                                stored_batch: *b,
                            });
                        }
                    }
                }
            }
        }
        if commit && out.conflicts.is_empty() && !out.new.is_empty() {
            tx.execute(
                "UPDATE batches SET devices = $1 WHERE id = $2",
                &[&(out.new.len() as i64), &batch_id],
            )
            .map_err(e(StoreStep::RecordBatch))?;
            tx.execute(
                "INSERT INTO ledger (sn, at, station, event, detail)
                 SELECT sn, $1, $2, $5::text,
                        'batch ' || $3::bigint || ' from ' || $4::text || ' row ' || source_row
                 FROM devices WHERE batch_id = $3 ORDER BY id",
                &[
                    &now,
                    &station,
                    &batch_id,
                    &source.file,
                    &LedgerEvent::Imported.as_str(),
                ],
            )
            .map_err(e(StoreStep::WriteLedger))?;
            tx.commit().map_err(e(StoreStep::CommitImport))?;
            out.batch_id = batch_id;
        } else {
            tx.rollback().map_err(e(StoreStep::RollBackImport))?;
        }
        Ok(out)
    }

    pub fn get(&self, sn: &str) -> Result<Option<StoredDevice>, Failure> {
        let sql =
            format!("SELECT {DEVICE_COLUMNS} FROM {DEVICE_FROM} WHERE lower(d.sn) = lower($1)");
        let row = self
            .c()
            .query_opt(&sql, &[&sn])
            .map_err(self.err(StoreStep::ReadDevice))?;
        row.map(|r| device_from_row(&r)).transpose()
    }

    pub fn list(&self, f: &DeviceFilter) -> Result<Vec<StoredDevice>, Failure> {
        let mut sql = format!("SELECT {DEVICE_COLUMNS} FROM {DEVICE_FROM} WHERE true");
        let mut args: Vec<Box<dyn ToSql + Sync>> = Vec::new();
        if let Some(b) = f.batch {
            args.push(Box::new(b));
            sql.push_str(&format!(" AND d.batch_id = ${}", args.len()));
        }
        if let Some(s) = &f.status {
            args.push(Box::new(s.clone()));
            sql.push_str(&format!(" AND d.status = ${}", args.len()));
        }
        if let Some(p) = &f.sn_pattern {
            args.push(Box::new(glob_to_like(p)));
            sql.push_str(&format!(" AND d.sn ILIKE ${} ESCAPE '\\'", args.len()));
        }
        // SQLite orders text by bytes; so does the C collation.
        sql.push_str(" ORDER BY d.sn COLLATE \"C\"");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let refs: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a.as_ref()).collect();
        let rows = self
            .c()
            .query(&sql, &refs)
            .map_err(self.err(StoreStep::ListDevices))?;
        rows.iter().map(device_from_row).collect()
    }

    pub fn count(&self) -> Result<u64, Failure> {
        let n: i64 = self
            .c()
            .query_one("SELECT count(*) FROM devices", &[])
            .map_err(self.err(StoreStep::CountDevices))?
            .get(0);
        Ok(n as u64)
    }

    pub fn batches(&self) -> Result<Vec<Batch>, Failure> {
        let rows = self
            .c()
            .query(
                "SELECT id, imported_at, station, source_file, source_sha256, sheet,
                        secret_kind, devices FROM batches ORDER BY id",
                &[],
            )
            .map_err(self.err(StoreStep::ListBatches))?;
        Ok(rows
            .iter()
            .map(|r| Batch {
                id: r.get(0),
                imported_at: r.get(1),
                station: r.get(2),
                source_file: r.get(3),
                source_sha256: r.get(4),
                sheet: r.get(5),
                secret_kind: r.get(6),
                devices: r.get::<_, i64>(7) as u64,
            })
            .collect())
    }

    pub fn record_event(
        &self,
        station: Option<&str>,
        sn: &str,
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        let e = self.err(StoreStep::RecordLedgerEvent);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        let canonical: Option<String> = tx
            .query_opt(
                "SELECT sn FROM devices WHERE lower(sn) = lower($1) FOR UPDATE",
                &[&sn],
            )
            .map_err(&e)?
            .map(|r| r.get(0));
        if canonical.is_none() {
            return Err(unknown_sn(&self.url, sn));
        }
        tx.execute(
            "INSERT INTO ledger (sn, at, station, event, detail) VALUES ($1, $2, $3, $4, $5)",
            &[&sn, &now_rfc3339(), &station, &event.as_str(), &detail],
        )
        .map_err(&e)?;
        if event.lifecycle_rank().is_some() {
            tx.execute(
                "UPDATE devices SET status = $1 WHERE lower(sn) = lower($2)",
                &[&event.as_str(), &sn],
            )
            .map_err(&e)?;
        }
        tx.commit().map_err(&e)
    }

    pub fn save_state(&self, sn: &str, s: &Credentials) -> Result<(), Failure> {
        let n = self
            .c()
            .execute(
                "UPDATE devices SET
                    active_code   = coalesce($2, active_code),
                    device_secret = coalesce($3, device_secret),
                    corp_name     = coalesce($4, corp_name),
                    last_seen     = coalesce($5, last_seen),
                    exchanged_secret_no = coalesce($6, exchanged_secret_no)
                 WHERE lower(sn) = lower($1)",
                &[
                    &sn,
                    &s.active_code,
                    &s.device_secret.as_ref().map(Secret::expose),
                    &s.corp_name,
                    &s.last_seen,
                    &s.exchanged_secret_no.as_ref().map(Secret::expose),
                ],
            )
            .map_err(self.err(StoreStep::SaveDeviceState))?;
        if n == 0 {
            return Err(unknown_sn(&self.url, sn));
        }
        Ok(())
    }

    pub fn replace_credentials(
        &self,
        sn: &str,
        active_code: Option<&Secret>,
        device_secret: Option<&Secret>,
        exchanged_secret_no: Option<&Secret>,
    ) -> Result<(), Failure> {
        let n = self
            .c()
            .execute(
                "UPDATE devices SET active_code = $2, device_secret = $3, last_seen = $4,
                    exchanged_secret_no = $5
                 WHERE lower(sn) = lower($1)",
                &[
                    &sn,
                    &active_code.map(Secret::expose),
                    &device_secret.map(Secret::expose),
                    &now_rfc3339(),
                    &exchanged_secret_no.map(Secret::expose),
                ],
            )
            .map_err(self.err(StoreStep::SaveDeviceState))?;
        if n == 0 {
            return Err(unknown_sn(&self.url, sn));
        }
        Ok(())
    }

    pub fn record_events(
        &self,
        station: Option<&str>,
        sns: &[&str],
        event: LedgerEvent,
        detail: Option<&str>,
        only_missing: bool,
    ) -> Result<(), Failure> {
        let e = self.err(StoreStep::WriteLedger);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        let now = now_rfc3339();
        let earlier: Vec<&str> = match event.lifecycle_rank() {
            Some(i) => LIFECYCLE[..i].iter().map(|s| s.as_str()).collect(),
            None => Vec::new(),
        };
        let event = event.as_str();
        let insert = tx
            .prepare(
                "INSERT INTO ledger (sn, at, station, event, detail)
                 SELECT sn, $2, $3, $4, $5 FROM devices WHERE lower(sn) = lower($1)",
            )
            .map_err(&e)?;
        let status = tx
            .prepare(
                "UPDATE devices SET status = $2 WHERE lower(sn) = lower($1)
                 AND status = ANY($3)",
            )
            .map_err(&e)?;
        let has_event = tx
            .prepare(
                "SELECT 1 FROM ledger l JOIN devices d ON d.sn = l.sn
                 WHERE lower(d.sn) = lower($1) AND l.event = $2",
            )
            .map_err(&e)?;
        for sn in sns {
            if only_missing && !tx.query(&has_event, &[sn, &event]).map_err(&e)?.is_empty() {
                continue;
            }
            let n = tx
                .execute(&insert, &[sn, &now, &station, &event, &detail])
                .map_err(&e)?;
            if n == 0 {
                return Err(unknown_sn(&self.url, sn));
            }
            tx.execute(&status, &[sn, &event, &earlier]).map_err(&e)?;
        }
        tx.commit().map_err(&e)
    }

    // ---- the production line -------------------------------------------------------

    pub fn line_unit(&self, sn: &str) -> Result<Option<LineUnit>, Failure> {
        let row = self
            .c()
            .query_opt(
                &format!("SELECT {UNIT_COLUMNS} FROM line_units WHERE lower(sn) = lower($1)"),
                &[&sn],
            )
            .map_err(self.err(StoreStep::ReadLineState))?;
        Ok(row.as_ref().map(unit_from_row))
    }

    pub fn line_unfinished(&self, station: Option<&str>) -> Result<Option<LineUnit>, Failure> {
        let row = self
            .c()
            .query_opt(
                &format!(
                    "SELECT {UNIT_COLUMNS} FROM line_units
                     WHERE station IS NOT DISTINCT FROM $1 AND state NOT IN ($2, $3)
                     ORDER BY claimed_at, seq LIMIT 1"
                ),
                &[
                    &station,
                    &LineState::Done.as_str(),
                    &LineState::Failed.as_str(),
                ],
            )
            .map_err(self.err(StoreStep::ReadLineState))?;
        Ok(row.as_ref().map(unit_from_row))
    }

    pub fn line_peek_next(&self, need_url: bool) -> Result<Option<String>, Failure> {
        let row = self
            .c()
            .query_opt(&next_sql(need_url), &[])
            .map_err(self.err(StoreStep::PickNextUnit))?;
        Ok(row.map(|r| r.get(0)))
    }

    pub fn line_unclaimed_without_url(&self) -> Result<(u64, Option<String>), Failure> {
        let row = self
            .c()
            .query_one(WITHOUT_URL_SQL, &[])
            .map_err(self.err(StoreStep::CountUnitsWithoutBindUrl))?;
        Ok((row.get::<_, i64>(0) as u64, row.get(1)))
    }

    pub fn line_claim_next(
        &self,
        station: Option<&str>,
        need_url: bool,
    ) -> Result<Option<String>, Failure> {
        let e = self.err(StoreStep::ClaimUnit);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        let now = now_rfc3339();
        // SKIP LOCKED lets each station take a different unit at once. The pick runs on
        // the statement's snapshot, so a unit another station claimed just after it can
        // still come back (its lock was released by that commit). Every claimer locks the
        // device row first, so a fresh look at line_units (a new statement sees the latest
        // commits) is final: skip it and pick again. Never inserting over a claimed unit
        // also means this transaction never waits on a station updating its own unit,
        // while that station may wait for our row lock: no deadlock.
        for _ in 0..1000 {
            let Some(row) = tx
                .query_opt(
                    &format!("{} FOR UPDATE OF d SKIP LOCKED", next_sql(need_url)),
                    &[],
                )
                .map_err(&e)?
            else {
                return Ok(None);
            };
            let sn: String = row.get(0);
            let taken: bool = tx
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM line_units WHERE lower(sn) = lower($1))",
                    &[&sn],
                )
                .map_err(&e)?
                .get(0);
            if taken {
                continue;
            }
            tx.execute(
                "INSERT INTO line_units (sn, state, station, claimed_at, updated_at)
                 VALUES ($1, $4, $2, $3, $3)",
                &[&sn, &station, &now, &LineState::Claimed.as_str()],
            )
            .map_err(&e)?;
            ledger(&mut tx, &sn, &now, station, LedgerEvent::LineClaimed, None).map_err(&e)?;
            tx.commit().map_err(&e)?;
            return Ok(Some(sn));
        }
        Err(Failure::new(
            ErrorCode::StoreBusy,
            crate::fl!(
                "store-claim-gave-up",
                store = connect::redact(&self.url),
                tries = 1000
            ),
        ))
    }

    pub fn line_claim_sn(
        &self,
        station: Option<&str>,
        sn: &str,
        reissue: Option<&str>,
    ) -> Result<(String, Claim), Failure> {
        let e = self.err(StoreStep::ClaimUnit);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        // Locking the device row serialises stations asking for the same SN.
        let canonical: Option<String> = tx
            .query_opt(
                "SELECT sn FROM devices WHERE lower(sn) = lower($1) FOR UPDATE",
                &[&sn],
            )
            .map_err(&e)?
            .map(|r| r.get(0));
        let Some(sn) = canonical else {
            return Err(unknown_sn(&self.url, sn));
        };
        let existing = tx
            .query_opt(
                &format!("SELECT {UNIT_COLUMNS} FROM line_units WHERE lower(sn) = lower($1)"),
                &[&sn],
            )
            .map_err(&e)?
            .map(|r| unit_from_row(&r));
        let now = now_rfc3339();
        let claim = match (existing, reissue) {
            (Some(u), _) if u.unfinished() && u.station.as_deref() == station => Claim::Resumed,
            (Some(u), None) => {
                return Err(super::line::already_issued(&sn, &u));
            }
            (Some(_), Some(reason)) => {
                tx.execute(
                    "UPDATE line_units SET state = $5, station = $2, updated_at = $3,
                        issues = issues + 1, reason = $4, last_error = NULL
                     WHERE lower(sn) = lower($1)",
                    &[&sn, &station, &now, &reason, &LineState::Claimed.as_str()],
                )
                .map_err(&e)?;
                ledger(
                    &mut tx,
                    &sn,
                    &now,
                    station,
                    LedgerEvent::LineReissued,
                    Some(reason),
                )
                .map_err(&e)?;
                Claim::Reissued
            }
            (None, _) => {
                tx.execute(
                    "INSERT INTO line_units (sn, state, station, claimed_at, updated_at)
                     VALUES ($1, $4, $2, $3, $3)",
                    &[&sn, &station, &now, &LineState::Claimed.as_str()],
                )
                .map_err(&e)?;
                ledger(&mut tx, &sn, &now, station, LedgerEvent::LineClaimed, None).map_err(&e)?;
                Claim::New
            }
        };
        tx.commit().map_err(&e)?;
        Ok((sn, claim))
    }

    pub fn line_mark(
        &self,
        station: Option<&str>,
        sn: &str,
        state: LineState,
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        let e = self.err(StoreStep::RecordLineStep);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        let now = now_rfc3339();
        let err_text = (state == LineState::Failed).then_some(detail).flatten();
        let n = tx
            .execute(
                "UPDATE line_units SET state = $2, updated_at = $3,
                    last_error = coalesce($4, last_error)
                 WHERE lower(sn) = lower($1) AND station IS NOT DISTINCT FROM $5",
                &[&sn, &state.as_str(), &now, &err_text, &station],
            )
            .map_err(&e)?;
        if n == 0 {
            return Err(Failure::new(
                ErrorCode::LineNotHeld,
                crate::fl!("line-not-held", sn = sn),
            ));
        }
        ledger(&mut tx, sn, &now, station, event, detail).map_err(&e)?;
        tx.commit().map_err(&e)
    }

    pub fn line_note(
        &self,
        station: Option<&str>,
        sn: &str,
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        let e = self.err(StoreStep::WriteLedger);
        let mut c = self.c();
        let mut tx = c.transaction().map_err(&e)?;
        ledger(&mut tx, sn, &now_rfc3339(), station, event, detail).map_err(&e)?;
        tx.commit().map_err(&e)
    }

    pub fn line_counts(&self) -> Result<Vec<(String, u64)>, Failure> {
        let e = self.err(StoreStep::CountLineStates);
        let mut c = self.c();
        let unclaimed: i64 = c
            .query_one(
                &format!("SELECT count(*) FROM devices d WHERE {UNCLAIMED_SQL}"),
                &[],
            )
            .map_err(&e)?
            .get(0);
        let rows: Vec<(LineState, i64)> = c
            .query("SELECT state, count(*) FROM line_units GROUP BY state", &[])
            .map_err(&e)?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        Ok(super::line::counts(unclaimed, &rows))
    }

    pub fn line_failures(&self, limit: u32) -> Result<Vec<LineUnit>, Failure> {
        let rows = self
            .c()
            .query(
                &format!(
                    "SELECT {UNIT_COLUMNS} FROM line_units WHERE state = $2
                     ORDER BY updated_at DESC, seq DESC LIMIT $1"
                ),
                &[&(limit as i64), &LineState::Failed.as_str()],
            )
            .map_err(self.err(StoreStep::ListFailures))?;
        Ok(rows.iter().map(unit_from_row).collect())
    }

    pub fn line_held_before(&self, before: &str) -> Result<Vec<LineUnit>, Failure> {
        let rows = self
            .c()
            .query(
                &format!(
                    "SELECT {UNIT_COLUMNS} FROM line_units
                     WHERE state NOT IN ($2, $3) AND updated_at <= $1
                     ORDER BY updated_at, seq"
                ),
                &[
                    &before,
                    &LineState::Done.as_str(),
                    &LineState::Failed.as_str(),
                ],
            )
            .map_err(self.err(StoreStep::ReadLineState))?;
        Ok(rows.iter().map(unit_from_row).collect())
    }

    /// The ledger lines matching `filter` (an SQL condition on `ledger` with one
    /// parameter, `$1`), oldest first: the one query behind every ledger read.
    pub fn ledger_where(
        &self,
        filter: &str,
        arg: &(dyn ToSql + Sync),
    ) -> Result<Vec<LedgerRow>, Failure> {
        let rows = self
            .c()
            .query(
                &format!(
                    "SELECT id, sn, at, station, event, detail FROM ledger
                     WHERE {filter} ORDER BY id"
                ),
                &[arg],
            )
            .map_err(self.err(StoreStep::ReadLedger))?;
        Ok(rows.iter().map(ledger_row).collect())
    }

    /// The newest ledger id (0 when empty): see `Store::change_marker`.
    pub fn change_marker(&self) -> Result<i64, Failure> {
        let n: Option<i64> = self
            .c()
            .query_one("SELECT max(id) FROM ledger", &[])
            .map_err(self.err(StoreStep::ReadLedger))?
            .get(0);
        Ok(n.unwrap_or(0))
    }

    /// The first ledger id at or after `since`, by bisection on the id as on SQLite: a
    /// scan of the `at` column read every line of a ledger of millions (seconds per
    /// change the console shows).
    pub fn ledger_first_id_since(&self, since: &str) -> Result<Option<i64>, Failure> {
        let e = self.err(StoreStep::ReadLedger);
        let mut c = self.c();
        let r = c
            .query_one("SELECT min(id), max(id) FROM ledger", &[])
            .map_err(&e)?;
        let at = c
            .prepare("SELECT id, at FROM ledger WHERE id >= $1 ORDER BY id LIMIT 1")
            .map_err(&e)?;
        super::line::first_id_since(since, (r.get(0), r.get(1)), |id| {
            Ok(c.query_opt(&at, &[&id])
                .map_err(&e)?
                .map(|r| (r.get(0), r.get(1))))
        })
    }

    /// Connects again when the connection was lost (the server restarted): for a
    /// long-lived reader (`console`), whose next query would otherwise fail for good.
    /// True when it reconnected.
    pub fn reconnect_if_lost(&self) -> Result<bool, Failure> {
        let mut c = self.c();
        if !c.is_closed() {
            return Ok(false);
        }
        let fresh = connect::connect(&self.url)?;
        if let Some(old) = c.0.replace(fresh) {
            drop(old);
        }
        Ok(true)
    }

    /// Runs `f` with the client (for `store copy` and `store info`).
    pub fn with_client<T>(&self, f: impl FnOnce(&mut Client) -> T) -> T {
        f(&mut self.c())
    }
}

/// Appends a ledger line; lifecycle events move the status forward only (as on SQLite).
fn ledger(
    tx: &mut Transaction,
    sn: &str,
    at: &str,
    station: Option<&str>,
    event: LedgerEvent,
    detail: Option<&str>,
) -> Result<(), postgres::Error> {
    tx.execute(
        "INSERT INTO ledger (sn, at, station, event, detail) VALUES ($1, $2, $3, $4, $5)",
        &[&sn, &at, &station, &event.as_str(), &detail],
    )?;
    if let Some(new) = event.lifecycle_rank() {
        let cur: String = tx
            .query_one(
                "SELECT status FROM devices WHERE lower(sn) = lower($1)",
                &[&sn],
            )?
            .get(0);
        let cur = LedgerEvent::status_rank(&cur).unwrap_or(0);
        if new > cur {
            tx.execute(
                "UPDATE devices SET status = $1 WHERE lower(sn) = lower($2)",
                &[&event.as_str(), &sn],
            )?;
        }
    }
    Ok(())
}

const UNIT_COLUMNS: &str = "sn, state, station, claimed_at, updated_at, issues, reason, last_error";

fn unit_from_row(r: &Row) -> LineUnit {
    LineUnit {
        sn: r.get(0),
        state: r.get(1),
        station: r.get(2),
        claimed_at: r.get(3),
        updated_at: r.get(4),
        issues: r.get(5),
        reason: r.get(6),
        last_error: r.get(7),
    }
}

fn ledger_row(r: &Row) -> LedgerRow {
    LedgerRow {
        id: r.get(0),
        sn: r.get(1),
        at: r.get(2),
        station: r.get(3),
        event: r.get(4),
        detail: r.get(5),
    }
}

const DEVICE_COLUMNS: &str = super::DEVICE_COLUMNS;
const DEVICE_FROM: &str = super::DEVICE_FROM;

fn device_from_row(r: &Row) -> Result<StoredDevice, Failure> {
    let secret: String = r.get(1);
    let kind: String = r.get(2);
    let device_id: Option<String> = r.get(3);
    let dsecret: Option<String> = r.get(15);
    let exchanged: Option<String> = r.get(18);
    let sn: String = r.get(0);
    let bad = |what: &str, e: String| {
        Failure::new(
            ErrorCode::StoreCorrupt,
            crate::fl!(
                "store-corrupt-value",
                sn = sn.as_str(),
                what = what,
                error = e
            ),
        )
    };
    Ok(StoredDevice {
        secret_no: Secret::new(&secret).map_err(|e| bad("SecretNo", e.to_string()))?,
        secret_kind: if kind == "seed" {
            SecretKind::Seed
        } else {
            SecretKind::PerDevice
        },
        device_id: device_id
            .map(|d| {
                d.parse::<u64>()
                    .map_err(|e| bad(&crate::fl!("devices-field-device-id"), e.to_string()))
            })
            .transpose()?,
        qr_url: r.get(4),
        hw_code: r.get(5),
        model_id: r.get(6),
        remark: r.get(7),
        source_file: r.get(8),
        source_sheet: r.get(9),
        source_row: r.get::<_, Option<i64>>(10).map(|n| n as u32),
        batch_id: r.get(11),
        status: r.get(12),
        imported_at: r.get::<_, Option<String>>(13).unwrap_or_default(),
        state: Credentials {
            active_code: r.get(14),
            device_secret: dsecret.and_then(|s| Secret::new(&s).ok()),
            corp_name: r.get(16),
            last_seen: r.get(17),
            exchanged_secret_no: exchanged.and_then(|s| Secret::new(&s).ok()),
        },
        sn,
    })
}
