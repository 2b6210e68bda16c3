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
