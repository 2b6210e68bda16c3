//! `wecom-hw ble`: scan, status, Wi-Fi list, provisioning and the discovery QR over
//! Bluetooth LE, as the WeCom phone app does it (`ble.md`).

use crate::cli::common::SecretArgs;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

pub const BLE_AFTER_HELP: &str = "\
ASSUMED (configurable, not confirmed by WeCom):
  - Handshake signature: WeCom's phone gets it from WeCom's servers (unpublished). The
    `default` signer is OUR OWN scheme: sorted-SHA1 over sn, SecretNo, client_nonce,
    server_nonce and \"ble_server\". Real firmware that checks WeCom's signature rejects it;
    use --signer exec:PROGRAM to plug in the vendor's signer, or --signer none for debug
    firmware.
  - Wi-Fi scan-list command IDs (--wifi-list-request-id/--wifi-list-answer-id, 30005/10005).
  - 0xED advertising field order and byte orders (--ed-sign-first, --ed-nonce-le,
    --ed-sign-order); company ID is not checked.

EXIT CODES (ble): the failing step is named in the message and in --json (\"step\"):
   3  the device sent malformed data, or bad input (no or bad password, --bssid, --ssid)
   4  --sn given and the device reports another SN (wrong unit)
   7  no adapter / BlueZ not running / device not found / link lost
   8  the device refused: hung up after our signature (handshake-confirm), errcode,
      or wifi_connected false (wifi-report)
   9  a step timed out: connect, handshake-start, sign, handshake-confirm, read-info,
      status, wifi-list, wifi-report
  10  the exec signer failed, or the trace file cannot be written

Examples:
  wecom-hw ble scan --timeout 5
  wecom-hw ble status --address 11:22:33:44:55:66 --secret-file secret.txt
  wecom-hw ble provision --ssid TestAP --password-file wifi.txt --secret-file secret.txt
  wecom-hw ble provision --ssid TestAP --password-env WIFI_PASS --signer exec:./vendor-sign
  wecom-hw ble --backend sim provision --ssid TestAP --password-env WIFI_PASS --secret-env SIM_SECRET
  wecom-hw ble --backend sim --sim-fault wifi-fail provision --ssid TestAP --password-stdin
  wecom-hw ble qr";

const SCAN_HELP: &str = "\
Every sighting is re-checked: service 0xFCE7 AND WeCom 0xEE/0xED manufacturer data (BlueZ
merges scan filters, and 0xFCE7 also belongs to other companies). SIGN is checked only when a
SecretNo is given (0xED only); `?` = no SecretNo, `-` = 0xEE carries no sign.
The scan runs for --timeout, or until the device is seen with --device-id, --sn or --pick first.
Exit codes: 7 nothing found (step scan), 2 several match with --pick only; see `wecom-hw ble --help`.

Examples:
  wecom-hw ble scan --timeout 5
  wecom-hw ble scan --json --secret-file secret.txt     # NDJSON, one object per device
  wecom-hw ble scan --device-id 12345 --pick only
  wecom-hw ble scan --sn SN0001 --pick only        # device ID and SecretNo from the device store";

const STATUS_HELP: &str = "\
Steps: connect, handshake-start (10001), sign, handshake-confirm (10002), read-info (FCC9),
status (30004, protocol version >= 2). Exit codes per step: see `wecom-hw ble --help`.

Examples:
  wecom-hw ble status --secret-file secret.txt
  wecom-hw ble status --address 11:22:33:44:55:66 --signer none --json
  wecom-hw ble status --sn SN0001 --trace status.ndjson --secret-env SECRET
  wecom-hw ble status --sn SN0001       # device ID and SecretNo from the device store";

const WIFI_LIST_HELP: &str = "\
The Wi-Fi scan-list command IDs are not public (assumed 30005/10005); whatever JSON the device
answers is printed. Exit code 9 (step wifi-list) when nothing comes back.

Examples:
  wecom-hw ble wifi-list --signer none
  wecom-hw ble wifi-list --wifi-list-request-id 30001 --wifi-list-answer-id 10003 --json";

const PROVISION_HELP: &str = "\
The password is never taken on the command line: --password-file, --password-env,
--password-stdin, or a hidden prompt when stdin is a terminal. It is masked in --trace.
Exit codes: 8 wifi_connected false (step wifi-report), 9 no report in time, 3 report without
wifi_connected, 4 wrong unit (--sn); see `wecom-hw ble --help`.

Examples:
  wecom-hw ble provision --ssid TestAP --password-file wifi.txt --secret-file secret.txt
  wecom-hw ble provision --ssid Cafe --protocol None --signer none
  printf '%s\\n' \"$PASS\" | wecom-hw ble provision --ssid TestAP --password-stdin --sn SN0001
  wecom-hw ble provision --ssid TestAP --password-env WIFI_PASS --step-timeout wifi-report=60
  wecom-hw ble provision --sn SN0001 --ssid TestAP --password-env WIFI_PASS   # store gives ID + SecretNo";

#[derive(Debug, Args)]
#[command(after_help = BLE_AFTER_HELP)]
pub struct BleArgs {
    #[command(flatten)]
    pub link: LinkArgs,
    #[command(subcommand)]
    pub command: BleCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Backend {
    /// The real radio: btleplug over BlueZ (Linux)
    Bluez,
    /// The in-process WeCom device simulator (tests, demos, training)
    Sim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AdvertKind {
    Ee,
    Ed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Pick {
    /// The device with the strongest signal
    Strongest,
    /// The first device seen (stops the scan early)
    First,
    /// Exactly one device must match, else fail
    Only,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SignOrderArg {
    Digest,
    Reversed,
    Either,
}

/// Radio and simulator flags shared by every `ble` subcommand.
#[derive(Debug, Args, Clone)]
pub struct LinkArgs {
    /// Where to talk to devices: the real radio, or the in-process simulator
    #[arg(long, value_enum, default_value_t = Backend::Bluez, global = true)]
    pub backend: Backend,
    /// Bluetooth controller to use (e.g. hci1); default: the first one
    #[arg(long, value_name = "NAME", global = true)]
    pub adapter: Option<String>,
    /// Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay
    #[arg(long, value_name = "FAULT", global = true)]
    pub sim_fault: Vec<String>,
    /// Environment variable holding the simulated device's SecretNo (default: the text `secretNo`)
    #[arg(long, value_name = "NAME", global = true)]
    pub sim_secret_env: Option<String>,
    /// Advertising layout of the simulated device
    #[arg(long, value_enum, default_value_t = AdvertKind::Ee, global = true)]
    pub sim_advert: AdvertKind,
    /// 0xED layout (assumed): the sign comes before the nonce
    #[arg(long, global = true)]
    pub ed_sign_first: bool,
    /// 0xED layout (assumed): the nonce is little-endian
    #[arg(long, global = true)]
    pub ed_nonce_le: bool,
    /// 0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either
    #[arg(long, value_enum, default_value_t = SignOrderArg::Either, global = true)]
    pub ed_sign_order: SignOrderArg,
}

#[derive(Debug, Subcommand)]
pub enum BleCommand {
    /// List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check
    #[command(after_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Connect, handshake, read FCC9 (MAC, protocol version) and the device's Wi-Fi status
    #[command(after_help = STATUS_HELP)]
    Status(SessionArgs),
    /// Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)
    #[command(after_help = WIFI_LIST_HELP)]
    WifiList(WifiListArgs),
    /// Send Wi-Fi settings and wait for the device's report
    #[command(after_help = PROVISION_HELP)]
    Provision(ProvisionArgs),
    /// Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal
    #[command(
        after_help = "Examples:\n  wecom-hw ble qr\n  wecom-hw ble qr --invert      # dark terminal theme\n  wecom-hw ble qr --json        # just the URL"
    )]
    Qr(QrArgs),
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// How long to scan, in seconds, at most: with --device-id, --sn or --pick first the
    /// scan ends as soon as that device is seen
    #[arg(long, default_value_t = 10.0, value_name = "SECS")]
    pub timeout: f64,
    /// Only devices with this device ID (decimal, as in the vendor console)
    #[arg(long, value_name = "ID")]
    pub device_id: Option<u64>,
    /// Only this SN: its device ID (adverts carry no SN) and, when no secret source is
    /// given, its SecretNo come from the device store
    #[arg(long, value_name = "SN", conflicts_with = "device_id")]
    pub sn: Option<String>,
    /// Report a single device: the strongest, the first seen, or the only one
    #[arg(long, value_enum)]
    pub pick: Option<Pick>,
    /// Check 0xED signs with this SecretNo (optional; with --sn, default: the store's)
    #[command(flatten)]
    pub secret: SecretArgs,
}

/// Which device and how to talk to it.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning
    #[arg(long, value_name = "ADDR")]
    pub address: Option<String>,
    /// When scanning: only this device ID
    #[arg(long, value_name = "ID")]
    pub device_id: Option<u64>,
    /// Expected SN: checked against the device's handshake (10001); wrong unit → exit 4.
    /// A unit in the device store also gives the device ID to scan for and the SecretNo
    #[arg(long, value_name = "SN")]
    pub sn: Option<String>,
    /// When scanning: which device to use
    #[arg(long, value_enum, default_value_t = Pick::Only)]
    pub pick: Pick,
    /// Seconds to scan for the device, at most: the scan ends as soon as the device ID
    /// (--device-id, or the SN's from the device store) is seen, or any device with --pick first
    #[arg(long, default_value_t = 10.0, value_name = "SECS")]
    pub scan_timeout: f64,
    /// Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM
    #[arg(long, default_value = "default", value_name = "SIGNER")]
    pub signer: String,
    /// Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)
    #[arg(long, value_name = "STEP=SECS")]
    pub step_timeout: Vec<String>,
    /// Attempts for transient Bluetooth errors (connect, write, read)
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub attempts: u32,
    /// Write every packet both ways, decoded, as NDJSON to this file (passwords masked)
    #[arg(long, value_name = "FILE")]
    pub trace: Option<PathBuf>,
    /// The device's SecretNo, for the default signer and to verify the device's signature
    /// (none given: the device store's, with --sn)
    #[command(flatten)]
    pub secret: SecretArgs,
}

#[derive(Debug, Args)]
pub struct WifiListArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// Command ID of the Wi-Fi list request (assumed 30005)
    #[arg(long, default_value_t = 30005, value_name = "ID")]
    pub wifi_list_request_id: u16,
    /// Command ID of the device's Wi-Fi list answer (assumed 10005)
    #[arg(long, default_value_t = 10005, value_name = "ID")]
    pub wifi_list_answer_id: u16,
}

#[derive(Debug, Args)]
pub struct ProvisionArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// Network name (1–32 bytes)
    #[arg(long, value_name = "SSID")]
    pub ssid: String,
    /// Access point MAC, optional (AA:BB:CC:DD:EE:FF)
    #[arg(long, value_name = "MAC")]
    pub bssid: Option<String>,
    /// Security of the network; None sends an empty password
    #[arg(long, default_value = "WPA2", value_parser = ["WPA2", "WPA", "WEP", "None"])]
    pub protocol: String,
    /// Read the Wi-Fi password from the first line of this file
    #[arg(long, value_name = "PATH", group = "password_source")]
    pub password_file: Option<PathBuf>,
    /// Read the Wi-Fi password from this environment variable
    #[arg(long, value_name = "NAME", group = "password_source")]
    pub password_env: Option<String>,
    /// Read the Wi-Fi password from the first line of standard input
    #[arg(long, group = "password_source")]
    pub password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct QrArgs {
    /// Light modules as blocks instead of dark ones (for dark terminal themes)
    #[arg(long)]
    pub invert: bool,
}
