//! The project's Markdown pages, for the documentation tests (`docs_*`): README*.md and
//! CONTRIBUTING.md at the root, and every page under `docs/` (both books and
//! `docs/contrib/`), as paths relative to the repository root.

use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every Markdown page a reader can reach, sorted. Fixture directories of transcripts
/// (`page.in/`, `page.out/`) hold data, not pages, and are skipped.
pub fn markdown_pages() -> Vec<String> {
    let mut pages = Vec::new();
    for e in std::fs::read_dir(ROOT).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if (name.starts_with("README") || name == "CONTRIBUTING.md") && name.ends_with(".md") {
            pages.push(name);
        }
    }
    fn walk(dir: &Path, rel: &str, pages: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            let rel = format!("{rel}/{name}");
            if e.file_type().unwrap().is_dir() {
                if !name.ends_with(".in") && !name.ends_with(".out") {
                    walk(&e.path(), &rel, pages);
                }
            } else if name.ends_with(".md") {
                pages.push(rel);
            }
        }
    }
    walk(&Path::new(ROOT).join("docs"), "docs", &mut pages);
    pages.sort();
    pages
}

/// The contents of a page named as [`markdown_pages`] names it.
pub fn read(page: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(page)).unwrap()
}
