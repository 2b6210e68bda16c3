//! The two sans-IO wss state machines talking to each other in memory: the device
//! (`src/core/wss/client.rs`) and the cloud emulator (`src/core/wss/cloud/`). The input is
//! a script of network events, so the fuzzer reaches deep states (registered, bound,
//! online) and then attacks them: messages delivered, dropped, duplicated, bit-flipped or
//! replaced by arbitrary text/binary in either direction, time jumps, reconnects, operator
//! actions (bind, unbind, push, expire, reset) and user calls.
//!
//! Invariants: no panic; no unbounded growth (queues and per-event output stay small);
//! timers always move forward (no busy loop); a device that says it is online holds a
//! secret; the cloud never keeps more connections than were opened.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::VecDeque;
use std::time::{Duration, Instant};
use wecom_hw::core::secret::Secret;
use wecom_hw::core::wss::client::{Action, Call, Config, Device, Event, Persisted, State};
use wecom_hw::core::wss::cloud::{self, Admin, Cloud, ConnId, DeviceRecord, Outbound, Snapshot};
use wecom_hw::core::wss::messages::Command;

const T0: u64 = 1_700_000_000;
const SECRET_NO: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
const SEED: &str = "dbd7f84e64ec64708df6df39aadfb039";
/// Far more than any legitimate exchange needs; reaching it means something grows unbounded.
const MAX_QUEUE: usize = 1_000;
const MAX_ACTIONS_PER_EVENT: usize = 200;

#[derive(Clone)]
enum Msg {
    Text(String),
    Binary(Vec<u8>),
}

struct World {
    d: Device,
    c: Cloud,
    sn: &'static str,
    t0: Instant,
    now: Instant,
    conn: Option<ConnId>,
    opened: usize,
    want_connect: bool,
    to_cloud: VecDeque<Msg>,
    to_device: VecDeque<Msg>,
    next_call: u64,
}

impl World {
    fn new(seeded: bool) -> World {
        let mut c = Cloud::new(
            cloud::Config {
                rng_seed: Some(7),
                ..cloud::Config::default()
            },
            Snapshot::default(),
        );
        c.load_devices(vec![
            DeviceRecord::plain("E30000000001", SECRET_NO),
            DeviceRecord::seeded("S1", SEED),
        ]);
        let (sn, secret) = if seeded {
            ("S1", SEED)
        } else {
            ("E30000000001", SECRET_NO)
        };
        let cfg = Config::new(sn, Secret::new(secret).expect("valid secret"), seeded);
        let t0 = Instant::now();
        let d = Device::new(cfg, Persisted::default(), (t0, T0), 42);
        let mut w = World {
            d,
            c,
            sn,
            t0,
            now: t0,
            conn: None,
            opened: 0,
            want_connect: false,
            to_cloud: VecDeque::new(),
            to_device: VecDeque::new(),
            next_call: 0,
        };
        w.pump_device();
        w
    }

    fn cloud_now(&self) -> u64 {
        T0 + (self.now - self.t0).as_secs()
    }

    fn pump_device(&mut self) {
        let mut n = 0;
        while let Some(a) = self.d.poll_action() {
            n += 1;
            assert!(
                n <= MAX_ACTIONS_PER_EVENT,
                "device produced over {MAX_ACTIONS_PER_EVENT} actions"
            );
            match a {
                Action::Connect { .. } => self.want_connect = true,
                Action::SendText(t) => self.to_cloud.push_back(Msg::Text(t)),
                Action::SendBinary(b) => self.to_cloud.push_back(Msg::Binary(b)),
                Action::Persist(_) | Action::Emit(_) => {}
                Action::Close => {
                    if let Some(conn) = self.conn.take() {
                        let now = self.cloud_now();
                        self.c.handle_event(cloud::Event::Closed(conn), now);
                        self.cloud_actions();
                    }
                    self.to_cloud.clear();
                    self.to_device.clear();
                }
            }
        }
        if self.d.state() == State::Online {
            assert!(
                self.d.persisted().secret.is_some(),
                "online without a secret"
            );
        }
        assert!(
            self.to_cloud.len() < MAX_QUEUE,
            "device → cloud queue grows unbounded"
        );
    }

    /// Carries out what the cloud queued, as its driver does.
    fn cloud_actions(&mut self) {
        let acts: Vec<cloud::Action> = std::iter::from_fn(|| self.c.poll_action()).collect();
        assert!(
            acts.len() <= MAX_ACTIONS_PER_EVENT,
            "cloud produced {} actions",
            acts.len()
        );
        for a in acts {
            if let cloud::Action::Send { conn, msg, .. } = a {
                if Some(conn) != self.conn {
                    continue;
                }
                self.deliver(msg);
            }
        }
        assert!(
            self.to_device.len() < MAX_QUEUE,
            "cloud → device queue grows unbounded"
        );
        assert!(
            self.c.connection_count() <= self.opened,
            "cloud keeps phantom connections"
        );
    }

    /// What the WebSocket layer hands the device for one cloud frame. The adversarial
    /// frames are reduced to what that layer makes of them: invalid UTF-8 closes the
    /// connection (RFC 6455 8.1), fragments arrive whole, pings never reach the machine,
    /// a held reply arrives (order is not modelled here).
    fn deliver(&mut self, msg: Outbound) {
        match msg {
            Outbound::Text(t) => self.to_device.push_back(Msg::Text(t)),
            Outbound::Binary(b) | Outbound::Fragmented(b) => {
                self.to_device.push_back(Msg::Binary(b))
            }
            Outbound::RawText(b) => match String::from_utf8(b) {
                Ok(t) => self.to_device.push_back(Msg::Text(t)),
                Err(_) => self.network_close("invalid UTF-8 text frame"),
            },
            Outbound::PingFlood(_) => {}
            Outbound::Held(inner) => self.deliver(*inner),
            Outbound::Close => self.network_close("cloud closed"),
        }
    }

    fn event(&mut self, e: Event) {
        self.d.handle_event(e, self.now);
        self.pump_device();
    }

    fn deliver_to_cloud(&mut self, m: Msg) {
        let Some(conn) = self.conn else { return };
        let now = self.cloud_now();
        let ev = match &m {
            Msg::Text(t) => cloud::Event::Text { conn, text: t },
            Msg::Binary(b) => cloud::Event::Binary { conn, data: b },
        };
        self.c.handle_event(ev, now);
        self.cloud_actions();
    }

    fn deliver_to_device(&mut self, m: Msg) {
        if self.conn.is_none() {
            return;
        }
        match m {
            Msg::Text(t) => self.event(Event::Text(t)),
            Msg::Binary(b) => self.event(Event::Binary(b)),
        }
    }

    fn network_close(&mut self, why: &str) {
        if let Some(conn) = self.conn.take() {
            let now = self.cloud_now();
            self.c.handle_event(cloud::Event::Closed(conn), now);
            self.to_cloud.clear();
            self.to_device.clear();
            self.cloud_actions();
            self.event(Event::Closed(why.into()));
        }
    }

    fn connect(&mut self, ok: bool) {
        if !self.want_connect || self.conn.is_some() {
            return;
        }
        self.want_connect = false;
        if ok {
            self.conn = Some(self.c.connect());
            self.opened += 1;
            self.cloud_actions();
            self.event(Event::Connected);
        } else {
            self.event(Event::ConnectFailed("refused".into()));
        }
    }

    /// Moves the clock forward, firing every device timer on the way in order.
    fn advance(&mut self, by: Duration) {
        let target = self.now + by;
        let mut fired = 0;
        while let Some(t) = self.d.next_timeout().filter(|t| *t <= target) {
            fired += 1;
            assert!(fired < 10_000, "device timers do not move forward");
            self.now = self.now.max(t);
            self.d.handle_timeout(self.now);
            self.pump_device();
        }
        self.now = target;
    }

    fn admin(&mut self, a: Admin) {
        let now = self.cloud_now();
        // A refused action queues nothing.
        let _ = self.c.admin(a, now);
        self.cloud_actions();
    }

    /// Delivers everything in flight, a bounded number of rounds.
    fn settle(&mut self) {
        for _ in 0..50 {
            if let Some(m) = self.to_cloud.pop_front() {
                self.deliver_to_cloud(m);
            } else if let Some(m) = self.to_device.pop_front() {
                self.deliver_to_device(m);
            } else {
                break;
            }
        }
    }
}

fn flip(m: &mut Msg, pos: u8, val: u8) {
    match m {
        Msg::Text(t) => {
            let mut b = std::mem::take(t).into_bytes();
            if !b.is_empty() {
                let i = pos as usize % b.len();
                b[i] ^= val;
            }
            *t = String::from_utf8_lossy(&b).into_owned();
        }
        Msg::Binary(b) => {
            if !b.is_empty() {
                let i = pos as usize % b.len();
                b[i] ^= val;
            }
        }
    }
}

/// A byte reader over the script.
struct Script<'a>(&'a [u8]);

impl<'a> Script<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(b)
    }
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.byte()? as usize;
        let (b, rest) = self.0.split_at(n.min(self.0.len()));
        self.0 = rest;
        Some(b)
    }
}

fuzz_target!(|data: &[u8]| {
    let mut s = Script(data);
    let Some(first) = s.byte() else { return };
    let mut w = World::new(first & 1 != 0);
    let mut steps = 0;
    while let Some(op) = s.byte() {
        steps += 1;
        if steps > 400 {
            break;
        }
        match op % 20 {
            0 => {
                if let Some(m) = w.to_cloud.pop_front() {
                    w.deliver_to_cloud(m);
                }
            }
            1 => {
                if let Some(m) = w.to_device.pop_front() {
                    w.deliver_to_device(m);
                }
            }
            2 | 3 => {
                let (Some(pos), Some(val)) = (s.byte(), s.byte()) else {
                    break;
                };
                let q = if op % 20 == 2 {
                    &mut w.to_cloud
                } else {
                    &mut w.to_device
                };
                if let Some(mut m) = q.pop_front() {
                    flip(&mut m, pos, val);
                    if op % 20 == 2 {
                        w.deliver_to_cloud(m)
                    } else {
                        w.deliver_to_device(m)
                    }
                }
            }
            4 | 5 => {
                let Some(b) = s.bytes() else { break };
                let m = Msg::Text(String::from_utf8_lossy(b).into_owned());
                if op % 20 == 4 {
                    w.deliver_to_cloud(m)
                } else {
                    w.deliver_to_device(m)
                }
            }
            6 | 7 => {
                let Some(b) = s.bytes() else { break };
                let m = Msg::Binary(b.to_vec());
                if op % 20 == 6 {
                    w.deliver_to_cloud(m)
                } else {
                    w.deliver_to_device(m)
                }
            }
            8 => {
                let Some(b) = s.byte() else { break };
                // Up to ~17 minutes: long enough to cross every timer and code validity.
                w.advance(Duration::from_millis(u64::from(b) * u64::from(b) * 16));
            }
            9 => w.connect(true),
            10 => w.connect(false),
            11 => w.network_close("network lost"),
            12 => {
                w.to_cloud.pop_front();
            }
            13 => {
                if let Some(m) = w.to_device.front().cloned() {
                    w.to_device.push_back(m);
                }
            }
            14 => {
                let sn = w.sn.to_owned();
                w.admin(Admin::Bind { sn, corp: None });
            }
            15 => {
                let Some(b) = s.bytes() else { break };
                let sn = w.sn.to_owned();
                let body = serde_json::from_slice(b).ok();
                w.admin(Admin::Push {
                    sn,
                    cmd: "push_user_scan".into(),
                    body,
                });
            }
            16 => {
                let Some(b) = s.byte() else { break };
                let sn = w.sn.to_owned();
                w.admin(match b % 4 {
                    0 => Admin::Unbind { sn },
                    1 => Admin::ResetSecretNo { sn },
                    2 => Admin::Expire { sn, expired: true },
                    _ => Admin::SetClockSkew {
                        secs: i64::from(b as i8) * 60,
                    },
                });
            }
            17 => {
                let Some(b) = s.bytes() else { break };
                w.next_call += 1;
                let call = match b.first().map(|x| x % 4) {
                    Some(0) => Call::UploadLog(b.to_vec()),
                    Some(1) => Call::Command(Command::GenLoginQrcode {
                        state: String::from_utf8_lossy(b).into_owned(),
                    }),
                    Some(2) => Call::Command(Command::GetCorpInfo),
                    _ => Call::Command(Command::GetFirmwareInfo),
                };
                let id = w.next_call;
                w.event(Event::Call { id, call });
            }
            18 => w.event(Event::Shutdown),
            _ => {
                w.connect(true);
                w.settle();
            }
        }
    }
});
