//! Every step of a trip, driven with a fake clock: the harness owns `now`, answers each
//! action with the event a test scripts, and only moves time forward by calling
//! `handle_timeout` at each `next_timeout`.

use super::*;

const PAYLOAD: &[u8] = b"{\"sn\":\"E1\",\"secret_no\":\"...\"}";

fn plan() -> Plan {
    Plan {
        from: LineState::Claimed,
        payload: Payload {
            bytes: PAYLOAD.to_vec(),
            to: PayloadTo::File("unit.json".into()),
            format: "json",
            fingerprint: "7c23f218".into(),
        },
        flash: Some(vec!["flash.sh".into(), "unit.json".into()]),
        verify: Some(vec!["readback.sh".into()]),
        timeout: Duration::from_secs(90),
        label: Some(LabelJob {
            job: b"^XA^XZ".to_vec(),
            to: LabelTo::Printer("tcp://10.0.0.9:9100".into()),
            lang: "zpl",
            copies: 2,
        }),
        retries: 0,
        retry_after: Duration::from_secs(5),
    }
}

/// An action, reduced to what the tests compare.
#[derive(Debug, Clone, PartialEq, Eq)]
enum A {
    Write(PayloadTo),
    Run(Step, Vec<String>, Duration),
    Print(LabelTo),
    Record(Option<LineState>, LedgerEvent, Option<String>),
    Done(Outcome),
}

fn reduce(a: Action) -> A {
    match a {
        Action::WritePayload(p) => {
            assert_eq!(p.bytes, PAYLOAD);
            A::Write(p.to)
        }
        Action::Run {
            step,
            argv,
            timeout,
        } => A::Run(step, argv, timeout),
        Action::Print { to, job } => {
            assert_eq!(job, b"^XA^XZ");
            A::Print(to)
        }
        Action::Record {
            state,
            event,
            detail,
            ..
        } => A::Record(state, event, detail),
        Action::Done(o) => A::Done(o),
    }
}

struct H {
    trip: Trip,
    t0: Instant,
    now: Instant,
}

impl H {
    fn new(p: Plan) -> H {
        let t0 = Instant::now();
        H {
            trip: Trip::new(p, t0),
            t0,
            now: t0,
        }
    }

    /// The one action ready now (a test answers each before the next appears).
    fn action(&mut self) -> A {
        let a = self
            .trip
            .poll_action()
            .map(reduce)
            .unwrap_or_else(|| panic!("no action at {:?}", self.now - self.t0));
        assert!(
            self.trip.poll_action().is_none(),
            "more than one action out"
        );
        a
    }

    fn nothing(&mut self) {
        if let Some(a) = self.trip.poll_action() {
            panic!("unexpected {:?}", reduce(a));
        }
    }

    fn ev(&mut self, e: Event) {
        self.trip.handle_event(e, self.now);
    }

    /// Moves the fake clock forward, firing the timer on the way.
    fn advance(&mut self, by: Duration) {
        let target = self.now + by;
        while let Some(t) = self.trip.next_timeout().filter(|t| *t <= target) {
            self.now = self.now.max(t);
            self.trip.handle_timeout(self.now);
            if self.trip.next_timeout() == Some(t) {
                break;
            }
        }
        self.now = target;
    }

    fn ms(&mut self, n: u64) {
        self.advance(Duration::from_millis(n));
    }

    fn exited(&mut self, code: i32, stdout: &[u8], log: &str) {
        self.ev(Event::Exited {
            code: Some(code),
            timed_out: false,
            stdout: stdout.to_vec(),
            log: log.into(),
        });
    }

    fn timed_out(&mut self, log: &str) {
        self.ev(Event::Exited {
            code: None,
            timed_out: true,
            stdout: vec![],
            log: log.into(),
        });
    }

    /// Expects a ledger record and acknowledges it.
    fn recorded(&mut self, state: Option<LineState>, event: LedgerEvent, detail: Option<&str>) {
        assert_eq!(
            self.action(),
            A::Record(state, event, detail.map(str::to_owned))
        );
        self.ev(Event::Recorded);
    }

    fn flash(&mut self) {
        assert_eq!(
            self.action(),
            A::Run(
                Step::Flash,
                vec!["flash.sh".into(), "unit.json".into()],
                Duration::from_secs(90)
            )
        );
    }

    fn verify(&mut self) {
        assert_eq!(
            self.action(),
            A::Run(
                Step::Verify,
                vec!["readback.sh".into()],
                Duration::from_secs(90)
            )
        );
    }

    fn write(&mut self) {
        assert_eq!(self.action(), A::Write(PayloadTo::File("unit.json".into())));
        self.ev(Event::PayloadWritten);
    }

    fn issued(&mut self) {
        self.recorded(
            Some(LineState::Issued),
            LedgerEvent::SecretIssued,
            Some("json payload, 29 bytes, secret fingerprint 7c23f218, to unit.json"),
        );
    }

    /// The label step through to the end.
    fn label_and_done(&mut self) {
        assert_eq!(
            self.action(),
            A::Print(LabelTo::Printer("tcp://10.0.0.9:9100".into()))
        );
        self.ev(Event::Printed);
        self.recorded(
            Some(LineState::Printed),
            LedgerEvent::LabelPrinted,
            Some("zpl label ×2 to tcp://10.0.0.9:9100"),
        );
        self.recorded(Some(LineState::Done), LedgerEvent::LineDone, None);
        assert_eq!(self.action(), A::Done(Outcome::Done));
        self.nothing();
        assert_eq!(self.trip.outcome(), Some(&Outcome::Done));
    }

    fn done_failed(&mut self) -> StepFailure {
        match self.action() {
            A::Done(Outcome::Failed(f)) => f,
            a => panic!("expected a failed unit, got {a:?}"),
        }
    }
}

#[test]
fn states_and_events_are_stored_as_their_names_in_order() {
    for s in LineState::ALL {
        assert_eq!(s.as_str().parse::<LineState>(), Ok(*s));
        assert_eq!(s.to_string(), s.as_str());
    }
    for e in LedgerEvent::ALL {
        assert_eq!(e.as_str().parse::<LedgerEvent>(), Ok(*e));
    }
    let names: Vec<&str> = LineState::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(
        names,
        ["claimed", "issued", "flashed", "printed", "done", "failed"]
    );
    assert!(LineState::Claimed < LineState::Issued && LineState::Printed < LineState::Done);
    assert!(LineState::Flashed.unfinished() && !LineState::Failed.unfinished());
    let e = "half-done".parse::<LineState>().unwrap_err();
    assert_eq!(e.to_string(), "unknown LineState \"half-done\"");
    assert_eq!(
        serde_json::to_string(&LedgerEvent::LineDone).unwrap(),
        "\"line-done\""
    );
}

#[test]
fn a_fresh_unit_goes_through_every_step_in_order_each_recorded_before_the_next() {
    let mut h = H::new(plan());
    assert_eq!(h.trip.step(), Some(Step::Payload));
    h.write();
    h.issued();
    h.flash();
    assert_eq!(h.trip.step(), Some(Step::Flash));
    h.ms(1500);
    assert_eq!(h.trip.elapsed(h.now), Some(Duration::from_millis(1500)));
    h.exited(0, b"", "flashing E1 from unit.json");
    h.verify();
    h.ms(200);
    // Trailing newlines aside, the read-back is the payload.
    h.exited(0, &[PAYLOAD, b"\n"].concat(), "");
    let a = h.trip.poll_action().unwrap();
    match &a {
        Action::Record { summary, .. } => assert_eq!(
            summary.as_deref(),
            Some("flasher exit 0 in 1500 ms; read-back verified"),
            "a screen shows the summary, the ledger adds the output"
        ),
        a => panic!("{a:?}"),
    }
    assert_eq!(
        reduce(a),
        A::Record(
            Some(LineState::Flashed),
            LedgerEvent::Flashed,
            Some(
                "flasher exit 0 in 1500 ms; read-back verified: flashing E1 from unit.json".into()
            )
        )
    );
    h.ev(Event::Recorded);
    h.label_and_done();
}

#[test]
fn without_a_flasher_or_a_label_the_steps_are_recorded_as_such() {
    let mut p = plan();
    p.flash = None;
    p.verify = None;
    p.label = None;
    p.payload.to = PayloadTo::Stdout;
    let mut h = H::new(p);
    assert_eq!(h.action(), A::Write(PayloadTo::Stdout));
    h.ev(Event::PayloadWritten);
    h.recorded(
        Some(LineState::Issued),
        LedgerEvent::SecretIssued,
        Some("json payload, 29 bytes, secret fingerprint 7c23f218, to stdout"),
    );
    h.recorded(
        Some(LineState::Flashed),
        LedgerEvent::Flashed,
        Some("no flasher"),
    );
    h.recorded(
        Some(LineState::Printed),
        LedgerEvent::LabelSkipped,
        Some("no label: neither --print nor --printer"),
    );
    h.recorded(Some(LineState::Done), LedgerEvent::LineDone, None);
    assert_eq!(h.action(), A::Done(Outcome::Done));
}

#[test]
fn a_resumed_unit_starts_at_the_step_that_was_not_recorded() {
    // Issued: the payload file again (the flasher needs it), never recorded twice.
    let mut p = plan();
    p.from = LineState::Issued;
    p.payload.to = PayloadTo::TempFile("/tmp/x/payload.json".into());
    let mut h = H::new(p);
    assert_eq!(
        h.action(),
        A::Write(PayloadTo::TempFile("/tmp/x/payload.json".into()))
    );
    h.ev(Event::PayloadWritten);
    h.flash();
    // Issued to stdout: nothing written again.
    let mut p = plan();
    p.from = LineState::Issued;
    p.payload.to = PayloadTo::Stdout;
    p.flash = None;
    p.verify = None;
    let mut h = H::new(p);
    h.recorded(
        Some(LineState::Flashed),
        LedgerEvent::Flashed,
        Some("no flasher"),
    );
    // Flashed: the label, not the flasher.
    let mut p = plan();
    p.from = LineState::Flashed;
    let mut h = H::new(p);
    h.label_and_done();
    // Printed: only done.
    let mut p = plan();
    p.from = LineState::Printed;
    let mut h = H::new(p);
    h.recorded(Some(LineState::Done), LedgerEvent::LineDone, None);
    assert_eq!(h.action(), A::Done(Outcome::Done));
}

#[test]
fn a_failing_flasher_fails_the_unit_with_its_output() {
    let mut h = H::new(plan());
    h.write();
    h.issued();
    h.flash();
    h.exited(3, b"", "E: chip not responding");
    h.recorded(
        Some(LineState::Failed),
        LedgerEvent::FlashFailed,
        Some("flasher exited with 3: E: chip not responding"),
    );
    let f = h.done_failed();
    assert_eq!((f.step, &f.kind), (Step::Flash, &FailKind::Exited(Some(3))));
    assert_eq!(f.why(), "flasher exited with 3");
    h.nothing();
    assert!(
        !h.trip.retry(h.now),
        "a failed unit needs a reissue, not a retry"
    );
}

#[test]
fn a_flasher_past_its_deadline_or_killed_fails_the_unit() {
    let mut h = H::new(plan());
    h.write();
    h.issued();
    h.flash();
    h.ms(90_000);
    h.timed_out("starting");
    h.recorded(
        Some(LineState::Failed),
        LedgerEvent::FlashFailed,
        Some("flasher timed out after 90 s: starting"),
    );
    assert_eq!(h.done_failed().kind, FailKind::TimedOut);

    let mut h = H::new(plan());
    h.write();
    h.issued();
    h.flash();
    h.ev(Event::Exited {
        code: None,
        timed_out: false,
        stdout: vec![],
        log: String::new(),
    });
    h.recorded(
        Some(LineState::Failed),
        LedgerEvent::FlashFailed,
        Some("flasher exited with a signal"),
    );
    h.done_failed();
}

#[test]
fn a_read_back_that_differs_fails_or_times_out_the_unit() {
    for (code, timed_out, stdout, why) in [
        (
            Some(0),
            false,
            &b"{\"sn\":\"wrong\"}"[..],
            "read-back differs from the payload (14 bytes read, 29 written)",
        ),
        (Some(2), false, PAYLOAD, "verifier exited with 2"),
        (None, true, &b""[..], "verifier timed out after 90 s"),
    ] {
        let mut h = H::new(plan());
        h.write();
        h.issued();
        h.flash();
        h.exited(0, b"", "");
        h.verify();
        h.ev(Event::Exited {
            code,
            timed_out,
            stdout: stdout.to_vec(),
            log: "the verifier's log stays out of its failure".into(),
        });
        h.recorded(
            Some(LineState::Failed),
            LedgerEvent::VerifyFailed,
            Some(why),
        );
        let f = h.done_failed();
        assert_eq!((f.step, f.why()), (Step::Verify, why.to_owned()));
    }
}

#[test]
fn a_failed_flash_is_retried_after_the_delay_and_each_attempt_is_in_the_ledger() {
    let mut p = plan();
    p.retries = 2;
    let mut h = H::new(p);
    h.write();
    h.issued();
    h.flash();
    h.exited(1, b"", "no ack");
    h.recorded(
        None,
        LedgerEvent::StepRetried,
        Some("flash attempt 1 of 3 failed: flasher exited with 1: no ack"),
    );
    // Nothing before the delay is over.
    h.nothing();
    assert_eq!(h.trip.next_timeout(), Some(h.now + Duration::from_secs(5)));
    h.ms(4999);
    h.nothing();
    h.ms(1);
    h.flash();
    assert_eq!(h.trip.failures(Step::Flash), 1);
    h.ms(100);
    h.timed_out("");
    h.recorded(
        None,
        LedgerEvent::StepRetried,
        Some("flash attempt 2 of 3 failed: flasher timed out after 90 s"),
    );
    h.ms(5000);
    h.flash();
    // The third attempt works: on with the read-back, as if nothing had happened.
    h.ms(700);
    h.exited(0, b"", "");
    h.verify();
    h.exited(0, PAYLOAD, "");
    h.recorded(
        Some(LineState::Flashed),
        LedgerEvent::Flashed,
        Some("flasher exit 0 in 700 ms; read-back verified"),
    );
    h.label_and_done();
}

#[test]
fn a_flash_that_fails_every_attempt_fails_the_unit_once() {
    let mut p = plan();
    p.retries = 1;
    let mut h = H::new(p);
    h.write();
    h.issued();
    h.flash();
    h.exited(1, b"", "");
    h.recorded(
        None,
        LedgerEvent::StepRetried,
        Some("flash attempt 1 of 2 failed: flasher exited with 1"),
    );
    h.ms(5000);
    h.flash();
    h.exited(4, b"", "");
    h.recorded(
        Some(LineState::Failed),
        LedgerEvent::FlashFailed,
        Some("flasher exited with 4"),
    );
    assert_eq!(h.done_failed().kind, FailKind::Exited(Some(4)));
}

#[test]
fn a_read_back_mismatch_is_retried_from_the_flasher() {
    let mut p = plan();
    p.retries = 1;
    let mut h = H::new(p);
    h.write();
    h.issued();
    h.flash();
    h.exited(0, b"", "");
    h.verify();
    h.exited(0, b"garbage", "");
    h.recorded(
        None,
        LedgerEvent::StepRetried,
        Some(
            "verify attempt 1 of 2 failed: read-back differs from the payload (7 bytes read, 29 written)",
        ),
    );
    h.ms(5000);
    h.flash();
    h.exited(0, b"", "");
    h.verify();
    h.exited(0, PAYLOAD, "");
    h.recorded(
        Some(LineState::Flashed),
        LedgerEvent::Flashed,
        Some("flasher exit 0 in 0 ms; read-back verified"),
    );
    h.label_and_done();
}

#[test]
fn a_dead_printer_halts_the_trip_without_recording_and_a_retry_prints() {
    let mut p = plan();
    p.from = LineState::Flashed;
    let mut h = H::new(p);
    assert_eq!(
        h.action(),
        A::Print(LabelTo::Printer("tcp://10.0.0.9:9100".into()))
    );
    h.ev(Event::Failed("connection refused".into()));
    assert_eq!(
        h.action(),
        A::Done(Outcome::Halted {
            step: Step::Label,
            why: "connection refused".into()
        })
    );
    assert_eq!(h.trip.step(), Some(Step::Label));
    h.nothing();
    assert!(!h.trip.reprint(h.now), "nothing printed yet");
    // The operator presses R once the printer is back.
    h.ms(60_000);
    assert!(h.trip.retry(h.now));
    h.label_and_done();
}

#[test]
fn an_action_that_fails_is_retried_after_the_delay_while_attempts_are_left() {
    let mut p = plan();
    p.retries = 1;
    p.from = LineState::Flashed;
    let mut h = H::new(p);
    h.action();
    h.ev(Event::Failed("connection refused".into()));
    h.nothing();
    h.ms(5000);
    assert_eq!(
        h.action(),
        A::Print(LabelTo::Printer("tcp://10.0.0.9:9100".into()))
    );
    h.ev(Event::Failed("connection refused".into()));
    assert!(matches!(h.action(), A::Done(Outcome::Halted { .. })));
    // A store that refuses a record halts the same way, at the step it records.
    let mut h = H::new(plan());
    h.write();
    assert!(matches!(h.action(), A::Record(..)));
    h.ev(Event::Failed("database is locked".into()));
    assert_eq!(
        h.action(),
        A::Done(Outcome::Halted {
            step: Step::Payload,
            why: "database is locked".into()
        })
    );
}

#[test]
fn a_halted_unit_can_be_set_aside_with_a_reason() {
    let mut p = plan();
    p.from = LineState::Flashed;
    let mut h = H::new(p);
    h.action();
    h.ev(Event::Failed("connection refused".into()));
    h.action();
    assert!(h.trip.set_aside("printer broken, unit to rework", h.now));
    h.recorded(
        Some(LineState::Failed),
        LedgerEvent::LineSetAside,
        Some("set aside at the label step: printer broken, unit to rework (connection refused)"),
    );
    let f = h.done_failed();
    assert_eq!(f.step, Step::Label);
    assert!(!h.trip.set_aside("again", h.now));
}

#[test]
fn a_done_unit_can_have_its_label_printed_again() {
    let mut p = plan();
    p.from = LineState::Flashed;
    let mut h = H::new(p);
    h.label_and_done();
    assert!(h.trip.reprint(h.now));
    assert_eq!(
        h.action(),
        A::Print(LabelTo::Printer("tcp://10.0.0.9:9100".into()))
    );
    h.ev(Event::Printed);
    h.recorded(
        None,
        LedgerEvent::LabelPrinted,
        Some("reprint: zpl label ×2 to tcp://10.0.0.9:9100"),
    );
    assert_eq!(h.action(), A::Done(Outcome::Done));
    // Without a label there is nothing to reprint.
    let mut p = plan();
    p.from = LineState::Printed;
    p.label = None;
    let mut h = H::new(p);
    h.recorded(Some(LineState::Done), LedgerEvent::LineDone, None);
    h.action();
    assert!(!h.trip.reprint(h.now));
}

#[test]
fn events_that_answer_nothing_out_change_nothing() {
    let mut h = H::new(plan());
    h.write();
    h.issued();
    h.flash();
    // Stale answers are ignored in release builds; debug builds flag them, so only the
    // ones a driver may legitimately send late are sent here: after the end.
    h.exited(3, b"", "");
    h.recorded(
        Some(LineState::Failed),
        LedgerEvent::FlashFailed,
        Some("flasher exited with 3"),
    );
    h.done_failed();
    h.ev(Event::Printed);
    h.ev(Event::Recorded);
    h.nothing();
    assert_eq!(h.trip.next_timeout(), None);
}

#[test]
fn flasher_echoes_are_masked_in_any_case() {
    let secret = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
    let text = format!("wrote {} ok; readback {}", secret.to_uppercase(), secret);
    let m = mask_ignoring_case(&text, secret);
    assert!(!m.to_ascii_lowercase().contains(&secret[4..28]), "{m}");
    assert!(m.starts_with("wrote 70") && m.ends_with("ac"), "{m}");
}

#[test]
fn a_flashers_hex_dump_of_the_payload_is_masked_too() {
    let secret = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
    let dump = format!("{{\"secret_no\":\"{secret}\"}}")
        .bytes()
        .map(|b| format!("{b:02X}"))
        .collect::<String>();
    let log = masked_output(format!("wrote {dump}\n").as_bytes(), b"", secret).to_ascii_lowercase();
    let hex_secret = hex::encode(secret);
    assert!(!log.contains(&hex_secret[8..40]), "{log}");
    assert!(
        log.starts_with("wrote 7b22"),
        "the rest of the dump stays: {log}"
    );
}

#[test]
fn the_ledger_keeps_the_last_2000_bytes_of_output() {
    let long = "x".repeat(2500) + "END";
    let log = masked_output(long.as_bytes(), b" tail", "");
    assert_eq!(log.len(), 2000);
    assert!(log.ends_with("END tail"));
}
