//! An in-process WeCom BLE device (`ble.md` section 9) behind [`BleCentral`]/[`BleLink`],
//! with fault injection, so the client and the CLI run end to end without a radio.
//!
//! The device logic ([`Device`]) is synchronous: a phone write goes in, indications come
//! out. [`SimLink`] only queues those indications for [`BleLink::next_indication`].

use super::transport::{Advert, BleCentral, BleLink, FRAME_LEN, LinkError, uuid};
use crate::core::ble::advert::{self, EdLayout, Kind, WecomAdvert};
use crate::core::ble::command::{self, HelloReply, Status, WifiListIds};
use crate::core::ble::frame::{self, Packet, Reassembler};
use crate::core::ble::info;
use crate::core::ble::signer::{DefaultSigner, SignRequest};
use crate::core::secret::Secret;
use async_trait::async_trait;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

/// Faults a technician meets in the field (`--sim-fault`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Faults {
    /// Lose the N-th frame the phone writes (1-based), as a radio drop would.
    pub drop_chunk: Option<u32>,
    /// Send every packet with `bVer` 0x02 (the phone must drop them).
    pub wrong_version: bool,
    /// Never send anything (no 10001 after indications are enabled).
    pub silent: bool,
    /// Close the link after our 20001, as a device that rejects the signature would.
    pub reject_signature: bool,
    /// Report `wifi_connected: false` after 30003.
    pub wifi_fail: bool,
    /// Omit `wifi_connected` from the 10004 report (the App's error −6).
    pub no_wifi_connected: bool,
    /// Indicate a few garbage bytes before every packet.
    pub garbage: bool,
    /// Indicate packets in short unpadded pieces instead of padded 20-byte frames.
    pub short_indications: bool,
    /// FCC9 reports protocol version 1 (no 30004 status command).
    pub version1: bool,
    /// The first N connection attempts fail with a transient error.
    pub connect_transient: u32,
    /// The device does not answer the Wi-Fi list request.
    pub no_wifi_list: bool,
    /// Indicate a header with an impossible `nLength` (0xFFFF) before every packet.
    pub oversize: bool,
    /// After its current 0xED advertisement, replay an older one (lower nonce), as a
    /// recorded-and-replayed check-in signal would look.
    pub replay: bool,
    /// Take this many seconds to join the Wi-Fi before reporting (10004).
    pub slow_wifi: Option<u32>,
}

impl Faults {
    /// Names accepted by [`Faults::apply`], for `--help`.
    pub const NAMES: &'static str = "drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay";

    /// Applies one `NAME[=N]` fault.
    pub fn apply(&mut self, spec: &str) -> Result<(), String> {
        let (name, arg) = match spec.split_once('=') {
            Some((n, a)) => (
                n,
                Some(
                    a.parse::<u32>()
                        .map_err(|_| crate::fl!("ble-sim-fault-number", spec = spec, value = a))?,
                ),
            ),
            None => (spec, None),
        };
        match name {
            "drop-chunk" => self.drop_chunk = Some(arg.unwrap_or(2)),
            "wrong-version" => self.wrong_version = true,
            "silent" => self.silent = true,
            "reject-signature" => self.reject_signature = true,
            "wifi-fail" => self.wifi_fail = true,
            "no-wifi-connected" => self.no_wifi_connected = true,
            "garbage" => self.garbage = true,
            "short-indications" => self.short_indications = true,
            "version1" => self.version1 = true,
            "connect-transient" => self.connect_transient = arg.unwrap_or(1),
            "no-wifi-list" => self.no_wifi_list = true,
            "oversize" => self.oversize = true,
            "replay" => self.replay = true,
            "slow-wifi" => self.slow_wifi = Some(arg.unwrap_or(5)),
            _ => {
                return Err(crate::fl!(
                    "ble-sim-fault-unknown",
                    name = name,
                    known = Self::NAMES
                ));
            }
        }
        Ok(())
    }
}

/// How the simulated device checks the phone's 20001 signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Verify {
    /// Accept anything (the default: real signatures need WeCom's backend).
    #[default]
    AcceptAny,
    /// Our documented default scheme with the configured SecretNo.
    Default,
}

/// The simulated device.
#[derive(Debug, Clone)]
pub struct SimConfig {
    pub address: String,
    pub name: Option<String>,
    pub rssi: i16,
    pub sn: String,
    pub device_id: u64,
    /// SecretNo: seeds the 0xED sign and our default handshake scheme.
    pub secret: Secret,
    pub company_id: u16,
    pub advert_kind: Kind,
    pub bound: bool,
    pub battery_low: bool,
    pub nonce: u32,
    pub ed_layout: EdLayout,
    pub mac: [u8; 6],
    pub scene: String,
    pub verify: Verify,
    pub wifi_ids: WifiListIds,
    /// Also report two unrelated peripherals (one with 0xFCE7 but foreign data), which the
    /// scanner must filter out (`ble.md` 1, BlueZ merges filters).
    pub neighbours: bool,
    pub faults: Faults,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            address: "11:22:33:44:55:66".into(),
            name: Some("WeComSim".into()),
            rssi: -52,
            sn: "SN0001".into(),
            device_id: 12345,
            secret: Secret::new("secretNo").expect("constant"),
            company_id: advert::DEFAULT_COMPANY_ID,
            advert_kind: Kind::Ee,
            bound: false,
            battery_low: false,
            nonce: 42,
            ed_layout: EdLayout::default(),
            mac: [0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF],
            scene: "1".into(),
            verify: Verify::AcceptAny,
            wifi_ids: WifiListIds::default(),
            neighbours: true,
            faults: Faults::default(),
        }
    }
}

impl SimConfig {
    /// The manufacturer-data value the device advertises.
    pub fn advert_value(&self) -> Vec<u8> {
        let a = match self.advert_kind {
            Kind::Ee => WecomAdvert {
                kind: Kind::Ee,
                company_id: self.company_id,
                // 0xEE status: 1 bound, 2 unbound (the Doc's fixed value).
                status: if self.bound { 1 } else { 2 },
                device_id: self.device_id,
                sign: [0; 8],
                nonce: None,
            },
            Kind::Ed => WecomAdvert {
                kind: Kind::Ed,
                company_id: self.company_id,
                status: advert::ed_status(self.bound, self.battery_low),
                device_id: self.device_id,
                sign: advert::ed_sign(self.secret.expose(), self.nonce, self.ed_layout.sign_order),
                nonce: Some(self.nonce),
            },
        };
        a.encode(&self.ed_layout)
    }

    pub fn advert(&self) -> Advert {
        Advert {
            address: self.address.clone(),
            name: self.name.clone(),
            rssi: Some(self.rssi),
            services: vec![uuid::SERVICE.into()],
            manufacturer_data: vec![(self.company_id, self.advert_value())],
        }
    }

    fn mac_text(&self) -> String {
        self.mac.iter().map(|b| format!("{b:02X}")).collect()
    }
}

/// The device side of one connection: reassembles writes, answers with indications.
pub struct Device {
    cfg: Arc<SimConfig>,
    rx: Reassembler,
    frames_seen: u32,
    seq: u16,
    client_nonce: String,
    handshaken: bool,
    wifi_name: String,
    wifi_connected: bool,
    /// Set when the device hangs up.
    pub closed: bool,
    /// Indications to send only after this delay (a slow Wi-Fi join).
    pub delayed: Option<(Duration, Vec<Vec<u8>>)>,
}

impl Device {
    pub fn new(cfg: Arc<SimConfig>) -> Device {
        Device {
            cfg,
            rx: Reassembler::default(),
            frames_seen: 0,
            seq: 0,
            client_nonce: rand::random::<u64>().to_string(),
            handshaken: false,
            wifi_name: String::new(),
            wifi_connected: false,
            closed: false,
            delayed: None,
        }
    }

    /// Indications are enabled: start the handshake with 10001.
    pub fn on_subscribe(&mut self) -> Vec<Vec<u8>> {
        let body = command::to_body(&command::Hello {
            sn: self.cfg.sn.clone(),
            client_nonce: self.client_nonce.clone(),
            scene: self.cfg.scene.clone(),
        });
        let seq = self.next_seq();
        self.indicate(Packet::new(command::HELLO, seq, body))
    }

    fn next_seq(&mut self) -> u16 {
        self.seq = self.seq.wrapping_add(1);
        self.seq
    }

    /// Turns a packet into what goes over FCC8, applying the indication faults.
    fn indicate(&self, p: Packet) -> Vec<Vec<u8>> {
        let f = &self.cfg.faults;
        if f.silent {
            return Vec::new();
        }
        let bytes = p
            .encode_with_version(if f.wrong_version {
                0x02
            } else {
                frame::VERSION
            })
            .expect("small packets");
        let mut out = Vec::new();
        if f.garbage {
            out.push(vec![0x00, 0x42, 0x13, 0x37, 0x7B]);
        }
        if f.oversize {
            // bMagic, bVer 1, nLength 0xFFFF: the phone must skip it, not wait for 64 KiB.
            out.push(vec![0xFE, 0x01, 0xFF, 0xFF, 0x27, 0x14, 0x00, 0x00, 0x00]);
        }
        if f.short_indications {
            out.extend(bytes.chunks(7).map(<[u8]>::to_vec));
        } else {
            out.extend(frame::fragment(&bytes).iter().map(|fr| fr.to_vec()));
        }
        out
    }

    /// One phone write to FCC7.
    pub fn on_write(&mut self, frame: &[u8]) -> Vec<Vec<u8>> {
        self.frames_seen += 1;
        if self.cfg.faults.drop_chunk == Some(self.frames_seen) || self.closed {
            return Vec::new();
        }
        let mut out = Vec::new();
        for p in self.rx.push(frame, 0) {
            out.extend(self.on_packet(p));
        }
        out
    }

    fn on_packet(&mut self, p: Packet) -> Vec<Vec<u8>> {
        let cfg = self.cfg.clone();
        match p.cmd {
            command::HELLO_REPLY => {
                let Ok(reply) = HelloReply::parse(&p.body) else {
                    return Vec::new();
                };
                let req = SignRequest {
                    sn: cfg.sn.clone(),
                    client_nonce: self.client_nonce.clone(),
                    scene: cfg.scene.clone(),
                    server_nonce: reply.server_nonce.clone(),
                };
                let genuine = match cfg.verify {
                    Verify::AcceptAny => true,
                    Verify::Default => {
                        DefaultSigner::server_signature(&cfg.secret, &req) == reply.signature
                    }
                };
                if cfg.faults.reject_signature || !genuine {
                    self.closed = true;
                    return Vec::new();
                }
                let signature =
                    DefaultSigner::device_signature(&cfg.secret, &cfg.sn, &reply.server_nonce);
                let seq = self.next_seq();
                self.indicate(Packet::new(
                    command::CONFIRM,
                    seq,
                    command::to_body(&command::Confirm { signature }),
                ))
            }
            command::CONFIRM_REPLY => {
                self.handshaken = true;
                Vec::new()
            }
            command::GET_STATUS if self.handshaken => {
                let st = Status {
                    mac_address: Some(cfg.mac_text()),
                    wifi_name: Some(self.wifi_name.clone()),
                    wifi_connected: self.wifi_connected,
                };
                self.indicate(Packet::new(command::REPORT, p.seq, st.body()))
            }
            command::SET_WIFI if self.handshaken => {
                let v: serde_json::Value = serde_json::from_slice(&p.body).unwrap_or_default();
                self.wifi_name = v["ssid"].as_str().unwrap_or("").to_owned();
                self.wifi_connected = !cfg.faults.wifi_fail;
                let body = if cfg.faults.no_wifi_connected {
                    serde_json::to_vec(&serde_json::json!({"wifi_name": self.wifi_name}))
                        .expect("JSON")
                } else {
                    Status {
                        mac_address: Some(cfg.mac_text()),
                        wifi_name: Some(self.wifi_name.clone()),
                        wifi_connected: self.wifi_connected,
                    }
                    .body()
                };
                let seq = self.next_seq();
                let out = self.indicate(Packet::new(command::REPORT, seq, body));
                match cfg.faults.slow_wifi {
                    Some(secs) => {
                        self.delayed = Some((Duration::from_secs(secs.into()), out));
                        Vec::new()
                    }
                    None => out,
                }
            }
            c if c == cfg.wifi_ids.request && self.handshaken && !cfg.faults.no_wifi_list => {
                let body = serde_json::json!({"wifi_list": [
                    {"ssid": "TestAP", "rssi": -48, "security": "WPA2"},
                    {"ssid": "Guest", "rssi": -71, "security": "None"},
                ]});
                self.indicate(Packet::new(
                    cfg.wifi_ids.answer,
                    p.seq,
                    serde_json::to_vec(&body).expect("JSON"),
                ))
            }
            // Unknown commands (and pushes before the handshake): ignored, as ble.md 9 says.
            _ => Vec::new(),
        }
    }

    /// The FCC9 value.
    pub fn info(&self) -> [u8; 8] {
        info::encode(self.cfg.mac, if self.cfg.faults.version1 { 1 } else { 2 })
    }
}

/// The simulator's central: one WeCom device (plus neighbours) in range.
pub struct SimCentral {
    cfg: Arc<SimConfig>,
    connect_attempts: AtomicU32,
}

impl SimCentral {
    pub fn new(cfg: SimConfig) -> SimCentral {
        SimCentral {
            cfg: Arc::new(cfg),
            connect_attempts: AtomicU32::new(0),
        }
    }

    fn sightings(&self) -> Vec<Advert> {
        let mut v = vec![self.cfg.advert()];
        if self.cfg.faults.replay && self.cfg.nonce > 0 {
            let older = SimConfig {
                nonce: self.cfg.nonce - 1,
                ..(*self.cfg).clone()
            };
            v.push(older.advert());
        }
        if self.cfg.neighbours {
            // Advertises 0xFCE7 (a SIG member UUID of another company) without WeCom data.
            v.push(Advert {
                address: "C0:FF:EE:00:00:01".into(),
                name: Some("DoorLock".into()),
                rssi: Some(-40),
                services: vec![uuid::SERVICE.into()],
                manufacturer_data: vec![(0x0A2B, vec![0x01, 0x02, 0x03])],
            });
            // WeCom-looking data but no 0xFCE7 in the service list.
            v.push(Advert {
                address: "C0:FF:EE:00:00:02".into(),
                name: None,
                rssi: Some(-60),
                services: vec![uuid::from_u16(0x180F)],
                manufacturer_data: vec![(0xFFFF, self.cfg.advert_value())],
            });
        }
        v
    }
}

#[async_trait]
impl BleCentral for SimCentral {
    async fn scan(
        &self,
        timeout: Duration,
        sink: UnboundedSender<Advert>,
    ) -> Result<(), LinkError> {
        for a in self.sightings() {
            if sink.send(a).is_err() {
                return Ok(());
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(timeout) => {}
            _ = sink.closed() => {}
        }
        Ok(())
    }

    async fn connect(
        &self,
        address: &str,
        _timeout: Duration,
    ) -> Result<Box<dyn BleLink>, LinkError> {
        if !address.eq_ignore_ascii_case(&self.cfg.address) {
            return Err(LinkError::SimOutOfRange {
                address: address.to_owned(),
                sim: self.cfg.address.clone(),
            });
        }
        let n = self.connect_attempts.fetch_add(1, Ordering::SeqCst);
        if n < self.cfg.faults.connect_transient {
            return Err(LinkError::Transient(
                "le-connection-abort-by-local (simulated)".into(),
            ));
        }
        let (tx, rx) = unbounded_channel();
        let mut device = Device::new(self.cfg.clone());
        // connect() subscribes to FCC8 before returning, so the 10001 is already queued.
        for ind in device.on_subscribe() {
            let _ = tx.send(ind);
        }
        Ok(Box::new(SimLink {
            device: Mutex::new(device),
            tx: Mutex::new(Some(tx)),
            rx: tokio::sync::Mutex::new(rx),
        }))
    }
}

/// One connection to the simulated device.
pub struct SimLink {
    device: Mutex<Device>,
    /// Dropped when the device hangs up, so the indication stream ends.
    tx: Mutex<Option<UnboundedSender<Vec<u8>>>>,
    rx: tokio::sync::Mutex<UnboundedReceiver<Vec<u8>>>,
}

impl SimLink {
    fn hang_up(&self) {
        self.tx.lock().expect("not poisoned").take();
    }
}

#[async_trait]
impl BleLink for SimLink {
    async fn write_frame(&self, frame: [u8; FRAME_LEN]) -> Result<(), LinkError> {
        let (out, closed, delayed) = {
            let mut d = self.device.lock().expect("not poisoned");
            if d.closed {
                return Err(LinkError::Disconnected);
            }
            let out = d.on_write(&frame);
            (out, d.closed, d.delayed.take())
        };
        let tx = self.tx.lock().expect("not poisoned").clone();
        match tx {
            Some(tx) => {
                out.into_iter().for_each(|i| drop(tx.send(i)));
                if let Some((after, later)) = delayed {
                    // The device keeps answering other commands while it joins the network.
                    tokio::spawn(async move {
                        tokio::time::sleep(after).await;
                        later.into_iter().for_each(|i| drop(tx.send(i)));
                    });
                }
            }
            None => return Err(LinkError::Disconnected),
        }
        if closed {
            self.hang_up();
        }
        Ok(())
    }

    async fn next_indication(&self) -> Result<Vec<u8>, LinkError> {
        // `recv` is cancel-safe; holding the async mutex across it is fine (one reader).
        self.rx
            .lock()
            .await
            .recv()
            .await
            .ok_or(LinkError::Disconnected)
    }

    async fn read_info(&self) -> Result<Vec<u8>, LinkError> {
        let d = self.device.lock().expect("not poisoned");
        if d.closed {
            return Err(LinkError::Disconnected);
        }
        Ok(d.info().to_vec())
    }

    async fn disconnect(&self) -> Result<(), LinkError> {
        self.device.lock().expect("not poisoned").closed = true;
        self.hang_up();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ble::advert::{BindState, SignCheck, SignOrder};

    #[test]
    fn adverts_decode_with_the_core_decoder() {
        let cfg = SimConfig {
            advert_kind: Kind::Ed,
            bound: true,
            battery_low: true,
            ..SimConfig::default()
        };
        let a = advert::decode(&cfg.advert().manufacturer_data, &EdLayout::default()).unwrap();
        assert_eq!(
            (a.device_id, a.bind(), a.battery_low()),
            (12345, BindState::Bound, Some(true))
        );
        assert_eq!(
            advert::check_sign(&a, "secretNo", &[SignOrder::Digest]),
            SignCheck::Ok(SignOrder::Digest)
        );
    }

    #[test]
    fn faults_parse_and_unknown_names_are_refused() {
        let mut f = Faults::default();
        f.apply("drop-chunk=3").unwrap();
        f.apply("wifi-fail").unwrap();
        assert_eq!((f.drop_chunk, f.wifi_fail), (Some(3), true));
        assert!(f.apply("explode").unwrap_err().contains("known:"));
        assert!(f.apply("drop-chunk=x").is_err());
    }

    #[tokio::test]
    async fn link_hangs_up_after_rejecting_the_signature() {
        let cfg = SimConfig {
            faults: Faults {
                reject_signature: true,
                ..Faults::default()
            },
            ..SimConfig::default()
        };
        let c = SimCentral::new(cfg);
        let link = c
            .connect("11:22:33:44:55:66", Duration::from_secs(1))
            .await
            .unwrap();
        let first = link.next_indication().await.unwrap();
        assert_eq!(&first[..2], &[0xFE, 0x01]);
        for f in Packet::new(
            20001,
            1,
            command::to_body(&HelloReply::ok("1".into(), "x".into())),
        )
        .frames()
        .unwrap()
        {
            link.write_frame(f).await.unwrap();
        }
        // Drain the rest of 10001, then the stream ends.
        let mut n = 0;
        while link.next_indication().await.is_ok() {
            n += 1;
            assert!(n < 10);
        }
        assert_eq!(
            link.write_frame([0; 20]).await,
            Err(LinkError::Disconnected)
        );
    }
}
