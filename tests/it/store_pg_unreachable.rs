//! A PostgreSQL store whose server cannot be reached (issue 19, item 8): exit 7, the error
//! names the host and port (never the password), and the hint says what to check, with a
//! `pg_isready` that runs as printed. The first test needs no server (the port is a closed
//! one); the second asks the throwaway server of `bash .ci/test` for a database and a role
//! that do not exist.

use crate::support::store;

use assert_cmd::Command;
use std::time::Duration;

/// A loopback port nothing listens on (bound, then released).
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[test]
fn an_unreachable_server_is_named_with_a_next_step() {
    let port = closed_port();
    let url = format!("postgres://line@127.0.0.1:{port}/wecom");
    let pw = "hunter2-not-shown";
    for args in [
        &["devices", "list"][..],
        &["store", "info"],
        &["line", "status"],
        &["--json", "devices", "batches"],
    ] {
        let o = Command::cargo_bin("wecom-hw")
            .unwrap()
            .env("WECOM_HW_LANG", "en")
            .env("PGPASSWORD", pw)
            .env("WECOM_HW_STORE", &url)
            .env("NO_COLOR", "1")
            .args(args)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(7), "{args:?}: {err}");
        assert!(
            err.contains(&format!("cannot connect to 127.0.0.1:{port}: ")),
            "{args:?}: {err}"
        );
        assert!(
            err.contains(&format!(
                "hint: is PostgreSQL running and listening on 127.0.0.1:{port}? Check with `pg_isready -h 127.0.0.1 -p {port}`"
            )),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("postgres://USER@HOST:PORT/DATABASE?sslmode="),
            "{err}"
        );
        assert!(
            !err.contains(pw) && !out.contains(pw),
            "password shown: {err}{out}"
        );
    }
}

#[test]
fn a_missing_database_or_role_gets_its_own_hint() {
    let server = store::server_url("WECOM_HW_TEST_PG");
    let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
    let hostport = base.rsplit_once('@').map(|(_, h)| h).unwrap().to_owned();
    let (host, port) = hostport.rsplit_once(':').unwrap();
    let user = base
        .split_once("://")
        .and_then(|(_, r)| r.split_once('@'))
        .map(|(u, _)| u)
        .unwrap();
    let db = format!("nodb_{}", std::process::id());
    let run = |url: &str| {
        let o = Command::cargo_bin("wecom-hw")
            .unwrap()
            .env("WECOM_HW_LANG", "en")
            .env("WECOM_HW_STORE", url)
            .env("NO_COLOR", "1")
            .args(["store", "info"])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, err) = run(&format!("{base}/{db}"));
    assert_eq!(code, Some(7), "{err}");
    assert!(
        err.contains(&format!("cannot connect to {hostport}: ")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "hint: create the database first: `createdb -h {host} -p {port} -U {user} {db}`"
        )),
        "{err}"
    );
    let (code, err) = run(&format!("postgres://norole_x@{hostport}/postgres"));
    assert_eq!(code, Some(7), "{err}");
    assert!(err.contains("role \"norole_x\" does not exist"), "{err}");
    assert!(
        err.contains(&format!("{host}:{port}:postgres:norole_x:PASSWORD")),
        "{err}"
    );
}
