//! Lists Chinese pages whose English source changed since they were last translated
//! (issue 18). English is the source language of the books: each page of docs/zh-CN/src
//! starts with `<!-- en: PATH sha256:XXXXXXXX -->`, naming its English page under
//! docs/en/src and the first 8 hex digits of that page's SHA-256 when it was translated.
//! After bringing a Chinese page up to date with its English source, record that with
//!     WECOM_HW_BLESS_TRANSLATIONS=1 cargo test --test it docs_translations::
//! (it rewrites the hashes of every listed page: bless only pages you updated).

use super::support::docs::{markdown_pages, read};
use sha2::{Digest, Sha256};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const ZH: &str = "docs/zh-CN/src/";
/// Pages that are not translations: the table of contents and the generated reference
/// pages (`gen-assets` writes them in each language).
const NOT_TRANSLATED: &[&str] = &[
    "SUMMARY.md",
    "reference/commands.md",
    "reference/errcodes.md",
];

fn short_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn chinese_pages_are_translations_of_the_current_english() {
    let bless = std::env::var_os("WECOM_HW_BLESS_TRANSLATIONS").is_some();
    let mut stale = Vec::new();
    let mut pages = 0;
    for page in markdown_pages() {
        let Some(rel) = page.strip_prefix(ZH) else {
            continue;
        };
        if NOT_TRANSLATED.contains(&rel) {
            continue;
        }
        pages += 1;
        let text = read(&page);
        let first = text.lines().next().unwrap_or_default();
        let Some(marker) = first
            .strip_prefix("<!-- en: ")
            .and_then(|m| m.strip_suffix(" -->"))
        else {
            stale.push(format!(
                "{page}: first line is not `<!-- en: PATH sha256:… -->`"
            ));
            continue;
        };
        let (source, recorded) = match marker.split_once(" sha256:") {
            Some((s, h)) => (s, Some(h)),
            None => (marker, None),
        };
        let source_path = format!("{ROOT}/docs/en/src/{source}");
        let Ok(english) = std::fs::read(&source_path) else {
            stale.push(format!(
                "{page}: its source docs/en/src/{source} does not exist"
            ));
            continue;
        };
        let now = short_sha256(&english);
        if recorded == Some(now.as_str()) {
            continue;
        }
        if bless {
            let rest = &text[first.len()..];
            let line = format!("<!-- en: {source} sha256:{now} -->");
            std::fs::write(format!("{ROOT}/{page}"), line + rest).unwrap();
        } else {
            stale.push(format!(
                "{page}: docs/en/src/{source} changed since it was translated \
                 (recorded {}, now {now})",
                recorded.unwrap_or("nothing")
            ));
        }
    }
    assert!(pages >= 10, "only {pages} Chinese pages found");
    assert!(
        stale.is_empty(),
        "Chinese pages to bring up to date with their English source (then run \
         `WECOM_HW_BLESS_TRANSLATIONS=1 cargo test --test it docs_translations::`):\n{}",
        stale.join("\n")
    );
}

#[test]
fn every_english_page_has_a_chinese_twin() {
    // Chinese readers come first (issue 18): a page only the English book has is a page they
    // cannot read, so each one has its translation at the same path.
    const EN: &str = "docs/en/src/";
    let pages = markdown_pages();
    let missing: Vec<&String> = pages
        .iter()
        .filter_map(|p| p.strip_prefix(EN).map(|rel| (p, rel)))
        .filter(|(_, rel)| !pages.contains(&format!("{ZH}{rel}")))
        .map(|(p, _)| p)
        .collect();
    assert!(
        missing.is_empty(),
        "English pages without a Chinese twin under {ZH}: {missing:#?}"
    );
}
