//! `wecom-hw demo`: the main job on built-in defaults — import the sample registration
//! export into a store of its own, print labels, start the cloud emulator, bring one unit
//! online through it, and provision Wi-Fi over the BLE simulator.
//!
//! Every step runs this same binary with the same arguments a user would type, so the demo
//! exercises (and shows) the real commands rather than a parallel code path.

use crate::cli::demo::DemoArgs;
use crate::output::{ErrorCode, ExitClass, Failure, Output};
use crate::store::{DeviceFilter, Store, StoreOptions};
use anyhow::{Context, Result};
use std::ffi::OsString;
use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The sample export, built in so the demo runs from any directory.
const SAMPLE_EXPORT: &[u8] = include_bytes!("../../examples/registration-export.xlsx");

/// The BLE simulator's SecretNo (`src/ble/sim.rs`), for the default handshake signer.
const SIM_SECRET: &str = "secretNo";

/// The Wi-Fi password the demo provisions (the simulator accepts any valid one).
const DEMO_WIFI_PASSWORD: &str = "demo-password";

pub fn run(a: DemoArgs, out: &Output) -> Result<()> {
    let dir = &a.dir;
    std::fs::create_dir_all(dir)
        .with_context(|| crate::fl!("demo-creating", path = dir.display().to_string()))?;
    let exe = std::env::current_exe().with_context(|| crate::fl!("demo-locating-binary"))?;
    let store = dir.join("devices.db");
    let export = match &a.export {
        Some(p) => p.clone(),
        None => {
            let p = dir.join("registration-export.xlsx");
            crate::io::atomic::write(&p, SAMPLE_EXPORT, None)
                .with_context(|| crate::fl!("demo-writing", path = p.display().to_string()))?;
            p
        }
    };
    let step = |n: u32, what: String| {
        out.info(format!(
            "\n== {}",
            crate::fl!("demo-step", n = n, total = 5, what = what)
        ))
    };
    // Every step speaks the demo's language, also when it was chosen with `--lang`.
    let lang = crate::i18n::lang().tag();
    let run = |args: &[OsString]| -> Result<()> {
        out.info(format!("$ wecom-hw {}", shown(args)));
        // The demo's units come from its own store: a secret exported in the user's
        // shell (as the `sign` examples teach) must not override them.
        let status = Command::new(&exe)
            .args(args)
            .env_remove("WECOM_HW_SECRET_NO")
            .env_remove("WECOM_HW_STORE")
            .env("WECOM_HW_LANG", lang)
            .stdin(Stdio::null())
            .status()
            .with_context(|| crate::fl!("demo-running"))?;
        if status.success() {
            return Ok(());
        }
        // Keep the step's own exit class, so scripts see why the demo stopped.
        let class = status
            .code()
            .and_then(ExitClass::from_code)
            .unwrap_or(ExitClass::Internal);
        Err(Failure::new(
            ErrorCode::DemoStepFailed,
            crate::fl!(
                "demo-step-failed",
                command = format!("wecom-hw {}", shown(args)),
                status = status.to_string()
            ),
        )
        .passing_on(class)
        .into())
    };
    let s = |v: &str| OsString::from(v);
    let p = |v: &Path| v.as_os_str().to_owned();

    step(1, crate::fl!("demo-step-import"));
    if store.exists() {
        out.info(crate::fl!(
            "demo-reusing-store",
            store = store.display().to_string()
        ));
    }
    run(&[s("--store"), p(&store), s("import"), p(&export)])?;

    let opts = StoreOptions::new(store.clone());
    let (sn, count) = {
        let st = Store::open(&opts)?;
        let units = st.list(&DeviceFilter::default())?;
        let sn = match &a.sn {
            Some(sn) => st.get(sn)?.map(|d| d.sn).ok_or_else(|| {
                Failure::new(
                    ErrorCode::StoreUnknownSn,
                    crate::fl!(
                        "demo-unknown-sn",
                        sn = sn.clone(),
                        export = export.display().to_string()
                    ),
                )
            })?,
            None => units.first().map(|d| d.sn.clone()).ok_or_else(|| {
                Failure::new(
                    ErrorCode::StoreEmpty,
                    crate::fl!("demo-no-units", export = export.display().to_string()),
                )
            })?,
        };
        (sn, units.len())
    };

    step(2, crate::fl!("demo-step-labels"));
    let labels = dir.join("labels.pdf");
    let png = dir.join(format!("{sn}.png"));
    run(&[
        s("--store"),
        p(&store),
        s("qr"),
        s("static"),
        s("--from-store"),
        s("--label"),
        s("40x30"),
        s("--dpi"),
        s("203"),
        s("-o"),
        p(&labels),
    ])?;
    run(&[
        s("--store"),
        p(&store),
        s("qr"),
        s("static"),
        s("--sn"),
        s(&sn),
        s("--label"),
        s("40x30"),
        s("--dpi"),
        s("203"),
        s("-o"),
        p(&png),
    ])?;

    step(3, crate::fl!("demo-step-cloud"));
    let cloud_dir = dir.join("cloud");
    let cloud_args = vec![
        s("--json"),
        s("--store"),
        p(&store),
        s("cloud"),
        s("--state-dir"),
        p(&cloud_dir),
        s("serve"),
        s("--listen"),
        s("127.0.0.1:0"),
        s("--from-store"),
        s("--auto-bind-after"),
        s("1"),
        s("--corp"),
        s("Demo Corp"),
    ];
    out.info(format!("$ wecom-hw {} &", shown(&cloud_args)));
    let mut cloud = Emulator::start(&exe, &cloud_args)?;
    out.info(crate::fl!(
        "demo-emulator-up",
        url = cloud.url.clone(),
        devices = cloud.devices,
        ca = cloud.ca.clone()
    ));

    step(4, crate::fl!("demo-step-online", sn = sn.clone()));
    let lifecycle = run(&[
        s("--store"),
        p(&store),
        s("connect"),
        s("--sn"),
        s(&sn),
        s("--endpoint"),
        s(&cloud.url),
        s("--ca-file"),
        s(&cloud.ca),
        s("--until"),
        s("subscribed"),
        s("--timeout"),
        s(&format!("{}s", a.timeout)),
    ]);
    cloud.stop();
    lifecycle?;
    run(&[s("--store"), p(&store), s("devices"), s("show"), s(&sn)])?;

    step(5, crate::fl!("demo-step-ble"));
    // The printed command must run as shown, from the user's shell with nothing exported:
    // the simulator's SecretNo and the Wi-Fi password go into files of the demo's own
    // (owner-only, like every secret file), named on the command line.
    let sim_secret = dir.join("sim-secret.txt");
    let wifi_password = dir.join("wifi-password.txt");
    for (path, text) in [
        (&sim_secret, SIM_SECRET),
        (&wifi_password, DEMO_WIFI_PASSWORD),
    ] {
        crate::io::atomic::write(path, format!("{text}\n").as_bytes(), Some(0o600)).map_err(
            |e| {
                Failure::caused_by(
                    ErrorCode::IoWriteFailed,
                    crate::fl!("qr-cannot-write", path = path.display().to_string()),
                    e,
                )
            },
        )?;
    }
    run(&[
        s("ble"),
        s("--backend"),
        s("sim"),
        s("provision"),
        s("--pick"),
        s("first"),
        s("--ssid"),
        s("DemoWiFi"),
        s("--password-file"),
        p(&wifi_password),
        s("--secret-file"),
        p(&sim_secret),
    ])?;

    let summary = serde_json::json!({
        "store": store,
        "units": count,
        "labels_pdf": labels,
        "label_png": png,
        "online_sn": sn,
        "cloud_state": cloud_dir,
    });
    if out.json {
        out.json_line(&summary)?;
    } else {
        crate::outln!(
            "\n{}",
            crate::fl!(
                "demo-done",
                count = count,
                store = store.display().to_string(),
                labels = labels.display().to_string(),
                png = png.display().to_string(),
                sn = sn.clone()
            )
        )?;
    }
    Ok(())
}

/// The arguments as a POSIX shell would need them typed: the demo prints each command so
/// that it can be copied and run as shown, whatever the paths hold.
fn shown(args: &[OsString]) -> String {
    args.iter()
        .map(|a| {
            let a = a.to_string_lossy();
            let plain = !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./:=,@%+".contains(c));
            if plain {
                a.into_owned()
            } else {
                format!("'{}'", a.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `cloud serve` running in the background for the demo.
struct Emulator {
    child: Child,
    url: String,
    ca: String,
    devices: u64,
}

impl Emulator {
    fn start(exe: &Path, args: &[OsString]) -> Result<Emulator> {
        let mut child = Command::new(exe)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .with_context(|| crate::fl!("demo-starting-emulator"))?;
        let stdout = child.stdout.take().expect("piped");
        let mut reader = std::io::BufReader::new(stdout);
        let mut first = String::new();
        reader
            .read_line(&mut first)
            .with_context(|| crate::fl!("demo-reading-emulator"))?;
        // Keep draining its event stream so it never blocks on a full pipe.
        std::thread::spawn(move || for _ in reader.lines() {});
        let v: serde_json::Value = serde_json::from_str(&first).map_err(|_| {
            let _ = child.kill();
            Failure::new(ErrorCode::InternalBug, crate::fl!("demo-emulator-failed"))
        })?;
        let field = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
        Ok(Emulator {
            url: field("url"),
            ca: field("ca_file"),
            devices: v["devices"].as_u64().unwrap_or(0),
            child,
        })
    }

    /// Ctrl-C, as an operator would, so it saves its state and removes its socket.
    fn stop(&mut self) {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::time::Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
