//! Argument groups shared by several subcommands.

use clap::Args;
use std::path::PathBuf;

/// Where a secret comes from. There is deliberately no flag that takes the value itself:
/// argv is visible in `ps` and shell history.
#[derive(Debug, Args, Clone, Default)]
pub struct SecretArgs {
    /// Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file
    #[arg(long, value_name = "PATH", conflicts_with = "secret_stdin")]
    pub secret_file: Option<PathBuf>,
    /// Read the secret from the first line of standard input
    #[arg(long)]
    pub secret_stdin: bool,
    /// Environment variable to read the secret from when no file or stdin is given (failing
    /// that, the device store's secret for the SN)
    #[arg(long, value_name = "NAME", default_value = "WECOM_HW_SECRET_NO")]
    pub secret_env: String,
}
