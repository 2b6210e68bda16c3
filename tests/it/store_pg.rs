//! Many stations on one PostgreSQL store: concurrent claims from separate processes, the
//! server dying mid-import and mid-unit, copying stores between engines, and the rules of
//! the store URL. Needs the servers `bash .ci/test` starts (`.ci/postgres`).

use crate::support::line::*;
use crate::support::store;
use predicates::prelude::*;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

#[test]
fn eight_station_processes_issue_2000_units_each_exactly_once() {
    const UNITS: usize = 2000;
    const STATIONS: usize = 8;
    let l = Line::on(Backend::Postgres, UNITS);
    let l = &l;
    let taken: Vec<(String, String)> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..STATIONS)
            .map(|k| {
                s.spawn(move || {
                    let station = format!("st{k}");
                    let mut got = Vec::new();
                    // Bounded: never more attempts than units, plus the final "none left".
                    for _ in 0..=UNITS {
                        let o = l
                            .process(&station)
                            .args(["line", "next", "--json", "--out"])
                            .arg(l.path(&format!("{station}.json")))
                            .output()
                            .unwrap();
                        match o.status.code() {
                            Some(0) => {
                                let v = json(&o.stdout);
                                got.push((v["sn"].as_str().unwrap().to_owned(), station.clone()));
                            }
                            Some(3) => break,
                            c => panic!(
                                "{station}: exit {c:?}: {}",
                                String::from_utf8_lossy(&o.stderr)
                            ),
                        }
                    }
                    got
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let mut by_sn: HashMap<&str, Vec<&str>> = HashMap::new();
    for (sn, st) in &taken {
        by_sn.entry(sn).or_default().push(st);
    }
    assert_eq!(by_sn.len(), UNITS, "every unit issued");
    for (sn, sts) in &by_sn {
        assert_eq!(sts.len(), 1, "{sn} issued to {sts:?}");
    }
    let stations: std::collections::HashSet<&str> = taken.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(stations.len(), STATIONS, "every station got work");
    // The ledger agrees: one issue per unit, nothing left behind.
    let ledger = l.ledger();
    let mut issued: HashMap<&str, usize> = HashMap::new();
    for e in &ledger {
        if e["event"] == "secret-issued" {
            *issued.entry(e["sn"].as_str().unwrap()).or_default() += 1;
        }
    }
    assert_eq!(issued.len(), UNITS);
    assert!(issued.values().all(|n| *n == 1));
    let st = l.status();
    assert_eq!(st["counts"]["done"], UNITS as u64);
    assert_eq!(st["counts"]["unclaimed"], 0);
}

// ---- the killable server -----------------------------------------------------------

/// One fault test at a time: they share the killable server (`console_pg` takes it too).
pub(crate) static KILL: Mutex<()> = Mutex::new(());

/// Stops and starts the killable server; restarts it when dropped (a failed test must not
/// leave it down for the next one).
pub(crate) struct Server {
    ctl: Vec<String>,
    down: bool,
}

impl Server {
    pub(crate) fn new() -> Server {
        let ctl = store::server_url("WECOM_HW_TEST_PG_KILL_CTL");
        Server {
            ctl: ctl.split_whitespace().map(str::to_owned).collect(),
            down: false,
        }
    }

    pub(crate) fn run(&mut self, what: &str) {
        let st = std::process::Command::new(&self.ctl[0])
            .args(&self.ctl[1..])
            .arg(what)
            .status()
            .unwrap();
        assert!(st.success(), "{what} failed");
        self.down = what != "start";
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.down {
            self.run("start");
        }
    }
}

pub(crate) fn kill_url() -> String {
    store::server_url("WECOM_HW_TEST_PG_KILL_URL")
}

fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_server_dying_mid_import_leaves_nothing_half_written() {
    let _one = KILL.lock().unwrap_or_else(|e| e.into_inner());
    let mut server = Server::new();
    let dir = tempfile::tempdir().unwrap();
    let l = Line::with(
        tempfile::tempdir().unwrap(),
        StoreLoc::pg_on(&kill_url()),
        3,
    );
    let db = l.loc.pg.as_ref().unwrap();
    let before = db.digest();
    // A file big enough that the import is still running when the server goes.
    let csv = dir.path().join("big.csv");
    let mut s = String::from("序列号,SecretNo\n");
    for i in 10..100_010 {
        s.push_str(&format!("{},{}\n", sn(i), secret(i)));
    }
    std::fs::write(&csv, s).unwrap();
    let child = l
        .process("importer")
        .arg("import")
        .arg(&csv)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Kill when the import transaction is inserting devices (seen by the server itself).
    let mut watch = db.client();
    wait_until("the import to insert", || {
        watch
            .query_one(
                "SELECT count(*) FROM pg_stat_activity
                 WHERE datname = current_database() AND application_name = 'wecom-hw'
                   AND xact_start IS NOT NULL AND query LIKE 'INSERT INTO devices%'",
                &[],
            )
            .map(|r| r.get::<_, i64>(0) > 0)
            .unwrap_or(false)
    });
    drop(watch);
    server.run("stop-immediate");
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(7), "{err}");
    assert!(err.contains("connection") || err.contains("lost"), "{err}");
    server.run("start");
    // After crash recovery: exactly the three units from before, no batch 2, no ledger lines.
    wait_until("the server to accept connections", || {
        postgres::Client::connect(&db.url, postgres::NoTls).is_ok()
    });
    assert_eq!(db.digest(), before, "the store changed");
    // The same import then lands whole.
    l.cmd("importer").arg("import").arg(&csv).assert().success();
    assert_eq!(db.count("devices"), 100_003);
    assert_eq!(db.count("ledger"), 100_003);
}

#[test]
fn the_server_dying_mid_unit_leaves_it_claimed_and_the_station_resumes_it() {
    let _one = KILL.lock().unwrap_or_else(|e| e.into_inner());
    let mut server = Server::new();
    let l = Line::with(
        tempfile::tempdir().unwrap(),
        StoreLoc::pg_on(&kill_url()),
        3,
    );
    l.script(
        "slow.sh",
        "touch started; while [ ! -e go ]; do sleep 0.05; done",
    );
    let child = l
        .process("st1")
        .args(["line", "next", "--out", "u.json", "--flash", "./slow.sh"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_until("the flasher", || l.path("started").exists());
    server.run("stop-immediate");
    std::fs::write(l.path("go"), "").unwrap();
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(7), "{err}");
    assert!(
        err.contains("line next"),
        "the error says how to resume: {err}"
    );
    server.run("start");
    wait_until("the server to accept connections", || {
        postgres::Client::connect(l.loc.pg.as_ref().unwrap().url.as_str(), postgres::NoTls).is_ok()
    });
    // The unit is still this station's: `line status` shows it held, another station gets
    // the next one, and st1 finishes it.
    let st = l.status();
    assert_eq!(st["counts"]["issued"], 1, "{st}");
    let o = l
        .cmd("status")
        .args(["line", "status", "--json", "--silent-after", "0"])
        .output()
        .unwrap();
    let v = json(&o.stdout);
    assert_eq!(v["silent"][0]["sn"], sn(1), "{v}");
    assert_eq!(v["silent"][0]["station"], "st1");
    let o = l
        .cmd("st2")
        .args(["line", "next", "--json", "--out", "v.json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o.stdout)["sn"], sn(2));
    l.script("fast.sh", "true");
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--json",
            "--out",
            "u.json",
            "--flash",
            "./fast.sh",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json(&o.stdout);
    assert_eq!(
        (v["sn"].as_str(), v["claim"].as_str()),
        (Some(sn(1).as_str()), Some("resumed"))
    );
    assert_eq!(l.events(&sn(1), "line-claimed"), 1, "claimed once");
    assert_eq!(l.events(&sn(1), "secret-issued"), 1, "issued once");
    assert_eq!(l.events(&sn(1), "line-done"), 1);
}

// ---- copying between engines ---------------------------------------------------------

fn wecom() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("wecom-hw").unwrap();
    c.env("WECOM_HW_LANG", "en")
        .env_remove("WECOM_HW_STORE")
        .env("WECOM_HW_STATION", "copier");
    c
}

#[test]
fn a_sqlite_store_moves_to_postgres_and_back_verified() {
    let l = Line::new(5);
    // Some history worth keeping: a done unit, a failed one, a state from `connect`.
    l.cmd("st1")
        .args(["line", "next", "--out", "a.json"])
        .assert()
        .success();
    l.script("bad.sh", "exit 1");
    l.cmd("st1")
        .args(["line", "next", "--out", "b.json", "--flash", "./bad.sh"])
        .assert()
        .code(7);
    let sqlite_before = l.fingerprint();
    let pg = StoreLoc::new(Backend::Postgres, l.path("unused"));
    let o = wecom()
        .args(["store", "copy", "--json"])
        .arg(&l.store)
        .arg(&pg.location)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json(&o.stdout);
    assert_eq!(v["verified"], true);
    assert_eq!(v["source"], v["target"]);
    let rows: HashMap<String, u64> = v["target"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["table"].as_str().unwrap().to_owned(),
                t["rows"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(rows["devices"], 5);
    assert_eq!(rows["line_units"], 2);
    // Counted by the server itself, not by wecom-hw.
    let db = pg.pg.as_ref().unwrap();
    assert_eq!(db.count("devices"), 5);
    assert_eq!(db.count("ledger"), rows["ledger"] as i64);
    assert_eq!(l.fingerprint(), sqlite_before, "the source is only read");

    // The site now works on PostgreSQL: the line continues where the file left off.
    let o = l
        .cmd("st2")
        .env("WECOM_HW_STORE", &pg.location)
        .args(["line", "next", "--json", "--out", "c.json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o.stdout)["sn"], sn(3));
    // New ids continue after the copied ones.
    l.cmd("st2")
        .env("WECOM_HW_STORE", &pg.location)
        .args(["devices", "show", &sn(3), "--json"])
        .assert()
        .success();

    // A non-empty target is refused, and left alone.
    let pg_before = db.digest();
    wecom()
        .args(["store", "copy"])
        .arg(&l.store)
        .arg(&pg.location)
        .assert()
        .code(6)
        .stderr(predicate::str::contains("not empty"));
    assert_eq!(db.digest(), pg_before);

    // And back to a new SQLite file, then over the old one with --overwrite.
    let back = l.path("back.db");
    let o = wecom()
        .args(["store", "copy"])
        .arg(&pg.location)
        .arg(&back)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("copied and verified"), "{text}");
    wecom()
        .args(["store", "copy"])
        .arg(&pg.location)
        .arg(&l.store)
        .assert()
        .code(6);
    wecom()
        .args(["store", "copy", "--overwrite"])
        .arg(&pg.location)
        .arg(&l.store)
        .assert()
        .success();
    let o = l
        .cmd("st1")
        .args(["devices", "show", &sn(3), "--json"])
        .output()
        .unwrap();
    assert_eq!(
        json(&o.stdout)["status"],
        "secret-issued",
        "the PG history came back"
    );
    // The copy is private like any store file.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&back).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn migrate_creates_the_schema_and_info_reports_it() {
    let pg = StoreLoc::new(Backend::Postgres, "unused".into());
    let db = pg.pg.as_ref().unwrap();
    // Reading commands do not create a store in an empty database; they say there is none.
    wecom()
        .env("WECOM_HW_STORE", &pg.location)
        .args(["devices", "list"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("no device store at postgres://"));
    wecom()
        .env("WECOM_HW_STORE", &pg.location)
        .args(["store", "info"])
        .assert()
        .code(3);
    assert!(!db.has_store());
    let o = wecom()
        .env("WECOM_HW_STORE", &pg.location)
        .args(["store", "migrate", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = json(&o.stdout);
    assert_eq!(v["backend"], "postgresql");
    assert_eq!(v["schema_version"], wecom_hw::store::schema_version());
    assert!(db.has_store());
    let o = wecom()
        .env("WECOM_HW_STORE", &pg.location)
        .args(["store", "info", "--json"])
        .output()
        .unwrap();
    let v = json(&o.stdout);
    assert_eq!(v["rows"]["devices"], 0);
}

#[test]
fn a_password_in_the_store_url_is_refused_without_echoing_it() {
    for url in [
        "postgres://line:Sup3rSecret@127.0.0.1:1/wecom",
        "postgresql://line@127.0.0.1:1/wecom?password=Sup3rSecret",
    ] {
        let o = wecom()
            .args(["--store", url, "devices", "list"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!all.contains("Sup3rSecret"), "{all}");
        assert!(all.contains("PGPASSWORD"), "{all}");
    }
}

#[test]
fn an_unreachable_server_is_a_network_error() {
    // Port 1 on loopback: nothing listens there.
    wecom()
        .args([
            "--store",
            "postgres://line@127.0.0.1:1/wecom?connect_timeout=5",
            "devices",
            "list",
        ])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("cannot connect"));
}

// ---- TLS to the server ------------------------------------------------------------------

/// The killable cluster serves TLS with a certificate from a private CA (`.ci/postgres`):
/// `verify-full` with that CA connects; `require` without it refuses the unknown issuer
/// (exit 7) rather than talking to an unproven server; a CA that did not sign the server's
/// certificate is refused too.
#[test]
fn sslmode_verify_full_checks_the_servers_certificate() {
    let _one = KILL.lock().unwrap_or_else(|e| e.into_inner());
    let ca = store::server_url("WECOM_HW_TEST_PG_TLS_CA");
    let db = store::PgDb::on(&kill_url());
    let with = |query: &str| format!("{}?{query}", db.url);
    let o = wecom()
        .env_remove("PGSSLROOTCERT")
        .args([
            "--store",
            &with(&format!("sslmode=verify-full&sslrootcert={ca}")),
        ])
        .args(["store", "migrate", "--json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o.stdout)["backend"], "postgresql");
    // The same through PGSSLROOTCERT.
    wecom()
        .env("PGSSLROOTCERT", &ca)
        .args(["--store", &with("sslmode=verify-full"), "store", "info"])
        .assert()
        .success();
    // No CA for this server: refused at the handshake.
    wecom()
        .env_remove("PGSSLROOTCERT")
        .args(["--store", &with("sslmode=require"), "store", "info"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("certificate"));
    // A CA of its own, not the server's: refused as well.
    let other = tempfile::tempdir().unwrap();
    let other_ca = other.path().join("other-ca.pem");
    let cert = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into()]).unwrap();
    std::fs::write(&other_ca, cert.cert.pem()).unwrap();
    wecom()
        .env_remove("PGSSLROOTCERT")
        .args(["--store"])
        .arg(with(&format!(
            "sslmode=verify-full&sslrootcert={}",
            other_ca.display()
        )))
        .args(["store", "info"])
        .assert()
        .code(7);
}
