//! The device's timers: one slot per [`Timer`], so that arming, disarming and finding the
//! earliest is one operation each instead of a field and a hand-written fold per timer.

use std::time::Instant;

/// What a deadline is for. Requests with their own reply deadline (heartbeats, user
/// calls) keep it beside the request instead: there may be several of each in flight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Timer {
    /// The lifecycle step in flight got no reply: resend it or give up (4.2). Armed exactly
    /// while a step is in flight.
    Step,
    /// Send the current step again: after "system busy", and each `active` poll (6.4).
    WakeStep,
    /// The next heartbeat (6.6). ONLINE only.
    Ping,
    /// The next periodic `get_timestamp` (6.1). ONLINE only.
    Resync,
    /// The reconnect backoff ends. The driver performs this wait itself (it was given the
    /// delay in `Action::Connect`); the slot keeps `next_timeout` honest for drivers that
    /// poll.
    Connect,
}

impl Timer {
    const COUNT: usize = Timer::Connect as usize + 1;
}

/// When each [`Timer`] falls due; `None` = disarmed.
#[derive(Debug, Default)]
pub(super) struct Timers([Option<Instant>; Timer::COUNT]);

impl Timers {
    pub(super) fn set(&mut self, t: Timer, at: Instant) {
        self.0[t as usize] = Some(at);
    }

    pub(super) fn stop(&mut self, t: Timer) {
        self.0[t as usize] = None;
    }

    /// Disarms `t` and says so when it is due at `now`; a timer not due stays armed.
    pub(super) fn fired(&mut self, t: Timer, now: Instant) -> bool {
        let due = self.0[t as usize].is_some_and(|at| at <= now);
        if due {
            self.0[t as usize] = None;
        }
        due
    }

    /// The earliest armed deadline.
    pub(super) fn next(&self) -> Option<Instant> {
        self.0.iter().flatten().min().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn fires_once_when_due_and_reports_the_earliest() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        let mut t = Timers::default();
        assert_eq!(t.next(), None);
        t.set(Timer::Ping, t0 + 3 * s);
        t.set(Timer::Connect, t0 + s);
        assert_eq!(t.next(), Some(t0 + s));
        assert!(!t.fired(Timer::Ping, t0 + s), "not due yet");
        assert!(t.fired(Timer::Connect, t0 + s));
        assert!(!t.fired(Timer::Connect, t0 + s), "fired once");
        assert_eq!(t.next(), Some(t0 + 3 * s));
        t.stop(Timer::Ping);
        assert_eq!(t.next(), None);
    }
}
