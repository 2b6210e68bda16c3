//! Both decode-back checks (`--verify grid`, the default, and `--verify full`) pass on real
//! output and give the same files; `--no-verify` cannot be combined with a mode.

use crate::support::qr::*;

const HW: &str = "lS5AbCdEfGhIjKlM";

#[test]
fn grid_and_full_checks_pass_and_change_nothing_in_the_output() {
    let d = tempfile::tempdir().unwrap();
    for ext in ["png", "zpl", "pdf"] {
        let mut outs = Vec::new();
        for mode in ["grid", "full"] {
            let p = d.path().join(format!("{mode}.{ext}"));
            let o = bin()
                .args(["qr", "static", "--hw-code", HW, "--sn", "E30000000001"])
                .args([
                    "--label", "30x20", "--dpi", "203", "--verify", mode, "--json",
                ])
                .arg("-o")
                .arg(&p)
                .assert()
                .success();
            let v: serde_json::Value =
                serde_json::from_slice(o.get_output().stdout.trim_ascii()).unwrap();
            assert_eq!(v["verified"], true, "{ext} {mode}");
            outs.push(std::fs::read(&p).unwrap());
        }
        assert_eq!(
            outs[0], outs[1],
            "{ext}: the check mode must not change the file"
        );
        if ext == "png" {
            assert_eq!(decode_png(&outs[0]), vec![format!("{HW_URL}{HW}")]);
        }
    }
}

#[test]
fn batch_with_full_check_writes_decodable_labels() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("units.csv");
    std::fs::write(&csv, "sn,hw_code\nE1,AAAA1111\nE2,BBBB2222\nE3,CCCC3333\n").unwrap();
    for mode in ["grid", "full"] {
        let out = d.path().join(mode);
        bin()
            .args(["qr", "static", "--input"])
            .arg(&csv)
            .args(["--name", "{sn}.png", "--dots", "3", "--no-caption"])
            .args(["--verify", mode, "--threads", "2", "--out-dir"])
            .arg(&out)
            .assert()
            .success();
        for (sn, hw) in [("E1", "AAAA1111"), ("E2", "BBBB2222"), ("E3", "CCCC3333")] {
            let png = std::fs::read(out.join(format!("{sn}.png"))).unwrap();
            assert_eq!(decode_png(&png), vec![format!("{HW_URL}{hw}")], "{mode}");
        }
    }
}

#[test]
fn no_verify_conflicts_with_a_mode() {
    bin()
        .args([
            "qr",
            "url",
            "x",
            "--format",
            "term",
            "--no-verify",
            "--verify",
            "full",
        ])
        .assert()
        .code(2);
}
