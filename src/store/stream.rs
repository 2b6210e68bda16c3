//! A streamed import: rows go into the store while the file is still being read, so the
//! import takes about as long as the slower of reading and inserting, not their sum.
//!
//! It keeps every promise of [`Store::import_batch`], which it mirrors row for row: one
//! `BEGIN IMMEDIATE` transaction from the first row to the commit, each record new,
//! unchanged or a conflict by the same rules, and the commit only when nothing conflicts
//! and something is new. The caller decides at the end whether the file was clean
//! ([`ImportStream::finish`]); dropping the stream instead rolls everything back, which
//! leaves the file byte-for-byte as it was (rollback journal).
//!
//! A store that does not exist yet is built under a temporary name beside it
//! ([`Store::open_staged`]) and appears under its own name only once the import committed:
//! a failed first import leaves no store behind, as the unstreamed import does.

use super::{
    BatchSource, Conflict, ImportOutcome, LedgerEvent, Store, StoreOptions, StoredIdentity,
    batch_kind, create_file, no_location, now_rfc3339, store_err,
};
use crate::import::{DeviceRecord, SecretKind};
use crate::output::Failure;
use crate::store::{StoreLocation, StoreStep};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::path::{Path, PathBuf};

const INSERT: &str = "INSERT INTO devices (sn, secret_no, secret_kind, device_id, qr_url, hw_code,
        model_id, remark, source_row, batch_id)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
     ON CONFLICT(sn) DO NOTHING";
const LOOKUP: &str = "SELECT secret_no, device_id, hw_code, batch_id FROM devices WHERE sn = ?1";
/// The ledger lines of the units inserted since the last flush (`?4 < id <= ?5`), in order.
const LEDGER: &str = "INSERT INTO ledger (sn, at, station, event, detail)
     SELECT sn, ?1, ?2, ?6, ?3 || source_row
     FROM devices WHERE id > ?4 AND id <= ?5 ORDER BY id";
/// New units per ledger flush: one set-based statement instead of one insert per unit.
const LEDGER_EVERY: usize = 256;

/// An import in progress: records are pushed as they are read.
pub struct ImportStream<'s> {
    tx: Transaction<'s>,
    path: PathBuf,
    station: Option<String>,
    now: String,
    batch_id: i64,
    /// The ledger detail of a new unit, less its row number: `batch N from FILE row `.
    detail: String,
    /// Row ids of this import's units: up to `ledgered` they have their ledger line;
    /// `last` is the newest (all are above the store's ids before the import, which holds
    /// the write lock).
    ledgered: i64,
    last: i64,
    unledgered: usize,
    /// Index of the next record pushed.
    next: usize,
    out: ImportOutcome,
}

impl Store {
    /// Starts a streamed import: takes the write lock now (so the look-ups see one
    /// consistent store even with another importer running) and holds it until
    /// [`ImportStream::finish`] or drop. `file` is the source file as the batch will name
    /// it ([`BatchSource::file`]).
    pub fn import_stream(&mut self, file: &str) -> Result<ImportStream<'_>, Failure> {
        let path = self.path.clone();
        let station = self.station.clone();
        let conn = match &mut self.conn {
            super::Conn::Lite(c) => c,
            // PostgreSQL imports go through `import_batch`, which sends rows in chunks.
            super::Conn::Pg(_) => {
                return Err(Failure::new(
                    crate::output::ErrorCode::InternalBug,
                    crate::fl!("store-streamed-needs-sqlite"),
                ));
            }
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| store_err(&path, StoreStep::StartImportTransaction, e))?;
        // The batch row is written at the end, when its kind and size are known; under the
        // write lock its id is the one SQLite would give it then.
        let batch_id: i64 = tx
            .query_row("SELECT coalesce(max(id), 0) + 1 FROM batches", [], |r| {
                r.get(0)
            })
            .map_err(|e| store_err(&path, StoreStep::NumberBatch, e))?;
        // The devices name that batch before its row exists: the foreign key is checked at
        // the commit (the pragma ends with the transaction). Rows sent before a restart are
        // undone to the savepoint (see `restart`).
        tx.execute_batch("PRAGMA defer_foreign_keys = ON; SAVEPOINT rows")
            .map_err(|e| store_err(&path, StoreStep::StartImportTransaction, e))?;
        Ok(ImportStream {
            tx,
            path,
            station,
            now: now_rfc3339(),
            batch_id,
            detail: format!("batch {batch_id} from {file} row "),
            ledgered: 0,
            last: 0,
            unledgered: 0,
            next: 0,
            out: ImportOutcome::default(),
        })
    }

    /// Creates the store for a streamed import under a temporary name in its directory
    /// (mode 0600, schema migrated). Use it when `opts.path` does not exist;
    /// [`Staged::publish`] gives it its name.
    pub fn open_staged(opts: &StoreOptions) -> Result<(Store, Staged), Failure> {
        no_location(opts)?;
        let Some(target) = opts.location.sqlite_path().map(Path::to_path_buf) else {
            return Err(Failure::new(
                crate::output::ErrorCode::InternalBug,
                crate::fl!("store-streamed-needs-sqlite"),
            ));
        };
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        // Directories this creates, deepest first, so that a failed import removes them.
        let made_dirs: Vec<PathBuf> = dir
            .ancestors()
            .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
            .map(Path::to_path_buf)
            .collect();
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "devices.db".into());
        sweep_stale(&dir, &name);
        let tmp = dir.join(format!(
            ".{name}.import-{}-{:08x}",
            std::process::id(),
            rand::random::<u32>()
        ));
        let staged = Staged {
            tmp: tmp.clone(),
            target: target.clone(),
            made_dirs,
            published: false,
        };
        create_file(&tmp)?;
        let mut store = Store::open_file(opts, &tmp)?;
        // Errors name the store the user asked for.
        store.location = StoreLocation::Sqlite(target.clone());
        store.path = target;
        Ok((store, staged))
    }
}

impl ImportStream<'_> {
    fn err(&self, what: StoreStep) -> impl Fn(rusqlite::Error) -> Failure + '_ {
        move |e| store_err(&self.path, what, e)
    }

    /// Takes the next record (records are numbered from 0 in the order pushed).
    pub fn push(&mut self, r: &DeviceRecord) -> Result<(), Failure> {
        let i = self.next;
        self.next += 1;
        let device_id = r.device_id.map(|d| d.to_string());
        let n = self
            .tx
            .prepare_cached(INSERT)
            .and_then(|mut s| {
                s.execute(params![
                    r.sn,
                    r.secret_no.expose(),
                    // Seeds are known only once every row is read (see `finish`).
                    SecretKind::PerDevice.name(),
                    device_id,
                    r.qr_url,
                    r.hw_code,
                    r.model_id,
                    r.remark,
                    r.source_row,
                    self.batch_id,
                ])
            })
            .map_err(self.err(StoreStep::InsertDevice))?;
        if n == 1 {
            if self.ledgered == 0 && self.last == 0 {
                self.ledgered = self.tx.last_insert_rowid() - 1;
            }
            self.last = self.tx.last_insert_rowid();
            self.unledgered += 1;
            if self.unledgered >= LEDGER_EVERY {
                self.flush_ledger()?;
            }
            self.out.new.push(i);
            return Ok(());
        }
        let stored: Option<StoredIdentity> = self
            .tx
            .prepare_cached(LOOKUP)
            .and_then(|mut s| {
                s.query_row([&r.sn], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                })
                .optional()
            })
            .map_err(self.err(StoreStep::LookUpDevice))?;
        // Same rules as `import_batch`.
        match stored {
            None => self.out.new.push(i),
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
                    self.out.unchanged.push(i);
                } else {
                    self.out.conflicts.push(Conflict {
                        index: i,
                        sn: r.sn.clone(),
                        fields,
                        stored_batch: b,
                    });
                }
            }
        }
        Ok(())
    }

    /// Writes the ledger lines of the units inserted since the last flush. They are
    /// written while the file is still read rather than all at the commit: the insert side
    /// waits for the reader anyway, and the commit is what the user waits for at the end.
    fn flush_ledger(&mut self) -> Result<(), Failure> {
        if self.unledgered == 0 {
            return Ok(());
        }
        self.tx
            .prepare_cached(LEDGER)
            .and_then(|mut s| {
                s.execute(params![
                    self.now,
                    self.station,
                    self.detail,
                    self.ledgered,
                    self.last,
                    LedgerEvent::Imported
                ])
            })
            .map_err(self.err(StoreStep::WriteLedger))?;
        self.ledgered = self.last;
        self.unledgered = 0;
        Ok(())
    }

    /// Forgets every record pushed so far (the reader starts over).
    pub fn restart(&mut self) -> Result<(), Failure> {
        self.tx
            .execute_batch("ROLLBACK TO rows")
            .map_err(self.err(StoreStep::RestartImport))?;
        self.next = 0;
        self.out = ImportOutcome::default();
        (self.ledgered, self.last, self.unledgered) = (0, 0, 0);
        Ok(())
    }

    /// Ends a clean file's import: `records` are exactly those pushed, in order, now with
    /// their final secret kind. Commits when nothing conflicts and something is new (the
    /// outcome then has the batch id); otherwise rolls back.
    pub fn finish(
        mut self,
        source: &BatchSource,
        records: &[DeviceRecord],
    ) -> Result<ImportOutcome, Failure> {
        debug_assert_eq!(records.len(), self.next);
        self.flush_ledger()?;
        let mut out = std::mem::take(&mut self.out);
        if !out.conflicts.is_empty() || out.new.is_empty() {
            self.tx
                .rollback()
                .map_err(|e| store_err(&self.path, StoreStep::RollBackImport, e))?;
            return Ok(out);
        }
        let e = |what: StoreStep| {
            let path = self.path.clone();
            move |err| store_err(&path, what, err)
        };
        let tx = &self.tx;
        let seeds: Vec<&DeviceRecord> = out
            .new
            .iter()
            .map(|&i| &records[i])
            .filter(|r| r.secret_kind == SecretKind::Seed)
            .collect();
        if seeds.len() == out.new.len() {
            tx.execute(
                "UPDATE devices SET secret_kind = 'seed' WHERE batch_id = ?1",
                [self.batch_id],
            )
            .map_err(e(StoreStep::RecordSeed))?;
        } else {
            let mut seed = tx
                .prepare("UPDATE devices SET secret_kind = 'seed' WHERE sn = ?1 AND batch_id = ?2")
                .map_err(e(StoreStep::RecordSeed))?;
            for r in seeds {
                seed.execute(params![r.sn, self.batch_id])
                    .map_err(e(StoreStep::RecordSeed))?;
            }
        }
        tx.execute(
            "INSERT INTO batches (id, imported_at, station, source_file, source_sha256, sheet,
                                  secret_kind, devices) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                self.batch_id,
                self.now,
                self.station,
                source.file,
                source.sha256,
                source.sheet,
                batch_kind(records),
                out.new.len() as i64
            ],
        )
        .map_err(e(StoreStep::RecordBatch))?;
        // The ledger lines were written with the rows (`push`).
        let path = self.path.clone();
        self.tx
            .commit()
            .map_err(|err| store_err(&path, StoreStep::CommitImport, err))?;
        out.batch_id = Some(self.batch_id);
        Ok(out)
    }
}

/// Removes temporary stores (and journals) left by staging imports that were killed: their
/// names carry the process id, and a process that no longer exists is not staging. (A
/// reused id only leaves the file for a later sweep.)
fn sweep_stale(dir: &Path, name: &str) {
    let prefix = format!(".{name}.import-");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|rest| rest.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_exists(pid) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(unix)]
fn process_exists(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return true;
    };
    // SAFETY: signal 0 only checks that the process exists; nothing is sent.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn process_exists(_pid: u32) -> bool {
    true
}

/// A store built under a temporary name ([`Store::open_staged`]). Dropped without
/// [`Staged::publish`], it removes the file and the directories it created.
pub struct Staged {
    tmp: PathBuf,
    target: PathBuf,
    made_dirs: Vec<PathBuf>,
    published: bool,
}

impl Staged {
    /// Gives the committed store its name, unless a store appeared there meanwhile (another
    /// process imported first): then nothing is published and `false` says to import into
    /// that one instead. A hard link never replaces an existing file, unlike a rename.
    /// (Any other failure to link, e.g. a file system without hard links, is also `false`:
    /// the ordinary import then does the work.)
    pub fn publish(mut self, store: Store) -> bool {
        drop(store);
        self.published = std::fs::hard_link(&self.tmp, &self.target).is_ok();
        self.published
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.tmp);
        let mut journal = self.tmp.clone().into_os_string();
        journal.push("-journal");
        let _ = std::fs::remove_file(journal);
        if !self.published {
            for d in &self.made_dirs {
                // Only ever removes an empty directory.
                let _ = std::fs::remove_dir(d);
            }
        }
    }
}
