//! The store's promises: a failed or no-op import leaves the file byte-for-byte as it was,
//! conflicts are never overwritten, concurrent importers do not corrupt it, and it is
//! private to its owner.

use crate::support::import::*;
use predicates::prelude::*;

fn seeded(env: &Env) -> std::path::PathBuf {
    let f = env.path("first.xlsx");
    write_xlsx(&f, &[("Sheet1", good_rows(1, 5))]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success();
    f
}

fn a_conflict_changes_nothing_and_exits_6(b: Backend) {
    let env = Env::on(b);
    seeded(&env);
    let before = env.store_hash();
    // Two new units and one known SN with another SecretNo.
    let f = env.path("second.xlsx");
    let mut rows = good_rows(4, 4);
    rows[1][1] = s(&secret(1000));
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 6, "{v}");
    assert_eq!(v["committed"], false);
    assert_eq!(
        (
            &v["counts"]["new"],
            &v["counts"]["unchanged"],
            &v["counts"]["conflicts"]
        ),
        (&2.into(), &1.into(), &1.into())
    );
    let c = problems(&v, "conflict");
    assert!(c[0]["message"].as_str().unwrap().contains("E30000000004"));
    assert_eq!(c[0]["row"], 2);
    assert_eq!(
        env.store_hash(),
        before,
        "a refused import changed the store"
    );
    // The stored secret is the first one.
    let o = env
        .cmd()
        .args([
            "devices",
            "show",
            "E30000000004",
            "--json",
            "--show-secrets",
        ])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["secret_no"], secret(4));
    // Two new units must not have slipped in.
    env.cmd()
        .args(["devices", "show", "E30000000007"])
        .assert()
        .code(3);
}

fn rows_with_errors_change_nothing_even_when_other_rows_are_good(b: Backend) {
    let env = Env::on(b);
    seeded(&env);
    let before = env.store_hash();
    let f = env.path("bad.xlsx");
    let mut rows = good_rows(10, 50);
    rows[50][0] = s("E3-BAD");
    write_xlsx(&f, &[("Sheet1", rows)]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("row 51, column A (SN)"));
    assert_eq!(env.store_hash(), before);
}

fn reimporting_the_same_file_says_so_and_leaves_the_file_unchanged(b: Backend) {
    let env = Env::on(b);
    let f = seeded(&env);
    let before = env.store_hash();
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "nothing changed: all 5 units are already in",
        ));
    assert_eq!(env.store_hash(), before);
    // A dry run with new rows writes nothing either.
    let g = env.path("more.xlsx");
    write_xlsx(&g, &[("Sheet1", good_rows(1, 8))]);
    env.cmd()
        .args(["import", g.to_str().unwrap(), "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("would import 3 new, 5 unchanged"));
    assert_eq!(env.store_hash(), before);
}

fn two_processes_importing_at_once_both_land_whole(b: Backend) {
    let env = Env::on(b);
    seeded(&env); // the store exists, so both race on the same file
    let files: Vec<_> = (0..2u32)
        .map(|k| {
            let f = env.path(&format!("p{k}.xlsx"));
            write_xlsx(&f, &[("Sheet1", good_rows(100 + k * 5000, 3000))]);
            f
        })
        .collect();
    let mut children: Vec<std::process::Child> = files
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
    for c in children.drain(..) {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["counts"]["new"], 3000);
        batches.push(v["batch"].as_i64().unwrap());
    }
    batches.sort();
    assert_eq!(batches, vec![2, 3]);
    if b == Backend::Sqlite {
        let conn = rusqlite::Connection::open(&env.store).unwrap();
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
    assert_eq!(env.loc.count("devices"), 6005);
    assert_eq!(env.loc.count("ledger"), 6005);
}

#[cfg(unix)]
#[test]
fn the_store_is_private_and_a_shared_one_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    seeded(&env);
    let mode = std::fs::metadata(&env.store).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir = std::fs::metadata(env.store.parent().unwrap())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(dir, 0o700);
    std::fs::set_permissions(&env.store, std::fs::Permissions::from_mode(0o644)).unwrap();
    env.cmd()
        .args(["devices", "list"])
        .assert()
        .code(10)
        .stderr(predicate::str::contains("readable by others"))
        .stderr(predicate::str::contains("chmod 600"));
    env.cmd()
        .args(["--allow-shared-store", "devices", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("E30000000005"));
}

fn schema_is_versioned_and_the_ledger_is_append_only(b: Backend) {
    let env = Env::on(b);
    seeded(&env);
    match &env.loc.pg {
        None => {
            let conn = rusqlite::Connection::open(&env.store).unwrap();
            let v: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(v, wecom_hw::store::schema_version());
            assert!(conn.execute("UPDATE ledger SET event = 'x'", []).is_err());
            assert!(conn.execute("DELETE FROM ledger", []).is_err());
            // A store from a newer wecom-hw is refused rather than misread.
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        Some(db) => {
            let mut c = db.client();
            let v: i32 = c
                .query_one("SELECT version FROM wecom_hw_schema", &[])
                .unwrap()
                .get(0);
            assert_eq!(v as i64, wecom_hw::store::schema_version());
            for sql in [
                "UPDATE ledger SET event = 'x'",
                "DELETE FROM ledger",
                "TRUNCATE ledger",
            ] {
                let e = c.batch_execute(sql).unwrap_err();
                assert!(
                    e.to_string().contains("append-only")
                        || format!("{e:?}").contains("append-only"),
                    "{sql}: {e:?}"
                );
            }
            // Case-insensitive SN uniqueness holds even for a writer that is not wecom-hw.
            assert!(
                c.batch_execute(
                    "INSERT INTO devices (sn, secret_no, secret_kind) VALUES ('e30000000001', 'x', 'seed')"
                )
                .is_err()
            );
            c.batch_execute("UPDATE wecom_hw_schema SET version = 99")
                .unwrap();
        }
    }
    assert_eq!(env.loc.count("ledger"), 5);
    env.cmd()
        .args(["devices", "list"])
        .assert()
        .code(10)
        .stderr(predicate::str::contains("schema version 99"));
}

/// A store written before schema 3 kept a seed unit's exchanged SecretNo in
/// `device_secret`. Opening it with this wecom-hw moves that value to
/// `exchanged_secret_no` and leaves a per-device unit's wss secret where it is.
fn a_version_2_store_moves_a_seed_units_secret_no_to_its_own_column(b: Backend) {
    let env = Env::on(b);
    seeded(&env);
    let (own, wss) = (secret(501), secret(502));
    // Take the store back to schema 2 as an older wecom-hw left it.
    let downgrade = [
        format!(
            "UPDATE devices SET secret_kind = 'seed', device_secret = '{own}' \
             WHERE sn = 'E30000000001'"
        ),
        format!("UPDATE devices SET device_secret = '{wss}' WHERE sn = 'E30000000002'"),
        "ALTER TABLE devices DROP COLUMN exchanged_secret_no".to_owned(),
    ];
    // Without what the later migrations (4, 5) added, which opening it adds again.
    env.loc.undo_migrations_4_and_5();
    match &env.loc.pg {
        None => {
            let conn = rusqlite::Connection::open(&env.store).unwrap();
            for sql in &downgrade {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", 2).unwrap();
        }
        Some(db) => {
            let mut c = db.client();
            for sql in &downgrade {
                c.batch_execute(sql).unwrap();
            }
            c.batch_execute("UPDATE wecom_hw_schema SET version = 2")
                .unwrap();
        }
    }
    let show = |sn: &str| -> serde_json::Value {
        let o = env
            .cmd()
            .args(["devices", "show", sn, "--json", "--show-secrets"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let seed = show("E30000000001");
    assert_eq!(seed["exchanged_secret_no"], own.as_str(), "{seed}");
    assert!(seed["device_secret"].is_null(), "{seed}");
    let per_device = show("E30000000002");
    assert_eq!(per_device["device_secret"], wss.as_str(), "{per_device}");
    assert!(per_device["exchanged_secret_no"].is_null(), "{per_device}");
    // `sign --sn` signs a seed unit with its exchanged SecretNo, as before the upgrade.
    env.cmd()
        .args(["sign", "bind", "--sn", "E30000000001", "--json"])
        .assert()
        .success();
}

fn store_api_records_events_and_state(b: Backend) {
    use wecom_hw::store::{Credentials, LedgerEvent, Store, StoreOptions};
    let env = Env::on(b);
    seeded(&env);
    let mut opts = StoreOptions::new(env.store.clone());
    opts.station = Some("line-7".into());
    let mut st = Store::open(&opts).unwrap();
    st.record_event("e30000000002", LedgerEvent::LabelPrinted, Some("zpl"))
        .unwrap();
    st.record_event(
        "E30000000002",
        LedgerEvent::LabelSkipped,
        Some("scratched case"),
    )
    .unwrap();
    let secret = wecom_hw::core::secret::Secret::new(&secret(77)).unwrap();
    st.save_state(
        "E30000000002",
        &Credentials {
            active_code: Some("AC1".into()),
            device_secret: Some(secret.clone()),
            corp_name: Some("测试企业".into()),
            last_seen: Some("2026-11-28T00:00:00Z".into()),
            exchanged_secret_no: None,
        },
    )
    .unwrap();
    let d = st.get("E30000000002").unwrap().unwrap();
    assert_eq!(d.status, "label-printed");
    assert_eq!(d.state.device_secret, Some(secret));
    assert_eq!(d.state.corp_name.as_deref(), Some("测试企业"));
    let l = st.ledger("E30000000002").unwrap();
    let ev: Vec<(&str, Option<&str>)> = l
        .iter()
        .map(|e| (e.event.as_str(), e.station.as_deref()))
        .collect();
    assert_eq!(
        ev,
        vec![
            ("imported", Some("test-station")),
            ("label-printed", Some("line-7")),
            ("label-skipped", Some("line-7"))
        ]
    );
    assert!(st.record_event("NOPE", LedgerEvent::Bound, None).is_err());
    assert!(st.save_state("NOPE", &Credentials::default()).is_err());
}

crate::support::store::both_backends!(
    store_api_records_events_and_state,
    a_version_2_store_moves_a_seed_units_secret_no_to_its_own_column,
    a_conflict_changes_nothing_and_exits_6,
    rows_with_errors_change_nothing_even_when_other_rows_are_good,
    reimporting_the_same_file_says_so_and_leaves_the_file_unchanged,
    two_processes_importing_at_once_both_land_whole,
    schema_is_versioned_and_the_ledger_is_append_only,
);
