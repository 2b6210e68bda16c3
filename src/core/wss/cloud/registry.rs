//! The per-SN registry of `wss.md` 11.2: what the cloud knows of each device, the
//! published firmware, and what survives a restart.

use super::{Action, B64URL, Cloud, random_text};
use crate::core::identity::sn_key;
use serde::{Deserialize, Serialize};

/// A device as the cloud knows it (11.2). Persisted, secrets included, in a 0600 file.
/// `Debug` shows fingerprints, never the credentials.
#[derive(Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeviceRecord {
    pub sn: String,
    #[serde(default)]
    pub seed_mode: bool,
    /// The model's shared seed (seed models only).
    #[serde(default)]
    pub seed_secret_no: Option<String>,
    /// Factory SecretNo, or the one generated at the seed exchange.
    #[serde(default)]
    pub secret_no: Option<String>,
    #[serde(default)]
    pub exchanged: bool,
    #[serde(default)]
    pub registered: bool,
    #[serde(default)]
    pub active_code: Option<String>,
    #[serde(default)]
    pub bound_corp: Option<String>,
    #[serde(default)]
    pub secret: Option<String>,
    /// Code inside the static login QR; valid until the device is bound to another corp.
    #[serde(default)]
    pub login_code: Option<String>,
    #[serde(default)]
    pub expired: bool,
    /// Firmware version reported by the last `subscribe_corp`.
    #[serde(default)]
    pub firmware_version: Option<String>,
    /// `active` polls answered "unbound" since the last bind (for `--auto-bind-after`).
    #[serde(skip)]
    pub polls: u32,
}

impl std::fmt::Debug for DeviceRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fp = |v: &Option<String>| v.as_deref().map(crate::core::secret::fingerprint);
        f.debug_struct("DeviceRecord")
            .field("sn", &self.sn)
            .field("seed_mode", &self.seed_mode)
            .field("seed_secret_no", &fp(&self.seed_secret_no))
            .field("secret_no", &fp(&self.secret_no))
            .field("exchanged", &self.exchanged)
            .field("registered", &self.registered)
            .field("active_code", &fp(&self.active_code))
            .field("bound_corp", &self.bound_corp)
            .field("secret", &fp(&self.secret))
            .field("login_code", &fp(&self.login_code))
            .field("expired", &self.expired)
            .field("firmware_version", &self.firmware_version)
            .field("polls", &self.polls)
            .finish()
    }
}

impl DeviceRecord {
    /// A device with its own factory SecretNo.
    pub fn plain(sn: &str, secret_no: &str) -> DeviceRecord {
        DeviceRecord {
            sn: sn.into(),
            secret_no: Some(secret_no.into()),
            ..Default::default()
        }
    }

    /// A device of a model that shares one seedSecretNo and exchanges it (6.2).
    pub fn seeded(sn: &str, seed: &str) -> DeviceRecord {
        DeviceRecord {
            sn: sn.into(),
            seed_mode: true,
            seed_secret_no: Some(seed.into()),
            ..Default::default()
        }
    }
}

/// A published firmware image, reported by `get_firmware_info` (6.7).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Firmware {
    pub version: String,
    pub md5sum: String,
    pub size: u64,
    pub download_url: String,
}

impl Firmware {
    pub fn describe(version: &str, image: &[u8], download_url: &str) -> Firmware {
        use md5::{Digest, Md5};
        Firmware {
            version: version.into(),
            md5sum: hex::encode(Md5::digest(image)),
            size: image.len() as u64,
            download_url: download_url.into(),
        }
    }
}

/// What survives a restart.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Snapshot {
    pub devices: Vec<DeviceRecord>,
    #[serde(default)]
    pub firmware: Option<Firmware>,
}

impl Cloud {
    /// Adds devices from an import file. A device the registry already holds keeps its
    /// run-time state (binding, exchanged SecretNo); only its factory data is refreshed.
    /// Returns how many were new.
    pub fn load_devices(&mut self, records: Vec<DeviceRecord>) -> usize {
        let mut added = 0;
        for r in records {
            match self.devices.get_mut(&sn_key(&r.sn)) {
                Some(d) => {
                    d.seed_mode = r.seed_mode;
                    d.seed_secret_no = r.seed_secret_no;
                    if !r.seed_mode && r.secret_no.is_some() {
                        d.secret_no = r.secret_no;
                    }
                }
                None => {
                    self.devices.insert(sn_key(&r.sn), r);
                    added += 1;
                }
            }
        }
        added
    }

    pub fn snapshot(&self) -> Snapshot {
        let mut devices: Vec<DeviceRecord> = self.devices.values().cloned().collect();
        devices.sort_by(|a, b| a.sn.cmp(&b.sn));
        Snapshot {
            devices,
            firmware: self.firmware.clone(),
        }
    }

    pub fn device_count(&self) -> usize {
        self.devices.len()
    }

    /// Binds a device: a new secret, and a new login code when the corp changes.
    pub(super) fn bind_record(&mut self, key: &str, corp: &str, after: &mut Vec<Action>) {
        let secret = random_text(&mut self.rng, B64URL, 43);
        let login = random_text(&mut self.rng, B64URL, 32);
        let d = self.devices.get_mut(key).expect("known");
        if d.bound_corp.as_deref() != Some(corp) {
            d.login_code = Some(login);
        }
        d.bound_corp = Some(corp.to_owned());
        d.secret = Some(secret);
        d.polls = 0;
        after.push(Action::Persist);
    }
}
