//! The devices page: search by SN or batch, and one unit's page with its ledger as a
//! timeline and its static label drawn by the same code as `qr static`. Only
//! fingerprints of secrets are shown: a SecretNo, active code or device secret never
//! reaches a browser.

use super::page::{esc, loader, t, url_enc, when};
use crate::cmd::line::screen::{event_word, state_word};
use crate::core::bindcode::BindCode;
use crate::core::ledger_words;
use crate::core::secret::fingerprint;
use crate::i18n::Lang;
use crate::output::Failure;
use crate::render::layout::{Dpi, SizeSpec};
use crate::render::{Ecc, Format, Label};
use crate::store::{DeviceFilter, Store, StoredDevice};
use std::fmt::Write as _;

/// At most this many units in one search result.
pub const MAX_RESULTS: u64 = 200;
/// Longest SN pattern accepted (SNs are at most a few dozen characters).
pub const MAX_QUERY: usize = 64;

/// The search form and, when a query was given, its results.
pub fn search(store: &Store, lang: Lang, q: &str, batch: Option<i64>) -> Result<String, Failure> {
    let mut h = String::new();
    let _ = write!(
        h,
        "<h1>{}</h1><form method=\"get\" action=\"/devices\" class=\"search\">\
         <label>SN <input name=\"q\" id=\"q\" value=\"{}\" maxlength=\"{MAX_QUERY}\" placeholder=\"E3*\"></label>\
         <label>{} <select name=\"batch\"><option value=\"\">–</option>",
        esc(&t!(lang, "console-devices-title")),
        esc(q),
        esc(&t!(lang, "console-devices-batch"))
    );
    for b in store.batches()? {
        let sel = if Some(b.id) == batch { " selected" } else { "" };
        let _ = write!(
            h,
            "<option value=\"{}\"{sel}>#{} {} ({})</option>",
            b.id,
            b.id,
            esc(&b.source_file),
            b.devices
        );
    }
    let _ = write!(
        h,
        "</select></label><button>{}</button></form>",
        esc(&t!(lang, "console-devices-search"))
    );
    if q.is_empty() && batch.is_none() {
        return Ok(h);
    }
    // A plain SN finds itself and every SN that starts with it.
    let pattern = if q.is_empty() {
        None
    } else if q.contains(['*', '?']) {
        Some(q.to_owned())
    } else {
        Some(format!("{q}*"))
    };
    let found = store.list(&DeviceFilter {
        batch,
        status: None,
        sn_pattern: pattern,
        limit: Some(MAX_RESULTS + 1),
    })?;
    let more = found.len() as u64 > MAX_RESULTS;
    let _ = write!(
        h,
        "<p id=\"found\">{}</p><table id=\"results\"><tr><th>SN</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&t!(
            lang,
            "console-devices-found",
            n = found.len().min(MAX_RESULTS as usize),
            more = more.to_string()
        )),
        esc(&t!(lang, "console-devices-status")),
        esc(&t!(lang, "console-devices-batch")),
        esc(&t!(lang, "console-devices-imported"))
    );
    for d in found.iter().take(MAX_RESULTS as usize) {
        let _ = write!(
            h,
            "<tr><td><a href=\"/devices/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
            url_enc(&d.sn),
            esc(&d.sn),
            esc(&event_word(loader(lang), &d.status)),
            d.batch_id.map(|b| format!("#{b}")).unwrap_or_default(),
            when(&d.imported_at)
        );
    }
    h.push_str("</table>");
    Ok(h)
}

/// The URL a unit's static label carries: the export's bind URL, else the one built from
/// its hw_code (as `qr static --hw-code`).
fn label_url(d: &StoredDevice) -> Option<String> {
    match (&d.qr_url, &d.hw_code) {
        (Some(u), _) if !u.trim().is_empty() => Some(u.trim().to_owned()),
        (_, Some(h)) if !h.trim().is_empty() => Some(BindCode::static_url(h.trim())),
        _ => None,
    }
}

/// The unit's static label as SVG, drawn by the render code (`qr static`'s defaults:
/// 8 dots per module, quiet zone 4, ECC M, the SN as caption).
pub fn label_svg(d: &StoredDevice) -> Option<String> {
    let url = label_url(d)?;
    let spec = SizeSpec {
        dpi: Dpi(203),
        label: None,
        dots: 8,
        quiet: 4,
        max_dots: Format::Svg.max_dots(),
    };
    let placed = crate::render::place(
        Label {
            data: url,
            caption: Some(d.sn.clone()),
        },
        Ecc::M,
        &spec,
    )
    .ok()?;
    crate::render::write(Format::Svg, &[placed])
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
}

/// One unit: what the store knows (fingerprints for its secrets), its line record, its
/// ledger as a timeline and its label.
pub fn unit(store: &Store, lang: Lang, d: &StoredDevice) -> Result<String, Failure> {
    let mut h = String::new();
    let _ = write!(h, "<h1>{}</h1><dl class=\"unit\">", esc(&d.sn));
    let mut row = |k: String, v: String| {
        let _ = write!(h, "<dt>{}</dt><dd>{}</dd>", esc(&k), esc(&v));
    };
    // A row whose value is HTML already (a `<time>`).
    let at_row = |h: &mut String, k: String, v: String| {
        let _ = write!(h, "<dt>{}</dt><dd>{v}</dd>", esc(&k));
    };
    row(
        t!(lang, "console-devices-status"),
        event_word(loader(lang), &d.status),
    );
    row(
        t!(lang, "console-devices-batch"),
        d.batch_id.map(|b| format!("#{b}")).unwrap_or_default(),
    );
    row(
        "SecretNo".into(),
        t!(
            lang,
            "console-unit-fingerprint",
            fp = d.secret_no.fingerprint()
        ),
    );
    if let Some(id) = d.device_id {
        row(t!(lang, "console-unit-device-id"), id.to_string());
    }
    if let Some(m) = &d.model_id {
        row("model_id".into(), m.clone());
    }
    if let Some(a) = &d.state.active_code {
        row(
            "active_code".into(),
            t!(lang, "console-unit-fingerprint", fp = fingerprint(a)),
        );
    }
    if let Some(s) = &d.state.device_secret {
        row(
            t!(lang, "console-unit-device-secret"),
            t!(lang, "console-unit-fingerprint", fp = s.fingerprint()),
        );
    }
    if let Some(c) = &d.state.corp_name {
        row(t!(lang, "console-unit-corp"), c.clone());
    }
    if let Some(s) = &d.state.last_seen {
        at_row(&mut h, t!(lang, "console-unit-last-seen"), when(s));
    }
    at_row(
        &mut h,
        t!(lang, "console-devices-imported"),
        when(&d.imported_at),
    );
    if let Some(u) = store.line_unit(&d.sn)? {
        at_row(
            &mut h,
            t!(lang, "console-line-state"),
            format!(
                "{} · {} · {}",
                esc(&state_word(loader(lang), u.state.as_str())),
                esc(u.station.as_deref().unwrap_or("-")),
                when(&u.updated_at)
            ),
        );
    }
    h.push_str("</dl><div class=\"split\"><section>");
    let _ = write!(
        h,
        "<h2>{}</h2><ol class=\"timeline\" id=\"timeline\">",
        esc(&t!(lang, "console-unit-ledger"))
    );
    for e in store.ledger(&d.sn)? {
        // The detail in the page's language (a failure as the line page says it); one
        // whose form this version does not know is the ledger's record as written, in
        // English or the writer's words, and marked as not the page's language (`lang`)
        // for the browser's fonts and screen readers.
        let said = ledger_words::say(loader(lang), &e.event, e.detail.as_deref().unwrap_or(""));
        let (detail, detail_lang) = if said.translated {
            (said.text, lang.tag())
        } else {
            (said.text, "en")
        };
        let _ = write!(
            h,
            "<li>{} <b title=\"{}\">{}</b> <span class=\"muted\">{}</span> <span class=\"detail\" lang=\"{detail_lang}\">{}</span></li>",
            when(&e.at),
            esc(&e.event),
            esc(&event_word(loader(lang), &e.event)),
            esc(e.station.as_deref().unwrap_or("")),
            esc(&detail)
        );
    }
    let _ = write!(
        h,
        "</ol></section><section><h2>{}</h2>",
        esc(&t!(lang, "console-unit-label"))
    );
    if label_url(d).is_some() {
        let _ = write!(
            h,
            "<img class=\"label\" id=\"label\" src=\"/devices/{}/label.svg\" alt=\"{}\">",
            url_enc(&d.sn),
            esc(&d.sn)
        );
    } else {
        let _ = write!(
            h,
            "<p class=\"muted\">{}</p>",
            esc(&t!(lang, "console-unit-no-label"))
        );
    }
    h.push_str("</section></div>");
    Ok(h)
}
