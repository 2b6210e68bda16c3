//! The README and the book promise things a user will try: the first two commands of the
//! README and the book's exit-code table (docs/en/src/reference/exit-codes.md, moved there
//! from the README) must stay true.

use wecom_hw::output::ExitClass;

const README: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"));
const EXIT_CODES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/en/src/reference/exit-codes.md"
));

#[test]
fn exit_code_table_lists_every_class() {
    for class in ExitClass::ALL {
        let row = format!("| {} |", class.code());
        assert!(
            EXIT_CODES.contains(&row),
            "the book's exit-code page lacks exit code {}",
            class.code()
        );
    }
    // and the same table is in `--help`
    for class in ExitClass::ALL {
        let line = format!("{:>4}  ", class.code());
        assert!(
            wecom_hw::cli::EXIT_CODES_HELP.contains(&line),
            "--help lacks exit code {}",
            class.code()
        );
    }
}

#[test]
fn first_lines_give_the_two_setup_commands() {
    let block: Vec<&str> = README
        .split("```sh\n")
        .nth(1)
        .expect("a sh block near the top")
        .split("```")
        .next()
        .unwrap()
        .lines()
        .collect();
    assert_eq!(block.len(), 2, "exactly two set-up commands: {block:?}");
    assert!(
        block[0].starts_with("cargo run --release -- "),
        "{}",
        block[0]
    );
    assert_eq!(block[1], "bash .ci/test");
    // The test command is the one CI runs.
    let ci = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/run")).unwrap();
    assert!(ci.contains("bash .ci/test"));
    // The README's main job only uses files that ship in the repo.
    for word in block[0].split_whitespace() {
        if word.starts_with("examples/") {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(word);
            assert!(p.exists(), "{word} is not in the repo");
        }
    }
}
