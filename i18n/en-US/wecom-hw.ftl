# Messages wecom-hw prints, looked up with `crate::fl!` (checked at compile time against
# this file). Keep the same ids and variables in ../zh-CN/wecom-hw.ftl: a test compares
# them. Group by the module that prints them; prefix ids with the module (`import-…`).
# The clap help lives in help.ftl.

## output.rs: how every command reports

# The label of a failure line on stderr.
output-error = error
# The label of a warning line on stderr.
output-warning = warning
# The label of the line after an error that says what to do next.
output-hint = hint
# A labelled line: "error: …". The label may carry colour codes.
output-labelled = { $label }: { $text }

## The exit codes (README, `--help`, man page)

exit-code-0 = success
exit-code-2 = usage: the command line is wrong
exit-code-3 = bad input data: a file, row, column, SN, URL or secret source
exit-code-4 = verification failed: bad signature, or a code that did not decode back
exit-code-5 = expired: a signed code or request is past its validity window
exit-code-6 = conflict with the device store (duplicate SN, unit already issued)
exit-code-7 = network or device unreachable
exit-code-8 = the cloud rejected a request (non-zero errcode)
exit-code-9 = a step timed out
exit-code-10 = local I/O error (file or store)
exit-code-70 = internal error (a bug: please report it)

## station

# The station profile (station.toml). $at is "FILE:LINE" (or FILE).
station-profile-syntax = { $at }: not a valid profile: { $error }
station-profile-syntax-hint = the profile is TOML: one `key = value` per line, text in double quotes (see examples/station.toml)
station-profile-unknown-key = { $at }: unknown key `{ $key }`
station-profile-unknown-key-like = did you mean `{ $key }`? Write that instead
station-profile-unknown-key-hint = remove the line; a profile may hold only: { $keys }
station-profile-missing-key = { $at }: the key `{ $key }` is missing
station-profile-missing-key-hint = add a line such as: { $write }
station-profile-bad-value = { $at }: `{ $key }`: { $why }
station-profile-write = write instead, for example: { $write }
station-profile-not-text = expected text in double quotes
station-profile-not-number = expected a whole number
station-profile-out-of-range = expected a number from { $min } to { $max }
station-profile-not-one-of = expected one of: { $words }
station-profile-empty = must not be empty
station-profile-label-size = expected a label size in mm, WIDTHxHEIGHT
station-profile-printer-addr = expected tcp://HOST:PORT
station-profile-command = not a command (empty, or a quote is not closed)
station-profile-pin-hash = expected sha256:SALT:HASH as printed by `wecom-hw line station --hash-pin`
station-profile-unreadable = cannot read the station profile { $file }: { $error }
station-profile-unreadable-hint = give the profile's path with --profile; a sample is examples/station.toml
station-no-such-slot = --slot { $slot }: the profile has { $slots } slot(s)
station-no-such-slot-hint = give a slot number from 1 to the profile's number of slots, or no --slot for all of them
station-pin-short = the lead PIN must have at least 4 characters
# Preflight, before the first unit.
station-preflight-failed = the station cannot start: { $count } check(s) failed (listed above); fix them and start it again
station-check-line = NOT READY: { $problem } — { $hint }
station-check-store-missing = the device store does not exist
station-check-store-missing-hint = check `store` in the profile, or import the registration export first: wecom-hw import FILE
station-check-store-readonly = the device store cannot be written
station-check-store-hint = check `store` in the profile and that this user may write the store
station-check-printer-down = the label printer { $printer } does not answer
station-check-printer-down-hint = check the printer's power and network cable and its address in the profile (`printer`)
station-check-printer-path = the printer device or label folder { $path } does not exist or cannot be written
station-check-printer-path-hint = plug in the printer (or create the folder), or correct `printer` in the profile
station-check-program = cannot find the program { $program }
station-check-program-hint = correct `flash`/`verify` in the profile: a name with a slash is a path from the station's folder, and the file must be executable
station-check-disk = only { $free } free on the disk (the station wants { $need })
station-check-disk-hint = free some disk space, then start the station again
station-check-label-hint = choose a larger `label` or a higher `dpi` in the profile
station-no-url = SN { $sn }: the store has no bind URL (qr_url) to print on its label
# Plain mode: one line per event. $slot is the fixture's number.
station-ready = station { $station } ready: { $slots } slot(s), profile { $profile }, store { $store }
station-ready-scan = scan a unit's SN to start it
station-ready-next = press Enter (or the scanner's trigger) to take the next unit
station-on-slot = slot { $slot }: { $text }
station-double-scan = { $sn } scanned twice within 2 s: ignored
station-refused-unknown = { $sn }: NOT IN THE STORE. Check the label, or ask the line lead to import its batch
station-refused-issued = { $sn }: ALREADY ISSUED (state { $state }, station { $station }). Put the unit aside and tell the line lead
station-refused-on-slot = { $sn } is already on slot { $slot }
station-refused-busy = every slot is busy: wait for PASS or FAIL, then scan { $sn } again
station-refused-none-left = no unit left to issue: ask the line lead for the next batch
station-refused-quitting = the station is stopping: { $sn } was not taken
station-refused-other = { $sn }: NOT TAKEN: { $why }
station-started = { $sn } taken
station-resumed = { $sn } resumed where it stopped
station-step = { $sn }: { $step }…
station-step-payload = writing the data
station-step-flash = flashing
station-step-verify = reading back
station-step-label = printing the label
station-step-finish = finishing
station-retrying = { $sn }: { $step } failed, trying again
station-pass = { $sn } PASS
station-reprinted = { $sn }: label printed again
station-fail-set-aside = { $sn } FAIL: { $why }. The unit is set aside: put it in the repair tray; the slot is ready for the next unit
station-fail-held = { $sn } FAIL: { $todo } ({ $why })
station-why-exited = { $step } failed (exit code { $code })
station-why-signal = { $step } was stopped by a signal
station-why-timeout = { $step } took longer than { $seconds } s
station-why-mismatch = the read-back does not match what was flashed
station-why-set-aside = set aside by the line lead: { $reason }
station-held-label = the printer did not answer: check its power and cable, then press R
station-held-payload = the unit's data could not be written: check the disk, then press R
station-held-program = the flasher could not be started: tell the line lead, then press R
station-held-store = the device store did not record the step: check the network or disk, then press R
station-quitting = stopping: finishing the step under way on { $busy } slot(s)
station-nothing-to-retry = nothing to retry
station-nothing-to-reprint = no label to reprint
station-stopped = station stopped: { $pass } PASS, { $fail } FAIL
station-profile-fix = correct these lines in { $file }, then start the station again
# The screen.
station-screen-header = station { $station } | profile { $profile } | { $printer } | store { $store }
station-screen-printer-none = no printer
station-screen-printer-ready = printer { $printer } ready
station-screen-printer-down = printer { $printer } NOT ANSWERING
station-screen-counters = PASS { $pass }   FAIL { $fail }   yield { $yield_pct }   units/hour { $per_hour }   left in batch { $left }
station-screen-slot = slot { $slot }
station-screen-slot-port = slot { $slot } ({ $port })
station-screen-idle-scan = ready: scan a unit
station-screen-idle-next = ready: press Enter
station-screen-claiming = taking the unit…
station-screen-running = { $step }… { $seconds } s
station-screen-held = stopped at: { $step }
station-screen-set-aside = set aside: put it in the repair tray
station-screen-pass = PASS
station-screen-fail = FAIL
station-screen-failures = last failures
station-screen-prompt = scan: 
station-screen-keys = R retry  P reprint  Q quit
station-screen-preflight = NOT READY: the station cannot start
station-screen-preflight-then = Fix the above, then start the station again. Q quits.
# Lead-only actions.
station-lead-wrong-pin = wrong lead PIN: nothing was done
station-lead-usage = lead actions: lead PIN aside [SLOT] REASON, lead PIN reissue SN REASON, lead PIN leave
