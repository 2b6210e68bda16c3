//! The books' list of error codes (docs/{en,zh-CN}/src/reference/exit-codes.md, once the
//! README's) is the code table (`src/error_code.rs`), generated. When this fails after a code was
//! added, regenerate the list with
//!     WECOM_HW_UPDATE_README=1 cargo test --test it readme_error_codes::
//! and commit the page.

use wecom_hw::error_code::ErrorCode;

const BEGIN: &str =
    "<!-- error codes: generated from src/error_code.rs by ErrorCode::readme_table -->\n";
const END: &str = "<!-- end of error codes -->";

#[test]
fn readme_lists_exactly_the_error_code_table() {
    // Both books carry the table (the Chinese page with the same generated rows).
    for page in [
        "/docs/en/src/reference/exit-codes.md",
        "/docs/zh-CN/src/reference/exit-codes.md",
    ] {
        check_page(&format!("{}{page}", env!("CARGO_MANIFEST_DIR")));
    }
}

fn check_page(path: &str) {
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("the exit-codes page has the error-codes start marker")
        + BEGIN.len();
    let len = readme[start..]
        .find(END)
        .expect("the exit-codes page has the error-codes end marker");
    let fresh = ErrorCode::readme_table();
    if readme[start..start + len] == fresh {
        return;
    }
    if std::env::var_os("WECOM_HW_UPDATE_README").is_some() {
        let updated = format!("{}{fresh}{}", &readme[..start], &readme[start + len..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    panic!(
        "the book's error codes in {path} differ from src/error_code.rs: run \
         `WECOM_HW_UPDATE_README=1 cargo test --test it readme_error_codes::` and commit \
         the page\n\
         expected:\n{fresh}"
    );
}

#[test]
fn every_code_the_readme_names_exists() {
    // Codes quoted anywhere in the README or the books (examples, prose) must be real ones.
    let known: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    for page in super::support::docs::markdown_pages() {
        let text = super::support::docs::read(&page);
        for quoted in text.split("\"code\":\"").skip(1) {
            let code = quoted.split('"').next().unwrap();
            assert!(known.contains(&code), "{page} shows unknown code {code:?}");
        }
    }
}
