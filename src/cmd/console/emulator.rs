//! The emulator page: the devices of a running `cloud serve` and their states, with bind,
//! unbind and push buttons, the fault switches, and one device's live frame log, all
//! through the emulator's control socket (the same requests `wecom-hw cloud
//! bind/unbind/push` send, plus `set-fault` and `frames`). The emulator's `status` answer
//! holds no secret by construction, and its frame log is masked when it is recorded (as
//! `connect --transcript` masks): the page shows only what they name.

use super::page::{esc, t};
use crate::i18n::Lang;
use crate::net::cloud::{control, state};
use crate::output::{ErrorCode, Failure};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::path::Path;

/// One operator action from the page's buttons.
#[derive(Debug, serde::Deserialize)]
pub struct Action {
    pub action: String,
    pub sn: String,
    #[serde(default)]
    pub corp: Option<String>,
    #[serde(default)]
    pub cmd: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
}

/// A fault switch from the page's buttons: `on` is `1` or `0`; `log` is the device whose
/// frame log the page showed (it shows it again).
#[derive(Debug, serde::Deserialize)]
pub struct FaultForm {
    pub fault: String,
    pub on: String,
    #[serde(default)]
    pub log: Option<String>,
}

/// The control request for a fault switch, or why it is refused (nothing is sent then).
pub fn fault_request(f: &FaultForm) -> Result<Value, Failure> {
    let known = crate::core::wss::cloud::Faults::default()
        .switch(&f.fault)
        .is_some();
    let on = match f.on.as_str() {
        "1" => true,
        "0" => false,
        _ => return Err(not_a_fault(&f.fault)),
    };
    if !known {
        return Err(not_a_fault(&f.fault));
    }
    Ok(json!({"action": "set-fault", "fault": f.fault, "on": on}))
}

fn not_a_fault(name: &str) -> Failure {
    let shown: String = name.chars().take(64).collect();
    Failure::new(
        ErrorCode::UsageBadValue,
        crate::fl!("console-emu-not-a-fault", fault = format!("{shown:?}")),
    )
}

/// The device whose frame log the page shows: the one asked for when the emulator knows
/// it, else the first device online, else the first device.
pub fn pick_sn(status: &Value, want: Option<&str>) -> Option<String> {
    let devices = status["devices"].as_array()?;
    let sn_of = |d: &Value| d["sn"].as_str().map(str::to_owned);
    if let Some(w) = want.filter(|w| valid_sn(w)) {
        let key = crate::core::identity::sn_key(w);
        if let Some(d) = devices
            .iter()
            .find(|d| d["sn"].as_str().map(crate::core::identity::sn_key) == Some(key.clone()))
        {
            return sn_of(d);
        }
    }
    devices
        .iter()
        .find(|d| d["online"] == true)
        .or(devices.first())
        .and_then(sn_of)
}

/// A frame's time, `HH:MM:SS.mmm` on the line PC's clock like every time of the console,
/// with its exact instant (UTC) in `datetime`.
fn clock(ms: u64) -> String {
    let secs = (ms / 1000) as i64;
    let frac = ms % 1000;
    let Some(t) = super::page::local(secs) else {
        return String::new();
    };
    let utc = t.to_offset(time::UtcOffset::UTC);
    let instant = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{frac:03}Z",
        utc.year(),
        u8::from(utc.month()),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second()
    );
    format!(
        "<time datetime=\"{instant}\" title=\"{instant}\">{:02}:{:02}:{:02}.{frac:03}</time>",
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The rows of a `frames` answer, newest first (the page puts new rows on top).
pub fn frame_rows(lang: Lang, answer: &Value) -> String {
    let mut h = String::new();
    let frames = answer["frames"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    for f in frames.iter().rev() {
        let dir = f["dir"].as_str().unwrap_or("");
        let (class, word) = if dir == "in" {
            ("in", t!(lang, "console-emu-dir-in"))
        } else {
            ("out", t!(lang, "console-emu-dir-out"))
        };
        let _ = write!(
            h,
            "<tr class=\"{class}\" data-seq=\"{}\"><td>{}</td><td>{}</td><td class=\"cmd\">{}</td><td><code>{}</code></td></tr>",
            f["seq"].as_u64().unwrap_or(0),
            clock(f["ts_ms"].as_u64().unwrap_or(0)),
            esc(&word),
            esc(f["cmd"].as_str().unwrap_or("")),
            esc(f["text"].as_str().unwrap_or("")),
        );
    }
    h
}

/// What the page keeps live besides the frames, in the page's language: per device its
/// cells as the table shows them (`stage_name`: the machine name, the cell's tooltip), each
/// fault switch, and the connections (`connections`; `summary`, the sentence above the
/// table, which also names the cloud time: the feed leaves it out when it compares states,
/// or a state would be sent every second).
pub fn state_json(lang: Lang, status: &Value) -> Value {
    let mut devices = serde_json::Map::new();
    for d in status["devices"].as_array().into_iter().flatten() {
        if let Some(sn) = d["sn"].as_str() {
            devices.insert(
                sn.to_owned(),
                json!({
                    "online": online_word(lang, &d["online"]),
                    "is_online": d["online"] == true,
                    "stage": stage_word(lang, &d["stage"]),
                    "stage_name": text(&d["stage"]),
                    "registered": registered_word(lang, &d["registered"]),
                    "corp": text(&d["bound_corp"]),
                }),
            );
        }
    }
    let faults: serde_json::Map<String, Value> = status["faults"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| Some((f["name"].as_str()?.to_owned(), f["on"].clone())))
        .collect();
    json!({"devices": devices, "faults": faults,
        "connections": status["connections"].as_u64().unwrap_or(0),
        "summary": summary(lang, status)})
}

/// "N connection(s), cloud time …", the cloud time on the line PC's clock.
fn summary(lang: Lang, status: &Value) -> String {
    let time = match status["cloud_time"].as_i64() {
        Some(secs) => super::page::local_text(secs),
        None => text(&status["cloud_time"]),
    };
    t!(
        lang,
        "console-emu-summary",
        connections = status["connections"].as_u64().unwrap_or(0),
        time = time
    )
}

/// A connection's stage (`connected` … `subscribed`) in the page's language; a stage not
/// known here as the emulator names it.
fn stage_word(lang: Lang, v: &Value) -> String {
    match v.as_str() {
        Some("connected") => t!(lang, "console-emu-stage-connected"),
        Some("registered") => t!(lang, "console-emu-stage-registered"),
        Some("activated") => t!(lang, "console-emu-stage-activated"),
        Some("subscribed") => t!(lang, "console-emu-stage-subscribed"),
        _ => text(v),
    }
}

fn online_word(lang: Lang, v: &Value) -> String {
    if v.as_bool() == Some(true) {
        t!(lang, "console-emu-is-online")
    } else {
        t!(lang, "console-emu-is-offline")
    }
}

fn registered_word(lang: Lang, v: &Value) -> String {
    if v.as_bool() == Some(true) {
        t!(lang, "console-emu-is-registered")
    } else {
        t!(lang, "console-emu-not-registered")
    }
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        v => v.to_string(),
    }
}

/// A valid SN as the store and the emulator take it: 1 to 64 ASCII letters, digits, `-`,
/// `_` or `.`.
pub fn valid_sn(sn: &str) -> bool {
    (1..=64).contains(&sn.len())
        && sn
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// The control request for an action, or why it is refused (nothing is sent then).
pub fn request(a: &Action) -> Result<Value, Failure> {
    if !valid_sn(&a.sn) {
        return Err(Failure::new(
            ErrorCode::SnInvalid,
            crate::fl!("console-not-an-sn", sn = format!("{:?}", a.sn)),
        ));
    }
    let corp = a
        .corp
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned);
    if corp.as_ref().is_some_and(|c| c.chars().count() > 64) {
        return Err(Failure::new(
            ErrorCode::UsageBadValue,
            crate::fl!("console-corp-too-long"),
        ));
    }
    match a.action.as_str() {
        "bind" => Ok(json!({"action": "bind", "sn": a.sn, "corp": corp})),
        "unbind" => Ok(json!({"action": "unbind", "sn": a.sn})),
        "push" => {
            let name = crate::cmd::cloud::checked_push_name(&a.sn, a.cmd.as_deref().unwrap_or(""))?;
            let body = match a.body.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
                None => None,
                Some(b) => Some(crate::cmd::cloud::push_body(&a.sn, &name, b)?),
            };
            Ok(json!({"action": "push", "sn": a.sn, "cmd": name, "body": body}))
        }
        other => Err(Failure::new(
            ErrorCode::UsageBadValue,
            crate::fl!("console-unknown-action", action = format!("{other:?}")),
        )),
    }
}

/// Sends one request to the emulator of `dir` (blocking: call off the runtime's threads).
pub fn call(dir: &Path, req: &Value) -> Result<Value, Failure> {
    control::call(&state::control_path(dir), req)
}

/// The frame log of the device the page shows: its SN and the emulator's answer.
pub struct Log {
    pub sn: String,
    pub frames: Result<Value, Failure>,
}

/// The page body: a note (the last action's outcome), the devices, the buttons, the
/// fault switches, and the frame log of one device.
pub fn body(
    lang: Lang,
    status: Result<Value, Failure>,
    note: Option<(bool, String)>,
    log: Option<Log>,
) -> String {
    let mut h = String::new();
    let _ = write!(h, "<h1>{}</h1>", esc(&t!(lang, "console-emu-title")));
    if let Some((ok, text)) = note {
        let _ = write!(
            h,
            "<p class=\"note {}\" id=\"note\">{}</p>",
            if ok { "good" } else { "bad" },
            esc(&text)
        );
    }
    let status = match status {
        Ok(s) => s,
        Err(f) => {
            let _ = write!(
                h,
                "<p class=\"bad\" id=\"emu-error\">{}</p>",
                esc(&t!(
                    lang,
                    "console-emu-unreachable",
                    error = f.message.clone()
                ))
            );
            return h;
        }
    };
    let shown = log.as_ref().map(|l| l.sn.clone()).unwrap_or_default();
    let events = format!("/emulator/events?sn={}", super::page::url_enc(&shown));
    let after = log
        .as_ref()
        .and_then(|l| l.frames.as_ref().ok())
        .and_then(|v| v["last"].as_u64())
        .unwrap_or(0);
    let _ = write!(
        h,
        "<div id=\"emu-live\" data-events=\"{}&amp;after={after}\" data-keep=\"{}\">",
        esc(&events),
        crate::net::cloud::framelog::PER_DEVICE
    );
    let _ = write!(
        h,
        "<p class=\"muted\" id=\"emu-summary\" data-connections=\"{}\">{}</p><table id=\"emu-devices\"><tr><th>SN</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        status["connections"].as_u64().unwrap_or(0),
        esc(&summary(lang, &status)),
        esc(&t!(lang, "console-emu-online")),
        esc(&t!(lang, "console-emu-stage")),
        esc(&t!(lang, "console-emu-registered")),
        esc(&t!(lang, "console-emu-bound")),
        esc(&t!(lang, "console-emu-firmware")),
        esc(&t!(lang, "console-emu-actions"))
    );
    for d in status["devices"].as_array().into_iter().flatten() {
        let sn = d["sn"].as_str().unwrap_or("");
        let cur = if sn == shown { " class=\"shown\"" } else { "" };
        let _ = write!(
            h,
            "<tr data-sn=\"{sn}\"{cur}><td><a href=\"/emulator?sn={sn_url}\">{sn}</a></td><td class=\"online {on_class}\">{}</td><td class=\"stage\" title=\"{}\">{}</td><td class=\"registered\">{}</td><td class=\"bound\">{}</td><td>{}</td><td class=\"acts\">\
             <form method=\"post\" action=\"/emulator/action\" class=\"inline\">\
             <input type=\"hidden\" name=\"sn\" value=\"{sn}\">\
             <label>{corp_label} <input name=\"corp\" placeholder=\"{corp}\" maxlength=\"64\"></label> \
             <button name=\"action\" value=\"bind\" class=\"bind\">{bind}</button> \
             <button name=\"action\" value=\"unbind\" class=\"unbind\">{unbind}</button></form> \
             <form method=\"post\" action=\"/emulator/action\" class=\"inline\">\
             <input type=\"hidden\" name=\"sn\" value=\"{sn}\">\
             <label>{push_name} <input name=\"cmd\" placeholder=\"fetch_log\" maxlength=\"64\" required></label> \
             <label>{push_body} <input name=\"body\" placeholder=\"{{}}\" maxlength=\"4096\"></label> \
             <button name=\"action\" value=\"push\">{push}</button></form></td></tr>",
            esc(&online_word(lang, &d["online"])),
            esc(&text(&d["stage"])),
            esc(&stage_word(lang, &d["stage"])),
            esc(&registered_word(lang, &d["registered"])),
            esc(&text(&d["bound_corp"])),
            esc(&text(&d["firmware_version"])),
            on_class = if d["online"] == true { "good" } else { "muted" },
            sn = esc(sn),
            sn_url = super::page::url_enc(sn),
            corp_label = esc(&t!(lang, "console-emu-corp-label")),
            corp = esc(&t!(lang, "console-emu-optional")),
            bind = esc(&t!(lang, "console-emu-bind")),
            unbind = esc(&t!(lang, "console-emu-unbind")),
            push_name = esc(&t!(lang, "console-emu-push-name")),
            push_body = esc(&t!(lang, "console-emu-push-body")),
            push = esc(&t!(lang, "console-emu-push")),
        );
    }
    h.push_str("</table>");
    faults(&mut h, lang, &status, &shown);
    match log {
        None => {
            let _ = write!(
                h,
                "<p class=\"muted\">{}</p>",
                esc(&t!(lang, "console-emu-no-device"))
            );
        }
        Some(l) => frame_log(&mut h, lang, &l),
    }
    let _ = write!(
        h,
        "</div><script src=\"{}\" defer></script>",
        super::page::EMU_JS_PATH
    );
    h
}

/// The fault switches: one small form per switch, which posts the opposite state.
fn faults(h: &mut String, lang: Lang, status: &Value, shown: &str) {
    let (on_word, off_word) = (
        t!(lang, "console-emu-fault-on"),
        t!(lang, "console-emu-fault-off"),
    );
    let _ = write!(
        h,
        "<h2>{}</h2><p class=\"muted\">{}</p><div id=\"faults\" data-on=\"{}\" data-off=\"{}\">",
        esc(&t!(lang, "console-emu-faults")),
        esc(&t!(
            lang,
            "console-emu-faults-text",
            times = status["fault_times"].as_u64().unwrap_or(1)
        )),
        esc(&on_word),
        esc(&off_word),
    );
    for f in status["faults"].as_array().into_iter().flatten() {
        let Some(name) = f["name"].as_str() else {
            continue;
        };
        let on = f["on"] == true;
        let _ = write!(
            h,
            "<form method=\"post\" action=\"/emulator/fault\" class=\"inline fault\">\
             <input type=\"hidden\" name=\"fault\" value=\"{name}\">\
             <input type=\"hidden\" name=\"on\" value=\"{next}\">\
             <input type=\"hidden\" name=\"log\" value=\"{shown}\">\
             <button id=\"fault-{name}\" class=\"fault {class}\" aria-pressed=\"{on}\">{name} <span class=\"state\">{word}</span></button></form>",
            name = esc(name),
            next = if on { "0" } else { "1" },
            shown = esc(shown),
            class = if on { "on" } else { "off" },
            word = esc(if on { &on_word } else { &off_word }),
        );
    }
    h.push_str("</div>");
}

/// Rows a page is first sent with: the live feed adds the rest, up to the emulator's
/// [`PER_DEVICE`](crate::net::cloud::framelog::PER_DEVICE). Keeps the page light (a row
/// of a long frame is about 2 KiB).
const FIRST_ROWS: usize = 50;

/// The last `n` frames of a `frames` answer.
fn newest(answer: &Value, n: usize) -> &[Value] {
    let all = answer["frames"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    &all[all.len().saturating_sub(n)..]
}

fn frame_log(h: &mut String, lang: Lang, l: &Log) {
    let _ = write!(
        h,
        "<h2 id=\"frames-title\">{}</h2><p class=\"muted\">{}</p>",
        esc(&t!(lang, "console-emu-frames", sn = l.sn.clone())),
        esc(&t!(
            lang,
            "console-emu-frames-live",
            sn = l.sn.clone(),
            count = crate::net::cloud::framelog::PER_DEVICE
        )),
    );
    let frames = match &l.frames {
        Ok(v) => v,
        Err(f) => {
            let _ = write!(
                h,
                "<p class=\"bad\">{}</p>",
                esc(&t!(
                    lang,
                    "console-emu-unreachable",
                    error = f.message.clone()
                ))
            );
            return;
        }
    };
    let _ = write!(
        h,
        "<table id=\"frames\" data-sn=\"{}\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{}</tbody></table>",
        esc(&l.sn),
        esc(&t!(lang, "console-emu-time")),
        esc(&t!(lang, "console-emu-dir")),
        esc(&t!(lang, "console-emu-cmd")),
        esc(&t!(lang, "console-emu-frame")),
        frame_rows(lang, &json!({"frames": newest(frames, FIRST_ROWS)})),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(action: &str, sn: &str) -> Action {
        Action {
            action: action.into(),
            sn: sn.into(),
            corp: None,
            cmd: None,
            body: None,
        }
    }

    #[test]
    fn requests_are_validated_before_anything_is_sent() {
        assert_eq!(request(&act("bind", "E3000001")).unwrap()["action"], "bind");
        assert!(request(&act("bind", "E3 0001")).is_err());
        assert!(request(&act("bind", "")).is_err());
        assert!(request(&act("drop-table", "E3000001")).is_err());
        let mut p = act("push", "E3000001");
        p.cmd = Some("fetch-log;rm".into());
        assert!(request(&p).is_err());
        p.cmd = Some("fetch_log".into());
        p.body = Some("{not json".into());
        assert!(request(&p).is_err());
        p.body = Some("{\"hint\":\"x\"}".into());
        assert_eq!(request(&p).unwrap()["cmd"], "push_fetch_log");
    }

    #[test]
    fn fault_switches_are_validated_before_anything_is_sent() {
        let f = |fault: &str, on: &str| FaultForm {
            fault: fault.into(),
            on: on.into(),
            log: None,
        };
        let r = fault_request(&f("wrong-req-id", "1")).unwrap();
        assert_eq!(
            r,
            json!({"action": "set-fault", "fault": "wrong-req-id", "on": true})
        );
        assert_eq!(fault_request(&f("headerless", "0")).unwrap()["on"], false);
        assert!(
            fault_request(&f("delay", "1")).is_err(),
            "valued faults stay"
        );
        assert!(fault_request(&f("wrong-req-id", "yes")).is_err());
        assert!(fault_request(&f("<script>", "1")).is_err());
    }

    #[test]
    fn frame_rows_are_newest_first_and_escaped() {
        let answer = json!({"frames": [
            {"seq": 1, "ts_ms": 3_723_004u64, "dir": "in", "cmd": "ping", "text": "{\"a\":\"<b>\"}"},
            {"seq": 2, "ts_ms": 3_723_005u64, "dir": "out", "cmd": "ping", "text": "{}"},
        ]});
        let h = frame_rows(Lang::En, &answer);
        assert!(h.find("data-seq=\"2\"").unwrap() < h.find("data-seq=\"1\"").unwrap());
        assert!(
            h.contains("datetime=\"1970-01-01T01:02:03.004Z\""),
            "the exact instant stays: {h}"
        );
        assert!(h.contains("&lt;b&gt;") && !h.contains("<b>"), "{h}");
    }
}
