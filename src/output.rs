//! How results and failures reach the user: human text or `--json` on stdout,
//! diagnostics on stderr, and one documented exit code per class of failure.

use std::fmt;
use std::io::{IsTerminal, Write};

/// The exit-code scheme every command uses (the book's "Exit codes and error codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitClass {
    /// 2: the command line itself is wrong (clap uses 2 as well).
    Usage,
    /// 3: input data is bad: a file, row, column, SN, URL, secret source.
    Data,
    /// 4: a signature or a decode-back check did not verify.
    Verify,
    /// 5: a signed code or request is past its validity window.
    Expired,
    /// 6: the request conflicts with what the store holds (already issued, duplicate SN).
    Conflict,
    /// 7: the network or a device could not be reached.
    Network,
    /// 8: the cloud (or emulator) answered with a non-zero errcode.
    Rejected,
    /// 9: a step did not finish in time.
    Timeout,
    /// 10: a local file or the store could not be read or written.
    Io,
    /// 70: a bug in wecom-hw.
    Internal,
}

impl ExitClass {
    pub fn code(self) -> i32 {
        match self {
            ExitClass::Usage => 2,
            ExitClass::Data => 3,
            ExitClass::Verify => 4,
            ExitClass::Expired => 5,
            ExitClass::Conflict => 6,
            ExitClass::Network => 7,
            ExitClass::Rejected => 8,
            ExitClass::Timeout => 9,
            ExitClass::Io => 10,
            ExitClass::Internal => 70,
        }
    }

    /// The class of an exit code, for a process that ran a step of ours.
    pub fn from_code(code: i32) -> Option<ExitClass> {
        ExitClass::ALL.into_iter().find(|c| c.code() == code)
    }

    /// What the exit code means, in the chosen language (the EXIT CODES table).
    pub fn meaning(self) -> String {
        self.meaning_with(crate::i18n::loader())
    }

    /// [`ExitClass::meaning`] from a given catalog (`gen-assets` writes both languages).
    pub fn meaning_with(self, loader: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        use i18n_embed_fl::fl;
        match self {
            ExitClass::Usage => fl!(loader, "exit-code-2"),
            ExitClass::Data => fl!(loader, "exit-code-3"),
            ExitClass::Verify => fl!(loader, "exit-code-4"),
            ExitClass::Expired => fl!(loader, "exit-code-5"),
            ExitClass::Conflict => fl!(loader, "exit-code-6"),
            ExitClass::Network => fl!(loader, "exit-code-7"),
            ExitClass::Rejected => fl!(loader, "exit-code-8"),
            ExitClass::Timeout => fl!(loader, "exit-code-9"),
            ExitClass::Io => fl!(loader, "exit-code-10"),
            ExitClass::Internal => fl!(loader, "exit-code-70"),
        }
    }

    /// Every class, for the README table and its test.
    pub const ALL: [ExitClass; 10] = [
        ExitClass::Usage,
        ExitClass::Data,
        ExitClass::Verify,
        ExitClass::Expired,
        ExitClass::Conflict,
        ExitClass::Network,
        ExitClass::Rejected,
        ExitClass::Timeout,
        ExitClass::Io,
        ExitClass::Internal,
    ];
}

pub use crate::error_code::ErrorCode;

/// An error that knows its stable [`ErrorCode`] (and through it its exit class), what to do
/// about it, and the driver error beneath it.
///
/// Build one with [`Failure::new`] from a code, or convert a typed error with `?`/`from`:
/// each typed error has one `From` impl beside it that picks its code and hint, so the
/// same error means the same thing in every command.
///
/// The message is complete: it already says what the source said, in the words chosen
/// for the user. The source is kept for code that inspects the cause and for `{:?}`;
/// [`error_text`] (what users see) stops at the first `Failure` of a chain so the source's
/// words are not repeated, as anyhow's `{:#}` would repeat them.
#[derive(Debug)]
pub struct Failure {
    /// Always `code.class()`, except where [`Failure::passing_on`] keeps the class of a
    /// step of ours that ran as a process. (A field, not a method, while untouched call
    /// sites and tests still read it as one.)
    pub class: ExitClass,
    pub code: ErrorCode,
    pub message: String,
    pub hint: Option<String>,
    /// The driver error this failure reports (rusqlite, postgres, io, a parser), if any.
    pub source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
    /// The command already printed its result (with the failure in it) as JSON, so the
    /// error is not repeated on stdout; stderr still gets its line.
    pub json_reported: bool,
}

impl Failure {
    /// A failure with `code`, whose class comes from the code table.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Failure {
        Failure {
            class: code.class(),
            code,
            message: message.into(),
            hint: None,
            source: None,
            json_reported: false,
        }
    }

    /// Marks the failure as already reported in the command's JSON result.
    pub fn json_reported(mut self, yes: bool) -> Failure {
        self.json_reported = yes;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Failure {
        self.hint = Some(hint.into());
        self
    }

    /// `"{what}: {e}"`, keeping `e` as the source: the usual report of a driver error
    /// (`cannot write out.png: No space left on device`).
    pub fn caused_by(
        code: ErrorCode,
        what: impl fmt::Display,
        e: impl std::error::Error + Send + Sync + 'static,
    ) -> Failure {
        // The OS's (or driver's) own text stays as it comes; the sentence around it is
        // catalog text (`output-caused-by`: a full-width colon in Chinese).
        let message = crate::fl!(
            "output-caused-by",
            what = what.to_string(),
            error = e.to_string()
        );
        Failure::new(code, message).with_source(e)
    }

    /// Keeps the driver error the message reports.
    pub fn with_source(mut self, e: impl std::error::Error + Send + Sync + 'static) -> Failure {
        self.source = Some(Box::new(e));
        self
    }

    /// Puts where it happened in front of the message: `"{at}: {message}"` (a flag, a
    /// file and line, a row, a step).
    pub fn at(mut self, at: impl fmt::Display) -> Failure {
        self.message = crate::fl!(
            "output-caused-by",
            what = at.to_string(),
            error = std::mem::take(&mut self.message)
        );
        self
    }

    /// Keeps the exit class of a step of ours that failed in a process of its own (its
    /// code was chosen there), instead of the class of this failure's code.
    pub fn passing_on(mut self, class: ExitClass) -> Failure {
        self.class = class;
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// An error as the user sees it: each message of its chain, joined by ": ", down to the
/// first [`Failure`], whose message already says what its source said.
pub fn error_text(err: &anyhow::Error) -> String {
    let mut s = String::new();
    for cause in err.chain() {
        s = if s.is_empty() {
            cause.to_string()
        } else {
            crate::fl!("output-caused-by", what = s, error = cause.to_string())
        };
        if cause.is::<Failure>() {
            break;
        }
    }
    s
}

/// Prints a line on stdout, returning the write's error instead of panicking as `println!`
/// does. A reader that went away (`wecom-hw … | head`) surfaces as
/// [`std::io::ErrorKind::BrokenPipe`], which [`Output::report_error`] turns into a silent
/// exit 0, as ripgrep does. Use it (and [`out!`]) for every result line; `println!` is
/// refused by a test.
#[macro_export]
macro_rules! outln {
    () => { $crate::output::write_stdout(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::output::write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Like [`outln!`] without the newline.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write_stdout(format_args!($($arg)*)) };
}

/// Prints a line on stderr and ignores a failed write: a diagnostic that cannot be shown
/// must not turn into a panic or a different exit code (`eprintln!` panics).
#[macro_export]
macro_rules! errln {
    () => { $crate::output::write_stderr(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::output::write_stderr(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Like [`errln!`] without the newline.
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => { $crate::output::write_stderr(format_args!($($arg)*)) };
}

/// What [`outln!`] calls: one locked write of the formatted text to stdout.
pub fn write_stdout(args: fmt::Arguments<'_>) -> std::io::Result<()> {
    let mut o = stdout();
    o.write_fmt(args)?;
    o.flush()
}

/// What [`errln!`] calls: best effort, never panics.
pub fn write_stderr(args: fmt::Arguments<'_>) {
    let _ = std::io::stderr().lock().write_fmt(args);
}

/// Locked stdout whose "reader has gone" error is marked as such, so that it ends the
/// command quietly with exit 0 and only that: a broken pipe to a printer socket or a
/// flasher is still an error. Every write of results to stdout goes through it.
pub fn stdout() -> Stdout {
    Stdout(std::io::stdout().lock())
}

/// See [`stdout()`].
pub struct Stdout(std::io::StdoutLock<'static>);

/// The reader of stdout went away (`wecom-hw … | head`).
#[derive(Debug)]
pub struct StdoutClosed;

impl fmt::Display for StdoutClosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("stdout was closed by its reader")
    }
}

impl std::error::Error for StdoutClosed {}

fn mark_closed(e: std::io::Error) -> std::io::Error {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::io::Error::new(std::io::ErrorKind::BrokenPipe, StdoutClosed)
    } else {
        e
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf).map_err(mark_closed)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.0.write_all(buf).map_err(mark_closed)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush().map_err(mark_closed)
    }
}

/// True when the error is (or wraps) a write to stdout whose reader has gone: the user
/// asked for less output (`| head`), which is not a failure. Only writes made through
/// [`stdout()`] count; a broken pipe to anything else is an error like any other.
pub fn is_stdout_closed(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.is::<StdoutClosed>()
            || c.downcast_ref::<std::io::Error>()
                .and_then(|e| e.get_ref())
                .is_some_and(|inner| inner.is::<StdoutClosed>())
    })
}

/// How an error is reported: its exit code, stable code and hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classified<'a> {
    pub exit_code: i32,
    pub code: ErrorCode,
    pub hint: Option<&'a str>,
}

/// Classifies an error: by the outermost [`Failure`] in its chain, else as `io.failed` when
/// an I/O error is anywhere in it, else as `internal.bug` (exit 70): an error nobody
/// classified is a bug of ours.
pub fn classify(err: &anyhow::Error) -> Classified<'_> {
    for cause in err.chain() {
        if let Some(f) = cause.downcast_ref::<Failure>() {
            return Classified {
                exit_code: f.class.code(),
                code: f.code,
                hint: f.hint.as_deref(),
            };
        }
    }
    let code = if err.chain().any(|c| c.is::<std::io::Error>()) {
        ErrorCode::IoFailed
    } else {
        ErrorCode::InternalBug
    };
    Classified {
        exit_code: code.class().code(),
        code,
        hint: None,
    }
}

/// Colour choice (`--color`), resolved once against the terminal and `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Global output settings shared by every command.
#[derive(Debug, Clone)]
pub struct Output {
    pub json: bool,
    pub verbose: u8,
    pub quiet: bool,
    /// Colours on stderr: `--color` resolved against stderr and `NO_COLOR`.
    pub color: bool,
    pub stderr_is_tty: bool,
    pub stdout_is_tty: bool,
    /// `--color` as given, for output that does not go to stderr (see [`Output::color_for`]).
    pub color_choice: ColorChoice,
    /// `NO_COLOR` is set (and not empty).
    pub no_color: bool,
}

impl Output {
    pub fn new(json: bool, verbose: u8, quiet: bool, color: ColorChoice) -> Output {
        let stderr_is_tty = std::io::stderr().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let mut out = Output {
            json,
            verbose,
            quiet,
            color: false,
            stderr_is_tty,
            stdout_is_tty: std::io::stdout().is_terminal(),
            color_choice: color,
            no_color,
        };
        out.color = out.color_for(stderr_is_tty);
        out
    }

    /// Whether colour codes may go into output bound for a destination that is (or is not)
    /// a terminal. [`Output::color`] answers for stderr; results on stdout or in a file
    /// must ask here, so that `| less`, `> file` and `-o file` get no escape codes unless
    /// `--color always` asks for them.
    pub fn color_for(&self, to_terminal: bool) -> bool {
        match self.color_choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => to_terminal && !self.no_color,
        }
    }

    /// A milestone or note on stderr, unless `--quiet`.
    pub fn info(&self, msg: impl fmt::Display) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr(), "{msg}");
        }
    }

    /// A warning on stderr (shown even with `--quiet`: it may change what the user does).
    pub fn warn(&self, msg: impl fmt::Display) {
        let line = self.labelled(crate::fl!("output-warning"), "33", msg);
        let _ = writeln!(std::io::stderr(), "{line}");
    }

    /// `label: text` in the chosen language (its punctuation differs: `错误：…`), the
    /// label in colour `sgr` when colours are on.
    fn labelled(&self, label: String, sgr: &str, text: impl fmt::Display) -> String {
        let label = if self.color {
            format!("\x1b[{sgr}m{label}\x1b[0m")
        } else {
            label
        };
        crate::fl!("output-labelled", label = label, text = text.to_string())
    }

    /// Detail shown with `-v`.
    pub fn debug(&self, msg: impl fmt::Display) {
        if self.verbose > 0 {
            let _ = writeln!(std::io::stderr(), "{msg}");
        }
    }

    /// Detail shown with `-v`, built only when it is shown: a catalog message costs the
    /// catalog's parsing, which a command run without `-v` (`sign …`) must not pay.
    pub fn debug_with(&self, msg: impl FnOnce() -> String) {
        if self.verbose > 0 {
            self.debug(msg());
        }
    }

    /// Prints one JSON value as a line on stdout.
    pub fn json_line(&self, value: &impl serde::Serialize) -> anyhow::Result<()> {
        let mut out = stdout();
        serde_json::to_writer(&mut out, value).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
        out.flush()?;
        Ok(())
    }

    /// Prints the error the way every command does: one line (plus a hint) on stderr, or a
    /// JSON object on stdout with `--json` so scripts read failures where they read results.
    pub fn report_error(&self, err: &anyhow::Error) -> i32 {
        if is_stdout_closed(err) {
            // Nobody reads stdout any more: stop, say nothing, succeed.
            return 0;
        }
        let c = classify(err);
        let text = error_text(err);
        let reported = err
            .chain()
            .find_map(|c| c.downcast_ref::<Failure>())
            .is_some_and(|f| f.json_reported);
        if self.json && !reported {
            let v = serde_json::json!({
                "error": text,
                "code": c.code,
                "exit_code": c.exit_code,
                "hint": c.hint,
            });
            let _ = self.json_line(&v);
        }
        // Built before stderr is locked: the first message shown parses the catalog.
        let mut text = self.labelled(crate::fl!("output-error"), "31", text);
        if let Some(h) = c.hint {
            text.push_str("\n  ");
            text.push_str(&crate::fl!(
                "output-labelled",
                label = crate::fl!("output-hint"),
                text = h
            ));
        }
        let _ = writeln!(std::io::stderr().lock(), "{text}");
        c.exit_code
    }
}

/// `s` as one shell word, for commands printed in hints: unchanged when it has only safe
/// characters, else in single quotes.
pub fn shell_quote(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c));
    if safe {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_distinct() {
        let mut codes: Vec<i32> = ExitClass::ALL.iter().map(|c| c.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ExitClass::ALL.len());
        assert!(!codes.contains(&0) && !codes.contains(&1));
    }

    #[test]
    fn classify_finds_the_failure_under_context() {
        let e =
            anyhow::Error::new(Failure::new(ErrorCode::SignExpired, "old")).context("verifying");
        assert_eq!(classify(&e).exit_code, 5);
        let io = anyhow::Error::new(std::io::Error::other("disk")).context("writing x");
        assert_eq!(classify(&io).exit_code, 10);
        assert_eq!(classify(&io).code, ErrorCode::IoFailed);
        let bug = anyhow::anyhow!("?");
        assert_eq!(classify(&bug).exit_code, 70);
        assert_eq!(classify(&bug).code, ErrorCode::InternalBug);
        assert_eq!(ExitClass::from_code(6), Some(ExitClass::Conflict));
        assert_eq!(ExitClass::from_code(1), None);
    }

    #[test]
    fn the_outermost_failure_gives_code_class_and_hint() {
        let inner = Failure::new(ErrorCode::StoreFailed, "inner").hint("inner hint");
        let outer = Failure::new(ErrorCode::StoreUnknownSn, "outer")
            .hint("outer hint")
            .with_source(inner);
        let e = anyhow::Error::new(outer).context("step");
        let c = classify(&e);
        assert_eq!(c.code, ErrorCode::StoreUnknownSn);
        assert_eq!(c.exit_code, 3);
        assert_eq!(c.hint, Some("outer hint"));
    }

    #[test]
    fn the_class_comes_from_the_code() {
        let f = Failure::new(ErrorCode::RenderLabelTooSmall, "small");
        assert_eq!(
            (f.class, f.code),
            (ExitClass::Usage, ErrorCode::RenderLabelTooSmall)
        );
        let f = Failure::new(ErrorCode::StoreNotEmpty, "x");
        assert_eq!(
            (f.class, f.code),
            (ExitClass::Conflict, ErrorCode::StoreNotEmpty)
        );
        let f = Failure::new(ErrorCode::ImportRowInvalid, "x");
        assert_eq!(
            (f.class, f.code),
            (ExitClass::Data, ErrorCode::ImportRowInvalid)
        );
        let f = Failure::new(ErrorCode::IoWriteFailed, "x");
        assert_eq!((f.class, f.code), (ExitClass::Io, ErrorCode::IoWriteFailed));
        // Only a step run as a process of ours passes its own class on.
        let f = Failure::new(ErrorCode::DemoStepFailed, "x").passing_on(ExitClass::Data);
        assert_eq!(f.class, ExitClass::Data);
    }

    #[test]
    fn the_source_is_kept_but_its_words_are_not_repeated() {
        let io = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
        let f = Failure::new(ErrorCode::IoWriteFailed, "cannot write a.png: disk full")
            .with_source(io)
            .at("row 3");
        assert_eq!(f.message, "row 3: cannot write a.png: disk full");
        let e = anyhow::Error::new(f).context("qr static");
        let cause = e.chain().nth(2).expect("the source is in the chain");
        assert!(cause.is::<std::io::Error>());
        assert_eq!(
            error_text(&e),
            "qr static: row 3: cannot write a.png: disk full"
        );
        // Errors without a Failure read as anyhow shows them.
        let plain = anyhow::Error::new(std::io::Error::other("gone")).context("reading x");
        assert_eq!(error_text(&plain), format!("{plain:#}"));
    }
}
