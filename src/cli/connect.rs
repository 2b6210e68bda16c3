//! `wecom-hw connect`: be the device on the WeCom hardware WebSocket.

use crate::cli::common::SecretArgs;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::time::Duration;

const EXAMPLES: &str = "\
Examples:
  # a unit imported into the device store: SecretNo (or seed) and state come from there
  wecom-hw import export.xlsx
  wecom-hw --station line-3 connect --sn E30000000001 --until subscribed
  # run a device against the real cloud until Ctrl-C (SecretNo in a file)
  wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json
  # against the local emulator (its CA printed by `cloud serve`), exit once bound
  wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json \\
      --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --until bound --timeout 2m
  # a seed model: the secret given is the shared seedSecretNo
  wecom-hw connect --sn E30000000001 --seed --secret-file seed.secret --state-file dev.json
  # react to pushes; keep a masked transcript of every frame
  wecom-hw connect ... --on push_update_firmware=fetch --on push_fetch_log=upload:app.log \\
      --on push_user_scan=exec:./on-scan.sh --transcript wire.ndjson
  # one-shot calls on a fresh session
  wecom-hw connect ... call corp
  wecom-hw connect ... call login-qr --out qr.png

Secret: --secret-file, --secret-stdin or the environment variable when given; otherwise the
device store's entry for --sn (a seed batch's unit runs the seed exchange by itself).

State: --state-file (mode 0600) when given holds the exchanged SecretNo, active_code and
secret. Otherwise, when the store holds the SN, the store keeps them and its ledger records
registered, bound, unbound and secret-exchanged with --station; `-v` says which is used.
A second run then skips what is done: the seed exchange, and `active` once bound.
Neither: nothing is kept and every run registers and activates again.

Timing (wss.md §9; assumed values are flags): heartbeat every 30 s (--ping-interval 20..40),
active polled every 5 s while unbound, get_timestamp/register/active resent after 5 s,
other requests time out after 10 s, 3 missed heartbeats reconnect, reconnect backoff
1 s doubling to 60 s with ±20 % jitter.

Giving up: a `call` gives up after 5 connection attempts in a row fail (--connect-attempts),
with exit 7 and the last network error; a device (no `call`) retries forever unless
--connect-attempts is given. --timeout exits 7 when no connection ever opened, 9 when the
device connected but did not reach --until (or the call's answer) in time.
Another live connection of the same SN (600002, then 600014 on this one) exits 8.

A misbehaving cloud (each line names what the device was doing; state is never touched):
  message or frame over --max-message, text not UTF-8, WebSocket protocol error
      -> close (1009 / 1007 / 1002), reconnect with backoff; calls in flight are resent
  JSON that does not parse, or has a key twice; a reply with a req_id not in flight
      -> dropped; a login step is resent after 5 s, a call fails after 10 s (exit 9)
  push before register succeeded on the connection -> ignored (never wipes the secret)
  binary reply with lying lengths -> dropped, nothing allocated; its call fails (exit 7)
  WebSocket ping flood -> answered (a newer ping replaces an unsent pong), warned once a second
  replies out of order -> matched by req_id";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ConnectArgs {
    /// Device serial number
    #[arg(long, value_name = "SN")]
    pub sn: String,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// The secret given is the model's shared seedSecretNo: exchange it for the device's
    /// own SecretNo with get_secret_no (once; kept in --state-file or the store). Implied
    /// for a seed batch's unit taken from the store
    #[arg(long)]
    pub seed: bool,
    /// Cloud WebSocket URL
    #[arg(
        long,
        value_name = "URL",
        default_value = "wss://openhw.work.weixin.qq.com/"
    )]
    pub endpoint: String,
    /// Also trust the CA certificates in this PEM file (e.g. the emulator's ca.pem)
    #[arg(long, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,
    /// Allow a plain ws:// endpoint (no TLS): for a local emulator only
    #[arg(long)]
    pub insecure_plain: bool,
    /// Keep the device's state (exchanged SecretNo, active_code, secret) in this JSON file
    /// instead of the device store
    #[arg(long, value_name = "PATH")]
    pub state_file: Option<PathBuf>,
    /// firmware_version sent in subscribe_corp
    #[arg(long, value_name = "VERSION", default_value = "1.0.0")]
    pub firmware_version: String,
    /// net_info.wifi_name sent in register
    #[arg(long, value_name = "SSID")]
    pub wifi_name: Option<String>,
    /// net_info.mac_address sent in register
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// Exit 0 once this is reached: registered, bound, subscribed, or a push name
    /// (e.g. push_user_scan)
    #[arg(long, value_name = "WHAT")]
    pub until: Option<String>,
    /// Give up after this long: 90, 90s, 2m. Exit 9 when connected but the goal was not
    /// reached in time; exit 7 when no connection to the cloud ever opened
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub timeout: Option<Duration>,
    /// Give up (exit 7, with the last network error) after N connection attempts in a row
    /// fail (TCP, TLS or WebSocket upgrade); 0 = never. Default: 5 for `call` (about 15 s of
    /// backoff), never otherwise: a device keeps retrying, as a real one does
    #[arg(long, value_name = "N")]
    pub connect_attempts: Option<u32>,
    /// React to a push: CMD=fetch (get_firmware_info, download, md5 check),
    /// CMD=upload:FILE (upload_log), CMD=exec:PROGRAM (push JSON on stdin); repeatable
    #[arg(long = "on", value_name = "CMD=ACTION")]
    pub on: Vec<String>,
    /// Append every frame both ways to this NDJSON file (credentials fingerprinted)
    #[arg(long, value_name = "PATH")]
    pub transcript: Option<PathBuf>,
    /// Heartbeat interval in seconds (the spec allows 20 to 40)
    #[arg(long, value_name = "SECS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(20..=40))]
    pub ping_interval: u64,
    /// Warn when the device clock differs from the cloud's by at least this many seconds
    #[arg(long, value_name = "SECS", default_value_t = 5)]
    pub skew_warn: u64,
    /// Largest WebSocket message or frame accepted from the cloud; a larger one closes
    /// the connection, which is then reopened with backoff
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20,
          value_parser = clap::value_parser!(u64).range(4096..=(64 << 20)))]
    pub max_message: u64,
    /// Where --on ...=fetch saves the downloaded firmware image
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub download_dir: PathBuf,
    #[command(subcommand)]
    pub call: Option<ConnectCommand>,
}

#[derive(Debug, Subcommand)]
pub enum ConnectCommand {
    /// Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed
    /// connection attempts in a row (--connect-attempts)
    #[command(after_help = "Examples:\n  \
        wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call corp\n  \
        wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --out login.png\n  \
        wecom-hw --json connect --sn E30000000001 call firmware")]
    Call {
        #[command(subcommand)]
        what: CallKind,
    },
}

#[derive(Debug, Subcommand, Clone)]
pub enum CallKind {
    /// get_firmware_info: the latest published firmware
    #[command(
        after_help = "Examples:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call firmware\n  wecom-hw --json connect --sn E30000000001 call firmware"
    )]
    Firmware,
    /// get_corp_info: the corp the device is bound to
    #[command(
        after_help = "Examples:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call corp\n  wecom-hw --json connect --sn E30000000001 call corp"
    )]
    Corp,
    /// get_timestamp: the cloud's clock and our offset
    #[command(
        after_help = "Examples:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call time\n  wecom-hw --json connect --sn E30000000001 call time"
    )]
    Time,
    /// error_report: report a device error
    #[command(
        after_help = "Example:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call error-report --errcode 17 --errmsg 'sensor offline'"
    )]
    ErrorReport {
        /// The device's own error code
        #[arg(long, default_value_t = -1, allow_hyphen_values = true)]
        errcode: i64,
        /// Description
        #[arg(long, default_value = "reported by wecom-hw")]
        errmsg: String,
    },
    /// upload_log: upload FILE as a binary v1 upload (last 2 MiB)
    #[command(
        after_help = "Example:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call upload-log /var/log/device.log"
    )]
    UploadLog {
        /// The log file to upload
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// gen_login_qrcode: fetch the static login QR, save it, print its URL
    #[command(
        after_help = "Examples:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --out login.png\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --state kiosk-3"
    )]
    LoginQr {
        /// state returned in push_user_scan
        #[arg(long, default_value = "wecom-hw")]
        state: String,
        /// Where to save the image
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// selfhelp_notify: ask the cloud to push DATA back
    #[command(
        after_help = "Example:\n  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call selfhelp 'door=open'"
    )]
    Selfhelp {
        /// Text the cloud pushes back (JSON inside must be escaped as a string)
        #[arg(value_name = "DATA")]
        data: String,
    },
}

/// `90`, `90s`, `2m`, `1h`, `500ms`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s
        .find(|c: char| !c.is_ascii_digit())
        .map_or((s, ""), |i| s.split_at(i));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (e.g. 90, 90s, 2m)"))?;
    Ok(match unit {
        "" | "s" => Duration::from_secs(n),
        "ms" => Duration::from_millis(n),
        "m" => Duration::from_secs(n * 60),
        "h" => Duration::from_secs(n * 3600),
        _ => return Err(format!("{s:?}: unknown unit (use ms, s, m or h)")),
    })
}
