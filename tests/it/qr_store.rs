//! `qr static --sn SN` and `qr static --from-store [--batch ID]`: the static URL comes
//! from a real SQLite store filled by the real `wecom-hw import`, every PNG is decoded back
//! with rqrr and compared with the imported URL, and each label written lands in the
//! unit's ledger as `label-printed`.

use crate::support::qr::*;
use crate::support::store::{Backend, StoreLoc};
use serde_json::Value;
use std::path::{Path, PathBuf};

const URL: &str = "https://open.work.weixin.qq.com/connect/hardware?hw_code=";

struct Env {
    dir: tempfile::TempDir,
    /// A SQLite path or a PostgreSQL URL.
    db: PathBuf,
    loc: StoreLoc,
}

fn url(i: u32) -> String {
    format!("{URL}a6e9b660cfc6773{i:09}")
}

fn secret(i: u32) -> String {
    format!("{:032x}", 0x5ec7e7_u128 * 1_000_003 + i as u128)
}

impl Env {
    fn on(b: Backend) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let loc = StoreLoc::new(b, dir.path().join("devices.db"));
        Env {
            dir,
            db: loc.location.clone(),
            loc,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::cargo_bin("wecom-hw").unwrap();
        c.args(["--lang", "en"])
            .arg("--store")
            .arg(&self.db)
            .args(["--station", "printer-2"])
            .env_remove("WECOM_HW_SECRET_NO")
            .current_dir(self.dir.path());
        c
    }

    /// Imports units `from..=to` (console headers) as one batch.
    fn import(&self, name: &str, from: u32, to: u32) {
        let mut csv = String::from("序列号,SecretNo,二维码链接\n");
        for i in from..=to {
            csv.push_str(&format!("E3{i:010},{},{}\n", secret(i), url(i)));
        }
        let f = self.path(name);
        std::fs::write(&f, csv).unwrap();
        self.cmd().arg("import").arg(&f).assert().success();
    }

    fn show(&self, sn: &str) -> Value {
        let out = self
            .cmd()
            .args(["--json", "devices", "show", sn])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    }

    fn printed(&self, sn: &str) -> Vec<Value> {
        self.show(sn)["ledger"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["event"] == "label-printed")
            .cloned()
            .collect()
    }
}

fn decoded(p: &Path) -> Vec<String> {
    decode_png(&std::fs::read(p).unwrap())
}

fn one_label_by_sn_decodes_to_the_imported_url_and_is_in_the_ledger(b: Backend) {
    let env = Env::on(b);
    env.import("a.csv", 1, 3);
    let sn = "E30000000002";
    let png = env.path("one.png");
    // Any case: the store compares SNs as WeCom does.
    let out = env
        .cmd()
        .args(["qr", "static", "--sn", "e30000000002", "-o"])
        .arg(&png)
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(decoded(&png), [url(2)]);
    let printed = env.printed(sn);
    assert_eq!(printed.len(), 1, "{printed:?}");
    assert_eq!(printed[0]["station"], "printer-2");
    assert!(printed[0]["detail"].as_str().unwrap().contains("one.png"));
    assert_eq!(env.show(sn)["status"], "label-printed");
    // The other units are untouched.
    assert!(env.printed("E30000000001").is_empty());
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!all.contains(&secret(2)), "{all}");
}

fn an_sn_the_store_lacks_is_an_error_and_writes_nothing(b: Backend) {
    let env = Env::on(b);
    let png = env.path("x.png");
    // No store at all.
    env.cmd()
        .args(["qr", "static", "--sn", "E30000000009", "-o"])
        .arg(&png)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("no device store"));
    assert!(!env.loc.exists(), "a reading command created the store");
    env.import("a.csv", 1, 1);
    env.cmd()
        .args(["qr", "static", "--sn", "E30000000009", "-o"])
        .arg(&png)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("not in the device store"));
    assert!(!png.exists());
}

fn the_whole_store_or_one_batch_one_file_per_unit_resumable(b: Backend) {
    let env = Env::on(b);
    env.import("a.csv", 1, 3);
    env.import("b.csv", 11, 12);
    let labels = env.path("labels");
    let run = |extra: &[&str]| -> Value {
        let out = env
            .cmd()
            .args(["--json", "qr", "static", "--from-store", "--out-dir"])
            .arg(&labels)
            .args(["--name", "{sn}.png"])
            .args(extra)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    // Batch 2 only.
    let v = run(&["--batch", "2"]);
    assert_eq!(v["written"], 2, "{v}");
    let mut names: Vec<String> = std::fs::read_dir(&labels)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["E30000000011.png", "E30000000012.png"]);
    assert!(env.printed("E30000000001").is_empty());
    // Everything: batch 2's files are skipped, batch 1's written.
    let v = run(&[]);
    assert_eq!(
        (v["written"].as_u64(), v["skipped"].as_u64()),
        (Some(3), Some(2)),
        "{v}"
    );
    for i in [1, 2, 3, 11, 12] {
        let sn = format!("E3{i:010}");
        assert_eq!(decoded(&labels.join(format!("{sn}.png"))), [url(i)], "{sn}");
        assert_eq!(env.printed(&sn).len(), 1, "{sn}");
    }
    // A rerun writes nothing and records nothing.
    let v = run(&[]);
    assert_eq!(v["written"], 0, "{v}");
    assert_eq!(env.printed("E30000000011").len(), 1);

    // One ZPL job for batch 1: each unit printed once more.
    let job = env.path("job.zpl");
    env.cmd()
        .args(["qr", "static", "--from-store", "--batch", "1", "-o"])
        .arg(&job)
        .assert()
        .success();
    let zpl = std::fs::read_to_string(&job).unwrap();
    for i in 1..=3 {
        assert!(zpl.contains(&url(i)), "{zpl}");
        assert_eq!(env.printed(&format!("E3{i:010}")).len(), 2);
    }
    assert_eq!(env.printed("E30000000011").len(), 1);
    // An empty batch is an error.
    env.cmd()
        .args(["qr", "static", "--from-store", "--batch", "9", "-o"])
        .arg(env.path("none.zpl"))
        .assert()
        .code(3)
        .stderr(predicates::str::contains("no units in batch 9"));
}

fn dynamic_codes_by_sn_are_signed_with_the_secret_from_the_store(b: Backend) {
    let env = Env::on(b);
    env.import("a.csv", 1, 2);
    let sn = "E30000000002";
    // The same code signed with the secret given explicitly, by `sign`.
    let secret_file = env.path("secret.txt");
    std::fs::write(&secret_file, secret(2)).unwrap();
    for (scene, extra) in [("bind", &[][..]), ("login", &["--state", "kiosk"][..])] {
        let expected = env
            .cmd()
            .args(["sign", scene, "--sn", sn, "--url", "--secret-file"])
            .arg(&secret_file)
            .args(["--timestamp", "1700000000", "--nonce", "77"])
            .args(extra)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let expected = String::from_utf8(expected).unwrap().trim().to_string();
        let png = env.path(&format!("{scene}.png"));
        let out = env
            .cmd()
            .args(["qr", scene, "--sn", sn, "--timestamp", "1700000000"])
            .args(["--nonce", "77", "-o"])
            .arg(&png)
            .args(extra)
            .assert()
            .success()
            .get_output()
            .clone();
        assert_eq!(decoded(&png), [expected], "{scene}");
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(&secret(2)), "{all}");
    }
    // An SN the store lacks: exit 3, the hint names both ways to give the secret.
    let out = env
        .cmd()
        .args(["qr", "bind", "--sn", "E39999999999", "-o"])
        .arg(env.path("none.png"))
        .assert()
        .code(3)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.contains("does not hold this SN"), "{err}");
    assert!(!env.path("none.png").exists());
}

crate::support::store::both_backends!(
    one_label_by_sn_decodes_to_the_imported_url_and_is_in_the_ledger,
    an_sn_the_store_lacks_is_an_error_and_writes_nothing,
    the_whole_store_or_one_batch_one_file_per_unit_resumable,
    dynamic_codes_by_sn_are_signed_with_the_secret_from_the_store,
);
