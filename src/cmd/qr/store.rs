//! `qr static --sn SN` and `qr static --from-store`: the static URL comes from the device
//! store, and each label written goes into the unit's ledger as `label-printed`.

use crate::core::bindcode::BindCode;
use crate::core::ledger::LedgerEvent;
use crate::output::{ErrorCode, Failure};
use crate::render::batch::Unit;
use crate::store::{DeviceFilter, Store, StoreOptions, StoredDevice};

/// The ledger event of a label written, the same as the production line's.
const LABEL_PRINTED: LedgerEvent = LedgerEvent::LabelPrinted;

fn open(opts: &StoreOptions) -> Result<Store, Failure> {
    Store::open_for_reading(opts)
}

/// The exact payload for a unit: its URL as imported, else one built from its hw_code.
fn url_of(d: &StoredDevice) -> Option<String> {
    d.qr_url
        .clone()
        .or_else(|| d.hw_code.as_deref().map(BindCode::static_url))
}

fn no_url(sn: &str) -> Failure {
    Failure::new(
        ErrorCode::StoreNoUrl,
        crate::fl!("qr-store-no-url", sn = sn),
    )
    .hint(crate::fl!("qr-store-no-url-hint"))
}

/// One unit: its SN as stored and its URL.
pub(super) fn unit(opts: &StoreOptions, sn: &str) -> Result<(String, String), Failure> {
    let store = open(opts)?;
    let d = store.get(sn)?.ok_or_else(|| {
        Failure::new(
            ErrorCode::StoreUnknownSn,
            crate::fl!(
                "qr-store-unknown-sn",
                sn = sn,
                store = opts.location.to_string()
            ),
        )
        .hint(crate::fl!("qr-store-unknown-sn-hint"))
    })?;
    let url = url_of(&d).ok_or_else(|| no_url(&d.sn))?;
    Ok((d.sn, url))
}

/// Every unit of the store (or of one batch), in import order. A unit without a URL is an
/// error before anything is written.
pub(super) fn units(opts: &StoreOptions, batch: Option<i64>) -> Result<Vec<Unit>, Failure> {
    let store = open(opts)?;
    let devices = store.list(&DeviceFilter {
        batch,
        ..DeviceFilter::default()
    })?;
    if devices.is_empty() {
        return Err(Failure::new(
            ErrorCode::StoreEmpty,
            match batch {
                Some(b) => crate::fl!("qr-store-empty-batch", batch = b),
                None => crate::fl!("qr-store-empty"),
            },
        )
        .hint(crate::fl!(
            "qr-store-empty-hint",
            command = format!("`wecom-hw{} devices batches`", opts.hint_flags())
        )));
    }
    devices
        .iter()
        .enumerate()
        .map(|(i, d)| {
            Ok(Unit {
                // The unit's row in the file it was imported from, for messages.
                row: d.source_row.map_or(i + 1, |r| r as usize),
                sn: d.sn.clone(),
                data: url_of(d).ok_or_else(|| no_url(&d.sn))?,
            })
        })
        .collect()
}

/// Ledger lines for the labels written, all in one transaction.
pub(super) fn printed(opts: &StoreOptions, sns: &[&str], detail: &str) -> Result<(), Failure> {
    if sns.is_empty() {
        return Ok(());
    }
    open(opts)?.record_events(sns, LABEL_PRINTED, Some(detail))
}

/// Ledger lines for labels a rerun skipped because their file is already there, for the
/// units whose ledger has none: a batch killed (SIGKILL, power loss) after writing them
/// never got to record them.
pub(super) fn printed_earlier(
    opts: &StoreOptions,
    sns: &[&str],
    detail: &str,
) -> Result<(), Failure> {
    if sns.is_empty() {
        return Ok(());
    }
    open(opts)?.record_missing_events(sns, LABEL_PRINTED, Some(detail))
}
