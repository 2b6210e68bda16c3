//! `wecom-hw qr`.

use super::common::SecretArgs;
use crate::render::batch::InputFormat;
use crate::render::verify::VerifyMode;
use crate::render::{Ecc, Format, LabelSize};
use clap::{ArgGroup, Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 -o E30000000001.png
  wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 --label 40x30 --dpi 203 -o label.zpl
  wecom-hw qr static --input units.csv --out-dir labels --name '{sn}.png' --label 30x20 --dpi 300
  wecom-hw qr static --input units.csv --label 40x30 -o job.tspl
  WECOM_HW_SECRET_NO=... wecom-hw qr bind --sn E30000000001 --watch
  wecom-hw qr bluetooth -o bt.svg")]
pub struct QrArgs {
    #[command(subcommand)]
    pub command: QrCommand,
}

#[derive(Debug, Subcommand)]
pub enum QrCommand {
    /// Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes
    Bind(DynamicArgs),
    /// Dynamic login code (type=dynamic_login, needs --state), valid 1800 s
    Login(DynamicArgs),
    /// Static label code (…/connect/hardware?hw_code=…), one or a batch from --input
    Static(StaticArgs),
    /// Any text as a QR code
    Url(UrlArgs),
    /// The code that makes the WeCom app look for devices over Bluetooth
    #[command(
        after_help = "Examples:\n  wecom-hw qr bluetooth                 # on the terminal\n  wecom-hw qr bluetooth -o find-devices.png"
    )]
    Bluetooth(DrawArgs),
}

/// How to draw: format, error correction, size, caption, destination.
#[derive(Debug, Args, Clone)]
pub struct DrawArgs {
    /// Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format (default: from --output's extension, else term)
    #[arg(long, short = 'f', value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %
    #[arg(long, value_enum, default_value_t = Ecc::M, value_name = "LEVEL", ignore_case = true)]
    pub ecc: Ecc,
    /// Blank border in modules on every side (4 is the standard minimum)
    #[arg(long, default_value_t = 4, value_name = "MODULES")]
    pub quiet_zone: u32,
    /// Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages
    #[arg(long, default_value_t = 203, value_name = "DPI")]
    pub dpi: u32,
    /// Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits
    #[arg(long, value_name = "WxH", conflicts_with = "dots")]
    pub label: Option<LabelSize>,
    /// Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]
    #[arg(long, value_name = "N")]
    pub dots: Option<u32>,
    /// Text under the code (static labels: the SN by default)
    #[arg(long, value_name = "TEXT", conflicts_with = "no_caption")]
    pub caption: Option<String>,
    /// No text under the code
    #[arg(long)]
    pub no_caption: bool,
    /// Decode-back check: `grid` reads the modules where they were drawn and decodes them;
    /// `full` also makes the decoder find the code in the image, as a phone does (slower)
    #[arg(long, value_enum, default_value_t = VerifyMode::Grid, value_name = "MODE")]
    pub verify: VerifyMode,
    /// Skip the decode-back check. For benchmarking only: unchecked codes may not scan
    #[arg(long, conflicts_with = "verify")]
    pub no_verify: bool,
}

impl DrawArgs {
    /// The decode-back check to run, or `None` with `--no-verify`.
    pub fn check(&self) -> Option<VerifyMode> {
        (!self.no_verify).then_some(self.verify)
    }
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw qr bind --sn E30000000001 --secret-file secret.txt
  wecom-hw qr bind --sn E30000000001 -o bind.png      # SecretNo from the device store
  wecom-hw qr bind --sn E30000000001 --watch --every 5m
  wecom-hw qr login --sn E30000000001 --state qrcode_login --secret-env WECOM_HW_SECRET_NO -o login.png")]
pub struct DynamicArgs {
    /// Device serial number ([0-9A-Za-z], at most 128)
    #[arg(long, value_name = "SN")]
    pub sn: String,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Unix seconds to sign (default: now, UTC)
    #[arg(long, value_name = "UNIX_SECONDS", conflicts_with = "watch")]
    pub timestamp: Option<u64>,
    /// Nonce to sign (default: a random u64)
    #[arg(long, value_name = "U64", conflicts_with = "watch")]
    pub nonce: Option<u64>,
    /// Opaque state for login codes, returned to the device in push_user_scan
    #[arg(long, value_name = "TEXT")]
    pub state: Option<String>,
    /// Keep a fresh code on the terminal, re-signed every --every, showing the time left
    #[arg(long)]
    pub watch: bool,
    /// Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)
    #[arg(
        long,
        default_value = "10m",
        value_name = "DURATION",
        requires = "watch"
    )]
    pub every: String,
    /// Stop --watch after this many codes (default: until interrupted)
    #[arg(long, value_name = "N", requires = "watch")]
    pub count: Option<u64>,
    #[command(flatten)]
    pub draw: DrawArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 -o E30000000001.png
  wecom-hw qr static --url 'https://open.work.weixin.qq.com/connect/hardware?hw_code=lS5AbCdEfGh' --format term
  wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 --label 30x20 --dpi 300 -o label.tspl
  wecom-hw qr static --input units.csv --out-dir labels --name '{sn}.png' --label 40x30
  wecom-hw qr static --input units.ndjson --label 50x30 --dpi 203 -o job.zpl
  # from the device store (after `wecom-hw import export.xlsx`)
  wecom-hw qr static --sn E30000000001 --label 40x30 --dpi 203 -o E30000000001.zpl
  wecom-hw qr static --from-store --batch 3 --out-dir labels --name '{sn}.png'
  wecom-hw --station line-3 qr static --from-store --label 40x30 -o job.tspl

--sn alone (no --url/--hw-code) takes the unit's URL from the device store; --from-store
prints every unit of the store (or of one import --batch). Each label written from the
store is recorded in the unit's ledger as label-printed (with --station).

Batch input: CSV (header row) or NDJSON with an SN column (sn, 设备SN, …) and the URL
(url, qr_url, 二维码, …) or hw_code. Rows are the file's line numbers. Rerunning the
same command skips finished files; --force redoes them.")]
#[command(group(ArgGroup::new("batch_source").args(["input", "from_store"])))]
pub struct StaticArgs {
    /// The static bind URL (https://open.work.weixin.qq.com/connect/hardware?hw_code=…)
    #[arg(long, value_name = "URL", conflicts_with_all = ["hw_code", "batch_source"])]
    pub url: Option<String>,
    /// The hw_code; the URL is built from it
    #[arg(long, value_name = "CODE", conflicts_with = "batch_source")]
    pub hw_code: Option<String>,
    /// SN of the unit: the default caption; alone, the URL comes from the device store
    #[arg(long, value_name = "SN", conflicts_with = "batch_source")]
    pub sn: Option<String>,
    /// Batch: CSV or NDJSON with `sn` and `url` (or `hw_code`) columns
    #[arg(long, value_name = "FILE", required_unless_present_any = ["url", "hw_code", "sn", "from_store"])]
    pub input: Option<PathBuf>,
    /// Batch: every unit of the device store with a static URL (see --batch)
    #[arg(long)]
    pub from_store: bool,
    /// With --from-store: only the units of this import batch (`wecom-hw devices batches`)
    #[arg(long, value_name = "ID", requires = "from_store")]
    pub batch: Option<i64>,
    /// Batch input format (default: from the extension)
    #[arg(long, value_enum, value_name = "FORMAT", requires = "input")]
    pub input_format: Option<InputFormat>,
    /// Batch: write one file per unit into this directory (instead of one -o job)
    #[arg(
        long,
        value_name = "DIR",
        requires = "batch_source",
        conflicts_with = "output"
    )]
    pub out_dir: Option<PathBuf>,
    /// Batch file-name template with {sn} and {row}; its extension picks the format
    #[arg(
        long,
        default_value = "{sn}.png",
        value_name = "TEMPLATE",
        requires = "out_dir"
    )]
    pub name: String,
    /// Batch: redo units whose file already exists (default: skip them)
    #[arg(long, requires = "batch_source")]
    pub force: bool,
    /// Batch worker threads (default: available cores, at most 8)
    #[arg(long, value_name = "N", requires = "batch_source")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub draw: DrawArgs,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wecom-hw qr url 'https://work.weixin.qq.com/' -o link.svg
  wecom-hw qr url --text-file wifi-qr.txt --ecc Q --format term   # text with a password: not on argv
  printf '%s' \"$PAYLOAD\" | wecom-hw qr url - -o code.png")]
pub struct UrlArgs {
    /// The text to encode (quote it); \"-\" reads it from stdin. Text that holds a secret
    /// (a Wi-Fi QR with its password) belongs in --text-file or stdin, not on the command line
    #[arg(
        value_name = "TEXT",
        required_unless_present = "text_file",
        conflicts_with = "text_file"
    )]
    pub text: Option<String>,
    /// Read the text to encode from this file (one trailing newline is dropped)
    #[arg(long, value_name = "PATH")]
    pub text_file: Option<std::path::PathBuf>,
    #[command(flatten)]
    pub draw: DrawArgs,
}
