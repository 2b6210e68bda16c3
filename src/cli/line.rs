//! `wecom-hw line`.

use crate::core::payload::Emit;
use crate::render::{Ecc, LabelSize};
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw line next --station line-1 --emit nvs-csv --out unit.csv \\
      --flash 'flash.sh {file} {sn}' --printer tcp://192.168.1.50:9100 --label 40x30
  wecom-hw line next --sn E30000000007 --emit json --out unit.json --print label.zpl
  wecom-hw line next --sn E30000000007 --reissue 'flash chip replaced' --emit bin --out unit.bin
  wecom-hw line status
  wecom-hw line report --since 2026-11-28T08:00:00Z --format csv -o shift.csv")]
pub struct LineArgs {
    #[command(subcommand)]
    pub command: LineCommand,
}

#[derive(Debug, Subcommand)]
pub enum LineCommand {
    /// Take the next unit (or --sn): issue its payload, flash, verify, print its label
    Next(Box<NextArgs>),
    /// Units per line state and the last failures
    Status(StatusArgs),
    /// Export the ledger since a time, as CSV or NDJSON, for the shift's paperwork
    Report(ReportArgs),
    /// The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL
    Station(StationArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw line station --profile station.toml
  wecom-hw line station --profile station.toml --plain --json < scans.txt
  wecom-hw line station --profile station.toml --slot 1 --slot 2
  wecom-hw line station --hash-pin < pin.txt

Plain mode reads one scan per line (an empty line takes the next unit in `next` mode)
and the keys r, p, q (optionally with a slot number: r 2); at the end of its input it
lets every unit under way finish, then stops. Every setting is in the profile: see
examples/station.toml.")]
pub struct StationArgs {
    /// The station profile (station.toml): store, flasher, printer, slots and the rest
    #[arg(long, value_name = "FILE", required_unless_present = "hash_pin")]
    pub profile: Option<PathBuf>,
    /// Plain mode: scans as lines on stdin, one line per event on stdout (also when
    /// stdout is not a terminal; --json makes the lines NDJSON)
    #[arg(long)]
    pub plain: bool,
    /// Run only this slot (as numbered in the profile, from 1; repeat for several)
    #[arg(long = "slot", value_name = "N", value_parser = clap::value_parser!(u32).range(1..=8))]
    pub slots: Vec<u32>,
    /// Read a lead PIN from stdin and print the profile's lead_pin_hash line for it
    #[arg(long, conflicts_with_all = ["profile", "plain", "slots"])]
    pub hash_pin: bool,
}

/// Defaults of `line next` (also read by its hints, which repeat only what differs).
pub const DEFAULT_ENDPOINT: &str = "wss://openhw.work.weixin.qq.com/";
pub const DEFAULT_NVS_NAMESPACE: &str = "wecom";
pub const DEFAULT_FLASH_TIMEOUT: u64 = 120;
pub const DEFAULT_DPI: u32 = 203;
pub const DEFAULT_DOTS: u32 = 4;
pub const DEFAULT_QUIET_ZONE: u32 = 4;

/// Examples of `line next`, in both its short and long help.
macro_rules! line_next_examples {
    () => {
        "\
Examples:
  wecom-hw line next --emit nvs-csv --out unit.csv --flash 'flash.sh {file} {sn}' --print -
  wecom-hw line next --emit bin --out unit.bin --flash 'prog --port /dev/ttyUSB0 {file}' \\
      --verify 'readback {sn}' --printer tcp://10.0.0.9:9100 --label-format tspl --label 40x30
  wecom-hw line next --dry-run --emit json --flash 'flash.sh {file}'
"
    };
}

/// The `bin` layout, shown in `line next --help` and the man page.
macro_rules! bin_layout_help {
    () => {
        "\
BIN LAYOUT (--emit bin, version 1; all integers little-endian):
  offset 0  4 bytes  magic \"WCHW\"
  offset 4  1 byte   layout version (1)
  offset 5  1 byte   flags: bit 0 set = the secret is the batch's seedSecretNo
  offset 6  2 bytes  total length of the blob in bytes, CRC included
  offset 8  four fields in this order, each a u16 length then that many UTF-8 bytes:
            SN, SecretNo (or seedSecretNo), device id (decimal; length 0 = unknown),
            endpoint URL
  last      4 bytes  CRC-32 (IEEE, as zlib crc32) of every byte before it

NVS CSV (--emit nvs-csv): the ESP-IDF NVS partition generator's layout
  key,type,encoding,value / <namespace>,namespace,, / then data rows: sn string,
  secret_no (or seed_secret_no) string, seed u8, device_id u64 (when known), endpoint
  string. Build the partition with: nvs_partition_gen.py generate unit.csv nvs.bin 0x6000

LINE STATES: claimed → issued (payload written) → flashed → printed → done; or failed.
A unit with any state has had its secret issued: `line next` never takes it again, and
`--sn` refuses it (exit 6) unless --reissue gives a reason. `line next` first finishes
the unit this station left unfinished (after a crash) before taking a new one.

CHECKED BEFORE CLAIMING (and listed by --dry-run): the --flash and --verify programs
exist, --printer parses, and with a label the unit has a bind URL (qr_url, the export's
二维码链接 column) and its code fits the label. With --print or --printer, the next unit is
the next one that has a bind URL: units without one are passed over with a warning and
stay unissued for a station without a printer; `--sn` of such a unit is refused (exit 3).
Nothing is claimed when a check fails.

Exit codes: 2 when a --flash or --verify program or the label settings are wrong; 3 when
the store has no unit left to issue (or none with a bind URL to print); 6 for an already
issued unit; 7 when the flasher exited non-zero or the printer was unreachable (the unit
stays at its step and the next `line next` prints it); 9 when the flasher or verifier
timed out; 4 when --verify did not reproduce the payload. A flasher or verifier failure
marks the unit failed."
    };
}

#[derive(Debug, Args)]
#[command(after_long_help = concat!(line_next_examples!(), "\n", bin_layout_help!()), after_help = concat!(line_next_examples!(), "(--help shows the bin and NVS CSV layouts and the line states)"))]
pub struct NextArgs {
    /// Take this unit (a scanned SN) instead of the next unissued one
    #[arg(long, value_name = "SN")]
    pub sn: Option<String>,
    /// Issue a unit again whose secret was already issued; the reason goes into the ledger
    #[arg(long, value_name = "REASON", requires = "sn")]
    pub reissue: Option<String>,
    /// Payload format for the flasher
    #[arg(long, value_enum, default_value_t = Emit::Json, value_name = "FORMAT")]
    pub emit: Emit,
    /// Write the payload here (mode 0600, whole or not at all); default: stdout, or a
    /// private temporary file when --flash needs {file}
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Endpoint written into the payload (assumed default: the production wss endpoint)
    #[arg(long, default_value = DEFAULT_ENDPOINT, value_name = "URL")]
    pub endpoint: String,
    /// NVS namespace for --emit nvs-csv (at most 15 characters)
    #[arg(long, default_value = DEFAULT_NVS_NAMESPACE, value_name = "NAME")]
    pub nvs_namespace: String,
    /// Flasher command, run without a shell; {file} = the payload file, {sn} = the SN
    #[arg(long, value_name = "COMMAND")]
    pub flash: Option<String>,
    /// Seconds the flasher (and the verifier) may take before the unit fails
    #[arg(long, default_value_t = DEFAULT_FLASH_TIMEOUT, value_name = "SECONDS")]
    pub flash_timeout: u64,
    /// Read-back command whose stdout must reproduce the payload; {sn} and {file} substituted
    #[arg(long, value_name = "COMMAND")]
    pub verify: Option<String>,
    /// Write the label print job to this file ("-" = stdout). {sn} in the name becomes the
    /// unit's SN (label-{sn}.zpl keeps one file per unit); without it each unit's label
    /// replaces the previous one
    #[arg(long, value_name = "FILE|-", conflicts_with = "printer")]
    pub print: Option<PathBuf>,
    /// Send the label job to a network printer (raw port 9100)
    #[arg(long, value_name = "tcp://HOST:PORT")]
    pub printer: Option<String>,
    /// Printer language of the label
    #[arg(long, value_enum, default_value_t = LabelFormat::Zpl, value_name = "LANG")]
    pub label_format: LabelFormat,
    /// Copies of the label
    #[arg(long, default_value_t = 1, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    pub copies: u32,
    /// Label size in mm (e.g. 40x30): the largest whole dots per module that fits
    #[arg(long, value_name = "WxH", conflicts_with = "dots")]
    pub label: Option<LabelSize>,
    /// Printer resolution in dots per inch
    #[arg(long, default_value_t = DEFAULT_DPI, value_name = "DPI")]
    pub dpi: u32,
    /// Dots per module without --label
    #[arg(long, default_value_t = DEFAULT_DOTS, value_name = "N")]
    pub dots: u32,
    /// Error-correction level of the label code
    #[arg(long, value_enum, default_value_t = Ecc::M, value_name = "LEVEL", ignore_case = true)]
    pub ecc: Ecc,
    /// Quiet zone in modules
    #[arg(long, default_value_t = DEFAULT_QUIET_ZONE, value_name = "MODULES")]
    pub quiet_zone: u32,
    /// No SN caption under the code
    #[arg(long)]
    pub no_caption: bool,
    /// Allow the payload, secret included, to go to stdout (no --out and no --flash)
    #[arg(long)]
    pub show_secrets: bool,
    /// Walk through the steps without claiming, writing, flashing or printing; lists every
    /// problem that would stop the run before claiming, and exits as the run would
    #[arg(long)]
    pub dry_run: bool,
}

/// Printer languages for `--label-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LabelFormat {
    /// Zebra ZPL II
    Zpl,
    /// TSC TSPL/TSPL2
    Tspl,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw line status
  wecom-hw line status --failures 20 --json
  wecom-hw line status --silent-after 600     # units held by stations quiet for 10 minutes")]
pub struct StatusArgs {
    /// How many recent failures to show
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub failures: u32,
    /// List unfinished units whose station has not moved them for this many seconds
    /// (a station that crashed or lost its link; it resumes them on its next `line next`)
    #[arg(long, default_value_t = 300, value_name = "SECONDS")]
    pub silent_after: u64,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw line report --since 2026-11-28T08:00:00Z -o shift.csv
  wecom-hw line report --since 2026-11-28 --format ndjson")]
pub struct ReportArgs {
    /// Start time: RFC 3339 (2026-11-28T08:00:00Z) or a date (2026-11-28, UTC midnight)
    #[arg(long, value_name = "TIME")]
    pub since: String,
    /// Export format
    #[arg(long, value_enum, default_value_t = ReportFormat::Csv, value_name = "FORMAT")]
    pub format: ReportFormat,
    /// Write here (whole or not at all) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// CSV with a header row: id,at,sn,station,event,detail
    Csv,
    /// One JSON object per ledger line
    Ndjson,
}
