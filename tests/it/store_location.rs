//! `--store` is a `StoreLocation` (issue 20 #5): a SQLite path or a PostgreSQL URL, told
//! apart when parsed. A URL is shown redacted (no user information, never a password) in
//! messages, tables and `--json` fields; a command printed in a hint carries it as given
//! so that it runs as printed. Real binary, real PostgreSQL (`.ci/postgres`).

use crate::support::store::{Backend, StoreLoc};
use assert_cmd::Command;
use serde_json::Value;

fn wecom(store: &str) -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.env("WECOM_HW_LANG", "en")
        .env("WECOM_HW_STORE", store)
        .env("WECOM_HW_STATION", "test-station")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("NO_COLOR", "1");
    c
}

/// `postgres://wecom@127.0.0.1:PORT/t_…` → (`wecom@`, `postgres://…@127.0.0.1:PORT/t_…`).
fn user_and_shown(url: &str) -> (String, String) {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (user, host) = rest.split_once('@').unwrap();
    (format!("{user}@"), format!("{scheme}://…@{host}"))
}

#[test]
fn a_postgres_store_is_shown_redacted_and_hinted_as_given() {
    let loc = StoreLoc::new(Backend::Postgres, "unused".into());
    let url = loc.location.to_str().unwrap().to_owned();
    let (user, shown) = user_and_shown(&url);

    let o = wecom(&url).args(["store", "migrate"]).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains(&shown), "{text}");
    assert!(!text.contains(&user), "{text}");

    let o = wecom(&url)
        .args(["store", "info", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["store"], shown.as_str());

    // An SN the store lacks: the message names the store redacted, the hint's command
    // names it as given and runs as printed.
    let o = wecom(&url)
        .args(["devices", "show", "NOPE1"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8(o.stderr).unwrap();
    let first = err.lines().next().unwrap();
    assert!(first.contains(&shown) && !first.contains(&user), "{err}");
    let hint = err.lines().find(|l| l.contains("hint:")).unwrap();
    let cmd = hint.split('`').nth(1).unwrap();
    assert_eq!(cmd, format!("wecom-hw --store {url} devices list"));
    let again = wecom("/nonexistent/elsewhere.db")
        .env_remove("WECOM_HW_STORE")
        .args(cmd.split(' ').skip(1))
        .output()
        .unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}

#[test]
fn a_file_path_is_shown_and_hinted_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    // Spaces, Chinese and a colon: still a file, shown as given, quoted in a hint.
    let odd = dir.path().join("产线 1:A").join("devices.db");
    let odd = odd.to_str().unwrap();
    let o = wecom(odd)
        .args(["store", "migrate", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["backend"], "sqlite");
    assert_eq!(v["store"], odd);
    assert!(std::path::Path::new(odd).exists());
    let o = wecom(odd)
        .args(["devices", "show", "NOPE1"])
        .output()
        .unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains(&format!("wecom-hw --store '{odd}' devices list")),
        "{err}"
    );
}

/// An unset `$PG` in `--store "$PG?sslmode=require"` leaves only the query: the store says
/// so (usage, exit 2) instead of creating an empty SQLite file called `?sslmode=require`.
#[test]
fn the_end_of_a_url_without_its_start_is_refused_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [("en", "without its start"), ("zh-CN", "缺少开头")] {
        let out = wecom("?sslmode=require")
            .current_dir(dir.path())
            .env("WECOM_HW_LANG", lang)
            .args(["devices", "list"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains(words) && err.contains("?sslmode=require"),
            "{err}"
        );
        let out = wecom("?sslmode=require")
            .current_dir(dir.path())
            .env("WECOM_HW_LANG", lang)
            .arg("import")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/registration-export.csv"
            ))
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no file was created"
    );
}
