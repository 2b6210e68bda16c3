//! The integration tests: one binary, one module per area and topic (`line_next`,
//! `connect_store`, …), and the code they share under `support/`, declared once. One binary
//! links the crate once instead of once per test file.
//!
//! A test's name starts with its module, so `cargo test --test it line_next` runs one file's
//! tests and `cargo test --test it line_` an area. All tests run in one process: a test
//! that changes the process (its environment, its limits, its current directory) must do
//! so on the child it spawns, or hold a lock that every test touching the same state takes
//! (see `ble_bluez_driver`).

mod support;

mod ble_bluez_cli;
mod ble_bluez_driver;
mod ble_scan_stop;
mod ble_sim;
mod ble_store;
mod cloud_faults;
mod cloud_lifecycle;
mod cloud_push_input;
mod cloud_rules;
mod cloud_store;
mod connect_adversarial;
mod connect_calls;
mod connect_errors;
mod connect_exits;
mod connect_faults;
mod connect_lifecycle;
mod connect_store;
mod console_browser;
mod console_browser_emulator;
mod console_browser_polish;
mod console_emulator;
mod console_http;
mod console_pg;
mod console_polish;
mod crash_kill;
mod demo;
mod devices_cli;
mod devices_reading;
mod docs_connect_flow;
mod docs_flows;
mod docs_links;
mod docs_transcripts;
mod docs_translations;
mod doctor_bluetooth;
mod doctor_clock;
mod doctor_local;
mod doctor_only_profile;
mod doctor_profile;
mod doctor_store_pg;
mod fuzz_regressions;
mod generated_assets;
mod help_examples;
mod hints_run;
mod i18n_catalogs;
mod i18n_cli;
mod i18n_connect_cloud;
mod i18n_help;
mod i18n_last;
mod i18n_ledger;
mod i18n_leftovers;
mod i18n_literals;
mod i18n_qr_sign_line;
mod i18n_reasons;
mod i18n_store_import;
mod i18n_sweep;
mod i18n_times;
mod i18n_unused;
mod import_bounds;
mod import_formats;
mod import_streamed;
mod import_xlsx;
mod layout;
mod line_emit;
mod line_hints;
mod line_next;
mod line_preflight;
mod line_station;
mod line_station_checks;
mod line_station_tty;
mod line_stations;
mod output_error_codes;
mod output_pipes;
mod package_systemd;
mod qr_batch;
mod qr_commands;
mod qr_formats;
mod qr_sizing;
mod qr_store;
mod qr_term_color;
mod qr_verify;
mod readme;
mod readme_error_codes;
mod readme_secrets;
mod secret_audit;
mod secret_hygiene;
mod sign_cli;
mod sign_output;
mod store_integrity;
mod store_line_upgrade;
mod store_location;
mod store_pg;
mod store_pg_unreachable;
