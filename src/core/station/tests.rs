//! The station's loop, driven with a fake clock: the harness owns `now`, answers each
//! claim and trip action as a test scripts it, and records what the station said as short
//! strings, so each test reads as the story of a slot.

use super::*;
use crate::core::line::{Event, FailKind, LabelJob, LabelTo, LineState, Payload, PayloadTo};

const PAYLOAD: &[u8] = b"{\"sn\":\"L1\"}";

fn plan(retries: u32, verify: bool) -> Box<Plan> {
    Box::new(Plan {
        from: LineState::Claimed,
        payload: Payload {
            bytes: PAYLOAD.to_vec(),
            to: PayloadTo::File("unit.json".into()),
            format: "json",
            fingerprint: "7c23f218".into(),
        },
        flash: Some(vec!["flash.sh".into()]),
        verify: verify.then(|| vec!["readback.sh".into()]),
        timeout: Duration::from_secs(30),
        label: Some(LabelJob {
            job: b"^XA^XZ".to_vec(),
            to: LabelTo::Printer("tcp://127.0.0.1:9100".into()),
            lang: "zpl",
            copies: 1,
        }),
        retries,
        retry_after: Duration::from_secs(1),
    })
}

/// How the harness answers one trip action.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Answer {
    Ok,
    /// The flasher exits with this code.
    FlashExit(i32),
    FlashTimeout,
    /// The printer does not answer.
    PrinterDown,
    /// Leave the action out (the step is under way).
    Hold,
}

struct H {
    st: Station,
    t0: Instant,
    now: Instant,
    log: Vec<String>,
    /// Trip actions left unanswered (per slot, the one out).
    held: Vec<(usize, Action)>,
}

impl H {
    fn new(mode: Mode, slots: usize) -> H {
        let t0 = Instant::now();
        H {
            st: Station::new(mode, slots, t0),
            t0,
            now: t0,
            log: Vec::new(),
            held: Vec::new(),
        }
    }

    fn advance(&mut self, d: Duration) {
        self.now += d;
        if self.st.next_timeout().is_some_and(|t| t <= self.now) {
            self.st.handle_timeout(self.now);
        }
    }

    /// Feeds an input, then answers every trip action with `answer(action)` until the
    /// station is quiet; claims are logged for the test to answer.
    fn feed(&mut self, input: Input, answer: &mut dyn FnMut(&Action) -> Answer) {
        self.st.handle(input, self.now);
        self.settle(answer);
    }

    fn settle(&mut self, answer: &mut dyn FnMut(&Action) -> Answer) {
        while let Some(o) = self.st.poll_output() {
            match o {
                Output::Claim { slot, sn, reissue } => self.log.push(format!(
                    "claim {slot} {}{}",
                    sn.unwrap_or("-".into()),
                    reissue
                        .map(|r| format!(" reissue: {r}"))
                        .unwrap_or_default()
                )),
                Output::Trip { slot, action } => {
                    let ev = match (answer(&action), &action) {
                        (Answer::Hold, _) => {
                            self.held.push((slot, action));
                            continue;
                        }
                        (_, Action::WritePayload(_)) => Event::PayloadWritten,
                        (_, Action::Record { .. }) => Event::Recorded,
                        (Answer::PrinterDown, Action::Print { .. }) => {
                            Event::Failed("connection refused".into())
                        }
                        (_, Action::Print { .. }) => Event::Printed,
                        (Answer::FlashExit(c), Action::Run { .. }) => Event::Exited {
                            code: Some(c),
                            timed_out: false,
                            stdout: vec![],
                            log: "no chip".into(),
                        },
                        (Answer::FlashTimeout, Action::Run { .. }) => Event::Exited {
                            code: None,
                            timed_out: true,
                            stdout: vec![],
                            log: String::new(),
                        },
                        (_, Action::Run { step, .. }) => Event::Exited {
                            code: Some(0),
                            timed_out: false,
                            stdout: if *step == Step::Verify {
                                PAYLOAD.to_vec()
                            } else {
                                vec![]
                            },
                            log: String::new(),
                        },
                        (_, Action::Done(_)) => unreachable!("Done never leaves the station"),
                    };
                    if let Action::Record { event, .. } = &action {
                        self.log.push(format!("record {slot} {event}"));
                    }
                    self.st.handle(Input::Step { slot, event: ev }, self.now);
                }
                Output::Notice(n) => self.log.push(short(&n)),
                Output::Hook { slot, pass, .. } => self.log.push(format!(
                    "hook {slot} {}",
                    if pass { "pass" } else { "fail" }
                )),
                Output::Bell => self.log.push("bell".into()),
                Output::Exit => self.log.push("exit".into()),
            }
        }
    }

    fn scan(&mut self, s: &str) {
        self.feed(Input::Scan(s.into()), &mut |_| Answer::Ok);
    }

    fn key(&mut self, k: Key, answer: &mut dyn FnMut(&Action) -> Answer) {
        self.feed(Input::Key(k), answer);
    }

    fn claimed(
        &mut self,
        slot: usize,
        sn: &str,
        p: Box<Plan>,
        answer: &mut dyn FnMut(&Action) -> Answer,
    ) {
        self.feed(
            Input::Claimed {
                slot,
                sn: sn.into(),
                plan: p,
                resumed: false,
            },
            answer,
        );
    }

    /// The log since the last call.
    fn take(&mut self) -> Vec<String> {
        std::mem::take(&mut self.log)
    }

    fn phase(&self, slot: usize) -> &Phase {
        &self.st.slots()[slot].phase
    }
}

fn short(n: &Notice) -> String {
    match n {
        Notice::DoubleScan { sn } => format!("double {sn}"),
        Notice::Refused { sn, slot, why } => format!(
            "refused {} {} {why:?}",
            slot.map_or("-".into(), |s| s.to_string()),
            sn.as_deref().unwrap_or("-")
        ),
        Notice::Started { slot, sn, .. } => format!("start {slot} {sn}"),
        Notice::Step { slot, step, .. } => format!("step {slot} {step}"),
        Notice::Retrying { slot, step, .. } => format!("retrying {slot} {step}"),
        Notice::Pass { slot, sn } => format!("PASS {slot} {sn}"),
        Notice::Reprinted { slot, sn } => format!("reprinted {slot} {sn}"),
        Notice::Fail { slot, sn, fail } => match fail {
            Fail::SetAside(f) => format!("FAIL {slot} {sn} set-aside {} {:?}", f.step, f.kind),
            Fail::Held { step, why } => format!("FAIL {slot} {sn} held {step}: {why}"),
        },
        Notice::Quitting { busy } => format!("quitting {busy}"),
        Notice::NothingTo { key } => format!("nothing {key:?}"),
    }
}

fn ok(_: &Action) -> Answer {
    Answer::Ok
}

/// Every record of a whole successful trip, in order.
const WHOLE_TRIP: [&str; 10] = [
    "start 0 L1",
    "step 0 payload",
    "record 0 secret-issued",
    "step 0 flash",
    "step 0 verify",
    "record 0 flashed",
    "step 0 label",
    "record 0 label-printed",
    "step 0 finish",
    "record 0 line-done",
];

#[test]
fn a_scan_takes_a_unit_through_every_step_to_pass() {
    let mut h = H::new(Mode::Scan, 1);
    // Scanner noise around the SN: STX, spaces, CR.
    h.scan("\u{2}  L1 \r");
    assert_eq!(h.take(), ["claim 0 L1"]);
    assert_eq!(*h.phase(0), Phase::Claiming);
    h.claimed(0, "L1", plan(0, true), &mut ok);
    let mut want: Vec<String> = WHOLE_TRIP.iter().map(|s| s.to_string()).collect();
    want.extend(["PASS 0 L1".into(), "hook 0 pass".into()]);
    assert_eq!(h.take(), want);
    assert_eq!(*h.phase(0), Phase::Pass);
    assert!(h.st.slots()[0].free());
}

#[test]
fn each_step_shows_its_elapsed_time_on_the_fake_clock() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.claimed(0, "L1", plan(0, false), &mut |a| match a {
        Action::Run { .. } => Answer::Hold,
        _ => Answer::Ok,
    });
    assert_eq!(h.st.slots()[0].step, Some(Step::Flash));
    h.now += Duration::from_secs(7);
    assert_eq!(h.st.slots()[0].elapsed(h.now), Duration::from_secs(7));
    let _ = h.t0;
}

#[test]
fn a_failing_flasher_sets_the_unit_aside_and_frees_the_slot() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.take();
    h.claimed(0, "L1", plan(0, true), &mut |a| match a {
        Action::Run { .. } => Answer::FlashExit(3),
        _ => Answer::Ok,
    });
    let log = h.take();
    assert_eq!(
        &log[log.len() - 4..],
        [
            "record 0 flash-failed",
            "FAIL 0 L1 set-aside flash Exited(Some(3))",
            "bell",
            "hook 0 fail"
        ]
    );
    assert!(
        h.st.slots()[0].free(),
        "the unit left the slot with its reason"
    );
    // R has nothing to retry: the unit is failed in the ledger.
    h.key(Key::Retry(None), &mut ok);
    assert_eq!(h.take(), ["nothing Retry(None)"]);
    h.scan("L2");
    assert_eq!(h.take(), ["claim 0 L2"]);
}

#[test]
fn a_flasher_timeout_is_retried_then_sets_the_unit_aside_after_retries() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.take();
    h.claimed(0, "L1", plan(1, true), &mut |a| match a {
        Action::Run { .. } => Answer::FlashTimeout,
        _ => Answer::Ok,
    });
    let log = h.take();
    assert!(log.contains(&"retrying 0 flash".to_string()), "{log:?}");
    assert!(
        log.contains(&"record 0 step-retried".to_string()),
        "{log:?}"
    );
    // The retry waits out its delay on the clock.
    assert_eq!(h.phase(0), &Phase::Running);
    h.st.handle_timeout(h.now + Duration::from_millis(500));
    h.settle(&mut |_| Answer::FlashTimeout);
    assert!(h.take().is_empty(), "not before retry_after");
    h.now += Duration::from_secs(1);
    h.st.handle_timeout(h.now);
    h.settle(&mut |a| match a {
        Action::Run { .. } => Answer::FlashTimeout,
        _ => Answer::Ok,
    });
    let log = h.take();
    assert_eq!(
        &log[log.len() - 3..],
        ["FAIL 0 L1 set-aside flash TimedOut", "bell", "hook 0 fail"],
        "{log:?}"
    );
}

#[test]
fn a_failed_attempt_retried_automatically_can_pass() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.take();
    let mut runs = 0;
    let mut answer = |a: &Action| match a {
        Action::Run {
            step: Step::Flash, ..
        } => {
            runs += 1;
            if runs == 1 {
                Answer::FlashExit(1)
            } else {
                Answer::Ok
            }
        }
        _ => Answer::Ok,
    };
    h.claimed(0, "L1", plan(2, true), &mut answer);
    assert!(h.take().contains(&"retrying 0 flash".to_string()));
    h.now += Duration::from_secs(1);
    h.st.handle_timeout(h.now);
    h.settle(&mut answer);
    let log = h.take();
    assert_eq!(&log[log.len() - 2..], ["PASS 0 L1", "hook 0 pass"]);
}

#[test]
fn a_dead_printer_holds_the_unit_until_r_or_p_prints_it() {
    for key in [Key::Retry(None), Key::Reprint(None)] {
        let mut h = H::new(Mode::Scan, 1);
        h.scan("L1");
        h.take();
        h.claimed(0, "L1", plan(0, false), &mut |a| match a {
            Action::Print { .. } => Answer::PrinterDown,
            _ => Answer::Ok,
        });
        let log = h.take();
        assert_eq!(
            &log[log.len() - 3..],
            [
                "FAIL 0 L1 held label: connection refused",
                "bell",
                "hook 0 fail"
            ]
        );
        // The unit stays with its slot: a scan finds no free slot.
        assert!(!h.st.slots()[0].free());
        h.scan("L2");
        assert_eq!(h.take(), ["refused - L2 NoFreeSlot", "bell"]);
        // The printer is back.
        h.key(key.clone(), &mut ok);
        assert_eq!(
            h.take(),
            [
                "step 0 label",
                "record 0 label-printed",
                "step 0 finish",
                "record 0 line-done",
                "PASS 0 L1",
                "hook 0 pass"
            ],
            "{key:?}"
        );
    }
}

#[test]
fn p_reprints_the_last_label_without_a_new_pass() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.claimed(0, "L1", plan(0, false), &mut ok);
    h.take();
    h.key(Key::Reprint(None), &mut ok);
    assert_eq!(h.take(), ["record 0 label-printed", "reprinted 0 L1"]);
    assert_eq!(*h.phase(0), Phase::Pass);
    // Nothing passed on an idle station: P says so.
    let mut h = H::new(Mode::Scan, 1);
    h.key(Key::Reprint(None), &mut ok);
    assert_eq!(h.take(), ["nothing Reprint(None)"]);
}

#[test]
fn a_lead_sets_a_held_unit_aside_with_a_reason() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.claimed(0, "L1", plan(0, false), &mut |a| match a {
        Action::Print { .. } => Answer::PrinterDown,
        _ => Answer::Ok,
    });
    h.take();
    h.key(
        Key::SetAside {
            slot: None,
            reason: "label printer replaced".into(),
        },
        &mut ok,
    );
    let log = h.take();
    assert_eq!(log[0], "record 0 line-set-aside");
    assert!(
        log[1].starts_with("FAIL 0 L1 set-aside label SetAside"),
        "{log:?}"
    );
    assert!(h.st.slots()[0].free());
}

#[test]
fn the_same_sn_within_two_seconds_is_ignored() {
    let mut h = H::new(Mode::Scan, 2);
    h.scan("L1");
    h.advance(Duration::from_millis(1500));
    h.scan("L1");
    assert_eq!(h.take(), ["claim 0 L1", "double L1"]);
    // Later, the same SN on a slot already is refused, not claimed twice.
    h.advance(Duration::from_millis(2500));
    h.scan("L1");
    assert_eq!(h.take(), ["refused - L1 OnSlot(0)", "bell"]);
    // Another SN at once is fine.
    h.scan("L2");
    assert_eq!(h.take(), ["claim 1 L2"]);
}

#[test]
fn an_unknown_or_issued_sn_is_refused_and_the_slot_stays_ready() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("NOPE");
    h.feed(
        Input::Refused {
            slot: 0,
            sn: Some("NOPE".into()),
            why: Refusal::Unknown,
        },
        &mut ok,
    );
    assert_eq!(h.take(), ["claim 0 NOPE", "refused 0 NOPE Unknown", "bell"]);
    assert_eq!(*h.phase(0), Phase::Idle);
    h.scan("L9");
    h.feed(
        Input::Refused {
            slot: 0,
            sn: Some("L9".into()),
            why: Refusal::AlreadyIssued {
                state: "done".into(),
                station: "line-2/1".into(),
            },
        },
        &mut ok,
    );
    let log = h.take();
    assert!(log[1].contains("AlreadyIssued"), "{log:?}");
    h.scan("L1");
    assert_eq!(h.take(), ["claim 0 L1"]);
}

#[test]
fn quit_mid_unit_finishes_the_step_then_exits() {
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.claimed(0, "L1", plan(0, false), &mut |a| match a {
        Action::Run { .. } => Answer::Hold,
        _ => Answer::Ok,
    });
    h.take();
    h.key(Key::Quit, &mut ok);
    assert_eq!(h.take(), ["quitting 1"], "the flash is under way");
    h.scan("L2");
    assert_eq!(h.take(), ["refused - L2 Quitting", "bell"]);
    // The flash ends: its record goes through, the label step is not begun.
    let (slot, _) = h.held.pop().unwrap();
    h.feed(
        Input::Step {
            slot,
            event: Event::Exited {
                code: Some(0),
                timed_out: false,
                stdout: vec![],
                log: String::new(),
            },
        },
        &mut ok,
    );
    assert_eq!(h.take(), ["record 0 flashed", "exit"]);
}

#[test]
fn quit_when_idle_exits_at_once_and_during_a_claim_after_it() {
    let mut h = H::new(Mode::Scan, 2);
    h.key(Key::Quit, &mut ok);
    assert_eq!(h.take(), ["quitting 0", "exit"]);
    let mut h = H::new(Mode::Scan, 1);
    h.scan("L1");
    h.key(Key::Quit, &mut ok);
    assert_eq!(h.take(), ["claim 0 L1", "quitting 1"]);
    // The claim lands: the unit is recorded as the slot's, nothing more is done.
    h.claimed(0, "L1", plan(0, false), &mut ok);
    assert_eq!(h.take(), ["start 0 L1", "exit"]);
}

#[test]
fn next_mode_takes_units_on_enter_and_says_when_none_is_left() {
    let mut h = H::new(Mode::Next, 2);
    h.scan("");
    h.key(Key::Trigger, &mut ok);
    h.key(Key::Trigger, &mut ok);
    assert_eq!(
        h.take(),
        ["claim 0 -", "claim 1 -", "refused - - NoFreeSlot", "bell"]
    );
    h.feed(
        Input::Refused {
            slot: 0,
            sn: None,
            why: Refusal::NoneLeft,
        },
        &mut ok,
    );
    assert_eq!(h.take(), ["refused 0 - NoneLeft", "bell"]);
}

#[test]
fn slots_run_side_by_side() {
    let mut h = H::new(Mode::Scan, 4);
    for (i, sn) in ["A1", "A2", "A3", "A4"].iter().enumerate() {
        h.scan(sn);
        h.claimed(i, sn, plan(0, false), &mut |a| match a {
            Action::Run { .. } => Answer::Hold,
            _ => Answer::Ok,
        });
    }
    assert!(h.st.slots().iter().all(|s| s.phase == Phase::Running));
    assert_eq!(h.held.len(), 4);
    h.take();
    // They finish in any order, each on its own slot.
    while let Some((slot, _)) = h.held.pop() {
        h.feed(
            Input::Step {
                slot,
                event: Event::Exited {
                    code: Some(0),
                    timed_out: false,
                    stdout: vec![],
                    log: String::new(),
                },
            },
            &mut ok,
        );
    }
    let passes: Vec<_> = h
        .take()
        .into_iter()
        .filter(|l| l.starts_with("PASS"))
        .collect();
    assert_eq!(passes, ["PASS 3 A4", "PASS 2 A3", "PASS 1 A2", "PASS 0 A1"]);
    let _ = FailKind::TimedOut;
}

#[test]
fn a_lead_reissues_a_unit_and_can_leave_mid_unit() {
    let mut h = H::new(Mode::Scan, 2);
    h.key(
        Key::Reissue {
            sn: "L1".into(),
            reason: "flash chip replaced".into(),
        },
        &mut ok,
    );
    assert_eq!(h.take(), ["claim 0 L1 reissue: flash chip replaced"]);
    h.claimed(0, "L1", plan(0, false), &mut |a| match a {
        Action::Run { .. } => Answer::Hold,
        _ => Answer::Ok,
    });
    h.take();
    // Leaving does not wait for the flash under way.
    h.key(Key::Leave, &mut ok);
    assert_eq!(h.take(), ["exit"]);
    h.scan("L2");
    assert_eq!(h.take(), ["refused - L2 Quitting", "bell"]);
}
