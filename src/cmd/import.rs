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
    if a.dry_run || crate::store::pg::connect::is_url(&store_opts.path) {
        return run_in_turn(&a, &opts, store_opts, out);
    }
    // A store that cannot be opened is reported after the file's own problems, as the
    // in-turn import does.
    let target = if store_opts.path.exists() {
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
    let progress = Progress::new(out, &format!("importing {}", a.file.display()));
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
        out.info(format!(
            "read and checked {} rows in {read_secs:.2} s",
            export.rows
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
        out.info(format!(
            "store transaction took {:.2} s after reading",
            t.elapsed().as_secs_f64()
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
    let progress = Progress::new(out, &format!("reading {}", a.file.display()));
    let started = Instant::now();
    let export = read_export(&a.file, opts);
    progress.finish();
    let mut export = export?;
    let read_secs = started.elapsed().as_secs_f64();
    if !out.json {
        print_mapping(&export, out);
    }
    if export.rows >= LARGE {
        out.info(format!(
            "read and checked {} rows in {read_secs:.2} s",
            export.rows
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
        let progress = Progress::new(out, "writing to the store");
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
        out.info(format!(
            "store transaction took {:.2} s",
            t.elapsed().as_secs_f64()
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
        let batch = c
            .stored_batch
            .map(|b| format!(" (batch {b})"))
            .unwrap_or_default();
        export.problems.push(Problem {
            severity: Severity::Conflict,
            file: export.file.clone(),
            sheet: export.sheet.clone(),
            row: Some(rec.source_row),
            column: sn_col.as_ref().map(|m| m.column.clone()),
            header: sn_col.as_ref().map(|m| m.header.clone()),
            field: Some(crate::core::headers::Field::Sn),
            message: format!(
                "the store already holds SN {}{batch} with a different {}; it is never overwritten",
                c.sn,
                c.fields.join(" and ")
            ),
        });
    }
}

fn print_mapping(e: &Export, out: &Output) {
    let mut s = format!(
        "{}: {}{}, header on row {}",
        e.file,
        match &e.sheet {
            Some(n) => format!("sheet {n:?}"),
            None => "CSV".into(),
        },
        e.encoding
            .map(|enc| format!(
                " ({})",
                serde_json::to_value(enc)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ))
            .unwrap_or_default(),
        e.header_row
    );
    for m in &e.mapping {
        if m.header.is_empty() && m.field.is_none() {
            continue;
        }
        let target = match (m.field, m.how) {
            (Some(f), "explicit") => format!("{} (--column)", f.name()),
            (Some(f), _) => f.name().to_owned(),
            (None, "duplicate") => "ignored (field already mapped)".into(),
            (None, _) => "ignored".into(),
        };
        s.push_str(&format!(
            "\n  column {:<2} {:?} → {target}",
            m.column, m.header
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
                format!("{}: {errors} error(s); nothing imported", e.file),
            )
            .hint("fix the rows listed above (or map columns with --column) and import again"),
        )
    } else if conflicts > 0 {
        Some(
            Failure::new(
                ErrorCode::ImportConflict,
                format!(
                    "{}: {conflicts} SN(s) already in the store with different data; nothing imported",
                    e.file
                ),
            )
            .hint(format!(
                "`wecom-hw{} devices show {}` shows what the store holds; the store is never overwritten",
                store_opts.hint_flags(),
                o.conflicts[0].sn
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
            "store": store_opts.path,
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
                out.info(format!(
                    "… {} more problems not shown (--json lists them all)",
                    e.problems.len() - shown
                ));
                break;
            }
            shown += 1;
            match p.severity {
                // Shown even with --quiet, which keeps results and errors.
                Severity::Error => crate::errln!("error: {p}"),
                Severity::Conflict => crate::errln!("conflict: {p}"),
                Severity::Warning => out.warn(p),
                Severity::Info => out.info(format!("note: {p}")),
            }
        }
        let counts = format!(
            "{} new, {} unchanged, {} conflicts, {} errors",
            o.new.len(),
            o.unchanged.len(),
            conflicts,
            errors
        );
        let store = store_opts.path.display();
        if committed {
            crate::outln!(
                "imported {} units into {store} as batch {} ({}): {counts}",
                o.new.len(),
                o.batch_id.unwrap_or_default(),
                kind.replace('_', "-")
            )?;
        } else if errors > 0 || conflicts > 0 {
            crate::outln!("nothing imported: {counts}")?;
        } else if a.dry_run {
            crate::outln!("dry run, nothing written: would import {counts}")?;
        } else {
            crate::outln!(
                "nothing changed: all {} units are already in {store} ({counts})",
                o.unchanged.len()
            )?;
        }
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
