//! `wecom-hw cloud`: a local emulator of the WeCom device cloud, and its operator commands.

use crate::core::errcode;
use clap::{Args, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = CLOUD_EXAMPLES)]
pub struct CloudArgs {
    /// Directory with the emulator's state, CA and control socket
    /// [default: ~/.local/state/wecom-hw/cloud]
    #[arg(long, value_name = "DIR", env = "WECOM_HW_CLOUD_DIR", global = true)]
    pub state_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: CloudCommand,
}

const CLOUD_EXAMPLES: &str = "\
Examples:
  # terminal 1: the cloud, with devices from a CSV (sn,secret_no)
  wecom-hw cloud serve --listen 127.0.0.1:8443 --devices devices.csv
  # terminal 2: a device trusting the emulator's CA
  wecom-hw connect --endpoint wss://127.0.0.1:8443/ --ca-file ~/.local/state/wecom-hw/cloud/ca.pem ...
  # terminal 3: the admin binds it, pushes, unbinds
  wecom-hw cloud bind E30000000001 --corp Acme
  wecom-hw cloud push E30000000001 fetch_log '{\"hint\":\"wechat\"}'
  wecom-hw cloud status";

#[derive(Debug, Subcommand)]
pub enum CloudCommand {
    /// Run the emulator (TLS WebSocket server) until Ctrl-C
    Serve(Box<ServeArgs>),
    /// Bind a device to a corp: new secret, push_bind_corp to the live connection
    #[command(after_help = "Example:\n  wecom-hw cloud bind E30000000001 --corp 'Demo Corp'")]
    Bind {
        /// Serial number of the device (as the emulator knows it)
        #[arg(value_name = "SN")]
        sn: String,
        /// Corp name reported by get_corp_info [default: the serve --corp]
        #[arg(long, value_name = "NAME")]
        corp: Option<String>,
    },
    /// Unbind a device: its secret becomes invalid, push_unbind_corp is sent
    #[command(after_help = "Example:\n  wecom-hw cloud unbind E30000000001")]
    Unbind {
        /// Serial number of the device (as the emulator knows it)
        #[arg(value_name = "SN")]
        sn: String,
    },
    /// Send a push to a connected device
    #[command(after_help = "Examples:\n  \
        wecom-hw cloud push E30000000001 update_firmware\n  \
        wecom-hw cloud push E30000000001 fetch_log '{\"hint\":\"device_log/20190101\"}'\n  \
        wecom-hw cloud push E30000000001 user_scan '{\"userid\":\"aa\",\"state\":\"s\",\"user_type\":1,\"op_type\":\"scan_qrcode_open\",\"oper_id\":\"x1\"}'\n  \
        wecom-hw cloud push E30000000001 restart")]
    Push {
        /// Serial number of the device (as the emulator knows it)
        #[arg(value_name = "SN")]
        sn: String,
        /// Push name: bind_corp, unbind_corp, user_scan, update_firmware, fetch_log,
        /// restart (= push_restart_device), or any push_* name of lowercase letters, digits
        /// and `_` (anything else is refused with exit 3, nothing is sent)
        #[arg(value_name = "NAME")]
        cmd: String,
        /// Body of the push, a JSON object in single quotes (omitted when not given; not
        /// JSON or not an object: exit 3, nothing is sent)
        #[arg(value_name = "JSON")]
        body: Option<String>,
    },
    /// Publish a firmware image: get_firmware_info reports it (md5 and size computed)
    #[command(
        after_help = "Examples:\n  wecom-hw cloud publish-firmware 1.2.0 build/firmware.bin\n  wecom-hw cloud publish-firmware 1.2.0 build/firmware.bin --url https://cdn.example.com/fw-1.2.0.bin"
    )]
    PublishFirmware {
        /// Version string, at most 20 bytes
        #[arg(value_name = "VERSION")]
        fw_version: String,
        /// The image; the emulator serves a copy over local HTTP unless --url is given
        file: PathBuf,
        /// Report this download URL instead of the emulator's own
        #[arg(long)]
        url: Option<String>,
    },
    /// Let a seed-model device exchange its seedSecretNo again
    #[command(after_help = "Example:\n  wecom-hw cloud reset-secret-no S30000000001")]
    ResetSecretNo {
        /// Serial number of the device (as the emulator knows it)
        #[arg(value_name = "SN")]
        sn: String,
    },
    /// Mark a device expired: register answers 600051
    #[command(
        after_help = "Examples:\n  wecom-hw cloud expire E30000000001\n  wecom-hw cloud expire E30000000001 --undo"
    )]
    Expire {
        /// Serial number of the device (as the emulator knows it)
        #[arg(value_name = "SN")]
        sn: String,
        /// Clear the mark instead
        #[arg(long)]
        undo: bool,
    },
    /// Close a device's connection (the device should reconnect)
    #[command(after_help = "Example:\n  wecom-hw cloud drop E30000000001")]
    Drop {
        /// Serial number of the device (as the emulator knows it)
        #[arg(value_name = "SN")]
        sn: String,
    },
    /// Skew the cloud's clock (get_timestamp and the signature window) by SECS
    #[command(
        after_help = "Examples:\n  wecom-hw cloud set-clock-skew 600    # cloud 10 minutes ahead: devices get 600023\n  wecom-hw cloud set-clock-skew 0"
    )]
    SetClockSkew {
        /// Seconds to add to the cloud's clock (negative: behind)
        #[arg(allow_hyphen_values = true, value_name = "SECS")]
        secs: i64,
    },
    /// Show devices, connections, bindings and uploads (never a secret)
    #[command(after_help = "Examples:\n  wecom-hw cloud status\n  wecom-hw --json cloud status")]
    Status,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    wecom-hw cloud serve --listen 127.0.0.1:8443 --devices devices.csv\n  \
    wecom-hw cloud serve --listen 127.0.0.1:0 --json --auto-bind-after 3   # port chosen by the OS, NDJSON events\n  \
    wecom-hw cloud serve --insecure-plain --listen 127.0.0.1:8080           # ws:// without TLS\n  \
    wecom-hw cloud serve --fault-errcode ping=600020 --fault-headerless --fault-times 2\n  \
    wecom-hw cloud serve --fault-adversarial oversize-text --fault-adversarial ping-flood\n  \
    wecom-hw cloud serve --console --console-listen 127.0.0.1:8080          # and the console in a browser\n\n\
    Adversarial modes (--fault-adversarial MODE; \"first reply after login\" = the answer to\n\
    a subscribed connection's first call or heartbeat):\n  \
    oversize-text          first reply after login padded to 2 MiB in one text frame\n  \
    oversize-binary        login-QR binary reply padded to 2 MiB, in 64 KiB fragments\n  \
    split-bytes            every frame of a connection written 1 byte per TCP segment\n  \
    invalid-utf8           first reply after login as a text frame with invalid UTF-8\n  \
    duplicate-keys         first push with `cmd` twice (push_unbind_corp, then the real one)\n  \
    wrong-req-id           first reply of all with a req_id the device never sent\n  \
    push-before-subscribe  push_unbind_corp on a new connection before its first reply\n  \
    binary-len-long        login-QR reply whose data_len is longer than its payload\n  \
    binary-len-short       login-QR reply whose data_len is shorter than its payload\n  \
    binary-len-huge        login-QR reply whose data_len is 4 GiB - 1\n  \
    ping-flood             50,000 WebSocket pings after the first reply after login\n  \
    reorder-replies        first reply after login held until the next reply (at most 2 s)\n\
    What `wecom-hw connect` does about each: see `wecom-hw connect --help`.\n\n\
    Devices file: CSV with a header row (sn, secret_no or seedSecretNo, optional seed yes/no),\n\
    or NDJSON objects with the same keys. Header aliases as in the registration import.\n\
    The first stdout line tells where the emulator listens and where its CA is.")]
pub struct ServeArgs {
    /// Address to listen on (port 0: any free port, printed on the first line)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8443")]
    pub listen: SocketAddr,
    /// Devices the cloud knows (CSV or NDJSON); may be repeated. Others get 600001
    #[arg(long, value_name = "FILE")]
    pub devices: Vec<PathBuf>,
    /// Also know the units of a registration export (.xlsx/.xls/.ods/.csv, read like `import`)
    #[arg(long, value_name = "FILE")]
    pub export: Vec<PathBuf>,
    /// Also know every unit in the device store (--store)
    #[arg(long)]
    pub from_store: bool,
    /// Serve plain ws:// instead of TLS (local testing only)
    #[arg(long)]
    pub insecure_plain: bool,
    /// Extra DNS name or IP for the server certificate (may be repeated)
    #[arg(long, value_name = "NAME")]
    pub san: Vec<String>,
    /// Address of the HTTP server for published firmware
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:0")]
    pub firmware_listen: SocketAddr,
    /// Close a connection that sent nothing for SECS seconds (0: never)
    #[arg(long, value_name = "SECS", default_value_t = 120)]
    pub idle_timeout: u64,
    /// Bind a device automatically after N unanswered `active` polls (0: at once)
    #[arg(long, value_name = "N")]
    pub auto_bind_after: Option<u32>,
    /// Corp name for automatic binds and `bind` without --corp
    #[arg(long, value_name = "NAME", default_value = "Emulated Corp")]
    pub corp: String,
    /// Accepted clock difference of signed requests, seconds (assumed 300)
    #[arg(long, value_name = "SECS", default_value_t = 300)]
    pub timestamp_window: u64,
    /// Answer `ping` before `subscribe_corp` with 0 instead of 600020
    #[arg(long)]
    pub permissive: bool,
    /// A register of an SN live on another connection takes over (instead of 600002)
    #[arg(long)]
    pub takeover: bool,
    /// Accept subscribe_corp without register when the secret identifies the device
    #[arg(long)]
    pub subscribe_without_register: bool,
    /// Code for a second subscribe_corp on one connection (600054 or 600045)
    #[arg(long, value_name = "CODE", default_value_t = errcode::CONN_ALREADY_SUBSCRIBED)]
    pub resubscribe_errcode: i64,
    /// Code for `active` while unbound (assumed 600004)
    #[arg(
        long,
        value_name = "CODE",
        default_value_t = errcode::NOT_AUTHORISED,
        allow_hyphen_values = true
    )]
    pub unbound_errcode: i64,
    /// Code for an unknown cmd
    #[arg(
        long,
        value_name = "CODE",
        default_value_t = errcode::SYSTEM_BUSY,
        allow_hyphen_values = true
    )]
    pub unknown_cmd_errcode: i64,
    /// Code for malformed JSON or a request without headers.req_id
    #[arg(
        long,
        value_name = "CODE",
        default_value_t = errcode::SYSTEM_BUSY,
        allow_hyphen_values = true
    )]
    pub malformed_errcode: i64,
    /// Push sent after selfhelp_notify (assumed name)
    #[arg(long, value_name = "NAME", default_value = "push_selfhelp_notify")]
    pub selfhelp_push: String,
    /// Start with the cloud's clock this many seconds ahead (negative: behind), as `set-clock-skew` does later
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 0,
        allow_hyphen_values = true
    )]
    pub clock_offset: i64,
    /// Largest accepted upload, bytes (larger: 600052)
    #[arg(long, value_name = "BYTES", default_value_t = 2 * 1024 * 1024)]
    pub max_upload: usize,
    /// Also serve the console (devices, live frame logs, bind/unbind/push, fault switches)
    /// in this process; it prints its URL, which carries the access token
    #[arg(long)]
    pub console: bool,
    /// Address and port of the console (with --console)
    #[arg(long, value_name = "ADDR:PORT", default_value = crate::cli::console::DEFAULT_LISTEN, requires = "console")]
    pub console_listen: SocketAddr,
    /// Accept a --console-listen address other than loopback (anyone who can reach it and
    /// holds the printed token drives the emulator)
    #[arg(long, requires = "console")]
    pub allow_remote: bool,
    #[command(flatten)]
    pub faults: FaultArgs,
}

/// Fault injection for device tests (`wss.md` 11.6).
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Fault injection")]
pub struct FaultArgs {
    /// How many times each counted fault fires (0: every time)
    #[arg(long, value_name = "K", default_value_t = 1)]
    pub fault_times: u32,
    /// Close a connection after its N-th inbound frame (counted)
    #[arg(long, value_name = "N")]
    pub fault_drop_after: Option<u32>,
    /// Delay every reply and push by MS milliseconds
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub fault_delay: u64,
    /// Answer CMD with CODE instead of processing it (counted; may be repeated)
    #[arg(long, value_name = "CMD=CODE", value_parser = parse_cmd_code)]
    pub fault_errcode: Vec<(String, i64)>,
    /// Swallow the reply to CMD, so the device must resend (counted; may be repeated)
    #[arg(long, value_name = "CMD")]
    pub fault_drop_reply: Vec<String>,
    /// Send every error reply without `headers`
    #[arg(long)]
    pub fault_headerless: bool,
    /// Refuse TLS handshakes (counted)
    #[arg(long)]
    pub fault_refuse_tls: bool,
    /// After a subscribe_corp, send a push with this unknown name (counted)
    #[arg(long, value_name = "NAME")]
    pub fault_unknown_push: Option<String>,
    /// Send the binary login-QR reply truncated (declared length overruns it; counted)
    #[arg(long)]
    pub fault_truncate_binary: bool,
    /// Break the wire protocol on purpose: MODE as listed below (counted; may be repeated)
    #[arg(long, value_name = "MODE", value_enum, hide_possible_values = true)]
    pub fault_adversarial: Vec<AdversarialMode>,
}

/// The adversarial modes of `--fault-adversarial` (what `wecom-hw connect` does about
/// each is in its --help and the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AdversarialMode {
    /// First reply after login padded to 2 MiB in one text frame
    OversizeText,
    /// Login-QR binary reply padded to 2 MiB, sent in 64 KiB fragments
    OversizeBinary,
    /// Every frame of a connection written 1 byte per TCP segment (flushed each byte)
    SplitBytes,
    /// First reply after login as a text frame with invalid UTF-8
    InvalidUtf8,
    /// First push with `cmd` twice (push_unbind_corp, then the real name)
    DuplicateKeys,
    /// First reply of all with a req_id the device never sent
    WrongReqId,
    /// push_unbind_corp on a new connection before its first request is answered
    PushBeforeSubscribe,
    /// Login-QR reply whose data_len is longer than its payload
    BinaryLenLong,
    /// Login-QR reply whose data_len is shorter than its payload
    BinaryLenShort,
    /// Login-QR reply whose data_len is 4 GiB - 1
    BinaryLenHuge,
    /// 50,000 WebSocket pings back to back after the first reply after login
    PingFlood,
    /// First reply after login held until the next reply went out (at most 2 s)
    ReorderReplies,
}

impl AdversarialMode {
    pub fn core(self) -> crate::core::wss::cloud::Adversarial {
        use crate::core::wss::cloud::Adversarial as A;
        match self {
            AdversarialMode::OversizeText => A::OversizeText,
            AdversarialMode::OversizeBinary => A::OversizeBinary,
            AdversarialMode::SplitBytes => A::SplitBytes,
            AdversarialMode::InvalidUtf8 => A::InvalidUtf8,
            AdversarialMode::DuplicateKeys => A::DuplicateKeys,
            AdversarialMode::WrongReqId => A::WrongReqId,
            AdversarialMode::PushBeforeSubscribe => A::PushBeforeSubscribe,
            AdversarialMode::BinaryLenLong => A::BinaryLenLong,
            AdversarialMode::BinaryLenShort => A::BinaryLenShort,
            AdversarialMode::BinaryLenHuge => A::BinaryLenHuge,
            AdversarialMode::PingFlood => A::PingFlood,
            AdversarialMode::ReorderReplies => A::ReorderReplies,
        }
    }
}

fn parse_cmd_code(s: &str) -> Result<(String, i64), String> {
    let (cmd, code) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?}: expected CMD=CODE, e.g. ping=600020"))?;
    let code = code
        .trim()
        .parse::<i64>()
        .map_err(|_| format!("{code:?} is not an errcode"))?;
    if cmd.is_empty() {
        return Err("empty CMD".into());
    }
    Ok((cmd.trim().to_owned(), code))
}

#[cfg(test)]
mod tests {
    #[test]
    fn definitions_are_consistent() {
        use clap::CommandFactory;
        crate::cli::Cli::command().debug_assert();
    }
}
