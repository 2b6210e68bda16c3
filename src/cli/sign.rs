//! `wecom-hw sign`.

use super::common::SecretArgs;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  export WECOM_HW_SECRET_NO=$(cat secret.txt)
  wecom-hw sign bind --sn E30000000001 --url
  wecom-hw sign bind --sn E30000000001 --timestamp 1700000000 --nonce 123456 --explain
  wecom-hw sign register --sn E30000000001 --secret-file secret.txt --json
  wecom-hw sign verify 'https://open.work.weixin.qq.com/connect/hardware?sn=…' --secret-file secret.txt
  wecom-hw sign bind --input devices.csv --output urls.csv")]
pub struct SignArgs {
    #[command(subcommand)]
    pub command: SignCommand,
}

#[derive(Debug, Subcommand)]
pub enum SignCommand {
    /// Dynamic bind QR signature (type=qrcode, valid 30 minutes)
    #[command(after_help = "\
Examples:
  WECOM_HW_SECRET_NO=$(cat secret.txt) wecom-hw sign bind --sn E30000000001 --url
  wecom-hw sign bind --sn E30000000001 --secret-file secret.txt --timestamp 1700000000 --nonce 123456 --explain
  wecom-hw sign bind --input devices.csv --output urls.csv     # columns sn, secret_no")]
    Bind(SceneArgs),
    /// Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)
    #[command(after_help = "\
Examples:
  wecom-hw sign login --sn E30000000001 --secret-file secret.txt --state qrcode_login --url
  wecom-hw sign login --input devices.ndjson --state door-1 --json")]
    Login(SceneArgs),
    /// `register` device_signature (valid 5 minutes)
    #[command(after_help = "\
Examples:
  wecom-hw sign register --sn E30000000001 --secret-file secret.txt --json
  wecom-hw sign register --sn E30000000001 --secret-stdin --explain < secret.txt")]
    Register(SceneArgs),
    /// `get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)
    #[command(after_help = "\
Examples:
  wecom-hw sign secret-no --sn E30000000001 --secret-file seed.txt --explain
  WECOM_HW_SEED=$(cat seed.txt) wecom-hw sign secret-no --sn E30000000001 --secret-env WECOM_HW_SEED")]
    SecretNo(SceneArgs),
    /// Check a scanned bind/login URL: signature, age and time left
    #[command(after_help = "\
Exit codes: 0 valid, 3 malformed URL, 4 bad signature, 5 expired.

Example:
  wecom-hw sign verify \"$URL\" --secret-file secret.txt --at 1700000600")]
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct SceneArgs {
    /// Device serial number ([0-9A-Za-z], at most 128)
    #[arg(long, value_name = "SN", required_unless_present = "input")]
    pub sn: Option<String>,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Unix seconds to sign (default: now, UTC)
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub timestamp: Option<u64>,
    /// Nonce to sign (default: a random u64; per row in batches)
    #[arg(long, value_name = "U64")]
    pub nonce: Option<u64>,
    /// Opaque state for login codes, returned to the device in push_user_scan
    #[arg(long, value_name = "TEXT")]
    pub state: Option<String>,
    /// Print the whole URL instead of the signature (bind and login only)
    #[arg(long)]
    pub url: bool,
    /// Show the inputs (secret masked), their sorted order, the canonical string and digest
    #[arg(long)]
    pub explain: bool,
    /// Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["sn", "explain"])]
    pub input: Option<PathBuf>,
    /// Batch input format (default: from the extension; required for stdin)
    #[arg(long, value_enum, value_name = "FORMAT", requires = "input")]
    pub input_format: Option<BatchFormat>,
    /// Batch: write results here (atomically) instead of stdout
    #[arg(long, short, value_name = "FILE", requires = "input")]
    pub output: Option<PathBuf>,
    /// Batch output format (default: ndjson with --json, else csv)
    #[arg(long, value_enum, value_name = "FORMAT", requires = "input")]
    pub output_format: Option<BatchFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    Csv,
    Ndjson,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The scanned URL (quote it: it contains `&`)
    #[arg(value_name = "URL")]
    pub url: String,
    #[command(flatten)]
    pub secret: SecretArgs,
    /// Judge validity at this time instead of now (unix seconds)
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub at: Option<u64>,
}
