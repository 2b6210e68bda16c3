//! Every clap definition of `wecom-hw`, one file per subcommand. The same definitions
//! generate `completions/` and `man/` (hidden `gen-assets` command), so what `--help`
//! says, what the shell completes and what the man page documents cannot drift apart.

pub mod ble;
pub mod cloud;
pub mod common;
pub mod connect;
pub mod console;
pub mod demo;
pub mod devices;
pub mod doctor;
pub mod import;
pub mod line;
pub mod qr;
pub mod sign;
pub mod store;

use crate::output::ColorChoice;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Sign and draw WeCom bind codes, import registration exports, emulate devices and the
/// cloud, and provision Wi-Fi over Bluetooth.
#[derive(Debug, Parser)]
#[command(
    name = "wecom-hw",
    version,
    about = "Toolkit for makers and field technicians of WeCom (企业微信) smart hardware",
    long_about = "Toolkit for makers and field technicians of WeCom (企业微信) smart hardware.\n\n\
        Results go to stdout, diagnostics to stderr. Every command takes --json for\n\
        machine-readable output and exits with a documented code (see EXIT CODES).\n\
        Secrets are never taken on the command line: give them in a file, an environment\n\
        variable or on stdin.",
    after_help = EXAMPLES_HELP,
    after_long_help = TOP_LONG_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command shares.
#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// Print results as JSON (one object per line for streams and batches)
    #[arg(long, global = true)]
    pub json: bool,
    /// Say more on stderr; repeat for more detail (-vv)
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Print only results and errors, no progress or notes
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`:
    /// where that output goes to a terminal and NO_COLOR is not set)
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB
    #[arg(long, global = true, env = "WECOM_HW_STORE", value_name = "PATH|URL", value_hint = clap::ValueHint::AnyPath)]
    pub store: Option<crate::store::StoreLocation>,
    /// Accept a store file that group or others may read (it holds SecretNos)
    #[arg(long, global = true)]
    pub allow_shared_store: bool,
    /// Station name written into ledger entries (default: the host name)
    #[arg(long, global = true, env = "WECOM_HW_STATION", value_name = "NAME")]
    pub station: Option<String>,
    /// Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    // Listed in the order of a unit's life: codes, import, line, device, cloud, radio.
    /// Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)
    Sign(sign::SignArgs),
    /// Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF
    Qr(qr::QrArgs),
    /// Read the vendor console's registration export, validate it and load it into the store
    Import(import::ImportArgs),
    /// List, show and export the units in the device store
    Devices(devices::DevicesArgs),
    /// Be the device: connect to the cloud over wss, register, activate, log in, handle pushes
    Connect(Box<connect::ConnectArgs>),
    /// Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin
    Cloud(cloud::CloudArgs),
    /// Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR
    Ble(Box<ble::BleArgs>),
    /// Production line: issue each unit's secret for flashing and print its label, once
    Line(line::LineArgs),
    /// The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL
    Store(store::StoreArgs),
    /// Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine
    Doctor(doctor::DoctorArgs),
    /// Watch the line and the emulator live in a browser: a local web console
    Console(console::ConsoleArgs),
    /// Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi
    Demo(demo::DemoArgs),
    /// Write shell completions and man pages generated from these definitions
    #[command(hide = true)]
    GenAssets {
        /// Directory that receives completions/ and man/
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

macro_rules! examples {
    () => {
        "\
Examples:
  wecom-hw demo                                           # the whole job on built-in defaults
  wecom-hw import registration-export.xlsx                # load the vendor console's export
  wecom-hw qr static --from-store --label 40x30 -o labels.pdf
  wecom-hw line next --out unit.bin --emit bin --flash 'flasher {file}' --printer tcp://printer:9100
  wecom-hw sign verify \"$URL\" --secret-file secret.txt
  wecom-hw cloud serve --listen 127.0.0.1:8443 --from-store
  wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --until bound
  wecom-hw ble provision --sn E30000000001 --ssid Office --password-file wifi.txt"
    };
}

/// Examples at the end of `wecom-hw -h`.
pub const EXAMPLES_HELP: &str = examples!();

macro_rules! exit_codes {
    () => {
        "\
EXIT CODES:
   0  success
   2  usage: the command line is wrong
   3  bad input data: a file, row, column, SN, URL or secret source
   4  verification failed: bad signature, or a code that did not decode back
   5  expired: a signed code or request is past its validity window
   6  conflict with the device store (duplicate SN, unit already issued)
   7  network or device unreachable
   8  the cloud rejected a request (non-zero errcode)
   9  a step timed out
  10  local I/O error (file or store)
  70  internal error (a bug: please report it)"
    };
}

/// The exit-code table (README, `--help`, man page).
pub const EXIT_CODES_HELP: &str = exit_codes!();

/// Examples and the exit codes at the end of `wecom-hw --help` and in the man page.
pub const TOP_LONG_HELP: &str = concat!(examples!(), "\n\n", exit_codes!());
