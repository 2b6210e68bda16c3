//! `wecom-hw devices`.

use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
Secrets are masked (`ed**…**03`) unless --show-secrets is given. A file of secrets is
written with `export --show-secrets -o FILE` (mode 0600); SecretNos are not written into a
stdout that is a file others can read (what `> FILE` usually creates).
A store location that holds no store is an error (exit 3), never an empty list.

Examples:
  wecom-hw devices list
  wecom-hw devices list --batch 2 --status imported --sn 'E3*'
  wecom-hw devices show E30000000001
  wecom-hw devices export -o labels.xlsx
  wecom-hw devices export --format ndjson --show-secrets -o burn-list.ndjson
  wecom-hw devices batches --json")]
pub struct DevicesArgs {
    #[command(subcommand)]
    pub command: DevicesCommand,
}

#[derive(Debug, Subcommand)]
pub enum DevicesCommand {
    /// List units: SN, status, batch, device id, static URL
    #[command(
        after_help = "Examples:\n  wecom-hw devices list --limit 10\n  wecom-hw devices list --batch 2 --status imported --sn 'E3*'\n  wecom-hw --json devices list"
    )]
    List(ListArgs),
    /// Everything the store knows about one unit, with its ledger
    #[command(
        after_help = "Examples:\n  wecom-hw devices show E30000000001\n  wecom-hw --json devices show e30000000001     # SNs compare case-insensitively"
    )]
    Show(ShowArgs),
    /// Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)
    #[command(
        after_help = "Examples:\n  wecom-hw devices export -o units.xlsx\n  wecom-hw devices export --batch 1 --format ndjson\n  wecom-hw devices export --show-secrets -o burn.csv      # file mode 0600"
    )]
    Export(ExportArgs),
    /// List import batches: when, from which file, how many units, seed or per-device
    #[command(after_help = "Example:\n  wecom-hw devices batches")]
    Batches,
}

/// Which units.
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Only units of this import batch
    #[arg(long, value_name = "ID")]
    pub batch: Option<i64>,
    /// Only units with this status (each is the last lifecycle step the unit reached)
    #[arg(long, value_name = "STATUS",
          value_parser = clap::builder::PossibleValuesParser::new(crate::store::LIFECYCLE.iter().map(|e| e.as_str())))]
    pub status: Option<String>,
    /// Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)
    #[arg(long = "sn", value_name = "PATTERN")]
    pub sn_pattern: Option<String>,
    /// At most this many units
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Show SecretNos in full
    #[arg(long)]
    pub show_secrets: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The unit's SN (any case)
    #[arg(value_name = "SN")]
    pub sn: String,
    /// Show SecretNos in full
    #[arg(long)]
    pub show_secrets: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Ndjson,
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format (default: from the --output extension, else csv)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<ExportFormat>,
    /// Write here (atomically; mode 0600 with --show-secrets) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write SecretNos in full (for burning); masked otherwise
    #[arg(long)]
    pub show_secrets: bool,
}
