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
sign-bad-signature-hint = check that this is the SecretNo of SN { $sn }; `{ $command }` shows what should have been signed
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
