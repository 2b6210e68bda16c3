//! Text laid out in columns by display width: a Chinese character takes two terminal
//! columns, so padding by bytes or chars would push every value after a Chinese caption
//! out of line.

use unicode_width::UnicodeWidthStr;

/// Display columns of `s` (CJK characters take two).
pub fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `column` display columns (at least one space).
pub fn pad_to(s: &str, column: usize) -> String {
    let pad = column.saturating_sub(display_width(s)).max(1);
    format!("{s}{}", " ".repeat(pad))
}

/// `s` padded with spaces to exactly `width` columns on the right (none when wider).
pub fn left(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(display_width(s))))
}

/// `s` right-aligned in `width` columns.
pub fn right(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(display_width(s))))
}

/// Captions padded to one column: the widest caption plus `gap` spaces.
pub fn caption_column(captions: &[String], gap: usize) -> usize {
    captions.iter().map(|c| display_width(c)).max().unwrap_or(0) + gap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_two_columns() {
        assert_eq!(display_width("场景"), 4);
        assert_eq!(pad_to("场景", 7), "场景   ");
        assert_eq!(pad_to("scene", 7), "scene  ");
        assert_eq!(left("电量", 7), "电量   ");
        assert_eq!(right("信号", 5), " 信号");
        assert_eq!(pad_to("canonical", 5), "canonical ");
    }
}
