//! Hidden `gen-assets DIR`: shell completions and man pages from the clap definitions.
//! The committed `completions/` and `man/` are this command's output; a test regenerates
//! them and fails when they differ.

use crate::cli::Cli;
use crate::output::Output;
use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;
use std::path::Path;

/// Writes `DIR/completions/*` and `DIR/man/*.1`.
pub fn run(dir: &Path, out: &Output) -> Result<()> {
    let comp = dir.join("completions");
    let man = dir.join("man");
    std::fs::create_dir_all(&comp).with_context(|| format!("creating {}", comp.display()))?;
    std::fs::create_dir_all(&man).with_context(|| format!("creating {}", man.display()))?;
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut cmd = Cli::command();
        let path = clap_complete::generate_to(shell, &mut cmd, "wecom-hw", &comp)
            .with_context(|| format!("writing {shell} completions"))?;
        out.debug(format!("wrote {}", path.display()));
    }
    let cmd = Cli::command();
    clap_mangen::generate_to(cmd, &man).context("writing man pages")?;
    out.info(format!(
        "wrote completions to {} and man pages to {}",
        comp.display(),
        man.display()
    ));
    Ok(())
}
