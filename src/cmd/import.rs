//! `wecom-hw import`: read the export, check it against the store, land it in one
//! transaction (or say why not), and report.

use crate::cli::import::ImportArgs;
use crate::import::{
    DeviceRecord, Export, ImportOptions, Problem, Rows, Severity, read_export,
    read_export_streaming,
};
use crate::output::{ErrorCode, Failure, Output};
use crate::store::{BatchSource, ImportOutcome, Staged, Store, StoreOptions};
use anyhow::Result;
use std::time::Instant;

/// Human output shows at most this many problems; `--json` has them all.
const SHOWN_PROBLEMS: usize = 50;
/// Files at least this long get milestone lines (or a spinner on a terminal).
const LARGE: u64 = 10_000;

pub fn run(a: ImportArgs, store_opts: &StoreOptions, out: &Output) -> Result<()> {
    let opts = ImportOptions {
        format: a.format,
        sheet: a.sheet.clone(),
        columns: a.columns.clone(),
        header_row: a.header_row,
        max_rows: a.max_rows,
        max_cell_bytes: a.max_cell_bytes,
    };
    // PostgreSQL: the server does the writing, sent in chunks after the read
    // (`Store::import_batch`); the overlap below is for the embedded SQLite store.
    if a.dry_run || store_opts.location.is_postgres() {
        return run_in_turn(&a, &opts, store_opts, out);
    }
    // A store that cannot be opened is reported after the file's own problems, as the
    // in-turn import does.
    let target = if store_opts.location.may_exist() {
        Store::open(store_opts).map(|s| (s, None))
    } else {
        Store::open_staged(store_opts).map(|(s, staged)| (s, Some(staged)))
    };
    match target {
        Ok((store, staged)) => run_streamed(&a, &opts, store, staged, store_opts, out),
        Err(_) => run_in_turn(&a, &opts, store_opts, out),
    }
}

/// The import with reading and writing overlapped: a second thread reads and checks the
/// file and sends the valid rows over a bounded channel; this thread inserts them into the
/// store inside the one transaction as they come, and commits only if the whole file was
/// clean. The wall time is about that of the slower side instead of their sum.
fn run_streamed(
    a: &ImportArgs,
    opts: &ImportOptions,
    mut store: Store,
    staged: Option<Staged>,
    store_opts: &StoreOptions,
    out: &Output,
) -> Result<()> {
    let progress = Progress::new(
        out,
        &crate::fl!(
            "import-progress-importing",
            file = a.file.display().to_string()
        ),
    );
    let started = Instant::now();
    let (sink, rows) = std::sync::mpsc::sync_channel::<Rows>(16);
    let (read, read_secs, mut records, stream) = std::thread::scope(|scope| {
        let reader = scope.spawn(|| {
            let r = read_export_streaming(&a.file, opts, sink);
            (r, started.elapsed().as_secs_f64())
        });
        let mut records: Vec<DeviceRecord> = Vec::new();
        let mut stream = store.import_stream(&a.file.display().to_string());
        for msg in rows.iter() {
            let Ok(s) = &mut stream else {
                // The store failed: stop listening; the reader finishes unheard.
                break;
            };
            match msg {
                Rows::Chunk(chunk) => {
                    if let Err(e) = chunk.iter().try_for_each(|r| s.push(r)) {
                        stream = Err(e);
                    }
                    records.extend(chunk);
                }
                Rows::Restart => {
                    records.clear();
                    if let Err(e) = s.restart() {
                        stream = Err(e);
                    }
                }
            }
        }
        drop(rows);
        let (read, read_secs) = reader
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (read, read_secs, records, stream)
    });
    progress.finish();
    // A bad file is reported before a store failure; either way the transaction (dropped)
    // rolls back and a staged store (dropped) disappears.
    let mut export = read?;
    let stream = stream?;
    let t = Instant::now();
    export.settle(std::mem::take(&mut records));
    if !out.json {
        print_mapping(&export, out);
    }
    if export.rows >= LARGE {
        out.info(crate::fl!(
            "import-read-rows",
            rows = export.rows,
            seconds = format!("{read_secs:.2}")
        ));
    }
    let source = BatchSource {
        file: export.file.clone(),
        sha256: export.sha256.clone(),
        sheet: export.sheet.clone(),
    };
    let mut outcome = if export.errors() == 0 {
        stream.finish(&source, &export.records)?
    } else {
        // Rows were refused: nothing is written. The report counts what the store would
        // say to the rows that are left, as the in-turn import does.
        drop(stream);
        match staged {
            Some(_) => all_new(&export),
            None => store.import_batch(&source, &export.records, false)?,
        }
    };
    if let (Some(_), Some(staged)) = (outcome.batch_id, staged)
        && !staged.publish(store)
    {
        // Another importer created the store meanwhile (or the file system has no hard
        // links): import into that store the ordinary way.
        let mut store = Store::open(store_opts)?;
        outcome = store.import_batch(&source, &export.records, true)?;
    }
    if outcome.batch_id.is_some() && export.rows >= LARGE {
        out.info(crate::fl!(
            "import-transaction-after-reading",
            seconds = format!("{:.2}", t.elapsed().as_secs_f64())
        ));
    }
    add_conflicts(&mut export, &outcome);
    report(a, store_opts, &export, &outcome, out)
}

fn all_new(export: &Export) -> ImportOutcome {
    ImportOutcome {
        new: (0..export.records.len()).collect(),
        ..ImportOutcome::default()
    }
}

/// The import one step after the other: read the whole file, then write (or, for a dry
/// run or a file with errors, only look at the store).
fn run_in_turn(
    a: &ImportArgs,
    opts: &ImportOptions,
    store_opts: &StoreOptions,
    out: &Output,
) -> Result<()> {
    let progress = Progress::new(
        out,
        &crate::fl!(
            "import-progress-reading",
            file = a.file.display().to_string()
        ),
    );
    let started = Instant::now();
    let export = read_export(&a.file, opts);
    progress.finish();
    let mut export = export?;
    let read_secs = started.elapsed().as_secs_f64();
    if !out.json {
        print_mapping(&export, out);
    }
    if export.rows >= LARGE {
        out.info(crate::fl!(
            "import-read-rows",
            rows = export.rows,
            seconds = format!("{read_secs:.2}")
        ));
    }

    let source = BatchSource {
        file: export.file.clone(),
        sha256: export.sha256.clone(),
        sheet: export.sheet.clone(),
    };
    // Write only when the file is clean and this is not a dry run; otherwise look at the
    // store read-only (if it exists) to report what would happen.
    let commit = !a.dry_run && export.errors() == 0;
    let t = Instant::now();
    let outcome = if commit {
        let progress = Progress::new(out, &crate::fl!("import-progress-writing"));
        let mut store = Store::open(store_opts)?;
        let o = store.import_batch(&source, &export.records, true);
        progress.finish();
        o?
    } else {
        match Store::open_existing(store_opts)? {
            Some(mut store) => store.import_batch(&source, &export.records, false)?,
            None => all_new(&export),
        }
    };
    if commit && export.rows >= LARGE {
        out.info(crate::fl!(
            "import-transaction",
            seconds = format!("{:.2}", t.elapsed().as_secs_f64())
        ));
    }
    add_conflicts(&mut export, &outcome);
    report(a, store_opts, &export, &outcome, out)
}

fn add_conflicts(export: &mut Export, outcome: &ImportOutcome) {
    let sn_col = export
        .mapping
        .iter()
        .find(|m| m.field == Some(crate::core::headers::Field::Sn))
        .cloned();
    for c in &outcome.conflicts {
        let rec = &export.records[c.index];
        let fields = c.fields.join(&crate::fl!("import-conflict-and"));
        export.problems.push(Problem {
            severity: Severity::Conflict,
            file: export.file.clone(),
            sheet: export.sheet.clone(),
            row: Some(rec.source_row),
            column: sn_col.as_ref().map(|m| m.column.clone()),
            header: sn_col.as_ref().map(|m| m.header.clone()),
            field: Some(crate::core::headers::Field::Sn),
            message: match c.stored_batch {
                Some(b) => crate::fl!(
                    "import-conflict-batch",
                    sn = c.sn.as_str(),
                    batch = b,
                    fields = fields
                ),
                None => crate::fl!("import-conflict", sn = c.sn.as_str(), fields = fields),
            },
        });
    }
}

fn print_mapping(e: &Export, out: &Output) {
    let mut source = match &e.sheet {
        Some(n) => crate::fl!("import-at-sheet", sheet = format!("{n:?}")),
        None => "CSV".into(),
    };
    if let Some(enc) = e.encoding {
        let name = serde_json::to_value(enc)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        source.push_str(&format!(" ({name})"));
    }
    let mut s = crate::fl!(
        "import-mapping",
        file = e.file.as_str(),
        source = source,
        row = e.header_row
    );
    for m in &e.mapping {
        if m.header.is_empty() && m.field.is_none() {
            continue;
        }
        let target = match (m.field, m.how) {
            (Some(f), "explicit") => format!("{} (--column)", f.name()),
            (Some(f), _) => f.name().to_owned(),
            (None, "duplicate") => crate::fl!("import-mapping-duplicate"),
            (None, _) => crate::fl!("import-mapping-ignored"),
        };
        s.push('\n');
        s.push_str(&crate::fl!(
            "import-mapping-column",
            column = format!("{:<2}", m.column),
            header = format!("{:?}", m.header),
            target = target
        ));
    }
    out.info(s);
}

fn report(
    a: &ImportArgs,
    store_opts: &StoreOptions,
    e: &Export,
    o: &ImportOutcome,
    out: &Output,
) -> Result<()> {
    let errors = e.errors();
    let conflicts = o.conflicts.len();
    let committed = o.batch_id.is_some();
    let kind = if e.seed { "seed" } else { "per_device" };
    // Rows in error win over conflicts: fixing them comes first.
    let failure = if errors > 0 {
        Some(
            Failure::new(
                ErrorCode::ImportRowInvalid,
                crate::fl!(
                    "import-failed-rows",
                    file = e.file.as_str(),
                    errors = errors
                ),
            )
            .hint(crate::fl!("import-failed-rows-hint")),
        )
    } else if conflicts > 0 {
        Some(
            Failure::new(
                ErrorCode::ImportConflict,
                crate::fl!(
                    "import-failed-conflicts",
                    file = e.file.as_str(),
                    conflicts = conflicts
                ),
            )
            .hint(crate::fl!(
                "import-failed-conflicts-hint",
                flags = store_opts.hint_flags(),
                sn = o.conflicts[0].sn.as_str()
            )),
        )
    } else {
        None
    };
    if out.json {
        let mut v = serde_json::json!({
            "file": e.file,
            "sha256": e.sha256,
            "format": e.format,
            "encoding": e.encoding,
            "sheet": e.sheet,
            "header_row": e.header_row,
            "mapping": e.mapping,
            "store": store_opts.location,
            "dry_run": a.dry_run,
            "committed": committed,
            "batch": o.batch_id,
            "secret_kind": kind,
            "counts": {
                "rows": e.rows,
                "new": o.new.len(),
                "unchanged": o.unchanged.len(),
                "conflicts": conflicts,
                "errors": errors,
                "warnings": e.warnings(),
            },
            "problems": e.problems,
        });
        // A failed import is reported here, not as a separate error object: it carries
        // the error's code and exit code like one.
        if let (Some(f), Some(o)) = (&failure, v.as_object_mut()) {
            o.insert("code".into(), serde_json::json!(f.code));
            o.insert("exit_code".into(), serde_json::json!(f.class.code()));
        }
        out.json_line(&v)?;
    } else {
        let mut shown = 0;
        for p in &e.problems {
            if p.severity == Severity::Info && out.verbose == 0 {
                continue;
            }
            if shown == SHOWN_PROBLEMS {
                out.info(crate::fl!(
                    "import-more-problems",
                    count = e.problems.len().saturating_sub(shown)
                ));
                break;
            }
            shown += 1;
            match p.severity {
                // Shown even with --quiet, which keeps results and errors.
                Severity::Error => crate::errln!(
                    "{}",
                    crate::fl!(
                        "output-labelled",
                        label = crate::fl!("output-error"),
                        text = p.to_string()
                    )
                ),
                Severity::Conflict => crate::errln!(
                    "{}",
                    crate::fl!(
                        "output-labelled",
                        label = crate::fl!("import-label-conflict"),
                        text = p.to_string()
                    )
                ),
                Severity::Warning => out.warn(p),
                Severity::Info => out.info(crate::fl!(
                    "output-labelled",
                    label = crate::fl!("import-label-note"),
                    text = p.to_string()
                )),
            }
        }
        let counts = crate::fl!(
            "import-counts",
            new = o.new.len(),
            unchanged = o.unchanged.len(),
            conflicts = conflicts,
            errors = errors
        );
        let store = store_opts.location.to_string();
        let line = if committed {
            crate::fl!(
                "import-done",
                units = o.new.len(),
                store = store,
                batch = o.batch_id.unwrap_or_default(),
                kind = super::devices::kind_word(kind),
                counts = counts
            )
        } else if errors > 0 || conflicts > 0 {
            crate::fl!("import-nothing-imported", counts = counts)
        } else if a.dry_run {
            crate::fl!("import-dry-run", counts = counts)
        } else {
            crate::fl!(
                "import-nothing-changed",
                units = o.unchanged.len(),
                store = store,
                counts = counts
            )
        };
        crate::outln!("{line}")?;
    }
    match failure {
        Some(f) => Err(f.json_reported(out.json).into()),
        None => Ok(()),
    }
}

/// A spinner on a terminal; nothing otherwise (milestone lines are printed by the caller).
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(out: &Output, msg: &str) -> Progress {
        if out.quiet || out.json || !out.stderr_is_tty {
            return Progress(None);
        }
        let pb = indicatif::ProgressBar::new_spinner().with_message(msg.to_owned());
        pb.enable_steady_tick(std::time::Duration::from_millis(120));
        Progress(Some(pb))
    }

    fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}
