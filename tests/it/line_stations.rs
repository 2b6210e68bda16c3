//! Several stations on one store, and a station that dies mid-unit.

use crate::support::line::*;
use std::collections::HashMap;
use std::time::{Duration, Instant};

fn concurrent_stations_never_get_the_same_unit(b: Backend) {
    const UNITS: usize = 24;
    const STATIONS: usize = 4;
    let l = Line::on(b, UNITS);
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
                            .args(["line", "next", "--json", "--flash", "true", "--out"])
                            .arg(l.path(&format!("{station}.json")))
                            .output()
                            .unwrap();
                        match o.status.code() {
                            Some(0) => {
                                let v: serde_json::Value =
                                    serde_json::from_slice(&o.stdout).unwrap();
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
        assert_eq!(l.events(sn, "secret-issued"), 1);
    }
    assert_eq!(l.status()["counts"]["done"], UNITS as u64);
}

/// Waits until the ledger shows `event` for `sn` (bounded).
fn wait_for(l: &Line, sn: &str, event: &str) {
    let t = Instant::now();
    while l.events(sn, event) == 0 {
        assert!(t.elapsed() < Duration::from_secs(20), "no {event} for {sn}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn a_station_killed_while_flashing_finishes_that_unit_first_on_restart(b: Backend) {
    let l = Line::on(b, 3);
    // The hanging flasher records its pid so the test can clean it up afterwards.
    l.script("hang.sh", "echo $$ > flasher.pid; exec sleep 60");
    l.script("flash.sh", "echo \"$2\" >> flashed.log");
    let mut child = l
        .process("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "./hang.sh",
            "--flash-timeout",
            "120",
        ])
        .spawn()
        .unwrap();
    wait_for(&l, &sn(1), "secret-issued");
    let t = Instant::now();
    while !l.path("flasher.pid").exists() {
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "flasher never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL: no cleanup code runs
    child.wait().unwrap();
    let pid = std::fs::read_to_string(l.path("flasher.pid")).unwrap();
    let _ = std::process::Command::new("kill")
        .args(["-9", pid.trim()])
        .status();
    assert_eq!(l.status()["counts"]["issued"], 1);

    // Another station does not steal the unit; it gets unit 2.
    let o = l
        .cmd("st2")
        .args(["line", "next", "--json", "--out", "v.json"])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["sn"],
        sn(2)
    );

    // The same station, even asked for unit 3, finishes unit 1 first.
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--json",
            "--sn",
            &sn(3),
            "--out",
            "u.json",
            "--flash",
            "./flash.sh {file} {sn}",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        (v["sn"].as_str().unwrap(), v["claim"].as_str().unwrap()),
        (sn(1).as_str(), "resumed")
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("run again"));
    assert_eq!(
        std::fs::read_to_string(l.path("flashed.log")).unwrap(),
        format!("{}\n", sn(1))
    );
    assert_eq!(l.events(&sn(1), "secret-issued"), 1, "issued once");
    assert_eq!(l.events(&sn(1), "line-done"), 1, "finished once");
    assert_eq!(l.events(&sn(1), "line-resumed"), 1);
    assert_eq!(l.status()["counts"]["unclaimed"], 1, "unit 3 still waits");
}

fn an_unreachable_printer_leaves_the_unit_flashed_and_a_rerun_prints_without_reflashing(
    b: Backend,
) {
    let l = Line::on(b, 2);
    l.script("flash.sh", "echo \"$2\" >> flashed.log");
    // A port nobody listens on: bind, note the address, close.
    let dead = {
        let lis = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("tcp://{}", lis.local_addr().unwrap())
    };
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "./flash.sh {file} {sn}",
            "--printer",
            &dead,
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(7));
    assert_eq!(l.status()["counts"]["flashed"], 1);
    l.cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "./flash.sh {file} {sn}",
            "--print",
            "label.zpl",
        ])
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(l.path("flashed.log")).unwrap(),
        format!("{}\n", sn(1)),
        "flashed once"
    );
    assert!(String::from_utf8_lossy(&read(&l.path("label.zpl"))).contains(&url(1)));
    assert_eq!(l.events(&sn(1), "label-printed"), 1);
    assert_eq!(l.status()["counts"]["done"], 1);
}

fn a_unit_claimed_but_never_written_is_resumed_not_lost(b: Backend) {
    let l = Line::on(b, 2);
    // The payload cannot be written (no such directory): the claim stands, nothing issued.
    let o = l
        .cmd("st1")
        .args(["line", "next", "--out", "missing/dir/u.json"])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(10),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(l.status()["counts"]["claimed"], 1);
    assert_eq!(l.events(&sn(1), "secret-issued"), 0);
    let o = l
        .cmd("st1")
        .args(["line", "next", "--json", "--out", "u.json"])
        .output()
        .unwrap();
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        (v["sn"].as_str().unwrap(), v["claim"].as_str().unwrap()),
        (sn(1).as_str(), "resumed")
    );
    let p: serde_json::Value = serde_json::from_slice(&read(&l.path("u.json"))).unwrap();
    assert_eq!(p["secret_no"], secret(1));
    assert_eq!(l.events(&sn(1), "secret-issued"), 1);
    assert_eq!(l.status()["counts"]["unclaimed"], 1);
}

crate::support::store::both_backends!(
    concurrent_stations_never_get_the_same_unit,
    a_station_killed_while_flashing_finishes_that_unit_first_on_restart,
    an_unreachable_printer_leaves_the_unit_flashed_and_a_rerun_prints_without_reflashing,
    a_unit_claimed_but_never_written_is_resumed_not_lost,
);
