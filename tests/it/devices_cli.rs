//! `wecom-hw devices` (list, show, export, batches) and the store fallback of `sign`.

use crate::support::import::*;
use predicates::prelude::*;
use sha1::{Digest, Sha1};

fn with_two_batches(env: &Env) {
    let a = env.path("a.xlsx");
    write_xlsx(&a, &[("Sheet1", good_rows(1, 3))]);
    let b = env.path("b.xlsx");
    let mut rows = good_rows(0, 0);
    for i in 1..=2u32 {
        rows.push(vec![
            s(&format!("F{i}")),
            s(&secret(100 + i)),
            s(&i.to_string()),
            s(&url(&format!("F{i}"))),
        ]);
    }
    write_xlsx(&b, &[("Sheet1", rows)]);
    for f in [a, b] {
        env.cmd()
            .args(["import", f.to_str().unwrap()])
            .assert()
            .success();
    }
}

fn list_filters_and_masks_secrets(b: Backend) {
    let env = Env::on(b);
    with_two_batches(&env);
    let o = env.cmd().args(["devices", "list"]).output().unwrap();
    let text = String::from_utf8(o.stdout).unwrap();
    assert_eq!(text.lines().count(), 1 + 5, "{text}");
    for i in [1, 2, 3, 101, 102] {
        assert!(!text.contains(&secret(i)), "secret shown:\n{text}");
    }
    let o = env
        .cmd()
        .args(["devices", "list", "--batch", "2", "--json"])
        .output()
        .unwrap();
    let sns: Vec<String> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["sn"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(sns, vec!["F1", "F2"]);
    env.cmd()
        .args(["devices", "list", "--sn", "e3*2", "--show-secrets"])
        .assert()
        .success()
        .stdout(predicate::str::contains("E30000000002"))
        .stdout(predicate::str::contains(secret(2)))
        .stdout(predicate::str::contains("E30000000001").not());
    env.cmd()
        .args(["devices", "list", "--status", "bound"])
        .assert()
        .success()
        .stdout(predicate::str::contains("E3").not());
}

fn show_has_the_ledger_and_unknown_sns_fail(b: Backend) {
    let env = Env::on(b);
    with_two_batches(&env);
    let o = env
        .cmd()
        .args(["devices", "show", "f2", "--json"])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["sn"], "F2");
    assert_eq!(d["batch"], 2);
    assert_eq!(d["source_row"], 3);
    assert_eq!(d["ledger"][0]["event"], "imported");
    assert_eq!(d["ledger"][0]["station"], "test-station");
    assert!(!d.to_string().contains(&secret(102)));
    env.cmd()
        .args(["devices", "show", "NOPE"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not in the device store"));
    env.cmd()
        .args(["devices", "batches", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"devices\":3"))
        .stdout(predicate::str::contains("\"devices\":2"));
}

fn export_csv_ndjson_and_xlsx(b: Backend) {
    use calamine::Reader;
    let env = Env::on(b);
    with_two_batches(&env);
    let o = env.cmd().args(["devices", "export"]).output().unwrap();
    let csv = String::from_utf8(o.stdout).unwrap();
    assert!(csv.starts_with("\u{feff}\"sn\",\"secret_no\""), "{csv}");
    assert!(csv.contains("\"F1\""));
    assert!(!csv.contains(&secret(101)));
    let o = env
        .cmd()
        .args([
            "devices",
            "export",
            "--format",
            "ndjson",
            "--show-secrets",
            "--sn",
            "F*",
        ])
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["secret_no"], secret(101));
    let x = env.path("out.xlsx");
    env.cmd()
        .args([
            "devices",
            "export",
            "-o",
            x.to_str().unwrap(),
            "--show-secrets",
        ])
        .assert()
        .success();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&x).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a file with secrets must be private");
    }
    let mut wb = calamine::open_workbook_auto(&x).unwrap();
    let r = wb.worksheet_range("devices").unwrap();
    assert_eq!(r.height(), 6);
    // Device ids are text cells, so Excel keeps every digit.
    assert_eq!(
        r.get((1, 3)),
        Some(&calamine::Data::String("1000001".into()))
    );
    assert_eq!(r.get((1, 1)), Some(&calamine::Data::String(secret(1))));
    // And the export imports back into another store unchanged.
    let other = Env::on(b);
    let (code, v, _) = other.import_json(&[x.to_str().unwrap()]);
    assert_eq!((code, &v["counts"]["new"]), (0, &5.into()), "{v}");
}

/// sorted-SHA1 as the spec states it, computed here independently of the code under test.
fn sorted_sha1(values: &[&str]) -> String {
    let mut v = values.to_vec();
    v.sort();
    hex::encode(Sha1::digest(v.concat().as_bytes()))
}

fn sign_takes_the_secret_from_the_store_by_sn(b: Backend) {
    let env = Env::on(b);
    with_two_batches(&env);
    let o = env
        .cmd()
        .args([
            "sign",
            "register",
            "--sn",
            "e30000000002",
            "--timestamp",
            "1700000000",
            "--nonce",
            "42",
            "--json",
            "-v",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sn = "e30000000002";
    let want = sorted_sha1(&[sn, &secret(2), "1700000000", "42", "register"]);
    assert_eq!(v["signature"], want, "{v}");
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains("device store"), "{stderr}");
    assert!(!stderr.contains(&secret(2)));

    // verify: the SN comes from the URL, the secret from the store.
    let url = env
        .cmd()
        .args([
            "sign",
            "bind",
            "--sn",
            "F1",
            "--timestamp",
            "1700000000",
            "--nonce",
            "7",
            "--url",
        ])
        .output()
        .unwrap();
    let url = String::from_utf8(url.stdout).unwrap();
    env.cmd()
        .args(["sign", "verify", url.trim(), "--at", "1700000010"])
        .assert()
        .success()
        .stdout(predicate::str::contains("valid"));

    // Neither given nor stored: the error says both ways.
    env.cmd()
        .args(["sign", "bind", "--sn", "UNKNOWN1"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("--secret-file"))
        .stderr(predicate::str::contains("wecom-hw import"));
    // An explicit secret still wins over the store.
    let sf = env.path("s.txt");
    std::fs::write(&sf, secret(500)).unwrap();
    let o = env
        .cmd()
        .args([
            "sign",
            "register",
            "--sn",
            sn,
            "--timestamp",
            "1700000000",
            "--nonce",
            "42",
            "--secret-file",
            sf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let sig = String::from_utf8(o.stdout).unwrap();
    assert_eq!(
        sig.trim(),
        sorted_sha1(&[sn, &secret(500), "1700000000", "42", "register"])
    );
}

fn a_seed_unit_signs_get_secret_no_with_the_seed_and_refuses_register(b: Backend) {
    let env = Env::on(b);
    let f = env.path("seed.xlsx");
    let mut rows = good_rows(1, 2);
    rows[0][1] = s("seedSecretNo");
    for r in rows.iter_mut().skip(1) {
        r[1] = s(&secret(9));
    }
    write_xlsx(&f, &[("Sheet1", rows)]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success();
    let sn = "E30000000001";
    let o = env
        .cmd()
        .args([
            "sign",
            "secret-no",
            "--sn",
            sn,
            "--timestamp",
            "1",
            "--nonce",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // get_secret_no is signed with the seed (scene constant `secret_no`).
    assert_eq!(
        String::from_utf8(o.stdout).unwrap().trim(),
        sorted_sha1(&[sn, &secret(9), "1", "2", "secret_no"])
    );
    env.cmd()
        .args(["sign", "register", "--sn", sn])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("seed batch"));
}

fn reading_commands_do_not_create_a_store(b: Backend) {
    let env = Env::on(b);
    // No store is an error (exit 3), not an empty list, and creates nothing.
    env.cmd()
        .args(["devices", "list"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no device store at"));
    env.cmd()
        .args(["sign", "bind", "--sn", "A1"])
        .assert()
        .code(3);
    let f = env.path("a.xlsx");
    write_xlsx(&f, &[("Sheet1", good_rows(1, 2))]);
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--dry-run"])
        .assert()
        .success();
    assert!(!env.store_exists());
}

crate::support::store::both_backends!(
    export_csv_ndjson_and_xlsx,
    list_filters_and_masks_secrets,
    show_has_the_ledger_and_unknown_sns_fail,
    sign_takes_the_secret_from_the_store_by_sn,
    a_seed_unit_signs_get_secret_no_with_the_seed_and_refuses_register,
    reading_commands_do_not_create_a_store,
);
