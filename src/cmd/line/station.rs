//! `wecom-hw line station`: the station loop ([`crate::core::station`]) driven for a
//! shift. This file reads the profile, runs the preflight, gives each slot a worker
//! thread that owns its own store connection (the slot's station name is `NAME/N`, so
//! each slot resumes its own unit after a crash) and carries out its claims and trip
//! actions, and shows what happens: one line per event in plain mode (NDJSON with
//! `--json`). Scans come from stdin, one per line.
//!
//! Plain mode reads a scan only when a slot is free for it (a scripted fixture may
//! write all its SNs at once); keys (`r`, `p`, `q`, each optionally followed by a slot
//! number) are taken at once. The end of stdin lets every unit under way finish, then
//! the station stops.

use super::next::{LabelSpec, TempPayload, emit_ext, payload_of, render_label, write_payload};
use crate::cli::line::StationArgs;
use crate::core::doctor::Status;
use crate::core::ledger_words::label_not_made;
use crate::core::line::{
    self, Action, Event, FailKind, LabelJob, LabelTo, LedgerEvent, LineState, PayloadTo, Plan,
    Step, StepFailure,
};
use crate::core::station::profile::{LabelLang, Mode, PrinterTo, Profile};
use crate::core::station::{Fail, Input, Key, Notice, Output as Out, Phase, Refusal, Station};
use crate::error_code::ErrorCode;
use crate::io::preflight::{self, Check, CheckWhat};
use crate::io::runner;
use crate::net::printer;
use crate::output::{Failure, Output};
use crate::render::layout::SizeSpec;
use crate::render::{Dpi, Format};
use crate::store::{Store, StoreOptions, StoredDevice};
use anyhow::Result;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long `on_pass`/`on_fail` may run.
const HOOK_TIMEOUT: Duration = Duration::from_secs(10);

pub(super) fn station(a: StationArgs, global: &StoreOptions, out: &Output) -> Result<()> {
    if a.hash_pin {
        return hash_pin(out);
    }
    let path = a.profile.clone().unwrap_or_default();
    let profile = Arc::new(load(&path)?);
    if let Some(lang) = profile.lang {
        crate::i18n::prefer(lang);
    }
    let slots = chosen_slots(&a, &profile)?;
    let store_opts = |slot: usize| StoreOptions {
        location: crate::store::StoreLocation::parse(std::ffi::OsStr::new(&profile.store)),
        allow_shared: global.allow_shared,
        station: Some(format!("{}/{}", profile.station, slot + 1)),
    };
    let view = View {
        json: out.json,
        profile: profile.clone(),
        slots: slots.clone(),
    };
    // The screen when a person is looking (stdout a terminal, no --plain, no --json);
    // lines otherwise.
    use std::io::IsTerminal;
    let screen = !a.plain && !out.json && std::io::stdout().is_terminal();

    // Preflight: nothing is claimed until every check passes.
    let looked = station_checks(&profile, &slots, global.allow_shared, &|_| true);
    if !screen {
        // Warnings (a printer that does not say whether it has paper, little disk) do not
        // stop the station, but the operator hears of them.
        for l in looked.iter().filter(|l| l.check.status == Status::Warn) {
            out.warn(&l.check.value);
        }
    }
    let failed: Vec<Check> = looked
        .iter()
        .map(preflight::Looked::station_view)
        .filter(|c| !c.ok())
        .collect();
    if !failed.is_empty() {
        if screen {
            super::tui::preflight_failed(&profile, &failed, out.color_for(true))?;
        }
        for c in &failed {
            view.check(c)?;
        }
        // No hint of its own: each check's line above already says what to do, and
        // repeating the first one under the error printed it twice.
        return Err(Failure::new(
            ErrorCode::StationPreflightFailed,
            crate::fl!("station-preflight-failed", count = failed.len()),
        )
        .json_reported(out.json)
        .into());
    }

    // Each slot: its store, its own unfinished unit first, then a worker thread.
    let (tx, rx) = mpsc::channel::<Msg>();
    let now = Instant::now();
    let mut st = Station::new(profile.mode, slots.len(), now);
    let mut jobs = Vec::new();
    let mut resumed = Vec::new();
    let temp = TempPayload::new()?;
    for (i, &slot) in slots.iter().enumerate() {
        let store = Store::open(&store_opts(slot))?;
        let mut w = Worker {
            i,
            slot,
            store,
            profile: profile.clone(),
            dev: None,
            payload_file: temp
                .0
                .join(format!("slot{}.{}", slot + 1, emit_ext(profile.emit))),
        };
        if let Some(input) = w.resume()? {
            resumed.push(input);
        }
        let (jtx, jrx) = mpsc::channel::<Job>();
        let tx = tx.clone();
        std::thread::spawn(move || w.run(jrx, tx));
        jobs.push(jtx);
    }
    let mut face = if screen {
        let reader = Store::open_for_reading(&StoreOptions {
            location: crate::store::StoreLocation::parse(std::ffi::OsStr::new(&profile.store)),
            allow_shared: global.allow_shared,
            station: None,
        })?;
        Face::Screen(Box::new(super::tui::Tui::start(
            profile.clone(),
            slots.clone(),
            reader,
            out.color_for(true),
            tx.clone(),
        )?))
    } else {
        view.ready(st.mode())?;
        {
            let tx = tx.clone();
            std::thread::spawn(move || read_stdin(tx));
        }
        Face::Lines(view)
    };
    for input in resumed {
        st.handle(input, Instant::now());
    }
    drop(tx);

    let mut lines: std::collections::VecDeque<String> = Default::default();
    let mut eof = false;
    let mut tally = (0u64, 0u64);
    loop {
        while let Some(o) = st.poll_output() {
            match o {
                Out::Claim { slot, sn, reissue } => {
                    let _ = jobs[slot].send(Job::Claim(sn, reissue));
                }
                Out::Trip { slot, action } => {
                    let _ = jobs[slot].send(Job::Act(action));
                }
                Out::Notice(n) => {
                    match &n {
                        Notice::Pass { .. } => tally.0 += 1,
                        // A unit held on its slot (R retries it) is not a failure yet:
                        // it may still pass, and then counts as a pass.
                        Notice::Fail {
                            fail: Fail::SetAside(_),
                            ..
                        } => tally.1 += 1,
                        _ => {}
                    }
                    face.notice(&n)?;
                }
                Out::Hook { slot, sn, pass } => hook(&profile, slots[slot], &sn, pass),
                Out::Bell => face.bell(),
                Out::Exit => return face.stopped(tally),
            }
        }
        // Lines waiting: keys at once, a scan when a slot is free for it (one at a time:
        // the slot it takes is busy before the next is read).
        let mut handled = false;
        while let Some(l) = lines.front() {
            if let Some(lead) = lead_of(l.trim(), profile.lead_pin_hash.as_deref(), &slots) {
                lines.pop_front();
                match lead {
                    Lead::Key(k) => st.handle(Input::Key(k), Instant::now()),
                    Lead::WrongPin => face.lead_refused(true)?,
                    Lead::Usage => face.lead_refused(false)?,
                }
                handled = true;
                continue;
            }
            if let Some(k) = key_of(l.trim(), &slots) {
                lines.pop_front();
                st.handle(Input::Key(k), Instant::now());
                handled = true;
                continue;
            }
            if st.quitting() || st.slots().iter().any(|s| s.free()) {
                let l = lines.pop_front().unwrap_or_default();
                face.scanned();
                st.handle(Input::Scan(l), Instant::now());
                handled = true;
            }
            break;
        }
        if handled {
            continue;
        }
        face.draw(&st)?;
        if eof
            && lines.is_empty()
            && st
                .slots()
                .iter()
                .all(|s| !matches!(s.phase, Phase::Running | Phase::Claiming))
        {
            return face.stopped(tally);
        }
        let tick = face.tick();
        let wait = st
            .next_timeout()
            .map(|t| t.saturating_duration_since(Instant::now()))
            .unwrap_or(tick)
            .min(tick);
        match rx.recv_timeout(wait) {
            Ok(Msg::Line(l)) => lines.push_back(l),
            Ok(Msg::Typing(t)) => face.typing(t),
            Ok(Msg::Eof) => eof = true,
            Ok(Msg::Input(input)) => st.handle(input, Instant::now()),
            Err(mpsc::RecvTimeoutError::Timeout) => st.handle_timeout(Instant::now()),
            Err(mpsc::RecvTimeoutError::Disconnected) => return face.stopped(tally),
        }
    }
}

/// How the station shows itself: lines, or the screen.
enum Face {
    Lines(View),
    Screen(Box<super::tui::Tui>),
}

impl Face {
    fn notice(&mut self, n: &Notice) -> Result<()> {
        match self {
            Face::Lines(v) => v.notice(n),
            Face::Screen(t) => {
                t.notice(n);
                Ok(())
            }
        }
    }

    /// A lead's line was refused: a wrong PIN, or not a lead action.
    fn lead_refused(&mut self, wrong_pin: bool) -> Result<()> {
        let text = if wrong_pin {
            crate::fl!("station-lead-wrong-pin")
        } else {
            crate::fl!("station-lead-usage")
        };
        match self {
            Face::Lines(v) if v.json => v.json(serde_json::json!({
                "event": "lead_refused",
                "reason": if wrong_pin { "wrong_pin" } else { "usage" },
            })),
            Face::Lines(_) => {
                crate::outln!("{text}")?;
                Ok(())
            }
            Face::Screen(t) => {
                t.banner(text);
                Ok(())
            }
        }
    }

    fn bell(&mut self) {
        match self {
            // The bell on the operator's terminal (stderr, so stdout stays lines).
            Face::Lines(v) if !v.json => crate::errln!("\u{7}"),
            Face::Lines(_) => {}
            Face::Screen(t) => t.bell(),
        }
    }

    fn draw(&mut self, st: &Station) -> Result<()> {
        match self {
            Face::Lines(_) => Ok(()),
            Face::Screen(t) => t.draw(st),
        }
    }

    fn typing(&mut self, text: String) {
        if let Face::Screen(t) = self {
            t.typing(text);
        }
    }

    /// A scan was taken from the input: the screen's banner of the last refusal goes.
    fn scanned(&mut self) {
        if let Face::Screen(t) = self {
            t.scanned();
        }
    }

    /// How often the face wants to redraw (the screen's elapsed times).
    fn tick(&self) -> Duration {
        match self {
            Face::Lines(_) => Duration::from_secs(1),
            Face::Screen(_) => Duration::from_millis(250),
        }
    }

    fn stopped(self, tally: (u64, u64)) -> Result<()> {
        match self {
            Face::Lines(v) => v.stopped(tally),
            Face::Screen(t) => {
                let v = t.finish()?;
                v.stopped(tally)
            }
        }
    }
}

/// What the main loop hears.
pub(super) enum Msg {
    Line(String),
    /// The screen's input line as typed so far.
    Typing(String),
    Eof,
    Input(Input),
}

/// What a slot's worker is asked to do.
enum Job {
    Claim(Option<String>, Option<String>),
    Act(Action),
}

fn read_stdin(tx: mpsc::Sender<Msg>) {
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let Ok(l) = line else { break };
        if tx.send(Msg::Line(l)).is_err() {
            return;
        }
    }
    let _ = tx.send(Msg::Eof);
}

/// A lead's line, `lead [PIN] ACTION …` (the PIN when the profile sets one).
enum Lead {
    Key(Key),
    WrongPin,
    Usage,
}

/// `lead [PIN] aside [SLOT] REASON`, `lead [PIN] reissue SN REASON`, `lead [PIN] leave`.
fn lead_of(line: &str, pin_hash: Option<&str>, slots: &[usize]) -> Option<Lead> {
    let rest = line.strip_prefix("lead ")?;
    let mut words: std::collections::VecDeque<&str> = rest.split_whitespace().collect();
    if let Some(hash) = pin_hash {
        let pin = words.pop_front().unwrap_or("");
        if !crate::core::station::profile::pin_matches(hash, pin) {
            return Some(Lead::WrongPin);
        }
    }
    let action = words.pop_front().unwrap_or("");
    let slot_of = |w: &str| {
        w.parse::<usize>()
            .ok()
            .and_then(|n| slots.iter().position(|s| *s + 1 == n))
    };
    let key = match action {
        "aside" => {
            let slot = words.front().and_then(|w| slot_of(w));
            if slot.is_some() {
                words.pop_front();
            }
            let reason = words.into_iter().collect::<Vec<_>>().join(" ");
            (!reason.is_empty()).then_some(Key::SetAside { slot, reason })
        }
        "reissue" => {
            let sn = words.pop_front().unwrap_or("").to_owned();
            let reason = words.into_iter().collect::<Vec<_>>().join(" ");
            (!sn.is_empty() && !reason.is_empty()).then_some(Key::Reissue { sn, reason })
        }
        "leave" if words.is_empty() => Some(Key::Leave),
        _ => None,
    };
    Some(key.map_or(Lead::Usage, Lead::Key))
}

/// `q`, `r [N]`, `p [N]` (N: a slot number as the profile counts them).
fn key_of(line: &str, slots: &[usize]) -> Option<Key> {
    let mut w = line.split_whitespace();
    let k = w.next()?;
    let slot = match w.next() {
        Some(n) => Some(
            n.parse::<usize>()
                .ok()
                .and_then(|n| slots.iter().position(|s| *s + 1 == n))?,
        ),
        None => None,
    };
    if w.next().is_some() {
        return None;
    }
    match k {
        "q" | "Q" if slot.is_none() => Some(Key::Quit),
        "r" | "R" => Some(Key::Retry(slot)),
        "p" | "P" => Some(Key::Reprint(slot)),
        _ => None,
    }
}

/// Reads and parses the profile at `path`, its relative paths taken from its own
/// directory; a profile that does not parse fails naming every row and what to write.
pub(crate) fn load(path: &Path) -> Result<Profile, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::new(
            ErrorCode::StationProfileUnreadable,
            crate::fl!(
                "station-profile-unreadable",
                file = path.display().to_string(),
                error = e.to_string()
            ),
        )
        .hint(crate::fl!("station-profile-unreadable-hint"))
    })?;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match Profile::parse(&text, path) {
        Ok(p) => Ok(p.resolve(dir)),
        Err(errors) => {
            // Each problem with what to write instead, so one edit fixes them all.
            let message = errors
                .iter()
                .map(|e| format!("{}\n    {}", e.message(path), e.hint()))
                .collect::<Vec<_>>()
                .join("\n");
            Err(Failure::new(errors[0].code(), message).hint(crate::fl!(
                "station-profile-fix",
                file = path.display().to_string()
            )))
        }
    }
}

fn chosen_slots(a: &StationArgs, p: &Profile) -> Result<Vec<usize>, Failure> {
    if a.slots.is_empty() {
        return Ok((0..p.slots.len()).collect());
    }
    let mut v = Vec::new();
    for &n in &a.slots {
        let n = n as usize;
        if n == 0 || n > p.slots.len() {
            return Err(Failure::new(
                ErrorCode::StationNoSuchSlot,
                crate::fl!("station-no-such-slot", slot = n, slots = p.slots.len()),
            )
            .hint(crate::fl!("station-no-such-slot-hint")));
        }
        if !v.contains(&(n - 1)) {
            v.push(n - 1);
        }
    }
    Ok(v)
}

fn hash_pin(out: &Output) -> Result<()> {
    let mut pin = String::new();
    std::io::stdin().read_line(&mut pin)?;
    let pin = pin.trim();
    if pin.len() < 4 {
        return Err(Failure::new(ErrorCode::UsageBadValue, crate::fl!("station-pin-short")).into());
    }
    let salt: [u8; 16] = rand::random();
    let h = crate::core::station::profile::hash_pin(pin, &salt);
    if out.json {
        out.json_line(&serde_json::json!({ "lead_pin_hash": h }))?;
    } else {
        crate::outln!("lead_pin_hash = \"{h}\"")?;
    }
    Ok(())
}

/// The label settings of the profile.
fn label_spec(p: &Profile) -> LabelSpec {
    LabelSpec {
        size: SizeSpec {
            dpi: Dpi(p.dpi),
            label: p.label,
            dots: crate::cli::line::DEFAULT_DOTS,
            quiet: crate::cli::line::DEFAULT_QUIET_ZONE,
            max_dots: Some(10),
        },
        ecc: crate::render::Ecc::M,
        caption: true,
        format: match p.format {
            LabelLang::Zpl => Format::Zpl,
            LabelLang::Tspl => Format::Tspl,
        },
        copies: p.copies,
    }
}

/// Everything the profile names (of its fixtures, those in `slots`), checked with
/// `wecom-hw doctor`'s checks (the same list `doctor --profile` runs): the world's through
/// [`preflight::profile_checks`], then, after the printer, whether the label holds a bind
/// URL as long as WeCom's. Only those `runs` accepts (see [`preflight::profile_checks`]).
pub(crate) fn station_checks(
    p: &Profile,
    slots: &[usize],
    allow_shared: bool,
    runs: &dyn Fn(&str) -> bool,
) -> Vec<preflight::Looked> {
    let mut all =
        preflight::profile_checks(p, slots, allow_shared, preflight::PRINTER_TIMEOUT, runs);
    if p.printer.is_some() && runs("printer.label") {
        // A bind URL as long as WeCom's are, so a label that fits it fits theirs.
        let url = format!(
            "https://open.work.weixin.qq.com/connect/hardware?hw_code={}",
            "A".repeat(40)
        );
        let target = p.label.map(|l| l.to_string()).unwrap_or_default();
        let check = match render_label(&url, "E3000000000000000", &label_spec(p)) {
            Ok(_) => crate::core::doctor::Check::ok(
                "printer.label",
                crate::fl!(
                    "checks-label-ok",
                    label = p
                        .label
                        .map_or_else(|| crate::fl!("checks-label-default"), |l| l.to_string()),
                    dpi = p.dpi
                ),
            ),
            Err(f) => crate::core::doctor::Check::fail(
                "printer.label",
                f.code,
                f.message,
                crate::fl!("station-check-label-hint"),
            ),
        };
        let at = all
            .iter()
            .position(|l| l.what == CheckWhat::Printer)
            .map_or(all.len(), |i| i + 1);
        all.insert(
            at,
            preflight::Looked {
                what: CheckWhat::Label,
                target,
                check,
            },
        );
    }
    all
}

fn hook(p: &Profile, slot: usize, sn: &str, pass: bool) {
    let Some(cmd) = (if pass { &p.on_pass } else { &p.on_fail }) else {
        return;
    };
    let port = p.slots[slot].port.clone();
    let n = (slot + 1).to_string();
    if let Ok(argv) = runner::argv(cmd, &[("{sn}", sn), ("{slot}", &n), ("{port}", &port)]) {
        // The tower light must not hold the line up: it runs beside it.
        std::thread::spawn(move || {
            let _ = runner::run_with_timeout(&argv, HOOK_TIMEOUT);
        });
    }
}

/// A slot's hands: its store, its unit, its payload file.
struct Worker {
    i: usize,
    slot: usize,
    store: Store,
    profile: Arc<Profile>,
    dev: Option<StoredDevice>,
    payload_file: PathBuf,
}

impl Worker {
    fn run(mut self, jobs: mpsc::Receiver<Job>, tx: mpsc::Sender<Msg>) {
        for job in jobs {
            let input = match job {
                Job::Claim(sn, reissue) => self.claim(sn, reissue),
                Job::Act(a) => Input::Step {
                    slot: self.i,
                    event: self.act(a),
                },
            };
            if tx.send(Msg::Input(input)).is_err() {
                return;
            }
        }
        let _ = std::fs::remove_file(&self.payload_file);
    }

    /// The slot's own unfinished unit (the station was stopped or killed mid-unit).
    fn resume(&mut self) -> Result<Option<Input>, Failure> {
        let Some(u) = self.store.line_unfinished()? else {
            return Ok(None);
        };
        self.store.line_note(
            &u.sn,
            LedgerEvent::LineResumed,
            Some(&self.tag(&format!("from state {}", u.state))),
        )?;
        let dev = self.device(&u.sn)?;
        let label = self.label(&dev)?;
        let plan = self.plan(&dev, u.state, label)?;
        self.dev = Some(dev);
        Ok(Some(Input::Claimed {
            slot: self.i,
            sn: u.sn,
            plan: Box::new(plan),
            resumed: true,
        }))
    }

    fn device(&self, sn: &str) -> Result<StoredDevice, Failure> {
        self.store.get(sn)?.ok_or_else(|| {
            Failure::new(
                ErrorCode::InternalBug,
                crate::fl!("station-claimed-vanished", sn = sn.to_owned()),
            )
        })
    }

    /// The profile's hash on every ledger line this station writes.
    fn tag(&self, detail: &str) -> String {
        if detail.is_empty() {
            format!("profile {}", self.profile.short_hash)
        } else {
            format!("{detail} [profile {}]", self.profile.short_hash)
        }
    }

    fn refused(&self, sn: Option<String>, why: Refusal) -> Input {
        Input::Refused {
            slot: self.i,
            sn,
            why,
        }
    }

    fn claim(&mut self, sn: Option<String>, reissue: Option<String>) -> Input {
        match self.try_claim(sn.clone(), reissue) {
            Ok(i) => i,
            Err(f) => self.refused(sn, Refusal::Other(f.message)),
        }
    }

    fn try_claim(&mut self, sn: Option<String>, reissue: Option<String>) -> Result<Input, Failure> {
        let wants_label = self.profile.printer.is_some();
        let (dev, label, from) = match sn {
            Some(sn) => {
                let Some(dev) = self.store.get(&sn)? else {
                    return Ok(self.refused(Some(sn), Refusal::Unknown));
                };
                let mut from = LineState::Claimed;
                if let Some(u) = self.store.line_unit(&dev.sn)? {
                    let own = u.unfinished() && u.station.as_deref() == self.store.station();
                    if reissue.is_none() && !own {
                        return Ok(self.refused(
                            Some(dev.sn),
                            Refusal::AlreadyIssued {
                                state: u.state.to_string(),
                                station: u.station.unwrap_or_default(),
                            },
                        ));
                    }
                    if own {
                        from = u.state;
                    }
                }
                // Everything about the label is checked before the unit is claimed.
                let label = match self.label(&dev) {
                    Ok(l) => l,
                    Err(f) => return Ok(self.refused(Some(dev.sn), Refusal::Other(f.message))),
                };
                let reason = reissue.as_deref().map(|r| self.tag(r));
                let (sn, _claim) = self.store.line_claim_sn(&dev.sn, reason.as_deref())?;
                let dev = self.device(&sn)?;
                (dev, label, from)
            }
            None => {
                let Some(sn) = self.store.line_claim_next(wants_label)? else {
                    return Ok(self.refused(None, Refusal::NoneLeft));
                };
                let dev = self.device(&sn)?;
                let label = match self.label(&dev) {
                    Ok(l) => l,
                    Err(f) => {
                        self.store.line_mark(
                            &sn,
                            LineState::Failed,
                            LedgerEvent::PrintFailed,
                            Some(&self.tag(&label_not_made(f.code.as_str()))),
                        )?;
                        return Ok(self.refused(Some(sn), Refusal::Other(f.message)));
                    }
                };
                (dev, label, LineState::Claimed)
            }
        };
        let plan = self.plan(&dev, from, label)?;
        let sn = dev.sn.clone();
        self.dev = Some(dev);
        Ok(Input::Claimed {
            slot: self.i,
            sn,
            plan: Box::new(plan),
            resumed: from != LineState::Claimed,
        })
    }

    fn label(&self, dev: &StoredDevice) -> Result<Option<LabelJob>, Failure> {
        let Some(to) = &self.profile.printer else {
            return Ok(None);
        };
        let url = dev.qr_url.as_deref().ok_or_else(|| {
            Failure::new(
                ErrorCode::StoreNoUrl,
                crate::fl!("station-no-url", sn = dev.sn.clone()),
            )
        })?;
        let spec = label_spec(&self.profile);
        let job = render_label(url, &dev.sn, &spec)?;
        let lang = self.profile.format.as_str();
        let to = match to {
            PrinterTo::Tcp(url) => LabelTo::Printer(url.clone()),
            PrinterTo::Path(p) if p.is_dir() => LabelTo::File(p.join(format!("{}.{lang}", dev.sn))),
            PrinterTo::Path(p) => LabelTo::File(p.clone()),
        };
        Ok(Some(LabelJob {
            job,
            to,
            lang,
            copies: self.profile.copies,
        }))
    }

    fn plan(
        &self,
        dev: &StoredDevice,
        from: LineState,
        label: Option<LabelJob>,
    ) -> Result<Plan, Failure> {
        let p = &self.profile;
        let file = self.payload_file.display().to_string();
        let port = p.slots[self.slot].port.clone();
        let n = (self.slot + 1).to_string();
        let vars = [
            ("{file}", file.as_str()),
            ("{sn}", dev.sn.as_str()),
            ("{port}", port.as_str()),
            ("{slot}", n.as_str()),
        ];
        let words =
            |cmd: &Option<String>| cmd.as_deref().map(|c| runner::argv(c, &vars)).transpose();
        Ok(Plan {
            from,
            payload: line::Payload {
                bytes: payload_of(dev, crate::cli::line::DEFAULT_ENDPOINT)
                    .encode(p.emit, crate::cli::line::DEFAULT_NVS_NAMESPACE),
                to: PayloadTo::TempFile(self.payload_file.clone()),
                format: emit_ext(p.emit),
                fingerprint: dev.secret_no.fingerprint(),
            },
            flash: words(&p.flash)?,
            verify: words(&p.verify)?,
            timeout: p.flash_timeout,
            label,
            retries: p.retries,
            retry_after: Duration::from_secs(1),
        })
    }

    /// Carries out one trip action; a failure becomes [`Event::Failed`] for the core to
    /// retry or halt on (the unit stays at its last recorded step).
    fn act(&mut self, a: Action) -> Event {
        let Some(dev) = self.dev.clone() else {
            return Event::Failed("no unit".into());
        };
        let sn = dev.sn.as_str();
        let r: Result<Event, Failure> = (|| match a {
            Action::WritePayload(p) => {
                let path = p.to.path().unwrap_or(&self.payload_file).to_owned();
                write_payload(&path, &p.bytes)?;
                Ok(Event::PayloadWritten)
            }
            Action::Run { argv, timeout, .. } => {
                let r = runner::run_with_timeout(&argv, timeout)?;
                let log = line::masked_output(&r.stdout, &r.stderr, dev.secret_no.expose());
                Ok(Event::Exited {
                    code: r.code,
                    timed_out: r.timed_out,
                    stdout: r.stdout,
                    log,
                })
            }
            Action::Print { to, job } => {
                match &to {
                    LabelTo::Printer(url) => printer::send(url, &job)?,
                    LabelTo::File(p) => printer::write_file(p, &job)?,
                    LabelTo::Stdout => {}
                }
                Ok(Event::Printed)
            }
            Action::Record {
                state,
                event,
                detail,
                ..
            } => {
                let d = self.tag(detail.as_deref().unwrap_or(""));
                match state {
                    Some(s) => self.store.line_mark(sn, s, event, Some(&d))?,
                    None => self.store.line_note(sn, event, Some(&d))?,
                }
                if state == Some(LineState::Flashed) {
                    // The payload (the secret) does not outlive the flash.
                    let _ = std::fs::remove_file(&self.payload_file);
                }
                Ok(Event::Recorded)
            }
            Action::Done(_) => Ok(Event::Recorded),
        })();
        r.unwrap_or_else(|f| Event::Failed(f.message))
    }
}

/// How events are shown in plain mode.
pub(super) struct View {
    pub json: bool,
    pub profile: Arc<Profile>,
    /// Slot index on the station → slot number in the profile (0-based).
    pub slots: Vec<usize>,
}

pub(super) fn step_word(s: Step) -> String {
    match s {
        Step::Payload => crate::fl!("station-step-payload"),
        Step::Flash => crate::fl!("station-step-flash"),
        Step::Verify => crate::fl!("station-step-verify"),
        Step::Label => crate::fl!("station-step-label"),
        Step::Finish => crate::fl!("station-step-finish"),
    }
}

/// Why a step failed a unit, in plain words.
pub(super) fn fail_why(f: &StepFailure) -> String {
    match &f.kind {
        FailKind::Exited(Some(code)) => {
            crate::fl!("station-why-exited", step = step_word(f.step), code = code)
        }
        FailKind::Exited(None) => crate::fl!("station-why-signal", step = step_word(f.step)),
        FailKind::TimedOut => crate::fl!(
            "station-why-timeout",
            step = step_word(f.step),
            seconds = f.timeout.as_secs()
        ),
        FailKind::Mismatch { .. } => crate::fl!("station-why-mismatch"),
        FailKind::SetAside { reason, .. } => {
            crate::fl!("station-why-set-aside", reason = reason.clone())
        }
    }
}

/// What to do about a unit held at `step`.
pub(super) fn held_todo(step: Step) -> String {
    match step {
        Step::Label => crate::fl!("station-held-label"),
        Step::Payload => crate::fl!("station-held-payload"),
        Step::Flash | Step::Verify => crate::fl!("station-held-program"),
        Step::Finish => crate::fl!("station-held-store"),
    }
}

impl View {
    pub(super) fn n(&self, i: usize) -> usize {
        self.slots.get(i).copied().unwrap_or(i) + 1
    }

    fn json(&self, v: serde_json::Value) -> Result<()> {
        crate::outln!("{v}")?;
        Ok(())
    }

    fn ready(&self, mode: Mode) -> Result<()> {
        let p = &self.profile;
        let slots: Vec<usize> = self.slots.iter().map(|s| s + 1).collect();
        if self.json {
            return self.json(serde_json::json!({
                "event": "ready", "station": p.station, "profile": p.short_hash,
                "store": p.store, "mode": mode, "slots": slots,
            }));
        }
        crate::outln!(
            "{}",
            crate::fl!(
                "station-ready",
                station = p.station.clone(),
                slots = slots.len(),
                profile = p.short_hash.clone(),
                store = p.store.clone()
            )
        )?;
        crate::outln!(
            "{}",
            match mode {
                Mode::Scan => crate::fl!("station-ready-scan"),
                Mode::Next => crate::fl!("station-ready-next"),
            }
        )?;
        Ok(())
    }

    pub(super) fn check(&self, c: &Check) -> Result<()> {
        if self.json {
            return self.json(serde_json::json!({
                "event": "preflight_failed", "check": c.what, "target": c.target,
                "message": c.problem, "hint": c.hint,
            }));
        }
        crate::outln!(
            "{}",
            crate::fl!(
                "station-check-line",
                problem = c.text(),
                hint = c.hint.clone().unwrap_or_default()
            )
        )?;
        Ok(())
    }

    pub(super) fn stopped(&self, (pass, fail): (u64, u64)) -> Result<()> {
        if self.json {
            return self.json(serde_json::json!({"event": "stopped", "pass": pass, "fail": fail}));
        }
        crate::outln!(
            "{}",
            crate::fl!("station-stopped", pass = pass, fail = fail)
        )?;
        Ok(())
    }

    pub(super) fn notice(&self, n: &Notice) -> Result<()> {
        if self.json {
            return self.json(self.notice_json(n));
        }
        crate::outln!("{}", self.line(n))?;
        Ok(())
    }

    /// The notice as a line in the reader's language.
    pub(super) fn line(&self, n: &Notice) -> String {
        match n {
            Notice::DoubleScan { sn } => crate::fl!("station-double-scan", sn = sn.clone()),
            Notice::Refused { sn, slot, why } => {
                let sn = sn.clone().unwrap_or_default();
                let text = match why {
                    Refusal::Unknown => crate::fl!("station-refused-unknown", sn = sn),
                    Refusal::AlreadyIssued { state, station } => crate::fl!(
                        "station-refused-issued",
                        sn = sn,
                        state = super::screen::state_word(crate::i18n::loader(), state),
                        station = station.clone()
                    ),
                    Refusal::OnSlot(i) => {
                        crate::fl!("station-refused-on-slot", sn = sn, slot = self.n(*i))
                    }
                    Refusal::NoFreeSlot => crate::fl!("station-refused-busy", sn = sn),
                    Refusal::NoneLeft => crate::fl!("station-refused-none-left"),
                    Refusal::Quitting => crate::fl!("station-refused-quitting", sn = sn),
                    Refusal::Other(why) => {
                        crate::fl!("station-refused-other", sn = sn, why = why.clone())
                    }
                };
                match slot {
                    Some(i) => crate::fl!("station-on-slot", slot = self.n(*i), text = text),
                    None => text,
                }
            }
            Notice::Started { slot, sn, resumed } => crate::fl!(
                "station-on-slot",
                slot = self.n(*slot),
                text = if *resumed {
                    crate::fl!("station-resumed", sn = sn.clone())
                } else {
                    crate::fl!("station-started", sn = sn.clone())
                }
            ),
            Notice::Step { slot, sn, step } => crate::fl!(
                "station-on-slot",
                slot = self.n(*slot),
                text = crate::fl!("station-step", sn = sn.clone(), step = step_word(*step))
            ),
            Notice::Retrying { slot, sn, step, .. } => crate::fl!(
                "station-on-slot",
                slot = self.n(*slot),
                text = crate::fl!("station-retrying", sn = sn.clone(), step = step_word(*step))
            ),
            Notice::Pass { slot, sn } => crate::fl!(
                "station-on-slot",
                slot = self.n(*slot),
                text = crate::fl!("station-pass", sn = sn.clone())
            ),
            Notice::Reprinted { slot, sn } => crate::fl!(
                "station-on-slot",
                slot = self.n(*slot),
                text = crate::fl!("station-reprinted", sn = sn.clone())
            ),
            Notice::Fail { slot, sn, fail } => crate::fl!(
                "station-on-slot",
                slot = self.n(*slot),
                text = match fail {
                    Fail::SetAside(f) =>
                        crate::fl!("station-fail-set-aside", sn = sn.clone(), why = fail_why(f)),
                    Fail::Held { step, why } => crate::fl!(
                        "station-fail-held",
                        sn = sn.clone(),
                        todo = held_todo(*step),
                        why = why.clone()
                    ),
                }
            ),
            Notice::Quitting { busy } => crate::fl!("station-quitting", busy = busy),
            Notice::NothingTo { key } => match key {
                Key::Reprint(_) => crate::fl!("station-nothing-to-reprint"),
                _ => crate::fl!("station-nothing-to-retry"),
            },
        }
    }

    fn notice_json(&self, n: &Notice) -> serde_json::Value {
        use serde_json::json;
        match n {
            Notice::DoubleScan { sn } => json!({"event": "double_scan", "sn": sn}),
            Notice::Refused { sn, slot, why } => {
                let (reason, extra) = match why {
                    Refusal::Unknown => ("unknown_sn", json!(null)),
                    Refusal::AlreadyIssued { state, station } => (
                        "already_issued",
                        json!({"state": state, "station": station}),
                    ),
                    Refusal::OnSlot(i) => ("on_slot", json!(self.n(*i))),
                    Refusal::NoFreeSlot => ("no_free_slot", json!(null)),
                    Refusal::NoneLeft => ("none_left", json!(null)),
                    Refusal::Quitting => ("quitting", json!(null)),
                    Refusal::Other(w) => ("other", json!(w)),
                };
                json!({"event": "refused", "sn": sn, "slot": slot.map(|i| self.n(i)),
                       "reason": reason, "detail": extra})
            }
            Notice::Started { slot, sn, resumed } => {
                json!({"event": "started", "slot": self.n(*slot), "sn": sn, "resumed": resumed})
            }
            Notice::Step { slot, sn, step } => {
                json!({"event": "step", "slot": self.n(*slot), "sn": sn, "step": step.as_str()})
            }
            Notice::Retrying {
                slot,
                sn,
                step,
                detail,
            } => json!({"event": "retrying", "slot": self.n(*slot), "sn": sn,
                        "step": step.as_str(), "detail": detail}),
            Notice::Pass { slot, sn } => json!({"event": "pass", "slot": self.n(*slot), "sn": sn}),
            Notice::Reprinted { slot, sn } => {
                json!({"event": "reprinted", "slot": self.n(*slot), "sn": sn})
            }
            Notice::Fail { slot, sn, fail } => match fail {
                Fail::SetAside(f) => json!({"event": "fail", "slot": self.n(*slot), "sn": sn,
                    "step": f.step.as_str(), "unit": "set_aside", "detail": f.why()}),
                Fail::Held { step, why } => json!({"event": "fail", "slot": self.n(*slot),
                    "sn": sn, "step": step.as_str(), "unit": "held", "detail": why}),
            },
            Notice::Quitting { busy } => json!({"event": "quitting", "busy": busy}),
            Notice::NothingTo { key } => json!({"event": "nothing_to", "key": match key {
                Key::Reprint(_) => "reprint",
                _ => "retry",
            }}),
        }
    }
}
