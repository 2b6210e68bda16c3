//! The frame every console page shares: the language of a request, HTML escaping, the
//! navigation with its language switch, and the embedded stylesheet and script (the
//! console works offline on a factory LAN: nothing is loaded from elsewhere).

use crate::i18n::{Lang, MESSAGES_DOMAIN, new_loader};
use axum::http::HeaderMap;
use i18n_embed::fluent::FluentLanguageLoader;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The stylesheet, served at [`CSS_PATH`].
pub const CSS: &str = include_str!("console.css");
/// The script that keeps the line page live, served at [`JS_PATH`].
pub const JS: &str = include_str!("console.js");
pub const CSS_PATH: &str = "/assets/console.css";
pub const JS_PATH: &str = "/assets/console.js";
/// The script that keeps the emulator page live (its frame log and states), served at
/// [`EMU_JS_PATH`] and loaded by that page only.
pub const EMU_JS: &str = include_str!("emulator.js");
pub const EMU_JS_PATH: &str = "/assets/emulator.js";

/// The cookie that remembers the language a person chose with the switch.
pub const LANG_COOKIE: &str = "wecom_hw_lang";

static LOADERS: [OnceLock<FluentLanguageLoader>; 2] = [OnceLock::new(), OnceLock::new()];

/// The message loader of one language (every request may want another).
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADERS[i].get_or_init(|| new_loader(MESSAGES_DOMAIN, lang))
}

/// `t!(lang, "console-…", var = x)`: a console message in the request's language, checked
/// at compile time like [`crate::fl!`].
macro_rules! t {
    ($lang:expr, $id:literal) => {{
        i18n_embed_fl::fl!($crate::cmd::console::page::loader($lang), $id)
    }};
    ($lang:expr, $id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($crate::cmd::console::page::loader($lang), $id, $($args)*)
    }};
}
pub(crate) use t;

/// The language of a request: the switch's cookie, else the browser's `Accept-Language`
/// (the first language it names that we have, by weight), else English.
pub fn request_lang(headers: &HeaderMap) -> Lang {
    if let Some(l) = cookie(headers, LANG_COOKIE).and_then(|v| parse_lang(&v)) {
        return l;
    }
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(accept_language)
        .unwrap_or_default()
}

/// `en` / `zh-CN` exactly as the switch sends them.
pub fn parse_lang(v: &str) -> Option<Lang> {
    Lang::ALL
        .into_iter()
        .find(|l| l.tag() == v || short(*l) == v)
}

fn short(l: Lang) -> &'static str {
    match l {
        Lang::En => "en",
        Lang::ZhCn => "zh-CN",
    }
}

/// The best of our languages in an `Accept-Language` value (`zh-CN,zh;q=0.9,en;q=0.8`).
pub fn accept_language(v: &str) -> Lang {
    let mut best: Option<(f32, Lang)> = None;
    for part in v.split(',') {
        let mut it = part.split(';');
        let tag = it.next().unwrap_or("").trim();
        let q = it
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let lang = match primary.as_str() {
            "zh" => Lang::ZhCn,
            "en" => Lang::En,
            _ => continue,
        };
        if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, l)| l).unwrap_or_default()
}

/// One cookie's value from the request's `Cookie` headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Text made safe for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// Percent-encodes a path segment or query value (SNs are ASCII, but nothing is assumed).
pub fn url_enc(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            o.push(b as char);
        } else {
            let _ = write!(o, "%{b:02X}");
        }
    }
    o
}

// ---- times --------------------------------------------------------------------------------
//
// Instants are shown on the line PC's clock, as every human table of the CLI shows them
// (`crate::i18n::time`); the exact instant stays in `<time datetime="…">` for anyone who
// wants it (and as the element's tooltip).

pub use crate::i18n::time::{local, local_text, when_text};

/// A stored RFC 3339 instant as HTML: `<time datetime="INSTANT" title="INSTANT">local</time>`.
pub fn when(at: &str) -> String {
    match crate::i18n::time::parse_rfc3339(at) {
        Some(t) => format!(
            "<time datetime=\"{a}\" title=\"{a}\">{}</time>",
            local_text(t.unix_timestamp()),
            a = esc(at)
        ),
        None => esc(at),
    }
}

/// Which page the navigation marks as current.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Line,
    Devices,
    Emulator,
}

/// A whole page: head, navigation (with the language switch, which returns to `here`),
/// then `body`.
pub fn page(lang: Lang, nav: Nav, here: &str, title: &str, emulator: bool, body: &str) -> String {
    let mut h = String::with_capacity(body.len() + 2048);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{tag}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · wecom-hw</title><link rel=\"stylesheet\" href=\"{CSS_PATH}\">\
         <script src=\"{JS_PATH}\" defer></script></head><body>\n<nav>",
        tag = lang.tag(),
        title = esc(title),
    );
    let link = |h: &mut String, which: Nav, href: &str, text: String| {
        let cur = if which == nav {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = write!(h, "<a href=\"{href}\"{cur}>{}</a>", esc(&text));
    };
    link(&mut h, Nav::Line, "/line", t!(lang, "console-nav-line"));
    link(
        &mut h,
        Nav::Devices,
        "/devices",
        t!(lang, "console-nav-devices"),
    );
    if emulator {
        link(
            &mut h,
            Nav::Emulator,
            "/emulator",
            t!(lang, "console-nav-emulator"),
        );
    }
    // The switch is a form (a POST, same-origin checked like every change): it sets the
    // language cookie and comes back here.
    let _ = write!(
        h,
        "<form class=\"lang\" method=\"post\" action=\"/lang\">\
         <input type=\"hidden\" name=\"back\" value=\"{back}\">",
        back = esc(here)
    );
    for l in Lang::ALL {
        let name = match l {
            Lang::En => "English",
            Lang::ZhCn => "中文",
        };
        let cur = if l == lang { " disabled" } else { "" };
        let _ = write!(
            h,
            "<button name=\"lang\" value=\"{}\" id=\"lang-{}\"{cur}>{name}</button>",
            short(l),
            short(l)
        );
    }
    h.push_str("</form></nav>\n<main>\n");
    h.push_str(body);
    h.push_str("\n</main></body></html>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_takes_the_heaviest_language_we_have() {
        assert_eq!(accept_language("zh-CN,zh;q=0.9,en;q=0.8"), Lang::ZhCn);
        assert_eq!(accept_language("fr-FR,en;q=0.5,zh;q=0.4"), Lang::En);
        assert_eq!(accept_language("fr,de"), Lang::En);
        assert_eq!(accept_language("en;q=0.2, zh-TW;q=0.7"), Lang::ZhCn);
    }

    #[test]
    fn escaping_covers_attributes() {
        assert_eq!(
            esc("<a href=\"x\">'&"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;"
        );
        assert_eq!(url_enc("E3/0 x"), "E3%2F0%20x");
    }
}
