//! Every detail form the writers produce (and stores from earlier releases hold) is parsed
//! and said in Chinese; English says it as stored; anything else is shown as stored.

use super::*;
use crate::i18n::{Lang, MESSAGES_DOMAIN, new_loader};

/// Stored details as the writers write them (copied from the writers' `format!`s, not
/// produced by them): event, detail, a Chinese fragment the words must contain.
const FORMS: &[(&str, &str, &str)] = &[
    (
        "imported",
        "batch 1 from examples/registration-export.csv row 2",
        "第 1 批次，来自 examples/registration-export.csv 第 2 行",
    ),
    (
        "label-printed",
        "zpl → E30000000002.zpl",
        "zpl 标签，写入 E30000000002.zpl",
    ),
    ("label-printed", "png → labels", "png 标签，写入 labels"),
    ("label-printed", "svg → stdout", "写入 标准输出"),
    (
        "label-printed",
        "zpl label ×2 to tcp://127.0.0.1:9100",
        "zpl 标签 2 份，发往 tcp://127.0.0.1:9100",
    ),
    (
        "label-printed",
        "reprint: tspl label ×1 to stdout",
        "补打：",
    ),
    (
        "label-skipped",
        "no label: neither --print nor --printer",
        "未打印标签",
    ),
    (
        "secret-exchanged",
        "get_secret_no, SecretNo fingerprint 1a2b3c4d",
        "指纹 1a2b3c4d",
    ),
    ("registered", "register", "注册"),
    ("registered", "the cloud says already registered", "已注册"),
    (
        "bound",
        "active returned the secret",
        "active 返回了设备 secret",
    ),
    (
        "bound",
        "subscribe_corp accepted the secret saved by an interrupted run",
        "中断",
    ),
    ("unbound", "push_unbind_corp", "解绑"),
    ("unbound", "active answered 600004", "active 返回 600004"),
    (
        "unbound",
        "subscribe_corp answered 600010",
        "subscribe_corp 返回 600010",
    ),
    (
        "secret-issued",
        "json payload, 159 bytes, secret fingerprint 9f8e7d6c, to temporary file",
        "json 格式，159 字节，SecretNo 指纹 9f8e7d6c，写入 临时文件",
    ),
    (
        "secret-issued",
        "bin payload, 64 bytes, secret fingerprint 9f8e7d6c, to out/a, b.bin",
        "写入 out/a, b.bin",
    ),
    ("flashed", "flasher exit 0 in 12 ms", "用时 12 毫秒"),
    ("flashed", "no flasher", "未设置烧录程序"),
    ("flashed", "no flasher; read-back verified", "回读校验通过"),
    (
        "flashed",
        "flasher exit 0 in 7 ms; read-back verified: OK wrote 159 bytes",
        "回读校验通过：OK wrote 159 bytes",
    ),
    (
        "step-retried",
        "flash attempt 1 of 3 failed: flasher exited with 3: boom",
        "第 1 次尝试失败（共 3 次）",
    ),
    (
        "step-retried",
        "verify attempt 2 of 2 failed: read-back differs from the payload (3 bytes read, 159 written)",
        "回读",
    ),
    (
        "line-resumed",
        "from state issued",
        "从“已写入数据”状态继续",
    ),
    (
        "line-resumed",
        "from state flashed [profile ab12cd34]",
        "工位配置 ab12cd34",
    ),
    ("line-resumed", "profile ab12cd34", "工位配置 ab12cd34"),
    (
        "line-reissued",
        "retry after flasher exited with 3",
        "失败后重试：烧录失败（退出码 3）",
    ),
    (
        "flash-failed",
        "flasher exited with 3: no device on /dev/ttyUSB0",
        "烧录失败（退出码 3）：no device on /dev/ttyUSB0",
    ),
    (
        "print-failed",
        "label not made: store.no_url",
        "该设备没有静态二维码链接",
    ),
    (
        "print-failed",
        "label not made: render.label_too_small [profile ab12cd34]",
        "标签放不下二维码",
    ),
    (
        "print-failed",
        "label not made: render.payload_unsupported",
        "标签语言无法承载",
    ),
    (
        "print-failed",
        "label not made: render.something_new",
        "未生成标签（render.something_new）",
    ),
];

#[test]
fn every_written_form_is_parsed_and_said_in_chinese_without_its_english_sentence() {
    let zh = new_loader(MESSAGES_DOMAIN, Lang::ZhCn);
    for (event, detail, want) in FORMS {
        let (d, _) = split_profile(detail);
        assert!(
            d.is_empty() || !matches!(parse(event, d), Detail::Stored(_)),
            "{event}: {detail:?} not parsed"
        );
        let said = say(&zh, event, detail);
        assert!(said.translated, "{event}: {detail:?}");
        assert!(
            said.text.contains(want),
            "{event}: {detail:?} → {:?}",
            said.text
        );
        assert_ne!(said.text, *detail, "{event}: {detail:?} left in English");
    }
}

#[test]
fn english_says_every_non_failure_form_exactly_as_stored() {
    let en = new_loader(MESSAGES_DOMAIN, Lang::En);
    for (event, detail, _) in FORMS {
        if FAILURES.contains(event)
            || ["step-retried", "line-reissued", "line-resumed"].contains(event)
        {
            continue; // said in the station's words
        }
        assert_eq!(say(&en, event, detail).text, *detail, "{event}");
    }
}

#[test]
fn the_parts_are_named() {
    assert_eq!(
        parse("imported", "batch 12 from a row 3.csv row 40"),
        Detail::Batch {
            batch: "12",
            file: "a row 3.csv",
            row: "40"
        }
    );
    assert_eq!(
        parse("flashed", "no flasher: hello: world"),
        Detail::Flashed {
            ms: None,
            verified: false,
            log: Some("hello: world")
        }
    );
    assert_eq!(
        parse("label-printed", "reprint: zpl label ×2 to stdout"),
        Detail::LineLabel {
            reprint: true,
            format: "zpl",
            copies: "2",
            to: Dest::Stdout
        }
    );
    assert_eq!(split_profile("x [profile ab12]"), ("x", Some("ab12")));
    assert_eq!(split_profile("x [profile a b]"), ("x [profile a b]", None));
}

#[test]
fn an_unknown_detail_is_shown_as_stored() {
    let zh = new_loader(MESSAGES_DOMAIN, Lang::ZhCn);
    for (event, detail) in [
        ("line-reissued", "label was smudged"),
        ("line-reissued", "标签污损 [profile ab12]"),
        ("registered", "something a later release writes"),
        ("no-such-event", "batch 1 from x row 2"),
        ("flashed", "flasher exit 1 in 3 ms"),
        ("step-retried", "dance attempt 1 of 2 failed: x"),
    ] {
        let said = say(&zh, event, detail);
        let (d, _) = split_profile(detail);
        assert!(!said.translated, "{event}: {detail:?}");
        assert!(said.text.starts_with(d), "{event}: {:?}", said.text);
    }
}
