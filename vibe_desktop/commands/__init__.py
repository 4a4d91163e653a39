"""The scripting subcommands of vibe-desktop: one module each, each with run(args) -> int."""
