//! The README's list of error codes is the code table (`src/error_code.rs`), generated.
//! When this fails after a code was added, regenerate the list with
//!     WECOM_HW_UPDATE_README=1 cargo test --test it readme_error_codes::
//! and commit README.md.

use wecom_hw::error_code::ErrorCode;

const BEGIN: &str =
    "<!-- error codes: generated from src/error_code.rs by ErrorCode::readme_table -->\n";
const END: &str = "<!-- end of error codes -->";

#[test]
fn readme_lists_exactly_the_error_code_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("README has the error-codes start marker")
        + BEGIN.len();
    let len = readme[start..]
        .find(END)
        .expect("README has the error-codes end marker");
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
        "README's error codes differ from src/error_code.rs: run \
         `WECOM_HW_UPDATE_README=1 cargo test --test it readme_error_codes::` and commit README.md\n\
         expected:\n{fresh}"
    );
}

#[test]
fn every_code_the_readme_names_exists() {
    // Codes quoted elsewhere in the README (examples, prose) must be real ones.
    let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
    let known: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    for quoted in readme.split("\"code\":\"").skip(1) {
        let code = quoted.split('"').next().unwrap();
        assert!(known.contains(&code), "README shows unknown code {code:?}");
    }
}
