//! `wecom-hw store`.

use crate::store::StoreLocation;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(after_help = "\
The store is a SQLite file (the default) or a PostgreSQL database shared by every station
of a site: --store postgres://USER@HOST:PORT/DB?sslmode=verify-full (or WECOM_HW_STORE).
The password never goes in the URL: PGPASSWORD, WECOM_HW_STORE_PASSWORD_FILE (first line
of a file) or ~/.pgpass (PGPASSFILE, passfile=). sslmode=require and verify-full verify the
server's certificate and name, verify-ca the certificate only, prefer (the default) only
encrypts; extra roots: sslrootcert=FILE or PGSSLROOTCERT.

Examples:
  wecom-hw --store postgres://line@db.factory/wecom store migrate
  wecom-hw store copy ~/.local/share/wecom-hw/devices.db postgres://line@db.factory/wecom
  wecom-hw --store postgres://line@db.factory/wecom store info --json")]
pub struct StoreArgs {
    #[command(subcommand)]
    pub command: StoreCommand,
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Create the store's tables or bring them to this version's schema
    #[command(
        after_help = "Example:\n  wecom-hw --store postgres://line@db.factory/wecom store migrate"
    )]
    Migrate,
    /// Engine, schema version and row counts of the store
    #[command(after_help = "Example:\n  wecom-hw store info --json")]
    Info,
    /// Copy every unit, batch, ledger line and line record into another store, verified
    #[command(after_help = "\
Both stores are read back after the copy and compared per table: row count and a SHA-256
over every value in id order. Exit 6 when the target is not empty (unless --overwrite),
4 when the read-back does not match.

Examples:
  wecom-hw store copy devices.db postgres://line@db.factory/wecom
  wecom-hw store copy postgres://line@db.factory/wecom backup.db --overwrite")]
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The store to read (SQLite path or postgres:// URL); it is not changed
    #[arg(value_name = "FROM", value_hint = clap::ValueHint::AnyPath)]
    pub from: StoreLocation,
    /// The store to write (SQLite path or postgres:// URL); created if missing
    #[arg(value_name = "TO", value_hint = clap::ValueHint::AnyPath)]
    pub to: StoreLocation,
    /// Replace whatever the target holds (its ledger too) instead of refusing
    #[arg(long)]
    pub overwrite: bool,
}
