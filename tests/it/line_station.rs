//! `wecom-hw line station` in plain mode, through the real binary: a profile, a store
//! filled by a real import, fake flasher scripts and a loopback raw-port "printer". Scans
//! go in on stdin, one NDJSON event per line comes out (`--json`); the ledger and `line
//! status` say what the station did to the store.

use crate::support::line::*;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

/// A flasher that copies the payload where the read-back finds it: `flash.sh FILE SN`.
const FLASH: &str = "mkdir -p flashed && cp \"$1\" \"flashed/$2\" && echo flashed $2";
/// The read-back: prints what was flashed.
const READBACK: &str = "cat \"flashed/$1\"";

/// Writes station.toml for this line's store; `extra` adds or overrides keys (a key given
/// twice is a TOML error, so the defaults are only written when `extra` lacks them).
fn profile(l: &Line, name: &str, extra: &str) -> PathBuf {
    l.script("flash.sh", FLASH);
    l.script("readback.sh", READBACK);
    std::fs::create_dir_all(l.path("labels")).unwrap();
    let mut t = format!("station = \"{name}\"\nstore = \"{}\"\n", l.store.display());
    for (k, v) in [
        ("flash", "\"./flash.sh {file} {sn}\""),
        ("verify", "\"./readback.sh {sn}\""),
        ("printer", "\"labels\""),
        ("retries", "0"),
        ("flash_timeout", "20"),
    ] {
        if !extra
            .lines()
            .any(|l| l.split('=').next().unwrap().trim() == k)
        {
            t.push_str(&format!("{k} = {v}\n"));
        }
    }
    t.push_str(extra);
    let p = l.path(&format!("{name}.toml"));
    std::fs::write(&p, t).unwrap();
    p
}

/// A running station: its stdin for scans and keys, its events as they come.
struct Run {
    child: Child,
    stdin: Option<ChildStdin>,
    events: mpsc::Receiver<serde_json::Value>,
    seen: Vec<serde_json::Value>,
}

impl Run {
    fn start(l: &Line, profile: &std::path::Path, args: &[&str]) -> Run {
        let mut child = l
            .process("ignored")
            .args(["--json", "line", "station", "--profile"])
            .arg(profile)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                let v: serde_json::Value = serde_json::from_str(&line)
                    .unwrap_or_else(|e| panic!("not NDJSON: {line:?}: {e}"));
                if tx.send(v).is_err() {
                    break;
                }
            }
        });
        Run {
            stdin: child.stdin.take(),
            child,
            events: rx,
            seen: Vec::new(),
        }
    }

    fn send(&mut self, line: &str) {
        let s = self.stdin.as_mut().expect("stdin open");
        writeln!(s, "{line}").unwrap();
        s.flush().unwrap();
    }

    fn close(&mut self) {
        self.stdin = None;
    }

    /// Waits (bounded) for the first event that `pred` accepts; every event is kept.
    fn wait(&mut self, what: &str, pred: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        loop {
            match self.events.recv_timeout(Duration::from_secs(60)) {
                Ok(v) => {
                    self.seen.push(v.clone());
                    if pred(&v) {
                        return v;
                    }
                }
                Err(_) => panic!("no {what} event; saw {:#?}", self.seen),
            }
        }
    }

    fn event(&mut self, event: &str) -> serde_json::Value {
        let e = event.to_owned();
        self.wait(event, move |v| v["event"] == e.as_str())
    }

    /// The exit code, after every event was read.
    fn finish(mut self) -> (Option<i32>, Vec<serde_json::Value>) {
        self.close();
        while let Ok(v) = self.events.recv_timeout(Duration::from_secs(60)) {
            self.seen.push(v);
        }
        let st = self.child.wait().unwrap();
        (st.code(), self.seen)
    }
}

fn of<'a>(events: &'a [serde_json::Value], event: &str) -> Vec<&'a serde_json::Value> {
    events.iter().filter(|e| e["event"] == event).collect()
}

fn sns(events: &[serde_json::Value], event: &str) -> Vec<String> {
    of(events, event)
        .iter()
        .map(|e| e["sn"].as_str().unwrap().to_owned())
        .collect()
}

fn twenty_units_are_scanned_through(b: Backend) {
    let l = Line::on(b, 20);
    let p = profile(&l, "st", "");
    let mut run = Run::start(&l, &p, &[]);
    let ready = run.event("ready");
    let hash = ready["profile"].as_str().unwrap().to_owned();
    assert_eq!(hash.len(), 12);
    // The whole batch at once: the station reads the next scan when a slot is free.
    for i in 1..=20 {
        run.send(&format!("  {}\r", sn(i)));
    }
    let (code, ev) = run.finish();
    assert_eq!(code, Some(0), "{ev:#?}");
    let want: Vec<String> = (1..=20).map(sn).collect();
    assert_eq!(sns(&ev, "pass"), want);
    assert!(of(&ev, "fail").is_empty());
    assert_eq!(of(&ev, "stopped")[0]["pass"], 20);
    assert_eq!(l.status()["counts"]["done"], 20);
    for i in 1..=20 {
        // Each label went to the printer folder, each unit issued once.
        assert!(l.path(&format!("labels/{}.zpl", sn(i))).exists());
        assert_eq!(l.events(&sn(i), "secret-issued"), 1);
    }
    // Every ledger line after the claim names the settings the unit was made with.
    let lines: Vec<_> = l
        .ledger()
        .into_iter()
        .filter(|e| e["station"] == "st/1" && e["event"] != "line-claimed")
        .collect();
    assert_eq!(lines.len(), 20 * 4, "issued, flashed, label-printed, done");
    for e in &lines {
        assert!(
            e["detail"]
                .as_str()
                .unwrap()
                .contains(&format!("profile {hash}")),
            "{e}"
        );
    }
    // The secret never reaches the events.
    let all = serde_json::to_string(&ev).unwrap();
    assert!(!all.contains(&secret(1)));
}

fn two_stations_on_one_store_never_get_the_same_unit(b: Backend) {
    const UNITS: usize = 16;
    let l = Line::on(b, UNITS);
    let runs: Vec<_> = ["a", "b"]
        .iter()
        .map(|name| {
            let p = profile(&l, name, "mode = \"next\"\n");
            let mut r = Run::start(&l, &p, &[]);
            // More triggers than units: the rest are refused, none left.
            for _ in 0..UNITS {
                r.send("");
            }
            r
        })
        .collect();
    let mut taken: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, r) in runs.into_iter().enumerate() {
        let (code, ev) = r.finish();
        assert_eq!(code, Some(0));
        for s in sns(&ev, "pass") {
            taken.entry(s).or_default().push(k);
        }
        assert!(
            of(&ev, "refused")
                .iter()
                .all(|e| e["reason"] == "none_left"),
            "{ev:#?}"
        );
    }
    assert_eq!(taken.len(), UNITS, "every unit issued: {taken:?}");
    for (s, by) in &taken {
        assert_eq!(by.len(), 1, "{s} issued by {by:?}");
        assert_eq!(l.events(s, "secret-issued"), 1);
    }
}

fn a_failed_flash_is_retried_and_passes_or_sets_the_unit_aside(b: Backend) {
    let l = Line::on(b, 3);
    // Fails the first time for each SN, then works.
    l.script(
        "flaky.sh",
        &format!("if [ ! -e \"tried-$2\" ]; then touch \"tried-$2\"; echo no chip >&2; exit 3; fi\n{FLASH}"),
    );
    l.script("dead.sh", "echo no chip >&2; exit 5");
    let p = profile(
        &l,
        "st",
        "retries = 1\nflash = \"./flaky.sh {file} {sn}\"\n",
    );
    let mut run = Run::start(&l, &p, &[]);
    run.send(&sn(1));
    let (code, ev) = run.finish();
    assert_eq!(code, Some(0));
    let r = of(&ev, "retrying");
    assert_eq!(
        (r.len(), r[0]["step"].as_str()),
        (1, Some("flash")),
        "{ev:#?}"
    );
    assert_eq!(sns(&ev, "pass"), [sn(1)]);
    assert_eq!(l.events(&sn(1), "step-retried"), 1);

    // A flasher that never works: after `retries` the unit is set aside with its reason
    // and the slot takes the next scan.
    let p = profile(
        &l,
        "st2",
        "retries = 1\nflash = \"./dead.sh {file} {sn}\"\n",
    );
    let mut run = Run::start(&l, &p, &[]);
    run.send(&sn(2));
    let fail = run.event("fail");
    assert_eq!(fail["unit"], "set_aside");
    assert_eq!(fail["step"], "flash");
    assert!(
        fail["detail"].as_str().unwrap().contains("exited with 5"),
        "{fail}"
    );
    run.send(&sn(3));
    run.event("started");
    let (code, _) = run.finish();
    assert_eq!(code, Some(0));
    let failed = l
        .ledger()
        .into_iter()
        .find(|e| e["sn"] == sn(2).as_str() && e["event"] == "flash-failed")
        .expect("the reason is in the ledger");
    assert!(failed["detail"].as_str().unwrap().contains("no chip"));
    assert_eq!(l.status()["counts"]["failed"], 2, "both units set aside");
}

/// A raw-port printer on loopback that keeps every job, and can be switched off.
struct Printer {
    addr: std::net::SocketAddr,
    stop: Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Printer {
    fn on(addr: &str, jobs: Arc<Mutex<Vec<Vec<u8>>>>) -> Printer {
        let lis = std::net::TcpListener::bind(addr).unwrap();
        let addr = lis.local_addr().unwrap();
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (j, s) = (jobs.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for c in lis.incoming() {
                if s.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                let Ok(mut c) = c else { continue };
                c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                // A ZPL printer answers a status query (the preflight's `~HS`: ready)
                // and prints nothing for it; anything else is a job.
                let mut v = Vec::new();
                let mut buf = [0u8; 4096];
                loop {
                    match c.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => v.extend_from_slice(&buf[..n]),
                    }
                    if v == b"~HS\r\n" {
                        let _ = c.write_all(&crate::support::printer::host_status(
                            false, false, false, false,
                        ));
                        v.clear();
                    }
                }
                if !v.is_empty() {
                    j.lock().unwrap().push(v);
                }
            }
        });
        Printer {
            addr,
            stop,
            thread: Some(thread),
        }
    }

    /// Switched off: its port refuses connections.
    fn off(mut self) -> std::net::SocketAddr {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        let _ = std::net::TcpStream::connect(self.addr);
        self.thread.take().unwrap().join().unwrap();
        self.addr
    }
}

fn a_dead_printer_fails_the_unit_and_it_prints_once_the_printer_is_back(b: Backend) {
    let l = Line::on(b, 2);
    let jobs = Arc::new(Mutex::new(Vec::new()));
    let pr = Printer::on("127.0.0.1:0", jobs.clone());
    let p = profile(&l, "st", &format!("printer = \"tcp://{}\"\n", pr.addr));
    let mut run = Run::start(&l, &p, &[]);
    run.event("ready");
    // Off after the preflight saw it.
    let addr = pr.off();
    run.send(&sn(1));
    let fail = run.event("fail");
    assert_eq!(
        (fail["unit"].as_str(), fail["step"].as_str()),
        (Some("held"), Some("label"))
    );
    // The unit stays with the slot at its last recorded step.
    assert_eq!(l.status()["counts"]["flashed"], 1);
    assert!(jobs.lock().unwrap().is_empty());
    // Back on; P prints it.
    let _pr = Printer::on(&addr.to_string(), jobs.clone());
    run.send("p");
    let pass = run.event("pass");
    assert_eq!(pass["sn"], sn(1).as_str());
    assert_eq!(jobs.lock().unwrap().len(), 1);
    let job = String::from_utf8_lossy(&jobs.lock().unwrap()[0]).into_owned();
    assert!(job.starts_with("^XA") && job.contains(&sn(1)), "{job}");
    // P again reprints the last label.
    run.send("p");
    run.event("reprinted");
    let (code, _) = run.finish();
    assert_eq!(code, Some(0));
    assert_eq!(jobs.lock().unwrap().len(), 2);
    assert_eq!(l.events(&sn(1), "label-printed"), 2);
    assert_eq!(l.status()["counts"]["done"], 1);
}

fn killed_mid_flash_the_station_resumes_the_same_unit(b: Backend) {
    let l = Line::on(b, 3);
    // The first flash hangs (and says so); later ones work.
    l.script(
        "hang.sh",
        &format!("if [ ! -e hung ]; then echo $$ > hung; sleep 60; fi\n{FLASH}"),
    );
    let p = profile(&l, "st", "flash = \"./hang.sh {file} {sn}\"\n");
    let mut run = Run::start(&l, &p, &[]);
    run.send(&sn(2));
    run.wait("flash step", |e| {
        e["event"] == "step" && e["step"] == "flash"
    });
    while !l.path("hung").exists() {
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL: no chance to tidy up. The flasher (its own process group) is killed too,
    // as the fixture's power would be.
    run.child.kill().unwrap();
    run.child.wait().unwrap();
    let pid = std::fs::read_to_string(l.path("hung")).unwrap();
    let _ = std::process::Command::new("kill")
        .args(["-9", &format!("-{}", pid.trim())])
        .status();
    assert_eq!(l.status()["counts"]["issued"], 1);

    // Started again with the same profile and nothing scanned: it finishes that unit.
    let run = Run::start(&l, &p, &[]);
    let (code, ev) = run.finish();
    assert_eq!(code, Some(0), "{ev:#?}");
    let started = of(&ev, "started");
    assert_eq!(started.len(), 1);
    assert_eq!(started[0]["sn"], sn(2).as_str());
    assert_eq!(started[0]["resumed"], true);
    assert_eq!(sns(&ev, "pass"), [sn(2)]);
    assert_eq!(l.events(&sn(2), "secret-issued"), 1, "issued once");
    assert_eq!(l.events(&sn(2), "line-resumed"), 1);
    assert_eq!(l.status()["counts"]["done"], 1);
}

fn four_slots_run_units_side_by_side(b: Backend) {
    let l = Line::on(b, 8);
    l.script("slow.sh", &format!("sleep 0.5\n{FLASH}"));
    let p = profile(
        &l,
        "st",
        "slots = 4\nflash = \"./slow.sh {file} {sn} {slot}\"\n",
    );
    let mut run = Run::start(&l, &p, &[]);
    for i in 1..=8 {
        run.send(&sn(i));
    }
    let (code, ev) = run.finish();
    assert_eq!(code, Some(0), "{ev:#?}");
    assert_eq!(sns(&ev, "pass").len(), 8);
    // Four units were on the fixtures at once: four starts before the first pass.
    let first_pass = ev.iter().position(|e| e["event"] == "pass").unwrap();
    let early: HashSet<_> = ev[..first_pass]
        .iter()
        .filter(|e| e["event"] == "started")
        .map(|e| e["slot"].as_u64().unwrap())
        .collect();
    assert_eq!(early, HashSet::from([1, 2, 3, 4]), "{ev:#?}");
    // Each slot wrote as its own station.
    let stations: HashSet<_> = l
        .ledger()
        .into_iter()
        .filter_map(|e| e["station"].as_str().map(str::to_owned))
        .filter(|s| s.starts_with("st/"))
        .collect();
    assert_eq!(stations.len(), 4, "{stations:?}");
}

crate::support::store::both_backends!(
    twenty_units_are_scanned_through,
    two_stations_on_one_store_never_get_the_same_unit,
    a_failed_flash_is_retried_and_passes_or_sets_the_unit_aside,
    a_dead_printer_fails_the_unit_and_it_prints_once_the_printer_is_back,
    killed_mid_flash_the_station_resumes_the_same_unit,
    four_slots_run_units_side_by_side,
);

#[test]
fn scans_are_cleaned_and_unknown_double_or_issued_sns_are_refused() {
    let l = Line::new(3);
    // Unit 3 was issued by `line next` before the station started.
    l.cmd("other")
        .args([
            "line",
            "next",
            "--sn",
            &sn(3),
            "--out",
            "u.json",
            "--flash",
            "true",
        ])
        .assert()
        .success();
    let p = profile(&l, "st", "");
    let mut run = Run::start(&l, &p, &[]);
    run.send(&format!("\u{2}{}\u{3}", sn(1)));
    run.event("pass");
    run.send(&sn(1));
    let d = run.event("double_scan");
    assert_eq!(d["sn"], sn(1).as_str());
    run.send("NOPE123");
    let r = run.event("refused");
    assert_eq!(
        (r["sn"].as_str(), r["reason"].as_str()),
        (Some("NOPE123"), Some("unknown_sn"))
    );
    run.send(&sn(3));
    let r = run.event("refused");
    assert_eq!(r["reason"], "already_issued");
    assert_eq!(r["detail"]["station"], "other");
    // The input is ready for the next scan.
    run.send(&sn(2));
    run.event("pass");
    let (code, ev) = run.finish();
    assert_eq!(code, Some(0));
    assert_eq!(sns(&ev, "pass"), [sn(1), sn(2)]);
}

#[test]
fn the_plain_lines_are_chinese_for_the_operator() {
    let l = Line::new(1);
    let p = profile(&l, "st", "lang = \"zh-CN\"\n");
    let o = l
        .process_in_any_language("ignored")
        .args(["line", "station", "--profile"])
        .arg(&p)
        .env_remove("WECOM_HW_LANG")
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            writeln!(c.stdin.take().unwrap(), "{}\nNOPE", sn(1))?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains(&format!("工装位 1：{} 合格 PASS", sn(1))),
        "{out}"
    );
    assert!(out.contains("NOPE：设备库中没有此设备"), "{out}");
    assert!(out.contains("工位已停止：合格 1 台，不合格 0 台"), "{out}");
    // --lang wins over the profile (the helper's cmd passes --lang en).
    let o = l
        .cmd("ignored")
        .args(["line", "station", "--profile"])
        .arg(&p)
        .write_stdin("")
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("station st ready: 1 slot(s)"), "{out}");
}

#[test]
fn profile_mistakes_are_refused_with_their_line_and_what_to_write() {
    let l = Line::new(1);
    let before = l.fingerprint();
    std::fs::write(
        l.path("bad.toml"),
        format!(
            "station = \"st\"\nstore = \"{}\"\nretires = 2\nmode = \"scn\"\n",
            l.store.display()
        ),
    )
    .unwrap();
    let o = l
        .cmd("x")
        .args(["line", "station", "--profile", "bad.toml"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("bad.toml:3: unknown key `retires`"), "{err}");
    assert!(err.contains("did you mean `retries`?"), "{err}");
    assert!(
        err.contains("bad.toml:4: `mode`: expected one of: scan, next"),
        "{err}"
    );
    assert!(err.contains("mode = \"scan\""), "{err}");
    let o = l
        .cmd("x")
        .args(["--json", "line", "station", "--profile", "bad.toml"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], "station.profile_unknown_key");
    let o = l
        .process_in_any_language("x")
        .args([
            "--lang",
            "zh-CN",
            "line",
            "station",
            "--profile",
            "bad.toml",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("bad.toml:3：未知的键 `retires`"), "{err}");
    assert_eq!(l.fingerprint(), before, "nothing written");
}

#[test]
fn the_station_does_not_start_until_the_preflight_passes() {
    let l = Line::new(1);
    let before = l.fingerprint();
    let p = profile(
        &l,
        "st",
        "flash = \"./no-such-flasher {file}\"\nprinter = \"no-such-dir\"\n",
    );
    let o = l
        .cmd("x")
        .args(["--json", "line", "station", "--profile"])
        .arg(&p)
        .write_stdin(format!("{}\n", sn(1)))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(10));
    let ev: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let checks: Vec<_> = of(&ev, "preflight_failed")
        .iter()
        .map(|e| e["check"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(checks, ["printer", "flasher"], "{ev:#?}");
    assert!(of(&ev, "started").is_empty());
    assert_eq!(l.fingerprint(), before, "nothing claimed");
}

#[test]
fn lead_actions_need_the_lead_pin() {
    let l = Line::new(2);
    // Unit 2 was issued elsewhere before; only a lead may issue it again.
    l.cmd("other")
        .args([
            "line",
            "next",
            "--sn",
            &sn(2),
            "--out",
            "u.json",
            "--flash",
            "true",
        ])
        .assert()
        .success();
    let o = l
        .cmd("x")
        .args(["line", "station", "--hash-pin"])
        .write_stdin("4711\n")
        .output()
        .unwrap();
    assert!(o.status.success());
    let pin_line = String::from_utf8(o.stdout).unwrap();
    assert!(
        pin_line.starts_with("lead_pin_hash = \"sha256:"),
        "{pin_line}"
    );
    assert!(!pin_line.contains("4711"));
    let jobs = Arc::new(Mutex::new(Vec::new()));
    let pr = Printer::on("127.0.0.1:0", jobs.clone());
    let p = profile(
        &l,
        "st",
        &format!("printer = \"tcp://{}\"\n{pin_line}", pr.addr),
    );
    let mut run = Run::start(&l, &p, &[]);
    run.event("ready");
    let addr = pr.off();
    run.send(&sn(1));
    assert_eq!(run.event("fail")["unit"], "held");
    // A wrong PIN does nothing; the right one sets the held unit aside with the reason.
    run.send("lead 0000 aside 1 printer broken");
    assert_eq!(run.event("lead_refused")["reason"], "wrong_pin");
    run.send("lead 4711 aside 1 printer broken");
    let fail = run.event("fail");
    assert_eq!(
        (fail["unit"].as_str(), fail["sn"].as_str()),
        (Some("set_aside"), Some(sn(1).as_str()))
    );
    // The printer is back: the lead reissues unit 2, which passes.
    let _pr = Printer::on(&addr.to_string(), jobs.clone());
    run.send(&format!("lead 4711 reissue {} flash chip replaced", sn(2)));
    let pass = run.event("pass");
    assert_eq!(pass["sn"], sn(2).as_str());
    let (code, ev) = run.finish();
    assert_eq!(code, Some(0));
    assert!(!serde_json::to_string(&ev).unwrap().contains("4711"));
    let ledger = l.ledger();
    let detail = |sn: &str, event: &str| {
        ledger
            .iter()
            .find(|e| e["sn"] == sn && e["event"] == event)
            .and_then(|e| e["detail"].as_str())
            .unwrap_or_else(|| panic!("no {event} for {sn}"))
            .to_owned()
    };
    assert!(detail(&sn(1), "line-set-aside").contains("printer broken"));
    assert!(detail(&sn(2), "line-reissued").contains("flash chip replaced"));
    assert_eq!(l.status()["counts"]["failed"], 1);
}
