//! A store written before schema migrations 4 and 5 (the index of unclaimed units, and
//! on PostgreSQL the ledger's NOTIFY trigger) gets them when it is next opened: units the
//! old version claimed stay claimed, `line next` goes on with the first free unit in
//! import order, and from then on every claim keeps the index right, on both engines.

use crate::support::line::{Backend, Line, sn};
use crate::support::store::both_backends;

/// Takes a fresh store back to schema version 3, as the release before the migrations
/// left it, with units 1 and 3 claimed by that release (no trigger marked them).
fn back_to_version_3(l: &Line) {
    let claim = |s: usize| {
        format!(
            "INSERT INTO line_units (sn, state, station, claimed_at, updated_at) \
             VALUES ('{}', 'done', 'old', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z')",
            sn(s)
        )
    };
    l.loc.undo_migrations_4_and_5();
    match &l.loc.pg {
        None => {
            let c = rusqlite::Connection::open(&l.store).unwrap();
            c.execute_batch(&format!("{}; {};", claim(1), claim(3)))
                .unwrap();
            c.pragma_update(None, "user_version", 3).unwrap();
        }
        Some(db) => {
            db.client()
                .batch_execute(&format!(
                    "{}; {}; UPDATE wecom_hw_schema SET version = 3;",
                    claim(1),
                    claim(3)
                ))
                .unwrap();
        }
    }
}

fn next(l: &Line) -> String {
    let o = l
        .cmd("st-new")
        .args(["line", "next", "--emit", "json", "--out", "u.json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let unit: serde_json::Value =
        serde_json::from_slice(&std::fs::read(l.path("u.json")).unwrap()).unwrap();
    unit["sn"]
        .as_str()
        .unwrap_or_else(|| panic!("{unit}"))
        .to_owned()
}

fn an_old_store_is_upgraded_and_claims_go_on_in_import_order(b: Backend) {
    let l = Line::on(b, 5);
    back_to_version_3(&l);
    assert_eq!(next(&l), sn(2), "unit 1 was claimed by the old release");
    assert_eq!(next(&l), sn(4), "so was unit 3");
    assert_eq!(next(&l), sn(5));
    let o = l
        .cmd("st-new")
        .args(["line", "next", "--emit", "json", "--out", "u.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "no unit left");
    let st = l.status();
    assert_eq!(st["counts"]["unclaimed"], 0, "{st}");
    assert_eq!(st["counts"]["done"], 5, "{st}");
    // The migrations left their objects behind (PostgreSQL: the console's trigger too).
    match &l.loc.pg {
        None => {
            let c = rusqlite::Connection::open(&l.store).unwrap();
            let n: i64 = c
                .query_row(
                    "SELECT count(*) FROM sqlite_master
                     WHERE name IN ('line_units_claimed', 'devices_unclaimed')",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 2);
        }
        Some(db) => {
            let n: i64 = db
                .client()
                .query_one(
                    "SELECT count(*) FROM pg_trigger
                     WHERE tgname IN ('line_units_claimed', 'ledger_notify')",
                    &[],
                )
                .unwrap()
                .get(0);
            assert_eq!(n, 2);
        }
    }
}

both_backends!(an_old_store_is_upgraded_and_claims_go_on_in_import_order);
