//! The station on a terminal: raw mode, the alternate screen, keys read on a thread of
//! their own, and the [`super::screen`] redrawn from the station's state. The scanner
//! types like a keyboard: its characters collect on the input line until Enter. With the
//! input line empty, the lower-case keys r, p and q act at once (SNs are upper case);
//! Ctrl-C is q. The shift's counters and last failures are read from the ledger (all of
//! this station's slots, the last 12 hours), so a restart keeps them.

use super::screen::{self, Counters, PrinterState, Screen, Show, SlotView};
use super::station::{Msg, View, fail_why, held_todo};
use crate::core::line::Step;
use crate::core::station::profile::{PrinterTo, Profile};
use crate::core::station::{Fail, Notice, Phase, Station};
use crate::io::preflight::Check;
use crate::store::Store;
use anyhow::Result;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::{execute, terminal};
use std::collections::HashMap;
use std::io::{Stdout, Write};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How far back "the shift" reaches in the ledger.
const SHIFT: Duration = Duration::from_secs(12 * 3600);
/// Last failures shown.
const FAILURES: usize = 3;

type Term = Terminal<CrosstermBackend<Stdout>>;

fn enter() -> Result<Term> {
    terminal::enable_raw_mode()?;
    let mut out = std::io::stdout();
    execute!(out, terminal::EnterAlternateScreen)?;
    Ok(Terminal::new(CrosstermBackend::new(out))?)
}

fn leave(t: &mut Term) {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(t.backend_mut(), terminal::LeaveAlternateScreen);
    let _ = t.show_cursor();
}

fn base(p: &Profile, color: bool) -> Screen {
    Screen {
        station: p.station.clone(),
        profile: p.short_hash.clone(),
        store: p.store.clone(),
        printer: match &p.printer {
            None => PrinterState::None,
            Some(PrinterTo::Tcp(u)) => PrinterState::Ready(u.clone()),
            Some(PrinterTo::Path(d)) => PrinterState::Ready(d.display().to_string()),
        },
        mode: p.mode,
        slots: Vec::new(),
        counters: Counters::default(),
        failures: Vec::new(),
        input: String::new(),
        banner: None,
        preflight: Vec::new(),
        color,
    }
}

/// Shows the failed checks until a key is pressed: the station does not start.
pub(super) fn preflight_failed(p: &Profile, failed: &[Check], color: bool) -> Result<()> {
    let mut t = enter()?;
    let mut s = base(p, color);
    s.preflight = failed.to_vec();
    let r = (|| -> Result<()> {
        loop {
            t.draw(|f| screen::draw(f, &s, crate::i18n::loader()))?;
            if let Event::Key(k) = event::read()?
                && k.kind == KeyEventKind::Press
            {
                return Ok(());
            }
        }
    })();
    leave(&mut t);
    r
}

pub(super) struct Tui {
    term: Option<Term>,
    screen: Screen,
    view: View,
    reader: Store,
    profile: Arc<Profile>,
    /// Per slot (station index): the step being tried again and which attempt it is on,
    /// so the operator sees a retry rather than the same step starting over unexplained.
    attempts: HashMap<usize, (Step, u32)>,
}

impl Tui {
    pub(super) fn start(
        profile: Arc<Profile>,
        slots: Vec<usize>,
        reader: Store,
        color: bool,
        tx: mpsc::Sender<Msg>,
    ) -> Result<Tui> {
        let term = enter()?;
        std::thread::spawn(move || keys(tx));
        let mut t = Tui {
            term: Some(term),
            screen: base(&profile, color),
            view: View {
                json: false,
                profile: profile.clone(),
                slots,
            },
            reader,
            profile,
            attempts: HashMap::new(),
        };
        t.refresh();
        Ok(t)
    }

    /// The shift's counters and last failures, from the ledger.
    fn refresh(&mut self) {
        let (c, f) = shift(&self.reader, &self.profile.station).unwrap_or_default();
        self.screen.counters = c;
        self.screen.failures = f;
    }

    pub(super) fn notice(&mut self, n: &Notice) {
        match n {
            Notice::Refused { .. } | Notice::DoubleScan { .. } | Notice::NothingTo { .. } => {
                self.screen.banner = Some(self.view.line(n));
            }
            Notice::Pass { .. } | Notice::Reprinted { .. } => {
                if let PrinterState::Down(p) = &self.screen.printer {
                    self.screen.printer = PrinterState::Ready(p.clone());
                }
                self.refresh();
            }
            Notice::Fail { fail, .. } => {
                if let (Fail::Held { step, .. }, PrinterState::Ready(p)) =
                    (fail, &self.screen.printer)
                    && *step == crate::core::line::Step::Label
                {
                    self.screen.printer = PrinterState::Down(p.clone());
                }
                self.refresh();
            }
            Notice::Quitting { .. } => self.screen.banner = Some(self.view.line(n)),
            Notice::Started { slot, .. } => {
                self.attempts.remove(slot);
            }
            Notice::Retrying { slot, step, .. } => {
                let a = self.attempts.entry(*slot).or_insert((*step, 1));
                *a = if a.0 == *step {
                    (*step, a.1 + 1)
                } else {
                    (*step, 2)
                };
            }
            _ => {}
        }
    }

    pub(super) fn typing(&mut self, text: String) {
        // A lead's PIN is never shown: after `lead `, every character is a star.
        self.screen.input = match text.strip_prefix("lead ") {
            Some(rest) => format!("lead {}", "*".repeat(rest.chars().count())),
            None => text,
        };
    }

    pub(super) fn banner(&mut self, text: String) {
        self.screen.banner = Some(text);
    }

    pub(super) fn scanned(&mut self) {
        self.screen.banner = None;
    }

    pub(super) fn bell(&mut self) {
        if let Some(t) = self.term.as_mut() {
            let _ = t.backend_mut().write_all(b"\x07");
            let _ = t.backend_mut().flush();
        }
    }

    pub(super) fn draw(&mut self, st: &Station) -> Result<()> {
        let now = Instant::now();
        self.screen.slots = st
            .slots()
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let n = self.view.slots[i];
                let (show, detail) = match &s.phase {
                    Phase::Idle => (Show::Idle, None),
                    Phase::Claiming => (Show::Claiming, None),
                    Phase::Running => (Show::Running, None),
                    Phase::Pass => (Show::Pass, None),
                    Phase::Fail(Fail::SetAside(f)) => {
                        (Show::Fail { held: false }, Some(fail_why(f)))
                    }
                    Phase::Fail(Fail::Held { step, .. }) => {
                        (Show::Fail { held: true }, Some(held_todo(*step)))
                    }
                };
                SlotView {
                    n: n + 1,
                    port: self.profile.slots[n].port.clone(),
                    sn: s.sn.clone(),
                    show,
                    step: s.step,
                    elapsed: s.elapsed(now),
                    attempt: match self.attempts.get(&i) {
                        Some((step, a)) if s.step == Some(*step) => *a,
                        _ => 1,
                    },
                    detail,
                }
            })
            .collect();
        if let Some(t) = self.term.as_mut() {
            let s = &self.screen;
            t.draw(|f| screen::draw(f, s, crate::i18n::loader()))?;
        }
        Ok(())
    }

    /// Gives the terminal back; the lines view prints the last words.
    pub(super) fn finish(mut self) -> Result<View> {
        if let Some(mut t) = self.term.take() {
            leave(&mut t);
        }
        Ok(View {
            json: false,
            profile: self.view.profile.clone(),
            slots: self.view.slots.clone(),
        })
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Some(mut t) = self.term.take() {
            leave(&mut t);
        }
    }
}

/// The keyboard (and the scanner typing on it), as lines and the input so far.
fn keys(tx: mpsc::Sender<Msg>) {
    let mut buf = String::new();
    loop {
        let Ok(ev) = event::read() else { return };
        let msg = match ev {
            Event::Key(k) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    Msg::Line("q".into())
                }
                KeyCode::Char(c @ ('r' | 'p' | 'q')) if buf.is_empty() => Msg::Line(c.into()),
                KeyCode::Char(c) => {
                    buf.push(c);
                    Msg::Typing(buf.clone())
                }
                KeyCode::Backspace => {
                    buf.pop();
                    Msg::Typing(buf.clone())
                }
                KeyCode::Esc => {
                    buf.clear();
                    Msg::Typing(String::new())
                }
                KeyCode::Enter => {
                    let line = std::mem::take(&mut buf);
                    if tx.send(Msg::Typing(String::new())).is_err() {
                        return;
                    }
                    Msg::Line(line)
                }
                _ => continue,
            },
            Event::Resize(..) => Msg::Typing(buf.clone()),
            _ => continue,
        };
        if tx.send(msg).is_err() {
            return;
        }
    }
}

/// This station's shift in the ledger: passes, failures, passes in the last hour, units
/// left to issue, and the last failures (SN, reason without the profile tag).
fn shift(store: &Store, station: &str) -> Result<(Counters, Vec<(String, String)>)> {
    use time::format_description::well_known::Rfc3339;
    let ago = |d: Duration| {
        let t = time::OffsetDateTime::now_utc() - d;
        t.replace_nanosecond(0)
            .unwrap_or(t)
            .format(&Rfc3339)
            .unwrap_or_default()
    };
    let hour = ago(Duration::from_secs(3600));
    let prefix = format!("{station}/");
    let rows = store.ledger_since(&ago(SHIFT))?;
    let mut c = Counters::default();
    let mut fails = Vec::new();
    for r in rows
        .iter()
        .filter(|r| r.station.as_deref().is_some_and(|s| s.starts_with(&prefix)))
    {
        match r.event.as_str() {
            "line-done" => {
                c.pass += 1;
                if r.at >= hour {
                    c.per_hour += 1;
                }
            }
            "flash-failed" | "verify-failed" | "print-failed" | "line-set-aside" => {
                c.fail += 1;
                let why = r.detail.as_deref().unwrap_or("");
                let why = why.split(" [profile ").next().unwrap_or(why);
                let why = why.lines().next().unwrap_or("");
                fails.push((
                    r.sn.clone(),
                    crate::core::ledger_words::failure_words(crate::i18n::loader(), &r.event, why),
                ));
            }
            _ => {}
        }
    }
    fails.reverse();
    fails.truncate(FAILURES);
    c.left = store
        .line_counts()?
        .into_iter()
        .find(|(k, _)| k == "unclaimed")
        .map_or(0, |(_, n)| n);
    Ok((c, fails))
}
