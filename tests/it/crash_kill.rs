//! Crash safety: the real binary is killed with SIGKILL (no cleanup code runs) at a random
//! moment of `import`, `connect` (mid-activation) and a label batch, in a bounded loop.
//! After every kill the store opens and passes `PRAGMA integrity_check`, the half-done work
//! is either whole or absent, and a rerun of the same command ends in exactly the state
//! of an uninterrupted run.
//!
//! The kill moments come from a seeded RNG; a failure prints the seed, and
//! `CRASH_SEED=N cargo test --test it crash_kill::TEST` replays it.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("wecom-hw")
}

/// The seeded RNG of one test; prints the seed when the test fails.
struct Seeded {
    name: &'static str,
    seed: u64,
    rng: StdRng,
}

impl Seeded {
    fn new(name: &'static str) -> Seeded {
        let seed = std::env::var("CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(rand::random);
        Seeded {
            name,
            seed,
            rng: StdRng::seed_from_u64(seed),
        }
    }

    /// A delay between `lo` and `hi`.
    fn delay(&mut self, lo: Duration, hi: Duration) -> Duration {
        let (lo, hi) = (lo.as_micros() as u64, hi.as_micros() as u64);
        Duration::from_micros(self.rng.random_range(lo..=hi.max(lo)))
    }
}

impl Drop for Seeded {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "*** {} failed with seed {}: rerun with CRASH_SEED={} cargo test --test it crash_kill::{}",
                self.name, self.seed, self.seed, self.name
            );
        }
    }
}

/// `wecom-hw` with its own store and station; never the user's.
fn cmd(store: &Path, dir: &Path) -> Command {
    let mut c = Command::new(bin());
    c.env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", store)
        .env("WECOM_HW_STATION", "crash-1")
        .current_dir(dir)
        .stdin(Stdio::null());
    c
}

/// Runs to completion (bounded), asserting success; returns stdout.
fn run_ok(c: Command, what: &str) -> String {
    let out = assert_cmd::Command::from_std(c)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{what}: exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Starts `c` and SIGKILLs it after `after` (or lets it finish, if it is faster).
/// Returns whether it was killed while still running.
fn kill_after(mut c: Command, after: Duration) -> bool {
    let mut child = c
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    while t0.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let killed = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    killed
}

/// The kill window for the next run: as it was after a kill, shorter after a run that
/// finished first (the machine got faster than during the uninterrupted run).
fn shrink_unless(killed: bool, window: Duration) -> Duration {
    if killed {
        window
    } else {
        window.mul_f64(0.7).max(Duration::from_millis(20))
    }
}

/// The store opens for the tool, and SQLite finds nothing wrong in it.
fn assert_store_sound(store: &Path, dir: &Path, ctx: &str) {
    if !store.exists() {
        return;
    }
    let mut c = cmd(store, dir);
    c.args(["--json", "devices", "batches"]);
    run_ok(c, &format!("{ctx}: the store opens"));
    let db = rusqlite::Connection::open(store).unwrap();
    let ok: String = db
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok", "{ctx}: integrity_check");
}

/// What a store holds, without times and row ids: units with every field, the ledger per
/// unit in order, the batches.
#[derive(Debug, PartialEq, Default)]
struct Dump {
    devices: BTreeMap<String, Vec<Option<String>>>,
    ledger: Vec<(String, String, Option<String>, Option<String>)>,
    batches: Vec<(String, String, i64, String)>,
}

fn dump(store: &Path) -> Dump {
    if !store.exists() {
        return Dump::default();
    }
    let db = rusqlite::Connection::open(store).unwrap();
    let mut d = Dump::default();
    let mut q = db
        .prepare(
            "SELECT sn, secret_no, secret_kind, device_id, qr_url, hw_code, status,
                    CAST(batch_id AS TEXT), active_code, device_secret, exchanged_secret_no
             FROM devices",
        )
        .unwrap();
    let rows = q
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (1..11)
                    .map(|i| r.get::<_, Option<String>>(i))
                    .collect::<Result<Vec<_>, _>>()?,
            ))
        })
        .unwrap();
    for r in rows {
        let (sn, v) = r.unwrap();
        d.devices.insert(sn, v);
    }
    let mut q = db
        .prepare("SELECT sn, event, station, detail FROM ledger ORDER BY sn, id")
        .unwrap();
    d.ledger = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut q = db
        .prepare("SELECT source_file, source_sha256, devices, secret_kind FROM batches ORDER BY id")
        .unwrap();
    d.batches = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    d
}

// ---- import ------------------------------------------------------------------------

const IMPORT_ROWS: usize = 20_000;

fn import_secret(i: usize) -> String {
    format!(
        "{:016x}{:016x}",
        0xc0ff_ee00_0000_0000u64 + i as u64,
        (i as u64 + 1) * 0x9e37_79b9
    )
}

/// A 20,000-row registration export, as the vendor console lays it out.
fn write_export(path: &Path) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["序列号", "SecretNo", "设备ID", "二维码链接"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for i in 0..IMPORT_ROWS {
        let r = i as u32 + 1;
        ws.write_string(r, 0, format!("K9{i:010}")).unwrap();
        ws.write_string(r, 1, import_secret(i)).unwrap();
        ws.write_string(r, 2, format!("{}", 7_300_000_000_000_000u64 + i as u64))
            .unwrap();
        ws.write_string(
            r,
            3,
            format!("https://open.work.weixin.qq.com/connect/hardware?hw_code=k{i:08}Zq"),
        )
        .unwrap();
    }
    wb.save(path).unwrap();
}

#[test]
fn import_killed_anywhere_lands_whole_or_not_at_all_and_reruns_to_the_same_store() {
    let mut rng = Seeded::new(
        "import_killed_anywhere_lands_whole_or_not_at_all_and_reruns_to_the_same_store",
    );
    let d = tempfile::tempdir().unwrap();
    let xlsx = d.path().join("export.xlsx");
    write_export(&xlsx);
    // A small earlier import, so that half of the runs kill an import into a store that
    // already holds units (and the other half one that creates the store).
    let small = d.path().join("earlier.csv");
    std::fs::write(
        &small,
        "序列号,SecretNo\nA10000000001,aaaa0000bbbb1111cccc2222dddd3333\nA10000000002,aaaa0000bbbb1111cccc2222dddd4444\n",
    )
    .unwrap();
    let import = |store: &Path, file: &Path| {
        let mut c = cmd(store, d.path());
        c.arg("import").arg(file);
        c
    };
    let template = d.path().join("template.db");
    run_ok(import(&template, &small), "earlier import");

    // Uninterrupted runs, for the time a run takes and the state it ends in.
    let clean_fresh = d.path().join("clean-fresh.db");
    let clean_prefilled = d.path().join("clean-prefilled.db");
    std::fs::copy(&template, &clean_prefilled).unwrap();
    let t0 = Instant::now();
    run_ok(import(&clean_fresh, &xlsx), "uninterrupted import");
    let mut took = t0.elapsed();
    run_ok(import(&clean_prefilled, &xlsx), "uninterrupted import");
    let want = [dump(&clean_fresh), dump(&clean_prefilled)];
    assert_eq!(want[0].devices.len(), IMPORT_ROWS);
    let before_prefilled = dump(&template);

    let mut killed = 0;
    for i in 0..8 {
        let ctx = format!("iteration {i} (seed {})", rng.seed);
        let store = d.path().join(format!("run{i}.db"));
        let prefilled = i % 2 == 1;
        if prefilled {
            std::fs::copy(&template, &store).unwrap();
        }
        let after = rng.delay(Duration::from_millis(5), took);
        let hit = kill_after(import(&store, &xlsx), after);
        killed += hit as usize;
        took = shrink_unless(hit, took);

        assert_store_sound(&store, d.path(), &ctx);
        let now = dump(&store);
        let n = now.devices.len() - if prefilled { 2 } else { 0 };
        if n == 0 {
            // Absent: exactly what was there before.
            let before = if prefilled {
                &before_prefilled
            } else {
                &Dump::default()
            };
            assert_eq!(&now, before, "{ctx}: an absent import left traces");
        } else {
            // Whole: every unit, every secret, one ledger line each.
            assert_eq!(
                &now, &want[prefilled as usize],
                "{ctx}: a partial import ({n} units)"
            );
        }

        run_ok(import(&store, &xlsx), &format!("{ctx}: rerun"));
        assert_store_sound(&store, d.path(), &ctx);
        let after = dump(&store);
        assert_eq!(
            after, want[prefilled as usize],
            "{ctx}: the rerun does not end where an uninterrupted run does"
        );
        for i in [0, IMPORT_ROWS / 2, IMPORT_ROWS - 1] {
            assert_eq!(
                after.devices[&format!("K9{i:010}")][0].as_deref(),
                Some(import_secret(i).as_str()),
                "{ctx}"
            );
        }
    }
    assert!(
        killed >= 3,
        "only {killed} of 8 runs were killed mid-way (seed {})",
        rng.seed
    );
}

// ---- connect -----------------------------------------------------------------------

use crate::support::connect::{Cloud, SECRET_NO, SN};

/// The emulator's record of `sn`: (active_code, secret).
fn cloud_record(cloud: &Cloud, sn: &str) -> (Option<String>, Option<String>) {
    let text = std::fs::read_to_string(cloud.state.join("state.json")).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let empty = vec![];
    let d = v["devices"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .find(|d| d["sn"] == sn)
        .cloned()
        .unwrap_or_default();
    let s = |k: &str| d[k].as_str().map(str::to_owned);
    (s("active_code"), s("secret"))
}

/// The emulator's record once it satisfies `ok`: the emulator saves its state in the
/// background, a moment after it answers. Gives up after 5 s and returns the last read.
fn settled_record(
    cloud: &Cloud,
    sn: &str,
    ok: impl Fn(&(Option<String>, Option<String>)) -> bool,
) -> (Option<String>, Option<String>) {
    let t0 = Instant::now();
    loop {
        let r = cloud_record(cloud, sn);
        if ok(&r) || t0.elapsed() > Duration::from_secs(5) {
            return r;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn connect_cmd(store: &Path, dir: &Path, cloud: &Cloud) -> Command {
    let mut c = cmd(store, dir);
    c.args([
        "--json",
        "connect",
        "--sn",
        SN,
        "--endpoint",
        &cloud.url,
        "--ca-file",
    ])
    .arg(cloud.ca_file())
    .args(["--until", "subscribed", "--timeout", "30s"]);
    c
}

#[test]
fn connect_killed_mid_activation_keeps_old_or_new_credentials_and_reruns_to_bound() {
    let mut rng = Seeded::new(
        "connect_killed_mid_activation_keeps_old_or_new_credentials_and_reruns_to_bound",
    );
    const DELAY_MS: u64 = 100;
    let events = |d: &Dump| -> Vec<String> { d.ledger.iter().map(|e| e.1.clone()).collect() };
    // What an uninterrupted run leaves (same delays, so the same path through the cloud).
    let reference = {
        let cloud = Cloud::start(&[
            "--auto-bind-after",
            "0",
            "--fault-delay",
            "100",
            "--fault-times",
            "0",
        ]);
        let d = tempfile::tempdir().unwrap();
        let store = d.path().join("devices.db");
        let csv = d.path().join("export.csv");
        std::fs::write(&csv, format!("序列号,SecretNo\n{SN},{SECRET_NO}\n")).unwrap();
        let mut c = cmd(&store, d.path());
        c.arg("import").arg(&csv);
        run_ok(c, "import");
        let t0 = Instant::now();
        run_ok(
            connect_cmd(&store, d.path(), &cloud),
            "uninterrupted connect",
        );
        (t0.elapsed(), events(&dump(&store)))
    };
    assert_eq!(reference.1, ["imported", "registered", "bound"]);
    let mut window = reference.0;

    let mut killed = 0;
    for i in 0..8 {
        let ctx = format!("iteration {i} (seed {})", rng.seed);
        let cloud = Cloud::start(&[
            "--auto-bind-after",
            "0",
            "--fault-delay",
            "100",
            "--fault-times",
            "0",
        ]);
        let d = tempfile::tempdir().unwrap();
        let store = d.path().join("devices.db");
        let csv = d.path().join("export.csv");
        std::fs::write(&csv, format!("序列号,SecretNo\n{SN},{SECRET_NO}\n")).unwrap();
        let mut c = cmd(&store, d.path());
        c.arg("import").arg(&csv);
        run_ok(c, "import");

        // The replies come DELAY_MS after each request: most kills land while a reply is
        // on its way (the cloud has registered or bound the unit, the device has not
        // heard it yet), some right after one arrived.
        let after = rng.delay(Duration::from_millis(DELAY_MS), window);
        let hit = kill_after(connect_cmd(&store, d.path(), &cloud), after);
        killed += hit as usize;
        window = shrink_unless(hit, window);

        assert_store_sound(&store, d.path(), &ctx);
        let mid = dump(&store);
        let unit = &mid.devices[SN];
        let (got_code, got_secret) = (&unit[7], &unit[8]);
        let (code, secret) = settled_record(&cloud, SN, |(c, s)| {
            (got_code.is_none() || got_code == c) && (got_secret.is_none() || got_secret == s)
        });
        assert_eq!(unit[0].as_deref(), Some(SECRET_NO), "{ctx}: SecretNo kept");
        assert!(
            got_code.is_none() || got_code == &code,
            "{ctx}: active_code is neither the old nor the cloud's"
        );
        assert!(
            got_secret.is_none() || got_secret == &secret,
            "{ctx}: secret is neither the old nor the cloud's"
        );
        assert!(
            got_secret.is_none() || got_code.is_some(),
            "{ctx}: a secret without its active_code"
        );

        let t0 = Instant::now();
        run_ok(
            connect_cmd(&store, d.path(), &cloud),
            &format!("{ctx}: rerun"),
        );
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "{ctx}: rerun took {:?}",
            t0.elapsed()
        );
        assert_store_sound(&store, d.path(), &ctx);
        let end = dump(&store);
        let unit = &end.devices[SN];
        let (code, secret) = settled_record(&cloud, SN, |r| (&r.0, &r.1) == (&unit[7], &unit[8]));
        assert!(
            code.is_some() && secret.is_some(),
            "{ctx}: the cloud bound the unit"
        );
        assert_eq!(
            (&unit[7], &unit[8]),
            (&code, &secret),
            "{ctx}: store = cloud"
        );
        assert_eq!(unit[5].as_deref(), Some("bound"), "{ctx}: status");
        assert_eq!(events(&end), reference.1, "{ctx}: ledger");
    }
    assert!(
        killed >= 3,
        "only {killed} of 8 runs were killed mid-way (seed {})",
        rng.seed
    );
}

/// The narrowest window of the loop above, made on purpose: the secret `active` returned
/// is saved, the `bound` ledger line is not (a kill between the two writes). The next run
/// starts from the saved secret and must still end with the unit `bound`, recorded once.
#[test]
fn a_secret_saved_without_its_bound_line_is_recorded_by_the_next_run() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("export.csv");
    std::fs::write(&csv, format!("序列号,SecretNo\n{SN},{SECRET_NO}\n")).unwrap();
    let (scratch, store) = (d.path().join("scratch.db"), d.path().join("devices.db"));
    for s in [&scratch, &store] {
        let mut c = cmd(s, d.path());
        c.arg("import").arg(&csv);
        run_ok(c, "import");
    }
    // A complete run elsewhere gets the cloud's credentials for the unit.
    run_ok(connect_cmd(&scratch, d.path(), &cloud), "connect");
    let (code, secret) = settled_record(&cloud, SN, |r| r.1.is_some());
    {
        let db = rusqlite::Connection::open(&store).unwrap();
        db.execute(
            "UPDATE devices SET active_code = ?1, device_secret = ?2, status = 'registered' WHERE sn = ?3",
            rusqlite::params![code, secret, SN],
        )
        .unwrap();
        db.execute(
            "INSERT INTO ledger (sn, at, station, event, detail) VALUES (?1, '2026-11-28T00:00:00Z', 'crash-1', 'registered', 'register')",
            [SN],
        )
        .unwrap();
    }
    run_ok(
        connect_cmd(&store, d.path(), &cloud),
        "connect after the kill",
    );
    let end = dump(&store);
    assert_eq!(end.devices[SN][5].as_deref(), Some("bound"));
    let events: Vec<&str> = end.ledger.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(events, ["imported", "registered", "bound"]);
    // A further run adds nothing.
    run_ok(connect_cmd(&store, d.path(), &cloud), "connect again");
    assert_eq!(dump(&store).ledger.len(), 3);
}

/// The same for an unbind: the device forgot its secret (saved) but the `unbound` line was
/// not written. The next run binds again with a new secret; that bind must reach the
/// ledger although the status still says `bound`.
#[test]
fn a_secret_forgotten_without_its_unbound_line_still_records_the_new_bind() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("export.csv");
    std::fs::write(&csv, format!("序列号,SecretNo\n{SN},{SECRET_NO}\n")).unwrap();
    let store = d.path().join("devices.db");
    let mut c = cmd(&store, d.path());
    c.arg("import").arg(&csv);
    run_ok(c, "import");
    run_ok(connect_cmd(&store, d.path(), &cloud), "connect");
    let (_, old) = settled_record(&cloud, SN, |r| r.1.is_some());
    cloud.admin(&["unbind", SN]).success();
    rusqlite::Connection::open(&store)
        .unwrap()
        .execute(
            "UPDATE devices SET device_secret = NULL WHERE sn = ?1",
            [SN],
        )
        .unwrap();
    run_ok(
        connect_cmd(&store, d.path(), &cloud),
        "connect after the kill",
    );
    let end = dump(&store);
    let (_, new) = settled_record(&cloud, SN, |r| r.1.is_some() && r.1 != old);
    assert_ne!(new, old, "the cloud bound the unit again");
    assert_eq!(end.devices[SN][8], new, "the store keeps the new secret");
    let events: Vec<&str> = end.ledger.iter().map(|e| e.1.as_str()).collect();
    assert_eq!(events, ["imported", "registered", "bound", "bound"]);
    run_ok(connect_cmd(&store, d.path(), &cloud), "connect again");
    assert_eq!(dump(&store).ledger.len(), 4, "a plain rerun adds nothing");
}

// ---- label batch -------------------------------------------------------------------

const LABELS: usize = 150;

/// Every file in `dir`: name → bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir).map_or_else(
        |_| BTreeMap::new(),
        |r| {
            r.map(|e| e.unwrap())
                .map(|e| {
                    (
                        e.file_name().into_string().unwrap(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        },
    )
}

#[test]
fn label_batch_killed_anywhere_reruns_to_the_same_bytes_and_ledger() {
    let mut rng = Seeded::new("label_batch_killed_anywhere_reruns_to_the_same_bytes_and_ledger");
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("export.csv");
    let mut s = String::from("序列号,SecretNo,二维码链接\n");
    for i in 0..LABELS {
        s.push_str(&format!(
            "Q7{i:010},{:032x},https://open.work.weixin.qq.com/connect/hardware?hw_code=q{i:06}Xy{}\n",
            0xabcdef_u128 * (i as u128 + 3),
            i * 7919 % 1000
        ));
    }
    std::fs::write(&csv, s).unwrap();
    let template = d.path().join("template.db");
    let mut c = cmd(&template, d.path());
    c.arg("import").arg(&csv);
    run_ok(c, "import");
    let batch = |store: &Path, out: &Path| {
        let mut c = cmd(store, d.path());
        c.args([
            "qr",
            "static",
            "--from-store",
            "--dots",
            "3",
            "--threads",
            "2",
            "--out-dir",
        ])
        .arg(out);
        c
    };

    let clean_store = d.path().join("clean.db");
    let clean_dir = d.path().join("clean");
    std::fs::copy(&template, &clean_store).unwrap();
    let t0 = Instant::now();
    run_ok(batch(&clean_store, &clean_dir), "uninterrupted batch");
    let mut took = t0.elapsed();
    let want_files = files(&clean_dir);
    let want = dump(&clean_store);
    assert_eq!(want_files.len(), LABELS);

    let mut killed = 0;
    for i in 0..10 {
        let ctx = format!("iteration {i} (seed {})", rng.seed);
        let store = d.path().join(format!("run{i}.db"));
        let dir = d.path().join(format!("run{i}"));
        std::fs::copy(&template, &store).unwrap();
        let after = rng.delay(Duration::from_millis(5), took);
        let hit = kill_after(batch(&store, &dir), after);
        killed += hit as usize;
        took = shrink_unless(hit, took);

        assert_store_sound(&store, d.path(), &ctx);
        // What is visible is whole: each label file equals the uninterrupted run's.
        for (name, bytes) in files(&dir).iter().filter(|(n, _)| !n.starts_with('.')) {
            assert!(want_files.get(name) == Some(bytes), "{ctx}: {name} is torn");
        }
        // Ledger: never more than one label-printed line per unit.
        let mid = dump(&store);
        let mut per: BTreeMap<&str, usize> = BTreeMap::new();
        for e in mid.ledger.iter().filter(|e| e.1 == "label-printed") {
            *per.entry(e.0.as_str()).or_default() += 1;
        }
        assert!(
            per.values().all(|&n| n == 1),
            "{ctx}: duplicate label-printed"
        );

        run_ok(batch(&store, &dir), &format!("{ctx}: rerun"));
        assert_store_sound(&store, d.path(), &ctx);
        let got = files(&dir);
        assert!(
            got.keys().all(|k| !k.starts_with('.')),
            "{ctx}: partial/temporary files left: {:?}",
            got.keys()
                .filter(|k| k.starts_with('.'))
                .collect::<Vec<_>>()
        );
        assert!(
            got == want_files,
            "{ctx}: label files differ from an uninterrupted run"
        );
        let end = dump(&store);
        let differ: Vec<&String> = want
            .devices
            .iter()
            .filter(|(sn, v)| end.devices.get(*sn) != Some(v))
            .map(|(sn, _)| sn)
            .collect();
        assert!(
            differ.is_empty(),
            "{ctx}: {} units differ from an uninterrupted run, e.g. {:?}: {:?}",
            differ.len(),
            &differ[..differ.len().min(3)],
            differ.first().map(|sn| &end.devices[*sn])
        );
        let ev = |d: &Dump| -> Vec<(String, String)> {
            d.ledger
                .iter()
                .map(|e| (e.0.clone(), e.1.clone()))
                .collect()
        };
        assert_eq!(ev(&end), ev(&want), "{ctx}: ledger");
    }
    assert!(
        killed >= 4,
        "only {killed} of 10 runs were killed mid-way (seed {})",
        rng.seed
    );
}

// ---- line next ---------------------------------------------------------------------

use crate::support::line;

#[test]
fn line_next_killed_anywhere_finishes_the_unit_once_on_the_rerun() {
    let mut rng = Seeded::new("line_next_killed_anywhere_finishes_the_unit_once_on_the_rerun");
    let next = |l: &line::Line| {
        let mut c = l.process("st1");
        c.args([
            "line",
            "next",
            "--out",
            "unit.json",
            "--flash",
            "./flash.sh {file} {sn}",
            "--print",
            "label.zpl",
        ])
        .stdin(Stdio::null());
        c
    };
    let new_line = || {
        let l = line::Line::new(2);
        // A flasher that takes a moment, so kills land before, during and after it.
        l.script("flash.sh", "sleep 0.05; echo \"$2\" >> flashed.log");
        l
    };
    let unit = line::sn(1);
    let reference = new_line();
    let t0 = Instant::now();
    run_ok(next(&reference), "uninterrupted line next");
    let mut took = t0.elapsed();
    let want_label = std::fs::read(reference.path("label.zpl")).unwrap();
    let want_payload = std::fs::read(reference.path("unit.json")).unwrap();

    let mut killed = 0;
    for i in 0..8 {
        let ctx = format!("iteration {i} (seed {})", rng.seed);
        let l = new_line();
        let after = rng.delay(Duration::from_millis(5), took);
        let hit = kill_after(next(&l), after);
        killed += hit as usize;
        took = shrink_unless(hit, took);
        assert_store_sound(&l.store, l.dir.path(), &ctx);
        assert!(l.events(&unit, "secret-issued") <= 1, "{ctx}: issued twice");
        if l.events(&unit, "line-done") == 0 {
            run_ok(next(&l), &format!("{ctx}: rerun"));
            assert_store_sound(&l.store, l.dir.path(), &ctx);
        }
        assert_eq!(l.events(&unit, "secret-issued"), 1, "{ctx}: issued once");
        assert_eq!(l.events(&unit, "line-done"), 1, "{ctx}: done once");
        let other = line::sn(2);
        assert!(
            l.ledger()
                .iter()
                .all(|e| e["sn"] != other.as_str() || e["event"] == "imported"),
            "{ctx}: the rerun took another unit"
        );
        assert_eq!(l.status()["counts"]["unclaimed"], 1, "{ctx}");
        assert!(
            std::fs::read(l.path("label.zpl")).ok() == Some(want_label.clone()),
            "{ctx}: label differs from an uninterrupted run"
        );
        assert!(
            std::fs::read(l.path("unit.json")).ok() == Some(want_payload.clone()),
            "{ctx}: payload differs from an uninterrupted run"
        );
        let leftovers: Vec<String> = std::fs::read_dir(l.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(
            leftovers.is_empty(),
            "{ctx}: temporary files left: {leftovers:?}"
        );
    }
    assert!(
        killed >= 3,
        "only {killed} of 8 runs were killed mid-way (seed {})",
        rng.seed
    );
}
