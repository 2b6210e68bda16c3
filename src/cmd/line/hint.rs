//! What `line next` tells an operator to do next: the command, with this run's options
//! and the unit's SN, that runs as printed.

use crate::cli::line::{LabelFormat, NextArgs};
use crate::core::payload::Emit;

/// One word for a POSIX shell: as is when nothing in it needs quoting, else in single
/// quotes.
fn sh_word(w: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./:=@%+,{}".contains(c);
    if !w.is_empty() && w.chars().all(plain) {
        w.to_owned()
    } else {
        format!("'{}'", w.replace('\'', r"'\''"))
    }
}

/// This run's `line next` for unit `sn`, for a hint: the same options (the label's only
/// with `label`) with `--sn`, and `--reissue` when given, so it runs as printed. The store
/// and station stay where this run found them (WECOM_HW_STORE, WECOM_HW_STATION or the
/// global options).
pub(super) fn next_cmd(a: &NextArgs, sn: &str, reissue: Option<&str>, label: bool) -> String {
    use crate::cli::line as d;
    use clap::ValueEnum;
    let name = |v: Option<clap::builder::PossibleValue>| v.map(|v| v.get_name().to_owned());
    let mut w: Vec<(&str, Option<String>)> = vec![("--sn", Some(sn.to_owned()))];
    let mut opt = |k: &'static str, v: Option<String>| {
        if v.is_some() {
            w.push((k, v));
        }
    };
    opt("--reissue", reissue.map(str::to_owned));
    opt(
        "--emit",
        name(
            (a.emit != Emit::Json)
                .then(|| a.emit.to_possible_value())
                .flatten(),
        ),
    );
    opt("--out", a.out.as_ref().map(|p| p.display().to_string()));
    opt(
        "--endpoint",
        (a.endpoint != d::DEFAULT_ENDPOINT).then(|| a.endpoint.clone()),
    );
    opt(
        "--nvs-namespace",
        (a.nvs_namespace != d::DEFAULT_NVS_NAMESPACE).then(|| a.nvs_namespace.clone()),
    );
    opt("--flash", a.flash.clone());
    opt(
        "--flash-timeout",
        (a.flash_timeout != d::DEFAULT_FLASH_TIMEOUT).then(|| a.flash_timeout.to_string()),
    );
    opt("--verify", a.verify.clone());
    if label {
        opt("--print", a.print.as_ref().map(|p| p.display().to_string()));
        opt("--printer", a.printer.clone());
        opt(
            "--label-format",
            name(
                (a.label_format != LabelFormat::Zpl)
                    .then(|| a.label_format.to_possible_value())
                    .flatten(),
            ),
        );
        opt("--copies", (a.copies != 1).then(|| a.copies.to_string()));
        opt(
            "--label",
            a.label.map(|l| format!("{}x{}", l.w_mm(), l.h_mm())),
        );
        opt(
            "--dpi",
            (a.dpi != d::DEFAULT_DPI).then(|| a.dpi.to_string()),
        );
        opt(
            "--dots",
            (a.label.is_none() && a.dots != d::DEFAULT_DOTS).then(|| a.dots.to_string()),
        );
        opt(
            "--ecc",
            name(
                (a.ecc != crate::render::Ecc::M)
                    .then(|| a.ecc.to_possible_value())
                    .flatten(),
            ),
        );
        opt(
            "--quiet-zone",
            (a.quiet_zone != d::DEFAULT_QUIET_ZONE).then(|| a.quiet_zone.to_string()),
        );
    }
    let mut cmd = String::from("wecom-hw line next");
    for (k, v) in &w {
        cmd.push(' ');
        cmd.push_str(k);
        if let Some(v) = v {
            cmd.push(' ');
            cmd.push_str(&sh_word(v));
        }
    }
    if label && a.no_caption {
        cmd.push_str(" --no-caption");
    }
    if a.show_secrets {
        cmd.push_str(" --show-secrets");
    }
    cmd
}

/// Which check failed a unit, for its hint.
#[derive(Clone, Copy)]
pub(super) enum Failed {
    /// The flasher exited non-zero or timed out.
    Flasher,
    /// The verifier exited non-zero or timed out.
    Verifier,
    /// The verifier ran, and its stdout was not the payload.
    Mismatch,
}

/// What to do about a unit the flasher or verifier failed: what to check, what state the
/// unit is in, and the command that issues it again (the reason filled in from `why`).
/// `store_flags` reach this run's store ([`crate::store::StoreOptions::hint_flags`]).
pub(super) fn failed_hint(
    a: &NextArgs,
    store_flags: &str,
    sn: &str,
    failed: Failed,
    why: &str,
) -> String {
    let check = match failed {
        Failed::Flasher => {
            let status = format!("`wecom-hw{store_flags} line status`");
            crate::fl!("line-hint-flasher", command = status)
        }
        Failed::Verifier => crate::fl!("line-hint-verifier"),
        Failed::Mismatch => match &a.out {
            Some(p) => crate::fl!("line-hint-mismatch-file", file = p.display().to_string()),
            None => crate::fl!("line-hint-mismatch"),
        },
    };
    crate::fl!(
        "line-hint-failed",
        check = check,
        sn = sn,
        command = next_cmd(a, sn, Some(&format!("retry after {why}")), true)
    )
}
