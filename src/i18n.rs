//! Two languages: every text a person reads comes from the Fluent catalogs in `i18n/`
//! (`en-US`, `zh-CN`), embedded in the binary. `--json` output never goes through here: its
//! field names and values stay the same in every language.
//!
//! - [`Lang`] is chosen once at start-up ([`resolve`]): `--lang`, else `WECOM_HW_LANG`,
//!   else `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one set decides), else English. A
//!   language the tool does not have falls back to English without an error.
//! - Messages a program prints are looked up with [`crate::fl!`], which checks the message
//!   id and its arguments at compile time against `i18n/en-US/wecom-hw.ftl`.
//! - `--help` and the man pages come from `i18n/*/help.ftl` through [`help`], keyed by the
//!   command tree (see that module for the key scheme).
//!
//! The catalogs are parsed lazily, on the first message shown: a command that prints nothing
//! but results (`sign …`) pays nothing for them.

pub mod clap_error;
pub mod help;
pub mod time;
pub mod width;
pub mod wrap;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;
use std::ffi::OsString;
use std::sync::OnceLock;

/// The catalogs, embedded at compile time (`rust-embed`'s `debug-embed` makes test builds
/// embed them too, so a test binary never depends on the source tree at run time).
#[derive(rust_embed::RustEmbed)]
#[folder = "i18n"]
struct Catalogs;

/// Domain (file name) of the messages looked up with [`crate::fl!`]; `fl!` reads the same
/// name from `i18n.toml`.
pub const MESSAGES_DOMAIN: &str = "wecom-hw";
/// Domain of the `--help` texts (`i18n/<lang>/help.ftl`).
pub const HELP_DOMAIN: &str = "help";

/// A language wecom-hw speaks. (Its values carry no doc comments on purpose: documented
/// values would give every command a long help just for `--lang`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    #[default]
    #[value(name = "en", alias = "en-US")]
    En,
    #[value(name = "zh-CN", alias = "zh")]
    ZhCn,
}

impl Lang {
    /// Both languages, English (the fallback) first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The catalog directory under `i18n/` (a BCP 47 tag).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::ZhCn => "zh-CN",
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.tag().parse().expect("a valid language tag")
    }

    /// The language of a locale or language name as found in the environment
    /// (`zh_CN.UTF-8`, `zh_TW`, `en_US.UTF-8@euro`, `zh-CN`, `C`): Chinese for any `zh*`
    /// (traditional too, until a traditional catalog exists), English for everything else.
    pub fn from_locale(value: &str) -> Lang {
        let language = value
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if language == "zh" {
            Lang::ZhCn
        } else {
            Lang::En
        }
    }
}

/// Chooses the language: the `--lang` flag, else `WECOM_HW_LANG`, else the POSIX locale
/// variables in their usual order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
/// English. The first variable that is set and not empty decides, even when it names a
/// language the tool does not have (`LC_ALL=fr_FR.UTF-8` gives English, as it would in
/// any other program that lacks French). `var` reads one environment variable.
pub fn resolve(flag: Option<Lang>, var: impl Fn(&str) -> Option<OsString>) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name).filter(|v| !v.is_empty()) {
            return Lang::from_locale(&value.to_string_lossy());
        }
    }
    Lang::En
}

/// The `--lang` value in a command line, found before clap parses it: clap prints `--help`
/// before parsing finishes, and that help must already be in the chosen language. Takes
/// `--lang X` and `--lang=X` anywhere before a `--`; a value clap would refuse is ignored
/// here (clap then reports it, in the language of the environment).
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    use clap::ValueEnum;
    let mut found = None;
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().and_then(|v| v.to_str())
        } else {
            arg.strip_prefix("--lang=")
        };
        if let Some(lang) = value.and_then(|v| Lang::from_str(v, false).ok()) {
            // The last one wins, as clap does for a repeated flag.
            found = Some(lang);
        }
    }
    found
}

static LANG: OnceLock<Lang> = OnceLock::new();
static LOADER: OnceLock<FluentLanguageLoader> = OnceLock::new();

/// Sets the language for the rest of the process. Call once, first thing in `main`; later
/// calls change nothing. Without a call (library use, unit tests) the language is English.
pub fn init(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language chosen at start-up (or preferred by a station profile, see [`prefer`]).
pub fn lang() -> Lang {
    PREFERRED.get().or(LANG.get()).copied().unwrap_or_default()
}

static PREFERRED: OnceLock<Lang> = OnceLock::new();

/// A language set in a file the command reads (a station profile's `lang`): it replaces
/// the one of the locale, but not one asked for by `--lang` or `WECOM_HW_LANG`. Call
/// before the first message; later, it changes nothing.
pub fn prefer(lang: Lang) {
    let args: Vec<OsString> = std::env::args_os().collect();
    let asked = lang_flag(&args).is_some()
        || std::env::var_os("WECOM_HW_LANG").is_some_and(|v| !v.is_empty());
    if !asked && LOADER.get().is_none() {
        let _ = PREFERRED.set(lang);
    }
}

/// The loader of [`crate::fl!`]'s messages in the chosen language, parsed on first use.
pub fn loader() -> &'static FluentLanguageLoader {
    LOADER.get_or_init(|| new_loader(MESSAGES_DOMAIN, lang()))
}

/// A fresh loader of one domain in one language (English behind it for any message the
/// language lacks, though the parity test keeps both catalogs complete). Fluent's bidi
/// isolation marks are off: they show as garbage in Windows terminals and in logs, and
/// neither language is right-to-left.
pub fn new_loader(domain: &str, lang: Lang) -> FluentLanguageLoader {
    let loader = FluentLanguageLoader::new(domain, Lang::En.langid());
    loader
        .load_languages(&Catalogs, &[lang.langid()])
        .expect("the catalogs are embedded at compile time");
    loader.set_use_isolating(false);
    loader
}

/// The text of every catalog file, as `(language tag, file name, text)`: for the tests
/// that compare the languages.
pub fn catalog_files() -> Vec<(String, String, String)> {
    let mut files: Vec<(String, String, String)> = Catalogs::iter()
        .filter_map(|path| {
            let (tag, name) = path.split_once('/')?;
            let file = Catalogs::get(&path)?;
            let text = String::from_utf8(file.data.into_owned()).ok()?;
            Some((tag.to_owned(), name.to_owned(), text))
        })
        .collect();
    files.sort();
    files
}

/// Looks up a message of [`MESSAGES_DOMAIN`] in the chosen language, checking the id and
/// the arguments at compile time:
///
/// ```ignore
/// crate::fl!("output-hint")
/// crate::fl!("import-row-invalid", row = 7, file = path.display().to_string())
/// ```
#[macro_export]
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $message_id)
    }};
    ($message_id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($crate::i18n::loader(), $message_id, $($args)*)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let map: HashMap<String, OsString> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn the_flag_beats_every_variable() {
        let all = env(&[
            ("WECOM_HW_LANG", "zh-CN"),
            ("LC_ALL", "zh_CN.UTF-8"),
            ("LANG", "zh_CN.UTF-8"),
        ]);
        assert_eq!(resolve(Some(Lang::En), &all), Lang::En);
        assert_eq!(resolve(Some(Lang::ZhCn), env(&[])), Lang::ZhCn);
    }

    #[test]
    fn variables_are_read_in_order_and_the_first_set_one_decides() {
        assert_eq!(resolve(None, env(&[])), Lang::En);
        assert_eq!(resolve(None, env(&[("LANG", "zh_CN.UTF-8")])), Lang::ZhCn);
        assert_eq!(
            resolve(
                None,
                env(&[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "zh_CN")])
            ),
            Lang::ZhCn
        );
        assert_eq!(
            resolve(None, env(&[("LC_MESSAGES", "zh_CN"), ("LC_ALL", "C")])),
            Lang::En,
            "LC_ALL overrides LC_MESSAGES"
        );
        assert_eq!(
            resolve(
                None,
                env(&[("LC_ALL", "en_GB.UTF-8"), ("WECOM_HW_LANG", "zh")])
            ),
            Lang::ZhCn,
            "WECOM_HW_LANG overrides the locale"
        );
        // An empty variable counts as unset, as POSIX has it.
        assert_eq!(
            resolve(None, env(&[("LC_ALL", ""), ("LANG", "zh_CN.GB18030")])),
            Lang::ZhCn
        );
        assert_eq!(
            resolve(None, env(&[("WECOM_HW_LANG", ""), ("LANG", "zh_SG")])),
            Lang::ZhCn
        );
    }

    #[test]
    fn locales_map_to_the_two_languages_without_error() {
        for zh in [
            "zh_CN.UTF-8",
            "zh_TW.UTF-8",
            "zh_HK",
            "zh",
            "zh-CN",
            "zh-Hant",
            "ZH_cn",
        ] {
            assert_eq!(Lang::from_locale(zh), Lang::ZhCn, "{zh}");
        }
        for en in [
            "C",
            "POSIX",
            "C.UTF-8",
            "en_US.UTF-8",
            "en_GB.ISO-8859-1@euro",
            "fr_FR.UTF-8",
            "ja_JP",
            "zhx",
            "garbage!",
        ] {
            assert_eq!(Lang::from_locale(en), Lang::En, "{en}");
        }
        // An unknown language in a variable gives English, it does not fall through to the
        // next variable: the user asked for that language and we do not have it.
        assert_eq!(
            resolve(None, env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "zh_CN")])),
            Lang::En
        );
        assert_eq!(
            resolve(
                None,
                env(&[("WECOM_HW_LANG", "klingon"), ("LANG", "zh_CN")])
            ),
            Lang::En
        );
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        let argv = |s: &str| -> Vec<OsString> { s.split(' ').map(OsString::from).collect() };
        assert_eq!(lang_flag(&argv("wecom-hw --help")), None);
        assert_eq!(
            lang_flag(&argv("wecom-hw --lang zh-CN import --help")),
            Some(Lang::ZhCn)
        );
        assert_eq!(
            lang_flag(&argv("wecom-hw import --help --lang=zh")),
            Some(Lang::ZhCn)
        );
        assert_eq!(
            lang_flag(&argv("wecom-hw --lang zh-CN --lang en -h")),
            Some(Lang::En)
        );
        assert_eq!(lang_flag(&argv("wecom-hw --lang fr -h")), None);
        assert_eq!(lang_flag(&argv("wecom-hw --lang")), None);
        assert_eq!(lang_flag(&argv("wecom-hw sign -- --lang zh-CN")), None);
    }

    #[test]
    fn lookups_follow_the_language_and_carry_no_isolation_marks() {
        for lang in Lang::ALL {
            let l = new_loader(MESSAGES_DOMAIN, lang);
            let args = HashMap::from([("label", "L"), ("text", "T")]);
            let text = l.get_args("output-labelled", args);
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "{text:?}"
            );
            assert!(text.starts_with('L') && text.ends_with('T'), "{text:?}");
        }
        let zh = new_loader(MESSAGES_DOMAIN, Lang::ZhCn).get("output-error");
        let en = new_loader(MESSAGES_DOMAIN, Lang::En).get("output-error");
        assert_eq!(en, "error");
        assert_eq!(zh, "错误");
    }
}
