//! Writes a fake registration export like the vendor console's (the real layout is not
//! published: a title row, Chinese headers, one row per unit). Fake SNs and SecretNos,
//! derived deterministically so the file is the same on every run.
//!
//!     cargo run --example gen_export -- examples/registration-export.xlsx 20
//!     cargo run --release --example gen_export -- /tmp/big.xlsx 100000
//!
//! A `.csv` target gets the same rows as UTF-8 with BOM.

use sha2::{Digest, Sha256};
use std::io::Write;

const HEADERS: [&str; 6] = [
    "序列号",
    "SecretNo",
    "设备ID",
    "二维码链接",
    "型号ID",
    "备注",
];

fn row(i: u64) -> [String; 6] {
    let sn = format!("E3{:010}", 1 + i);
    let h = Sha256::digest(format!("wecom-hw sample {sn}").as_bytes());
    let secret = hex::encode(&h[..16]);
    let device_id = (7_000_000_000_000_000u64 + i * 7919).to_string();
    let hw_code = hex::encode(&h[16..28]);
    [
        sn,
        secret,
        device_id,
        format!("https://open.work.weixin.qq.com/connect/hardware?hw_code={hw_code}"),
        "wwm_sample_A1".to_owned(),
        if i.is_multiple_of(5) {
            "样机".to_owned()
        } else {
            String::new()
        },
    ]
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: gen_export OUT.xlsx|OUT.csv [ROWS]")?;
    let rows: u64 = args.get(1).map(|n| n.parse()).transpose()?.unwrap_or(20);
    if path.ends_with(".csv") {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
        f.write_all(b"\xEF\xBB\xBF")?;
        let mut w = csv::Writer::from_writer(f);
        w.write_record(HEADERS)?;
        for i in 0..rows {
            w.write_record(row(i))?;
        }
        w.flush()?;
        return Ok(());
    }
    let mut wb = rust_xlsxwriter::Workbook::new();
    let text = rust_xlsxwriter::Format::new().set_num_format("@");
    let ws = wb.add_worksheet();
    ws.set_name("设备列表")?;
    ws.write_string(0, 0, "企业微信硬件 设备登记导出（样例，虚构数据）")?;
    for (c, h) in HEADERS.iter().enumerate() {
        ws.write_string(1, c as u16, *h)?;
    }
    for i in 0..rows {
        for (c, v) in row(i).iter().enumerate() {
            if !v.is_empty() {
                ws.write_string_with_format(2 + i as u32, c as u16, v, &text)?;
            }
        }
    }
    wb.save(path)?;
    Ok(())
}
