//! `--on CMD=ACTION` reactions to pushes, and the file work of one-shot calls (log tail,
//! login QR image).

use super::{MAX_UPLOAD, ReactCtx};
use crate::core::wss::client::{Call, Lifecycle};
use crate::core::wss::envelope::{Push, Reply};
use crate::core::wss::messages::{self, Command, FirmwareInfo};
use crate::net::client::{Flow, Inbox, download};
use crate::output::{ErrorCode, Failure};
use md5::{Digest, Md5};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reaction {
    /// `get_firmware_info`, download, size + MD5 check, save.
    Fetch,
    /// `upload_log` of this file's last 2 MiB.
    Upload(PathBuf),
    /// Run this program with the push JSON on stdin.
    Exec(String),
}

#[derive(Default)]
pub struct Reactions {
    map: HashMap<String, Reaction>,
    /// Call id → the push whose reaction made the call.
    pending: HashMap<u64, (String, Reaction)>,
}

impl Reactions {
    pub fn parse(specs: &[String]) -> Result<Reactions, Failure> {
        let mut r = Reactions::default();
        for s in specs {
            let usage = |why: &str| {
                Failure::new(
                    ErrorCode::UsageBadValue,
                    crate::fl!("rest-connect-on-bad", spec = format!("{s:?}"), why = why),
                )
                .hint(crate::fl!("connect-on-hint"))
            };
            let (cmd, action) = s
                .split_once('=')
                .ok_or_else(|| usage(&crate::fl!("connect-on-no-equals")))?;
            if !cmd.starts_with("push_") {
                return Err(usage(&crate::fl!("connect-on-not-push")));
            }
            let reaction = if action == "fetch" {
                Reaction::Fetch
            } else if let Some(f) = action.strip_prefix("upload:") {
                if f.is_empty() {
                    return Err(usage(&crate::fl!("connect-on-no-file")));
                }
                Reaction::Upload(PathBuf::from(f))
            } else if let Some(p) = action.strip_prefix("exec:") {
                if p.is_empty() {
                    return Err(usage(&crate::fl!("connect-on-no-program")));
                }
                Reaction::Exec(p.to_owned())
            } else {
                return Err(usage(&crate::fl!("connect-on-unknown-action")));
            };
            if r.map.insert(cmd.to_owned(), reaction).is_some() {
                return Err(usage(&crate::fl!("connect-on-twice")));
            }
        }
        Ok(r)
    }

    pub fn has(&self, cmd: &str) -> bool {
        self.map.contains_key(cmd)
    }

    /// Some push downloads firmware into `--download-dir`.
    pub fn fetches(&self) -> bool {
        self.map.values().any(|r| *r == Reaction::Fetch)
    }

    /// Starts reactions on pushes and consumes the answers of the calls they made.
    /// `Some(flow)` when the event was theirs.
    pub fn on_event(
        &mut self,
        l: &Lifecycle,
        inbox: &Inbox,
        next_id: &mut u64,
        ctx: &ReactCtx,
    ) -> Option<Flow> {
        match l {
            Lifecycle::Push { cmd, req_id, body } => {
                let reaction = self.map.get(cmd)?.clone();
                let mut id = || {
                    *next_id += 1;
                    *next_id
                };
                match &reaction {
                    Reaction::Fetch => {
                        let id = id();
                        inbox.call(id, Call::Command(Command::GetFirmwareInfo));
                        self.pending.insert(id, (cmd.clone(), reaction));
                    }
                    Reaction::Upload(path) => match read_log_tail(path) {
                        Ok(data) => {
                            let id = id();
                            inbox.call(id, Call::UploadLog(data));
                            self.pending.insert(id, (cmd.clone(), reaction));
                        }
                        // The event names the code and file; the line says it in words.
                        Err(e) => done_human(
                            inbox,
                            cmd,
                            Err(format!("{}: {}", e.code, path.display())),
                            e.message,
                        ),
                    },
                    Reaction::Exec(program) => {
                        let push = Push::new(cmd.clone(), req_id.clone(), body.clone()).to_json();
                        spawn_exec(
                            program.clone(),
                            push,
                            cmd.clone(),
                            ctx.sn.to_owned(),
                            inbox.clone(),
                        );
                    }
                }
                None
            }
            Lifecycle::CallReply {
                id,
                errcode,
                errmsg,
                body,
                ..
            } => {
                let (cmd, reaction) = self.pending.remove(id)?;
                match reaction {
                    Reaction::Fetch if *errcode == crate::core::errcode::NO_FIRMWARE => done_human(
                        inbox,
                        &cmd,
                        Ok(json!({"detail": format!("no firmware published ({errcode})")})),
                        crate::fl!("connect-no-firmware", code = errcode.to_string()),
                    ),
                    // English in the event (the same in every language), the reader's
                    // language on the line.
                    _ if *errcode != 0 => done_human(
                        inbox,
                        &cmd,
                        Err(format!(
                            "{} [{errmsg}]",
                            crate::core::errcode::describe_en(*errcode)
                        )),
                        format!("{} [{errmsg}]", crate::core::errcode::describe(*errcode)),
                    ),
                    Reaction::Fetch => {
                        let r = Reply::ok("", body.clone());
                        match messages::parse_firmware_info(&r) {
                            Ok(fw) => spawn_fetch(fw, ctx, cmd, inbox.clone()),
                            Err(e) => {
                                let line = crate::fl!(
                                    "fmt-firmware-info-malformed",
                                    error = e.to_string()
                                );
                                done_human(inbox, &cmd, Err(e.to_string()), line)
                            }
                        }
                    }
                    Reaction::Upload(path) => done_human(
                        inbox,
                        &cmd,
                        Ok(json!({"detail": format!("uploaded {}", path.display())})),
                        crate::fl!("connect-uploaded", path = path.display().to_string()),
                    ),
                    Reaction::Exec(_) => {}
                }
                Some(Flow::Continue)
            }
            Lifecycle::CallFailed { id, reason, .. } => {
                let (cmd, _) = self.pending.remove(id)?;
                let line = super::report::words(reason);
                done_human(inbox, &cmd, Err(reason.stable()), line);
                Some(Flow::Continue)
            }
            _ => None,
        }
    }

    /// Prints the outcome of a reaction.
    pub fn report(&self, note: &Value, ctx: &ReactCtx) {
        let cmd = note["reaction_done"].as_str().unwrap_or("?");
        if ctx.out.json {
            let mut v = note.clone();
            if let Some(o) = v.as_object_mut() {
                o.remove(HUMAN);
            }
            v["event"] = "reaction".into();
            v["sn"] = ctx.sn.into();
            let _ = ctx.out.json_line(&v);
        } else if note["ok"].as_bool() == Some(true) {
            ctx.out.info(crate::fl!(
                "connect-reaction-done",
                cmd = cmd,
                detail = human(note, "detail")
            ));
        } else {
            ctx.out.warn(crate::fl!(
                "connect-reaction-failed",
                cmd = cmd,
                error = human(note, "error")
            ));
        }
    }
}

/// The key of a note's line for a person (in the reader's language); it never reaches the
/// `reaction` event, whose `detail`/`error` stay English.
const HUMAN: &str = "human";

/// What a person reads about a reaction: its line in their language where the reaction
/// gave one, else the event's own words.
pub(super) fn human<'a>(note: &'a Value, field: &str) -> &'a str {
    note[HUMAN]
        .as_str()
        .or_else(|| note[field].as_str())
        .unwrap_or("?")
}

/// [`done`] with the line a person reads in their language.
fn done_human(inbox: &Inbox, cmd: &str, r: Result<Value, String>, line: String) {
    let mut v = match r {
        Ok(mut v) => {
            v["reaction_done"] = cmd.into();
            v["ok"] = true.into();
            v
        }
        Err(e) => json!({"reaction_done": cmd, "ok": false, "error": e}),
    };
    v[HUMAN] = line.into();
    inbox.note(v);
}

fn done(inbox: &Inbox, cmd: &str, r: Result<Value, String>) {
    inbox.note(match r {
        Ok(mut v) => {
            v["reaction_done"] = cmd.into();
            v["ok"] = true.into();
            v
        }
        Err(e) => json!({"reaction_done": cmd, "ok": false, "error": e}),
    });
}

fn spawn_exec(program: String, push: String, cmd: String, sn: String, inbox: Inbox) {
    tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        let child = tokio::process::Command::new(&program)
            .env("WECOM_HW_SN", &sn)
            .env("WECOM_HW_PUSH_CMD", &cmd)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .kill_on_drop(true)
            .spawn();
        let mut child = match child {
            Ok(c) => c,
            Err(e) => {
                let line = crate::fl!(
                    "connect-exec-cannot-run",
                    program = program.clone(),
                    error = e.to_string()
                );
                return done_human(
                    &inbox,
                    &cmd,
                    Err(format!("cannot run {program}: {e}")),
                    line,
                );
            }
        };
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(push.as_bytes()).await;
            let _ = stdin.write_all(b"\n").await;
        }
        match child.wait_with_output().await {
            Ok(o) => {
                let stdout = String::from_utf8_lossy(&o.stdout).trim_end().to_owned();
                if o.status.success() {
                    done_human(
                        &inbox,
                        &cmd,
                        Ok(json!({"detail": format!("{program} ran"), "stdout": stdout})),
                        crate::fl!("connect-exec-ran", program = program.clone()),
                    )
                } else {
                    done_human(
                        &inbox,
                        &cmd,
                        Err(format!("{program} exited with {}", o.status)),
                        crate::fl!(
                            "connect-exec-failed",
                            program = program.clone(),
                            status = o.status.to_string()
                        ),
                    )
                }
            }
            Err(e) => {
                let line = crate::fl!(
                    "fmt-exec-wait-failed",
                    program = program.clone(),
                    error = e.to_string()
                );
                done_human(&inbox, &cmd, Err(format!("{program}: {e}")), line)
            }
        }
    });
}

fn spawn_fetch(fw: FirmwareInfo, ctx: &ReactCtx, cmd: String, inbox: Inbox) {
    if !messages::version_newer(&fw.firmware_version, ctx.firmware_version) {
        let line = crate::fl!(
            "connect-fetch-not-newer",
            version = fw.firmware_version.clone(),
            current = ctx.firmware_version
        );
        return done_human(
            &inbox,
            &cmd,
            Ok(
                json!({"detail": format!("firmware {} is not newer than {}: nothing to do",
                fw.firmware_version, ctx.firmware_version), "firmware": fw}),
            ),
            line,
        );
    }
    let tls = ctx.tls.clone();
    let dir = ctx.dir.to_owned();
    tokio::spawn(async move {
        match fetch(&fw, tls, &dir).await {
            Ok(p) => {
                let line = crate::fl!(
                    "connect-fetch-done",
                    version = fw.firmware_version.clone(),
                    path = p.display().to_string()
                );
                done_human(
                    &inbox,
                    &cmd,
                    Ok(
                        json!({"detail": format!("firmware {} downloaded, size and md5 verified, saved as {}",
                        fw.firmware_version, p.display()), "firmware": fw, "saved": p}),
                    ),
                    line,
                )
            }
            Err(e) => done(&inbox, &cmd, Err(format!("{e:#}"))),
        }
    });
}

async fn fetch(
    fw: &FirmwareInfo,
    tls: std::sync::Arc<rustls::ClientConfig>,
    dir: &Path,
) -> anyhow::Result<PathBuf> {
    let data = download::get(&fw.download_url, tls, fw.size).await?;
    if data.len() as u64 != fw.size {
        anyhow::bail!(crate::fl!(
            "rest-connect-download-size",
            got = data.len().to_string(),
            said = fw.size.to_string()
        ));
    }
    let md5 = hex::encode(Md5::digest(&data));
    if !md5.eq_ignore_ascii_case(&fw.md5sum) {
        anyhow::bail!(crate::fl!(
            "rest-connect-download-md5",
            got = md5.clone(),
            said = fw.md5sum.clone()
        ));
    }
    let safe: String = fw
        .firmware_version
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(format!("firmware-{safe}.bin"));
    // The directory was checked at start; it may have gone since. Name the path.
    crate::io::atomic::write(&path, &data, None).map_err(|e| {
        anyhow::anyhow!(crate::fl!(
            "rest-connect-download-save",
            path = path.display().to_string(),
            error = e.to_string(),
            dir = dir.display().to_string()
        ))
    })?;
    Ok(path)
}

/// The last [`MAX_UPLOAD`] bytes of a log file, cut at a line start (6.8: older lines are
/// dropped first).
pub fn read_log_tail(path: &Path) -> Result<Vec<u8>, Failure> {
    let data = std::fs::read(path).map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoReadFailed,
            crate::fl!("connect-log-unreadable", path = path.display().to_string()),
            e,
        )
    })?;
    if data.len() <= MAX_UPLOAD {
        return Ok(data);
    }
    let tail = &data[data.len() - MAX_UPLOAD..];
    let start = tail.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
    Ok(tail[start..].to_vec())
}

pub struct QrResult {
    pub format: &'static str,
    pub url: Option<String>,
    pub saved: Option<String>,
}

/// Sniffs the login QR image (6.9: format not stated), saves it, and decodes PNG with
/// rqrr to recover the URL.
pub fn login_qr(data: &[u8], out: Option<&Path>) -> Result<QrResult, Failure> {
    let format = if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        "png"
    } else if data.starts_with(&[0xff, 0xd8, 0xff]) {
        "jpeg"
    } else if data.starts_with(b"BM") {
        "bmp"
    } else {
        "unknown"
    };
    let saved = match out {
        Some(p) => {
            crate::io::atomic::write(p, data, None).map_err(|e| {
                Failure::caused_by(
                    ErrorCode::IoWriteFailed,
                    crate::fl!("connect-cannot-write", path = p.display().to_string()),
                    e,
                )
            })?;
            Some(p.display().to_string())
        }
        None => None,
    };
    let url = if format == "png" {
        let img = image::load_from_memory_with_format(data, image::ImageFormat::Png)
            .map_err(|e| {
                Failure::caused_by(
                    ErrorCode::ConnectLoginQrUnreadable,
                    crate::fl!("connect-qr-png-bad"),
                    e,
                )
            })?
            .to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        let first = grids.first().ok_or_else(|| {
            Failure::new(
                ErrorCode::ConnectLoginQrUnreadable,
                crate::fl!("connect-qr-none"),
            )
        })?;
        let (_, content) = first.decode().map_err(|e| {
            Failure::caused_by(
                ErrorCode::ConnectLoginQrUnreadable,
                crate::fl!("connect-qr-bad"),
                e,
            )
        })?;
        Some(content)
    } else {
        None
    };
    Ok(QrResult { format, url, saved })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_reactions_and_refuses_bad_ones() {
        let r = Reactions::parse(&[
            "push_update_firmware=fetch".into(),
            "push_fetch_log=upload:app.log".into(),
            "push_user_scan=exec:./x.sh".into(),
        ])
        .unwrap();
        assert_eq!(r.map["push_fetch_log"], Reaction::Upload("app.log".into()));
        assert!(r.has("push_user_scan"));
        for bad in [
            "push_x",
            "x=fetch",
            "push_x=upload:",
            "push_x=run:y",
            "push_x=exec:",
        ] {
            assert!(Reactions::parse(&[bad.into()]).is_err(), "{bad}");
        }
        assert!(Reactions::parse(&["push_a=fetch".into(), "push_a=fetch".into()]).is_err());
    }

    #[test]
    fn log_tail_keeps_the_newest_whole_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.log");
        let line = "2020-01-13T16:00:00.000Z info something happened here\n";
        let text = line.repeat(MAX_UPLOAD / line.len() + 100);
        std::fs::write(&p, &text).unwrap();
        let t = read_log_tail(&p).unwrap();
        assert!(t.len() <= MAX_UPLOAD);
        assert!(t.starts_with(b"2020-01-13T16"));
        assert!(text.as_bytes().ends_with(&t));
        assert!(read_log_tail(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn login_qr_png_decodes_with_rqrr() {
        let url = "https://open.work.weixin.qq.com/connect/hardware?type=static_login&login_code=abc&state=s";
        let code = qrcode::QrCode::new(url.as_bytes()).unwrap();
        let (w, scale, quiet) = (code.width() as u32, 6u32, 4u32);
        let colors = code.to_colors();
        let side = (w + 2 * quiet) * scale;
        let img = image::GrayImage::from_fn(side, side, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            let dark = mx >= quiet
                && my >= quiet
                && mx < w + quiet
                && my < w + quiet
                && colors[((my - quiet) * w + (mx - quiet)) as usize] == qrcode::Color::Dark;
            image::Luma([if dark { 0 } else { 255 }])
        });
        let mut png = Vec::new();
        image::DynamicImage::ImageLuma8(img)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("qr.png");
        let r = login_qr(&png, Some(&out)).unwrap();
        assert_eq!(r.format, "png");
        assert_eq!(r.url.as_deref(), Some(url));
        assert_eq!(std::fs::read(&out).unwrap(), png);
        let j = login_qr(&[0xff, 0xd8, 0xff, 0], None).unwrap();
        assert_eq!((j.format, j.url), ("jpeg", None));
        assert!(login_qr(b"\x89PNG\r\n\x1a\nbroken", None).is_err());
    }
}
