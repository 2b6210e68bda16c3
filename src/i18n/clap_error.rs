//! clap's own command-line errors (unknown flag, missing value, invalid value …) in the
//! chosen language. clap has no localisation: its messages are English sentences built in
//! its formatter. It keeps what went wrong as structured context, though ([`ErrorKind`]
//! and [`ContextKind`] values), so the message is rebuilt here from the catalog, the way
//! the help is (see [`super::help`]); identifiers (flags, values, commands) stay as typed.
//!
//! English keeps clap's own rendering: it is what clap users expect, and what scripts and
//! tests have always seen. A kind this module does not know (clap may add some) also
//! falls back to clap's text, never to nothing.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The message to print for a parse error in the chosen language, or `None` where clap's
/// own text is right: English, and help or version output (clap prints those to stdout,
/// already localised by the help tree).
pub fn localized(e: &clap::Error) -> Option<String> {
    if super::lang() == super::Lang::En || !e.use_stderr() {
        return None;
    }
    render(e)
}

/// The help clap shows (`--help`, `-h`, or a command that needs a subcommand), re-wrapped
/// by display width for a language written without spaces (see [`super::wrap`]); `None`
/// for English, which clap wraps well, and for anything that is not help.
pub fn localized_help(e: &clap::Error) -> Option<String> {
    let help = matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if super::lang() == super::Lang::En || !help {
        return None;
    }
    Some(super::wrap::wrap(
        &e.render().to_string(),
        super::wrap::help_width(),
    ))
}

/// One context value as text: a string, or a list of them joined with `sep`.
fn text(e: &clap::Error, kind: ContextKind, sep: &str) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(sep)),
        ContextValue::Number(n) => Some(n.to_string()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(sep),
        ),
        _ => None,
    }
}

/// The whole message: the error line, what clap suggests, the usage and the `--help` line,
/// laid out as clap lays them out.
fn render(e: &clap::Error) -> Option<String> {
    let arg = || text(e, ContextKind::InvalidArg, ", ");
    let value = || text(e, ContextKind::InvalidValue, ", ");
    let mut message = match e.kind() {
        ErrorKind::UnknownArgument => crate::fl!("clap-unknown-argument", arg = arg()?),
        ErrorKind::InvalidSubcommand => crate::fl!(
            "clap-invalid-subcommand",
            subcommand = text(e, ContextKind::InvalidSubcommand, ", ")?
        ),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg()?, value()?);
            let mut m = if value.is_empty() {
                crate::fl!("clap-value-required", arg = arg)
            } else {
                crate::fl!("clap-invalid-value", arg = arg, value = value)
            };
            if let Some(valid) = text(e, ContextKind::ValidValue, ", ").filter(|v| !v.is_empty()) {
                m.push_str(&format!(
                    "\n  {}",
                    crate::fl!("clap-possible-values", values = valid)
                ));
            }
            m
        }
        ErrorKind::ValueValidation => {
            let m = crate::fl!("clap-invalid-value", arg = arg()?, value = value()?);
            match std::error::Error::source(e) {
                Some(why) => crate::fl!("clap-with-reason", message = m, reason = why.to_string()),
                None => m,
            }
        }
        ErrorKind::NoEquals => crate::fl!("clap-no-equals", arg = arg()?),
        ErrorKind::TooManyValues => {
            crate::fl!("clap-too-many-values", arg = arg()?, value = value()?)
        }
        ErrorKind::TooFewValues => crate::fl!(
            "clap-too-few-values",
            arg = arg()?,
            min = text(e, ContextKind::MinValues, "")?,
            actual = text(e, ContextKind::ActualNumValues, "")?
        ),
        ErrorKind::WrongNumberOfValues => crate::fl!(
            "clap-wrong-number-of-values",
            arg = arg()?,
            expected = text(e, ContextKind::ExpectedNumValues, "")?,
            actual = text(e, ContextKind::ActualNumValues, "")?
        ),
        ErrorKind::ArgumentConflict => {
            let arg = arg().or_else(|| text(e, ContextKind::InvalidSubcommand, ", "))?;
            match text(e, ContextKind::PriorArg, ", ") {
                Some(prior) if prior == arg => crate::fl!("clap-used-twice", arg = arg),
                Some(prior) => crate::fl!("clap-conflict", arg = arg, prior = prior),
                None => crate::fl!("clap-conflict-others", arg = arg),
            }
        }
        ErrorKind::MissingRequiredArgument => crate::fl!(
            "clap-missing-required",
            args = text(e, ContextKind::InvalidArg, "\n  ")?
        ),
        ErrorKind::MissingSubcommand => {
            let mut m = crate::fl!(
                "clap-missing-subcommand",
                command = text(e, ContextKind::InvalidSubcommand, ", ")?
            );
            if let Some(valid) =
                text(e, ContextKind::ValidSubcommand, ", ").filter(|v| !v.is_empty())
            {
                m.push_str(&format!(
                    "\n  {}",
                    crate::fl!("clap-subcommands", subcommands = valid)
                ));
            }
            m
        }
        ErrorKind::InvalidUtf8 => crate::fl!("clap-invalid-utf8"),
        _ => return None,
    };
    let mut tips = Vec::new();
    if let Some(s) = text(e, ContextKind::SuggestedSubcommand, "', '") {
        tips.push(crate::fl!("clap-similar-subcommand", suggestion = s));
    }
    if let Some(s) = text(e, ContextKind::SuggestedArg, "', '") {
        tips.push(crate::fl!("clap-similar-argument", suggestion = s));
    }
    if let Some(s) = text(e, ContextKind::SuggestedValue, "', '") {
        tips.push(crate::fl!("clap-similar-value", suggestion = s));
    }
    if let Some(ContextValue::StyledStrs(_)) = e.get(ContextKind::Suggested)
        && let Some(arg) = arg()
        && arg.starts_with('-')
    {
        // clap's only generic tip: how to pass a value that starts with a dash.
        tips.push(crate::fl!("clap-dash-value", arg = arg));
    }
    if !tips.is_empty() {
        message.push('\n');
        for t in tips {
            message.push_str(&format!("\n  {}", crate::fl!("clap-tip", tip = t)));
        }
    }
    if let Some(usage) = text(e, ContextKind::Usage, "") {
        // clap's usage starts with its own English heading.
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        message.push_str(&format!(
            "\n\n{}",
            crate::fl!("clap-usage", usage = usage.to_owned())
        ));
    }
    message.push_str(&format!("\n\n{}", crate::fl!("clap-try-help")));
    Some(crate::fl!(
        "output-labelled",
        label = crate::fl!("output-error"),
        text = message
    ))
}
