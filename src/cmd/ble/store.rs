//! `ble … --sn SN` and the device store: adverts carry the device ID, not the SN, so the
//! store maps one to the other; and when no secret source is given, the store's SecretNo
//! feeds the default signer and the advert sign check.

use crate::cli::common::SecretArgs;
use crate::core::secret::Secret;
use crate::import::SecretKind;
use crate::io::secrets;
use crate::output::{ErrorCode, Failure, Output};
use crate::store::{Store, StoreOptions, StoredDevice};

/// The store's entry for `sn`, if there is a store and it holds the SN.
pub(super) fn lookup(opts: &StoreOptions, sn: &str) -> Result<Option<StoredDevice>, Failure> {
    match Store::open_existing(opts)? {
        Some(s) => s.get(sn),
        None => Ok(None),
    }
}

/// The SecretNo: an explicit source first, else the unit's own SecretNo from the store
/// (a seed unit's once `connect` exchanged it). `None` when neither has one.
pub(super) fn secret(
    args: &SecretArgs,
    dev: Option<&StoredDevice>,
    opts: &StoreOptions,
    out: &Output,
) -> Result<Option<Secret>, Failure> {
    if let Some((s, origin)) = secrets::load_explicit(args, "SecretNo")? {
        out.debug_with(|| {
            crate::fl!(
                "rest-debug-secret-fingerprint",
                origin = origin.to_string(),
                fingerprint = s.fingerprint()
            )
        });
        return Ok(Some(s));
    }
    let Some(d) = dev else { return Ok(None) };
    let s = match d.secret_kind {
        SecretKind::PerDevice => Some(d.secret_no.clone()),
        SecretKind::Seed => d.state.exchanged_secret_no.clone(),
    };
    match &s {
        Some(s) => out.debug_with(|| {
            crate::fl!(
                "rest-debug-secret-of-unit",
                sn = d.sn.clone(),
                store = opts.location.to_string(),
                fingerprint = s.fingerprint()
            )
        }),
        None => out.debug_with(|| crate::fl!("rest-debug-seed-unknown", sn = d.sn.clone())),
    }
    Ok(s)
}

/// `--sn` with no `--device-id`: the device ID to scan for, from the store.
pub(super) fn device_id(
    dev: Option<&StoredDevice>,
    sn: &str,
    opts: &StoreOptions,
) -> Result<u64, Failure> {
    let Some(d) = dev else {
        return Err(Failure::new(
            ErrorCode::StoreUnknownSn,
            crate::fl!("ble-sn-not-in-store", store = opts.location.to_string()),
        )
        .at(format_args!("--sn {sn}"))
        .hint(crate::fl!("ble-sn-not-in-store-hint")));
    };
    d.device_id.ok_or_else(|| {
        Failure::new(
            ErrorCode::StoreNoDeviceId,
            crate::fl!("ble-sn-no-device-id"),
        )
        .at(format_args!("--sn {sn}"))
        .hint(crate::fl!("ble-sn-no-device-id-hint"))
    })
}

/// Why the default signer has no SecretNo for `--sn SN` when no secret source was given,
/// in the words a technician needs: the store does not hold the SN (or there is no store
/// at all), or it holds a seed unit whose own SecretNo is not known yet.
pub(super) fn no_secret_for(
    sn: &str,
    dev: Option<&StoredDevice>,
    opts: &StoreOptions,
    secret_env: &str,
) -> Failure {
    let store = opts.location.to_string();
    let env = secret_env.to_owned();
    match dev {
        None => {
            let known = opts.location.may_exist();
            let (code, what) = if known {
                (
                    ErrorCode::StoreUnknownSn,
                    crate::fl!("ble-no-secret-unknown-sn", sn = sn, store = store),
                )
            } else {
                (
                    ErrorCode::StoreMissing,
                    crate::fl!("ble-no-secret-no-store", sn = sn, store = store),
                )
            };
            let import_help = "`wecom-hw import --help`";
            Failure::new(code, what).hint(crate::fl!(
                "ble-no-secret-hint",
                sn = sn,
                command = import_help,
                env = env
            ))
        }
        Some(d) => Failure::new(
            ErrorCode::SecretSeedOnly,
            crate::fl!("ble-no-secret-seed", store = store),
        )
        .at(format_args!("--sn {sn}"))
        .hint(crate::fl!(
            "ble-no-secret-seed-hint",
            sn = d.sn.clone(),
            env = env
        )),
    }
}
