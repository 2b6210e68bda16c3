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

## console

# `wecom-hw console` on stderr, after the URL on stdout.
console-open = Open { $url } in a browser on this computer (the token in it is the key: share it only with people who may see the line)
console-remote-refused = --listen { $addr } is not a loopback address: the console would serve the line and the store to the network
console-remote-hint = add --allow-remote to serve it on { $addr } (anyone who reaches it still needs the printed token), or listen on 127.0.0.1
# HTTP refusals (plain text).
console-no-token = Open the console through the URL `wecom-hw console` printed: it carries the access token.
console-cross-origin = Refused: this change did not come from the console's own page.
console-too-large = Refused: the request is too large.
console-bad-query = Refused: an SN pattern is letters, digits, - _ . * ? (at most 64), a batch is a number.
console-not-found = Not found
console-failed = The store could not be read
console-failed-text = The store could not be read: { $error }
# Navigation.
console-nav-line = Line
console-nav-devices = Devices
console-nav-emulator = Emulator
# The line page.
console-line-title = Production line
console-line-shift = Shift since { $start } · updated { $at }
console-line-pass = Pass
console-line-fail = Fail
console-line-yield = Yield
console-line-per-hour = Units in the last hour
console-line-progress = Batch progress
console-line-progress-text = { $done } of { $total } units done, { $left } not yet issued
console-line-stations = Stations
console-line-station = Station
console-line-current = Current unit · step
console-line-last = Last result
console-line-state = Line state
console-line-silent = silent
console-line-running = running
console-line-idle = idle
console-line-no-stations = No station has written to the ledger this shift.
console-line-chart = Units per hour per station
console-line-failures = Last failures
console-line-time = Time
console-line-reason = Reason
console-line-no-failures = No failures.
# The devices pages.
console-devices-title = Devices
console-devices-batch = Batch
console-devices-search = Search
console-devices-status = Status
console-devices-imported = Imported
console-devices-found = { $more ->
    [true] The first { $n } units found (narrow the search to see the rest):
   *[other] { $n } units found:
}
console-unit-fingerprint = fingerprint { $fp }
console-unit-device-id = Device ID
console-unit-device-secret = Device secret
console-unit-corp = Corp
console-unit-last-seen = Last seen
console-unit-ledger = Ledger
console-unit-label = Static label
console-unit-no-label = No static label: the store has neither a bind URL nor an hw_code for this unit.
# The emulator page.
console-emu-title = Cloud emulator
console-emu-unreachable = The emulator does not answer: { $error }
console-emu-summary = { $connections } connection(s), cloud time { $time }
console-emu-online = Online
console-emu-stage = Stage
console-emu-registered = Registered
console-emu-bound = Bound to corp
console-emu-firmware = Firmware
console-emu-corp = corp (optional)
console-emu-bind = Bind
console-emu-unbind = Unbind
console-emu-push = Push
console-emu-done = { $action } { $sn }: done
