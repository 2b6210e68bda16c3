//! The screen in both languages at 80×24 and 120×40, for each state an operator meets:
//! idle, running, PASS, FAIL and a failed preflight. Each frame is compared, as text, with
//! a committed snapshot in tests/snapshots/station/ (reviewed by eye when it changes;
//! `WECOM_HW_BLESS=1` rewrites them). Colour is checked on the cells themselves.

use super::*;
use crate::i18n::{Lang, MESSAGES_DOMAIN, new_loader};
use crate::io::preflight::CheckWhat;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn slot(
    n: usize,
    show: Show,
    sn: Option<&str>,
    step: Option<Step>,
    detail: Option<&str>,
) -> SlotView {
    SlotView {
        n,
        port: format!("/dev/ttyUSB{}", n - 1),
        sn: sn.map(str::to_owned),
        show,
        step,
        elapsed: Duration::from_millis(12_300),
        attempt: 1,
        detail: detail.map(str::to_owned),
    }
}

fn screen(state: &str, l: &FluentLanguageLoader) -> Screen {
    let mut s = Screen {
        station: "line-1".into(),
        profile: "a70a3814a9fe".into(),
        store: "devices.db".into(),
        printer: PrinterState::Ready("tcp://192.168.1.50:9100".into()),
        mode: Mode::Scan,
        slots: vec![
            slot(1, Show::Idle, None, None, None),
            slot(2, Show::Idle, None, None, None),
        ],
        counters: Counters {
            pass: 41,
            fail: 2,
            per_hour: 38,
            left: 957,
        },
        failures: vec![],
        input: String::new(),
        banner: None,
        preflight: vec![],
        color: true,
    };
    match state {
        "idle" => {}
        "running" => {
            s.slots[0] = slot(
                1,
                Show::Running,
                Some("E30000000042"),
                Some(Step::Flash),
                None,
            );
            s.slots[1] = slot(
                2,
                Show::Running,
                Some("E30000000043"),
                Some(Step::Verify),
                None,
            );
            s.input = "E3000000".into();
        }
        "pass" => {
            s.slots[0] = slot(1, Show::Pass, Some("E30000000042"), None, None);
            s.slots[1] = slot(
                2,
                Show::Running,
                Some("E30000000043"),
                Some(Step::Label),
                None,
            );
        }
        "fail" => {
            let todo = t!(l, "station-held-label");
            s.slots[0] = slot(
                1,
                Show::Fail { held: true },
                Some("E30000000042"),
                Some(Step::Label),
                Some(&todo),
            );
            s.slots[1] = slot(2, Show::Pass, Some("E30000000043"), None, None);
            s.printer = PrinterState::Down("tcp://192.168.1.50:9100".into());
            s.failures = vec![
                ("E30000000042".into(), t!(l, "station-held-label")),
                (
                    "E30000000017".into(),
                    t!(
                        l,
                        "station-why-exited",
                        step = step_word(l, Step::Flash),
                        code = 3
                    ),
                ),
            ];
            s.banner = Some(t!(l, "station-refused-unknown", sn = "NOPE1"));
        }
        // A unit set aside after its retries, the other slot on its second attempt at
        // the flash, and a refusal too long for one row at 80 columns.
        "aside" => {
            let why = t!(
                l,
                "station-why-exited",
                step = step_word(l, Step::Flash),
                code = 3
            );
            s.slots[0] = slot(
                1,
                Show::Fail { held: false },
                Some("E30000000017"),
                Some(Step::Flash),
                Some(&why),
            );
            s.slots[1] = slot(
                2,
                Show::Running,
                Some("E30000000018"),
                Some(Step::Flash),
                None,
            );
            s.slots[1].attempt = 2;
            s.failures = vec![(
                "E30000000017".into(),
                t!(
                    l,
                    "station-failed-log",
                    why = why.clone(),
                    log = "error: no ack from chip on /dev/ttyUSB0"
                ),
            )];
            s.banner = Some(t!(
                l,
                "station-on-slot",
                slot = 1,
                text = t!(
                    l,
                    "station-refused-issued",
                    sn = "E30000000001",
                    state = t!(l, "line-state-done"),
                    station = "line-1/1"
                )
            ));
        }
        "preflight" => {
            // The shared checks' own messages (those `doctor` prints): two that name
            // what they looked at, one that does not (the screen puts the store in front).
            s.preflight = vec![
                Check {
                    what: CheckWhat::Store,
                    target: "devices.db".into(),
                    problem: Some(t!(
                        l,
                        "doctor-store-integrity-bad",
                        detail = "database disk image is malformed"
                    )),
                    hint: Some(t!(l, "doctor-store-corrupt-hint", path = "devices.db")),
                },
                Check {
                    what: CheckWhat::Printer,
                    target: "tcp://192.168.1.50:9100".into(),
                    problem: Some(t!(
                        l,
                        "doctor-printer-unreachable",
                        printer = "tcp://192.168.1.50:9100",
                        error = "connection timed out"
                    )),
                    hint: Some(t!(l, "doctor-printer-unreachable-hint")),
                },
                Check {
                    what: CheckWhat::Flasher,
                    target: "./flash.sh".into(),
                    problem: Some(t!(l, "checks-program-missing", program = "./flash.sh")),
                    hint: Some(t!(l, "checks-program-path-hint")),
                },
            ];
        }
        _ => unreachable!(),
    }
    s
}

/// The frame as text: one line per row, a wide character once (its second cell skipped).
fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let w = buf.area().width as usize;
    let mut out = String::new();
    for row in buf.content().chunks(w) {
        let mut line = String::new();
        let mut skip = 0;
        for c in row {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = c.symbol();
            skip = Line::from(sym).width().saturating_sub(1);
            // A lit pixel of the large PASS/FAIL letters (a blank coloured cell) as `#`,
            // so a reviewer sees the letters in the snapshot.
            let pixel = sym == " "
                && matches!(c.bg, Color::Green | Color::Red)
                && !c.modifier.contains(Modifier::BOLD);
            line.push_str(if pixel { "#" } else { sym });
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn render(s: &Screen, l: &FluentLanguageLoader, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| draw(f, s, l)).unwrap();
    t
}

#[test]
fn every_state_in_both_languages_at_both_sizes_matches_its_snapshot() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/station");
    let bless = std::env::var_os("WECOM_HW_BLESS").is_some();
    let mut differ = Vec::new();
    for lang in Lang::ALL {
        let l = new_loader(MESSAGES_DOMAIN, lang);
        for state in ["idle", "running", "pass", "fail", "aside", "preflight"] {
            for (w, h) in [(80, 24), (120, 40)] {
                let got = text(&render(&screen(state, &l), &l, w, h));
                let file = dir.join(format!("{state}-{}-{w}x{h}.txt", lang.tag()));
                if bless {
                    std::fs::create_dir_all(&dir).unwrap();
                    std::fs::write(&file, &got).unwrap();
                    continue;
                }
                let want = std::fs::read_to_string(&file).unwrap_or_default();
                if got != want {
                    differ.push(format!("{}:\n{got}", file.display()));
                }
            }
        }
    }
    assert!(
        differ.is_empty(),
        "frames differ from their snapshots (WECOM_HW_BLESS=1 rewrites them after review):\n{}",
        differ.join("\n")
    );
}

/// No cell holds a character whose width depends on the terminal (East Asian ambiguous:
/// box-drawing lines, `…`, `■`, `①` …): a terminal set for Chinese draws those two columns
/// wide and every row they are on breaks.
#[test]
fn no_cell_is_ambiguous_width_in_any_state_language_or_size() {
    use unicode_width::UnicodeWidthStr;
    for lang in Lang::ALL {
        let l = new_loader(MESSAGES_DOMAIN, lang);
        for state in ["idle", "running", "pass", "fail", "aside", "preflight"] {
            for (w, h) in [(80, 24), (100, 30), (120, 40)] {
                for color in [true, false] {
                    let mut s = screen(state, &l);
                    s.color = color;
                    let t = render(&s, &l, w, h);
                    for c in t.backend().buffer().content() {
                        let sym = c.symbol();
                        assert_eq!(
                            sym.width(),
                            sym.width_cjk(),
                            "{sym:?} in {state} ({}, {w}x{h})",
                            lang.tag()
                        );
                    }
                }
            }
        }
    }
}

/// Each failed check names what it looked at once, whether its message names it (the
/// printer, the program) or not (the store's quick check: the screen puts it in front).
#[test]
fn each_preflight_line_names_its_target_once() {
    for lang in Lang::ALL {
        let l = new_loader(MESSAGES_DOMAIN, lang);
        let t = render(&screen("preflight", &l), &l, 120, 40);
        // The problem lines are the bold text below the header (which names the printer
        // on its own: "printer … NOT ANSWERING"); the hints under them may name it again.
        let buf = t.backend().buffer();
        let w = buf.area().width as usize;
        let problems: Vec<String> = buf
            .content()
            .chunks(w)
            .skip(1)
            .map(|row| {
                row.iter()
                    .filter(|c| c.modifier.contains(Modifier::BOLD))
                    .map(|c| c.symbol())
                    .collect::<String>()
            })
            .filter(|r| !r.trim().is_empty())
            .collect();
        for target in ["devices.db", "tcp://192.168.1.50:9100", "./flash.sh"] {
            let lines: Vec<&String> = problems.iter().filter(|p| p.contains(target)).collect();
            assert_eq!(lines.len(), 1, "{target} in {}: {problems:#?}", lang.tag());
            assert_eq!(
                lines[0].matches(target).count(),
                1,
                "{target} in {}: {problems:#?}",
                lang.tag()
            );
        }
    }
}

#[test]
fn the_chinese_screen_is_in_chinese_and_fits_its_columns() {
    let l = new_loader(MESSAGES_DOMAIN, Lang::ZhCn);
    let s = screen("fail", &l);
    let t = render(&s, &l, 80, 24);
    let shown = text(&t);
    for want in ["工位 line-1", "不合格", "打印机无响应", "合格 41"] {
        assert!(shown.contains(want), "{want:?} missing:\n{shown}");
    }
    // Measured in display columns, no row runs past the terminal's 80.
    for row in shown.lines() {
        assert!(Line::from(row).width() <= 80, "{row:?}");
    }
}

#[test]
fn pass_and_fail_are_coloured_and_reverse_video_without_colour() {
    let l = new_loader(MESSAGES_DOMAIN, Lang::En);
    let mut s = screen("fail", &l);
    let lit = |t: &Terminal<TestBackend>, pred: &dyn Fn(&ratatui::buffer::Cell) -> bool| {
        t.backend()
            .buffer()
            .content()
            .iter()
            .filter(|c| pred(c))
            .count()
    };
    s.color = true;
    let t = render(&s, &l, 120, 40);
    assert!(lit(&t, &|c| c.bg == Color::Green) > 20, "PASS in green");
    assert!(lit(&t, &|c| c.bg == Color::Red) > 20, "FAIL in red");
    s.color = false;
    let t = render(&s, &l, 120, 40);
    assert_eq!(
        lit(&t, &|c| c.bg != Color::Reset || c.fg != Color::Reset),
        0,
        "NO_COLOR: no colour"
    );
    assert!(lit(&t, &|c| c.modifier.contains(Modifier::REVERSED)) > 40);
}

/// Not a check: benches/station_redraw.sh runs it for the figure (2,000 frames at 120×40).
#[test]
#[ignore = "benchmark, not a check: benches/station_redraw.sh runs it"]
fn redraw_time() {
    let l = new_loader(MESSAGES_DOMAIN, Lang::ZhCn);
    let s = screen("fail", &l);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let n = 2000;
    let t0 = std::time::Instant::now();
    for _ in 0..n {
        t.draw(|f| draw(f, &s, &l)).unwrap();
    }
    let per = t0.elapsed() / n;
    crate::outln!(
        "redraw at 120x40: {:.3} ms per frame",
        per.as_secs_f64() * 1000.0
    )
    .unwrap();
}
