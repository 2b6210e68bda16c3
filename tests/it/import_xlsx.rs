//! `wecom-hw import` of spreadsheets written by rust_xlsxwriter: the layouts the console
//! might produce, and every row problem the issue lists.

use crate::support::import::*;
use predicates::prelude::*;

fn title_row_full_width_and_spaced_chinese_headers_are_found_and_mapped(b: Backend) {
    let env = Env::on(b);
    let f = env.path("export.xlsx");
    let mut rows = vec![
        vec![s("企业微信 设备登记 2026-11-28")],
        vec![
            s("ＳＮ "),
            s(" 设备 密钥"),
            s("设备ＩＤ"),
            s("二维码 链接"),
            s("颜色"),
        ],
    ];
    for r in good_rows(1, 3).into_iter().skip(1) {
        let mut r = r;
        r.push(s("red"));
        rows.push(r);
    }
    write_xlsx(&f, &[("设备列表", rows)]);
    let out = env
        .cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 3 units"))
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("header on row 2"), "{err}");
    for (col, field) in [
        ("A", "sn"),
        ("B", "secret_no"),
        ("C", "device_id"),
        ("D", "qr_url"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.contains(&format!("column {col}")) && l.ends_with(field)),
            "column {col} → {field} missing:\n{err}"
        );
    }
    assert!(err.contains("\"颜色\" → ignored"), "{err}");
    // The secret never shows in the report.
    assert!(!err.contains(&secret(1)));
}

fn english_headers_on_a_second_sheet_are_found_and_sheet_can_be_forced(b: Backend) {
    let env = Env::on(b);
    let f = env.path("export.xlsx");
    let mut rows = good_rows(1, 2);
    rows[0] = vec![s("device_sn"), s("secretNo"), s("DeviceId"), s("QRCode")];
    write_xlsx(
        &f,
        &[
            (
                "说明",
                vec![vec![s("本文件由控制台导出")], vec![s("请勿修改")]],
            ),
            ("Devices", rows),
        ],
    );
    let (code, v, _) = env.import_json(&[f.to_str().unwrap(), "--dry-run"]);
    assert_eq!(code, 0);
    assert_eq!(v["sheet"], "Devices");
    assert_eq!(v["counts"]["new"], 2);
    // Forcing the first sheet fails: it has no header, and the error shows its first row.
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--sheet", "说明"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("本文件由控制台导出"));
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--sheet", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Devices"));
}

fn exact_numeric_sn_is_a_warning_and_a_lossy_one_an_error_naming_row_and_column(b: Backend) {
    let env = Env::on(b);
    let exact = env.path("exact.xlsx");
    let mut rows = good_rows(1, 2);
    rows[1][0] = C::N(3389153100001.0);
    write_xlsx(&exact, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[exact.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["counts"]["new"], 2);
    let w = problems(&v, "warning");
    assert_eq!(w.len(), 1, "{v}");
    assert_eq!(w[0]["row"], 2);
    assert_eq!(w[0]["column"], "A");
    assert!(w[0]["message"].as_str().unwrap().contains("3389153100001"));
    env.cmd()
        .args(["devices", "show", "3389153100001"])
        .assert()
        .success();

    let lossy = env.path("lossy.xlsx");
    let mut rows = good_rows(10, 3);
    rows[3][0] = C::N(12345678901234567890.0);
    write_xlsx(&lossy, &[("Sheet1", rows)]);
    let before = env.store_hash();
    env.cmd()
        .args(["import", lossy.to_str().unwrap()])
        .assert()
        .code(3)
        .stdout(predicate::str::contains("nothing imported"))
        .stderr(predicate::str::contains(
            "sheet \"Sheet1\", row 4, column A (SN)",
        ))
        .stderr(predicate::str::contains("cannot be read exactly"));
    assert_eq!(
        env.store_hash(),
        before,
        "a failed import changed the store"
    );
}

fn trailing_blank_rows_are_ignored_and_a_blank_row_inside_is_noted(b: Backend) {
    let env = Env::on(b);
    let f = env.path("blank.xlsx");
    let mut rows = good_rows(1, 4);
    rows.insert(3, vec![C::E, s("  ")]);
    rows.push(vec![C::E, C::E]);
    rows.push(vec![s(" ")]);
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["counts"]["new"], 4);
    assert_eq!(v["counts"]["rows"], 4);
    let notes = problems(&v, "info");
    assert_eq!(notes.len(), 1, "{v}");
    assert_eq!(notes[0]["row"], 4);
}

fn duplicate_sns_in_the_file_differing_only_in_case_are_errors(b: Backend) {
    let env = Env::on(b);
    let f = env.path("dup.xlsx");
    let mut rows = good_rows(1, 3);
    rows[3][0] = s("e30000000001");
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert_eq!(v["committed"], false);
    let e = problems(&v, "error");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0]["row"], 4);
    assert!(e[0]["message"].as_str().unwrap().contains("repeats row 2"));
    assert!(
        !env.store_exists(),
        "a failed first import created the store"
    );
}

fn a_seed_batch_is_detected_and_recorded(b: Backend) {
    let env = Env::on(b);
    let f = env.path("seed.xlsx");
    let mut rows = good_rows(1, 3);
    for r in rows.iter_mut().skip(1) {
        r[1] = s(&secret(99));
    }
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["secret_kind"], "seed");
    assert!(
        problems(&v, "warning")
            .iter()
            .any(|p| p["message"].as_str().unwrap().contains("get_secret_no"))
    );
    let shown = env
        .cmd()
        .args(["devices", "show", "E30000000002", "--json"])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(d["secret_kind"], "seed");
}

fn some_rows_sharing_a_secret_is_neither_seed_nor_per_device(b: Backend) {
    let env = Env::on(b);
    let f = env.path("mixed.xlsx");
    let mut rows = good_rows(1, 4);
    rows[3][1] = s(&secret(1));
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 3);
    let e = problems(&v, "error");
    assert_eq!(
        (e.len(), &e[0]["row"], &e[0]["column"]),
        (1, &4.into(), &"B".into())
    );
}

fn a_url_of_the_wrong_form_and_a_bad_device_id_are_errors(b: Backend) {
    let env = Env::on(b);
    let f = env.path("url.xlsx");
    let mut rows = good_rows(1, 3);
    rows[1][3] = s("https://open.work.weixin.qq.com/connect/hardware?sn=E3&type=qrcode");
    rows[2][2] = s("12ab");
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 3);
    let e: Vec<(u64, String)> = problems(&v, "error")
        .iter()
        .map(|p| {
            (
                p["row"].as_u64().unwrap(),
                p["column"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(e, vec![(2, "D".into()), (3, "C".into())]);
}

fn explicit_column_mapping_by_header_and_letter(b: Backend) {
    let env = Env::on(b);
    let f = env.path("odd.xlsx");
    let mut rows = good_rows(1, 2);
    rows[0] = vec![s("编号"), s("口令"), s("设备ID"), s("二维码")];
    write_xlsx(&f, &[("Sheet1", rows)]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no header row"))
        .stderr(predicate::str::contains("--column sn="));
    let (code, v, _) = env.import_json(&[
        f.to_str().unwrap(),
        "--column",
        "sn=编号",
        "--column",
        "secret_no=B",
    ]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["counts"]["new"], 2);
    assert_eq!(v["mapping"][1]["how"], "explicit");
    assert_eq!(v["mapping"][1]["field"], "secret_no");
}

fn large_files_print_milestone_lines_when_stderr_is_not_a_terminal(b: Backend) {
    let env = Env::on(b);
    let f = env.path("large.xlsx");
    write_xlsx(&f, &[("Sheet1", good_rows(1, 10_000))]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("read and checked 10000 rows in"))
        .stderr(predicate::str::contains("store transaction took"))
        .stdout(predicate::str::contains("imported 10000 units"));
}

#[test]
fn the_help_lists_every_default_alias() {
    let o = assert_cmd::Command::cargo_bin("wecom-hw")
        .unwrap()
        .env("WECOM_HW_LANG", "en")
        .args(["import", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(o.stdout).unwrap();
    for (field, aliases) in wecom_hw::core::headers::ALIASES {
        if !wecom_hw::import::IMPORT_FIELDS.contains(field) {
            continue;
        }
        for a in *aliases {
            assert!(
                help.contains(a),
                "alias {a} of {} missing from --help",
                field.name()
            );
        }
    }
}

fn seed_detection_is_per_model_when_there_is_a_model_column(b: Backend) {
    let env = Env::on(b);
    let f = env.path("models.xlsx");
    let mut rows = vec![vec![s("SN"), s("SecretNo"), s("型号ID")]];
    // Model A: three units sharing a seed; model B: its own SecretNo per unit.
    for i in 1..=3u32 {
        rows.push(vec![s(&format!("A{i}")), s(&secret(50)), s("A")]);
        rows.push(vec![s(&format!("B{i}")), s(&secret(60 + i)), s("B")]);
    }
    write_xlsx(&f, &[("Sheet1", rows)]);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    let seed_notes: Vec<_> = problems(&v, "warning")
        .into_iter()
        .filter(|p| p["message"].as_str().unwrap().contains("of model A"))
        .collect();
    assert_eq!(seed_notes.len(), 1, "{v}");
    let kind = |sn: &str| {
        let o = env
            .cmd()
            .args(["devices", "show", sn, "--json"])
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap()["secret_kind"].clone()
    };
    assert_eq!(kind("A2"), "seed");
    assert_eq!(kind("B2"), "per_device");
    env.cmd()
        .args(["devices", "batches"])
        .assert()
        .success()
        .stdout(predicate::str::contains("mixed"));
}

crate::support::store::both_backends!(
    title_row_full_width_and_spaced_chinese_headers_are_found_and_mapped,
    english_headers_on_a_second_sheet_are_found_and_sheet_can_be_forced,
    exact_numeric_sn_is_a_warning_and_a_lossy_one_an_error_naming_row_and_column,
    trailing_blank_rows_are_ignored_and_a_blank_row_inside_is_noted,
    duplicate_sns_in_the_file_differing_only_in_case_are_errors,
    a_seed_batch_is_detected_and_recorded,
    some_rows_sharing_a_secret_is_neither_seed_nor_per_device,
    a_url_of_the_wrong_form_and_a_bad_device_id_are_errors,
    explicit_column_mapping_by_header_and_letter,
    large_files_print_milestone_lines_when_stderr_is_not_a_terminal,
    seed_detection_is_per_model_when_there_is_a_model_column,
);
