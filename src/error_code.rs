//! Every error's stable machine code, in one table: its dotted name (what `--json` errors
//! carry as `code`, and what scripts and the coming message catalogs key on), its exit
//! class, and its meaning (the book's list, docs/en/src/reference/exit-codes.md, is generated
//! from it; a test compares them).
//!
//! A code names *what went wrong*, not where: `store.unknown_sn` is the same code whether
//! `qr`, `ble` or `line` asked for the SN. Codes are part of the interface: add new ones,
//! never rename or reuse one. The exit class of a failure comes from here, never from the
//! call site (see [`crate::output::Failure::new`]).

use crate::output::ExitClass;

/// Builds [`ErrorCode`] and its lookups from one list, so a code cannot exist without its
/// name, class and meaning.
macro_rules! error_codes {
    ($( $(#[doc = $doc:literal])+ $variant:ident = $name:literal, $class:ident; )+) => {
        /// A stable machine code for one kind of failure; see the module documentation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl ErrorCode {
            /// Every code, in table order (the README's order).
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),+];

            /// The stable dotted name, e.g. `import.row_invalid`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $name,)+
                }
            }

            /// The exit class (and so the exit code) every failure with this code has.
            pub const fn class(self) -> ExitClass {
                match self {
                    $(ErrorCode::$variant => ExitClass::$class,)+
                }
            }

            /// What the code means, for the README (the variant's documentation).
            pub fn meaning(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => concat!($($doc),+).trim(),)+
                }
            }
        }
    };
}

error_codes! {
    // ---- anything -------------------------------------------------------------------------
    /// A bug in wecom-hw (an error nobody classified): please report it.
    InternalBug = "internal.bug", Internal;
    /// A local file, directory or device could not be used (no more specific code applies).
    IoFailed = "io.failed", Io;
    /// A local file (or stdin) could not be read.
    IoReadFailed = "io.read_failed", Io;
    /// A local file or directory could not be written.
    IoWriteFailed = "io.write_failed", Io;
    /// The terminal could not hide what is typed (stty failed).
    IoTerminal = "io.terminal", Io;

    // ---- the command line -----------------------------------------------------------------
    /// A value given on the command line is not acceptable.
    UsageBadValue = "usage.bad_value", Usage;
    /// Something the command needs was not given.
    UsageMissingValue = "usage.missing_value", Usage;
    /// Options that do not go together, or output that cannot go where it was sent.
    UsageBadCombination = "usage.bad_combination", Usage;
    /// The format cannot be told from the file name: give `--format`.
    UsageUnknownFormat = "usage.unknown_format", Usage;

    // ---- identities and secrets -----------------------------------------------------------
    /// An SN breaks the SN rules (empty, too long, or a character other than 0-9, A-Z, a-z).
    SnInvalid = "sn.invalid", Data;
    /// A secret (SecretNo, seed) from a file, stdin or the environment is empty or malformed.
    SecretInvalid = "secret.invalid", Data;
    /// No secret was given where one is needed.
    SecretMissing = "secret.missing", Data;
    /// The store holds only the seed of this unit's model; its own SecretNo is known after `get_secret_no`.
    SecretSeedOnly = "secret.seed_only", Data;
    /// The unit has its own SecretNo, not a seed: `get_secret_no` is for seed models.
    SecretNotSeed = "secret.not_seed", Data;
    /// SecretNos would go to a file that group or others can read.
    SecretOutputReadable = "secret.output_readable", Io;
    /// A URL is not a valid WeCom bind code.
    BindcodeInvalid = "bindcode.invalid", Data;
    /// A dynamic (expiring) code was given where a label needs the static one.
    BindcodeDynamicOnLabel = "bindcode.dynamic_on_label", Data;
    /// A signature does not match the SN, timestamp and nonce it came with.
    SignBadSignature = "sign.bad_signature", Verify;
    /// A signed code is past its validity window.
    SignExpired = "sign.expired", Expired;
    /// A row or the header of a `sign --input` file is not usable.
    SignInputInvalid = "sign.input_invalid", Data;

    // ---- the device store -----------------------------------------------------------------
    /// There is no device store at the given location.
    StoreMissing = "store.missing", Data;
    /// The SN is not in the device store.
    StoreUnknownSn = "store.unknown_sn", Data;
    /// The device store (or the batch asked for) holds no units.
    StoreEmpty = "store.empty", Data;
    /// The unit has no static bind URL in the store (the export had no QR/hw_code column).
    StoreNoUrl = "store.no_url", Data;
    /// The unit has no device ID in the store (the export had no device ID column).
    StoreNoDeviceId = "store.no_device_id", Data;
    /// The target store of a copy is not empty.
    StoreNotEmpty = "store.not_empty", Conflict;
    /// A store copy does not read back as its source.
    StoreCopyMismatch = "store.copy_mismatch", Verify;
    /// The device store could not be read or written.
    StoreFailed = "store.failed", Io;
    /// The device store stayed busy (other processes held it, or no unit could be claimed).
    StoreBusy = "store.busy", Io;
    /// The device store was written by a newer wecom-hw.
    StoreTooNew = "store.too_new", Io;
    /// The device store holds a value this wecom-hw cannot read.
    StoreCorrupt = "store.corrupt", Io;
    /// The connection to the PostgreSQL store was lost or refused.
    StoreConnectionLost = "store.connection_lost", Network;
    /// The SQLite store file can be read by group or others, and it holds SecretNos.
    StoreReadableByOthers = "store.readable_by_others", Io;
    /// The root certificate given for the PostgreSQL store (`sslrootcert`) cannot be used.
    StoreCertInvalid = "store.cert_invalid", Data;

    // ---- the production line --------------------------------------------------------------
    /// The unit is no longer held by this station (another station or a reset took it).
    LineNotHeld = "line.not_held", Conflict;
    /// The unit's secret was issued before; issuing it again needs a reason (`--reissue`).
    LineAlreadyIssued = "line.already_issued", Conflict;
    /// No unit is left for this station to issue (or none with a bind URL, for a label).
    LineNoUnitLeft = "line.no_unit_left", Data;
    /// The `--flash` or `--verify` program cannot be found.
    LineProgramNotFound = "line.program_not_found", Usage;
    /// The flasher or verifier did not finish within `--flash-timeout`.
    LineStepTimedOut = "line.step_timed_out", Timeout;
    /// The flasher or verifier exited non-zero (the fixture or the unit did not answer).
    LineStepFailed = "line.step_failed", Network;
    /// What the verifier read back is not the payload that was flashed.
    LineVerifyMismatch = "line.verify_mismatch", Verify;
    /// A station set the unit aside after its retries.
    LineSetAside = "line.set_aside", Conflict;

    // ---- the station (`line station`) -----------------------------------------------------
    /// The station profile could not be read.
    StationProfileUnreadable = "station.profile_unreadable", Io;
    /// The station profile is not valid TOML.
    StationProfileSyntax = "station.profile_syntax", Data;
    /// The station profile has a key the station does not know.
    StationProfileUnknownKey = "station.profile_unknown_key", Data;
    /// A required key of the station profile is missing.
    StationProfileMissingKey = "station.profile_missing_key", Data;
    /// A value in the station profile is not one the key can take.
    StationProfileBadValue = "station.profile_bad_value", Data;
    /// A check before the first unit failed (store, printer, flasher, label, disk space).
    StationPreflightFailed = "station.preflight_failed", Io;
    /// `--slot` names a slot the profile does not have.
    StationNoSuchSlot = "station.no_such_slot", Usage;

    // ---- import ---------------------------------------------------------------------------
    /// The file cannot be read as a spreadsheet or CSV (damaged, or not an export).
    ImportUnreadable = "import.unreadable", Data;
    /// The file is over an import limit (rows, cell size, sheet size).
    ImportTooLarge = "import.too_large", Data;
    /// No header row was found, or a required column is missing.
    ImportNoHeader = "import.no_header", Data;
    /// The workbook has no sheet of the name given with `--sheet`.
    ImportUnknownSheet = "import.unknown_sheet", Usage;
    /// A `--column` names no header and no column letter of the sheet.
    ImportUnknownColumn = "import.unknown_column", Usage;
    /// Rows of the export are invalid (each listed as a problem); nothing was imported.
    ImportRowInvalid = "import.row_invalid", Data;
    /// SNs of the export are in the store with different data; nothing was imported.
    ImportConflict = "import.conflict", Conflict;

    // ---- QR codes and labels --------------------------------------------------------------
    /// The label given (`--label`, `--dpi`) is too small for the code.
    RenderLabelTooSmall = "render.label_too_small", Usage;
    /// The payload is too long for any QR code at the error correction asked for.
    RenderPayloadTooLong = "render.payload_too_long", Data;
    /// The label language cannot carry this payload (ZPL: non-ASCII bytes; TSPL: line breaks).
    RenderPayloadUnsupported = "render.payload_unsupported", Data;
    /// The output format holds one code per file; a batch needs `--out-dir` or a zpl/tspl/pdf job.
    RenderOneCodePerFile = "render.one_code_per_file", Usage;
    /// The drawn code did not decode back to its payload.
    RenderDecodeBackFailed = "render.decode_back_failed", Verify;
    /// The text to encode is empty.
    QrEmptyText = "qr.empty_text", Data;
    /// A row of a `qr static --input` file is not usable.
    QrInputInvalid = "qr.input_invalid", Data;
    /// Two units of a batch would be written to the same file.
    QrDuplicateFile = "qr.duplicate_file", Data;

    // ---- device state files ---------------------------------------------------------------
    /// A device state file is not one (unreadable JSON, bad field).
    StateInvalid = "state.invalid", Data;
    /// A device state file belongs to another SN.
    StateWrongSn = "state.wrong_sn", Data;

    // ---- the cloud emulator ---------------------------------------------------------------
    /// No cloud emulator answers on its control socket.
    CloudUnreachable = "cloud.unreachable", Network;
    /// The cloud emulator's control socket failed mid-request or answered nonsense.
    CloudControlFailed = "cloud.control_failed", Network;
    /// The cloud (or the emulator) refused the request.
    CloudRejected = "cloud.rejected", Rejected;
    /// Another emulator already serves this state directory.
    CloudAlreadyServing = "cloud.already_serving", Conflict;
    /// The emulator's devices file has a bad row or column.
    CloudDevicesInvalid = "cloud.devices_invalid", Data;
    /// A listening socket could not be opened (address in use, not allowed).
    NetListenFailed = "net.listen_failed", Network;
    /// The cloud refused a request as signed outside its time window (600023): the clock is off.
    CloudTimestampExpired = "cloud.timestamp_expired", Expired;
    /// The cloud's answer lacks a field, or is not the kind of answer the request expects.
    CloudUnexpectedReply = "cloud.unexpected_reply", Data;
    /// A frame from the cloud could not be read (bad JSON, bad binary layout), or the link dropped mid-request.
    CloudMalformed = "cloud.malformed", Network;
    /// The cloud did not answer a request in time.
    CloudNoAnswer = "cloud.no_answer", Timeout;
    /// A push name or push body given to `cloud push` is not usable.
    CloudPushInvalid = "cloud.push_invalid", Data;
    /// The firmware image to publish is not a readable file.
    CloudFirmwareUnreadable = "cloud.firmware_unreadable", Data;
    /// Two device sources of the emulator give the same SN different secrets.
    CloudDevicesConflict = "cloud.devices_conflict", Conflict;
    /// The emulator's saved state (`state.json`) cannot be read.
    CloudStateInvalid = "cloud.state_invalid", Data;
    /// The cloud could not be reached: TCP, TLS or the WebSocket upgrade failed.
    NetUnreachable = "net.unreachable", Network;
    /// The server's TLS certificate is not trusted (give its CA with `--ca-file`).
    NetCertificateUntrusted = "net.certificate_untrusted", Network;
    /// The label printer could not be reached or stopped taking the job.
    NetPrinterUnreachable = "net.printer_unreachable", Network;
    /// `connect --timeout` passed before the goal was reached.
    ConnectTimedOut = "connect.timed_out", Timeout;
    /// A reaction to a push (`--on CMD=ACTION`) failed.
    ConnectReactionFailed = "connect.reaction_failed", Data;
    /// The login QR image from the cloud does not decode.
    ConnectLoginQrUnreadable = "connect.login_qr_unreadable", Data;

    // ---- Bluetooth ------------------------------------------------------------------------
    /// No Bluetooth adapter (or BlueZ is not running).
    BleNoAdapter = "ble.no_adapter", Network;
    /// The Bluetooth adapter is powered off or blocked.
    BleAdapterOff = "ble.adapter_off", Network;
    /// BlueZ refused us (D-Bus policy).
    BlePermission = "ble.permission", Network;
    /// No (matching) WeCom device was found.
    BleNotFound = "ble.not_found", Network;
    /// Several WeCom devices match: choose one.
    BleAmbiguous = "ble.ambiguous", Usage;
    /// The Bluetooth link failed.
    BleLinkFailed = "ble.link_failed", Network;
    /// A Bluetooth step did not finish in time.
    BleTimeout = "ble.timeout", Timeout;
    /// The device closed the link after our handshake signature: it rejected it.
    BleHandshakeRejected = "ble.handshake_rejected", Rejected;
    /// The device refused a request (an errcode, or Wi-Fi not joined).
    BleRefused = "ble.refused", Rejected;
    /// The device sent a packet we cannot use.
    BleMalformed = "ble.malformed", Data;
    /// The handshake signer failed.
    BleSignerFailed = "ble.signer_failed", Io;
    /// The device is not the one asked for.
    BleWrongDevice = "ble.wrong_device", Verify;
    /// An SSID, BSSID or Wi-Fi password the network type does not allow.
    WifiInvalid = "wifi.invalid", Data;
    /// No Wi-Fi password was given for a protected network.
    WifiNoPassword = "wifi.no_password", Data;

    // ---- demo -----------------------------------------------------------------------------
    /// A step of the demo failed; the exit code is that step's own (70 if it had none).
    DemoStepFailed = "demo.step_failed", Internal;

    // ---- doctor: what is wrong around the tool ------------------------------------------
    /// This machine's clock is off from the cloud's by more than the signature window (300 s; a warning beyond 30 s).
    ClockSkewed = "clock.skewed", Expired;
    /// The endpoint's host name does not resolve.
    NetDnsFailed = "net.dns_failed", Network;
    /// The endpoint's certificate is not trusted, expired or expiring soon (or TLS is intercepted).
    NetTlsUntrusted = "net.tls_untrusted", Network;
    /// Proxy variables are set, but wecom-hw connects directly.
    NetProxyIgnored = "net.proxy_ignored", Network;
    /// The store file or its directory may be read (or written) by group or others.
    StoreShared = "store.shared", Io;
    /// The PostgreSQL role lacks a privilege the tool needs on the store's tables.
    StoreNoPrivilege = "store.no_privilege", Io;
    /// The label printer does not answer on its port.
    PrinterUnreachable = "printer.unreachable", Network;
    /// The label printer answers but cannot print (paper or ribbon out, head open, paused), or does not report its status.
    PrinterNotReady = "printer.not_ready", Network;
    /// A flasher or verifier command is not found or not executable.
    FlasherMissing = "flasher.missing", Io;
    /// Little free disk space where the store lives.
    DiskLow = "disk.low", Io;

    // ---- not yet given their own code -----------------------------------------------------
    /// A usage error not yet given its own code.
    UnclassifiedUsage = "unclassified.usage", Usage;
    /// Bad input data not yet given its own code.
    UnclassifiedData = "unclassified.data", Data;
    /// A failed verification not yet given its own code.
    UnclassifiedVerify = "unclassified.verify", Verify;
    /// An expiry not yet given its own code.
    UnclassifiedExpired = "unclassified.expired", Expired;
    /// A conflict with the store not yet given its own code.
    UnclassifiedConflict = "unclassified.conflict", Conflict;
    /// A network failure not yet given its own code.
    UnclassifiedNetwork = "unclassified.network", Network;
    /// A refusal by the cloud not yet given its own code.
    UnclassifiedRejected = "unclassified.rejected", Rejected;
    /// A timeout not yet given its own code.
    UnclassifiedTimeout = "unclassified.timeout", Timeout;
}

impl ErrorCode {
    /// The book's list of codes (the block between the `error-codes` markers of
    /// docs/en/src/reference/exit-codes.md), one row per code in table order.
    /// `tests/it/readme_error_codes.rs` fails when the page differs.
    pub fn readme_table() -> String {
        let mut s = String::from("| code | exit | meaning |\n|---|---:|---|\n");
        for c in ErrorCode::ALL {
            s.push_str(&format!(
                "| `{}` | {} | {} |\n",
                c.as_str(),
                c.class().code(),
                c.meaning()
            ));
        }
        s
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// `area.what`: lower snake case words, one dot.
    fn well_formed(name: &str) -> bool {
        let word = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && !w.ends_with('_')
                && !w.contains("__")
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        matches!(name.split('.').collect::<Vec<_>>()[..], [a, b] if word(a) && word(b))
    }

    #[test]
    fn codes_are_unique_well_formed_and_documented() {
        let mut seen = HashSet::new();
        for c in ErrorCode::ALL {
            assert!(seen.insert(c.as_str()), "{} appears twice", c.as_str());
            assert!(
                well_formed(c.as_str()),
                "{} is not area.lower_snake",
                c.as_str()
            );
            assert!(!c.meaning().is_empty(), "{} has no meaning", c.as_str());
            assert!(
                !c.meaning().contains('|'),
                "{}: `|` breaks the README table",
                c.as_str()
            );
            assert!(ExitClass::ALL.contains(&c.class()));
        }
        assert!(!well_formed("Import.row") && !well_formed("import") && !well_formed("a.b.c"));
        assert!(!well_formed("import.row-invalid") && !well_formed("import._x"));
    }

    #[test]
    fn every_class_has_codes() {
        for class in ExitClass::ALL {
            assert!(
                ErrorCode::ALL.iter().any(|c| c.class() == class),
                "{class:?}"
            );
        }
        // The codes report_error gives errors that are not Failures.
        assert_eq!(ErrorCode::InternalBug.class(), ExitClass::Internal);
        assert_eq!(ErrorCode::IoFailed.class(), ExitClass::Io);
    }

    #[test]
    fn serializes_as_its_name() {
        let v = serde_json::to_value(ErrorCode::ImportRowInvalid).unwrap();
        assert_eq!(v, serde_json::json!("import.row_invalid"));
        assert_eq!(
            ErrorCode::ImportRowInvalid.to_string(),
            "import.row_invalid"
        );
    }
}
