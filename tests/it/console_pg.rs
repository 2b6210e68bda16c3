//! `wecom-hw console` on a PostgreSQL store: its live stream is fed by `LISTEN/NOTIFY`
//! from the ledger trigger (schema migration 5), not by polling; the trigger announces
//! each append statement once, with the newest ledger id; and a console whose server
//! restarts keeps its page alive and listens again. Needs the servers `bash .ci/test`
//! starts (`.ci/postgres`), like every PostgreSQL test.

use crate::store_pg::{KILL, Server, kill_url};
use crate::support::console::Console;
use crate::support::line::{Backend, Line, StoreLoc};
use std::time::{Duration, Instant};

/// The channel the ledger trigger notifies (the schema's, spelled out here on purpose:
/// a rename would break every console already listening).
const CHANNEL: &str = "wecom_hw_ledger";
/// The `application_name` of the console's listening connection (what a DBA sees).
const LISTENER: &str = "wecom-hw console";

fn wait_until(secs: u64, what: &str, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(
            t.elapsed() < Duration::from_secs(secs),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Backends of this store's database that are the console's listener: it names itself
/// (`application_name`) in the statement that starts to `LISTEN` (its last statement is
/// not always that one: a quiet listener is asked now and then whether it is alive).
fn listeners(l: &Line) -> i64 {
    let db = l.loc.pg.as_ref().unwrap();
    db.client()
        .query_one(
            "SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND application_name = $1",
            &[&LISTENER],
        )
        .unwrap()
        .get(0)
}

fn next(l: &Line, station: &str, out: &str) {
    l.cmd(station)
        .args(["line", "next", "--emit", "json", "--out", out])
        .assert()
        .success();
}

#[test]
fn a_console_on_postgres_listens_and_shows_line_next() {
    let l = Line::on(Backend::Postgres, 3);
    let c = Console::start(&l.store, &[]);
    let mut ev = c.events();
    let first = ev.read_until(10, |t| t.contains("id=\"counter-pass\">"));
    assert!(first.contains("id=\"counter-pass\">0<"), "{first}");
    wait_until(10, "the console's LISTEN", || listeners(&l) == 1);
    next(&l, "st-pg", "u1.json");
    let got = ev.read_until(10, |t| t.contains("id=\"counter-pass\">1<"));
    assert!(got.contains("id=\"counter-pass\">1<"), "{got}");
    assert!(got.contains("st-pg"), "the station appears: {got}");
    // And the next one: the listener keeps listening after a notification.
    next(&l, "st-pg", "u2.json");
    let got = ev.read_until(10, |t| t.contains("id=\"counter-pass\">2<"));
    assert!(got.contains("id=\"counter-pass\">2<"), "{got}");
    assert_eq!(
        listeners(&l),
        1,
        "one listening connection, not one per event"
    );
}

#[test]
fn the_ledger_trigger_notifies_each_append_statement_with_its_newest_id() {
    let l = Line::on(Backend::Postgres, 2);
    let db = l.loc.pg.as_ref().unwrap();
    let mut listener = db.client();
    listener
        .batch_execute(&format!("LISTEN {CHANNEL}"))
        .unwrap();
    let max_id = |c: &mut postgres::Client| -> i64 {
        c.query_one("SELECT max(id) FROM ledger", &[])
            .unwrap()
            .get(0)
    };
    let received = |c: &mut postgres::Client| -> Vec<String> {
        use postgres::fallible_iterator::FallibleIterator;
        let mut n = c.notifications();
        let got: Vec<_> = n.timeout_iter(Duration::from_secs(2)).collect().unwrap();
        got.iter()
            .map(|n| {
                assert_eq!(n.channel(), CHANNEL);
                n.payload().to_owned()
            })
            .collect()
    };
    // An import of five units writes five ledger lines in one statement: one notice.
    let csv = l.path("more.csv");
    let mut s = String::from("序列号,SecretNo\n");
    for i in 0..5 {
        s.push_str(&format!("N{i:07},{:032x}\n", 0xabc0 + i));
    }
    std::fs::write(&csv, s).unwrap();
    l.cmd("office").arg("import").arg(&csv).assert().success();
    let mut admin = db.client();
    assert_eq!(received(&mut listener), [max_id(&mut admin).to_string()]);
    // A unit through the line: one notice per step, the last one naming the newest line.
    next(&l, "st-1", "u.json");
    let got = received(&mut listener);
    let steps = l.ledger().iter().filter(|e| e["station"] == "st-1").count();
    assert!(steps >= 3, "claimed, issued, done: {steps}");
    assert_eq!(got.len(), steps, "{got:?}");
    assert_eq!(got.last().unwrap(), &max_id(&mut admin).to_string());
}

#[test]
fn the_console_keeps_its_page_alive_while_the_server_restarts() {
    let _one = KILL.lock().unwrap_or_else(|e| e.into_inner());
    let mut server = Server::new();
    let l = Line::with(
        tempfile::tempdir().unwrap(),
        StoreLoc::pg_on(&kill_url()),
        3,
    );
    let c = Console::start(&l.store, &[]);
    let mut ev = c.events();
    ev.read_until(10, |t| t.contains("id=\"counter-pass\">0<"));
    wait_until(10, "the console's LISTEN", || listeners(&l) == 1);
    server.run("stop-immediate");
    // Down: the page is still served from the last snapshot.
    let page = c.get("/line");
    assert_eq!(page.status, 200, "{}", page.body);
    server.run("start");
    wait_until(60, "the console listening again", || listeners(&l) == 1);
    next(&l, "st-back", "u.json");
    let got = ev.read_until(20, |t| t.contains("id=\"counter-pass\">1<"));
    assert!(got.contains("id=\"counter-pass\">1<"), "{got}");
    assert!(got.contains("st-back"), "{got}");
}
