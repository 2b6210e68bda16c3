//! `wecom-hw store`: schema migration, information, and copying between engines.

use crate::cli::store::{CopyArgs, StoreArgs, StoreCommand};
use crate::output::{ErrorCode, Failure, Output};
use crate::store::copy::{TableSum, temp_sibling};
use crate::store::pg::connect::is_url;
use crate::store::{Store, StoreOptions};
use anyhow::Result;

pub fn run(a: StoreArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    match a.command {
        StoreCommand::Migrate => migrate(opts, out),
        StoreCommand::Info => info(opts, out),
        StoreCommand::Copy(c) => copy(c, opts, out),
    }
}

fn migrate(opts: &StoreOptions, out: &Output) -> Result<()> {
    let store = Store::open(opts)?;
    let v = store.schema_version()?;
    if out.json {
        out.json_line(&serde_json::json!({
            "store": store.path().display().to_string(),
            "backend": store.backend(),
            "schema_version": v,
        }))?;
    } else {
        crate::outln!(
            "{} store {}: schema version {v}",
            store.backend(),
            store.path().display()
        )?;
    }
    Ok(())
}

fn info(opts: &StoreOptions, out: &Output) -> Result<()> {
    // The one "no store" error, with the way to make an empty one: `store info` is where
    // a new station's engineer looks first.
    let store = Store::open_for_reading(opts).map_err(|f| {
        f.hint(format!(
            "create it empty with `wecom-hw{} store migrate`, or import a registration export into it (`wecom-hw import --help`)",
            opts.hint_flags()
        ))
    })?;
    let sums = store.dump()?.sums();
    let v = store.schema_version()?;
    if out.json {
        let counts: serde_json::Map<String, serde_json::Value> = sums
            .iter()
            .map(|s| (s.table.to_owned(), s.rows.into()))
            .collect();
        out.json_line(&serde_json::json!({
            "store": store.path().display().to_string(),
            "backend": store.backend(),
            "schema_version": v,
            "rows": counts,
        }))?;
    } else {
        crate::outln!("store           {}", store.path().display())?;
        crate::outln!("backend         {}", store.backend())?;
        crate::outln!("schema version  {v}")?;
        for s in &sums {
            crate::outln!("{:<15} {:>8} rows", s.table, s.rows)?;
        }
    }
    Ok(())
}

fn open_target(to: &StoreOptions) -> Result<Store, Failure> {
    Store::open(to)
}

fn copy(c: CopyArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let mut from_opts = opts.clone();
    from_opts.path = c.from.clone();
    let mut to_opts = opts.clone();
    to_opts.path = c.to.clone();
    if c.from == c.to {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            "FROM and TO are the same store",
        )
        .into());
    }
    let source = Store::open_for_reading(&from_opts)?;
    let dump = source.dump()?;
    let want = dump.sums();
    out.info(format!(
        "read {} units, {} ledger lines from {}",
        want[1].rows,
        want[2].rows,
        c.from.display()
    ));
    // A SQLite target is filled as a new file next to it and renamed into place, so an
    // interrupted copy leaves the old target (or none) behind.
    let got = if is_url(&c.to) {
        let mut target = open_target(&to_opts)?;
        target.load(&dump, c.overwrite)?;
        drop(target);
        Store::open(&to_opts)?.dump()?.sums()
    } else {
        if !c.overwrite
            && let Some(existing) = Store::open_existing(&to_opts)?
            && !existing.dump()?.is_empty()
        {
            return Err(Failure::new(
                ErrorCode::StoreNotEmpty,
                format!("the target store {} is not empty", c.to.display()),
            )
            .hint("copy into an empty store, or give --overwrite to replace what it holds")
            .into());
        }
        let temp = temp_sibling(&c.to);
        let mut temp_opts = to_opts.clone();
        temp_opts.path = temp.clone();
        let result = (|| {
            let mut t = open_target(&temp_opts)?;
            t.load(&dump, false)?;
            drop(t);
            std::fs::rename(&temp, &c.to).map_err(|e| {
                Failure::caused_by(
                    ErrorCode::IoWriteFailed,
                    format_args!("cannot move the copy into {}", c.to.display()),
                    e,
                )
            })
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&temp);
            return Err(e.into());
        }
        Store::open(&to_opts)?.dump()?.sums()
    };
    report(&c, &want, &got, out)
}

fn report(c: &CopyArgs, want: &[TableSum], got: &[TableSum], out: &Output) -> Result<()> {
    let ok = want == got;
    if out.json {
        out.json_line(&serde_json::json!({
            "from": c.from.display().to_string(),
            "to": c.to.display().to_string(),
            "verified": ok,
            "source": want,
            "target": got,
        }))?;
    } else {
        crate::outln!(
            "{:<11} {:>8} {:>8}  sha256 (source / target)",
            "table",
            "source",
            "target"
        )?;
        for (w, g) in want.iter().zip(got) {
            crate::outln!(
                "{:<11} {:>8} {:>8}  {} / {}{}",
                w.table,
                w.rows,
                g.rows,
                &w.sha256[..16],
                &g.sha256[..16],
                if w == g { "" } else { "  MISMATCH" }
            )?;
        }
        if ok {
            crate::outln!(
                "copied and verified: {} → {}",
                c.from.display(),
                c.to.display()
            )?;
        }
    }
    if !ok {
        return Err(Failure::new(
            ErrorCode::StoreCopyMismatch,
            format!(
                "the copy in {} does not read back as the source",
                c.to.display()
            ),
        )
        .into());
    }
    Ok(())
}
