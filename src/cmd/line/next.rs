//! `wecom-hw line next`: find the unit and check, before claiming it, everything that
//! can be known to fail; claim it; then let the line core ([`Trip`]) plan its steps from
//! where the unit stands and carry out what it asks for ([`drive`]).

use super::hint::{Failed, failed_hint, next_cmd};
use super::open;
use crate::cli::line::{LabelFormat, NextArgs};
use crate::core::line::{
    self, Action, Event, FailKind, LabelJob, LabelTo, LedgerEvent, LineState, Outcome, PayloadTo,
    Plan, Step, StepFailure, Trip,
};
use crate::core::payload::{Emit, Payload};
use crate::import::SecretKind;
use crate::io::{atomic, runner};
use crate::net::printer;
use crate::output::{ErrorCode, Failure, Output};
use crate::render::layout::SizeSpec;
use crate::render::{self, Dpi, Format, Label, verify};
use crate::store::line::{Claim, LineUnit, already_issued};
use crate::store::{Store, StoreOptions, StoredDevice};
use anyhow::Result;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub(super) fn next(a: NextArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    check_args(&a, out)?;
    let mut store = open(opts)?;

    // 1. Which unit (this station's unfinished one first, then --sn or the next), and
    // everything about it and this run's settings that can fail, before claiming it.
    let take = pick(&a, &store, opts, out)?;
    let (job, problems) = preflight(&a, &take, store.get(take.sn())?.as_ref());
    if a.dry_run {
        return dry_run(&a, &take, problems, out);
    }
    if let Some(f) = problems.into_iter().next() {
        return Err(f.into());
    }

    // 2. Claim it.
    let picked = take.sn().to_owned();
    let (dev, claim, from) = claim(&a, &mut store, opts, take, out)?;
    let job = match job {
        Some(j) if picked == dev.sn => Some(j),
        _ => claimed_label(&a, &mut store, &dev)?,
    };
    let sn = dev.sn.as_str();
    out.info(match claim {
        Claim::New => crate::fl!("line-claimed", sn = sn),
        Claim::Resumed => crate::fl!("line-resuming", sn = sn, from = from.to_string()),
        Claim::Reissued => crate::fl!("line-reissued", sn = sn),
    });

    // 3. Its trip: the core plans the steps from where the unit stands, `drive` carries
    // them out.
    let mut temp = if a.out.is_none() && a.flash.is_some() {
        Some(TempPayload::new()?)
    } else {
        None
    };
    let plan = plan(&a, &dev, from, temp.as_ref(), job)?;
    let trip = Trip::new(plan, Instant::now());
    let steps = match drive(trip, &mut store, &dev, out, &mut temp)? {
        Ok(steps) => steps,
        Err(f) => return Err(step_failure(&a, &opts.hint_flags(), sn, &f).into()),
    };

    // 4. Done.
    if out.json {
        let mut result = serde_json::json!({
            "sn": sn,
            "claim": claim,
            "station": store.station(),
            "emit": a.emit,
            "state": LineState::Done,
            "steps": steps,
        });
        if let Some(p) = &a.out {
            result["out"] = p.display().to_string().into();
        }
        out.json_line(&result)?;
    } else if payload_to_stdout(&a) || a.print.as_deref() == Some(Path::new("-")) {
        out.info(crate::fl!("line-done", sn = sn));
    } else {
        crate::outln!("{}", crate::fl!("line-done", sn = sn))?;
    }
    Ok(())
}

/// What the options alone rule out, before the store is opened.
fn check_args(a: &NextArgs, out: &Output) -> Result<(), Failure> {
    let payload_to_stdout = payload_to_stdout(a);
    if payload_to_stdout && a.print.as_deref() == Some(Path::new("-")) {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("line-both-to-stdout"),
        ));
    }
    if payload_to_stdout && out.json && !a.dry_run {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("line-json-payload-to-stdout"),
        ));
    }
    if payload_to_stdout && !a.show_secrets && !a.dry_run {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("line-secret-to-stdout"),
        )
        .hint(crate::fl!("line-secret-to-stdout-hint")));
    }
    if a.nvs_namespace.is_empty() || a.nvs_namespace.len() > 15 {
        return Err(Failure::new(
            ErrorCode::UsageBadValue,
            crate::fl!("line-bad-nvs-namespace"),
        ));
    }
    for cmd in [&a.flash, &a.verify].into_iter().flatten() {
        runner::argv(cmd, &[])?;
    }
    Ok(())
}

/// No `--out` and no flasher: the payload goes to stdout.
fn payload_to_stdout(a: &NextArgs) -> bool {
    a.out.is_none() && a.flash.is_none()
}

/// How this run takes its unit, decided before anything is claimed.
enum Take {
    /// This station's unfinished unit (after a crash), at the state it was left in.
    Resume(LineUnit),
    /// The scanned SN (`--sn`), as stored.
    Sn(String),
    /// The next unissued unit (unless another station is quicker to claim it).
    Next(String),
}

impl Take {
    fn sn(&self) -> &str {
        match self {
            Take::Resume(u) => &u.sn,
            Take::Sn(sn) | Take::Next(sn) => sn,
        }
    }
}

/// Finds the unit this run would take, claiming nothing. With a label to print, "the
/// next unit" is the next one that has a bind URL: units without one are passed over
/// (and left for a station without a printer), never claimed and then failed.
fn pick(a: &NextArgs, store: &Store, opts: &StoreOptions, out: &Output) -> Result<Take, Failure> {
    let store_flags = opts.hint_flags();
    if let Some(u) = store.line_unfinished()? {
        return Ok(Take::Resume(u));
    }
    if let Some(sn) = &a.sn {
        let dev = store.get(sn)?.ok_or_else(|| {
            Failure::new(
                ErrorCode::StoreUnknownSn,
                crate::fl!(
                    "qr-store-unknown-sn",
                    sn = sn.clone(),
                    store = store.location().to_string()
                ),
            )
            .hint(crate::fl!("line-unknown-sn-hint"))
        })?;
        if let Some(u) = store.line_unit(&dev.sn)? {
            let own = u.unfinished() && u.station.as_deref() == store.station();
            if !own && a.reissue.is_none() {
                return Err(already_issued(&dev.sn, &u));
            }
        }
        return Ok(Take::Sn(dev.sn));
    }
    let wants_label = a.print.is_some() || a.printer.is_some();
    if let Some(sn) = store.line_peek_next(wants_label)? {
        if wants_label && store.line_peek_next(false)?.as_deref() != Some(sn.as_str()) {
            let (n, first) = store.line_unclaimed_without_url()?;
            out.warn(crate::fl!(
                "line-passing-over",
                count = n,
                first = first.unwrap_or_default()
            ));
        }
        return Ok(Take::Next(sn));
    }
    let (n, first) = if wants_label {
        store.line_unclaimed_without_url()?
    } else {
        (0, None)
    };
    Err(match first {
        Some(first) if n > 0 => Failure::new(
            ErrorCode::LineNoUnitLeft,
            crate::fl!(
                "line-none-with-url",
                store = store.location().to_string(),
                count = n,
                first = first.clone()
            ),
        )
        .hint(crate::fl!(
            "line-none-with-url-hint",
            command = next_cmd(a, &first, None, false)
        )),
        _ => nothing_left(store, &store_flags),
    })
}

/// Everything that can be known before a unit is claimed, so that no unit has its secret
/// issued and gets flashed only to fail at a later step: the flasher and verifier can be
/// started, the printer address parses, the unit has a bind URL and its label fits.
/// Returns the unit's label job (when one is printed) and every problem found (all of
/// them, for `--dry-run`).
fn preflight(
    a: &NextArgs,
    take: &Take,
    dev: Option<&StoredDevice>,
) -> (Option<Vec<u8>>, Vec<Failure>) {
    let mut problems = Vec::new();
    for (flag, cmd, flasher) in [("--flash", &a.flash, true), ("--verify", &a.verify, false)] {
        let Some(cmd) = cmd else { continue };
        match runner::argv(cmd, &[("{file}", ""), ("{sn}", take.sn())]) {
            Ok(words) if !runner::find_program(&words[0]) => problems.push(
                Failure::new(
                    ErrorCode::LineProgramNotFound,
                    if flasher {
                        crate::fl!(
                            "line-flasher-not-found",
                            program = format!("{:?}", words[0])
                        )
                    } else {
                        crate::fl!(
                            "line-verifier-not-found",
                            program = format!("{:?}", words[0])
                        )
                    },
                )
                .at(flag)
                .hint(crate::fl!("line-program-not-found-hint")),
            ),
            Ok(_) => {}
            Err(f) => problems.push(f),
        }
    }
    if let Some(p) = &a.printer
        && let Err(f) = printer::addr(p)
    {
        problems.push(f);
    }
    let mut job = None;
    if a.print.is_some() || a.printer.is_some() {
        match dev.map(|d| (d, d.qr_url.as_deref())) {
            Some((d, Some(url))) => match label_for(url, &d.sn, a) {
                Ok(j) => job = Some(j),
                Err(f) => problems.push(f),
            },
            Some((d, None)) => {
                let command = next_cmd(a, &d.sn, None, false);
                let hint = match take {
                    Take::Resume(u) => crate::fl!(
                        "line-no-url-resume-hint",
                        state = u.state.to_string(),
                        command = command
                    ),
                    _ => crate::fl!("line-no-url-hint", command = command),
                };
                problems.push(
                    Failure::new(
                        ErrorCode::StoreNoUrl,
                        crate::fl!("line-no-url", sn = d.sn.clone()),
                    )
                    .hint(hint),
                );
            }
            None => {}
        }
    }
    (job, problems)
}

/// Claims the unit `pick` chose (or, for "the next unit", whichever is next now):
/// the unit, how it came, and the state the store holds for it.
fn claim(
    a: &NextArgs,
    store: &mut Store,
    opts: &StoreOptions,
    take: Take,
    out: &Output,
) -> Result<(StoredDevice, Claim, LineState), Failure> {
    let store_flags = opts.hint_flags();
    let wants_label = a.print.is_some() || a.printer.is_some();
    let (sn, claim, from) = match take {
        Take::Resume(u) => {
            if let Some(want) = a.sn.as_deref().filter(|w| !w.eq_ignore_ascii_case(&u.sn)) {
                out.warn(crate::fl!(
                    "line-finishing-first",
                    sn = u.sn.clone(),
                    state = u.state.to_string(),
                    want = want
                ));
            }
            store.line_note(
                &u.sn,
                LedgerEvent::LineResumed,
                Some(&format!("from state {}", u.state)),
            )?;
            (u.sn, Claim::Resumed, u.state)
        }
        Take::Sn(sn) => {
            let (sn, c) = store.line_claim_sn(&sn, a.reissue.as_deref())?;
            (sn, c, LineState::Claimed)
        }
        Take::Next(_) => match store.line_claim_next(wants_label)? {
            Some(sn) => (sn, Claim::New, LineState::Claimed),
            None => {
                return Err(nothing_left(store, &store_flags));
            }
        },
    };
    let dev = store.get(&sn)?.ok_or_else(|| {
        Failure::new(
            ErrorCode::InternalBug,
            crate::fl!("line-claimed-vanished", sn = sn.clone()),
        )
    })?;
    Ok((dev, claim, from))
}

/// The label of a unit claimed other than the one checked before (another station was
/// quicker at "the next unit"). It has a URL (the claim took only such units); should
/// its label still not be made, the unit is failed before anything is issued.
fn claimed_label(
    a: &NextArgs,
    store: &mut Store,
    dev: &StoredDevice,
) -> Result<Option<Vec<u8>>, Failure> {
    if a.print.is_none() && a.printer.is_none() {
        return Ok(None);
    }
    let made = match dev.qr_url.as_deref() {
        Some(url) => label_for(url, &dev.sn, a),
        None => Err(Failure::new(
            ErrorCode::StoreNoUrl,
            crate::fl!("line-no-url-to-print", sn = dev.sn.clone()),
        )),
    };
    match made {
        Ok(j) => Ok(Some(j)),
        Err(f) => {
            store.line_mark(
                &dev.sn,
                LineState::Failed,
                LedgerEvent::PrintFailed,
                Some(&crate::core::ledger_words::label_not_made(f.code.as_str())),
            )?;
            Err(f)
        }
    }
}

/// The core's plan for this unit from this run's options.
fn plan(
    a: &NextArgs,
    dev: &StoredDevice,
    from: LineState,
    temp: Option<&TempPayload>,
    job: Option<Vec<u8>>,
) -> Result<Plan, Failure> {
    let to = match (&a.out, temp) {
        (Some(p), _) => PayloadTo::File(p.clone()),
        (None, Some(t)) => PayloadTo::TempFile(t.0.join(format!("payload.{}", emit_ext(a.emit)))),
        (None, None) => PayloadTo::Stdout,
    };
    let file = to
        .path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let words = |cmd: &Option<String>| {
        cmd.as_deref()
            .map(|c| runner::argv(c, &[("{file}", &file), ("{sn}", &dev.sn)]))
            .transpose()
    };
    Ok(Plan {
        from,
        payload: line::Payload {
            bytes: payload_of(dev, &a.endpoint).encode(a.emit, &a.nvs_namespace),
            to,
            format: emit_ext(a.emit),
            fingerprint: dev.secret_no.fingerprint(),
        },
        flash: words(&a.flash)?,
        verify: words(&a.verify)?,
        timeout: Duration::from_secs(a.flash_timeout),
        label: job.map(|job| LabelJob {
            job,
            to: label_to(a, &dev.sn),
            lang: lang(a.label_format),
            copies: a.copies,
        }),
        // One command, one try: the operator reruns it (a station retries).
        retries: 0,
        retry_after: Duration::ZERO,
    })
}

/// Carries out a unit's trip: the core says what to do next, this does it and answers
/// how it went. The steps done (for `--json`), or the step that failed the unit (marked
/// failed by then). An action that cannot be carried out (a file, the printer, the
/// store) ends the run with its own error at once: with no retries the core would halt
/// there too, and the unit stays at its last recorded step for the next run.
fn drive(
    mut trip: Trip,
    store: &mut Store,
    dev: &StoredDevice,
    out: &Output,
    temp: &mut Option<TempPayload>,
) -> Result<Result<Vec<serde_json::Value>, StepFailure>> {
    let sn = dev.sn.as_str();
    let mut steps = Vec::new();
    // The core's summaries are English records (the ledger and `--json` keep them); the
    // lines shown to people are said again from what happened, in the reader's language.
    let mut issued: Option<String> = None;
    let mut flash_ms: Option<u128> = None;
    let mut verified = false;
    loop {
        let Some(action) = trip.poll_action() else {
            // Nothing out: a retry waits out its delay.
            let Some(at) = trip.next_timeout() else {
                return Err(Failure::new(
                    ErrorCode::InternalBug,
                    crate::fl!("line-core-stuck", sn = sn),
                )
                .into());
            };
            std::thread::sleep(at.saturating_duration_since(Instant::now()));
            trip.handle_timeout(Instant::now());
            continue;
        };
        let event = match action {
            Action::WritePayload(p) => {
                issued = Some(crate::fl!(
                    "rest-line-issued-detail",
                    format = p.format,
                    bytes = p.bytes.len().to_string(),
                    fingerprint = p.fingerprint.clone(),
                    to = match &p.to {
                        PayloadTo::File(f) => f.display().to_string(),
                        PayloadTo::TempFile(_) => crate::fl!("rest-line-temp-file"),
                        PayloadTo::Stdout => "stdout".to_owned(),
                    }
                ));
                match p.to.path() {
                    Some(path) => write_payload(path, &p.bytes)?,
                    None => {
                        let mut so = crate::output::stdout();
                        so.write_all(&p.bytes)?;
                        so.flush()?;
                    }
                }
                Event::PayloadWritten
            }
            Action::Run {
                step,
                argv,
                timeout,
            } => {
                let started = Instant::now();
                let r = runner::run_with_timeout(&argv, timeout)?;
                match step {
                    Step::Flash => flash_ms = Some(started.elapsed().as_millis()),
                    // A flash is recorded after its read-back only when the read-back passed.
                    Step::Verify => verified = true,
                    _ => {}
                }
                let log = line::masked_output(&r.stdout, &r.stderr, dev.secret_no.expose());
                if step == Step::Flash && !r.timed_out && r.code == Some(0) {
                    out.debug_with(|| {
                        format!(
                            "{}\n{log}",
                            crate::fl!("rest-debug-flasher-output", sn = sn.to_string())
                        )
                    });
                }
                Event::Exited {
                    code: r.code,
                    timed_out: r.timed_out,
                    stdout: r.stdout,
                    log,
                }
            }
            Action::Print { to, job } => {
                match &to {
                    LabelTo::Printer(url) => printer::send(url, &job)?,
                    LabelTo::File(p) => printer::write_file(p, &job)?,
                    LabelTo::Stdout => {
                        let mut so = crate::output::stdout();
                        so.write_all(&job)?;
                        so.flush()?;
                    }
                }
                Event::Printed
            }
            Action::Record {
                state,
                event,
                detail,
                summary,
            } => {
                match state {
                    Some(s) => store.line_mark(sn, s, event, detail.as_deref())?,
                    None => store.line_note(sn, event, detail.as_deref())?,
                }
                if state == Some(LineState::Flashed) {
                    // The temporary payload file (the secret) does not outlive the flash.
                    *temp = None;
                }
                if let (Some(s), Some(d)) = (state, summary) {
                    out.info(match s {
                        LineState::Issued => crate::fl!(
                            "line-issued",
                            sn = sn,
                            detail = issued.clone().unwrap_or_else(|| d.clone())
                        ),
                        LineState::Flashed => {
                            let ms = flash_ms.unwrap_or_default().to_string();
                            let detail = if verified {
                                crate::fl!("rest-line-flashed-verified", ms = ms)
                            } else {
                                crate::fl!("rest-line-flashed-detail", ms = ms)
                            };
                            crate::fl!("line-flashed", sn = sn, detail = detail)
                        }
                        // The label (or no label): the ledger's record in the reader's words.
                        _ => crate::fl!(
                            "ledger-words-unit",
                            sn = sn,
                            detail = crate::core::ledger_words::say(
                                crate::i18n::loader(),
                                event.as_str(),
                                &d
                            )
                            .text
                        ),
                    });
                    steps.push(serde_json::json!({"step": s, "detail": d}));
                }
                Event::Recorded
            }
            Action::Done(Outcome::Done) => return Ok(Ok(steps)),
            Action::Done(Outcome::Failed(f)) => return Ok(Err(f)),
            Action::Done(Outcome::Halted { step, why }) => {
                return Err(Failure::new(
                    ErrorCode::InternalBug,
                    crate::fl!(
                        "line-halted",
                        sn = sn,
                        step = step.to_string(),
                        why = why.to_string()
                    ),
                )
                .into());
            }
        };
        trip.handle_event(event, Instant::now());
    }
}

/// The store holds no unit this station may take.
fn nothing_left(store: &Store, store_flags: &str) -> Failure {
    Failure::new(
        ErrorCode::LineNoUnitLeft,
        crate::fl!("line-nothing-left", store = store.location().to_string()),
    )
    .hint(crate::fl!(
        "line-nothing-left-hint",
        command = format!("`wecom-hw{store_flags} line status`")
    ))
}

/// The error of a unit the flasher or the verifier failed (marked failed by then).
fn step_failure(a: &NextArgs, store_flags: &str, sn: &str, f: &StepFailure) -> Failure {
    // `why()` is the ledger's English record (and the `--reissue` reason the hint
    // suggests); the message says the same in the reader's language.
    let why = f.why();
    let (code, failed) = match (&f.kind, f.step) {
        (FailKind::TimedOut, Step::Flash) => (ErrorCode::LineStepTimedOut, Failed::Flasher),
        (FailKind::TimedOut, _) => (ErrorCode::LineStepTimedOut, Failed::Verifier),
        (FailKind::Exited(_), Step::Flash) => (ErrorCode::LineStepFailed, Failed::Flasher),
        (FailKind::Exited(_), _) => (ErrorCode::LineStepFailed, Failed::Verifier),
        (FailKind::Mismatch { .. }, _) => (ErrorCode::LineVerifyMismatch, Failed::Mismatch),
        // Only a station sets a unit aside.
        (FailKind::SetAside { .. }, _) => (ErrorCode::LineSetAside, Failed::Verifier),
    };
    Failure::new(
        code,
        crate::fl!("line-step-failed", sn = sn, why = why_for_people(f)),
    )
    .hint(failed_hint(a, store_flags, sn, failed, &why))
}

/// [`StepFailure::why`] in the reader's language.
fn why_for_people(f: &StepFailure) -> String {
    let who = if f.step == Step::Verify {
        crate::fl!("rest-line-verifier")
    } else {
        crate::fl!("rest-line-flasher")
    };
    match &f.kind {
        FailKind::Exited(Some(code)) => {
            crate::fl!("rest-line-why-exited", who = who, code = code.to_string())
        }
        FailKind::Exited(None) => crate::fl!("rest-line-why-signal", who = who),
        FailKind::TimedOut => crate::fl!(
            "rest-line-why-timeout",
            who = who,
            secs = f.timeout.as_secs().to_string()
        ),
        FailKind::Mismatch { read, written } => crate::fl!(
            "rest-line-why-mismatch",
            read = read.to_string(),
            written = written.to_string()
        ),
        FailKind::SetAside { reason, halted } => crate::fl!(
            "rest-line-why-set-aside",
            step = super::station::step_word(f.step),
            reason = reason.clone(),
            halted = halted.clone()
        ),
    }
}

fn dry_run(a: &NextArgs, take: &Take, problems: Vec<Failure>, out: &Output) -> Result<()> {
    // `action` is the stable --json value, `how` its words.
    let (sn, action, how) = match take {
        Take::Resume(u) => (
            u.sn.clone(),
            format!("resume (left {} by this station)", u.state),
            crate::fl!("line-dry-resume", state = u.state.to_string()),
        ),
        Take::Sn(sn) if a.reissue.is_some() => (
            sn.clone(),
            "reissue".to_owned(),
            crate::fl!("line-dry-reissue"),
        ),
        Take::Sn(sn) | Take::Next(sn) => {
            (sn.clone(), "claim".to_owned(), crate::fl!("line-dry-claim"))
        }
    };
    let file = match (&a.out, &a.flash) {
        (Some(p), _) => p.display().to_string(),
        (None, Some(_)) => crate::fl!("line-dry-temporary-file"),
        (None, None) => "stdout".to_owned(),
    };
    let flash = a
        .flash
        .as_deref()
        .map(|c| runner::argv(c, &[("{file}", &file), ("{sn}", &sn)]))
        .transpose()?;
    let verify = a
        .verify
        .as_deref()
        .map(|c| runner::argv(c, &[("{file}", &file), ("{sn}", &sn)]))
        .transpose()?;
    let print = a.printer.clone().or_else(|| {
        a.print
            .as_ref()
            .map(|p| label_path(p, &sn).display().to_string())
    });
    if out.json {
        let listed: Vec<serde_json::Value> = problems
            .iter()
            .map(|f| {
                serde_json::json!({
                    "error": f.message, "hint": f.hint, "exit": f.class.code(),
                })
            })
            .collect();
        out.json_line(&serde_json::json!({
            "dry_run": true, "sn": sn, "action": action, "emit": a.emit, "out": a.out,
            "flash": flash, "verify": verify, "print": print, "copies": a.copies,
            "problems": listed,
        }))?;
    } else {
        crate::outln!("{}", crate::fl!("line-dry-run"))?;
        crate::outln!("  {how} {sn}")?;
        crate::outln!(
            "  {}",
            crate::fl!("line-dry-write", format = emit_ext(a.emit), file = file)
        )?;
        if let Some(f) = flash {
            crate::outln!(
                "  {}",
                crate::fl!(
                    "line-dry-flash",
                    argv = format!("{f:?}"),
                    secs = a.flash_timeout
                )
            )?;
        }
        if let Some(v) = verify {
            crate::outln!(
                "  {}",
                crate::fl!("line-dry-verify", argv = format!("{v:?}"))
            )?;
        }
        if let Some(p) = print {
            crate::outln!(
                "  {}",
                crate::fl!(
                    "line-dry-print",
                    format = lang(a.label_format),
                    copies = a.copies,
                    target = p
                )
            )?;
        }
        for f in &problems {
            crate::outln!(
                "  {}",
                crate::fl!("line-dry-problem", problem = f.message.clone())
            )?;
        }
    }
    // The run itself would stop at the first problem, before claiming: so does this.
    match problems.into_iter().next() {
        Some(f) => Err(f.json_reported(out.json).into()),
        None => Ok(()),
    }
}

/// The label job of a unit: its code placed on the label, read back from the rendering
/// (a label too small for the code is refused here), in the printer's language, every copy.
fn label_for(url: &str, sn: &str, a: &NextArgs) -> Result<Vec<u8>, Failure> {
    let spec = LabelSpec {
        size: SizeSpec {
            dpi: Dpi(a.dpi),
            label: a.label,
            dots: a.dots,
            quiet: a.quiet_zone,
            max_dots: Some(10),
        },
        ecc: a.ecc,
        caption: !a.no_caption,
        format: match a.label_format {
            LabelFormat::Zpl => Format::Zpl,
            LabelFormat::Tspl => Format::Tspl,
        },
        copies: a.copies,
    };
    render_label(url, sn, &spec)
}

/// How a unit's label is made (from `line next`'s options or a station profile).
pub(super) struct LabelSpec {
    pub size: SizeSpec,
    pub ecc: crate::render::Ecc,
    pub caption: bool,
    pub format: Format,
    pub copies: u32,
}

/// The label job of `url` for `sn`, read back from the rendering first.
pub(super) fn render_label(url: &str, sn: &str, spec: &LabelSpec) -> Result<Vec<u8>, Failure> {
    let label = Label {
        data: url.to_owned(),
        caption: spec.caption.then(|| sn.to_owned()),
    };
    // A label that cannot hold the code is this run's settings (exit 2), whatever the
    // render error's own code says.
    let placed = render::place(label, spec.ecc, &spec.size).map_err(|e| {
        let f = Failure::from(e);
        Failure::new(ErrorCode::RenderLabelTooSmall, f.message)
    })?;
    verify::check_placed(&placed, verify::VerifyMode::Grid).map_err(Failure::from)?;
    let copies = vec![placed; spec.copies as usize];
    render::write(spec.format, &copies).map_err(|e| {
        let f = Failure::from(e);
        Failure::new(ErrorCode::RenderPayloadUnsupported, f.message)
    })
}

/// `{sn}` in a `--print` file name becomes the unit's SN, so a loop keeps one label file
/// per unit; a name without it is replaced by every unit's label.
fn label_path(p: &Path, sn: &str) -> PathBuf {
    match p.to_str() {
        Some(s) if s.contains("{sn}") => PathBuf::from(s.replace("{sn}", sn)),
        _ => p.to_owned(),
    }
}

/// Where the label job goes: the printer, stdout, or the `--print` file (its `{sn}`
/// filled in).
fn label_to(a: &NextArgs, sn: &str) -> LabelTo {
    match (&a.printer, &a.print) {
        (Some(url), _) => LabelTo::Printer(url.clone()),
        (None, Some(p)) if p == Path::new("-") => LabelTo::Stdout,
        (None, Some(p)) => LabelTo::File(label_path(p, sn)),
        (None, None) => LabelTo::Stdout,
    }
}

fn lang(f: LabelFormat) -> &'static str {
    match f {
        LabelFormat::Zpl => "zpl",
        LabelFormat::Tspl => "tspl",
    }
}

pub(super) fn emit_ext(e: Emit) -> &'static str {
    match e {
        Emit::Json => "json",
        Emit::Env => "env",
        Emit::CHeader => "h",
        Emit::NvsCsv => "csv",
        Emit::Bin => "bin",
    }
}

pub(super) fn payload_of<'a>(d: &'a StoredDevice, endpoint: &'a str) -> Payload<'a> {
    Payload {
        sn: &d.sn,
        secret: d.secret_no.expose(),
        seed: d.secret_kind == SecretKind::Seed,
        device_id: d.device_id,
        endpoint,
    }
}

pub(super) fn write_payload(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    atomic::write(path, bytes, Some(0o600)).map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoWriteFailed,
            crate::fl!(
                "line-cannot-write-payload",
                file = path.display().to_string()
            ),
            e,
        )
    })
}

/// A private directory for the payload when `--flash` needs a file and `--out` gave none;
/// removed when dropped.
pub(super) struct TempPayload(pub(super) PathBuf);

impl TempPayload {
    pub(super) fn new() -> Result<TempPayload, Failure> {
        let dir = std::env::temp_dir().join(format!(
            "wecom-hw-line-{}-{:016x}",
            std::process::id(),
            rand::random::<u64>()
        ));
        let mut b = std::fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(&dir).map_err(|e| {
            Failure::caused_by(
                ErrorCode::IoWriteFailed,
                crate::fl!("qr-cannot-create", path = dir.display().to_string()),
                e,
            )
        })?;
        Ok(TempPayload(dir))
    }
}

impl Drop for TempPayload {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
