//! The device store every command shares: one SQLite file (the embedded default), or a
//! PostgreSQL database shared by the stations of a site (`--store postgres://…`, see
//! [`pg`]). Both engines keep the same schema, version numbers and rules; the commands see
//! one [`Store`] either way.
//!
//! It holds what the registration export said about each unit (SN, SecretNo, device id,
//! static bind URL, …), what `connect` later learns (active code, device secret, corp name,
//! last seen), and an append-only ledger of what happened to each unit and where.
//!
//! ```no_run
//! use wecom_hw::store::{Store, StoreOptions, DeviceFilter, LedgerEvent};
//! # fn main() -> Result<(), wecom_hw::output::Failure> {
//! let opts = StoreOptions::new("/tmp/devices.db".into());
//! let mut store = Store::open(&opts)?;                    // creates it, mode 0600
//! if let Some(dev) = store.get("e30000000001")? {        // SNs compare case-insensitively
//!     let secret = dev.secret_no.expose();                // only where it is used
//!     # let _ = secret;
//!     store.record_event(&dev.sn, LedgerEvent::LabelPrinted, Some("zpl, printer 2"))?;
//! }
//! let all = store.list(&DeviceFilter::default())?;
//! # let _ = all; Ok(()) }
//! ```
//!
//! Rules the store keeps:
//! - the file is created with mode 0600 (SQLite gives its journal the same mode) and a
//!   store readable by group or others is refused unless [`StoreOptions::allow_shared`];
//! - every write is one transaction started with `BEGIN IMMEDIATE`, and a busy timeout lets
//!   two processes queue instead of failing, so concurrent imports never interleave;
//! - an import lands whole or not at all ([`Store::import_batch`]); a rolled-back
//!   transaction leaves the file byte-for-byte as it was (rollback journal, not WAL);
//! - the ledger refuses UPDATE and DELETE (triggers).

pub mod changes;
pub mod copy;
pub mod error;
pub mod line;
pub mod location;
pub mod pg;
mod schema;
mod state;
pub mod step;
mod stream;

use crate::core::secret::Secret;
use crate::import::{DeviceRecord, SecretKind};
use crate::output::{ErrorCode, Failure};
pub use location::StoreLocation;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::time::Duration;
pub use step::StoreStep;

pub use schema::current_version as schema_version;
pub use stream::{ImportStream, Staged};

/// Ledger events that also move a unit's `status` (in lifecycle order). Other events are
/// recorded in the ledger without changing the status.
pub use crate::core::ledger::{LIFECYCLE, LedgerEvent};

/// How long a writer waits for another process holding the store before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Where the store is and how to treat it.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    pub location: StoreLocation,
    /// Accept a store file that group or others may read.
    pub allow_shared: bool,
    /// Written into every ledger entry and batch (`--station`, `WECOM_HW_STATION`).
    pub station: Option<String>,
}

impl StoreOptions {
    /// At `path`: a SQLite file, or a PostgreSQL URL held in a path (tests, the demo).
    pub fn new(path: PathBuf) -> StoreOptions {
        StoreOptions::at(StoreLocation::from(path))
    }

    pub fn at(location: StoreLocation) -> StoreOptions {
        StoreOptions {
            location,
            allow_shared: false,
            station: None,
        }
    }

    /// From the global flags: `--store` (or `WECOM_HW_STORE`), else the default path;
    /// `--station` (or `WECOM_HW_STATION`), else the host name. Never fails: a missing data
    /// directory is reported when a command actually opens the store.
    pub fn from_global(g: &crate::cli::GlobalArgs) -> StoreOptions {
        let station = g.station.clone().filter(|s| !s.is_empty()).or_else(|| {
            std::fs::read_to_string("/proc/sys/kernel/hostname")
                .ok()
                .map(|h| h.trim().to_owned())
                .filter(|h| !h.is_empty())
        });
        StoreOptions {
            location: g.store.clone().unwrap_or_else(|| {
                StoreLocation::Sqlite(StoreOptions::default_path().unwrap_or_default())
            }),
            allow_shared: g.allow_shared_store,
            station,
        }
    }

    /// `$XDG_DATA_HOME/wecom-hw/devices.db` (or the platform's data directory).
    pub fn default_path() -> Option<PathBuf> {
        dirs::data_dir().map(|d| d.join("wecom-hw").join("devices.db"))
    }

    /// The global flags that reach this same store, for a command printed in a hint:
    /// `" --store PATH"` unless it is the default one (plus `--allow-shared-store` when it
    /// was needed), so the command runs as printed.
    pub fn hint_flags(&self) -> String {
        let mut f = String::new();
        if StoreOptions::default_path().as_deref() != self.location.sqlite_path() {
            f.push_str(" --store ");
            f.push_str(&self.location.hint_arg());
        }
        if self.allow_shared {
            f.push_str(" --allow-shared-store");
        }
        f
    }
}

/// The engine behind a [`Store`].
enum Conn {
    Lite(Connection),
    Pg(Box<pg::Pg>),
}

/// An open store.
pub struct Store {
    conn: Conn,
    location: StoreLocation,
    /// The store as errors name it: the SQLite file, or the redacted URL.
    path: PathBuf,
    station: Option<String>,
}

/// One unit as the store holds it.
#[derive(Debug, Clone)]
pub struct StoredDevice {
    pub sn: String,
    pub secret_no: Secret,
    pub secret_kind: SecretKind,
    pub device_id: Option<u64>,
    pub qr_url: Option<String>,
    pub hw_code: Option<String>,
    pub model_id: Option<String>,
    pub remark: Option<String>,
    pub source_file: Option<String>,
    pub source_sheet: Option<String>,
    pub source_row: Option<u32>,
    pub batch_id: Option<i64>,
    pub status: String,
    pub imported_at: String,
    pub state: Credentials,
}

/// What `connect` learns about a unit and saves back. `Debug` fingerprints the
/// active_code (a device credential).
#[derive(Clone, Default)]
pub struct Credentials {
    pub active_code: Option<String>,
    /// The wss `secret` the cloud handed out with `active` once an admin bound the unit.
    pub device_secret: Option<Secret>,
    /// A seed unit's own SecretNo, once `get_secret_no` exchanged the seed for it.
    pub exchanged_secret_no: Option<Secret>,
    pub corp_name: Option<String>,
    /// RFC 3339, UTC.
    pub last_seen: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field(
                "active_code",
                &self
                    .active_code
                    .as_deref()
                    .map(crate::core::secret::fingerprint),
            )
            .field("device_secret", &self.device_secret)
            .field("exchanged_secret_no", &self.exchanged_secret_no)
            .field("corp_name", &self.corp_name)
            .field("last_seen", &self.last_seen)
            .finish()
    }
}

/// One ledger line.
#[derive(Debug, Clone, serde::Serialize)]
pub struct LedgerEntry {
    pub at: String,
    pub station: Option<String>,
    pub event: String,
    pub detail: Option<String>,
}

/// A unit's own ledger shows its lines without the id and SN the whole ledger needs.
impl From<line::LedgerRow> for LedgerEntry {
    fn from(r: line::LedgerRow) -> Self {
        LedgerEntry {
            at: r.at,
            station: r.station,
            event: r.event,
            detail: r.detail,
        }
    }
}

/// One import batch.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Batch {
    pub id: i64,
    pub imported_at: String,
    pub station: Option<String>,
    pub source_file: String,
    pub source_sha256: String,
    pub sheet: Option<String>,
    pub secret_kind: String,
    pub devices: u64,
}

/// Filters of [`Store::list`]; all optional, combined with AND.
#[derive(Debug, Clone, Default)]
pub struct DeviceFilter {
    pub batch: Option<i64>,
    pub status: Option<String>,
    /// Shell-style pattern (`E3*`, `E3000000000?`), case-insensitive.
    pub sn_pattern: Option<String>,
    pub limit: Option<u64>,
}

/// Describes the file a batch came from.
#[derive(Debug, Clone)]
pub struct BatchSource {
    pub file: String,
    pub sha256: String,
    pub sheet: Option<String>,
}

/// Why a record could not be taken: the store already has that SN with other data.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Conflict {
    /// Index into the records given to [`Store::import_batch`].
    pub index: usize,
    pub sn: String,
    /// Fields whose stored value differs (`secret_no`, `device_id`, `hw_code`).
    pub fields: Vec<&'static str>,
    /// The batch that brought the stored unit.
    pub stored_batch: Option<i64>,
}

/// What an import did (or, dry or refused, would have done).
#[derive(Debug, Clone, Default)]
pub struct ImportOutcome {
    /// Indices of records that are new to the store.
    pub new: Vec<usize>,
    /// Indices of records the store already holds with the same data.
    pub unchanged: Vec<usize>,
    pub conflicts: Vec<Conflict>,
    /// Set when the batch was committed.
    pub batch_id: Option<i64>,
}

/// What an import compares against: secret_no, device_id, hw_code, batch_id.
type StoredIdentity = (String, Option<String>, Option<String>, Option<i64>);

/// A step of the SQLite store that failed (see [`error::StoreError`] for what it means).
fn store_err(path: &Path, what: StoreStep, e: rusqlite::Error) -> Failure {
    error::StoreError {
        store: path.display().to_string(),
        step: what,
        driver: error::Driver::Sqlite(e),
    }
    .into()
}

/// Now as RFC 3339 UTC with seconds.
pub fn now_rfc3339() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.replace_nanosecond(0)
        .unwrap_or(now)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(unix)]
fn check_mode(path: &Path, allow_shared: bool) -> Result<(), Failure> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).map_err(|e| {
        Failure::new(
            ErrorCode::StoreFailed,
            crate::fl!(
                "store-cannot-open",
                store = path.display().to_string(),
                error = e.to_string()
            ),
        )
        .with_source(e)
    })?;
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o077 != 0 && !allow_shared {
        return Err(Failure::new(
            ErrorCode::StoreReadableByOthers,
            crate::fl!(
                "store-readable-by-others",
                store = path.display().to_string(),
                mode = format!("{mode:03o}")
            ),
        )
        .hint(crate::fl!(
            "store-readable-by-others-hint",
            file = crate::output::shell_quote(&path.display().to_string())
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_mode(_path: &Path, _allow_shared: bool) -> Result<(), Failure> {
    Ok(())
}

/// Creates the store file (and its directory) with owner-only permissions.
fn create_file(path: &Path) -> Result<(), Failure> {
    let io = |e: std::io::Error| {
        Failure::new(
            ErrorCode::StoreFailed,
            crate::fl!(
                "store-cannot-create",
                store = path.display().to_string(),
                error = e.to_string()
            ),
        )
        .with_source(e)
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(dir).map_err(io)?;
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    match o.open(path) {
        Ok(_) => Ok(()),
        // Another process created it first: fine, we open theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(e)),
    }
}

impl Store {
    /// Opens the store, creating it (mode 0600) and migrating its schema as needed.
    pub fn open(opts: &StoreOptions) -> Result<Store, Failure> {
        let path = match Self::file_location(opts)? {
            Some(path) => path,
            None => return Self::open_pg(opts, true).map(|s| s.expect("created")),
        };
        if !path.exists() {
            create_file(path)?;
        }
        Self::open_file(opts, path)
    }

    /// Opens the store only if it exists: commands that merely read (a dry run, `devices`,
    /// a secret lookup) must not leave an empty store behind.
    pub fn open_existing(opts: &StoreOptions) -> Result<Option<Store>, Failure> {
        let path = match Self::file_location(opts)? {
            Some(path) => path,
            None => return Self::open_pg(opts, false),
        };
        if !path.exists() {
            return Ok(None);
        }
        Self::open_file(opts, path).map(Some)
    }

    /// The SQLite file of `opts`, `None` for a PostgreSQL store; an error when there is
    /// no location at all.
    fn file_location(opts: &StoreOptions) -> Result<Option<&Path>, Failure> {
        no_location(opts)?;
        Ok(opts.location.sqlite_path())
    }

    /// Opens the store for a command that reads its units (`devices …`, `store info`, `line
    /// status`, `qr static --sn`, `cloud serve --from-store`): a missing store is an error,
    /// [`no_store`], never an empty one (an empty list would hide a mistyped `--store`), and
    /// nothing is created.
    pub fn open_for_reading(opts: &StoreOptions) -> Result<Store, Failure> {
        Self::open_existing(opts)?.ok_or_else(|| no_store(&opts.location))
    }

    fn open_file(opts: &StoreOptions, path: &Path) -> Result<Store, Failure> {
        let path = path.to_path_buf();
        check_mode(&path, opts.allow_shared)?;
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| store_err(&path, StoreStep::Open, e))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| store_err(&path, StoreStep::Configure, e))?;
        // A large import must not spill pages to the file mid-transaction (each spill
        // syncs the journal); 64 MiB of page cache holds ~200,000 units. Grows on demand.
        conn.pragma_update(None, "cache_size", -65536)
            .map_err(|e| store_err(&path, StoreStep::Configure, e))?;
        // A new store gets 16 KiB pages (an existing one keeps its own: the pragma only
        // takes effect before the first table): a 100,000-unit import then writes a
        // quarter of the pages at its commit, which the user waits for.
        conn.pragma_update(None, "page_size", 16384)
            .map_err(|e| store_err(&path, StoreStep::Configure, e))?;
        let mut store = Store {
            conn: Conn::Lite(conn),
            location: StoreLocation::Sqlite(path.clone()),
            path,
            station: opts.station.clone(),
        };
        store.migrate()?;
        Ok(store)
    }

    /// Connects to a PostgreSQL store; with `create` false, `None` when the database does
    /// not hold a store yet.
    fn open_pg(opts: &StoreOptions, create: bool) -> Result<Option<Store>, Failure> {
        let StoreLocation::Postgres(url) = &opts.location else {
            unreachable!("a PostgreSQL location")
        };
        Ok(
            pg::off_runtime(|| pg::Pg::open(url, create))?.map(|p| Store {
                conn: Conn::Pg(Box::new(p)),
                location: opts.location.clone(),
                path: PathBuf::from(opts.location.to_string()),
                station: opts.station.clone(),
            }),
        )
    }

    /// `sqlite` or `postgresql`.
    pub fn backend(&self) -> &'static str {
        match self.conn {
            Conn::Lite(_) => "sqlite",
            Conn::Pg(_) => "postgresql",
        }
    }

    /// The schema version the store is at.
    pub fn schema_version(&self) -> Result<i64, Failure> {
        match &self.conn {
            Conn::Lite(_) => self.user_version(),
            Conn::Pg(p) => Ok(pg::off_runtime(|| p.version())?.unwrap_or(0)),
        }
    }

    /// Where the store is (shown as the path, or the redacted URL).
    pub fn location(&self) -> &StoreLocation {
        &self.location
    }

    /// The SQLite connection of a unit test's store.
    #[cfg(test)]
    fn lite(&self) -> &Connection {
        match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(_) => panic!("a SQLite store was expected"),
        }
    }

    fn err(&self, what: StoreStep, e: rusqlite::Error) -> Failure {
        store_err(&self.path, what, e)
    }

    fn user_version(&self) -> Result<i64, Failure> {
        let Conn::Lite(conn) = &self.conn else {
            return Ok(schema::current_version());
        };
        conn.query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(StoreStep::ReadSchemaVersion, e))
    }

    /// Brings the schema up to date. Reading the version first means an up-to-date store
    /// is never written to just by opening it.
    fn migrate(&mut self) -> Result<(), Failure> {
        let target = schema::current_version();
        let v = self.user_version()?;
        if v == target {
            return Ok(());
        }
        if v > target {
            return Err(Failure::new(
                ErrorCode::StoreTooNew,
                crate::fl!(
                    "store-too-new",
                    store = self.path.display().to_string(),
                    version = v,
                    known = target
                ),
            )
            .hint(crate::fl!("store-too-new-hint")));
        }
        let path = self.path.clone();
        let Conn::Lite(conn) = &mut self.conn else {
            return Ok(());
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| store_err(&path, StoreStep::StartSchemaMigration, e))?;
        // Re-read inside the lock: another process may have migrated meanwhile.
        let v: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| store_err(&path, StoreStep::ReadSchemaVersion, e))?;
        for (i, sql) in schema::MIGRATIONS.iter().enumerate().skip(v as usize) {
            tx.execute_batch(sql)
                .map_err(|e| store_err(&path, StoreStep::Migration(i + 1), e))?;
        }
        tx.pragma_update(None, "user_version", target)
            .map_err(|e| store_err(&path, StoreStep::SetSchemaVersion, e))?;
        tx.commit()
            .map_err(|e| store_err(&path, StoreStep::CommitSchemaMigration, e))
    }

    /// Loads records into the store as one batch, in one transaction.
    ///
    /// Each record is new, unchanged (same SN with the same SecretNo, device id and
    /// hw_code), or a conflict (same SN, different data: never overwritten). The batch is
    /// committed only when `commit` is true, nothing conflicts and something is new;
    /// otherwise the transaction is rolled back and the file is untouched.
    pub fn import_batch(
        &mut self,
        source: &BatchSource,
        records: &[DeviceRecord],
        commit: bool,
    ) -> Result<ImportOutcome, Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return pg::off_runtime(|| {
                    p.import_batch(self.station.as_deref(), source, records, commit)
                });
            }
        };
        let path = self.path.clone();
        let e = |what: StoreStep| {
            let path = path.clone();
            move |err: rusqlite::Error| store_err(&path, what, err)
        };
        // IMMEDIATE takes the write lock up front, so the look-ups below and the inserts
        // see one consistent store even with another importer running.
        let behavior = if commit {
            TransactionBehavior::Immediate
        } else {
            TransactionBehavior::Deferred
        };
        let tx = conn
            .transaction_with_behavior(behavior)
            .map_err(e(StoreStep::StartImportTransaction))?;
        let now = now_rfc3339();
        let kind = batch_kind(records);
        let batch_id = if commit {
            tx.execute(
                "INSERT INTO batches (imported_at, station, source_file, source_sha256, sheet,
                                      secret_kind, devices) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
                params![
                    now,
                    self.station,
                    source.file,
                    source.sha256,
                    source.sheet,
                    kind
                ],
            )
            .map_err(e(StoreStep::RecordBatch))?;
            Some(tx.last_insert_rowid())
        } else {
            None
        };
        let mut out = ImportOutcome::default();
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO devices (sn, secret_no, secret_kind, device_id, qr_url, hw_code,
                        model_id, remark, source_row, batch_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                     ON CONFLICT(sn) DO NOTHING",
                )
                .map_err(e(StoreStep::Prepare))?;
            let mut lookup = tx
                .prepare(
                    "SELECT secret_no, device_id, hw_code, batch_id FROM devices WHERE sn = ?1",
                )
                .map_err(e(StoreStep::Prepare))?;
            for (i, r) in records.iter().enumerate() {
                let device_id = r.device_id.map(|d| d.to_string());
                if commit {
                    let n = insert
                        .execute(params![
                            r.sn,
                            r.secret_no.expose(),
                            r.secret_kind.name(),
                            device_id,
                            r.qr_url,
                            r.hw_code,
                            r.model_id,
                            r.remark,
                            r.source_row,
                            batch_id,
                        ])
                        .map_err(e(StoreStep::InsertDevice))?;
                    if n == 1 {
                        out.new.push(i);
                        continue;
                    }
                }
                let stored: Option<StoredIdentity> = lookup
                    .query_row([&r.sn], |row| {
                        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                    })
                    .optional()
                    .map_err(e(StoreStep::LookUpDevice))?;
                match stored {
                    None => out.new.push(i),
                    Some((secret, did, hw, b)) => {
                        let mut fields = Vec::new();
                        if secret != r.secret_no.expose() {
                            fields.push("secret_no");
                        }
                        if did.is_some() && device_id.is_some() && did != device_id {
                            fields.push("device_id");
                        }
                        if hw.is_some() && r.hw_code.is_some() && hw != r.hw_code {
                            fields.push("hw_code");
                        }
                        if fields.is_empty() {
                            out.unchanged.push(i);
                        } else {
                            out.conflicts.push(Conflict {
                                index: i,
                                sn: r.sn.clone(),
                                fields,
                                stored_batch: b,
                            });
                        }
                    }
                }
            }
        }
        if commit && out.conflicts.is_empty() && !out.new.is_empty() {
            tx.execute(
                "UPDATE batches SET devices = ?1 WHERE id = ?2",
                params![out.new.len() as i64, batch_id],
            )
            .map_err(e(StoreStep::RecordBatch))?;
            // One statement for the whole batch's ledger lines: far cheaper than one
            // round trip per unit.
            tx.execute(
                "INSERT INTO ledger (sn, at, station, event, detail)
                 SELECT sn, ?1, ?2, ?5,
                        'batch ' || ?3 || ' from ' || ?4 || ' row ' || source_row
                 FROM devices WHERE batch_id = ?3 ORDER BY id",
                params![
                    now,
                    self.station,
                    batch_id,
                    source.file,
                    LedgerEvent::Imported
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

    /// The unit with this SN (any case), if the store has it.
    pub fn get(&self, sn: &str) -> Result<Option<StoredDevice>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return pg::off_runtime(|| p.get(sn)),
        };
        let sql = format!("SELECT {DEVICE_COLUMNS} FROM {DEVICE_FROM} WHERE d.sn = ?1");
        conn.query_row(&sql, [sn], device_from_row)
            .optional()
            .map_err(|e| self.err(StoreStep::ReadDevice, e))
    }

    /// Units matching the filter, in SN order.
    pub fn list(&self, f: &DeviceFilter) -> Result<Vec<StoredDevice>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return pg::off_runtime(|| p.list(f)),
        };
        let mut sql = format!("SELECT {DEVICE_COLUMNS} FROM {DEVICE_FROM} WHERE 1=1");
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(b) = f.batch {
            sql.push_str(" AND d.batch_id = ?");
            args.push(b.into());
        }
        if let Some(s) = &f.status {
            sql.push_str(" AND d.status = ?");
            args.push(s.clone().into());
        }
        if let Some(p) = &f.sn_pattern {
            // LIKE is ASCII case-insensitive, which is what SNs need.
            sql.push_str(" AND d.sn LIKE ? ESCAPE '\\'");
            args.push(glob_to_like(p).into());
        }
        sql.push_str(" ORDER BY d.sn");
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        let mut st = conn
            .prepare(&sql)
            .map_err(|e| self.err(StoreStep::ListDevices, e))?;
        let rows = st
            .query_map(rusqlite::params_from_iter(args), device_from_row)
            .map_err(|e| self.err(StoreStep::ListDevices, e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(StoreStep::ListDevices, e))
    }

    /// Number of units in the store.
    pub fn count(&self) -> Result<u64, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return pg::off_runtime(|| p.count()),
        };
        conn.query_row("SELECT count(*) FROM devices", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(StoreStep::CountDevices, e))
    }

    /// Every import batch, oldest first.
    pub fn batches(&self) -> Result<Vec<Batch>, Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return pg::off_runtime(|| p.batches()),
        };
        let mut st = conn
            .prepare(
                "SELECT id, imported_at, station, source_file, source_sha256, sheet,
                        secret_kind, devices FROM batches ORDER BY id",
            )
            .map_err(|e| self.err(StoreStep::ListBatches, e))?;
        let rows = st
            .query_map([], |r| {
                Ok(Batch {
                    id: r.get(0)?,
                    imported_at: r.get(1)?,
                    station: r.get(2)?,
                    source_file: r.get(3)?,
                    source_sha256: r.get(4)?,
                    sheet: r.get(5)?,
                    secret_kind: r.get(6)?,
                    devices: r.get::<_, i64>(7)? as u64,
                })
            })
            .map_err(|e| self.err(StoreStep::ListBatches, e))?;
        rows.collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(StoreStep::ListBatches, e))
    }

    /// Appends a ledger entry for a unit (stamped with the time and this station). Events
    /// in [`LIFECYCLE`] also become the unit's status. Fails with a conflict-class error if
    /// the store does not know the SN.
    pub fn record_event(
        &mut self,
        sn: &str,
        event: LedgerEvent,
        detail: Option<&str>,
    ) -> Result<(), Failure> {
        let conn = match &mut self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => {
                return pg::off_runtime(|| {
                    p.record_event(self.station.as_deref(), sn, event, detail)
                });
            }
        };
        let path = self.path.clone();
        let e = |err| store_err(&path, StoreStep::RecordLedgerEvent, err);
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let known: bool = tx
            .query_row("SELECT 1 FROM devices WHERE sn = ?1", [sn], |_| Ok(true))
            .optional()
            .map_err(e)?
            .unwrap_or(false);
        if !known {
            return Err(unknown_sn(&path, sn));
        }
        tx.execute(
            "INSERT INTO ledger (sn, at, station, event, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![sn, now_rfc3339(), self.station, event, detail],
        )
        .map_err(e)?;
        if event.lifecycle_rank().is_some() {
            tx.execute(
                "UPDATE devices SET status = ?1 WHERE sn = ?2",
                params![event, sn],
            )
            .map_err(e)?;
        }
        tx.commit().map_err(e)
    }

    /// The ledger of one unit, oldest first.
    pub fn ledger(&self, sn: &str) -> Result<Vec<LedgerEntry>, Failure> {
        let rows = match &self.conn {
            Conn::Lite(c) => self.ledger_where(c, "sn = ?1", &sn)?,
            Conn::Pg(p) => pg::off_runtime(|| p.ledger_where("lower(sn) = lower($1)", &sn))?,
        };
        Ok(rows.into_iter().map(LedgerEntry::from).collect())
    }

    /// Saves what `connect` learnt. `None` fields keep their stored value.
    pub fn save_state(&mut self, sn: &str, s: &Credentials) -> Result<(), Failure> {
        let conn = match &self.conn {
            Conn::Lite(c) => c,
            Conn::Pg(p) => return pg::off_runtime(|| p.save_state(sn, s)),
        };
        let n = conn
            .execute(
                "UPDATE devices SET
                    active_code   = coalesce(?2, active_code),
                    device_secret = coalesce(?3, device_secret),
                    corp_name     = coalesce(?4, corp_name),
                    last_seen     = coalesce(?5, last_seen),
                    exchanged_secret_no = coalesce(?6, exchanged_secret_no)
                 WHERE sn = ?1",
                params![
                    sn,
                    s.active_code,
                    s.device_secret.as_ref().map(Secret::expose),
                    s.corp_name,
                    s.last_seen,
                    s.exchanged_secret_no.as_ref().map(Secret::expose)
                ],
            )
            .map_err(|e| self.err(StoreStep::SaveDeviceState, e))?;
        if n == 0 {
            return Err(unknown_sn(&self.path, sn));
        }
        Ok(())
    }
}

fn no_location(opts: &StoreOptions) -> Result<(), Failure> {
    if opts.location.is_empty() {
        return Err(Failure::new(
            ErrorCode::UsageMissingValue,
            crate::fl!("store-no-location"),
        )
        .hint(crate::fl!("store-no-location-hint")));
    }
    // `--store "$PG?sslmode=require"` with `$PG` unset leaves `?sslmode=require`: taken as a
    // file name it would quietly create a new, empty SQLite store beside the operator.
    if let Some(path) = opts.location.sqlite_path() {
        let shown = path.to_string_lossy();
        if shown.starts_with('?') {
            return Err(Failure::new(
                ErrorCode::UsageBadValue,
                crate::fl!("store-url-lost-start", store = shown.to_string()),
            )
            .hint(crate::fl!("store-url-lost-start-hint")));
        }
    }
    Ok(())
}

/// The one error every reading command gives for a store location that holds no store
/// (a path that does not exist, a database without the store's tables).
pub fn no_store(location: &StoreLocation) -> Failure {
    Failure::new(
        ErrorCode::StoreMissing,
        crate::fl!("store-missing", store = location.to_string()),
    )
    .hint(crate::fl!("store-missing-hint"))
}

fn unknown_sn(path: &Path, sn: &str) -> Failure {
    Failure::new(
        ErrorCode::StoreUnknownSn,
        crate::fl!(
            "store-unknown-sn",
            sn = sn,
            store = path.display().to_string()
        ),
    )
    .hint(crate::fl!("store-unknown-sn-hint"))
}

/// The batch's kind from its records: `seed`, `per_device`, or `mixed`.
fn batch_kind(records: &[DeviceRecord]) -> &'static str {
    let seeds = records
        .iter()
        .filter(|r| r.secret_kind == SecretKind::Seed)
        .count();
    match seeds {
        0 => "per_device",
        n if n == records.len() => "seed",
        _ => "mixed",
    }
}

/// `E3*0?` → `E3%0_`, with LIKE's own wildcards escaped.
fn glob_to_like(p: &str) -> String {
    let mut s = String::with_capacity(p.len());
    for c in p.chars() {
        match c {
            '*' => s.push('%'),
            '?' => s.push('_'),
            '%' | '_' | '\\' => {
                s.push('\\');
                s.push(c);
            }
            c => s.push(c),
        }
    }
    s
}

/// Device columns, with where it came from taken from its batch (`d` devices, `b` batches).
const DEVICE_COLUMNS: &str = "d.sn, d.secret_no, d.secret_kind, d.device_id, d.qr_url,
    d.hw_code, d.model_id, d.remark, b.source_file, b.sheet, d.source_row, d.batch_id, d.status,
    b.imported_at, d.active_code, d.device_secret, d.corp_name, d.last_seen,
    d.exchanged_secret_no";
const DEVICE_FROM: &str = "devices d LEFT JOIN batches b ON b.id = d.batch_id";

fn device_from_row(r: &rusqlite::Row) -> rusqlite::Result<StoredDevice> {
    let secret: String = r.get(1)?;
    let kind: String = r.get(2)?;
    let device_id: Option<String> = r.get(3)?;
    let dsecret: Option<String> = r.get(15)?;
    let exchanged: Option<String> = r.get(18)?;
    let bad = |i: usize, msg: String| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            Box::new(std::io::Error::other(msg)),
        )
    };
    Ok(StoredDevice {
        sn: r.get(0)?,
        secret_no: Secret::new(&secret).map_err(|e| bad(1, e.to_string()))?,
        secret_kind: if kind == "seed" {
            SecretKind::Seed
        } else {
            SecretKind::PerDevice
        },
        device_id: device_id
            .map(|d| d.parse::<u64>().map_err(|e| bad(3, e.to_string())))
            .transpose()?,
        qr_url: r.get(4)?,
        hw_code: r.get(5)?,
        model_id: r.get(6)?,
        remark: r.get(7)?,
        source_file: r.get(8)?,
        source_sheet: r.get(9)?,
        source_row: r.get::<_, Option<i64>>(10)?.map(|n| n as u32),
        batch_id: r.get(11)?,
        status: r.get(12)?,
        imported_at: r.get::<_, Option<String>>(13)?.unwrap_or_default(),
        state: Credentials {
            active_code: r.get(14)?,
            device_secret: dsecret.and_then(|s| Secret::new(&s).ok()),
            corp_name: r.get(16)?,
            last_seen: r.get(17)?,
            exchanged_secret_no: exchanged.and_then(|s| Secret::new(&s).ok()),
        },
    })
}

impl StoredDevice {
    /// The unit as JSON; secrets masked unless `show_secrets`.
    pub fn to_json(&self, show_secrets: bool) -> serde_json::Value {
        let show = |s: &Secret| {
            if show_secrets {
                s.expose().to_owned()
            } else {
                s.masked()
            }
        };
        serde_json::json!({
            "sn": self.sn,
            "secret_no": show(&self.secret_no),
            "secret_fingerprint": self.secret_no.fingerprint(),
            "secret_kind": self.secret_kind.name(),
            "device_id": self.device_id.map(|d| d.to_string()),
            "qr_url": self.qr_url,
            "hw_code": self.hw_code,
            "model_id": self.model_id,
            "remark": self.remark,
            "status": self.status,
            "batch": self.batch_id,
            "source_file": self.source_file,
            "source_sheet": self.source_sheet,
            "source_row": self.source_row,
            "imported_at": self.imported_at,
            // The active_code is a long-lived credential of the device (`connect` masks it
            // in transcripts too).
            "active_code": self.state.active_code.as_deref().map(|c| {
                if show_secrets {
                    c.to_owned()
                } else {
                    crate::core::secret::mask(c)
                }
            }),
            "device_secret": self.state.device_secret.as_ref().map(show),
            "exchanged_secret_no": self.state.exchanged_secret_no.as_ref().map(show),
            "corp_name": self.state.corp_name,
            "last_seen": self.state.last_seen,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_patterns_become_escaped_like_patterns() {
        assert_eq!(glob_to_like("E3*"), "E3%");
        assert_eq!(glob_to_like("E?0_1%"), "E_0\\_1\\%");
    }
}
