//! The emulator page: the devices of a running `cloud serve` and their states, with bind,
//! unbind and push buttons, all through the emulator's control socket (the same requests
//! `wecom-hw cloud bind/unbind/push` send). The emulator's `status` answer holds no secret
//! by construction; the page shows only what it names.

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

fn flag(v: &Value) -> &'static str {
    if v.as_bool() == Some(true) { "✔" } else { "" }
}

/// The page body: a note (the last action's outcome), the devices, the buttons.
pub fn body(lang: Lang, status: Result<Value, Failure>, note: Option<(bool, String)>) -> String {
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
    let _ = write!(
        h,
        "<p class=\"muted\">{}</p><table id=\"emu-devices\"><tr><th>SN</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th></th></tr>",
        esc(&t!(
            lang,
            "console-emu-summary",
            connections = status["connections"].as_u64().unwrap_or(0),
            time = status["cloud_time"].to_string()
        )),
        esc(&t!(lang, "console-emu-online")),
        esc(&t!(lang, "console-emu-stage")),
        esc(&t!(lang, "console-emu-registered")),
        esc(&t!(lang, "console-emu-bound")),
        esc(&t!(lang, "console-emu-firmware"))
    );
    for d in status["devices"].as_array().into_iter().flatten() {
        let sn = d["sn"].as_str().unwrap_or("");
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            v => v.to_string(),
        };
        let _ = write!(
            h,
            "<tr data-sn=\"{sn}\"><td>{sn}</td><td class=\"online\">{}</td><td class=\"stage\">{}</td><td>{}</td><td class=\"bound\">{}</td><td>{}</td><td>\
             <form method=\"post\" action=\"/emulator/action\" class=\"inline\">\
             <input type=\"hidden\" name=\"sn\" value=\"{sn}\">\
             <input name=\"corp\" placeholder=\"{corp}\" maxlength=\"64\">\
             <button name=\"action\" value=\"bind\" class=\"bind\">{bind}</button>\
             <button name=\"action\" value=\"unbind\" class=\"unbind\">{unbind}</button></form>\
             <form method=\"post\" action=\"/emulator/action\" class=\"inline\">\
             <input type=\"hidden\" name=\"sn\" value=\"{sn}\">\
             <input name=\"cmd\" placeholder=\"fetch_log\" maxlength=\"64\" required>\
             <input name=\"body\" placeholder=\"{{}}\" maxlength=\"4096\">\
             <button name=\"action\" value=\"push\">{push}</button></form></td></tr>",
            flag(&d["online"]),
            esc(&text(&d["stage"])),
            flag(&d["registered"]),
            esc(&text(&d["bound_corp"])),
            esc(&text(&d["firmware_version"])),
            sn = esc(sn),
            corp = esc(&t!(lang, "console-emu-corp")),
            bind = esc(&t!(lang, "console-emu-bind")),
            unbind = esc(&t!(lang, "console-emu-unbind")),
            push = esc(&t!(lang, "console-emu-push")),
        );
    }
    h.push_str("</table>");
    h
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
}
