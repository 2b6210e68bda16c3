//! `wecom-hw import` of the other formats: the committed .xls (xlwt) and GBK .csv
//! fixtures (see tests/data/import/make_fixtures.py), and UTF-8 CSV with and without BOM.

use crate::support::import::*;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/import");

fn xls_with_a_title_row_and_numeric_cells(b: Backend) {
    let env = Env::on(b);
    let (code, v, _) = env.import_json(&[&format!("{DATA}/console-export.xls")]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["format"], "xls");
    assert_eq!(v["sheet"], "设备列表");
    assert_eq!(v["header_row"], 2);
    assert_eq!(v["counts"]["new"], 3);
    // The SN typed as a number (row 4) and the numeric device id (row 5) are warnings.
    let w: Vec<(u64, &str)> = problems(&v, "warning")
        .iter()
        .map(|p| (p["row"].as_u64().unwrap(), p["column"].as_str().unwrap()))
        .collect();
    assert_eq!(w, vec![(4, "A"), (5, "C")]);
    let o = env
        .cmd()
        .args(["devices", "show", "20000000002", "--json"])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["device_id"], "43");
    assert_eq!(d["hw_code"], "xlstwo");
}

fn gbk_csv_is_decoded(b: Backend) {
    let env = Env::on(b);
    let (code, v, _) = env.import_json(&[&format!("{DATA}/console-export-gbk.csv")]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["encoding"], "gbk");
    assert_eq!(v["mapping"][0]["header"], "序列号");
    assert_eq!(v["counts"]["new"], 3);
    let o = env
        .cmd()
        .args(["devices", "show", "g00000000002", "--json"])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["remark"], "一号线样机");
}

fn utf8_csv_with_and_without_bom_give_the_same_units(b: Backend) {
    let env = Env::on(b);
    let body = format!(
        "序列号,SecretNo,设备ID,二维码\nC1,{},1,{}\nC2,{},2,{}\n",
        secret(1),
        url("a"),
        secret(2),
        url("b")
    );
    let plain = env.path("plain.csv");
    std::fs::write(&plain, &body).unwrap();
    let bom = env.path("bom.csv");
    std::fs::write(&bom, format!("\u{feff}{body}")).unwrap();
    let (code, v, _) = env.import_json(&[plain.to_str().unwrap()]);
    assert_eq!(
        (code, &v["encoding"], &v["counts"]["new"]),
        (0, &"utf8".into(), &2.into())
    );
    // Same units again, from the BOM file: nothing new, nothing changed.
    let before = env.store_hash();
    let (code, v, _) = env.import_json(&[bom.to_str().unwrap()]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["encoding"], "utf8-bom");
    assert_eq!(v["counts"]["unchanged"], 2);
    assert_eq!(v["committed"], false);
    assert_eq!(env.store_hash(), before);
}

fn csv_with_an_sn_excel_showed_in_scientific_notation_is_an_error(b: Backend) {
    let env = Env::on(b);
    let f = env.path("sci.csv");
    std::fs::write(
        &f,
        format!("SN;SecretNo\n3.38915E+12;{}\nE2;{}\n", secret(1), secret(2)),
    )
    .unwrap();
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 3);
    let e = problems(&v, "error");
    assert_eq!(e.len(), 1);
    assert_eq!((&e[0]["row"], &e[0]["column"]), (&2.into(), &"A".into()));
    assert!(
        e[0]["message"]
            .as_str()
            .unwrap()
            .contains("digits are lost")
    );
}

fn unknown_extension_needs_format(b: Backend) {
    let env = Env::on(b);
    let f = env.path("export.dat");
    std::fs::write(&f, format!("sn,secret_no\nE1,{}\n", secret(1))).unwrap();
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .code(2);
    let (code, v, _) = env.import_json(&[f.to_str().unwrap(), "--format", "csv"]);
    assert_eq!((code, &v["counts"]["new"]), (0, &1.into()));
}

fn a_header_without_data_rows_is_an_error(b: Backend) {
    let env = Env::on(b);
    let f = env.path("empty.csv");
    std::fs::write(&f, "SN,SecretNo\n,\n").unwrap();
    let (code, v, _) = env.import_json(&[f.to_str().unwrap()]);
    assert_eq!(code, 3, "{v}");
    assert!(
        problems(&v, "error")[0]["message"]
            .as_str()
            .unwrap()
            .contains("no data rows")
    );
}

fn ods_is_read_with_the_same_rules(b: Backend) {
    let env = Env::on(b);
    let (code, v, _) = env.import_json(&[&format!("{DATA}/console-export.ods")]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(
        (&v["format"], &v["sheet"]),
        (&"ods".into(), &"Devices".into())
    );
    assert_eq!(v["counts"]["new"], 2);
    let w = problems(&v, "warning");
    assert_eq!(
        (w.len(), &w[0]["row"], &w[0]["column"]),
        (1, &3.into(), &"A".into())
    );
    env.cmd()
        .args(["devices", "show", "3389153100001"])
        .assert()
        .success();
}

crate::support::store::both_backends!(
    xls_with_a_title_row_and_numeric_cells,
    gbk_csv_is_decoded,
    utf8_csv_with_and_without_bom_give_the_same_units,
    csv_with_an_sn_excel_showed_in_scientific_notation_is_an_error,
    unknown_extension_needs_format,
    a_header_without_data_rows_is_an_error,
    ods_is_read_with_the_same_rules,
);
