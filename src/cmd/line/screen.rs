//! The station's screen: what an operator sees all shift, drawn with ratatui from a
//! [`Screen`] (a snapshot of the station's state, the shift's counters and the preflight).
//! Drawing is pure — a frame in, cells out — so the same code is tested on ratatui's
//! `TestBackend` and runs on the terminal.
//!
//! PASS and FAIL are drawn in large letters made of coloured (or, under `NO_COLOR`,
//! reverse-video) blank cells, never of block glyphs: those are ambiguous-width
//! characters that some Chinese terminals draw two columns wide. For the same reason no
//! box-drawing line appears: panels are bands of colour (reverse video) and blank space,
//! and a text cut to fit ends in `...`, not `…`. Texts come from the
//! catalogs through the loader given, so one process can draw both languages (the
//! snapshot tests do).

use crate::core::line::Step;
use crate::core::station::profile::Mode;
use crate::io::preflight::{Check, CheckWhat};
use i18n_embed::fluent::FluentLanguageLoader;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Wrap};
use std::time::Duration;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a slot shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Show {
    Idle,
    Claiming,
    Running,
    Pass,
    /// `held`: the unit stays on the slot (R retries); else it was set aside.
    Fail {
        held: bool,
    },
}

#[derive(Debug, Clone)]
pub(super) struct SlotView {
    /// The slot's number in the profile (from 1).
    pub n: usize,
    pub port: String,
    pub sn: Option<String>,
    pub show: Show,
    pub step: Option<Step>,
    pub elapsed: Duration,
    /// Which attempt at the step this is (1 the first; more after automatic retries).
    pub attempt: u32,
    /// What happened and what to do (under FAIL), or the last note.
    pub detail: Option<String>,
}

/// The shift's numbers, from the ledger.
#[derive(Debug, Clone, Default)]
pub(super) struct Counters {
    pub pass: u64,
    pub fail: u64,
    /// Units passed in the last hour.
    pub per_hour: u64,
    /// Units of the store not yet issued.
    pub left: u64,
}

#[derive(Debug, Clone)]
pub(super) enum PrinterState {
    None,
    Ready(String),
    Down(String),
}

/// Everything one frame shows.
#[derive(Debug, Clone)]
pub(super) struct Screen {
    pub station: String,
    pub profile: String,
    pub store: String,
    pub printer: PrinterState,
    pub mode: Mode,
    pub slots: Vec<SlotView>,
    pub counters: Counters,
    /// The last failures, newest first: (SN, reason).
    pub failures: Vec<(String, String)>,
    /// What the scanner has typed so far.
    pub input: String,
    /// The last refusal (unknown SN, already issued, …), shown as a banner.
    pub banner: Option<String>,
    /// Failed preflight checks: the station does not start.
    pub preflight: Vec<Check>,
    pub color: bool,
}

macro_rules! t {
    ($l:expr, $id:literal) => { i18n_embed_fl::fl!($l, $id) };
    ($l:expr, $id:literal, $($args:tt)*) => { i18n_embed_fl::fl!($l, $id, $($args)*) };
}

pub(super) fn step_word(l: &FluentLanguageLoader, s: Step) -> String {
    crate::core::ledger_words::step_word(l, s)
}

/// 3×5 pixel letters for the big words.
fn glyph(c: char) -> [&'static str; 5] {
    match c {
        'P' => ["###", "#.#", "###", "#..", "#.."],
        'A' => [".#.", "#.#", "###", "#.#", "#.#"],
        'S' => ["###", "#..", "###", "..#", "###"],
        'F' => ["###", "#..", "##.", "#..", "#.."],
        'I' => ["###", ".#.", ".#.", ".#.", "###"],
        'L' => ["#..", "#..", "#..", "#..", "###"],
        _ => ["...", "...", "...", "...", "..."],
    }
}

/// `word` in large letters, lit pixels in `on`: each pixel `px` cells wide and `rows`
/// rows high (a cell is about half as wide as it is high, so 2×1 is square), letters
/// one pixel apart.
fn big(word: &str, on: Style, px: usize, rows: usize) -> Vec<Line<'static>> {
    let cell = " ".repeat(px);
    (0..5)
        .flat_map(|row| std::iter::repeat_n(row, rows))
        .map(|row| {
            let mut spans = Vec::new();
            for (i, c) in word.chars().enumerate() {
                if i > 0 {
                    spans.push(Span::raw(cell.clone()));
                }
                for p in glyph(c)[row].chars() {
                    spans.push(if p == '#' {
                        Span::styled(cell.clone(), on)
                    } else {
                        Span::raw(cell.clone())
                    });
                }
            }
            Line::from(spans)
        })
        .collect()
}

/// The width of `word` in large letters of `px`-cell pixels.
fn big_width(word: &str, px: usize) -> usize {
    let n = word.chars().count();
    px * (n * 4).saturating_sub(1)
}

/// The largest letters that fit `w` columns and `h` rows: twice the size where a panel
/// has the room (one slot, or two at 120 columns), so PASS/FAIL is read from further.
fn big_scale(word: &str, w: usize, h: usize) -> Option<(usize, usize)> {
    [(4, 2), (3, 2), (2, 1), (1, 1)]
        .into_iter()
        .find(|&(px, rows)| big_width(word, px) <= w && 5 * rows <= h)
}

pub(super) fn draw(f: &mut Frame, s: &Screen, l: &FluentLanguageLoader) {
    let area = f.area();
    // A refusal longer than the screen is wide wraps onto a second row rather than
    // losing its second half (what the operator is to do).
    let banner_rows = match &s.banner {
        Some(b) if width(b) > area.width as usize => 2,
        _ => 1,
    };
    let [head, counters, body, input] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(banner_rows + 1),
    ])
    .areas(area);
    header(f, head, s, l);
    if !s.preflight.is_empty() {
        return preflight(f, counters.union(body).union(input), s, l);
    }
    counter_line(f, counters, s, l);
    let fail_h = if s.failures.is_empty() {
        0
    } else {
        (s.failures.len() as u16 + 1).min(4)
    };
    let [slots, fails] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(fail_h)]).areas(body);
    slot_grid(f, slots, s, l);
    if fail_h > 0 {
        failures(f, fails, s, l);
    }
    input_line(f, input, banner_rows, s, l);
}

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

/// Display columns of `text` (a Chinese character is two), as the terminal counts them.
fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `w` display columns, never inside a character, with `...` (not
/// the ambiguous-width `…`) where it was cut.
fn fit(text: &str, w: usize) -> String {
    if width(text) <= w {
        return text.to_owned();
    }
    let (mut out, mut used) = (String::new(), 0);
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 3 > w {
            break;
        }
        out.push(c);
        used += cw;
    }
    if w >= 3 {
        out.push_str("...");
    }
    out
}

/// `text` padded with spaces on both sides to `w` columns (for a band of colour).
fn centred(text: &str, w: usize) -> String {
    let text = fit(text, w);
    let left = (w - width(&text)) / 2;
    let right = w - width(&text) - left;
    format!("{}{text}{}", " ".repeat(left), " ".repeat(right))
}

/// The top row: station, profile and store on the left, the printer's state on the
/// right. The printer's state is what the operator acts on, so it is never cut; the store
/// path gives way first (its end kept: the file name says most).
fn header(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let printer_failed = s.preflight.iter().any(|c| c.what == CheckWhat::Printer);
    let say = |addr: &str| match &s.printer {
        PrinterState::None => (t!(l, "station-screen-printer-none"), false),
        // A failed preflight check of the printer: the header must not say "ready"
        // above the check that says it does not answer.
        PrinterState::Ready(_) if printer_failed => (
            t!(l, "station-screen-printer-down", printer = addr.to_owned()),
            true,
        ),
        PrinterState::Ready(_) => (
            t!(l, "station-screen-printer-ready", printer = addr.to_owned()),
            false,
        ),
        PrinterState::Down(_) => (
            t!(l, "station-screen-printer-down", printer = addr.to_owned()),
            true,
        ),
    };
    let addr = match &s.printer {
        PrinterState::None => String::new(),
        PrinterState::Ready(p) | PrinterState::Down(p) => p.clone(),
    };
    let short = format!(
        " {}",
        t!(
            l,
            "station-screen-head-short",
            station = s.station.clone(),
            profile = s.profile.clone()
        )
    );
    let (mut printer, down) = say(&addr);
    // Too narrow for the station, its profile and the printer's state: the printer's
    // address gives way (its state stays whole).
    let over = (width(&short) + width(&printer) + 3).saturating_sub(a.width as usize);
    if over > 0 {
        printer = say(&fit(&addr, width(&addr).saturating_sub(over))).0;
    }
    let room = (a.width as usize).saturating_sub(width(&printer) + 1);
    let head = |store: &str| {
        format!(
            " {}",
            t!(
                l,
                "station-screen-head",
                station = s.station.clone(),
                profile = s.profile.clone(),
                store = store.to_owned()
            )
        )
    };
    // The store whole; else the end of its path; else no store (the profile names it);
    // the profile hash is never cut: an audit reads it off the screen.
    let bare = width(&head(""));
    let keep = room.saturating_sub(bare + 3);
    let left = if width(&head(&s.store)) <= room {
        head(&s.store)
    } else if keep >= 8 {
        let mut tail: Vec<char> = Vec::new();
        for c in s.store.chars().rev() {
            let w: usize = tail.iter().map(|c| c.width().unwrap_or(0)).sum();
            if w + c.width().unwrap_or(0) > keep {
                break;
            }
            tail.push(c);
        }
        head(&format!(
            "...{}",
            tail.into_iter().rev().collect::<String>()
        ))
    } else {
        fit(&short, room)
    };
    let (band, alarm) = if s.color {
        (
            Style::default().fg(Color::Black).bg(Color::Cyan),
            bold().fg(Color::White).bg(Color::Red),
        )
    } else {
        // Without colour the band is reverse video; a dead printer breaks out of it.
        (
            Style::default().add_modifier(Modifier::REVERSED),
            bold().add_modifier(Modifier::UNDERLINED),
        )
    };
    let [la, ra] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(width(&printer) as u16),
    ])
    .areas(a);
    f.render_widget(Paragraph::new(left).style(band), la);
    f.render_widget(
        Paragraph::new(printer).style(if down { alarm } else { band }),
        ra,
    );
}

fn counter_line(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let c = &s.counters;
    let total = c.pass + c.fail;
    let yield_pct = if total == 0 {
        "-".to_owned()
    } else {
        format!("{:.1}%", c.pass as f64 * 100.0 / total as f64)
    };
    let text = t!(
        l,
        "station-screen-counters",
        pass = c.pass,
        fail = c.fail,
        yield_pct = yield_pct,
        per_hour = c.per_hour,
        left = c.left
    );
    f.render_widget(Paragraph::new(format!(" {text}")).style(bold()), a);
}

fn slot_grid(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let n = s.slots.len().max(1);
    let max_cols = if a.width >= 120 { 4 } else { 2 };
    let cols = n.min(max_cols);
    let rows = n.div_ceil(cols);
    // Panels are set apart by a blank row and column, not by box-drawing lines: those
    // are ambiguous-width characters that a terminal set for Chinese may draw two
    // columns wide, which breaks every row they are on.
    let row_areas = Layout::vertical(vec![Constraint::Ratio(1, rows as u32); rows])
        .spacing(1)
        .split(a);
    for (r, row) in row_areas.iter().enumerate() {
        let cells = Layout::horizontal(vec![Constraint::Ratio(1, cols as u32); cols])
            .spacing(1)
            .split(*row);
        for (c, cell) in cells.iter().enumerate() {
            if let Some(slot) = s.slots.get(r * cols + c) {
                panel(f, *cell, slot, s, l);
            }
        }
    }
}

/// One slot: a title band in the colour of its state (grey idle, yellow at work, green
/// PASS, red FAIL: what is seen from across the line), the unit, its step, and under
/// PASS/FAIL the word in large letters and a band of colour with the word in the
/// station's language.
fn panel(f: &mut Frame, a: Rect, v: &SlotView, s: &Screen, l: &FluentLanguageLoader) {
    let (accent, ink, word) = match v.show {
        Show::Pass => (
            Color::Green,
            Color::Black,
            Some(("PASS", t!(l, "station-screen-pass"))),
        ),
        Show::Fail { .. } => (
            Color::Red,
            Color::White,
            Some(("FAIL", t!(l, "station-screen-fail"))),
        ),
        Show::Running | Show::Claiming => (Color::Yellow, Color::Black, None),
        Show::Idle => (Color::DarkGray, Color::White, None),
    };
    let title = if v.port.is_empty() {
        t!(l, "station-screen-slot", slot = v.n)
    } else {
        t!(
            l,
            "station-screen-slot-port",
            slot = v.n,
            port = v.port.clone()
        )
    };
    let band = if s.color {
        bold().fg(ink).bg(accent)
    } else {
        bold().add_modifier(Modifier::REVERSED)
    };
    let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(a);
    f.render_widget(
        Paragraph::new(fit(&format!(" {title}"), a.width as usize)).style(band),
        top,
    );
    let inner = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    let w = inner.width as usize;

    let mut lines: Vec<Line> = Vec::new();
    let sn = v.sn.clone().unwrap_or_else(|| match v.show {
        Show::Idle => match s.mode {
            Mode::Scan => t!(l, "station-screen-idle-scan"),
            Mode::Next => t!(l, "station-screen-idle-next"),
        },
        _ => String::new(),
    });
    lines.push(Line::from(Span::styled(sn, bold())));
    let status = match (&v.show, v.step) {
        (Show::Claiming, _) => t!(l, "station-screen-claiming"),
        (Show::Running, Some(step)) if v.attempt > 1 => t!(
            l,
            "station-screen-running-again",
            step = step_word(l, step),
            attempt = v.attempt,
            seconds = format!("{:.1}", v.elapsed.as_secs_f64())
        ),
        (Show::Running, Some(step)) => t!(
            l,
            "station-screen-running",
            step = step_word(l, step),
            seconds = format!("{:.1}", v.elapsed.as_secs_f64())
        ),
        (Show::Fail { held: true }, Some(step)) => {
            t!(l, "station-screen-held", step = step_word(l, step))
        }
        (Show::Fail { held: false }, _) => t!(l, "station-screen-set-aside"),
        _ => String::new(),
    };
    lines.push(Line::from(Span::styled(status, bold())));
    if let Some((latin, local)) = word {
        let on = if s.color {
            Style::default().bg(accent)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        };
        let detail_rows = u16::from(v.detail.is_some()) * 2;
        let room = (inner.height as usize).saturating_sub(2 + 1 + detail_rows as usize);
        if let Some((px, rows)) = big_scale(latin, w, room) {
            let pad = " ".repeat((w - big_width(latin, px)) / 2);
            for mut row in big(latin, on, px, rows) {
                row.spans.insert(0, Span::raw(pad.clone()));
                lines.push(row);
            }
            lines.push(Line::from(Span::styled(centred(&local, w), band)));
        } else {
            lines.push(Line::from(Span::styled(
                centred(&format!("{latin} {local}"), w),
                band,
            )));
        }
    }
    if let Some(d) = &v.detail {
        lines.push(Line::from(d.clone()));
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn failures(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let title = if s.color {
        bold().fg(Color::Red)
    } else {
        bold().add_modifier(Modifier::UNDERLINED)
    };
    let mut lines = vec![Line::from(Span::styled(
        format!(" {}", t!(l, "station-screen-failures")),
        title,
    ))];
    lines.extend(
        s.failures
            .iter()
            .map(|(sn, why)| Line::from(fit(&format!(" {sn}  {why}"), a.width as usize))),
    );
    f.render_widget(Paragraph::new(lines), a);
}

fn input_line(f: &mut Frame, a: Rect, banner_rows: u16, s: &Screen, l: &FluentLanguageLoader) {
    let [banner, line] =
        Layout::vertical([Constraint::Length(banner_rows), Constraint::Length(1)]).areas(a);
    if let Some(b) = &s.banner {
        let style = if s.color {
            bold().fg(Color::White).bg(Color::Red)
        } else {
            bold().add_modifier(Modifier::REVERSED)
        };
        f.render_widget(
            Paragraph::new(b.clone())
                .block(Block::new().padding(Padding::horizontal(1)))
                .style(style)
                .wrap(Wrap { trim: false }),
            banner,
        );
    }
    let prompt = t!(l, "station-screen-prompt");
    let keys = t!(l, "station-screen-keys");
    let text = format!(" {prompt}{}", s.input);
    // Display columns (a Chinese prompt is two per character), as ratatui measures them.
    let used = width(&text) as u16;
    let [left, right] = Layout::horizontal([
        Constraint::Min(used + 1),
        Constraint::Length(width(&keys) as u16 + 1),
    ])
    .areas(line);
    f.render_widget(Paragraph::new(text), left);
    f.render_widget(Paragraph::new(keys).style(bold()), right);
    f.set_cursor_position((left.x + used.min(left.width.saturating_sub(1)), left.y));
}

fn preflight(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let band = if s.color {
        bold().fg(Color::White).bg(Color::Red)
    } else {
        bold().add_modifier(Modifier::REVERSED)
    };
    let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(a);
    f.render_widget(
        Paragraph::new(centred(
            &t!(l, "station-screen-preflight"),
            a.width as usize,
        ))
        .style(band),
        top,
    );
    let mut lines = vec![Line::from("")];
    for c in &s.preflight {
        lines.push(Line::from(Span::styled(c.text_in(l), bold())));
        lines.push(Line::from(format!(
            "  {}",
            c.hint.clone().unwrap_or_default()
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(t!(l, "station-screen-preflight-then")));
    let inner = body.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 0,
    });
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// A unit's line state, as the store names it, in `l`'s language (an unknown name as is).
pub(crate) fn state_word(l: &FluentLanguageLoader, state: &str) -> String {
    crate::core::ledger_words::state_word(l, state)
}

/// A ledger event (or a unit's status, which is one), as the store names it, in `l`'s
/// language (an unknown name as is).
pub(crate) fn event_word(l: &FluentLanguageLoader, event: &str) -> String {
    match event {
        "imported" => t!(l, "line-event-imported"),
        "secret-exchanged" => t!(l, "line-event-secret-exchanged"),
        "registered" => t!(l, "line-event-registered"),
        "activated" => t!(l, "line-event-activated"),
        "bound" => t!(l, "line-event-bound"),
        "unbound" => t!(l, "line-event-unbound"),
        "line-claimed" => t!(l, "line-event-line-claimed"),
        "line-reissued" => t!(l, "line-event-line-reissued"),
        "line-resumed" => t!(l, "line-event-line-resumed"),
        "secret-issued" => t!(l, "line-event-secret-issued"),
        "flashed" => t!(l, "line-event-flashed"),
        "flash-failed" => t!(l, "line-event-flash-failed"),
        "verify-failed" => t!(l, "line-event-verify-failed"),
        "step-retried" => t!(l, "line-event-step-retried"),
        "label-printed" => t!(l, "line-event-label-printed"),
        "label-skipped" => t!(l, "line-event-label-skipped"),
        "print-failed" => t!(l, "line-event-print-failed"),
        "line-set-aside" => t!(l, "line-event-line-set-aside"),
        "line-done" => t!(l, "line-event-line-done"),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests;
