//! `wecom-hw import`.

use crate::import::ColumnSpec;
use crate::import::source::FileFormat;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = after_help())]
pub struct ImportArgs {
    /// The registration export: .xlsx, .xlsm, .xlsb, .xls, .ods or .csv (UTF-8 or GBK)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Sheet to read, by name or 1-based number (default: the first sheet with a header row)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Map a column explicitly, by header text or letter (repeatable; fields: sn, secret_no,
    /// device_id, qr_url, model_id, remark)
    #[arg(long = "column", value_name = "FIELD=COLUMN")]
    pub columns: Vec<ColumnSpec>,
    /// Row that holds the headers, numbered as Excel shows it (default: detected)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub header_row: Option<u32>,
    /// File format (default: from the extension)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<FileFormat>,
    /// Check everything and show what would change, without writing to the store
    #[arg(long)]
    pub dry_run: bool,
    /// Refuse a file with more data rows than this (blank rows not counted)
    #[arg(long, value_name = "N", default_value_t = crate::import::DEFAULT_MAX_ROWS,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_rows: u64,
    /// Refuse a file with a cell holding more bytes of text (UTF-8) than this
    #[arg(long, value_name = "BYTES", default_value_t = crate::import::DEFAULT_MAX_CELL_BYTES,
          value_parser = parse_cell_bytes)]
    pub max_cell_bytes: usize,
}

fn parse_cell_bytes(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 64 => Ok(n),
        Ok(_) => Err("at least 64 (an SN alone may have 64 characters)".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// The help epilogue, with the alias table generated from `core::headers::ALIASES` so the
/// help can never disagree with what the importer accepts.
fn after_help() -> String {
    use crate::core::headers::ALIASES;
    use crate::import::IMPORT_FIELDS;
    let mut table = String::new();
    for (field, aliases) in ALIASES.iter().filter(|(f, _)| IMPORT_FIELDS.contains(f)) {
        table.push_str(&format!("  {:<11} {}\n", field.name(), aliases.join(", ")));
    }
    let rows = crate::import::DEFAULT_MAX_ROWS;
    let cell = crate::import::DEFAULT_MAX_CELL_BYTES;
    format!(
        "\
The header row is looked for among the first 10 rows (title rows above it are skipped).
Headers are matched through this alias table, ignoring spaces, full-width forms and case
(seedSecretNo and 初始SecretNo mark a seed batch):
{table}--column overrides it. SN, SecretNo and device id are read as text: a numeric cell is
accepted with a warning when it converts exactly, and is an error when digits are lost.

The import is one transaction: it lands whole or not at all. Re-importing a file changes
nothing. An SN the store already holds with a different SecretNo is a conflict (exit 6) and is
never overwritten. Any row error means nothing is imported (exit 3).

Limits (they bound memory; exceeding one stops the import with exit 3, store unchanged):
--max-rows (default {rows}) data rows, --max-cell-bytes (default {cell}) bytes of text in
any cell. A CSV is checked as it is read, so an overlong line is never held whole; an xlsx's
shared strings are loaded by the spreadsheet reader before any cell can be checked.

Examples:
  wecom-hw import examples/registration-export.xlsx
  wecom-hw import export.csv --dry-run
  wecom-hw import export.xls --sheet 设备列表 --column sn=设备编号 --column secret_no=C
  wecom-hw --store line3.db --station line-3 import export.xlsx --json"
    )
}
