//! Where `connect` keeps what the device learns: a `--state-file`, the device store, or
//! nowhere. `--state-file` wins when given; otherwise a unit the store holds keeps its state
//! there, and its lifecycle (registered, bound, unbound, …) goes to the store's ledger
//! with the station name.

use crate::core::secret::Secret;
use crate::core::wss::client::{Lifecycle, Persisted};
use crate::io::state_file;
use crate::output::Failure;
use crate::store::{Credentials, LedgerEvent, Store, StoredDevice};
use std::path::PathBuf;

pub(super) enum StateBackend {
    /// Nothing kept: every run registers and activates again.
    None,
    File(PathBuf),
    Store(Box<StoreState>),
}

pub(super) struct StoreState {
    store: Store,
    sn: String,
    /// The unit runs as a seed unit: its own SecretNo is the store's `exchanged_secret_no`.
    seed: bool,
    /// The stored `exchanged_secret_no`, kept as it is when the unit runs with its own
    /// SecretNo given explicitly.
    exchanged: Option<Secret>,
    /// The unit's status as the ledger last moved it (`None`: a name this version does not
    /// know, from a store a later version wrote).
    status: Option<LedgerEvent>,
}

impl StateBackend {
    pub(super) fn store(store: Store, dev: &StoredDevice, seed: bool) -> StateBackend {
        StateBackend::Store(Box::new(StoreState {
            store,
            sn: dev.sn.clone(),
            seed,
            exchanged: dev.state.exchanged_secret_no.clone(),
            status: dev.status.parse().ok(),
        }))
    }

    /// For `-v`: where the state lives.
    pub(super) fn describe(&self) -> String {
        match self {
            StateBackend::None => crate::fl!("connect-state-none"),
            StateBackend::File(p) => {
                crate::fl!("connect-state-file", path = p.display().to_string())
            }
            StateBackend::Store(s) => crate::fl!(
                "connect-state-store",
                store = s.store.location().to_string(),
                sn = s.sn.clone()
            ),
        }
    }

    pub(super) fn keeps_state(&self) -> bool {
        !matches!(self, StateBackend::None)
    }

    /// The state the device starts from.
    pub(super) fn load(
        &self,
        sn: &str,
        stored: Option<&StoredDevice>,
    ) -> Result<Persisted, Failure> {
        match self {
            StateBackend::None => Ok(Persisted::default()),
            StateBackend::File(p) => state_file::load(p, sn),
            StateBackend::Store(s) => {
                let Some(dev) = stored else {
                    return Ok(Persisted::default());
                };
                let code = dev
                    .state
                    .active_code
                    .as_deref()
                    .map(Secret::new)
                    .transpose()
                    .map_err(|e| {
                        Failure::from(e).at(crate::fl!(
                            "at-sn-field",
                            sn = sn.to_string(),
                            field = "active_code"
                        ))
                    })?;
                // The wss secret skips `active`; a seed unit's exchanged SecretNo skips
                // `get_secret_no` (`sign --sn` signs with it too).
                Ok(Persisted {
                    secret_no: if s.seed {
                        dev.state.exchanged_secret_no.clone()
                    } else {
                        None
                    },
                    active_code: code,
                    secret: dev.state.device_secret.clone(),
                })
            }
        }
    }

    pub(super) fn save(&mut self, sn: &str, p: &Persisted) -> Result<(), Failure> {
        match self {
            StateBackend::None => Ok(()),
            StateBackend::File(path) => state_file::save(path, sn, p),
            StateBackend::Store(s) => {
                let exchanged = if s.seed { &p.secret_no } else { &s.exchanged };
                s.store.replace_credentials(
                    &s.sn,
                    p.active_code.as_ref(),
                    p.secret.as_ref(),
                    exchanged.as_ref(),
                )
            }
        }
    }

    /// Ledger lines and `last_seen` for a lifecycle event (store only).
    pub(super) fn on_event(&mut self, l: &Lifecycle) -> Result<(), Failure> {
        let StateBackend::Store(s) = self else {
            return Ok(());
        };
        match l {
            Lifecycle::SecretExchanged {
                secret_no_fingerprint,
            } => s.record(
                LedgerEvent::SecretExchanged,
                Some(format!(
                    "get_secret_no, SecretNo fingerprint {secret_no_fingerprint}"
                )),
            ),
            // `register` runs on every connection; the ledger wants the first time (or a
            // new active_code), not each login.
            Lifecycle::Registered {
                new_registration,
                active_code_changed,
            } if *active_code_changed || s.before(LedgerEvent::Registered) => s.record(
                LedgerEvent::Registered,
                Some(if *new_registration {
                    "register".into()
                } else {
                    "the cloud says already registered".into()
                }),
            ),
            // Re-activation on a new connection is not news; a first bind or a re-bind
            // after an unbind is. A per-device unit that gets a secret other than the one
            // it kept was bound again, even when the status still says `bound` (a run was
            // killed between forgetting the old secret and recording `unbound`).
            Lifecycle::Bound { secret_changed }
                if s.status != Some(LedgerEvent::Bound) || *secret_changed =>
            {
                s.record(
                    LedgerEvent::Bound,
                    Some("active returned the secret".into()),
                )
            }
            Lifecycle::Unbound { reason } => s.record(LedgerEvent::Unbound, Some(reason.stable())),
            // subscribe_corp accepted the stored secret, so the unit is bound. A status
            // behind that means a run was killed between saving the secret `active`
            // returned and writing its `bound` line; this run starts from the saved secret
            // and sees no `Bound` of its own, so the line is written here, once.
            Lifecycle::Subscribed if s.status != Some(LedgerEvent::Bound) => s.record(
                LedgerEvent::Bound,
                Some("subscribe_corp accepted the secret saved by an interrupted run".into()),
            ),
            Lifecycle::Subscribed | Lifecycle::Pong { .. } => s.seen(None),
            _ => Ok(()),
        }
    }

    /// The corp name from `call corp`.
    pub(super) fn corp_name(&mut self, name: &str) -> Result<(), Failure> {
        match self {
            StateBackend::Store(s) if !name.is_empty() => s.seen(Some(name.to_owned())),
            _ => Ok(()),
        }
    }
}

impl StoreState {
    fn record(&mut self, event: LedgerEvent, detail: Option<String>) -> Result<(), Failure> {
        self.store
            .record_event(&self.sn, event, detail.as_deref())?;
        if event.lifecycle_rank().is_some() {
            self.status = Some(event);
        }
        self.seen(None)
    }

    fn seen(&mut self, corp_name: Option<String>) -> Result<(), Failure> {
        self.store.save_state(
            &self.sn,
            &Credentials {
                corp_name,
                last_seen: Some(crate::store::now_rfc3339()),
                ..Credentials::default()
            },
        )
    }

    /// Whether the unit's status is still before `event` in the lifecycle.
    fn before(&self, event: LedgerEvent) -> bool {
        match (
            self.status.and_then(|s| s.lifecycle_rank()),
            event.lifecycle_rank(),
        ) {
            (Some(a), Some(b)) => a < b,
            _ => false,
        }
    }
}
