//! Help text wrapped by display width, for languages written without spaces. clap wraps
//! help only at ASCII spaces, so a Chinese sentence (no spaces between words) is one
//! "word" to it and runs past the terminal's edge. This pass re-wraps every line still
//! wider than the terminal: it may break beside any wide (CJK) character — never inside an
//! ASCII word, never before closing punctuation or after opening punctuation — and
//! continues in the line's text column (the description column of an option or command
//! line, else the line's own indent).

use super::width::display_width;
use unicode_width::UnicodeWidthChar;

/// The width clap wraps help to: the terminal's (stdout), else `COLUMNS`, else 100; at
/// most 100 (`max_term_width` in `src/cli/mod.rs`).
pub fn help_width() -> usize {
    const MAX: usize = 100;
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills the winsize it is given; it fails harmlessly on a non-tty.
    let tty = unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut ws) } == 0 && ws.ws_col > 0;
    let width = if tty {
        ws.ws_col as usize
    } else {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or(MAX)
    };
    width.min(MAX)
}

/// Characters a line may not start with (they close or follow what precedes them).
const NO_START: &str = "，。、；：？！）」』】》〉,.;:?!)]}%";
/// Characters a line may not end with (they open what follows).
const NO_END: &str = "（「『【《〈([{";

/// `text` with every line wider than `width` display columns wrapped (see the module
/// documentation); other lines are kept exactly.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if display_width(line) <= width {
            out.push_str(line);
        } else {
            wrap_line(line, width, &mut out);
        }
    }
    out
}

/// The display column where a line's text starts: after an option's or command's name and
/// the run of two or more spaces that follows it, else after the line's indent.
fn text_column(line: &str) -> usize {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    if let Some(gap) = rest.find("  ") {
        let after = rest[gap..].trim_start_matches(' ');
        if !after.is_empty() {
            return display_width(&line[..line.len() - after.len()]);
        }
    }
    indent
}

fn wrap_line(line: &str, width: usize, out: &mut String) {
    let column = text_column(line);
    // Too narrow a text column to be of use: wrap at the line's own indent instead.
    let column = if column + 10 > width {
        line.len() - line.trim_start_matches(' ').len()
    } else {
        column
    };
    let mut current = String::new();
    let mut current_width = 0;
    // Where `current` may be cut: byte index in `current` and its width there.
    let mut cut: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    for c in line.chars() {
        let w = c.width().unwrap_or(0);
        // A break is allowed before `c` after a space, or beside a wide character, unless
        // the punctuation rules forbid it.
        if let Some(p) = prev {
            let beside_wide = p.width() == Some(2) || w == 2;
            let allowed = (p == ' ' || beside_wide)
                && !NO_START.contains(c)
                && !NO_END.contains(p)
                && current_width > column;
            if allowed {
                cut = Some((current.len(), current_width));
            }
        }
        if current_width + w > width
            && let Some((at, at_width)) = cut.take()
        {
            let tail = current.split_off(at);
            out.push_str(current.trim_end());
            out.push('\n');
            current = " ".repeat(column);
            current.push_str(tail.trim_start());
            current_width = column + display_width(tail.trim_start());
            let _ = at_width;
        }
        current.push(c);
        current_width += w;
        prev = Some(c);
    }
    out.push_str(&current);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_broken_between_characters_in_the_text_column() {
        let line = "      --lang <LANG>   消息和帮助的语言（默认：$WECOM_HW_LANG，其次按区域设置），找不到时为英语";
        let text = wrap(line, 40);
        for l in text.lines() {
            assert!(display_width(l) <= 40, "{l:?} in\n{text}");
        }
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() > 1, "{text}");
        let column = display_width("      --lang <LANG>   ");
        for l in &lines[1..] {
            assert_eq!(l.len() - l.trim_start().len(), column, "{text}");
            // Never a line that starts with closing punctuation.
            assert!(!l.trim_start().starts_with(['，', '）', '。']), "{text}");
        }
        // Nothing lost, nothing added but the breaks and the indent.
        let joined: String = text.split_whitespace().collect();
        let original: String = line.split_whitespace().collect();
        assert_eq!(joined, original);
    }

    #[test]
    fn ascii_words_stay_whole_and_short_lines_stay_as_they_are() {
        assert_eq!(wrap("short\n  line", 10), "short\n  line");
        let text = wrap(
            "  说明文字 wrong-version、silent、reject-signature 结束",
            24,
        );
        assert!(text.contains("reject-signature"), "{text}");
        assert!(text.contains("wrong-version"), "{text}");
    }
}
