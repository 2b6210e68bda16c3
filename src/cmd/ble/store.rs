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
        out.debug(format!(
            "SecretNo from {origin} (fingerprint {})",
            s.fingerprint()
        ));
        return Ok(Some(s));
    }
    let Some(d) = dev else { return Ok(None) };
    let s = match d.secret_kind {
        SecretKind::PerDevice => Some(d.secret_no.clone()),
        SecretKind::Seed => d.state.exchanged_secret_no.clone(),
    };
    match &s {
        Some(s) => out.debug(format!(
            "SecretNo of SN {} from the device store {} (fingerprint {})",
            d.sn,
            opts.location,
            s.fingerprint()
        )),
        None => out.debug(format!(
            "SN {} is a seed unit whose own SecretNo is not known yet (run `connect` first)",
            d.sn
        )),
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
        return Err(Failure::new(ErrorCode::StoreUnknownSn, format!(
            "--sn {sn}: advertisements carry the device ID, not the SN, and the device store {} does not hold this SN",
            opts.location
        ))
        .hint("use --device-id, or import the registration export: wecom-hw import FILE"));
    };
    d.device_id.ok_or_else(|| {
        Failure::new(ErrorCode::StoreNoDeviceId, format!(
            "--sn {sn}: the device store has no device ID for this SN (the export had no device ID column)"
        ))
        .hint("use --device-id or --address")
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
    let store = &opts.location;
    let give = format!("--secret-file PATH, --secret-stdin or by setting {secret_env}");
    match dev {
        None => {
            let (code, what) =
                if opts.location.may_exist() {
                    (
                        ErrorCode::StoreUnknownSn,
                        format!("--sn {sn} is not in the device store {store}"),
                    )
                } else {
                    (
                        ErrorCode::StoreMissing,
                        format!("--sn {sn}: there is no device store at {store} to look it up in"),
                    )
                };
            Failure::new(
                code,
                format!("{what}, and the default signer needs its SecretNo"),
            )
            .hint(format!(
                "import the registration export that lists {sn} (`wecom-hw import --help` shows how; `--store PATH` for another store), or give the SecretNo with {give}"
            ))
        }
        Some(d) => Failure::new(ErrorCode::SecretSeedOnly, format!(
            "--sn {sn}: a seed unit in the device store {store}: the store holds its model's seed, and the unit's own SecretNo (which the default signer needs) is known only after get_secret_no"
        ))
        .hint(format!(
            "bring it online once with wecom-hw connect --sn {} and your cloud's --endpoint (get_secret_no stores the SecretNo), or give it with {give}",
            d.sn
        )),
    }
}
