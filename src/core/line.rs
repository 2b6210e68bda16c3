//! The production line's core, without I/O: the states a unit passes through on the line
//! ([`LineState`]), the ledger events the line writes ([`LedgerEvent`]), and one unit's
//! trip — payload, flash, read-back, label — as a sans-IO state machine ([`Trip`]).
//!
//! A driver (`wecom-hw line next`; later the station, once per slot) owns the clock, the
//! store, the child processes and the printer. It claims a unit, creates a [`Trip`] for
//! it, then loops: take the next [`Action`] from [`Trip::poll_action`], carry it out, and
//! answer with the one [`Event`] saying how it went ([`Trip::handle_event`]). When no action
//! is ready, it waits until [`Trip::next_timeout`] and calls [`Trip::handle_timeout`] (a
//! retry waiting out its delay). [`Action::Done`] ends the trip.
//!
//! ```text
//! claimed → write payload → record issued → flash → verify → record flashed
//!         → print label → record printed → record done
//! ```
//!
//! Every step is recorded before the next starts, so a driver killed at any moment
//! resumes at the step that did not finish: the trip of a resumed unit starts from the
//! state the store holds and skips what was recorded. A failed flash or read-back is
//! retried `retries` times (each failed attempt a `step-retried` ledger line), then the
//! unit is marked failed. An action the driver could not carry out (a file, the printer,
//! the store) is retried the same number of times, then the trip halts with the unit at
//! its last recorded state, from where the station can [`Trip::retry`] it,
//! [`Trip::set_aside`] it, or after it is done [`Trip::reprint`] its label.

use std::collections::VecDeque;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::ledger::stored_names;
pub use super::ledger::{LedgerEvent, UnknownName};

stored_names! {
    /// Where a unit is on the line, in order (`failed` may follow any state). Stored in
    /// `line_units.state` as these names, which the schema's CHECK lists.
    pub enum LineState {
        /// Taken by a station; its secret counts as issued from now on.
        Claimed = "claimed",
        /// Its payload, secret included, was written for the flasher.
        Issued = "issued",
        /// Flashed and read back (or no flasher was set).
        Flashed = "flashed",
        /// Its label was printed (or no printer was set).
        Printed = "printed",
        /// Finished.
        Done = "done",
        /// A step failed, or a lead set it aside; only `--reissue` takes it again.
        Failed = "failed",
    }
}

impl LineState {
    /// Still in its station's hands (not done, not failed).
    pub fn unfinished(self) -> bool {
        !matches!(self, LineState::Done | LineState::Failed)
    }
}

/// The steps of a trip, as a screen shows them and a failure names them. Each has its
/// own retry count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Writing the payload and recording it issued.
    Payload,
    /// Running the flasher, and recording the unit flashed.
    Flash,
    /// Running the verifier (read-back).
    Verify,
    /// Printing the label and recording it.
    Label,
    /// Recording the unit done.
    Finish,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Payload => "payload",
            Step::Flash => "flash",
            Step::Verify => "verify",
            Step::Label => "label",
            Step::Finish => "finish",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the payload goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayloadTo {
    /// The file the flasher reads (`--out`): whole or not at all, mode 0600.
    File(PathBuf),
    /// A private temporary file, when the flasher needs a file and none was given.
    TempFile(PathBuf),
    /// Standard output (no flasher; `--show-secrets`).
    Stdout,
}

impl PayloadTo {
    /// The file, if the payload goes to one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            PayloadTo::File(p) | PayloadTo::TempFile(p) => Some(p),
            PayloadTo::Stdout => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            PayloadTo::File(p) => p.display().to_string(),
            PayloadTo::TempFile(_) => "temporary file".to_owned(),
            PayloadTo::Stdout => "stdout".to_owned(),
        }
    }
}

/// The unit's payload: the bytes the flasher burns, secret included.
#[derive(Clone)]
pub struct Payload {
    pub bytes: Vec<u8>,
    pub to: PayloadTo,
    /// Its format's short name for the ledger (`json`, `csv`, `bin`, …).
    pub format: &'static str,
    /// The secret's fingerprint (never the secret) for the ledger.
    pub fingerprint: String,
}

impl fmt::Debug for Payload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Payload")
            .field(
                "bytes",
                &format_args!("<{} bytes, secret inside>", self.bytes.len()),
            )
            .field("to", &self.to)
            .field("format", &self.format)
            .finish()
    }
}

/// Where the label job goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelTo {
    /// A raw-port network printer, `tcp://HOST:PORT`.
    Printer(String),
    /// A file (whole or not at all).
    File(PathBuf),
    /// Standard output.
    Stdout,
}

impl LabelTo {
    fn describe(&self) -> String {
        match self {
            LabelTo::Printer(url) => url.clone(),
            LabelTo::File(p) => p.display().to_string(),
            LabelTo::Stdout => "stdout".to_owned(),
        }
    }
}

/// The unit's label, rendered before the claim.
#[derive(Debug, Clone)]
pub struct LabelJob {
    /// The printer-language job, every copy included.
    pub job: Vec<u8>,
    pub to: LabelTo,
    /// `zpl` or `tspl`, for the ledger.
    pub lang: &'static str,
    pub copies: u32,
}

impl LabelJob {
    fn describe(&self) -> String {
        format!(
            "{} label ×{} to {}",
            self.lang,
            self.copies,
            self.to.describe()
        )
    }
}

/// What a trip does for one claimed unit.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The state the store holds for the unit: `Claimed` for a unit just claimed (or
    /// reissued), a later state for a resumed one.
    pub from: LineState,
    pub payload: Payload,
    /// The flasher's words, placeholders filled in.
    pub flash: Option<Vec<String>>,
    /// The verifier's words; its stdout must reproduce the payload.
    pub verify: Option<Vec<String>>,
    /// How long the flasher and the verifier may each run.
    pub timeout: Duration,
    /// No label: the step is recorded as skipped.
    pub label: Option<LabelJob>,
    /// Failed attempts of a step tried again before the unit fails (or the trip halts).
    pub retries: u32,
    /// The wait before such a retry.
    pub retry_after: Duration,
}

/// What the driver does next. Each but [`Action::Done`] is answered by one [`Event`].
#[derive(Debug, Clone)]
pub enum Action {
    /// Write the payload to its [`PayloadTo`] (a file: whole or not at all, mode 0600);
    /// answer [`Event::PayloadWritten`].
    WritePayload(Payload),
    /// Run `argv` without a shell, its whole process group killed after `timeout`;
    /// answer [`Event::Exited`].
    Run {
        step: Step,
        argv: Vec<String>,
        timeout: Duration,
    },
    /// Send the label job; answer [`Event::Printed`].
    Print { to: LabelTo, job: Vec<u8> },
    /// Move the unit to `state` (`None`: the state stays) and append `event` to the
    /// ledger, in one transaction; answer [`Event::Recorded`]. `summary` is what a screen
    /// shows of the step, when it shows one (the ledger's `detail` may add the flasher's
    /// output).
    Record {
        state: Option<LineState>,
        event: LedgerEvent,
        detail: Option<String>,
        summary: Option<String>,
    },
    /// The trip is over.
    Done(Outcome),
}

/// How an action went.
#[derive(Debug, Clone)]
pub enum Event {
    PayloadWritten,
    /// The command of an [`Action::Run`] ended: its exit code (`None`: killed by a
    /// signal), whether its deadline killed it, its stdout (the verifier's read-back), and
    /// its output for the ledger (secret masked, see [`masked_output`]).
    Exited {
        code: Option<i32>,
        timed_out: bool,
        stdout: Vec<u8>,
        log: String,
    },
    Printed,
    Recorded,
    /// The action could not be carried out (a file, the printer, a child that would not
    /// start, the store); the unit stays at its last recorded state.
    Failed(String),
}

/// How a trip ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every step done and recorded.
    Done,
    /// The unit was marked failed (recorded) after a step failed every attempt, or was
    /// set aside.
    Failed(StepFailure),
    /// An action failed every attempt: nothing more was recorded, so the unit stays at
    /// its last recorded state and a rerun (or [`Trip::retry`]) resumes it there.
    Halted { step: Step, why: String },
}

/// Why a step failed the unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepFailure {
    pub step: Step,
    pub kind: FailKind,
    /// The command's time limit (for the message of a timeout).
    pub timeout: Duration,
    /// The command's output, secret masked (the flasher's goes into the ledger).
    pub log: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailKind {
    /// Exited non-zero (`None`: killed by a signal).
    Exited(Option<i32>),
    /// Still running at its deadline; its process group was killed.
    TimedOut,
    /// The verifier's stdout was not the payload.
    Mismatch { read: usize, written: usize },
    /// Set aside by hand, with the reason (and what had halted the trip).
    SetAside { reason: String, halted: String },
}

impl StepFailure {
    /// One line saying what happened: "flasher exited with 3".
    pub fn why(&self) -> String {
        let who = if self.step == Step::Verify {
            "verifier"
        } else {
            "flasher"
        };
        match &self.kind {
            FailKind::Exited(code) => format!(
                "{who} exited with {}",
                code.map_or("a signal".into(), |c| c.to_string())
            ),
            FailKind::TimedOut => format!("{who} timed out after {} s", self.timeout.as_secs()),
            FailKind::Mismatch { read, written } => {
                format!("read-back differs from the payload ({read} bytes read, {written} written)")
            }
            FailKind::SetAside { reason, halted } => {
                format!("set aside at the {} step: {reason} ({halted})", self.step)
            }
        }
    }

    /// The ledger's detail: the flasher's output follows its failure.
    fn detail(&self) -> String {
        match self.step {
            Step::Flash if !self.log.is_empty() => format!("{}: {}", self.why(), self.log),
            _ => self.why(),
        }
    }

    fn event(&self) -> LedgerEvent {
        match (&self.kind, self.step) {
            (FailKind::SetAside { .. }, _) => LedgerEvent::LineSetAside,
            (_, Step::Verify) => LedgerEvent::VerifyFailed,
            (_, Step::Label) => LedgerEvent::PrintFailed,
            _ => LedgerEvent::FlashFailed,
        }
    }
}

/// The trip's own to-do list; each becomes one action.
#[derive(Debug, Clone)]
enum Op {
    Write,
    RecordIssued,
    Flash,
    Verify,
    RecordFlashed,
    Print,
    RecordLabel,
    RecordDone,
    RecordRetry { step: Step, detail: String },
    RecordFailure(StepFailure),
    RecordReprint,
}

impl Op {
    fn step(&self) -> Step {
        match self {
            Op::Write | Op::RecordIssued => Step::Payload,
            Op::Flash | Op::RecordFlashed => Step::Flash,
            Op::Verify => Step::Verify,
            Op::Print | Op::RecordLabel | Op::RecordReprint => Step::Label,
            Op::RecordDone => Step::Finish,
            Op::RecordRetry { step, .. } => *step,
            Op::RecordFailure(f) => f.step,
        }
    }
}

#[derive(Debug, Clone)]
enum Phase {
    /// The first op's action is out since then.
    Waiting { since: Instant },
    /// The first op runs at `at` (a retry's delay).
    Delayed { at: Instant },
    /// Over; [`Action::Done`] was given.
    Finished(Outcome),
}

/// One unit's trip. See the module documentation.
#[derive(Debug)]
pub struct Trip {
    plan: Plan,
    /// What is left to do, the first being under way.
    ops: VecDeque<Op>,
    phase: Phase,
    actions: VecDeque<Action>,
    /// Failed attempts per [`Step`].
    failures: [u32; 5],
    /// Wait `retry_after` before the next op (set by a retry's ledger line).
    delay_next: bool,
    /// "flasher exit 0 in N ms" (or "no flasher"), and its output.
    flashed: String,
    flash_log: Option<String>,
    verified: bool,
}

impl Trip {
    /// The trip of a unit at `plan.from`; its first action is ready at once.
    pub fn new(plan: Plan, now: Instant) -> Trip {
        let mut ops = VecDeque::new();
        if plan.from <= LineState::Issued {
            // A resumed unit gets its payload file again (the flasher needs it; the bytes
            // are the same): stdout only the first time.
            if plan.payload.to != PayloadTo::Stdout || plan.from == LineState::Claimed {
                ops.push_back(Op::Write);
            }
            if plan.from == LineState::Claimed {
                ops.push_back(Op::RecordIssued);
            }
            if plan.flash.is_some() {
                ops.push_back(Op::Flash);
            }
            if plan.verify.is_some() {
                ops.push_back(Op::Verify);
            }
            ops.push_back(Op::RecordFlashed);
        }
        if plan.from <= LineState::Flashed {
            if plan.label.is_some() {
                ops.push_back(Op::Print);
            }
            ops.push_back(Op::RecordLabel);
        }
        ops.push_back(Op::RecordDone);
        let mut t = Trip {
            plan,
            ops,
            phase: Phase::Delayed { at: now },
            actions: VecDeque::new(),
            failures: [0; 5],
            delay_next: false,
            flashed: "no flasher".to_owned(),
            flash_log: None,
            verified: false,
        };
        t.start(now);
        t
    }

    /// The next thing to do, if any is ready.
    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    /// When [`Trip::handle_timeout`] has something to do (a retry's delay ends).
    pub fn next_timeout(&self) -> Option<Instant> {
        match self.phase {
            Phase::Delayed { at } => Some(at),
            _ => None,
        }
    }

    /// Starts the delayed action once `now` has reached [`Trip::next_timeout`].
    pub fn handle_timeout(&mut self, now: Instant) {
        if let Phase::Delayed { at } = self.phase
            && now >= at
        {
            self.start(now);
        }
    }

    /// The step under way (or that ended the trip), for a screen.
    pub fn step(&self) -> Option<Step> {
        match &self.phase {
            Phase::Finished(Outcome::Halted { step, .. }) => Some(*step),
            Phase::Finished(Outcome::Failed(f)) => Some(f.step),
            Phase::Finished(Outcome::Done) => None,
            _ => self.ops.front().map(Op::step),
        }
    }

    /// How long the action under way has been out.
    pub fn elapsed(&self, now: Instant) -> Option<Duration> {
        match self.phase {
            Phase::Waiting { since } => Some(now.saturating_duration_since(since)),
            _ => None,
        }
    }

    /// Failed attempts of `step` so far.
    pub fn failures(&self, step: Step) -> u32 {
        self.failures[step.index()]
    }

    /// How the trip ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        match &self.phase {
            Phase::Finished(o) => Some(o),
            _ => None,
        }
    }

    /// The answer to the action under way. An event when nothing is out (a late one, or
    /// after the end) is ignored; one of the wrong kind for the action out is a driver bug
    /// (debug builds panic, release builds ignore it).
    pub fn handle_event(&mut self, ev: Event, now: Instant) {
        let Phase::Waiting { since } = self.phase else {
            return;
        };
        let Some(op) = self.ops.front().cloned() else {
            return;
        };
        match (op, ev) {
            (Op::Write, Event::PayloadWritten) | (Op::Print, Event::Printed) => self.next(now),
            (
                Op::RecordIssued
                | Op::RecordFlashed
                | Op::RecordLabel
                | Op::RecordDone
                | Op::RecordRetry { .. }
                | Op::RecordReprint,
                Event::Recorded,
            ) => self.next(now),
            (Op::RecordFailure(f), Event::Recorded) => {
                self.ops.clear();
                self.finish(Outcome::Failed(f));
            }
            (
                op @ (Op::Flash | Op::Verify),
                Event::Exited {
                    code,
                    timed_out,
                    stdout,
                    log,
                },
            ) => {
                let step = op.step();
                let written = &self.plan.payload.bytes;
                let kind = if timed_out {
                    Some(FailKind::TimedOut)
                } else if code != Some(0) {
                    Some(FailKind::Exited(code))
                } else if step == Step::Verify
                    && stdout != *written
                    && stdout.trim_ascii_end() != written.trim_ascii_end()
                {
                    Some(FailKind::Mismatch {
                        read: stdout.len(),
                        written: written.len(),
                    })
                } else {
                    None
                };
                match kind {
                    Some(kind) => self.failed_attempt(
                        StepFailure {
                            step,
                            kind,
                            timeout: self.plan.timeout,
                            log,
                        },
                        now,
                    ),
                    None => {
                        if step == Step::Flash {
                            self.flashed = format!(
                                "flasher exit 0 in {} ms",
                                now.saturating_duration_since(since).as_millis()
                            );
                            self.flash_log = (!log.is_empty()).then_some(log);
                        } else {
                            self.verified = true;
                        }
                        self.next(now);
                    }
                }
            }
            (op, Event::Failed(why)) => {
                let step = op.step();
                self.failures[step.index()] += 1;
                if self.failures[step.index()] <= self.plan.retries {
                    self.phase = Phase::Delayed {
                        at: now + self.plan.retry_after,
                    };
                } else {
                    self.finish(Outcome::Halted { step, why });
                }
            }
            _ => debug_assert!(false, "an event that answers no action out"),
        }
    }

    /// After a halt: tries the halted step again, with its attempts counted afresh.
    /// False when the trip did not halt.
    pub fn retry(&mut self, now: Instant) -> bool {
        let Phase::Finished(Outcome::Halted { step, .. }) = self.phase else {
            return false;
        };
        self.failures[step.index()] = 0;
        self.start(now);
        true
    }

    /// After a halt: marks the unit failed with `reason` (a lead's decision: it leaves the
    /// slot, and only `--reissue` takes it again). False when the trip did not halt.
    pub fn set_aside(&mut self, reason: &str, now: Instant) -> bool {
        let Phase::Finished(Outcome::Halted { step, why }) = &self.phase else {
            return false;
        };
        let (step, halted) = (*step, why.clone());
        let f = StepFailure {
            step,
            kind: FailKind::SetAside {
                reason: reason.to_owned(),
                halted,
            },
            timeout: self.plan.timeout,
            log: String::new(),
        };
        self.ops = VecDeque::from([Op::RecordFailure(f)]);
        self.start(now);
        true
    }

    /// After the trip is done: prints the label again and records it. False without a
    /// label, or when the trip is not done.
    pub fn reprint(&mut self, now: Instant) -> bool {
        if !matches!(self.phase, Phase::Finished(Outcome::Done)) || self.plan.label.is_none() {
            return false;
        }
        self.ops = VecDeque::from([Op::Print, Op::RecordReprint]);
        self.start(now);
        true
    }

    /// One attempt of a flash or read-back failed: record it and try again (a failed
    /// read-back re-runs the flasher too: a wrong read-back usually means a bad write), or
    /// fail the unit once the attempts are spent.
    fn failed_attempt(&mut self, f: StepFailure, now: Instant) {
        let n = &mut self.failures[f.step.index()];
        *n += 1;
        if *n <= self.plan.retries {
            let detail = format!(
                "{} attempt {} of {} failed: {}",
                f.step,
                *n,
                self.plan.retries + 1,
                f.detail()
            );
            if f.step == Step::Verify && self.plan.flash.is_some() {
                self.ops.push_front(Op::Flash);
            }
            self.ops.push_front(Op::RecordRetry {
                step: f.step,
                detail,
            });
            self.delay_next = true;
            self.start(now);
        } else {
            self.ops = VecDeque::from([Op::RecordFailure(f)]);
            self.start(now);
        }
    }

    /// The op under way is done: on to the next one (after a retry's delay, if one is
    /// due).
    fn next(&mut self, now: Instant) {
        self.ops.pop_front();
        if self.ops.is_empty() {
            self.finish(Outcome::Done);
        } else if std::mem::take(&mut self.delay_next) {
            self.phase = Phase::Delayed {
                at: now + self.plan.retry_after,
            };
        } else {
            self.start(now);
        }
    }

    fn finish(&mut self, o: Outcome) {
        self.phase = Phase::Finished(o.clone());
        self.actions.push_back(Action::Done(o));
    }

    /// Gives out the first op's action.
    fn start(&mut self, now: Instant) {
        let Some(op) = self.ops.front() else {
            return self.finish(Outcome::Done);
        };
        let p = &self.plan;
        let record =
            |state, event, detail: Option<String>, summary: Option<String>| Action::Record {
                state,
                event,
                detail,
                summary,
            };
        let action = match op {
            Op::Write => Action::WritePayload(p.payload.clone()),
            Op::RecordIssued => {
                let d = format!(
                    "{} payload, {} bytes, secret fingerprint {}, to {}",
                    p.payload.format,
                    p.payload.bytes.len(),
                    p.payload.fingerprint,
                    p.payload.to.describe()
                );
                record(
                    Some(LineState::Issued),
                    LedgerEvent::SecretIssued,
                    Some(d.clone()),
                    Some(d),
                )
            }
            Op::Flash | Op::Verify => Action::Run {
                step: op.step(),
                argv: match op {
                    Op::Flash => p.flash.clone(),
                    _ => p.verify.clone(),
                }
                .unwrap_or_default(),
                timeout: p.timeout,
            },
            Op::RecordFlashed => {
                let mut d = self.flashed.clone();
                if self.verified {
                    d.push_str("; read-back verified");
                }
                // The ledger keeps the flasher's output (secret masked); a screen the
                // summary.
                let ledger = match &self.flash_log {
                    Some(log) => format!("{d}: {log}"),
                    None => d.clone(),
                };
                record(
                    Some(LineState::Flashed),
                    LedgerEvent::Flashed,
                    Some(ledger),
                    Some(d),
                )
            }
            Op::Print => {
                let l = p.label.as_ref().expect("a Print op only with a label");
                Action::Print {
                    to: l.to.clone(),
                    job: l.job.clone(),
                }
            }
            Op::RecordLabel => {
                let (event, d) = match &p.label {
                    Some(l) => (LedgerEvent::LabelPrinted, l.describe()),
                    // The words of `line next`, whose options these are.
                    None => (
                        LedgerEvent::LabelSkipped,
                        "no label: neither --print nor --printer".to_owned(),
                    ),
                };
                record(Some(LineState::Printed), event, Some(d.clone()), Some(d))
            }
            Op::RecordReprint => {
                let l = p.label.as_ref().expect("a reprint only with a label");
                let d = format!("reprint: {}", l.describe());
                record(None, LedgerEvent::LabelPrinted, Some(d.clone()), Some(d))
            }
            Op::RecordDone => record(Some(LineState::Done), LedgerEvent::LineDone, None, None),
            Op::RecordRetry { detail, .. } => {
                record(None, LedgerEvent::StepRetried, Some(detail.clone()), None)
            }
            Op::RecordFailure(f) => {
                record(Some(LineState::Failed), f.event(), Some(f.detail()), None)
            }
        };
        self.actions.push_back(action);
        self.phase = Phase::Waiting { since: now };
    }
}

/// A child's output for the ledger: stdout then stderr, the last 2000 bytes, with every
/// occurrence of the secret masked in any letter case and as hex (flashers echo the value
/// in whatever case they like, and hex dumps of the payload show its ASCII bytes).
pub fn masked_output(stdout: &[u8], stderr: &[u8], secret: &str) -> String {
    let mut s = String::from_utf8_lossy(stdout).into_owned();
    s.push_str(&String::from_utf8_lossy(stderr));
    if !secret.is_empty() {
        s = mask_ignoring_case(&s, secret);
        s = mask_ignoring_case(&s, &hex::encode(secret));
    }
    let s = s.trim();
    let cut = s.len().saturating_sub(2000);
    let cut = (cut..s.len())
        .find(|i| s.is_char_boundary(*i))
        .unwrap_or(s.len());
    s[cut..].to_owned()
}

fn mask_ignoring_case(text: &str, secret: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let needle = secret.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(i) = lower[at..].find(&needle) {
        out.push_str(&text[at..at + i]);
        out.push_str(&crate::core::secret::mask(secret));
        at += i + needle.len();
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests;
