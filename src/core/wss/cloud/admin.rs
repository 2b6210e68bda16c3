//! Operator actions (`wss.md` 11.4) from the control socket, and the status report.

use super::{Action, Cloud, ConnId, DeviceRecord, Firmware, Level, Outbound, Stage, log};
use crate::core::identity::sn_key;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// An operator action (11.4), from the control socket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Admin {
    Bind {
        sn: String,
        corp: Option<String>,
    },
    Unbind {
        sn: String,
    },
    Push {
        sn: String,
        cmd: String,
        body: Option<Value>,
    },
    PublishFirmware {
        firmware: Firmware,
    },
    ResetSecretNo {
        sn: String,
    },
    Expire {
        sn: String,
        #[serde(default = "yes")]
        expired: bool,
    },
    Drop {
        sn: String,
    },
    SetClockSkew {
        secs: i64,
    },
    /// Turns a fault switch on or off while the emulator runs (see
    /// [`Faults::set_switch`](super::Faults::set_switch)).
    SetFault {
        fault: String,
        on: bool,
    },
    Status,
}

fn yes() -> bool {
    true
}

/// An operator action that could not be carried out. It crosses the control socket as
/// data (`refusal` beside the English `error`), so the operator's `wecom-hw cloud …` says it
/// in the operator's language, whatever language the emulator runs in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AdminError {
    #[error("unknown SN {sn}: the emulator knows {known} device(s); load it with --devices")]
    UnknownSn { sn: String, known: usize },
    #[error("{sn} is not connected (it has not registered on any live connection)")]
    NotConnected { sn: String },
    #[error("{sn} has its own SecretNo (not a seed model); nothing to reset")]
    NotSeed { sn: String },
    #[error("{fault} is not a fault that can be switched while the emulator runs")]
    UnknownFault { fault: String },
}

impl From<AdminError> for crate::output::Failure {
    fn from(e: AdminError) -> Self {
        use crate::output::{ErrorCode, Failure};
        let (message, hint) = match &e {
            AdminError::UnknownSn { sn, known } => (
                {
                    let known = *known;
                    crate::fl!("cloud-unknown-sn", sn = sn.clone(), known = known)
                },
                Some(crate::fl!("cloud-unknown-sn-hint")),
            ),
            AdminError::NotConnected { sn } => {
                (crate::fl!("cloud-not-connected", sn = sn.clone()), None)
            }
            AdminError::NotSeed { sn } => (crate::fl!("cloud-not-seed", sn = sn.clone()), None),
            AdminError::UnknownFault { fault } => (
                crate::fl!("cloud-unknown-fault", fault = fault.clone()),
                Some(crate::fl!(
                    "cloud-unknown-fault-hint",
                    switches = super::Faults::default()
                        .switches()
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ),
        };
        let f = Failure::new(ErrorCode::CloudRejected, message);
        match hint {
            Some(h) => f.hint(h),
            None => f,
        }
        .with_source(e)
    }
}

/// Short push names accepted by `cloud push` (11.4) and the real name they stand for.
pub fn push_name(cmd: &str) -> String {
    match cmd {
        "restart" | "restart_device" => "push_restart_device".into(),
        c if c.starts_with("push_") => c.into(),
        c => format!("push_{c}"),
    }
}

impl Cloud {
    fn known(&self, sn: &str) -> Result<String, AdminError> {
        let key = sn_key(sn);
        if self.devices.contains_key(&key) {
            Ok(key)
        } else {
            Err(AdminError::UnknownSn {
                sn: sn.to_owned(),
                known: self.devices.len(),
            })
        }
    }

    fn live_conn(&self, key: &str, sn: &str) -> Result<ConnId, AdminError> {
        self.live
            .get(key)
            .copied()
            .ok_or_else(|| AdminError::NotConnected { sn: sn.to_owned() })
    }

    /// Carries out an operator action and returns the result to show; what it causes
    /// waits in [`poll_action`](Cloud::poll_action). A refused action changes nothing.
    pub fn admin(&mut self, cmd: Admin, now: u64) -> Result<Value, AdminError> {
        let mut out = Vec::new();
        let is_status = cmd == Admin::Status;
        let result = match cmd {
            Admin::Bind { sn, corp } => {
                let key = self.known(&sn)?;
                let corp = corp.unwrap_or_else(|| self.cfg.default_corp.clone());
                self.bind_record(&key, &corp, &mut out);
                let conn = self.live.get(&key).copied();
                if let Some(c) = conn {
                    self.push_to(c, "push_bind_corp", None, &mut out);
                }
                json!({"sn": self.devices[&key].sn, "bound_corp": corp, "pushed": conn.is_some()})
            }
            Admin::Unbind { sn } => {
                let key = self.known(&sn)?;
                let d = self.devices.get_mut(&key).expect("known");
                let was = d.bound_corp.take();
                d.secret = None;
                d.login_code = None;
                d.polls = 0;
                out.push(Action::Persist);
                let conn = self.live.get(&key).copied();
                if let Some(c) = conn {
                    // The device polls `active` again on this connection (4.1 step 8).
                    if let Some(cs) = self.conns.get_mut(&c)
                        && cs.stage != Stage::Connected
                    {
                        cs.stage = Stage::Registered;
                    }
                    self.push_to(c, "push_unbind_corp", None, &mut out);
                }
                json!({"sn": self.devices[&key].sn, "was_bound_to": was, "pushed": conn.is_some()})
            }
            Admin::Push { sn, cmd, body } => {
                let key = self.known(&sn)?;
                let conn = self.live_conn(&key, &sn)?;
                let name = push_name(&cmd);
                self.push_to(conn, &name, body, &mut out);
                json!({"sn": self.devices[&key].sn, "cmd": name, "conn": conn})
            }
            Admin::PublishFirmware { firmware } => {
                let v = json!(firmware);
                self.firmware = Some(firmware);
                out.push(Action::Persist);
                v
            }
            Admin::ResetSecretNo { sn } => {
                let key = self.known(&sn)?;
                let d = self.devices.get_mut(&key).expect("known");
                if !d.seed_mode {
                    return Err(AdminError::NotSeed { sn });
                }
                d.exchanged = false;
                d.registered = false;
                d.secret_no = None;
                d.active_code = None;
                out.push(Action::Persist);
                json!({"sn": d.sn, "exchanged": false, "registered": false})
            }
            Admin::Expire { sn, expired } => {
                let key = self.known(&sn)?;
                let d = self.devices.get_mut(&key).expect("known");
                d.expired = expired;
                out.push(Action::Persist);
                json!({"sn": d.sn, "expired": expired})
            }
            Admin::Drop { sn } => {
                let key = self.known(&sn)?;
                let conn = self.live_conn(&key, &sn)?;
                self.send(conn, Outbound::Close, &mut out);
                json!({"sn": self.devices[&key].sn, "conn": conn, "dropped": true})
            }
            Admin::SetClockSkew { secs } => {
                self.skew = secs;
                json!({"clock_skew_secs": secs, "cloud_time": self.clock(now)})
            }
            Admin::SetFault { fault, on } => {
                let Some(counter) = self.cfg.faults.set_switch(&fault, on) else {
                    return Err(AdminError::UnknownFault { fault });
                };
                // Switched on, a counted fault fires its `--fault-times` again from now.
                self.fired.remove(counter);
                json!({"fault": fault, "on": on})
            }
            Admin::Status => self.status(now),
        };
        let level = if is_status { Level::Debug } else { Level::Info };
        out.insert(
            0,
            log(
                level,
                format!("admin: {}", compact(&result)),
                json!({"event": "admin", "result": result}),
            ),
        );
        self.actions.extend(out);
        Ok(result)
    }

    /// Everything an operator may see; never a secret.
    pub fn status(&self, now: u64) -> Value {
        let mut devices: Vec<&DeviceRecord> = self.devices.values().collect();
        devices.sort_by(|a, b| a.sn.cmp(&b.sn));
        let devices: Vec<Value> = devices
            .into_iter()
            .map(|d| {
                let key = sn_key(&d.sn);
                let conn = self.live.get(&key).copied();
                let stage = conn.map(|c| self.stage(c));
                let uploads: Vec<Value> = self
                    .uploads
                    .get(&key)
                    .map(|u| {
                        u.iter()
                            .map(|(r, n)| json!({"req_id": r, "bytes": n}))
                            .collect()
                    })
                    .unwrap_or_default();
                json!({
                    "sn": d.sn,
                    "seed_mode": d.seed_mode,
                    "exchanged": d.exchanged,
                    "registered": d.registered,
                    "bound_corp": d.bound_corp,
                    "expired": d.expired,
                    "firmware_version": d.firmware_version,
                    "online": conn.is_some(),
                    "conn": conn,
                    "stage": stage,
                    "uploads": uploads,
                })
            })
            .collect();
        json!({
            "cloud_time": self.clock(now),
            "clock_skew_secs": self.skew,
            "connections": self.conns.len(),
            "firmware": self.firmware,
            "fault_times": self.cfg.faults.times,
            "faults": self
                .cfg
                .faults
                .switches()
                .into_iter()
                .map(|(name, on)| json!({"name": name, "on": on}))
                .collect::<Vec<_>>(),
            "devices": devices,
        })
    }
}

fn compact(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 200 {
        format!("{}…", s.chars().take(200).collect::<String>())
    } else {
        s
    }
}
