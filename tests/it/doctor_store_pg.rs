//! `wecom-hw doctor` on a PostgreSQL store (the throwaway server of `.ci/postgres`): the
//! server reached with its version, the schema, the privileges the tool needs, units by
//! status; and a role that may only read, whose missing privileges are named.

use crate::support::cloud::bin;
use crate::support::store::PgDb;
use serde_json::Value;

fn doctor(store: &str) -> (Vec<Value>, Option<i32>) {
    let out = std::process::Command::new(bin())
        .env("WECOM_HW_STORE", store)
        .args(["--lang", "en", "--json", "doctor", "--only", "store"])
        .output()
        .unwrap();
    let all = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (all, out.status.code())
}

#[test]
fn doctor_store_on_postgresql_checks_server_privileges_and_units() {
    let db = PgDb::new();
    let migrate = std::process::Command::new(bin())
        .env("WECOM_HW_STORE", &db.url)
        .args(["store", "migrate"])
        .output()
        .unwrap();
    assert!(migrate.status.success(), "{migrate:?}");

    let (all, code) = doctor(&db.url);
    let names: Vec<&str> = all.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "store.server",
            "store.schema",
            "store.privileges",
            "store.units"
        ]
    );
    assert!(all.iter().all(|c| c["status"] == "ok"), "{all:?}");
    let server = all[0]["value"].as_str().unwrap();
    assert!(
        server.contains("PostgreSQL 1"),
        "the server version: {server}"
    );
    assert_eq!(code, Some(0));

    // A role that may read the store but not write it.
    let role = format!("ro_{:08x}", rand::random::<u32>());
    let mut admin = db.client();
    admin
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN; GRANT SELECT ON devices, ledger, batches, line_units, wecom_hw_schema TO {role};"
        ))
        .unwrap();
    let url = db.url.replacen("wecom@", &format!("{role}@"), 1);
    assert_ne!(url, db.url);
    let (all, code) = doctor(&url);
    let privileges = all
        .iter()
        .find(|c| c["name"] == "store.privileges")
        .unwrap();
    assert_eq!(privileges["status"], "fail", "{all:?}");
    assert_eq!(privileges["code"], "store.no_privilege");
    let v = privileges["value"].as_str().unwrap();
    assert!(
        v.contains("INSERT devices") && v.contains("INSERT ledger"),
        "{v}"
    );
    assert!(!v.contains("SELECT"), "it may read: {v}");
    assert_eq!(code, Some(10));
    admin
        .batch_execute(&format!("DROP OWNED BY {role}; DROP ROLE {role};"))
        .unwrap();

    // Nobody listening: the server check fails as a network failure would.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let (all, code) = doctor(&format!("postgres://wecom@127.0.0.1:{port}/none"));
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        (all[0]["name"].as_str(), all[0]["status"].as_str()),
        (Some("store.server"), Some("fail"))
    );
    assert_eq!(code, Some(7), "store.connection_lost is exit class 7");
}
