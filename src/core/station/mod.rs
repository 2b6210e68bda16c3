//! The station: one operator, a scanner, up to eight fixtures (slots), all shift. This is
//! its loop without I/O, in the calling style of the other cores: the driver feeds
//! [`Input`]s (a scan, a key, the answer to an action, the clock) to
//! [`Station::handle`] and [`Station::handle_timeout`], and carries out every [`Output`]
//! that [`Station::poll_output`] gives, answering each `Claim` and `Trip` with one input.
//!
//! Each slot drives one unit's [`Trip`] (the line core, the same one `line next`
//! drives once): the station adds what a shift needs around it — which slot a scan goes
//! to, scans to ignore or refuse, what the operator's keys do, the bell and the tower
//! light, and quitting without leaving a step half-done. What each slot shows is read
//! from [`Station::slots`]: the screen and the plain mode are two views of the same state.
//!
//! ```text
//! idle ──scan──▶ claiming ──claimed──▶ running ──done──▶ PASS ──P──▶ running (reprint)
//!   ▲               │                     │
//!   └──refused──────┘                     ├──step failed every attempt──▶ FAIL (unit set aside)
//!                                         └──action failed every attempt─▶ FAIL (unit held: R, P)
//! ```
//!
//! A slot showing PASS, or FAIL with its unit set aside, is free: the next scan may go to
//! it. A slot whose trip halted (the printer did not answer, a file could not be
//! written) keeps its unit until R retries the step (P, when the label was the step), or
//! a lead sets the unit aside.

pub mod profile;

use crate::core::line::{self, Action, LedgerEvent, Outcome, Plan, Step, StepFailure, Trip};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

pub use profile::Mode;

/// The same SN scanned again within this long is the scanner repeating itself.
pub const DOUBLE_SCAN: Duration = Duration::from_secs(2);

/// What the station is told.
#[derive(Debug)]
pub enum Input {
    /// One line from the scanner, as typed (the station strips it).
    Scan(String),
    Key(Key),
    /// The answer to [`Output::Claim`] (or, at start, the slot's own unfinished unit):
    /// the unit is the slot's, and its trip is planned from where it stands.
    Claimed {
        slot: usize,
        sn: String,
        plan: Box<Plan>,
        resumed: bool,
    },
    /// The answer to [`Output::Claim`] when the slot did not get the unit.
    Refused {
        slot: usize,
        sn: Option<String>,
        why: Refusal,
    },
    /// The answer to a slot's [`Output::Trip`] action.
    Step {
        slot: usize,
        event: line::Event,
    },
}

/// The operator's (and the lead's) keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// Enter or the scanner's trigger: in `next` mode, the next unissued unit.
    Trigger,
    /// R: try the failed step again (the first held slot, or the one given).
    Retry(Option<usize>),
    /// P: print the last label again (the last PASS slot, or the one given).
    Reprint(Option<usize>),
    /// Q: stop taking units; finish the step under way in each slot, then exit.
    Quit,
    /// A lead's decision: a held unit leaves its slot, failed, with this reason.
    SetAside { slot: Option<usize>, reason: String },
    /// A lead's decision: issue this unit again (its secret was issued before), with
    /// the reason for the ledger.
    Reissue { sn: String, reason: String },
    /// A lead's decision: leave now, mid-unit; each slot's unit stays at its last
    /// recorded step and is resumed when the station starts again.
    Leave,
}

/// Why a scan did not become a unit on a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not in the store.
    Unknown,
    /// Its secret was already issued (the store's state and station).
    AlreadyIssued { state: String, station: String },
    /// The same SN is on a slot of this station already.
    OnSlot(usize),
    /// Every slot has a unit.
    NoFreeSlot,
    /// `next` mode: the store has no unit left to issue.
    NoneLeft,
    /// Scanned after Q.
    Quitting,
    /// Anything else the driver could not do (the store, the label), in its words.
    Other(String),
}

/// What the driver does.
#[derive(Debug)]
pub enum Output {
    /// Claim a unit for `slot`: the scanned SN, or (None) the next unissued one (with
    /// `reissue`, the named unit again, for that reason); answer [`Input::Claimed`] or
    /// [`Input::Refused`].
    Claim {
        slot: usize,
        sn: Option<String>,
        reissue: Option<String>,
    },
    /// Carry out a slot's trip action (never [`Action::Done`]); answer [`Input::Step`].
    Trip { slot: usize, action: Action },
    /// Tell the operator (a line in plain mode; the screen redraws from the state).
    Notice(Notice),
    /// Run `on_pass` (or `on_fail`) for the unit.
    Hook { slot: usize, sn: String, pass: bool },
    /// Ring the terminal bell.
    Bell,
    /// Every slot is at rest after Q: the program may end.
    Exit,
}

/// One event worth a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A scan ignored: the same SN again within [`DOUBLE_SCAN`].
    DoubleScan {
        sn: String,
    },
    Refused {
        sn: Option<String>,
        slot: Option<usize>,
        why: Refusal,
    },
    /// A unit is on the slot.
    Started {
        slot: usize,
        sn: String,
        resumed: bool,
    },
    /// A step began.
    Step {
        slot: usize,
        sn: String,
        step: Step,
    },
    /// A step's attempt failed and is tried again (the trip's `step-retried` line).
    Retrying {
        slot: usize,
        sn: String,
        step: Step,
        detail: String,
    },
    Pass {
        slot: usize,
        sn: String,
    },
    Reprinted {
        slot: usize,
        sn: String,
    },
    Fail {
        slot: usize,
        sn: String,
        fail: Fail,
    },
    /// Q: no new units; `busy` slots finish their step first.
    Quitting {
        busy: usize,
    },
    /// A key that does nothing now (R with nothing held, P with nothing passed).
    NothingTo {
        key: Key,
    },
}

/// Why a unit failed on its slot, and where the unit is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fail {
    /// A step failed every attempt: the unit was marked failed (set aside) and left
    /// the slot.
    SetAside(StepFailure),
    /// An action failed every attempt (the printer, a file, a program that would not
    /// start, the store): the unit stays with the slot at its last recorded step.
    Held { step: Step, why: String },
}

/// What a slot is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Waiting for a unit.
    Idle,
    /// The driver is claiming a unit for it.
    Claiming,
    /// A trip is under way.
    Running,
    /// The last unit passed.
    Pass,
    /// The last unit failed.
    Fail(Fail),
}

/// One fixture, as a view reads it.
#[derive(Debug)]
pub struct Slot {
    pub phase: Phase,
    /// The unit on it (or the last one, under PASS/FAIL).
    pub sn: Option<String>,
    /// The step under way (or last under way).
    pub step: Option<Step>,
    /// Since when the phase or step is what it is.
    pub since: Instant,
    trip: Option<Trip>,
    /// After Q: the next action, held back (a step boundary was reached).
    parked: Option<Action>,
    reprinting: bool,
}

impl Slot {
    /// Free for the next unit.
    pub fn free(&self) -> bool {
        matches!(
            self.phase,
            Phase::Idle | Phase::Pass | Phase::Fail(Fail::SetAside(_))
        )
    }

    /// Whether its unit is still in its hands (not free, whatever happens next).
    fn holds_unit(&self) -> bool {
        !self.free()
    }

    /// How long the step (or phase) has lasted.
    pub fn elapsed(&self, now: Instant) -> Duration {
        now.saturating_duration_since(self.since)
    }
}

/// The station's loop. See the module documentation.
#[derive(Debug)]
pub struct Station {
    mode: Mode,
    slots: Vec<Slot>,
    out: VecDeque<Output>,
    last_scan: Option<(String, Instant)>,
    quitting: bool,
    exited: bool,
}

impl Station {
    /// A station of `slots` fixtures, all idle.
    pub fn new(mode: Mode, slots: usize, now: Instant) -> Station {
        Station {
            mode,
            slots: (0..slots.max(1))
                .map(|_| Slot {
                    phase: Phase::Idle,
                    sn: None,
                    step: None,
                    since: now,
                    trip: None,
                    parked: None,
                    reprinting: false,
                })
                .collect(),
            out: VecDeque::new(),
            last_scan: None,
            quitting: false,
            exited: false,
        }
    }

    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// After Q.
    pub fn quitting(&self) -> bool {
        self.quitting
    }

    pub fn poll_output(&mut self) -> Option<Output> {
        self.out.pop_front()
    }

    /// When [`Station::handle_timeout`] has something to do (a retry's delay ends).
    pub fn next_timeout(&self) -> Option<Instant> {
        self.slots
            .iter()
            .filter(|s| s.parked.is_none())
            .filter_map(|s| s.trip.as_ref()?.next_timeout())
            .min()
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        for i in 0..self.slots.len() {
            let s = &mut self.slots[i];
            if s.parked.is_some() {
                continue;
            }
            if let Some(t) = s.trip.as_mut()
                && t.next_timeout().is_some_and(|at| at <= now)
            {
                t.handle_timeout(now);
                self.pump(i, now);
            }
        }
        self.check_exit();
    }

    pub fn handle(&mut self, input: Input, now: Instant) {
        match input {
            Input::Scan(raw) => self.scan(&raw, now),
            Input::Key(k) => self.key(k, now),
            Input::Claimed {
                slot,
                sn,
                plan,
                resumed,
            } => {
                let Some(s) = self.slots.get_mut(slot) else {
                    return;
                };
                s.phase = Phase::Running;
                s.sn = Some(sn.clone());
                s.step = None;
                s.since = now;
                s.reprinting = false;
                s.parked = None;
                s.trip = Some(Trip::new(*plan, now));
                self.notice(Notice::Started { slot, sn, resumed });
                self.pump(slot, now);
            }
            Input::Refused { slot, sn, why } => {
                if let Some(s) = self.slots.get_mut(slot) {
                    s.phase = Phase::Idle;
                    s.sn = None;
                    s.step = None;
                    s.since = now;
                    s.trip = None;
                }
                self.notice(Notice::Refused {
                    sn,
                    slot: Some(slot),
                    why,
                });
                self.out.push_back(Output::Bell);
            }
            Input::Step { slot, event } => {
                if let Some(t) = self.slots.get_mut(slot).and_then(|s| s.trip.as_mut()) {
                    t.handle_event(event, now);
                    self.pump(slot, now);
                }
            }
        }
        self.check_exit();
    }

    fn notice(&mut self, n: Notice) {
        self.out.push_back(Output::Notice(n));
    }

    fn refuse(&mut self, sn: Option<String>, why: Refusal) {
        self.notice(Notice::Refused {
            sn,
            slot: None,
            why,
        });
        self.out.push_back(Output::Bell);
    }

    fn scan(&mut self, raw: &str, now: Instant) {
        // A scanner ends with Enter and may add a prefix or suffix of control characters
        // (STX/ETX, tab, CR); the operator may add spaces.
        let sn: String = raw.chars().filter(|c| !c.is_control()).collect();
        let sn = sn.trim();
        if self.mode == Mode::Next {
            // Any scan or Enter is the trigger.
            return self.key(Key::Trigger, now);
        }
        if sn.is_empty() {
            return;
        }
        let again = self.last_scan.as_ref().is_some_and(|(last, at)| {
            last == sn && now.saturating_duration_since(*at) < DOUBLE_SCAN
        });
        self.last_scan = Some((sn.to_owned(), now));
        if again {
            return self.notice(Notice::DoubleScan { sn: sn.to_owned() });
        }
        if self.quitting {
            return self.refuse(Some(sn.to_owned()), Refusal::Quitting);
        }
        if let Some(i) = self.slots.iter().position(|s| {
            s.holds_unit() && s.sn.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(sn))
        }) {
            return self.refuse(Some(sn.to_owned()), Refusal::OnSlot(i));
        }
        self.claim(Some(sn.to_owned()), None, now);
    }

    fn claim(&mut self, sn: Option<String>, reissue: Option<String>, now: Instant) {
        let Some(slot) = self.slots.iter().position(Slot::free) else {
            return self.refuse(sn, Refusal::NoFreeSlot);
        };
        let s = &mut self.slots[slot];
        s.phase = Phase::Claiming;
        s.sn = sn.clone();
        s.step = None;
        s.since = now;
        s.trip = None;
        self.out.push_back(Output::Claim { slot, sn, reissue });
    }

    /// The slot a key applies to: the one given, else the first that `pred` accepts.
    fn target(&self, given: Option<usize>, pred: impl Fn(&Slot) -> bool) -> Option<usize> {
        match given {
            Some(i) => self.slots.get(i).filter(|s| pred(s)).map(|_| i),
            None => self.slots.iter().position(pred),
        }
    }

    fn key(&mut self, k: Key, now: Instant) {
        let held = |s: &Slot| matches!(s.phase, Phase::Fail(Fail::Held { .. }));
        match k {
            Key::Trigger => {
                if self.mode != Mode::Next {
                    return;
                }
                if self.quitting {
                    return self.refuse(None, Refusal::Quitting);
                }
                self.claim(None, None, now);
            }
            Key::Retry(given) => match self.target(given, held) {
                Some(i) => self.restart(i, now, |t, now| t.retry(now)),
                None => self.notice(Notice::NothingTo { key: k }),
            },
            Key::Reprint(given) => {
                // A label that never printed (the printer was down) is printed by retrying
                // its step; a printed one is printed again.
                let label_held = |s: &Slot| {
                    matches!(
                        &s.phase,
                        Phase::Fail(Fail::Held {
                            step: Step::Label,
                            ..
                        })
                    )
                };
                if let Some(i) = self.target(given, label_held) {
                    return self.restart(i, now, |t, now| t.retry(now));
                }
                let passed = |s: &Slot| s.phase == Phase::Pass;
                match self.target(given, passed) {
                    Some(i) => {
                        self.slots[i].reprinting = true;
                        self.restart(i, now, |t, now| t.reprint(now));
                    }
                    None => self.notice(Notice::NothingTo { key: k }),
                }
            }
            Key::SetAside { slot, ref reason } => match self.target(slot, held) {
                Some(i) => {
                    let reason = reason.clone();
                    self.restart(i, now, move |t, now| t.set_aside(&reason, now));
                }
                None => self.notice(Notice::NothingTo { key: k }),
            },
            Key::Reissue { sn, reason } => {
                if self.quitting {
                    return self.refuse(Some(sn), Refusal::Quitting);
                }
                if let Some(i) = self.slots.iter().position(|s| {
                    s.holds_unit() && s.sn.as_deref().is_some_and(|x| x.eq_ignore_ascii_case(&sn))
                }) {
                    return self.refuse(Some(sn), Refusal::OnSlot(i));
                }
                self.claim(Some(sn), Some(reason), now);
            }
            Key::Leave => {
                self.quitting = true;
                if !self.exited {
                    self.exited = true;
                    self.out.push_back(Output::Exit);
                }
            }
            Key::Quit => {
                if !self.quitting {
                    self.quitting = true;
                    let busy = self
                        .slots
                        .iter()
                        .filter(|s| matches!(s.phase, Phase::Running | Phase::Claiming))
                        .count();
                    self.notice(Notice::Quitting { busy });
                    // A slot between actions stops at once when its next is not a record.
                    for i in 0..self.slots.len() {
                        self.pump(i, now);
                    }
                }
            }
        }
    }

    /// Starts a finished trip again (retry, reprint, set aside).
    fn restart(&mut self, i: usize, now: Instant, f: impl FnOnce(&mut Trip, Instant) -> bool) {
        let s = &mut self.slots[i];
        let Some(t) = s.trip.as_mut() else {
            return;
        };
        if f(t, now) {
            s.phase = Phase::Running;
            s.since = now;
            s.step = None;
            self.pump(i, now);
        } else {
            s.reprinting = false;
        }
    }

    /// Passes a slot's ready trip actions on; handles the end of its trip.
    fn pump(&mut self, i: usize, now: Instant) {
        loop {
            let s = &mut self.slots[i];
            let Some(trip) = s.trip.as_mut() else {
                return;
            };
            let action = match s.parked.take() {
                Some(a) if self.quitting => {
                    s.parked = Some(a);
                    return;
                }
                Some(a) => a,
                None => match trip.poll_action() {
                    Some(a) => a,
                    None => return,
                },
            };
            let sn = s.sn.clone().unwrap_or_default();
            // After Q the slot stops at a step boundary: the step's own record is let
            // through (it finishes the step), the next step's first action is held, and
            // the unit resumes from its recorded state when the station starts again.
            if self.quitting && !matches!(action, Action::Record { .. } | Action::Done(_)) {
                s.parked = Some(action);
                return;
            }
            match action {
                Action::Done(o) => return self.finished(i, o, now),
                Action::Record {
                    event: LedgerEvent::StepRetried,
                    ref detail,
                    ..
                } => {
                    let step = trip.step().unwrap_or(Step::Flash);
                    let detail = detail.clone().unwrap_or_default();
                    self.notice(Notice::Retrying {
                        slot: i,
                        sn,
                        step,
                        detail,
                    });
                }
                Action::Record {
                    event:
                        LedgerEvent::LineSetAside
                        | LedgerEvent::FlashFailed
                        | LedgerEvent::VerifyFailed
                        | LedgerEvent::PrintFailed,
                    ..
                } => {}
                ref a => {
                    // A step's own record (e.g. `flashed` after the read-back) does not
                    // take the screen back to it; only a step further on does.
                    let is_record = matches!(a, Action::Record { .. });
                    if let Some(step) = trip.step()
                        && s.step != Some(step)
                        && (!is_record || s.step.is_none_or(|cur| step > cur))
                    {
                        s.step = Some(step);
                        s.since = now;
                        if !s.reprinting {
                            self.notice(Notice::Step { slot: i, sn, step });
                        }
                    }
                }
            }
            self.out.push_back(Output::Trip { slot: i, action });
        }
    }

    fn finished(&mut self, i: usize, o: Outcome, now: Instant) {
        let s = &mut self.slots[i];
        let sn = s.sn.clone().unwrap_or_default();
        s.since = now;
        match o {
            Outcome::Done => {
                s.phase = Phase::Pass;
                if std::mem::take(&mut s.reprinting) {
                    self.notice(Notice::Reprinted { slot: i, sn });
                } else {
                    self.notice(Notice::Pass {
                        slot: i,
                        sn: sn.clone(),
                    });
                    self.out.push_back(Output::Hook {
                        slot: i,
                        sn,
                        pass: true,
                    });
                }
            }
            Outcome::Failed(f) => self.failed(i, sn, Fail::SetAside(f)),
            Outcome::Halted { step, why } => self.failed(i, sn, Fail::Held { step, why }),
        }
    }

    fn failed(&mut self, i: usize, sn: String, fail: Fail) {
        let s = &mut self.slots[i];
        s.reprinting = false;
        s.phase = Phase::Fail(fail.clone());
        let (Fail::Held { step, .. } | Fail::SetAside(StepFailure { step, .. })) = &fail;
        s.step = Some(*step);
        self.notice(Notice::Fail {
            slot: i,
            sn: sn.clone(),
            fail,
        });
        self.out.push_back(Output::Bell);
        self.out.push_back(Output::Hook {
            slot: i,
            sn,
            pass: false,
        });
    }

    fn check_exit(&mut self) {
        if !self.quitting || self.exited {
            return;
        }
        let at_rest = self.slots.iter().all(|s| match s.phase {
            Phase::Claiming => false,
            Phase::Running => s.parked.is_some(),
            _ => true,
        });
        if at_rest {
            self.exited = true;
            self.out.push_back(Output::Exit);
        }
    }
}

#[cfg(test)]
mod tests;
