//! The station's screen: what an operator sees all shift, drawn with ratatui from a
//! [`Screen`] (a snapshot of the station's state, the shift's counters and the preflight).
//! Drawing is pure — a frame in, cells out — so the same code is tested on ratatui's
//! `TestBackend` and runs on the terminal.
//!
//! PASS and FAIL are drawn in large letters made of coloured (or, under `NO_COLOR`,
//! reverse-video) blank cells, never of block glyphs: those are ambiguous-width
//! characters that some Chinese terminals draw two columns wide. Texts come from the
//! catalogs through the loader given, so one process can draw both languages (the
//! snapshot tests do).

use crate::core::line::Step;
use crate::core::station::profile::Mode;
use crate::io::preflight::Check;
use i18n_embed::fluent::FluentLanguageLoader;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use std::time::Duration;

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
    match s {
        Step::Payload => t!(l, "station-step-payload"),
        Step::Flash => t!(l, "station-step-flash"),
        Step::Verify => t!(l, "station-step-verify"),
        Step::Label => t!(l, "station-step-label"),
        Step::Finish => t!(l, "station-step-finish"),
    }
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

/// `word` in large letters: each pixel two cells wide, lit ones in `on`.
fn big(word: &str, on: Style) -> Vec<Line<'static>> {
    (0..5)
        .map(|row| {
            let mut spans = Vec::new();
            for (i, c) in word.chars().enumerate() {
                if i > 0 {
                    spans.push(Span::raw("  "));
                }
                for px in glyph(c)[row].chars() {
                    spans.push(if px == '#' {
                        Span::styled("  ", on)
                    } else {
                        Span::raw("  ")
                    });
                }
            }
            Line::from(spans)
        })
        .collect()
}

/// The width of `word` in large letters.
fn big_width(word: &str) -> u16 {
    let n = word.chars().count() as u16;
    n * 6 + n.saturating_sub(1) * 2
}

pub(super) fn draw(f: &mut Frame, s: &Screen, l: &FluentLanguageLoader) {
    let area = f.area();
    let [head, counters, body, input] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(5),
        Constraint::Length(2),
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
        (s.failures.len() as u16 + 2).min(5)
    };
    let [slots, fails] =
        Layout::vertical([Constraint::Min(4), Constraint::Length(fail_h)]).areas(body);
    slot_grid(f, slots, s, l);
    if fail_h > 0 {
        failures(f, fails, s, l);
    }
    input_line(f, input, s, l);
}

fn bold() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

fn header(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let printer = match &s.printer {
        PrinterState::None => t!(l, "station-screen-printer-none"),
        PrinterState::Ready(p) => t!(l, "station-screen-printer-ready", printer = p.clone()),
        PrinterState::Down(p) => t!(l, "station-screen-printer-down", printer = p.clone()),
    };
    let text = t!(
        l,
        "station-screen-header",
        station = s.station.clone(),
        profile = s.profile.clone(),
        store = s.store.clone(),
        printer = printer
    );
    let style = if s.color {
        Style::default().fg(Color::Black).bg(Color::Cyan)
    } else {
        Style::default().add_modifier(Modifier::REVERSED)
    };
    f.render_widget(Paragraph::new(text).style(style), a);
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
    f.render_widget(Paragraph::new(text).style(bold()), a);
}

fn slot_grid(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let n = s.slots.len().max(1);
    let max_cols = if a.width >= 120 { 4 } else { 2 };
    let cols = n.min(max_cols);
    let rows = n.div_ceil(cols);
    let row_areas = Layout::vertical(vec![Constraint::Ratio(1, rows as u32); rows]).split(a);
    for (r, row) in row_areas.iter().enumerate() {
        let cells = Layout::horizontal(vec![Constraint::Ratio(1, cols as u32); cols]).split(*row);
        for (c, cell) in cells.iter().enumerate() {
            if let Some(slot) = s.slots.get(r * cols + c) {
                panel(f, *cell, slot, s, l);
            }
        }
    }
}

fn panel(f: &mut Frame, a: Rect, v: &SlotView, s: &Screen, l: &FluentLanguageLoader) {
    let (accent, word) = match v.show {
        Show::Pass => (Color::Green, Some(("PASS", t!(l, "station-screen-pass")))),
        Show::Fail { .. } => (Color::Red, Some(("FAIL", t!(l, "station-screen-fail")))),
        Show::Running | Show::Claiming => (Color::Yellow, None),
        Show::Idle => (Color::Gray, None),
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
    let mut block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {title} "));
    if s.color {
        block = block.border_style(Style::default().fg(accent));
    }
    let inner = block.inner(a);
    f.render_widget(block, a);

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
    lines.push(Line::from(status));
    if let Some((latin, local)) = word {
        let on = if s.color {
            Style::default().bg(accent)
        } else {
            Style::default().add_modifier(Modifier::REVERSED)
        };
        let word_style = if s.color {
            bold().fg(accent)
        } else {
            bold().add_modifier(Modifier::REVERSED)
        };
        let detail_rows = u16::from(v.detail.is_some()) * 2;
        if inner.width >= big_width(latin) && inner.height >= 2 + 5 + 1 + detail_rows {
            lines.extend(big(latin, on));
            lines.push(Line::from(Span::styled(format!(" {local} "), word_style)));
        } else {
            lines.push(Line::from(Span::styled(
                format!(" {latin} {local} "),
                word_style,
            )));
        }
    }
    if let Some(d) = &v.detail {
        lines.push(Line::from(d.clone()));
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn failures(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let lines: Vec<Line> = s
        .failures
        .iter()
        .map(|(sn, why)| Line::from(format!("{sn}  {why}")))
        .collect();
    let block = Block::default()
        .borders(Borders::TOP)
        .title(t!(l, "station-screen-failures"));
    f.render_widget(Paragraph::new(lines).block(block), a);
}

fn input_line(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let [banner, line] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(a);
    if let Some(b) = &s.banner {
        let style = if s.color {
            bold().fg(Color::White).bg(Color::Red)
        } else {
            bold().add_modifier(Modifier::REVERSED)
        };
        f.render_widget(Paragraph::new(b.clone()).style(style), banner);
    }
    let prompt = t!(l, "station-screen-prompt");
    let keys = t!(l, "station-screen-keys");
    let text = format!("{prompt}{}", s.input);
    // Display columns (a Chinese prompt is two per character), as ratatui measures them.
    let used = Line::from(text.as_str()).width() as u16;
    let [left, right] = Layout::horizontal([
        Constraint::Min(used + 1),
        Constraint::Length(Line::from(keys.as_str()).width() as u16),
    ])
    .areas(line);
    f.render_widget(Paragraph::new(text), left);
    f.render_widget(Paragraph::new(keys), right);
    f.set_cursor_position((left.x + used.min(left.width.saturating_sub(1)), left.y));
}

fn preflight(f: &mut Frame, a: Rect, s: &Screen, l: &FluentLanguageLoader) {
    let mut lines = vec![Line::from("")];
    for c in &s.preflight {
        lines.push(Line::from(Span::styled(
            format!("{}: {}", c.target, c.problem.clone().unwrap_or_default()),
            bold(),
        )));
        lines.push(Line::from(format!(
            "  {}",
            c.hint.clone().unwrap_or_default()
        )));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(t!(l, "station-screen-preflight-then")));
    let style = if s.color {
        Style::default().fg(Color::Red)
    } else {
        Style::default()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(format!(" {} ", t!(l, "station-screen-preflight")));
    f.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        a,
    );
}

#[cfg(test)]
mod tests;
