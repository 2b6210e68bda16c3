//! `wecom-hw store`: schema migration, information, and copying between engines.

use crate::cli::store::{CopyArgs, StoreArgs, StoreCommand};
use crate::output::{ErrorCode, Failure, Output};
use crate::store::copy::{TableSum, temp_sibling};
use crate::store::{Store, StoreLocation, StoreOptions};
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
            "store": store.location().to_string(),
            "backend": store.backend(),
            "schema_version": v,
        }))?;
    } else {
        crate::outln!(
            "{}",
            crate::fl!(
                "store-migrated",
                backend = store.backend(),
                store = store.location().to_string(),
                version = v
            )
        )?;
    }
    Ok(())
}

fn info(opts: &StoreOptions, out: &Output) -> Result<()> {
    // The one "no store" error, with the way to make an empty one: `store info` is where
    // a new station's engineer looks first.
    let store = Store::open_for_reading(opts).map_err(|f| {
        if f.code != crate::output::ErrorCode::StoreMissing {
            return f;
        }
        f.hint(crate::fl!(
            "store-info-missing-hint",
            flags = opts.hint_flags()
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
            "store": store.location().to_string(),
            "backend": store.backend(),
            "schema_version": v,
            "rows": counts,
        }))?;
    } else {
        // Labels padded by display width: a Chinese label is two columns per character.
        let labels = [
            crate::fl!("store-info-store"),
            crate::fl!("store-info-backend"),
            crate::fl!("store-info-schema-version"),
        ];
        let width = labels
            .iter()
            .map(|l| crate::cmd::devices::display_width(l))
            .chain(sums.iter().map(|s| s.table.len()))
            .max()
            .unwrap_or(0);
        let pad = |s: &str| crate::cmd::devices::pad(s, width);
        crate::outln!("{}  {}", pad(&labels[0]), store.location())?;
        crate::outln!("{}  {}", pad(&labels[1]), store.backend())?;
        crate::outln!("{}  {v}", pad(&labels[2]))?;
        for s in &sums {
            crate::outln!(
                "{}  {}",
                pad(s.table),
                crate::fl!("store-info-rows", rows = s.rows)
            )?;
        }
    }
    Ok(())
}

fn open_target(to: &StoreOptions) -> Result<Store, Failure> {
    Store::open(to)
}

fn copy(c: CopyArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let mut from_opts = opts.clone();
    from_opts.location = c.from.clone();
    let mut to_opts = opts.clone();
    to_opts.location = c.to.clone();
    if c.from == c.to {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("store-copy-same"),
        )
        .into());
    }
    let source = Store::open_for_reading(&from_opts)?;
    let dump = source.dump()?;
    let want = dump.sums();
    out.info(crate::fl!(
        "store-copy-read",
        units = want[1].rows,
        ledger = want[2].rows,
        store = c.from.to_string()
    ));
    // A SQLite target is filled as a new file next to it and renamed into place, so an
    // interrupted copy leaves the old target (or none) behind.
    let got = if let StoreLocation::Sqlite(to) = &c.to {
        if !c.overwrite
            && let Some(existing) = Store::open_existing(&to_opts)?
            && !existing.dump()?.is_empty()
        {
            return Err(crate::store::copy::not_empty(&c.to.to_string()).into());
        }
        let temp = temp_sibling(to);
        let mut temp_opts = to_opts.clone();
        temp_opts.location = StoreLocation::Sqlite(temp.clone());
        let result = (|| {
            let mut t = open_target(&temp_opts)?;
            t.load(&dump, false)?;
            drop(t);
            std::fs::rename(&temp, to)
                .map_err(|e| Failure::from(crate::io::FileError::write(to, e)))
        })();
        if let Err(e) = result {
            let _ = std::fs::remove_file(&temp);
            return Err(e.into());
        }
        Store::open(&to_opts)?.dump()?.sums()
    } else {
        let mut target = open_target(&to_opts)?;
        target.load(&dump, c.overwrite)?;
        drop(target);
        Store::open(&to_opts)?.dump()?.sums()
    };
    report(&c, &want, &got, out)
}

fn report(c: &CopyArgs, want: &[TableSum], got: &[TableSum], out: &Output) -> Result<()> {
    let ok = want == got;
    if out.json {
        out.json_line(&serde_json::json!({
            "from": c.from.to_string(),
            "to": c.to.to_string(),
            "verified": ok,
            "source": want,
            "target": got,
        }))?;
    } else {
        use crate::cmd::devices::{pad, pad_left};
        crate::outln!(
            "{} {} {}  {}",
            pad(&crate::fl!("store-copy-table"), 11),
            pad_left(&crate::fl!("store-copy-source"), 8),
            pad_left(&crate::fl!("store-copy-target"), 8),
            crate::fl!("store-copy-sha256")
        )?;
        for (w, g) in want.iter().zip(got) {
            crate::outln!(
                "{:<11} {:>8} {:>8}  {} / {}{}",
                w.table,
                w.rows,
                g.rows,
                &w.sha256[..16],
                &g.sha256[..16],
                if w == g {
                    String::new()
                } else {
                    format!("  {}", crate::fl!("store-copy-mismatch-mark"))
                }
            )?;
        }
        if ok {
            crate::outln!(
                "{}",
                crate::fl!(
                    "store-copy-verified",
                    from = c.from.to_string(),
                    to = c.to.to_string()
                )
            )?;
        }
    }
    if !ok {
        return Err(Failure::new(
            ErrorCode::StoreCopyMismatch,
            crate::fl!("store-copy-mismatch", store = c.to.to_string()),
        )
        .into());
    }
    Ok(())
}
