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

## store and import

# A local file that could not be read or written ({ $error } is the system's reason).
io-cannot-read = cannot read { $file }: { $error }
io-cannot-write = cannot write { $file }: { $error }

# Where a secret came from (never its value).
secret-file = secret file { $file }
secret-stdin = stdin
secret-on-stdin = { $what } on stdin
secret-from-file = { $what } from secret file { $file }
secret-from-stdin = { $what } from stdin
secret-origin-file = file { $file }
secret-origin-env = environment variable { $name }
secret-origin-store = device store (SN { $sn })
secret-env-not-utf8 = environment variable { $name } is not valid UTF-8
secret-none-given = no { $what } given
secret-none-given-hint = use --secret-file PATH, --secret-stdin, or set { $name }
secret-for-sn-hint = use --secret-file PATH, --secret-stdin or set { $name }; or import the registration export that lists SN { $sn } into the store (`wecom-hw import --help` shows how)
secret-for-sn-no-store = no { $what } given for SN { $sn }, and there is no device store at { $store }
secret-for-sn-unknown = no { $what } given for SN { $sn }, and the device store { $store } does not hold this SN
secret-seed-only = SN { $sn } is from a seed batch: the store holds only the seed, and the unit's own SecretNo is known after get_secret_no
secret-not-seed = SN { $sn } has its own SecretNo in the store, not a seed: get_secret_no is for seed models

# The subprocess runner (flasher, verifier).
runner-unbalanced-quote = unbalanced quote in command { $command }
runner-empty-command = empty command
runner-cannot-run = cannot run { $program }: { $error }
runner-wait-failed = waiting for { $program }: { $error }

# Device state files (`connect --state-file`).
state-file = state file { $file }
state-file-invalid = state file { $file }: not a device state
state-file-wrong-sn = state file { $file } belongs to SN { $owner }, not { $sn }
state-file-wrong-sn-hint = use one state file per device
state-file-field = state file { $file }: `{ $field }`

# The device store's driver refused a step ({ $step } is one of the store-step-… texts).
store-driver-failed = device store { $store }: { $step }: { $error }
store-busy-hint = another wecom-hw process held the store for too long; try again
store-connection-lost-hint = the connection to the PostgreSQL server was lost; a unit claimed by this station stays claimed, and the same line next run again on this station resumes it
store-too-new = device store { $store } has schema version { $version }; this wecom-hw knows up to { $known }
store-too-new-hint = use a newer wecom-hw with this store
store-cannot-open = device store { $store }: { $error }
store-cannot-create = cannot create device store { $store }: { $error }
store-readable-by-others = device store { $store } is readable by others (mode { $mode }); it holds SecretNos
store-readable-by-others-hint = run `chmod 600 { $file }`, or pass --allow-shared-store if sharing is intended
store-no-location = no location for the device store: there is no user data directory
store-no-location-hint = give --store PATH or set WECOM_HW_STORE
store-missing = no device store at { $store }
store-missing-hint = import the registration export into it first (`wecom-hw import --help` shows how), or point --store PATH (or WECOM_HW_STORE) at the store that holds your units
store-unknown-sn = SN { $sn } is not in the device store { $store }
store-unknown-sn-hint = import the registration export first: wecom-hw import FILE
line-already-issued = SN { $sn }: its secret was already issued (state { $state }, station { $station }, since { $since })
line-already-issued-hint = a unit is issued once; to issue it again give a reason: --reissue 'REASON'
line-not-held = SN { $sn } is no longer held by this station
store-claim-gave-up = device store { $store }: no unit could be claimed after { $tries } tries
store-corrupt-value = device store: SN { $sn }: bad { $what }: { $error }
store-copy-not-empty = the target store { $store } is not empty
store-copy-not-empty-hint = copy into an empty store, or give --overwrite to replace what it holds

# `wecom-hw store`
store-migrated = { $backend } store { $store }: schema version { $version }
store-info-missing-hint = create it empty with `wecom-hw{ $flags } store migrate`, or import a registration export into it (`wecom-hw import --help`)
store-info-store = store
store-info-backend = backend
store-info-schema-version = schema version
store-info-rows = { $rows } rows
store-copy-same = FROM and TO are the same store
store-copy-read = read { $units } units, { $ledger } ledger lines from { $store }
store-copy-table = table
store-copy-source = source
store-copy-target = target
store-copy-sha256 = sha256 (source / target)
store-copy-mismatch-mark = MISMATCH
store-copy-verified = copied and verified: { $from } → { $to }
store-copy-mismatch = the copy in { $store } does not read back as the source

# `wecom-hw devices`: table headings (list, batches) and the labels of `devices show`.
devices-col-sn = SN
devices-col-status = STATUS
devices-col-batch = BATCH
devices-col-device-id = DEVICE_ID
devices-col-kind = KIND
devices-col-secret-no = SECRET_NO
devices-col-imported-at = IMPORTED_AT
devices-col-units = UNITS
devices-col-station = STATION
devices-col-source = SOURCE
devices-count = { $units } units
devices-field-sn = sn
devices-field-status = status
devices-field-secret-no = secret_no
devices-field-secret-fingerprint = secret_fingerprint
devices-field-secret-kind = secret_kind
devices-field-device-id = device_id
devices-field-qr-url = qr_url
devices-field-hw-code = hw_code
devices-field-model-id = model_id
devices-field-remark = remark
devices-field-batch = batch
devices-field-source-file = source_file
devices-field-source-sheet = source_sheet
devices-field-source-row = source_row
devices-field-imported-at = imported_at
devices-field-active-code = active_code
devices-field-device-secret = device_secret
devices-field-exchanged-secret-no = exchanged_secret_no
devices-field-corp-name = corp_name
devices-field-last-seen = last_seen
devices-show-ledger = ledger:
devices-show-unknown-hint = `wecom-hw{ $flags } devices list` shows what it holds; `wecom-hw import --help` shows how to add units
devices-private-stdout = refusing to write SecretNos to stdout: it is a file that others can read (mode { $mode })
devices-private-stdout-file = refusing to write SecretNos to stdout: it is the file { $file } that others can read (mode { $mode })
devices-private-stdout-hint = `chmod 600 { $file }` and run again
devices-private-stdout-hint-output = `chmod 600 { $file }` and run again, or write it with -o { $file } (mode 0600)
devices-xlsx-to-terminal = refusing to write XLSX to a terminal; give --output FILE.xlsx
devices-csv-unfinished = cannot finish the CSV
devices-exported = wrote { $units } units to { $file }

# The PostgreSQL store: its URL, password and connection.
store-url-bad-sslmode = store URL: sslmode={ $value } is not one of disable, allow, prefer, require, verify-ca, verify-full
store-url-invalid = store URL { $url }: { $error }
store-url-password = the store URL carries a password; command lines are not secret
store-url-password-hint = remove it from the URL and set PGPASSWORD, WECOM_HW_STORE_PASSWORD_FILE or ~/.pgpass
store-password-file-empty = WECOM_HW_STORE_PASSWORD_FILE { $file } is empty
store-cannot-connect = device store { $store }: cannot connect to { $servers }: { $error }
store-server-socket = the socket in { $dir } (port { $port })
store-connect-unreachable-hint = is PostgreSQL running and listening on { $server }? Check with `pg_isready -h { $host } -p { $port }`; the store URL is postgres://USER@HOST:PORT/DATABASE?sslmode=MODE (host and port as in the server's listen_addresses and port; sslmode prefer, the default, uses TLS when offered, disable never, require insists and verifies)
store-connect-no-tls-hint = the server offers no TLS: enable ssl on the server, or accept a plain connection with ?sslmode=prefer (or sslmode=disable) in the store URL
store-connect-tls-hint = the server's certificate did not verify: give its CA with ?sslrootcert=FILE in the store URL (or PGSSLROOTCERT), or use sslmode=verify-ca when the host name is not in the certificate
store-connect-auth-hint = check the role and its password: role { $user } must exist and pg_hba.conf let it in from this host; the password comes from PGPASSWORD, a file named by WECOM_HW_STORE_PASSWORD_FILE, or a line `{ $host }:{ $port }:{ $db }:{ $user }:PASSWORD` in ~/.pgpass (mode 0600)
store-connect-no-database-hint = create the database first: `createdb -h { $host } -p { $port } -U { $user } { $db }`
store-connect-other-hint = check the server with `pg_isready -h { $host } -p { $port }`
store-root-cert-invalid = store root certificate { $file }: { $error }
store-root-cert-not-pem = not PEM: { $error }
store-root-cert-empty = holds no certificate

# The steps of the device store (the { $step } of store-driver-failed).
store-step-claim-unit = cannot claim a unit
store-step-commit-import = cannot commit the import
store-step-commit-schema-migration = cannot commit the schema migration
store-step-configure = cannot configure
store-step-copy-into-store = cannot copy into the store
store-step-count-devices = cannot count devices
store-step-count-line-states = cannot count line states
store-step-count-units-without-bind-URL = cannot count the units without a bind URL
store-step-insert-device = cannot insert a device
store-step-insert-devices = cannot insert devices
store-step-list-batches = cannot list batches
store-step-list-devices = cannot list devices
store-step-list-failures = cannot list failures
store-step-lock-store-for-import = cannot lock the store for the import
store-step-look-up-device = cannot look up a device
store-step-look-up-devices = cannot look up devices
store-step-number-batch = cannot number the batch
store-step-open = cannot open
store-step-pick-next-unit = cannot pick the next unit
store-step-prepare = cannot prepare
store-step-read-device = cannot read a device
store-step-read-ledger = cannot read the ledger
store-step-read-line-state = cannot read the line state
store-step-read-schema-version = cannot read the schema version
store-step-record-ledger-event = cannot record a ledger event
store-step-record-line-step = cannot record a line step
store-step-record-batch = cannot record the batch
store-step-record-seed = cannot record the seed
store-step-restart-import = cannot restart the import
store-step-roll-back-import = cannot roll back the import
store-step-save-device-state = cannot save device state
store-step-set-schema-version = cannot set the schema version
store-step-start-line-transaction = cannot start a line transaction
store-step-start-import-transaction = cannot start the import transaction
store-step-start-schema-migration = cannot start the schema migration
store-step-write-ledger = cannot write the ledger
store-step-read-table = cannot read { $table }
store-step-migration = migration { $number }
store-step-schema-migration = schema migration

# Import: reading one cell, one row ({ $value } is the cell as read, quoted).
import-cell-kind-boolean = a boolean
import-cell-kind-date = a date
import-cell-kind-error = an Excel error
import-cell-lossy = numeric cell { $value } cannot be read exactly (digits beyond 2^53 or a fraction are already lost); format the column as text in Excel and retype it
import-cell-lossy-hidden = numeric cell cannot be read exactly (digits beyond 2^53 or a fraction are already lost); format the column as text in Excel and retype it
import-cell-scientific = { $value } is a number in scientific notation: Excel saved the displayed value and the digits are lost; re-export with the column formatted as text
import-cell-scientific-hidden = a number in scientific notation: Excel saved the displayed value and the digits are lost; re-export with the column formatted as text
import-cell-unexpected = cell holds { $kind } { $value }, expected text
import-cell-unexpected-hidden = cell holds { $kind }, expected text
import-url-not-static = { $url } is not a static bind URL; expected { $expected }
import-url-empty-hw-code = { $url } has an empty hw_code
import-url-bad-hw-code = hw_code { $code } contains characters a URL cannot carry
import-column-spec-no-equals = expected FIELD=HEADER (e.g. sn=序列号), got { $got }
import-column-spec-unknown-field = unknown field { $field }; one of { $fields }
import-column-spec-no-column = no column given for { $field }
# Where a problem is: the parts are joined by import-at-separator.
import-at-sheet = sheet { $sheet }
import-at-row = row { $row }
import-at-column = column { $column }
import-at-column-header = column { $column } ({ $header })
import-at-separator = {", "}
import-problem = { $at }: { $message }
import-unknown-format = cannot tell the format of { $file } from its name
import-unknown-format-hint = use --format xlsx|xls|ods|csv
import-reader-failed = { $file }: cannot read it as a spreadsheet: the reader failed on malformed content
import-header-missing-column = { $at }: header row { $row } has no { $field } column (headers: { $headers })
import-header-missing-column-hint = map it explicitly: --column { $field }=HEADER
import-no-device-id-column = no column for device_id: BLE advertising and labels need it
import-no-qr-url-column = no column for qr_url: static bind labels need it
import-too-many-rows = { $at }: more than { $max } data rows, the import limit
import-too-many-rows-hint = split the export, or raise the limit with --max-rows N
import-blank-row = blank row skipped
import-no-data-rows = no data rows below the header row
import-cell-too-big = { $at }: the cell holds { $len } bytes of text, more than the limit of { $max }
import-cell-too-big-hint = check that this is the registration export; raise the limit with --max-cell-bytes N
import-numeric-cell = numeric cell read as { $value }; leading zeros, if there were any, are lost (format the column as text)
import-numeric-cell-hidden = numeric cell read as a number; leading zeros, if there were any, are lost (format the column as text)
import-sn-repeats = SN { $sn } repeats row { $first } (SNs compare case-insensitively)
import-sn-invalid = SN { $sn }: { $error }
import-sn-empty = SN is empty
import-secret-unusual = SecretNo is { $chars } characters, not the usual 32 hex characters
import-secret-invalid = SecretNo: { $error }
import-secret-empty = SecretNo is empty
import-device-id-invalid = device id { $value } is not a decimal u64
import-device-id-empty = device id is empty
import-no-url = no static bind URL: no label can be printed for this unit
import-seed-batch = seed batch: the { $rows } rows share one SecretNo (sha256:{ $fingerprint }); units must run get_secret_no before register
import-seed-batch-model = seed batch: the { $rows } rows of model { $model } share one SecretNo (sha256:{ $fingerprint }); units must run get_secret_no before register
import-secret-repeats = SecretNo repeats the one on row { $first }: per-device SecretNos are unique, and a seed is shared by all units of a model
import-unknown-sheet = { $file } has no sheet { $sheet } (sheets: { $sheets })
import-first-row = first row
import-no-header = { $file }: no header row with an SN column in the first { $rows } rows ({ $first })
import-no-header-hint = name the SN column with --column sn=HEADER, or give --header-row N
import-unknown-column = --column { $field }={ $column }: no such header or column letter (headers: { $headers })

# `wecom-hw import`: progress, the column mapping, the summary.
import-progress-importing = importing { $file }
import-progress-reading = reading { $file }
import-progress-writing = writing to the store
import-read-rows = read and checked { $rows } rows in { $seconds } s
import-transaction-after-reading = store transaction took { $seconds } s after reading
import-transaction = store transaction took { $seconds } s
import-conflict-and = {" and "}
import-conflict = the store already holds SN { $sn } with a different { $fields }; it is never overwritten
import-conflict-batch = the store already holds SN { $sn } (batch { $batch }) with a different { $fields }; it is never overwritten
import-mapping = { $file }: { $source }, header on row { $row }
import-mapping-column = {"  "}column { $column } { $header } → { $target }
import-mapping-duplicate = ignored (field already mapped)
import-mapping-ignored = ignored
import-failed-rows = { $file }: { $errors } error(s); nothing imported
import-failed-rows-hint = fix the rows listed above (or map columns with --column) and import again
import-failed-conflicts = { $file }: { $conflicts } SN(s) already in the store with different data; nothing imported
import-failed-conflicts-hint = `wecom-hw{ $flags } devices show { $sn }` shows what the store holds; the store is never overwritten
import-more-problems = … { $count } more problems not shown (--json lists them all)
import-label-conflict = conflict
import-label-note = note
import-counts = { $new } new, { $unchanged } unchanged, { $conflicts } conflicts, { $errors } errors
import-done = imported { $units } units into { $store } as batch { $batch } ({ $kind }): { $counts }
import-nothing-imported = nothing imported: { $counts }
import-dry-run = dry run, nothing written: would import { $counts }
import-nothing-changed = nothing changed: all { $units } units are already in { $store } ({ $counts })

# Import: files that cannot be read, or are over a limit.
import-reexport-hint = export the registration list again from the vendor console, or open and save it as .xlsx
import-csv-encoding = { $file }: neither UTF-8 nor GBK text; save the CSV as UTF-8
import-csv-unreadable = { $file }: { $error }
import-not-spreadsheet = { $file }: cannot read it as a spreadsheet
import-no-sheet = { $file }: the workbook has no sheet
import-cannot-read-sheet = { $file }: cannot read sheet { $sheet }
import-shared-strings-claim = { $file }: its shared-strings table ({ $name }, { $size } bytes) claims { $claim } strings, more than it can hold or an import of --max-rows { $max } needs; the file is damaged or not a real export
import-grid-too-large = { $file }: sheet { $sheet } spans { $rows } rows × { $cols } columns (to column { $last }), over the limit of { $cells } cells and { $columns } columns
import-grid-too-large-hint = delete the stray cells far below or right of the table, or export the table alone
import-csv-cell-too-big = { $file }, line { $line }, column { $column }: a cell of more than { $max } bytes ({ $len } read so far), the import limit; stopped reading there
import-ods-with-before = { $sheets ->
        [one] {" "}(with the sheet before it)
       *[other] {" "}(with the { $sheets } sheets before it)
    }
import-ods-cells = { $file }: sheet { $sheet } expands to { $cells } cells once its repeated rows and columns are counted{ $with }, over the limit of { $max } cells
import-ods-text = { $file }: sheet { $sheet } expands to { $bytes } bytes of text once its repeated cells and spaces are counted{ $with }, over the limit of { $mib } MiB; the file is damaged or not a real export
import-ods-content = { $file }: its content.xml unpacks to more than { $mib } MiB; the file is damaged or not a real export
import-ods-truncated = { $file }: content.xml ends inside sheet { $sheet }: the file is damaged
import-xls-loop = { $file }: the .xls file is damaged: a chain in its { $table } loops (at sector { $sector }); not read
import-xls-sector-table = sector table
import-xls-short-sector-table = short-sector table
import-xls-declared = { $file }: sheet { $sheet } declares { $rows } rows × { $cols } columns in its DIMENSIONS record, over the limit of { $max } cells

# Bugs of ours (exit 70), reported as such.
store-tls-setup = TLS setup: { $error }
store-streamed-needs-sqlite = a streamed import needs a SQLite store
import-hashing-panicked = the hashing thread panicked
