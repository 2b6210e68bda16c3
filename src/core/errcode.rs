//! WeCom's 600xxx hardware error codes (`wss.md` section 12): one table of named constants
//! with WeCom's own Chinese `errmsg`; what each code means and what to do about it are
//! catalog entries (`errcode-600011-meaning`, `errcode-600011-todo` in `i18n/*/wecom-hw.ftl`),
//! so every command shows them in the reader's language. `--json` output and the emulator's
//! wire `errmsg` use the English entries ([`describe_en`], [`meaning_en`]): they stay the
//! same in every language.

use crate::i18n::{self, Lang};
use i18n_embed::fluent::FluentLanguageLoader;
use std::sync::OnceLock;

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ErrCode {
    pub code: i64,
    /// The official Chinese wording where users will see it in the console or logs.
    pub chinese: Option<&'static str>,
}

/// Each row names its code once: the row becomes both a named constant (what the device and
/// the cloud emulator match on and answer with, so no bare 600xxx number appears in their
/// logic) and an entry of [`TABLE`] (whose meaning and what-to-do the catalogs hold).
macro_rules! table {
    ($( $name:ident = $code:literal, $zh:expr; )*) => {
        $(
            #[doc = concat!("`", stringify!($code), "` (`errcode-…-meaning` in the catalogs).")]
            pub const $name: i64 = $code;
        )*
        /// The whole table, in code order.
        pub const TABLE: &[ErrCode] = &[ $( ErrCode { code: $name, chinese: $zh } ),* ];
    };
}

table! {
    SYSTEM_BUSY = -1, None;
    OK = 0, None;
    INVALID_SN = 600001, Some("不合法的sn");
    ALREADY_REGISTERED = 600002, Some("设备已注册");
    INVALID_ACTIVE_CODE = 600003, Some("不合法的硬件activecode");
    NOT_AUTHORISED = 600004, Some("该硬件尚未授权任何企业");
    INVALID_SECRET = 600005, Some("硬件Secret无效");
    INVALID_DEVICE_ID = 600006, None;
    MISSING_SN = 600007, None;
    MISSING_NONCE = 600008, None;
    MISSING_TIMESTAMP = 600009, None;
    MISSING_SIGNATURE = 600010, None;
    BAD_SIGNATURE = 600011, None;
    CONN_ALREADY_REGISTERED = 600012, Some("长连接已经注册过设备");
    MISSING_ACTIVE_CODE = 600013, Some("缺少activecode参数");
    NOT_NETWORK_REGISTERED = 600014, None;
    MISSING_SECRET = 600015, Some("缺少secret参数");
    NOT_ACTIVATED = 600016, Some("设备未激活");
    INVALID_CHECK_IN_TIME = 600017, None;
    INVALID_TIME_RANGE = 600018, None;
    INVALID_END_TIME = 600019, None;
    NOT_LOGGED_IN = 600020, Some("设备未登录");
    SN_EXISTS = 600021, None;
    TIMESTAMP_EXPIRED = 600023, Some("时间戳已失效");
    FIRMWARE_TOO_LARGE = 600024, Some("固件大小超过5M");
    INVALID_FIRMWARE_NAME = 600025, Some("固件名为空或者超过20字节");
    NO_FIRMWARE = 600026, Some("固件信息不存在");
    INVALID_FIRMWARE_PARAMS = 600027, None;
    FIRMWARE_VERSION_EXISTS = 600028, None;
    INVALID_FIRMWARE_VERSION = 600029, None;
    MISSING_FIRMWARE_VERSION = 600030, None;
    UPGRADE_NOT_ALLOWED = 600031, None;
    BAD_HARDWARE_QR = 600032, None;
    MODEL_ID_CONFLICT = 600033, None;
    FINGERPRINT_TOO_LARGE = 600034, None;
    FACE_TOO_LARGE = 600035, None;
    SN_CONFLICT = 600036, None;
    MISSING_MODEL_ID = 600037, None;
    NO_SUCH_MODEL = 600038, None;
    UNSUPPORTED_DEVICE_TYPE = 600039, None;
    NO_SUCH_PRINT_JOB = 600040, None;
    INVALID_PAGING = 600041, None;
    INVALID_MODEL_ID = 600042, None;
    DOOR_RULE_NOT_SET = 600043, None;
    INVALID_DOOR_RULE = 600044, None;
    ALREADY_SUBSCRIBED = 600045, Some("设备已订阅企业信息");
    OPER_ID_MISMATCH = 600046, None;
    SECRET_NO_STATUS_INVALID = 600047, Some("secretno的status非法");
    INVALID_FP_ALGORITHM = 600048, None;
    INVALID_FACE_ALGORITHM = 600049, None;
    INVALID_ALGORITHM_COUNT = 600050, None;
    DEVICE_EXPIRED = 600051, Some("设备过期");
    INVALID_FILE_CHUNK = 600052, None;
    CONN_ALREADY_ACTIVATED = 600053, Some("该链接已经激活");
    CONN_ALREADY_SUBSCRIBED = 600054, Some("该链接已经订阅");
    INVALID_USER_TYPE = 600055, None;
    INVALID_HEALTH_STATUS = 600056, None;
    MISSING_TEMPERATURE = 600057, None;
    SCAN_UNSUPPORTED = 600063, None;
}

/// Looks a code up.
pub fn lookup(code: i64) -> Option<&'static ErrCode> {
    TABLE.iter().find(|e| e.code == code)
}

/// The catalog id of a code's entry: `errcode-600011-meaning`, `errcode-minus1-todo`.
fn id(code: i64, what: &str) -> String {
    format!("errcode-{}-{what}", code.to_string().replace('-', "minus"))
}

/// The English catalog, for output that is the same in every language.
fn english() -> &'static FluentLanguageLoader {
    static EN: OnceLock<FluentLanguageLoader> = OnceLock::new();
    EN.get_or_init(|| i18n::new_loader(i18n::MESSAGES_DOMAIN, Lang::En))
}

/// What the code means, from `loader`'s catalog; `None` for a code not in the table.
pub fn meaning_with(loader: &FluentLanguageLoader, code: i64) -> Option<String> {
    lookup(code).map(|_| loader.get(&id(code, "meaning")))
}

/// What the device or the person should do about the code, from `loader`'s catalog.
pub fn todo_with(loader: &FluentLanguageLoader, code: i64) -> Option<String> {
    lookup(code).map(|_| loader.get(&id(code, "todo")))
}

/// What the code means, in the chosen language.
pub fn meaning(code: i64) -> Option<String> {
    meaning_with(i18n::loader(), code)
}

/// What the code means in English: the emulator's wire `errmsg`.
pub fn meaning_en(code: i64) -> Option<String> {
    meaning_with(english(), code)
}

/// One line, from `loader`'s catalog: `600011 signature check failed — check the SecretNo …`,
/// with WeCom's own Chinese `errmsg` where it says something the meaning does not.
pub fn describe_with(loader: &FluentLanguageLoader, code: i64) -> String {
    let (Some(e), Some(meaning), Some(todo)) = (
        lookup(code),
        meaning_with(loader, code),
        todo_with(loader, code),
    ) else {
        return i18n_embed_fl::fl!(loader, "errcode-unknown", code = code.to_string());
    };
    match e.chinese {
        Some(zh) if zh != meaning => i18n_embed_fl::fl!(
            loader,
            "errcode-describe-errmsg",
            code = code.to_string(),
            meaning = meaning,
            errmsg = zh,
            todo = todo
        ),
        _ => i18n_embed_fl::fl!(
            loader,
            "errcode-describe",
            code = code.to_string(),
            meaning = meaning,
            todo = todo
        ),
    }
}

/// [`describe_with`] in the chosen language.
pub fn describe(code: i64) -> String {
    describe_with(i18n::loader(), code)
}

/// [`describe_with`] in English: what `--json` output carries.
pub fn describe_en(code: i64) -> String {
    describe_with(english(), code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_complete_for_the_spec_range() {
        let codes: Vec<i64> = TABLE.iter().map(|e| e.code).collect();
        let mut sorted = codes.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(codes, sorted, "sorted and without duplicates");
        // 600001..=600057 except 600022 (not on the official page), and 600063.
        for c in 600001..=600057 {
            assert_eq!(lookup(c).is_some(), c != 600022, "{c}");
        }
        assert!(lookup(600063).is_some());
        assert!(lookup(600058).is_none());
    }

    /// Every code the spec's table lists is here with the same official Chinese text.
    #[test]
    fn matches_the_spec_table_when_present() {
        let Ok(spec) = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/spec/wss.md"
        )) else {
            return; // the spec lives beside the repo; CI lays it there
        };
        let mut seen = 0;
        let section = spec
            .split("\n## 12.")
            .nth(1)
            .and_then(|s| s.split("\n## 13.").next())
            .expect("section 12 of wss.md");
        for line in section.lines() {
            let Some(rest) = line.strip_prefix("| 600") else {
                continue;
            };
            let code: i64 = format!("600{}", &rest[..3]).parse().unwrap();
            let e = lookup(code).unwrap_or_else(|| panic!("{code} missing"));
            if let Some(zh) = e.chinese {
                assert!(line.contains(zh), "{code}: {zh} not in {line}");
            }
            seen += 1;
        }
        assert!(seen >= 56, "read {seen} rows from the spec");
    }

    /// The names are the wire values the spec gives (a row edited by mistake shows here).
    #[test]
    fn named_codes_are_the_wire_values() {
        assert_eq!(SYSTEM_BUSY, -1);
        assert_eq!(INVALID_SN, 600001);
        assert_eq!(TIMESTAMP_EXPIRED, 600023);
        assert_eq!(SECRET_NO_STATUS_INVALID, 600047);
        assert_eq!(CONN_ALREADY_SUBSCRIBED, 600054);
        assert_eq!(SCAN_UNSUPPORTED, 600063);
        assert_eq!(
            meaning_en(NOT_LOGGED_IN).as_deref(),
            Some("device not logged in")
        );
    }

    #[test]
    fn describe_names_the_action() {
        assert!(describe_en(600011).contains("sorted byte-wise"));
        assert!(describe_en(600004).contains("该硬件尚未授权任何企业"));
        assert_eq!(describe_en(123), "123 (not in WeCom's 600xxx table)");
        let zh = i18n::new_loader(i18n::MESSAGES_DOMAIN, Lang::ZhCn);
        assert_eq!(
            describe_with(&zh, 600004),
            "600004 该硬件尚未授权任何企业。处理：轮询 `active` 时：等待企业管理员绑定；若之前已绑定：清除 secret 后重新激活"
        );
        assert!(describe_with(&zh, 600011).contains("设备签名校验失败"));
        assert!(describe_with(&zh, 123).contains("不在企业微信的 600xxx 错误码表中"));
    }

    /// Every code has its meaning and its what-to-do in both languages, and the Chinese
    /// is not the English left untranslated.
    #[test]
    fn every_code_has_its_meaning_and_todo_in_both_languages() {
        let catalogs: Vec<(Lang, String)> = i18n::catalog_files()
            .into_iter()
            .filter(|(_, name, _)| name == "wecom-hw.ftl")
            .map(|(tag, _, text)| {
                let lang = Lang::ALL.into_iter().find(|l| l.tag() == tag).unwrap();
                (lang, text)
            })
            .collect();
        assert_eq!(catalogs.len(), Lang::ALL.len());
        for e in TABLE {
            for (lang, text) in &catalogs {
                for what in ["meaning", "todo"] {
                    let key = format!("\n{} = ", id(e.code, what));
                    assert!(text.contains(&key), "{lang:?}: {key:?} missing");
                }
            }
            let zh = i18n::new_loader(i18n::MESSAGES_DOMAIN, Lang::ZhCn);
            let en = english();
            assert_ne!(
                meaning_with(&zh, e.code),
                meaning_with(en, e.code),
                "{}",
                e.code
            );
            assert_ne!(todo_with(&zh, e.code), todo_with(en, e.code), "{}", e.code);
        }
    }
}
