//! The import writes rows while it is still reading the file. What that must not change: a
//! failed first import leaves nothing behind (no store, no temporary file, no directory),
//! and importers racing to create the store both land whole.

use crate::support::import::*;

/// Everything under the test's directory except the spreadsheets.
fn leftovers(env: &Env) -> Vec<String> {
    fn walk(d: &std::path::Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.push(format!("{}/", p.display()));
                walk(&p, out);
            } else if p.extension().is_none_or(|x| x != "xlsx") {
                out.push(p.display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(env.dir.path(), &mut out);
    out.sort();
    out
}

#[test]
fn a_failed_first_import_leaves_nothing_behind() {
    let env = Env::new();
    let f = env.path("bad.xlsx");
    // 3000 good rows reach the store before the bad one near the end is read.
    let mut rows = good_rows(1, 3000);
    rows[2990][0] = s("E3-BAD");
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 3, "{v}");
    assert_eq!(v["committed"], false);
    assert_eq!(v["counts"]["new"], 2999, "{v}");
    assert_eq!(leftovers(&env), Vec::<String>::new());
}

#[test]
fn importers_racing_to_create_the_store_both_land_whole() {
    let env = Env::new();
    let files: Vec<_> = (0..3u32)
        .map(|k| {
            let f = env.path(&format!("p{k}.xlsx"));
            write_xlsx(&f, &[("Sheet1", good_rows(1 + k * 5000, 2000))]);
            f
        })
        .collect();
    let children: Vec<std::process::Child> = files
        .iter()
        .map(|f| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"))
                .env("WECOM_HW_LANG", "en")
                .env("WECOM_HW_STORE", &env.store)
                .args(["import", "--json", f.to_str().unwrap()])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut batches = Vec::new();
    for c in children {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["counts"]["new"], 2000, "{v}");
        batches.push(v["batch"].as_i64().unwrap());
    }
    batches.sort();
    assert_eq!(batches, vec![1, 2, 3]);
    let conn = rusqlite::Connection::open(&env.store).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    for (sql, want) in [
        ("SELECT count(*) FROM devices", 6000),
        ("SELECT count(*) FROM ledger", 6000),
        ("SELECT sum(devices) FROM batches", 6000),
    ] {
        let n: i64 = conn.query_row(sql, [], |r| r.get(0)).unwrap();
        assert_eq!(n, want, "{sql}");
    }
    // Only the store itself is left (its journal is gone after the commits).
    let data = format!("{}/", env.store.parent().unwrap().display());
    assert_eq!(leftovers(&env), vec![data, env.store.display().to_string()]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&env.store).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// An import killed while it built a new store leaves its temporary file (named after its
/// process); the next import that builds the store removes it.
#[cfg(unix)]
#[test]
fn a_killed_importers_temporary_store_is_swept() {
    let env = Env::new();
    let dir = env.store.parent().unwrap();
    std::fs::create_dir_all(dir).unwrap();
    // The id of a process that has exited.
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let stale = dir.join(format!(".devices.db.import-{dead}-0badc0de"));
    let journal = dir.join(format!(".devices.db.import-{dead}-0badc0de-journal"));
    std::fs::write(&stale, b"half a store").unwrap();
    std::fs::write(&journal, b"its journal").unwrap();
    let f = env.path("a.xlsx");
    write_xlsx(&f, &[("Sheet1", good_rows(1, 3))]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success();
    assert!(!stale.exists() && !journal.exists());
    let data = format!("{}/", dir.display());
    assert_eq!(leftovers(&env), vec![data, env.store.display().to_string()]);
}

/// The ledger lines of a streamed import: one `imported` line per new unit naming its
/// batch, file and Excel row, none for units already stored, and none left over from rows
/// sent before the reader started over (a cell far right of the header, 1,500 rows down,
/// makes the fast reader give up and the general one read the file again).
#[test]
fn each_new_unit_gets_one_ledger_line_with_its_row() {
    let env = Env::new();
    let first = env.path("first.xlsx");
    let mut rows = good_rows(1, 2000);
    rows.insert(0, vec![s("设备登记导出")]); // a title row: data starts at Excel row 3
    rows[1500].resize(12, C::E);
    rows[1500][11] = s("note");
    write_xlsx(&first, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[first.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    // The second file repeats units 1001..2000 and adds 2001..2500.
    let second = env.path("second.xlsx");
    write_xlsx(&second, &[("Sheet1", good_rows(1001, 1500))]);
    let (code, v, _) = env.import_json(&[second.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["counts"]["new"], 500, "{v}");

    let conn = rusqlite::Connection::open(&env.store).unwrap();
    // A new store has 16 KiB pages (a quarter of the writes at a big import's commit).
    let page: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    assert_eq!(page, 16384);
    let mut st = conn
        .prepare("SELECT sn, event, detail FROM ledger ORDER BY id")
        .unwrap();
    let lines: Vec<(String, String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(lines.len(), 2500);
    for (k, (sn, event, detail)) in lines.iter().enumerate() {
        let i = k as u32 + 1;
        let (batch, file, row) = if i <= 2000 {
            (1, &first, i + 2)
        } else {
            (2, &second, i - 1000 + 1)
        };
        assert_eq!(sn, &format!("E3{i:010}"));
        assert_eq!(event, "imported");
        assert_eq!(
            detail,
            &format!("batch {batch} from {} row {row}", file.display())
        );
    }
}
