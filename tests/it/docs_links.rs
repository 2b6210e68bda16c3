//! Every relative link and anchor in README*.md, CONTRIBUTING.md and docs/** resolves: a
//! page moved or a heading renamed fails here, not in a reader's browser (issue 18).
//! Anchors are computed as mdBook and GitHub compute them: lower case, spaces to `-`,
//! other punctuation dropped, `-1`, `-2` … for repeated headings.

use super::support::docs::{markdown_pages, read};
use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Pages another branch adds: a link to one of them may point ahead until it lands
/// (README.zh-CN.md comes with the Chinese README of issue 14). Once it exists, its
/// anchors are checked like any other page's.
const LANDING_LATER: &[&str] = &["README.zh-CN.md"];

/// The text outside fenced code blocks, one entry per line.
fn prose(text: &str) -> Vec<&str> {
    let mut fenced = false;
    text.lines()
        .filter(|l| {
            if l.starts_with("```") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .collect()
}

/// The anchors a page's headings get.
fn anchors(text: &str) -> HashSet<String> {
    let mut seen = HashSet::new();
    for line in prose(text) {
        let Some(title) = line.strip_prefix('#').map(|t| t.trim_start_matches('#')) else {
            continue;
        };
        if !title.starts_with(' ') {
            continue;
        }
        let base: String = title
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
            .map(|c| if c == ' ' { '-' } else { c })
            .collect();
        let mut id = base.clone();
        let mut n = 0;
        while seen.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        seen.insert(id);
    }
    seen
}

/// The link targets of a line: `](target)` outside inline code.
fn targets(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, span) in line.split('`').enumerate() {
        if i % 2 == 1 {
            continue;
        }
        for part in span.split("](").skip(1) {
            if let Some(end) = part.find(')') {
                out.push(part[..end].trim().to_owned());
            }
        }
    }
    out
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn every_relative_link_and_anchor_resolves() {
    let pages = markdown_pages();
    assert!(pages.len() > 30, "only {} pages found", pages.len());
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let text = read(page);
        let dir = Path::new(page).parent().unwrap_or(Path::new(""));
        let mut fenced = false;
        for (n, line) in text.lines().enumerate() {
            // Fenced lines are code, not links.
            if line.starts_with("```") {
                fenced = !fenced;
            }
            if fenced || line.starts_with("```") {
                continue;
            }
            for target in targets(line) {
                if target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                checked += 1;
                let (path, anchor) = match target.split_once('#') {
                    Some((p, a)) => (p, Some(a)),
                    None => (target.as_str(), None),
                };
                let rel = if path.is_empty() {
                    PathBuf::from(page)
                } else {
                    normalize(&dir.join(path))
                };
                let full = Path::new(ROOT).join(&rel);
                let place = format!("{page}:{}: {target}", n + 1);
                if !full.exists() {
                    if !LANDING_LATER.contains(&rel.to_string_lossy().as_ref()) {
                        broken.push(format!("{place} (no such file {})", rel.display()));
                    }
                    continue;
                }
                if let Some(anchor) = anchor {
                    let target_text = std::fs::read_to_string(&full).unwrap_or_default();
                    if !anchors(&target_text).contains(anchor) {
                        broken.push(format!("{place} (no heading #{anchor})"));
                    }
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} links checked");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn anchors_are_computed_as_mdbook_does() {
    let a = anchors("# Be the device: `wecom-hw connect`\n## Benchmark\n## Benchmark\n## 术语表\n");
    for id in [
        "be-the-device-wecom-hw-connect",
        "benchmark",
        "benchmark-1",
        "术语表",
    ] {
        assert!(a.contains(id), "{id}: {a:?}");
    }
}

#[test]
fn every_book_page_is_in_its_table_of_contents() {
    // mdBook renders only what SUMMARY.md lists: a page left out is unreachable in the
    // built book, though it would still pass the link check above.
    for book in ["docs/en/src/", "docs/zh-CN/src/"] {
        let summary = read(&format!("{book}SUMMARY.md"));
        let listed: HashSet<String> = prose(&summary).iter().flat_map(|l| targets(l)).collect();
        let missing: Vec<String> = markdown_pages()
            .into_iter()
            .filter_map(|p| p.strip_prefix(book).map(str::to_owned))
            .filter(|p| p != "SUMMARY.md" && !listed.contains(p))
            .collect();
        assert!(missing.is_empty(), "{book}SUMMARY.md lacks {missing:?}");
    }
}

/// The pages a reader reaches from `start` by following relative links to Markdown pages
/// within `within` (one language), each with the path of pages that led there.
fn reachable(start: &str, within: &[&str]) -> std::collections::HashMap<String, Vec<String>> {
    let mut seen = std::collections::HashMap::new();
    seen.insert(start.to_owned(), vec![start.to_owned()]);
    let mut queue = std::collections::VecDeque::from([start.to_owned()]);
    while let Some(page) = queue.pop_front() {
        let text = read(&page);
        let dir = Path::new(&page).parent().unwrap_or(Path::new(""));
        for line in prose(&text) {
            for t in targets(line) {
                let file = t.split('#').next().unwrap_or_default();
                if file.is_empty() || file.contains("://") || !file.ends_with(".md") {
                    continue;
                }
                let next = normalize(&dir.join(file)).to_string_lossy().into_owned();
                if !within.iter().any(|w| next.starts_with(w)) || seen.contains_key(&next) {
                    continue;
                }
                let mut path = seen[&page].clone();
                path.push(next.clone());
                seen.insert(next.clone(), path);
                queue.push_back(next);
            }
        }
    }
    seen
}

#[test]
fn a_newcomer_reaches_a_station_a_bound_device_and_a_provisioned_one_by_links() {
    // Issue 18: starting at the README of their language and following links only (never
    // into the other language), a reader finds a working station, a device bound on the
    // emulator and a device provisioned over Bluetooth; each page shows the commands and
    // what they print (those transcripts run in docs_flows, docs_connect_flow and
    // docs_transcripts).
    for (readme, book, shows) in [
        (
            "README.zh-CN.md",
            "docs/zh-CN/src/",
            [
                ("line/station.md", "工位已停止：合格 2 台"),
                ("technician/connect.md", "已绑定企业：secret 已保存"),
                ("technician/ble.md", "结果    Wi-Fi \"TestAP\"：已连接"),
            ],
        ),
        (
            "README.md",
            "docs/en/src/",
            [
                ("line/station.md", "station stopped: 2 PASS, 0 FAIL"),
                ("technician/connect.md", "bound to a corp: secret stored"),
                (
                    "technician/ble.md",
                    "result      Wi-Fi \"TestAP\": connected",
                ),
            ],
        ),
    ] {
        let seen = reachable(readme, &[book, readme]);
        for (page, outcome) in shows {
            let page = format!("{book}{page}");
            assert!(
                seen.contains_key(&page),
                "{page} cannot be reached from {readme} by links within {book}"
            );
            assert!(
                read(&page).contains(outcome),
                "{page} does not show {outcome:?}"
            );
        }
    }
}

#[test]
fn the_readmes_stay_short() {
    // Issue 18: the README says what the tool is for, how to install it and where to read
    // on; everything else lives in the books. 15 KB each, in either language.
    for readme in ["README.md", "README.zh-CN.md"] {
        let size = read(readme).len();
        assert!(
            size <= 15 * 1024,
            "{readme} is {size} bytes, over 15 KB: move the detail into a page of the book"
        );
    }
}
