//! `wecom-hw import`: read the export, check it against the store, land it in one
//! transaction (or say why not), and report.

use crate::cli::import::ImportArgs;
use crate::import::{Export, ImportOptions, Problem, Severity, read_export};
use crate::output::{ExitClass, Failure, Output};
use crate::store::{BatchSource, ImportOutcome, Store, StoreOptions};
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
    };
    let progress = Progress::new(out, &format!("reading {}", a.file.display()));
    let started = Instant::now();
    let export = read_export(&a.file, &opts);
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
            None => ImportOutcome {
                new: (0..export.records.len()).collect(),
                ..ImportOutcome::default()
            },
        }
    };
    if commit && export.rows >= LARGE {
        out.info(format!(
            "store transaction took {:.2} s",
            t.elapsed().as_secs_f64()
        ));
    }
    add_conflicts(&mut export, &outcome);
    report(&a, store_opts, &export, &outcome, out)
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
    if out.json {
        out.json_line(&serde_json::json!({
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
        }))?;
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
                Severity::Error => eprintln!("error: {p}"),
                Severity::Conflict => eprintln!("conflict: {p}"),
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
            println!(
                "imported {} units into {store} as batch {} ({}): {counts}",
                o.new.len(),
                o.batch_id.unwrap_or_default(),
                kind.replace('_', "-")
            );
        } else if errors > 0 || conflicts > 0 {
            println!("nothing imported: {counts}");
        } else if a.dry_run {
            println!("dry run, nothing written: would import {counts}");
        } else {
            println!(
                "nothing changed: all {} units are already in {store} ({counts})",
                o.unchanged.len()
            );
        }
    }
    if errors > 0 {
        return Err(
            Failure::data(format!("{}: {errors} error(s); nothing imported", e.file))
                .hint("fix the rows listed above (or map columns with --column) and import again")
                .json_reported(out.json)
                .into(),
        );
    }
    if conflicts > 0 {
        return Err(Failure::new(
            ExitClass::Conflict,
            format!(
                "{}: {conflicts} SN(s) already in the store with different data; nothing imported",
                e.file
            ),
        )
        .hint(
            "`wecom-hw devices show SN` shows what the store holds; the store is never overwritten",
        )
        .json_reported(out.json)
        .into());
    }
    Ok(())
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
