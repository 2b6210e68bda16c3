//! `wecom-hw doctor --profile station.toml` through the real binary: real profile files in
//! temp dirs, a real SQLite store filled by `import`, the loopback test printer. It checks
//! what the profile names (store, printer and label, every command, the disk where the
//! station writes) with the checks `line station` runs before it starts, so both say the
//! same; a profile that does not parse fails as the station fails on it.

use crate::support::line::*;
use crate::support::printer::{self, Answer};
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::process::Output;

/// A profile `st.toml` beside the store, with the store named relative to it (the
/// station takes relative paths from the profile's directory) and these extra lines.
fn profile(l: &Line, extra: &str) -> &'static str {
    l.script("flash.sh", "exit 0");
    l.script("readback.sh", "exit 0");
    std::fs::write(
        l.path("st.toml"),
        format!("station = \"bench-3\"\nstore = \"devices.db\"\nslots = 2\n{extra}"),
    )
    .unwrap();
    "st.toml"
}

/// `doctor --profile st.toml` in English, with the groups a profile names unless `args`
/// chooses (no network: the clock and network checks have tests of their own).
fn doctor(l: &Line, args: &[&str]) -> Output {
    let mut c = l.cmd("x");
    c.args(["doctor", "--profile", "st.toml"]).args(args);
    if !args.contains(&"--only") {
        c.args([
            "--only", "profile", "store", "printer", "flasher", "machine",
        ]);
    }
    c.output().unwrap()
}

fn checks(o: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

fn named<'a>(all: &'a [Value], name: &str) -> &'a Value {
    all.iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no check {name}: {all:#?}"))
}

#[test]
fn a_ready_station_passes_every_check_its_profile_names() {
    let l = Line::new(2);
    let url = printer::start(Answer::ZPL_READY);
    profile(
        &l,
        &format!(
            "flash = \"./flash.sh {{file}} {{port}}\"\nverify = \"./readback.sh {{sn}}\"\n\
             on_pass = \"true\"\nprinter = \"{url}\"\nlabel = \"40x30\"\n"
        ),
    );
    let before = l.fingerprint();
    let o = doctor(&l, &["--json"]);
    let all = checks(&o);
    let names: Vec<&str> = all.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "profile",
            "store.file",
            "store.schema",
            "store.integrity",
            "store.units",
            "printer",
            "printer.label",
            "flasher",
            "flasher.verify",
            "flasher.on_pass",
            "machine.locale",
            "machine.disk",
            "machine.terminal"
        ],
        "{all:#?}"
    );
    // The --json shape: stable name and status, the value, a hint only when something is
    // wrong, and a code only then.
    for c in &all {
        let keys: Vec<&str> = c.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        let want: &[&str] = if c["status"] == "ok" {
            &["hint", "name", "status", "value"]
        } else {
            &["code", "hint", "name", "status", "value"]
        };
        assert_eq!(keys, want, "{c}");
        // A test machine may be short of disk; nothing else may be wrong.
        if c["name"] != "machine.disk" {
            assert_eq!(c["status"], "ok", "{c}");
        }
    }
    assert_eq!(o.status.code(), Some(0), "{all:#?}");
    let p = named(&all, "profile")["value"].as_str().unwrap();
    assert!(p.contains("bench-3") && p.contains("2 slot"), "{p}");
    // The store is the profile's, found from the profile's directory, with its units.
    let file = named(&all, "store.file")["value"].as_str().unwrap();
    assert!(
        file.starts_with("./devices.db") && file.contains("0600"),
        "{file}"
    );
    assert_eq!(named(&all, "store.units")["value"], "imported 2");
    let printer = named(&all, "printer")["value"].as_str().unwrap();
    assert!(
        printer.contains(&url) && printer.contains("ZPL") && printer.contains("ready"),
        "{printer}"
    );
    assert!(
        named(&all, "flasher")["value"]
            .as_str()
            .unwrap()
            .contains("./flash.sh"),
        "{all:#?}"
    );
    let disk = named(&all, "machine.disk")["value"].as_str().unwrap();
    let dir = std::fs::canonicalize(l.dir.path()).unwrap();
    assert!(disk.contains(&dir.display().to_string()), "{disk}");
    assert_eq!(l.fingerprint(), before, "doctor changes nothing");
}

#[test]
fn a_flasher_the_profile_names_that_does_not_exist_fails_naming_it_as_the_station_does() {
    let l = Line::new(1);
    profile(
        &l,
        "flash = \"./no-such-flasher {file}\"\nverify = \"esptool-not-installed.py --port {port}\"\n",
    );
    let o = doctor(&l, &["--json"]);
    let all = checks(&o);
    let flasher = named(&all, "flasher");
    assert_eq!(
        (&flasher["status"], &flasher["code"]),
        (&Value::from("fail"), &Value::from("flasher.missing")),
        "{flasher}"
    );
    let value = flasher["value"].as_str().unwrap().to_owned();
    assert!(value.contains("./no-such-flasher"), "{value}");
    let verify = named(&all, "flasher.verify");
    assert_eq!(verify["status"], "fail");
    assert!(
        verify["value"]
            .as_str()
            .unwrap()
            .contains("esptool-not-installed.py"),
        "{verify}"
    );
    assert!(
        verify["hint"].as_str().unwrap().contains("full path"),
        "{verify}"
    );
    assert_eq!(o.status.code(), Some(10), "flasher.missing is local I/O");

    // The station refuses to start with the very same words.
    let s = l
        .cmd("x")
        .args(["--json", "line", "station", "--profile", "st.toml"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(s.status.code(), Some(10));
    let refused: Vec<Value> = checks(&s)
        .into_iter()
        .filter(|e| e["event"] == "preflight_failed")
        .collect();
    let station_flasher = refused
        .iter()
        .find(|e| e["check"] == "flasher")
        .unwrap_or_else(|| panic!("{refused:#?}"));
    assert_eq!(station_flasher["message"], value.as_str());
    assert_eq!(station_flasher["target"], "./no-such-flasher");
    assert_eq!(station_flasher["hint"], flasher["hint"]);
    assert!(
        refused.iter().any(|e| e["check"] == "verifier"),
        "{refused:#?}"
    );

    // In Chinese: the status word and the missing program.
    let o = l
        .process_in_any_language("x")
        .args(["--lang", "zh-CN", "doctor", "--profile", "st.toml"])
        .args(["--only", "flasher"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    let line = text.lines().find(|l| l.contains("flasher ")).unwrap();
    assert!(
        line.starts_with("失败") && line.contains("./no-such-flasher 不存在"),
        "{text}"
    );
    assert!(
        text.contains("在 PATH 中找不到 esptool-not-installed.py"),
        "{text}"
    );
    assert_eq!(o.status.code(), Some(10));
}

#[test]
fn the_printer_a_profile_names_is_asked_for_its_state() {
    let l = Line::new(1);
    // Paper out: the station would print nothing, so the check fails (and the station
    // does not start).
    let url = printer::start(Answer::Zpl {
        paper_out: true,
        paused: false,
        head_open: false,
        ribbon_out: false,
    });
    profile(&l, &format!("printer = \"{url}\"\n"));
    let o = doctor(&l, &["--json"]);
    let c = named(&checks(&o), "printer").clone();
    assert_eq!(
        (c["status"].as_str(), c["code"].as_str()),
        (Some("fail"), Some("printer.not_ready"))
    );
    assert!(c["value"].as_str().unwrap().contains("paper out"), "{c}");
    assert_eq!(o.status.code(), Some(7), "a printer is the network class");
    let s = l
        .cmd("x")
        .args(["--json", "line", "station", "--profile", "st.toml"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(s.status.code(), Some(10));
    let ev = checks(&s);
    let refused = ev
        .iter()
        .find(|e| e["event"] == "preflight_failed" && e["check"] == "printer")
        .unwrap_or_else(|| panic!("{ev:#?}"));
    assert!(refused["message"].as_str().unwrap().contains("paper out"));

    // A TSPL printer (format = "tspl") is asked in TSPL: head open.
    let url = printer::start(Answer::Tspl(0x01));
    profile(&l, &format!("printer = \"{url}\"\nformat = \"tspl\"\n"));
    let o = doctor(&l, &["--json"]);
    let c = named(&checks(&o), "printer").clone();
    assert_eq!(c["status"], "fail");
    let v = c["value"].as_str().unwrap();
    assert!(v.contains("TSPL") && v.contains("head open"), "{v}");

    // A printer that never answers a status query: reachable only, a warning; the run
    // passes unless --strict.
    let url = printer::start(Answer::Silent);
    profile(&l, &format!("printer = \"{url}\"\n"));
    let o = doctor(&l, &["--json"]);
    let c = named(&checks(&o), "printer").clone();
    assert_eq!(c["status"], "warn", "{c}");
    assert!(
        c["value"].as_str().unwrap().contains("did not answer"),
        "{c}"
    );
    if checks(&o).iter().all(|c| c["status"] != "fail") {
        assert_eq!(o.status.code(), Some(0));
    }
    let o = doctor(&l, &["--json", "--strict"]);
    assert_ne!(o.status.code(), Some(0));

    // No printer in the profile: said so, in Chinese too.
    profile(&l, "");
    let o = l
        .process_in_any_language("x")
        .args(["--lang", "zh-CN", "doctor", "--profile", "st.toml"])
        .args(["--only", "printer"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("未检查：工位配置未指定打印机"), "{text}");
    assert_eq!(o.status.code(), Some(0), "{text}");
}

#[test]
fn the_store_a_profile_names_must_exist_be_private_and_writable() {
    let l = Line::new(1);
    // Readable by others: the code and the fix are those the store itself refuses with.
    std::fs::set_permissions(&l.store, std::fs::Permissions::from_mode(0o644)).unwrap();
    profile(&l, "");
    let o = doctor(&l, &["--json"]);
    let file = named(&checks(&o), "store.file").clone();
    assert_eq!(file["status"], "fail");
    assert!(
        file["hint"]
            .as_str()
            .unwrap()
            .contains("run `chmod 600 ./devices.db`"),
        "{file}"
    );
    assert_eq!(o.status.code(), Some(10));
    let refused = l
        .cmd("x")
        .args(["--json", "line", "status"])
        .output()
        .unwrap();
    let err: Value = serde_json::from_slice(&refused.stderr)
        .or_else(|_| serde_json::from_slice(&refused.stdout))
        .unwrap();
    assert_eq!(file["code"], err["code"], "{err}");
    assert_eq!(err["code"], "store.readable_by_others");

    // Fixed as the hint says, the store passes.
    std::fs::set_permissions(&l.store, std::fs::Permissions::from_mode(0o600)).unwrap();
    let o = doctor(&l, &["--json", "--only", "store"]);
    assert!(
        checks(&o).iter().all(|c| c["status"] == "ok"),
        "{:?}",
        checks(&o)
    );

    // A store that does not exist: a station never creates one, so this fails (where a
    // plain `doctor --store` only warns).
    std::fs::write(
        l.path("st.toml"),
        "station = \"bench-3\"\nstore = \"elsewhere/devices.db\"\n",
    )
    .unwrap();
    let o = doctor(&l, &["--json", "--only", "store"]);
    let all = checks(&o);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        (all[0]["status"].as_str(), all[0]["code"].as_str()),
        (Some("fail"), Some("store.missing"))
    );
    assert!(
        all[0]["value"]
            .as_str()
            .unwrap()
            .contains("./elsewhere/devices.db"),
        "{all:#?}"
    );
    assert_eq!(o.status.code(), Some(3), "store.missing is the data class");
    assert!(!l.path("elsewhere").exists(), "doctor creates nothing");
}

#[test]
fn a_profile_that_does_not_parse_fails_with_the_stations_own_error() {
    let l = Line::new(1);
    std::fs::write(
        l.path("st.toml"),
        "station = \"st\"\nstore = \"devices.db\"\nretires = 2\nmode = \"scn\"\n",
    )
    .unwrap();
    let o = doctor(&l, &[]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains("st.toml:3: unknown key `retires`"), "{err}");
    assert!(err.contains("did you mean `retries`?"), "{err}");
    assert!(err.contains("st.toml:4"), "every row is named: {err}");
    assert!(
        o.stdout.is_empty(),
        "no checklist for a profile that is not one"
    );
    let s = l
        .cmd("x")
        .args(["line", "station", "--profile", "st.toml"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&s.stderr),
        err,
        "the station's own words"
    );
    assert_eq!(s.status.code(), o.status.code());

    // --json: the error carries the station's code.
    let o = doctor(&l, &["--json"]);
    let v: Value = serde_json::from_slice(&o.stdout)
        .or_else(|_| serde_json::from_slice(&o.stderr))
        .unwrap();
    assert_eq!(v["code"], "station.profile_unknown_key", "{v}");

    // In Chinese.
    let o = l
        .process_in_any_language("x")
        .args(["--lang", "zh-CN", "doctor", "--profile", "st.toml"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("st.toml:3：未知的键 `retires`"), "{err}");
}

#[test]
fn a_printer_that_never_answers_only_warns_and_the_station_still_starts() {
    let l = Line::new(1);
    let url = printer::start(Answer::Silent);
    profile(&l, &format!("printer = \"{url}\"\n"));
    let o = doctor(&l, &["--json", "--only", "printer"]);
    let all = checks(&o);
    assert_eq!(
        all.iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["printer", "printer.label"]
    );
    assert_eq!(all[0]["status"], "warn");
    assert_eq!(o.status.code(), Some(0), "a warning is not a failure");
    // The station hears of it, and starts (then stops at the end of its input).
    let s = l
        .cmd("x")
        .args(["--json", "line", "station", "--profile", "st.toml"])
        .write_stdin("")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&s.stderr);
    assert_eq!(s.status.code(), Some(0), "{err}");
    assert!(err.contains("did not answer a status query"), "{err}");
    let ev = checks(&s);
    assert!(ev.iter().any(|e| e["event"] == "ready"), "{ev:#?}");
    assert!(
        !ev.iter().any(|e| e["event"] == "preflight_failed"),
        "{ev:#?}"
    );
}

#[test]
fn each_fixtures_serial_port_must_exist_and_open() {
    let l = Line::new(1);
    profile(&l, "");
    // Slot 1 on a device that opens; slot 2 on one that is not plugged in; slot 3 on a
    // port that is not a device file (an address): nothing to look at.
    std::fs::write(
        l.path("st.toml"),
        "station = \"bench-3\"\nstore = \"devices.db\"\nflash = \"./flash.sh {file} {port}\"\n\
         [[slots]]\nport = \"/dev/null\"\n[[slots]]\nport = \"/dev/ttyWECOMHW9\"\n\
         [[slots]]\nport = \"192.0.2.7:3232\"\n",
    )
    .unwrap();
    let o = doctor(&l, &["--json", "--only", "flasher"]);
    let all = checks(&o);
    let ports: Vec<(&str, &str)> = all
        .iter()
        .filter(|c| c["name"] == "flasher.port")
        .map(|c| (c["status"].as_str().unwrap(), c["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ports,
        [
            ("ok", "slot 1: /dev/null can be opened"),
            ("fail", "slot 2: /dev/ttyWECOMHW9 does not exist")
        ],
        "{all:#?}"
    );
    assert_eq!(o.status.code(), Some(10));

    // The station refuses to start on the missing port, unless only slot 1 runs.
    let s = l
        .cmd("x")
        .args(["--json", "line", "station", "--profile", "st.toml"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(s.status.code(), Some(10));
    let ev = checks(&s);
    let refused: Vec<&Value> = ev
        .iter()
        .filter(|e| e["event"] == "preflight_failed")
        .collect();
    assert_eq!(refused.len(), 1, "{ev:#?}");
    assert_eq!(
        (refused[0]["check"].as_str(), refused[0]["target"].as_str()),
        (Some("port"), Some("/dev/ttyWECOMHW9"))
    );
    let s = l
        .cmd("x")
        .args([
            "--json",
            "line",
            "station",
            "--profile",
            "st.toml",
            "--slot",
            "1",
        ])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(
        s.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&s.stderr)
    );

    // In Chinese, with what to do.
    let o = l
        .process_in_any_language("x")
        .args(["--lang", "zh-CN", "doctor", "--profile", "st.toml"])
        .args(["--only", "flasher.port"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("工装位 2：/dev/ttyWECOMHW9 不存在")
            && text.contains("ls /dev/serial/by-id/"),
        "{text}"
    );
}
