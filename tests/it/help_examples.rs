//! `--help` teaches: every command a user can reach shows at least one example of its use,
//! in both the short (`-h`) and the long (`--help`, man page) form.

use clap::CommandFactory;

fn walk(cmd: &mut clap::Command, path: String, missing: &mut Vec<String>) {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(|s| s.get_name().to_string())
        .collect();
    for (form, text) in [
        ("-h", cmd.render_help().to_string()),
        ("--help", cmd.render_long_help().to_string()),
    ] {
        if !text.contains("Example") {
            missing.push(format!("{path} {form}"));
        }
    }
    for name in subs {
        let sub = cmd.find_subcommand_mut(&name).unwrap();
        walk(sub, format!("{path} {name}"), missing);
    }
}

#[test]
fn every_command_shows_an_example_in_its_help() {
    let mut cmd = wecom_hw::cli::Cli::command();
    cmd.build();
    let mut missing = Vec::new();
    walk(&mut cmd, "wecom-hw".into(), &mut missing);
    assert!(
        missing.is_empty(),
        "commands whose help has no Examples section:\n  {}",
        missing.join("\n  ")
    );
}
