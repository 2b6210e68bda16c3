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

## qr, sign, line, ble, demo

# sign: the flags of one scene
sign-url-wrong-scene = --url applies to bind and login codes, not to `{ $scene }`
sign-state-login-only = --state applies to login codes only
sign-login-needs-state = login codes need --state (an opaque text returned in push_user_scan)
# sign --explain: the captions of its lines (padded to one column by display width)
sign-explain-scene = scene
sign-explain-inputs = inputs
sign-explain-secret = secret
sign-explain-sorted = sorted
sign-explain-canonical = canonical
sign-explain-sha1 = sha1
sign-explain-url = url
sign-explain-secret-value = sha256:{ $fingerprint } (masked above)
sign-explain-sorted-value = values sorted byte-wise (digits < A-Z < _ < a-z; numbers as text)
# sign verify
sign-malformed-url = malformed URL: { $error }
sign-static-code = static bind code hw_code={ $hw_code }: no signature to check, does not expire
sign-valid = valid { $kind } code for SN { $sn }: age { $age }, { $left } left of { $valid_for }
sign-bad-signature = signature does not match for SN { $sn } (secret sha256:{ $fingerprint } from { $origin })
sign-bad-signature-hint = check that this is the SecretNo of SN { $sn }; { $command } shows what should have been signed
sign-expired = { $kind } code for SN { $sn } expired { $ago } ago (age { $age }, valid for { $valid_for })
sign-expired-hint = show a freshly signed code; check the device clock if this keeps happening
# sign --input (batch)
sign-batch-unknown-format = cannot tell the format of { $file }: use --input-format csv|ndjson
sign-batch-cannot-open = cannot open batch input { $file }: { $error }
sign-batch-done = signed { $rows } rows of { $file } in { $secs } s
sign-batch-at-line = { $file } line { $line }
sign-batch-no-column = no `{ $column }` column (headers: { $headers })
sign-row-sn-empty = sn is empty
sign-row-secret-empty = secret_no is empty
sign-row-bad-timestamp = timestamp { $value } is not a decimal number without leading zeros
sign-row-bad-nonce = nonce { $value } is not a decimal number
sign-row-login-needs-state = login codes need a `state` column or --state
# qr: drawing one code
qr-unknown-format = cannot tell the format of { $file }: use --format png|svg|term|zpl|tspl|pdf
qr-binary-to-terminal = refusing to write { $format } to a terminal: give --output FILE or redirect stdout
qr-json-needs-output = --json describes the written file: give --output FILE
# What was drawn: "V3-M 29 modules, 6 dots/module (0.508 mm) on 50x30mm at 300 dpi".
qr-describe-label = { $code } { $modules } modules, { $dots } dots/module ({ $module_mm } mm) on { $label } at { $dpi } dpi
qr-describe-image = { $code } { $modules } modules, { $dots } dots/module, { $width }×{ $height } px
qr-wrote-checked = wrote { $file }: { $what }, decoded back OK
qr-wrote-unchecked = wrote { $file }: { $what }, NOT checked
qr-dynamic-on-label = --url is a dynamic code: it expires and cannot be printed on a label
qr-dynamic-on-label-hint = print the static hw_code URL, or show a fresh code on a screen: { $command }
qr-other-text-hint = for any other text: { $command }
qr-static-needs-data = give --url, --hw-code or --input
qr-bad-every = --every { $every }: give a duration such as 10m or 90s, shorter than the { $minutes }-minute validity
qr-watch-code = code { $n } for SN { $sn }: signed at { $ts }, valid until { $until } ({ $valid } s), next in { $every } s
qr-watch-code-last = code { $n } for SN { $sn }: signed at { $ts }, valid until { $until } ({ $valid } s)
qr-watch-countdown = SN { $sn }: code valid { $left } more; new code in { $next }
# qr url
qr-cannot-read-text-file = cannot read --text-file { $file }
qr-cannot-read-stdin = cannot read the text from stdin
qr-url-needs-text = give the text to encode, "-" for stdin, or --text-file PATH
qr-empty-text = the text to encode is empty
# qr static: batches
qr-cannot-read = cannot read { $file }
# The indicatif template: keep the {…} fields as they are.
qr-progress-bar = {"{"}bar:40{"}"} {"{"}pos{"}"}/{"{"}len{"}"} labels {"{"}per_sec{"}"} eta {"{"}eta{"}"}
qr-progress = qr static: { $n }/{ $total } labels
qr-unknown-name-format = cannot tell the format from --name { $name }: use --format
qr-batch-term = batch files cannot be `term`: use png, svg, zpl, tspl or pdf
qr-duplicate-file = rows { $first } and { $second } both make { $name }: SNs must be unique (or add {"{"}row{"}"} to --name)
qr-cannot-create = cannot create { $path }
qr-cannot-clean = cannot clean { $path }
qr-cannot-open = cannot open { $path }
qr-cannot-sync = cannot sync { $path }
qr-cannot-write = cannot write { $path }
qr-removed-stale = removed { $count } unfinished temporary files of an earlier run
qr-batch-needs-target = a batch needs --out-dir DIR (one file per unit) or --output FILE (one zpl/tspl/pdf job)
qr-one-code-per-file = { $format } holds one code per file: use --out-dir with --name, or a .zpl/.tspl/.pdf job
qr-at-row = row { $row } (SN { $sn })
qr-batch-summary = qr static: { $written } written, { $skipped } skipped, { $failed } failed → { $target }
qr-batch-failed = { $failed } of { $total } labels failed; first: { $at }: { $error }
qr-batch-failed-hint = rerun the same command to retry only the missing labels
# qr static --from-store
qr-store-no-url = SN { $sn } has no static bind URL in the device store (the export had no QR/hw_code column)
qr-store-no-url-hint = give --url or --hw-code, or import an export with the 二维码链接 column
qr-store-unknown-sn = SN { $sn } is not in the device store { $store }
qr-store-unknown-sn-hint = give --url or --hw-code, or import the registration export: wecom-hw import FILE
qr-store-empty = the device store has no units
qr-store-empty-batch = the device store has no units in batch { $batch }
qr-store-empty-hint = { $command } lists the batches and their units
# demo: its own narration (the commands it runs speak for themselves)
demo-creating = creating { $path }
demo-locating-binary = locating the wecom-hw binary
demo-writing = writing { $path }
demo-running = running wecom-hw
# A step's heading: "1/5 import the registration export …".
demo-step = { $n }/{ $total } { $what }
demo-step-import = import the registration export into the demo's device store
demo-step-labels = print a static bind label for every unit
demo-step-cloud = start the local cloud emulator with the imported units
demo-step-online = bring { $sn } online: register, activate (bound by the emulator's admin), subscribe
demo-step-ble = provision Wi-Fi over Bluetooth LE (built-in device simulator)
demo-step-failed = demo step failed: { $command } ({ $status })
demo-reusing-store = (reusing { $store }: a re-import changes nothing)
demo-unknown-sn = SN { $sn } is not in { $export }
demo-no-units = { $export } holds no units
demo-emulator-up = emulator on { $url } with { $devices } device(s); CA { $ca }
demo-starting-emulator = starting the cloud emulator
demo-reading-emulator = reading the emulator's first line
demo-emulator-failed = the cloud emulator did not start (see above)
demo-done = demo done: { $count } units in { $store }, labels in { $labels } and { $png }, { $sn } went online through the emulator, Wi-Fi provisioned over BLE
# line status, line report
line-status-silent = held by silent stations (no step for { $secs } s):
line-status-failures = last failures:
line-bad-since = expected RFC 3339 (2026-11-28T08:00:00Z) or a date
line-report-written = { $entries } ledger entries since { $since } → { $file }
# line next: what happened to the unit
line-claimed = { $sn }: claimed
line-resuming = { $sn }: resuming (was { $from })
line-reissued = { $sn }: reissued
line-issued = { $sn }: payload issued ({ $detail })
line-flashed = { $sn }: flashed ({ $detail })
line-done = { $sn } done
line-step-failed = { $sn }: { $why }; the unit is marked failed
line-finishing-first = finishing { $sn } (left { $state } by this station) before { $want }; run again for { $want }
line-passing-over = passing over { $count } unissued unit(s) without a bind URL (qr_url), first { $first }: no label can be printed for them; they stay unissued for a station without --print/--printer
# line next: refusals
line-both-to-stdout = the payload and the label cannot both go to stdout: give --out FILE or --print FILE
line-json-payload-to-stdout = with --json, stdout carries the result: give --out FILE for the payload
line-secret-to-stdout = the payload holds the unit's secret: writing it to stdout needs --show-secrets
line-secret-to-stdout-hint = give --out FILE (written with mode 0600), or add --show-secrets to pipe it
line-bad-nvs-namespace = --nvs-namespace must be 1 to 15 characters (an NVS key limit)
line-unknown-sn-hint = import the registration export first: wecom-hw import FILE
line-none-with-url = no unit with a bind URL (qr_url) left to issue in { $store }: the { $count } unissued unit(s) have none, so no label can be printed for them (first { $first })
line-none-with-url-hint = their export rows had no 二维码链接; issue them without a label: { $command }
line-flasher-not-found = cannot find the flasher { $program } (a name with a slash is a path from the current directory, a bare name is looked up on PATH)
line-verifier-not-found = cannot find the verifier { $program } (a name with a slash is a path from the current directory, a bare name is looked up on PATH)
line-program-not-found-hint = give the program's path (e.g. ./flash.sh) and make it executable; it runs without a shell
line-no-url = SN { $sn }: the device store has no bind URL (qr_url) for it, so its label cannot be printed; nothing was claimed
line-no-url-hint = its export row had no 二维码链接; issue it without a label: { $command }
line-no-url-resume-hint = its export row had no 二维码链接; this station left it at state { $state }; finish it without a label: { $command }
line-no-url-to-print = SN { $sn }: the store has no bind URL (qr_url) to print
line-claimed-vanished = claimed SN { $sn } vanished
line-core-stuck = { $sn }: the line core has nothing to do and is not done
line-halted = { $sn }: stopped at the { $step } step: { $why }
line-nothing-left = no unit left to issue in { $store }
line-nothing-left-hint = import the next registration export, or see { $command }
line-cannot-write-payload = cannot write the payload { $file }
# line next: what the flasher or verifier failed, and what to do
line-hint-flasher = check the fixture, the cable and the port the flasher writes to ({ $command } shows the flasher's last output)
line-hint-verifier = check that the verifier reaches the unit (port, fixture, --flash-timeout) and exits 0 after printing what it read
line-hint-mismatch = check that the flasher wrote the payload to this unit on the right port, and that the verifier reads that same unit back and prints exactly the payload on stdout (trailing newlines aside; a log line or a hex dump is a mismatch)
line-hint-mismatch-file = check that the flasher wrote { $file } to this unit on the right port, and that the verifier reads that same unit back and prints exactly the payload on stdout (trailing newlines aside; a log line or a hex dump is a mismatch)
line-hint-failed = { $check }. { $sn } stays failed, its secret counted as issued, until it is issued again: { $command }
# line next --dry-run
line-dry-run = dry run, nothing claimed, written, flashed or printed:
line-dry-claim = claim
line-dry-reissue = reissue
line-dry-resume = resume (left { $state } by this station)
line-dry-temporary-file = <temporary file>
line-dry-write = write the { $format } payload to { $file }
line-dry-flash = run { $argv } (timeout { $secs } s)
line-dry-verify = verify with { $argv }
line-dry-print = print { $format } label ×{ $copies } to { $target }
line-dry-problem = problem: { $problem }
# ble: the radio and the scan
ble-no-runtime = cannot start the async runtime
ble-env-not-set = environment variable { $name } is not set
ble-step = step { $step }
ble-col-address = ADDRESS
ble-col-rssi = RSSI
ble-col-device-id = DEVICE-ID
ble-col-layout = LAYOUT
ble-col-bind = BIND
ble-col-battery = BATTERY
ble-col-sign = SIGN
ble-col-name = NAME
ble-nonce-backwards = { $address }: 0xED nonce went backwards from { $old } to { $new }: a replayed advertisement?
ble-bad-secs = { $flag } must be between 0 and 3600 seconds, got { $value }
ble-none-found = no WeCom device found in { $secs } s
ble-none-found-hint = is the device powered and advertising, and in range? Is the adapter powered (bluetoothctl show)?
ble-device-with-id = { $address } (device ID { $id })
ble-ambiguous = { $count } WeCom devices match: { $devices }
ble-ambiguous-hint = choose one with --address or --device-id, or use --pick strongest
ble-not-found-hint = run { $command } to see what is in range
ble-scanning-for-id = scanning for device ID { $id } (at most { $secs } s)...
ble-scanning-first = scanning for WeCom devices (the first one seen, at most { $secs } s)...
ble-scanning = scanning for WeCom devices ({ $secs } s)...
ble-found = { $count } WeCom device(s) found
# ble: the session
ble-step-timeout-form = expected STEP=SECS
ble-step-timeout-unknown = unknown step `{ $name }` (steps: { $steps })
ble-step-timeout-number = `{ $value }` is not a number of seconds
ble-signer-needs-secret = the default signer needs the device's SecretNo
ble-signer-needs-secret-hint = give it with --secret-file PATH, --secret-stdin or { $env }, or --sn SN of a unit in the device store; or use --signer none / exec:PROGRAM
ble-bad-signer = expected default, none or exec:PROGRAM
ble-signer-not-genuine = note: signer `{ $signer }` is not WeCom's (unpublished) algorithm; firmware that checks WeCom's signature will refuse the handshake
ble-using = using { $address } (device ID { $id }, RSSI { $rssi })
ble-connecting = connecting to { $address }...
ble-connected = connected; waiting for the device's handshake (10001)...
ble-device-signature-mismatch = the device's handshake signature (10002) does not match signer `{ $signer }`'s scheme
# ble: the result block (captions padded to one column by display width)
ble-done-device = device
ble-done-handshake = handshake
ble-done-info = info
ble-done-wifi = wifi
ble-done-networks = networks
ble-done-answer = answer
ble-done-result = result
ble-done-handshake-value = ok (signer { $signer }, device signature { $signature })
ble-signature-verified = verified
ble-signature-mismatch = mismatch
ble-signature-unchecked = unchecked
ble-done-info-value = MAC { $mac }, protocol version { $version } (FCC9 { $raw })
ble-wifi-connected = connected (network "{ $network }")
ble-wifi-not-connected = not connected (network "{ $network }")
ble-wifi-unknown = unknown (protocol version 1 has no status command)
ble-result-connected = Wi-Fi "{ $ssid }": connected
ble-result-not-connected = Wi-Fi "{ $ssid }": NOT connected
# ble provision: the Wi-Fi settings
ble-bad-ssid = --ssid must be 1 to 32 bytes, got { $bytes }
ble-bad-bssid = not a MAC address (AA:BB:CC:DD:EE:FF)
ble-password-control = Wi-Fi password from { $origin } contains control characters
ble-password-file-unreadable = cannot read the Wi-Fi password file { $file }
ble-origin-file = file { $file }
ble-password-env-unset = environment variable { $name } (Wi-Fi password) is not set or not UTF-8
ble-origin-env = environment variable { $name }
ble-password-stdin-unreadable = cannot read the Wi-Fi password from stdin
ble-origin-stdin = stdin
ble-password-prompt = Wi-Fi password for "{ $ssid }":{" "}
ble-no-password = no Wi-Fi password given
ble-no-password-hint = use --password-file PATH, --password-env NAME or --password-stdin (never on the command line), or --protocol None for an open network
ble-bad-password = the Wi-Fi password has { $count } characters, which { $protocol } does not allow (WPA/WPA2: 8–63, or 64 hex; WEP: 5 or 13, or 10 or 26 hex)
ble-password-unreadable = cannot read the Wi-Fi password
ble-no-stty = cannot hide terminal input (stty failed); use --password-file or --password-stdin
ble-qr-encoding = QR encoding
# ble --sn: the device store
ble-sn-not-in-store = advertisements carry the device ID, not the SN, and the device store { $store } does not hold this SN
ble-sn-not-in-store-hint = use --device-id, or import the registration export: wecom-hw import FILE
ble-sn-no-device-id = the device store has no device ID for this SN (the export had no device ID column)
ble-sn-no-device-id-hint = use --device-id or --address
ble-no-secret-unknown-sn = --sn { $sn } is not in the device store { $store }, and the default signer needs its SecretNo
ble-no-secret-no-store = --sn { $sn }: there is no device store at { $store } to look it up in, and the default signer needs its SecretNo
ble-no-secret-hint = import the registration export that lists { $sn } ({ $command } shows how; `--store PATH` for another store), or give the SecretNo with --secret-file PATH, --secret-stdin or by setting { $env }
ble-no-secret-seed = a seed unit in the device store { $store }: the store holds its model's seed, and the unit's own SecretNo (which the default signer needs) is known only after get_secret_no
ble-no-secret-seed-hint = bring it online once with wecom-hw connect --sn { $sn } and your cloud's --endpoint (get_secret_no stores the SecretNo), or give it with --secret-file PATH, --secret-stdin or by setting { $env }
# clap's own parse errors, rebuilt from its context (Chinese only: English keeps clap's
# text). Flags, values and commands stay as typed.
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-subcommand = unrecognized subcommand '{ $subcommand }'
clap-value-required = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-with-reason = { $message }: { $reason }
clap-possible-values = [possible values: { $values }]
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-too-few-values = { $min } values required by '{ $arg }'; only { $actual } were provided
clap-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual } were provided
clap-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
clap-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
clap-missing-required = the following required arguments were not provided:
    { $args }
clap-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
clap-subcommands = [subcommands: { $subcommands }]
clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-similar-subcommand = a similar subcommand exists: '{ $suggestion }'
clap-similar-argument = a similar argument exists: '{ $suggestion }'
clap-similar-value = a similar value exists: '{ $suggestion }'
clap-dash-value = to pass '{ $arg }' as a value, use '-- { $arg }'
clap-tip = tip: { $tip }
clap-usage = Usage: { $usage }
clap-try-help = For more information, try '--help'.
# ble: how a session or the link failed (what the device or BlueZ said follows as detail)
ble-session-timeout = timed out waiting for { $what }
ble-session-malformed = the device sent a malformed packet: { $detail }
ble-session-signer = the handshake signer failed: { $detail }
ble-session-wrong-device = wrong device: { $detail }
ble-waiting-adapter = the Bluetooth adapter
ble-waiting-scan = a WeCom device to advertise
ble-waiting-connect = the GATT connection
ble-waiting-handshake-start = the device's handshake start (10001)
ble-waiting-sign = the handshake signer
ble-waiting-handshake-confirm = the device's handshake confirmation (10002) after our signature (20001)
ble-waiting-read-info = the info characteristic FCC9
ble-waiting-status = the device's status answer to 30004
ble-waiting-wifi-list = the device's Wi-Fi list
ble-waiting-wifi-report = the device's Wi-Fi report (10004) after set-wifi (30003)
ble-hint-handshake-start = the device sends 10001 once indications are enabled; power-cycle it or check it is in pairing/provisioning mode
ble-hint-wifi-report-timeout = the device did not report; it may still be joining: raise --step-timeout wifi-report=SECS
ble-hint-wifi-refused = check the password and protocol, that the AP is in range on 2.4 GHz, and that the device MAC (see `ble status`) is whitelisted
ble-hint-wrong-device = nothing was sent to it; pick the right unit with --address or --device-id
ble-link-no-adapter = no Bluetooth adapter: { $detail }
ble-link-adapter-off = Bluetooth adapter is off: { $detail }
ble-link-permission = not permitted to use Bluetooth: { $detail }
ble-link-not-found = device not found: { $detail }
ble-link-timeout = timed out during { $step }
ble-link-transient = transient Bluetooth error: { $detail }
ble-link-gatt = GATT error: { $detail }
ble-link-disconnected = the device disconnected
ble-link-other = Bluetooth error: { $detail }
ble-hint-no-adapter = is bluetoothd running (systemctl status bluetooth) and the adapter present (bluetoothctl list)?
ble-hint-adapter-off = power it on: bluetoothctl power on (check rfkill list)
ble-hint-permission = BlueZ refused us: run as a user allowed by the D-Bus policy (often the `bluetooth` group)
ble-hint-link-timeout = move closer, check the device is advertising, or raise --step-timeout
ble-handshake-rejected = the device closed the link after our signature (20001): it rejected the handshake
ble-handshake-rejected-hint = signer `{ $signer }` is probably not what this firmware expects; try --signer exec:PROGRAM with the vendor's signer, or --signer none for debug firmware
ble-hint-bad-version = { $count } packet(s) were dropped because their header version (bVer) was not 0x01: the firmware speaks another protocol version
ble-hint-no-confirm = the device did not confirm our signature: signer `{ $signer }` may be wrong for this firmware, or a frame was lost; raise --step-timeout handshake-confirm=SECS to wait longer
# render: label layout and the decode-back check
render-bad-dpi = --dpi { $dpi } is not a printer resolution (203, 300 or 600)
render-bad-dots = --dots { $dots }: must be 1–{ $max }
render-small-modules = modules are { $dots } dots = { $module_mm } mm at { $dpi } dpi; phones want ≥ { $min_dots } dots and ≥ { $min_mm } mm: use a larger label, a higher --dpi or a lower --ecc
render-small-quiet-zone = a quiet zone of { $quiet } modules is below the standard 4: scanners may not find the code next to other print
render-too-small = label { $label } at { $dpi } dpi is too small for this code ({ $modules } modules + { $quiet } quiet modules each side): it fits { $avail } dots but 2 dots per module need { $need } dots; use a label of at least { $min } mm (3 dots per module: { $rec } mm), a lower --ecc, or a higher --dpi
render-too-small-caption = label { $label } at { $dpi } dpi is too small for this code ({ $modules } modules + { $quiet } quiet modules each side and a caption line): it fits { $avail } dots but 2 dots per module need { $need } dots; use a label of at least { $min } mm (3 dots per module: { $rec } mm), a lower --ecc, or a higher --dpi
render-verify-not-found = decode-back check failed: no QR code found in the { $what } image
render-verify-mismatch = decode-back check failed: the { $what } decodes to { $got }, expected { $want }
render-verify-unreadable = decode-back check failed: the { $what } code was found but could not be decoded: { $detail }
render-verify-hint = the code would not scan as intended; try a larger --label, more --dots or a lower --ecc, and report it if it persists
render-encode = cannot encode the payload as a QR code: { $detail }
render-encode-hint = shorten the payload, or choose a lower --ecc (L holds the most)
# gen-assets
gen-assets-done = wrote completions to { $completions } and man pages to { $man }
gen-assets-writing-man = writing man pages to { $path }
gen-assets-writing-completions = writing { $shell } completions
# bind codes (core/bindcode.rs)
bindcode-not-hardware-url = not a WeCom hardware URL: expected it to start with { $url }?
bindcode-missing = parameter `{ $name }` is missing
bindcode-repeated = parameter `{ $name }` appears more than once
bindcode-not-decimal = parameter `{ $name }` is not a decimal number: { $value }
bindcode-unknown-type = parameter `type` is { $value }; expected `qrcode` or `dynamic_login`
bindcode-bad-signature = signature must be 40 hex characters, got { $value }
bindcode-bad-sn = sn { $sn } is not a valid SN: { $reason }
bindcode-bad-encoding = bad percent-encoding in the query
# ble --sim-fault
ble-sim-fault-number = fault `{ $spec }`: `{ $value }` is not a number
ble-sim-fault-unknown = unknown simulator fault `{ $name }` (known: { $known })
# ble --signer exec:PROGRAM
ble-signer-cannot-run = cannot run { $program }: { $error }
ble-signer-waiting = waiting for { $program }: { $error }
ble-signer-no-answer = { $program } did not answer within { $secs } s
ble-signer-reading = reading { $program }'s output: { $error }
ble-signer-exited = { $program } exited with { $status }
ble-signer-bad-json = signer printed invalid JSON: { $error }
ble-signer-nothing = signer printed nothing
