//! A fake BlueZ on a private D-Bus bus, so that the real btleplug code path (bluez-async →
//! libdbus → D-Bus → "org.bluez") runs in tests without a radio (`ble.md` section 11.2).
//!
//! - [`PrivateBus`] starts `dbus-daemon` with its own config in a temp dir and kills it on
//!   drop. Point `DBUS_SYSTEM_BUS_ADDRESS` at [`PrivateBus::address`].
//! - [`FakeBluez`] owns the name `org.bluez` on that bus from a thread of the test process
//!   and serves what bluez-async asks for: ObjectManager at `/`, `Adapter1` objects,
//!   `Device1` objects built from adverts, and under each connectable device one
//!   `GattService1` (0xFCE7) with three `GattCharacteristic1` (FCC7 write, FCC8 indicate,
//!   FCC9 read). GATT traffic is forwarded to any [`BleCentral`] — in practice the
//!   in-process device simulator — so the real handshake and provisioning run through it.
//!
//! The three gotchas of section 11.2 are handled: `ManufacturerData` is a real `a{qv}`
//! property; every interface has at least one method (crossroads also lists interfaces
//! before child nodes, which is what bluez-async's XML parser needs); `Connect` sets
//! `Connected` **and** `ServicesResolved`.
//!
//! Every call the client makes is appended to [`FakeBluez::calls`], so tests can check
//! driver behaviour a real device would notice (subscribe before the first write,
//! 20-byte writes with response, the scan filter asked for).

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use dbus::arg::{PropMap, RefArg, Variant};
use dbus::blocking::Connection;
use dbus::blocking::stdintf::org_freedesktop_dbus::PropertiesPropertiesChanged;
use dbus::channel::{Channel, MatchingReceiver, Sender};
use dbus::message::{MatchRule, SignalArgs};
use dbus::{MethodErr, Path};
use dbus_crossroads::{Context, Crossroads};
use wecom_hw::ble::transport::{Advert, BleCentral, BleLink, uuid};

/// How long any single wait in this harness may take before the test fails.
const HARNESS_LIMIT: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------
// The private bus

/// A `dbus-daemon` of type "system" listening on a socket in a temp dir.
pub struct PrivateBus {
    child: Child,
    address: String,
    dir: std::path::PathBuf,
    _tmp: Option<tempfile::TempDir>,
}

impl PrivateBus {
    /// Starts a daemon in a fresh temp dir (for a child process's environment).
    pub fn start() -> PrivateBus {
        let tmp = tempfile::tempdir().expect("temp dir for the private bus");
        let mut bus = PrivateBus::start_in(tmp.path());
        bus._tmp = Some(tmp);
        bus
    }

    /// Starts a daemon listening on `dir/bus.sock`. libdbus reads `DBUS_SYSTEM_BUS_ADDRESS`
    /// once per process, so in-process tests reuse one directory for every bus they start.
    ///
    /// Panics — loudly, never skips — when `dbus-daemon` is missing: these tests are the
    /// only coverage of the btleplug path.
    pub fn start_in(dir: &std::path::Path) -> PrivateBus {
        std::fs::create_dir_all(dir).expect("bus dir");
        let sock = dir.join("bus.sock");
        let _ = std::fs::remove_file(&sock);
        let conf = dir.join("bus.conf");
        std::fs::write(&conf, bus_config(&sock.display().to_string())).expect("write bus.conf");
        let spawned = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", conf.display()))
            .args(["--nofork", "--nopidfile", "--nosyslog", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            // Its complaints (e.g. "Failed to set fd limit" when not root) go to a file,
            // shown only if it fails to start.
            .stderr(
                std::fs::File::create(dir.join("bus.log"))
                    .map(Stdio::from)
                    .unwrap_or_else(|_| Stdio::null()),
            )
            .spawn();
        let mut child = match spawned {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => panic!(
                "\n\n*** `dbus-daemon` is not installed, so the btleplug/BlueZ tests cannot run. ***\n\
                 *** Install the Debian package `dbus-daemon` (or `dbus`):                    ***\n\
                 ***     apt-get install -y dbus-daemon                                        ***\n\n"
            ),
            Err(e) => panic!("cannot start dbus-daemon: {e}"),
        };
        // The daemon prints its address once it listens: that is our readiness signal.
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = std_mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let printed = match rx.recv_timeout(HARNESS_LIMIT) {
            Ok(l) if !l.trim().is_empty() => l,
            other => {
                let _ = child.kill();
                let log = std::fs::read_to_string(dir.join("bus.log")).unwrap_or_default();
                panic!("dbus-daemon did not report its address ({other:?}); its log:\n{log}")
            }
        };
        assert!(printed.contains("bus.sock"), "unexpected address {printed}");
        PrivateBus {
            child,
            address: format!("unix:path={}", sock.display()),
            dir: dir.to_owned(),
            _tmp: None,
        }
    }

    /// The value for `DBUS_SYSTEM_BUS_ADDRESS`.
    pub fn address(&self) -> &str {
        &self.address
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(self.dir.join("bus.sock"));
        let _ = std::fs::remove_file(self.dir.join("bus.conf"));
        let _ = std::fs::remove_file(self.dir.join("bus.log"));
        if self._tmp.is_none() {
            let _ = std::fs::remove_dir(&self.dir);
        }
    }
}

/// Everything allowed: the point is to test our client, not the policy (`ble.md` 11.2).
fn bus_config(socket: &str) -> String {
    format!(
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="signal"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
  </policy>
</busconfig>
"#
    )
}

// ---------------------------------------------------------------------------------------
// The fake org.bluez

/// What the fake serves.
pub struct Config {
    /// Controller names (`hci0`, ...). Devices live on the first one.
    pub adapters: Vec<String>,
    /// Builds the device side; called inside the fake's tokio runtime.
    pub device: Box<dyn FnOnce() -> Arc<dyn BleCentral> + Send>,
    /// Connectable devices (their GATT forwards to `device`).
    pub devices: Vec<Advert>,
    /// Devices that are only seen, never connected (other vendors, cached junk).
    pub decoys: Vec<Advert>,
    /// How many `Connect` calls fail first with `le-connection-abort-by-local`.
    pub connect_aborts: u32,
    /// Flags of FCC8 (default `["indicate"]`); lets a test build a broken device.
    pub fcc8_flags: Vec<String>,
    /// The controller is soft-blocked (`rfkill block bluetooth`): powering it on fails.
    pub rfkill_blocked: bool,
    /// BlueZ does not know the devices until discovery starts (fresh boot, cache cleared):
    /// they appear with `InterfacesAdded` on the first `StartDiscovery`.
    pub appear_on_discovery: bool,
    /// How long FCC9 `ReadValue` takes to answer (a slow or stalled device).
    pub read_delay: Duration,
}

impl Config {
    pub fn new(device: impl FnOnce() -> Arc<dyn BleCentral> + Send + 'static) -> Config {
        Config {
            adapters: vec!["hci0".into()],
            device: Box::new(device),
            devices: Vec::new(),
            decoys: Vec::new(),
            connect_aborts: 0,
            fcc8_flags: vec!["indicate".into()],
            rfkill_blocked: false,
            appear_on_discovery: false,
            read_delay: Duration::ZERO,
        }
    }
}

/// The running fake; stops its thread on drop.
pub struct FakeBluez {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    calls: Arc<Mutex<Vec<String>>>,
}

impl FakeBluez {
    /// Starts serving `org.bluez` on `bus`; returns once the name is owned.
    pub fn start(bus: &PrivateBus, config: Config) -> FakeBluez {
        let stop = Arc::new(AtomicBool::new(false));
        let calls = Arc::new(Mutex::new(Vec::new()));
        let (ready_tx, ready_rx) = std_mpsc::channel::<Result<(), String>>();
        let address = bus.address().to_owned();
        let (stop2, calls2) = (stop.clone(), calls.clone());
        let thread = std::thread::spawn(move || {
            if let Err(e) = serve(&address, config, stop2, calls2, &ready_tx) {
                let _ = ready_tx.send(Err(e));
            }
        });
        match ready_rx.recv_timeout(HARNESS_LIMIT) {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("fake BlueZ failed to start: {e}"),
            Err(e) => panic!("fake BlueZ did not start in time: {e}"),
        }
        FakeBluez {
            stop,
            thread: Some(thread),
            calls,
        }
    }

    /// Every client call so far, e.g. `"WriteValue fcc7 len=20 type=request"`.
    pub fn calls(&self) -> Vec<String> {
        self.calls.lock().unwrap().clone()
    }
}

impl Drop for FakeBluez {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            // Bounded: a handler stuck in the simulator must not hang the test run; the
            // thread then dies with the process.
            let end = Instant::now() + HARNESS_LIMIT;
            while !t.is_finished() && Instant::now() < end {
                std::thread::sleep(Duration::from_millis(10));
            }
            if t.is_finished() {
                let _ = t.join();
            }
        }
    }
}

const ADAPTER1: &str = "org.bluez.Adapter1";
const DEVICE1: &str = "org.bluez.Device1";
const SERVICE1: &str = "org.bluez.GattService1";
const CHAR1: &str = "org.bluez.GattCharacteristic1";

/// State shared by all objects of the fake.
struct Shared {
    rt: tokio::runtime::Runtime,
    device: Arc<dyn BleCentral>,
    calls: Arc<Mutex<Vec<String>>>,
    /// Signals produced outside a method call (indications), sent by the serve loop.
    out: std_mpsc::Sender<dbus::Message>,
    state: Mutex<State>,
}

struct State {
    powered: HashMap<String, bool>,
    discovering: HashMap<String, bool>,
    devices: Vec<Dev>,
    connect_aborts: u32,
    rfkill_blocked: bool,
    read_delay: Duration,
}

struct Dev {
    advert: Advert,
    path: String,
    connectable: bool,
    /// Whether its objects are on the bus yet.
    present: bool,
    connected: bool,
    link: Option<Arc<dyn BleLink>>,
    pump: Option<tokio::task::JoinHandle<()>>,
}

impl Dev {
    fn char_path(&self, which: u16) -> String {
        format!("{}/{}", self.service_path(), char_node(which))
    }
    fn service_path(&self) -> String {
        format!("{}/service000a", self.path)
    }
}

fn char_node(which: u16) -> &'static str {
    match which {
        uuid::WRITE_16 => "char000b",
        uuid::INDICATE_16 => "char000d",
        _ => "char000f",
    }
}

/// Per-object data: which adapter/device the object belongs to.
#[derive(Clone)]
struct Obj {
    shared: Arc<Shared>,
    adapter: String,
    dev: usize,
    /// 16-bit UUID of a characteristic object; 0 otherwise.
    chr: u16,
}

impl Obj {
    fn log(&self, s: String) {
        self.shared.calls.lock().unwrap().push(s);
    }
    fn with_dev<R>(&self, f: impl FnOnce(&mut Dev) -> R) -> R {
        let mut st = self.shared.state.lock().unwrap();
        f(&mut st.devices[self.dev])
    }
}

fn changed(path: &str, iface: &str, props: PropMap) -> dbus::Message {
    PropertiesPropertiesChanged {
        interface_name: iface.into(),
        changed_properties: props,
        invalidated_properties: Vec::new(),
    }
    .to_emit_message(&Path::from(path.to_owned()))
}

fn prop(name: &str, v: impl RefArg + 'static) -> PropMap {
    let mut m = PropMap::new();
    m.insert(name.into(), Variant(Box::new(v)));
    m
}

fn failed(msg: &str) -> MethodErr {
    ("org.bluez.Error.Failed", msg).into()
}

fn dev_path(adapter: &str, address: &str) -> String {
    format!("/org/bluez/{adapter}/dev_{}", address.replace(':', "_"))
}

fn serve(
    address: &str,
    config: Config,
    stop: Arc<AtomicBool>,
    calls: Arc<Mutex<Vec<String>>>,
    ready: &std_mpsc::Sender<Result<(), String>>,
) -> Result<(), String> {
    let mut ch = Channel::open_private(address).map_err(|e| format!("open bus: {e}"))?;
    ch.register().map_err(|e| format!("register: {e}"))?;
    let conn = Connection::from(ch);
    conn.request_name("org.bluez", false, true, true)
        .map_err(|e| format!("own org.bluez: {e}"))?;

    // Multi-threaded so the simulator's own tasks keep running while this thread is
    // blocked in a D-Bus call handler.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let device = {
        let _in_rt = rt.enter();
        (config.device)()
    };
    let adapter = config
        .adapters
        .first()
        .cloned()
        .unwrap_or_else(|| "hci0".into());
    let mut devices = Vec::new();
    for (advert, connectable) in config
        .devices
        .iter()
        .map(|a| (a, true))
        .chain(config.decoys.iter().map(|a| (a, false)))
    {
        devices.push(Dev {
            advert: advert.clone(),
            path: dev_path(&adapter, &advert.address),
            connectable,
            present: false,
            connected: false,
            link: None,
            pump: None,
        });
    }
    let (out_tx, out_rx) = std_mpsc::channel();
    let shared = Arc::new(Shared {
        rt,
        device,
        calls,
        out: out_tx,
        state: Mutex::new(State {
            // A laptop's controller is normally powered; a blocked one cannot be.
            powered: config
                .adapters
                .iter()
                .map(|a| (a.clone(), !config.rfkill_blocked))
                .collect(),
            discovering: config.adapters.iter().map(|a| (a.clone(), false)).collect(),
            devices,
            connect_aborts: config.connect_aborts,
            rfkill_blocked: config.rfkill_blocked,
            read_delay: config.read_delay,
        }),
    });

    let mut cr = Crossroads::new();
    // Inserting objects later emits InterfacesAdded, as bluetoothd does for new devices.
    cr.set_object_manager_support(Some(Arc::new(OutSender(shared.out.clone()))));
    let om = cr.object_manager();
    cr.insert("/", &[om], ());
    let tokens = Tokens {
        device: register_device(&mut cr),
        service: register_service(&mut cr),
        chr: register_char(&mut cr, config.fcc8_flags.clone()),
    };
    let adapter_iface = register_adapter(&mut cr, tokens);

    for a in &config.adapters {
        let obj = Obj {
            shared: shared.clone(),
            adapter: a.clone(),
            dev: usize::MAX,
            chr: 0,
        };
        cr.insert(format!("/org/bluez/{a}"), &[adapter_iface], obj);
    }
    if !config.appear_on_discovery {
        let seed = Obj {
            shared: shared.clone(),
            adapter: adapter.clone(),
            dev: usize::MAX,
            chr: 0,
        };
        insert_devices(&mut cr, tokens, &seed);
    }

    conn.start_receive(
        MatchRule::new_method_call(),
        Box::new(move |msg, conn| {
            let _ = cr.handle_message(msg, conn);
            true
        }),
    );
    ready.send(Ok(())).map_err(|e| e.to_string())?;

    while !stop.load(Ordering::SeqCst) {
        conn.process(Duration::from_millis(10))
            .map_err(|e| format!("bus: {e}"))?;
        while let Ok(m) = out_rx.try_recv() {
            let _ = conn.send(m);
        }
    }
    // Stop the indication pumps, then let the runtime go from this plain thread (dropping
    // a runtime from one of its own tasks would panic).
    for d in shared.state.lock().unwrap().devices.iter_mut() {
        if let Some(p) = d.pump.take() {
            p.abort();
        }
    }
    drop(conn);
    drop(shared);
    Ok(())
}

/// Sends signals produced inside crossroads (InterfacesAdded) through the serve loop.
struct OutSender(std_mpsc::Sender<dbus::Message>);

impl Sender for OutSender {
    fn send(&self, msg: dbus::Message) -> Result<u32, ()> {
        self.0.send(msg).map(|_| 0).map_err(|_| ())
    }
}

#[derive(Clone, Copy)]
struct Tokens {
    device: dbus_crossroads::IfaceToken<Obj>,
    service: dbus_crossroads::IfaceToken<Obj>,
    chr: dbus_crossroads::IfaceToken<Obj>,
}

/// Puts every device not yet on the bus there (with its GATT objects if connectable).
fn insert_devices(cr: &mut Crossroads, t: Tokens, seed: &Obj) {
    let pending: Vec<(usize, String, String, bool)> = {
        let mut st = seed.shared.state.lock().unwrap();
        st.devices
            .iter_mut()
            .enumerate()
            // Devices live on the first adapter; discovery on another one hears nothing.
            .filter(|(_, d)| {
                !d.present && d.path.starts_with(&format!("/org/bluez/{}/", seed.adapter))
            })
            .map(|(i, d)| {
                d.present = true;
                (i, d.path.clone(), d.service_path(), d.connectable)
            })
            .collect()
    };
    for (i, path, service, connectable) in pending {
        let obj = Obj {
            dev: i,
            chr: 0,
            ..seed.clone()
        };
        if connectable {
            // Children first, so the device's InterfacesAdded comes when it is complete.
            for which in [uuid::WRITE_16, uuid::INDICATE_16, uuid::READ_16] {
                let o = Obj {
                    chr: which,
                    ..obj.clone()
                };
                cr.insert(format!("{service}/{}", char_node(which)), &[t.chr], o);
            }
            cr.insert(service, &[t.service], obj.clone());
        }
        cr.insert(path, &[t.device], obj);
    }
}

fn register_adapter(cr: &mut Crossroads, tokens: Tokens) -> dbus_crossroads::IfaceToken<Obj> {
    cr.register(ADAPTER1, move |b| {
        b.property::<String, _>("Address")
            .get(|_, _o: &mut Obj| Ok("00:1A:7D:DA:71:13".into()));
        b.property::<String, _>("AddressType")
            .get(|_, _: &mut Obj| Ok("public".into()));
        b.property::<String, _>("Name")
            .get(|_, o: &mut Obj| Ok(format!("fake-{}", o.adapter)));
        b.property::<String, _>("Alias")
            .get(|_, o: &mut Obj| Ok(format!("fake-{}", o.adapter)));
        b.property::<String, _>("Modalias")
            .get(|_, _: &mut Obj| Ok("usb:v1D6Bp0246d0537".into()));
        b.property::<bool, _>("Powered")
            .get(|_, o: &mut Obj| Ok(o.shared.state.lock().unwrap().powered[&o.adapter]))
            .set(|_, o: &mut Obj, v| {
                o.log(format!("SetPowered {} {v}", o.adapter));
                let mut st = o.shared.state.lock().unwrap();
                if v && st.rfkill_blocked {
                    return Err(("org.bluez.Error.Blocked", "Blocked through rfkill").into());
                }
                st.powered.insert(o.adapter.clone(), v);
                Ok(Some(v))
            });
        b.property::<bool, _>("Discovering")
            .get(|_, o: &mut Obj| Ok(o.shared.state.lock().unwrap().discovering[&o.adapter]));
        b.method(
            "SetDiscoveryFilter",
            ("filter",),
            (),
            |_, o: &mut Obj, (filter,): (PropMap,)| {
                let uuids: Vec<String> = filter
                    .get("UUIDs")
                    .and_then(|v| v.0.as_iter())
                    .map(|it| {
                        it.flat_map(|x| {
                            // a `as` inside a variant may come back nested one level
                            match x.as_str() {
                                Some(s) => vec![s.to_owned()],
                                None => x
                                    .as_iter()
                                    .map(|i| {
                                        i.filter_map(|y| y.as_str().map(String::from)).collect()
                                    })
                                    .unwrap_or_default(),
                            }
                        })
                        .collect()
                    })
                    .unwrap_or_default();
                o.log(format!(
                    "SetDiscoveryFilter {} UUIDs={}",
                    o.adapter,
                    uuids.join(",")
                ));
                Ok(())
            },
        );
        b.method_with_cr(
            "StartDiscovery",
            (),
            (),
            move |ctx: &mut Context, cr: &mut Crossroads, (): ()| {
                let o: Obj = cr
                    .data_mut::<Obj>(ctx.path())
                    .cloned()
                    .ok_or_else(|| MethodErr::no_path(ctx.path()))?;
                o.log(format!("StartDiscovery {}", o.adapter));
                if !o.shared.state.lock().unwrap().powered[&o.adapter] {
                    return Err(("org.bluez.Error.NotReady", "Resource Not Ready").into());
                }
                // The radio hears devices BlueZ did not know yet.
                insert_devices(cr, tokens, &o);
                let mut st = o.shared.state.lock().unwrap();
                st.discovering.insert(o.adapter.clone(), true);
                ctx.push_msg(changed(
                    &format!("/org/bluez/{}", o.adapter),
                    ADAPTER1,
                    prop("Discovering", true),
                ));
                // Like a radio hearing the devices again: an RSSI update per device.
                for d in &st.devices {
                    if let Some(rssi) = d.advert.rssi {
                        ctx.push_msg(changed(&d.path, DEVICE1, prop("RSSI", rssi)));
                    }
                }
                Ok(())
            },
        );
        b.method(
            "StopDiscovery",
            (),
            (),
            |ctx: &mut Context, o: &mut Obj, (): ()| {
                o.log(format!("StopDiscovery {}", o.adapter));
                let mut st = o.shared.state.lock().unwrap();
                if !st.discovering[&o.adapter] {
                    return Err(("org.bluez.Error.Failed", "No discovery started").into());
                }
                st.discovering.insert(o.adapter.clone(), false);
                ctx.push_msg(changed(
                    &format!("/org/bluez/{}", o.adapter),
                    ADAPTER1,
                    prop("Discovering", false),
                ));
                Ok(())
            },
        );
        b.method(
            "RemoveDevice",
            ("device",),
            (),
            |_, o: &mut Obj, (d,): (Path<'static>,)| {
                o.log(format!("RemoveDevice {d}"));
                Ok(())
            },
        );
    })
}

fn register_device(cr: &mut Crossroads) -> dbus_crossroads::IfaceToken<Obj> {
    cr.register(DEVICE1, |b| {
        b.property::<String, _>("Address")
            .get(|_, o: &mut Obj| Ok(o.with_dev(|d| d.advert.address.clone())));
        b.property::<String, _>("AddressType")
            .get(|_, _: &mut Obj| Ok("public".into()));
        b.property::<String, _>("Name")
            .get(|_, o: &mut Obj| Ok(o.with_dev(|d| d.advert.name.clone().unwrap_or_default())));
        b.property::<String, _>("Alias").get(|_, o: &mut Obj| {
            Ok(o.with_dev(|d| {
                d.advert
                    .name
                    .clone()
                    .unwrap_or_else(|| d.advert.address.replace(':', "-"))
            }))
        });
        b.property::<Path<'static>, _>("Adapter")
            .get(|_, o: &mut Obj| Ok(Path::from(format!("/org/bluez/{}", o.adapter))));
        // Absent for an advert without RSSI: a cached device not heard in this discovery
        // (crossroads leaves a failing property out of GetAll, as bluetoothd omits it).
        b.property::<i16, _>("RSSI").get(|_, o: &mut Obj| {
            o.with_dev(|d| d.advert.rssi).ok_or_else(|| {
                MethodErr::from((
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    "No such property 'RSSI'",
                ))
            })
        });
        b.property::<Vec<String>, _>("UUIDs")
            .get(|_, o: &mut Obj| Ok(o.with_dev(|d| d.advert.services.clone())));
        b.property::<HashMap<u16, Variant<Vec<u8>>>, _>("ManufacturerData")
            .get(|_, o: &mut Obj| {
                Ok(o.with_dev(|d| {
                    d.advert
                        .manufacturer_data
                        .iter()
                        .map(|(k, v)| (*k, Variant(v.clone())))
                        .collect()
                }))
            });
        b.property::<bool, _>("Connected")
            .get(|_, o: &mut Obj| Ok(o.with_dev(|d| d.connected)));
        b.property::<bool, _>("ServicesResolved")
            .get(|_, o: &mut Obj| Ok(o.with_dev(|d| d.connected)));
        for flag in ["Paired", "Trusted", "Blocked", "LegacyPairing", "Bonded"] {
            b.property::<bool, _>(flag).get(|_, _: &mut Obj| Ok(false));
        }
        b.method(
            "Connect",
            (),
            (),
            |ctx: &mut Context, o: &mut Obj, (): ()| {
                let (address, connectable, path, already) = o.with_dev(|d| {
                    (
                        d.advert.address.clone(),
                        d.connectable,
                        d.path.clone(),
                        d.connected,
                    )
                });
                o.log(format!("Connect {address}"));
                if already {
                    return Ok(());
                }
                if !o.shared.state.lock().unwrap().powered[&o.adapter] {
                    return Err(("org.bluez.Error.NotReady", "Resource Not Ready").into());
                }
                if !connectable {
                    return Err(
                        ("org.bluez.Error.Failed", "Software caused connection abort").into(),
                    );
                }
                {
                    let mut st = o.shared.state.lock().unwrap();
                    if st.connect_aborts > 0 {
                        st.connect_aborts -= 1;
                        return Err(failed("le-connection-abort-by-local"));
                    }
                }
                let device = o.shared.device.clone();
                let link = o
                    .shared
                    .rt
                    .block_on(async move { device.connect(&address, Duration::from_secs(5)).await })
                    .map_err(|e| failed(&format!("simulator refused the connection: {e}")))?;
                o.with_dev(|d| {
                    d.link = Some(Arc::from(link));
                    d.connected = true;
                });
                // Gotcha 3: btleplug's connect() waits for ServicesResolved.
                let mut props = prop("Connected", true);
                props.extend(prop("ServicesResolved", true));
                ctx.push_msg(changed(&path, DEVICE1, props));
                Ok(())
            },
        );
        b.method(
            "Disconnect",
            (),
            (),
            |ctx: &mut Context, o: &mut Obj, (): ()| {
                let (link, pump, path) = o.with_dev(|d| {
                    d.connected = false;
                    (d.link.take(), d.pump.take(), d.path.clone())
                });
                o.log(format!("Disconnect {path}"));
                if let Some(p) = pump {
                    p.abort();
                }
                if let Some(l) = link {
                    let _ = o.shared.rt.block_on(async move { l.disconnect().await });
                    let mut props = prop("Connected", false);
                    props.extend(prop("ServicesResolved", false));
                    ctx.push_msg(changed(&path, DEVICE1, props));
                    Ok(())
                } else {
                    Err(("org.bluez.Error.NotConnected", "Not Connected").into())
                }
            },
        );
        b.method(
            "Pair",
            (),
            (),
            |_, _: &mut Obj, (): ()| -> Result<(), MethodErr> {
                // The WeCom App never pairs (ble.md 4.2); neither may our client.
                Err((
                    "org.bluez.Error.NotSupported",
                    "fake BlueZ: pairing not supported",
                )
                    .into())
            },
        );
        b.method("CancelPairing", (), (), |_, _: &mut Obj, (): ()| Ok(()));
    })
}

fn register_service(cr: &mut Crossroads) -> dbus_crossroads::IfaceToken<Obj> {
    cr.register(SERVICE1, |b| {
        b.property::<String, _>("UUID")
            .get(|_, _: &mut Obj| Ok(uuid::SERVICE.to_owned()));
        b.property::<bool, _>("Primary")
            .get(|_, _: &mut Obj| Ok(true));
        b.property::<Path<'static>, _>("Device")
            .get(|_, o: &mut Obj| Ok(Path::from(o.with_dev(|d| d.path.clone()))));
        // Gotcha 2: an interface with properties only is introspected in an order
        // bluez-async's parser rejects on some servers; a method keeps every server safe.
        b.method("Ping", (), (), |_, _: &mut Obj, (): ()| Ok(()));
    })
}

fn register_char(cr: &mut Crossroads, fcc8_flags: Vec<String>) -> dbus_crossroads::IfaceToken<Obj> {
    cr.register(CHAR1, move |b| {
        b.property::<String, _>("UUID")
            .get(|_, o: &mut Obj| Ok(uuid::from_u16(o.chr)));
        b.property::<Path<'static>, _>("Service")
            .get(|_, o: &mut Obj| Ok(Path::from(o.with_dev(|d| d.service_path()))));
        let flags8 = fcc8_flags.clone();
        b.property::<Vec<String>, _>("Flags")
            .get(move |_, o: &mut Obj| {
                Ok(match o.chr {
                    // ble.md 1, simulator GATT: write + write-without-response on FCC7.
                    uuid::WRITE_16 => vec!["write".into(), "write-without-response".into()],
                    uuid::INDICATE_16 => flags8.clone(),
                    _ => vec!["read".into()],
                })
            });
        b.property::<Vec<u8>, _>("Value")
            .get(|_, _: &mut Obj| Ok(Vec::new()));
        b.property::<bool, _>("Notifying")
            .get(|_, o: &mut Obj| Ok(o.with_dev(|d| d.pump.is_some())));
        b.method(
            "ReadValue",
            ("options",),
            ("value",),
            |_, o: &mut Obj, (_opts,): (PropMap,)| {
                o.log(format!("ReadValue {:04x}", o.chr));
                let delay = o.shared.state.lock().unwrap().read_delay;
                std::thread::sleep(delay);
                if o.chr != uuid::READ_16 {
                    return Err(("org.bluez.Error.NotPermitted", "Read not permitted").into());
                }
                let link = o.with_dev(|d| d.link.clone()).ok_or_else(|| {
                    MethodErr::from(("org.bluez.Error.NotConnected", "Not Connected"))
                })?;
                let v = o
                    .shared
                    .rt
                    .block_on(async move { link.read_info().await })
                    .map_err(|e| failed(&e.to_string()))?;
                Ok((v,))
            },
        );
        b.method(
            "WriteValue",
            ("value", "options"),
            (),
            |_, o: &mut Obj, (value, opts): (Vec<u8>, PropMap)| {
                let kind = opts
                    .get("type")
                    .and_then(|v| v.0.as_str().map(str::to_owned))
                    .unwrap_or_else(|| "default".into());
                o.log(format!(
                    "WriteValue {:04x} len={} type={kind}",
                    o.chr,
                    value.len()
                ));
                if o.chr != uuid::WRITE_16 {
                    return Err(("org.bluez.Error.NotPermitted", "Write not permitted").into());
                }
                let frame: [u8; 20] = value.as_slice().try_into().map_err(|_| {
                    MethodErr::from(("org.bluez.Error.InvalidValueLength", "Invalid Length"))
                })?;
                let link = o.with_dev(|d| d.link.clone()).ok_or_else(|| {
                    MethodErr::from(("org.bluez.Error.NotConnected", "Not Connected"))
                })?;
                o.shared
                    .rt
                    .block_on(async move { link.write_frame(frame).await })
                    .map_err(|e| failed(&e.to_string()))?;
                Ok(())
            },
        );
        b.method("StartNotify", (), (), |_, o: &mut Obj, (): ()| {
            o.log(format!("StartNotify {:04x}", o.chr));
            if o.chr != uuid::INDICATE_16 {
                return Err(("org.bluez.Error.NotSupported", "Notify not supported").into());
            }
            let (link, path) = o.with_dev(|d| (d.link.clone(), d.char_path(uuid::INDICATE_16)));
            let link = link.ok_or_else(|| {
                MethodErr::from(("org.bluez.Error.NotConnected", "Not Connected"))
            })?;
            if o.with_dev(|d| d.pump.is_some()) {
                return Ok(()); // BlueZ: a second StartNotify of the same client is a no-op
            }
            // BlueZ confirms indications itself and turns each into PropertiesChanged(Value).
            // (The task holds no `Obj`: a task owning the runtime's owner would be a cycle.)
            let out = o.shared.out.clone();
            let dev_path = o.with_dev(|d| d.path.clone());
            let pump = o.shared.rt.spawn(async move {
                while let Ok(v) = link.next_indication().await {
                    if out.send(changed(&path, CHAR1, prop("Value", v))).is_err() {
                        return;
                    }
                }
                // The device side closed the link: what BlueZ reports when the peer leaves.
                let mut props = prop("Connected", false);
                props.extend(prop("ServicesResolved", false));
                let _ = out.send(changed(&dev_path, DEVICE1, props));
            });
            o.with_dev(|d| d.pump = Some(pump));
            Ok(())
        });
        b.method("StopNotify", (), (), |_, o: &mut Obj, (): ()| {
            o.log(format!("StopNotify {:04x}", o.chr));
            match o.with_dev(|d| d.pump.take()) {
                Some(p) => {
                    p.abort();
                    Ok(())
                }
                None => Err(failed("No notify session started")),
            }
        });
    })
}
