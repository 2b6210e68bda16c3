# `--help`, `-h` and the man pages, by command. src/i18n/help.rs builds clap's help from
# these keys (its module documentation has the scheme): `cmd-PATH-about`, `arg-PATH-ID`,
# `val-PATH-ID-VALUE`, `heading-…`. tests/i18n_help.rs names every key that is missing here
# or in ../zh-CN/help.ftl, and checks that this file says what the doc comments in src/cli/
# say: change both together, then translate.
#
# A comment above a message says where it shows (`wecom-hw import --max-rows`). An argument
# key without a command path (`arg-secret-file`) serves every command that has the argument.

## clap's own words. English help keeps clap's headings and `[default: …]` notes as clap
## writes them; other languages take them from here.

heading-usage = Usage
heading-commands = Commands
heading-arguments = Arguments
heading-options = Options
clap-help = Print help
clap-help-short = Print help (see more with '--help')
clap-help-long = Print help (see a summary with '-h')
clap-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help-command-arg = Print help for the subcommand(s)
spec-default = [default: { $value }]
spec-env = [env: { $name }]
spec-possible-values = [possible values: { $values }]
spec-possible-values-list = Possible values:
spec-possible-value-item = - { $value }: { $help }
spec-list-separator = {", "}
exit-codes-heading = EXIT CODES:

## Section titles of the man pages

man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-subcommands = SUBCOMMANDS
man-extra = EXTRA
man-version = VERSION
man-authors = AUTHORS

## wecom-hw

# wecom-hw (about)
cmd-wecom-hw-about = Toolkit for makers and field technicians of WeCom (企业微信) smart hardware
# wecom-hw (long-about)
cmd-wecom-hw-long-about =
    Toolkit for makers and field technicians of WeCom (企业微信) smart hardware.

    Results go to stdout, diagnostics to stderr. Every command takes --json for
    machine-readable output and exits with a documented code (see EXIT CODES).
    Secrets are never taken on the command line: give them in a file, an environment
    variable or on stdin.
# wecom-hw (after-help)
cmd-wecom-hw-after-help =
    Examples:
      wecom-hw demo                                           # the whole job on built-in defaults
      wecom-hw import registration-export.xlsx                # load the vendor console's export
      wecom-hw qr static --from-store --label 40x30 -o labels.pdf
      wecom-hw line next --out unit.bin --emit bin --flash 'flasher {"{"}file{"}"}' --printer tcp://printer:9100
      wecom-hw sign verify "$URL" --secret-file secret.txt
      wecom-hw cloud serve --listen 127.0.0.1:8443 --from-store
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --until bound
      wecom-hw ble provision --sn E30000000001 --ssid Office --password-file wifi.txt
cmd-wecom-hw-after-long-help =
    { $examples }

    { $exit_codes }
# wecom-hw --json
arg-json = Print results as JSON (one object per line for streams and batches)
# wecom-hw --verbose
arg-verbose = Say more on stderr; repeat for more detail (-vv)
# wecom-hw --quiet
arg-quiet = Print only results and errors, no progress or notes
# wecom-hw --color
arg-color = When to use colours: in messages on stderr, and in QR codes drawn as text (`auto`: where that output goes to a terminal and NO_COLOR is not set)
# wecom-hw --store
arg-store = Device store: a SQLite file (default: $XDG_DATA_HOME/wecom-hw/devices.db) or postgres://USER@HOST/DB
# wecom-hw --allow-shared-store
arg-allow-shared-store = Accept a store file that group or others may read (it holds SecretNos)
# wecom-hw --station
arg-station = Station name written into ledger entries (default: the host name)
# wecom-hw --lang
arg-lang = Language of messages and help (default: $WECOM_HW_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)

## sign

# wecom-hw sign (about)
cmd-sign-about = Compute, explain and verify the sorted-SHA1 signatures (bind QR, login QR, register, get_secret_no)
# wecom-hw sign (after-help)
cmd-sign-after-help =
    Examples:
      export WECOM_HW_SECRET_NO=$(cat secret.txt)
      wecom-hw sign bind --sn E30000000001 --url
      wecom-hw sign bind --sn E30000000001 --timestamp 1700000000 --nonce 123456 --explain
      wecom-hw sign register --sn E30000000001 --secret-file secret.txt --json
      wecom-hw sign verify 'https://open.work.weixin.qq.com/connect/hardware?sn=…' --secret-file secret.txt
      wecom-hw sign bind --input devices.csv --output urls.csv
# wecom-hw sign bind (about)
cmd-sign-bind-about = Dynamic bind QR signature (type=qrcode, valid 30 minutes)
# wecom-hw sign bind (after-help)
cmd-sign-bind-after-help =
    Examples:
      WECOM_HW_SECRET_NO=$(cat secret.txt) wecom-hw sign bind --sn E30000000001 --url
      wecom-hw sign bind --sn E30000000001 --secret-file secret.txt --timestamp 1700000000 --nonce 123456 --explain
      wecom-hw sign bind --input devices.csv --output urls.csv     # columns sn, secret_no
# wecom-hw sign bind --sn
arg-sign-sn = Device serial number ([0-9A-Za-z], at most 128)
# wecom-hw sign bind --secret-file
arg-secret-file = Read the secret (SecretNo, or seedSecretNo for `secret-no`) from this file
# wecom-hw sign bind --secret-stdin
arg-secret-stdin = Read the secret from the first line of standard input
# wecom-hw sign bind --secret-env
arg-secret-env = Environment variable to read the secret from when no file or stdin is given (failing that, the device store's secret for the SN)
# wecom-hw sign bind --timestamp
arg-timestamp = Unix seconds to sign (default: now, UTC)
# wecom-hw sign bind --nonce
arg-sign-nonce = Nonce to sign (default: a random u64; per row in batches)
# wecom-hw sign bind --state
arg-sign-state = Opaque state for login codes, returned to the device in push_user_scan
# wecom-hw sign bind --url
arg-sign-bind-url = Print the whole URL instead of the signature (bind and login only)
# wecom-hw sign bind --explain
arg-explain = Show the inputs (secret masked), their sorted order, the canonical string and digest
# wecom-hw sign bind --input
arg-sign-input = Batch: sign every row of a CSV or NDJSON file with `sn` and `secret_no` ("-" = stdin)
# wecom-hw sign bind --input-format
arg-sign-input-format = Batch input format (default: from the extension; required for stdin)
# wecom-hw sign bind --output
arg-sign-output = Batch: write results here (atomically) instead of stdout
# wecom-hw sign bind --output-format
arg-output-format = Batch output format (default: ndjson with --json, else csv)
# wecom-hw sign login (about)
cmd-sign-login-about = Dynamic login QR signature (type=dynamic_login plus --state, valid 1800 s)
# wecom-hw sign login (after-help)
cmd-sign-login-after-help =
    Examples:
      wecom-hw sign login --sn E30000000001 --secret-file secret.txt --state qrcode_login --url
      wecom-hw sign login --input devices.ndjson --state door-1 --json
# wecom-hw sign login --url
arg-sign-login-url = Print the whole URL instead of the signature (bind and login only)
# wecom-hw sign register (about)
cmd-sign-register-about = `register` device_signature (valid 5 minutes)
# wecom-hw sign register (after-help)
cmd-sign-register-after-help =
    Examples:
      wecom-hw sign register --sn E30000000001 --secret-file secret.txt --json
      wecom-hw sign register --sn E30000000001 --secret-stdin --explain < secret.txt
# wecom-hw sign register --url
arg-sign-register-url = Print the whole URL instead of the signature (bind and login only)
# wecom-hw sign secret-no (about)
cmd-sign-secret-no-about = `get_secret_no` device_signature, signed with the seedSecretNo (valid 5 minutes)
# wecom-hw sign secret-no (after-help)
cmd-sign-secret-no-after-help =
    Examples:
      wecom-hw sign secret-no --sn E30000000001 --secret-file seed.txt --explain
      WECOM_HW_SEED=$(cat seed.txt) wecom-hw sign secret-no --sn E30000000001 --secret-env WECOM_HW_SEED
# wecom-hw sign secret-no --url
arg-sign-secret-no-url = Print the whole URL instead of the signature (bind and login only)
# wecom-hw sign verify (about)
cmd-sign-verify-about = Check a scanned bind/login URL: signature, age and time left
# wecom-hw sign verify (after-help)
cmd-sign-verify-after-help =
    Exit codes: 0 valid, 3 malformed URL, 4 bad signature, 5 expired.

    Example:
      wecom-hw sign verify "$URL" --secret-file secret.txt --at 1700000600
# wecom-hw sign verify <URL>
arg-sign-verify-url = The scanned URL (quote it: it contains `&`)
# wecom-hw sign verify --at
arg-at = Judge validity at this time instead of now (unix seconds)

## qr

# wecom-hw qr (about)
cmd-qr-about = Draw bind, login, label and Bluetooth QR codes: PNG, SVG, terminal, ZPL, TSPL, PDF
# wecom-hw qr (after-help)
cmd-qr-after-help =
    Examples:
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 -o E30000000001.png
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 --label 40x30 --dpi 203 -o label.zpl
      wecom-hw qr static --input units.csv --out-dir labels --name '{"{"}sn{"}"}.png' --label 30x20 --dpi 300
      wecom-hw qr static --input units.csv --label 40x30 -o job.tspl
      WECOM_HW_SECRET_NO=... wecom-hw qr bind --sn E30000000001 --watch
      wecom-hw qr bluetooth -o bt.svg
# wecom-hw qr bind (about)
cmd-qr-bind-about = Dynamic bind code (type=qrcode), signed like `sign bind`; valid 30 minutes
# wecom-hw qr bind (after-help)
cmd-qr-bind-after-help =
    Examples:
      wecom-hw qr bind --sn E30000000001 --secret-file secret.txt
      wecom-hw qr bind --sn E30000000001 -o bind.png      # SecretNo from the device store
      wecom-hw qr bind --sn E30000000001 --watch --every 5m
      wecom-hw qr login --sn E30000000001 --state qrcode_login --secret-env WECOM_HW_SECRET_NO -o login.png
# wecom-hw qr bind --sn
arg-qr-bind-sn = Device serial number ([0-9A-Za-z], at most 128)
# wecom-hw qr bind --nonce
arg-qr-nonce = Nonce to sign (default: a random u64)
# wecom-hw qr bind --state
arg-qr-state = Opaque state for login codes, returned to the device in push_user_scan
# wecom-hw qr bind --watch
arg-watch = Keep a fresh code on the terminal, re-signed every --every, showing the time left
# wecom-hw qr bind --every
arg-every = Re-sign interval for --watch (e.g. 10m, 90s; below the 30-minute validity)
# wecom-hw qr bind --count
arg-count = Stop --watch after this many codes (default: until interrupted)
# wecom-hw qr bind --output
arg-qr-output = Write here ("-" = stdout); the extension picks the format (.png .svg .zpl .tspl .pdf .txt)
# wecom-hw qr bind --format
arg-qr-format = Output format (default: from --output's extension, else term)
# wecom-hw qr bind --format png
val-format-png = PNG image, one pixel per printer dot
# wecom-hw qr bind --format svg
val-format-svg = SVG with whole-dot module rectangles
# wecom-hw qr bind --format term
val-format-term = Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with dark modules drawn in a pipe or file (see --color)
# wecom-hw qr bind --format zpl
val-format-zpl = Zebra ZPL II (^BQ, model 2)
# wecom-hw qr bind --format tspl
val-format-tspl = TSC TSPL/TSPL2 (QRCODE, model M2)
# wecom-hw qr bind --format pdf
val-format-pdf = PDF, one label-sized page per code, vector modules
# wecom-hw qr bind --ecc
arg-qr-ecc = Error-correction level: L 7 %, M 15 %, Q 25 %, H 30 %
# wecom-hw qr bind --ecc L
val-ecc-L = about 7 % recoverable: densest
# wecom-hw qr bind --ecc M
val-ecc-M = about 15 %: the default for indoor equipment labels
# wecom-hw qr bind --ecc Q
val-ecc-Q = about 25 %: labels that get scratched
# wecom-hw qr bind --ecc H
val-ecc-H = about 30 %: only when something covers part of the code
# wecom-hw qr bind --quiet-zone
arg-qr-quiet-zone = Blank border in modules on every side (4 is the standard minimum)
# wecom-hw qr bind --dpi
arg-qr-dpi = Printer resolution in dots per inch (203, 300 or 600); sizes labels and PDF pages
# wecom-hw qr bind --label
arg-qr-label = Label size in mm (e.g. 40x30): choose the largest whole dots per module that fits
# wecom-hw qr bind --dots
arg-qr-dots = Dots (pixels) per module without --label [default: 8 for png/svg, 4 for zpl/tspl/pdf]
# wecom-hw qr bind --caption
arg-caption = Text under the code (static labels: the SN by default)
# wecom-hw qr bind --no-caption
arg-qr-no-caption = No text under the code
# wecom-hw qr bind --verify
arg-qr-verify = Decode-back check: `grid` reads the modules where they were drawn and decodes them; `full` also makes the decoder find the code in the image, as a phone does (slower)
# wecom-hw qr bind --verify grid
val-verify-grid = read the module grid where it was drawn, then decode it with rqrr (fast)
# wecom-hw qr bind --verify full
val-verify-full = let rqrr locate the code in the whole image first, as a phone would (slow)
# wecom-hw qr bind --no-verify
arg-no-verify = Skip the decode-back check. For benchmarking only: unchecked codes may not scan
# wecom-hw qr login (about)
cmd-qr-login-about = Dynamic login code (type=dynamic_login, needs --state), valid 1800 s
# wecom-hw qr login (after-help)
cmd-qr-login-after-help =
    Examples:
      wecom-hw qr bind --sn E30000000001 --secret-file secret.txt
      wecom-hw qr bind --sn E30000000001 -o bind.png      # SecretNo from the device store
      wecom-hw qr bind --sn E30000000001 --watch --every 5m
      wecom-hw qr login --sn E30000000001 --state qrcode_login --secret-env WECOM_HW_SECRET_NO -o login.png
# wecom-hw qr login --sn
arg-qr-login-sn = Device serial number ([0-9A-Za-z], at most 128)
# wecom-hw qr static (about)
cmd-qr-static-about = Static label code (…/connect/hardware?hw_code=…), one or a batch from --input
# wecom-hw qr static (after-help)
cmd-qr-static-after-help =
    Examples:
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 -o E30000000001.png
      wecom-hw qr static --url 'https://open.work.weixin.qq.com/connect/hardware?hw_code=lS5AbCdEfGh' --format term
      wecom-hw qr static --hw-code lS5AbCdEfGh --sn E30000000001 --label 30x20 --dpi 300 -o label.tspl
      wecom-hw qr static --input units.csv --out-dir labels --name '{"{"}sn{"}"}.png' --label 40x30
      wecom-hw qr static --input units.ndjson --label 50x30 --dpi 203 -o job.zpl
      # from the device store (after `wecom-hw import export.xlsx`)
      wecom-hw qr static --sn E30000000001 --label 40x30 --dpi 203 -o E30000000001.zpl
      wecom-hw qr static --from-store --batch 3 --out-dir labels --name '{"{"}sn{"}"}.png'
      wecom-hw --station line-3 qr static --from-store --label 40x30 -o job.tspl

    --sn alone (no --url/--hw-code) takes the unit's URL from the device store; --from-store
    prints every unit of the store (or of one import --batch). Each label written from the
    store is recorded in the unit's ledger as label-printed (with --station).

    Batch input: CSV (header row) or NDJSON with an SN column (sn, 设备SN, …) and the URL
    (url, qr_url, 二维码, …) or hw_code. Rows are the file's line numbers. Rerunning the
    same command skips finished files; --force redoes them.
# wecom-hw qr static --url
arg-qr-url = The static bind URL (https://open.work.weixin.qq.com/connect/hardware?hw_code=…)
# wecom-hw qr static --hw-code
arg-hw-code = The hw_code; the URL is built from it
# wecom-hw qr static --sn
arg-qr-static-sn = SN of the unit: the default caption; alone, the URL comes from the device store
# wecom-hw qr static --input
arg-qr-input = Batch: CSV or NDJSON with `sn` and `url` (or `hw_code`) columns
# wecom-hw qr static --from-store
arg-qr-from-store = Batch: every unit of the device store with a static URL (see --batch)
# wecom-hw qr static --batch
arg-qr-batch = With --from-store: only the units of this import batch (`wecom-hw devices batches`)
# wecom-hw qr static --input-format
arg-qr-input-format = Batch input format (default: from the extension)
# wecom-hw qr static --out-dir
arg-out-dir = Batch: write one file per unit into this directory (instead of one -o job)
# wecom-hw qr static --name
arg-name = Batch file-name template with {"{"}sn{"}"} and {"{"}row{"}"}; its extension picks the format
# wecom-hw qr static --force
arg-force = Batch: redo units whose file already exists (default: skip them)
# wecom-hw qr static --threads
arg-threads = Batch worker threads (default: available cores, at most 8)
# wecom-hw qr url (about)
cmd-qr-url-about = Any text as a QR code
# wecom-hw qr url (after-help)
cmd-qr-url-after-help =
    Examples:
      wecom-hw qr url 'https://work.weixin.qq.com/' -o link.svg
      wecom-hw qr url --text-file wifi-qr.txt --ecc Q --format term   # text with a password: not on argv
      printf '%s' "$PAYLOAD" | wecom-hw qr url - -o code.png
# wecom-hw qr url <TEXT>
arg-text = The text to encode (quote it); \"-\" reads it from stdin. Text that holds a secret (a Wi-Fi QR with its password) belongs in --text-file or stdin, not on the command line
# wecom-hw qr url --text-file
arg-text-file = Read the text to encode from this file (one trailing newline is dropped)
# wecom-hw qr bluetooth (about)
cmd-qr-bluetooth-about = The code that makes the WeCom app look for devices over Bluetooth
# wecom-hw qr bluetooth (after-help)
cmd-qr-bluetooth-after-help =
    Examples:
      wecom-hw qr bluetooth                 # on the terminal
      wecom-hw qr bluetooth -o find-devices.png

## import

# wecom-hw import (about)
cmd-import-about = Read the vendor console's registration export, validate it and load it into the store
# wecom-hw import (after-help)
cmd-import-after-help =
    The header row is looked for among the first 10 rows (title rows above it are skipped).
    Headers are matched through this alias table, ignoring spaces, full-width forms and case
    (seedSecretNo and 初始SecretNo mark a seed batch):
    { $aliases }--column overrides it. SN, SecretNo and device id are read as text: a numeric cell is
    accepted with a warning when it converts exactly, and is an error when digits are lost.

    The import is one transaction: it lands whole or not at all. Re-importing a file changes
    nothing. An SN the store already holds with a different SecretNo is a conflict (exit 6) and is
    never overwritten. Any row error means nothing is imported (exit 3).

    Limits (they bound memory; exceeding one stops the import with exit 3, store unchanged):
    --max-rows (default { $max_rows }) data rows, --max-cell-bytes (default { $max_cell_bytes }) bytes of text in
    any cell. A CSV is checked as it is read, so an overlong line is never held whole; an xlsx's
    shared strings are loaded by the spreadsheet reader before any cell can be checked.

    Examples:
      wecom-hw import examples/registration-export.xlsx
      wecom-hw import export.csv --dry-run
      wecom-hw import export.xls --sheet 设备列表 --column sn=设备编号 --column secret_no=C
      wecom-hw --store line3.db --station line-3 import export.xlsx --json
# wecom-hw import <FILE>
arg-import-file = The registration export: .xlsx, .xlsm, .xlsb, .xls, .ods or .csv (UTF-8 or GBK)
# wecom-hw import --sheet
arg-sheet = Sheet to read, by name or 1-based number (default: the first sheet with a header row)
# wecom-hw import --column
arg-columns = Map a column explicitly, by header text or letter (repeatable; fields: sn, secret_no, device_id, qr_url, model_id, remark)
# wecom-hw import --header-row
arg-header-row = Row that holds the headers, numbered as Excel shows it (default: detected)
# wecom-hw import --format
arg-import-format = File format (default: from the extension)
# wecom-hw import --dry-run
arg-import-dry-run = Check everything and show what would change, without writing to the store
# wecom-hw import --max-rows
arg-max-rows = Refuse a file with more data rows than this (blank rows not counted)
# wecom-hw import --max-cell-bytes
arg-max-cell-bytes = Refuse a file with a cell holding more bytes of text (UTF-8) than this

## devices

# wecom-hw devices (about)
cmd-devices-about = List, show and export the units in the device store
# wecom-hw devices (after-help)
cmd-devices-after-help =
    Secrets are masked (`ed**…**03`) unless --show-secrets is given. A file of secrets is
    written with `export --show-secrets -o FILE` (mode 0600); SecretNos are not written into a
    stdout that is a file others can read (what `> FILE` usually creates).
    A store location that holds no store is an error (exit 3), never an empty list.

    Examples:
      wecom-hw devices list
      wecom-hw devices list --batch 2 --status imported --sn 'E3*'
      wecom-hw devices show E30000000001
      wecom-hw devices export -o labels.xlsx
      wecom-hw devices export --format ndjson --show-secrets -o burn-list.ndjson
      wecom-hw devices batches --json
# wecom-hw devices list (about)
cmd-devices-list-about = List units: SN, status, batch, device id, static URL
# wecom-hw devices list (after-help)
cmd-devices-list-after-help =
    Examples:
      wecom-hw devices list --limit 10
      wecom-hw devices list --batch 2 --status imported --sn 'E3*'
      wecom-hw --json devices list
# wecom-hw devices list --batch
arg-devices-batch = Only units of this import batch
# wecom-hw devices list --status
arg-status = Only units with this status (each is the last lifecycle step the unit reached)
# wecom-hw devices list --sn
arg-sn-pattern = Only SNs matching this pattern (`*` any text, `?` one character; case-insensitive)
# wecom-hw devices list --limit
arg-limit = At most this many units
# wecom-hw devices list --show-secrets
arg-devices-list-show-secrets = Show SecretNos in full
# wecom-hw devices show (about)
cmd-devices-show-about = Everything the store knows about one unit, with its ledger
# wecom-hw devices show (after-help)
cmd-devices-show-after-help =
    Examples:
      wecom-hw devices show E30000000001
      wecom-hw --json devices show e30000000001     # SNs compare case-insensitively
# wecom-hw devices show <SN>
arg-devices-sn = The unit's SN (any case)
# wecom-hw devices show --show-secrets
arg-devices-show-show-secrets = Show SecretNos in full
# wecom-hw devices export (about)
cmd-devices-export-about = Write units to CSV, NDJSON or XLSX (stdout, or a file written atomically)
# wecom-hw devices export (after-help)
cmd-devices-export-after-help =
    Examples:
      wecom-hw devices export -o units.xlsx
      wecom-hw devices export --batch 1 --format ndjson
      wecom-hw devices export --show-secrets -o burn.csv      # file mode 0600
# wecom-hw devices export --format
arg-devices-format = Output format (default: from the --output extension, else csv)
# wecom-hw devices export --output
arg-devices-output = Write here (atomically; mode 0600 with --show-secrets) instead of stdout
# wecom-hw devices export --show-secrets
arg-devices-export-show-secrets = Write SecretNos in full (for burning); masked otherwise
# wecom-hw devices batches (about)
cmd-devices-batches-about = List import batches: when, from which file, how many units, seed or per-device
# wecom-hw devices batches (after-help)
cmd-devices-batches-after-help =
    Example:
      wecom-hw devices batches

## connect

# wecom-hw connect (about)
cmd-connect-about = Be the device: connect to the cloud over wss, register, activate, log in, handle pushes
# wecom-hw connect (after-help)
cmd-connect-after-help =
    Examples:
      # a unit imported into the device store: SecretNo (or seed) and state come from there
      wecom-hw import export.xlsx
      wecom-hw --station line-3 connect --sn E30000000001 --until subscribed
      # run a device against the real cloud until Ctrl-C (SecretNo in a file)
      wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json
      # against the local emulator (its CA printed by `cloud serve`), exit once bound
      wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json \
          --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --until bound --timeout 2m
      # a seed model: the secret given is the shared seedSecretNo
      wecom-hw connect --sn E30000000001 --seed --secret-file seed.secret --state-file dev.json
      # react to pushes; keep a masked transcript of every frame
      wecom-hw connect ... --on push_update_firmware=fetch --on push_fetch_log=upload:app.log \
          --on push_user_scan=exec:./on-scan.sh --transcript wire.ndjson
      # one-shot calls on a fresh session
      wecom-hw connect ... call corp
      wecom-hw connect ... call login-qr --out qr.png

    Secret: --secret-file, --secret-stdin or the environment variable when given; otherwise the
    device store's entry for --sn (a seed batch's unit runs the seed exchange by itself).

    State: --state-file (mode 0600) when given holds the exchanged SecretNo, active_code and
    secret. Otherwise, when the store holds the SN, the store keeps them and its ledger records
    registered, bound, unbound and secret-exchanged with --station; `-v` says which is used.
    A second run then skips what is done: the seed exchange, and `active` once bound.
    Neither: nothing is kept and every run registers and activates again.

    Timing (wss.md §9; assumed values are flags): heartbeat every 30 s (--ping-interval 20..40),
    active polled every 5 s while unbound, get_timestamp/register/active resent after 5 s,
    other requests time out after 10 s, 3 missed heartbeats reconnect, reconnect backoff
    1 s doubling to 60 s with ±20 % jitter.

    Giving up: a `call` gives up after 5 connection attempts in a row fail (--connect-attempts),
    with exit 7 and the last network error; a device (no `call`) retries forever unless
    --connect-attempts is given. --timeout exits 7 when no connection ever opened, 9 when the
    device connected but did not reach --until (or the call's answer) in time.
    Another live connection of the same SN (600002, then 600014 on this one) exits 8.

    A misbehaving cloud (each line names what the device was doing; state is never touched):
      message or frame over --max-message, text not UTF-8, WebSocket protocol error
          -> close (1009 / 1007 / 1002), reconnect with backoff; calls in flight are resent
      JSON that does not parse, or has a key twice; a reply with a req_id not in flight
          -> dropped; a login step is resent after 5 s, a call fails after 10 s (exit 9)
      push before register succeeded on the connection -> ignored (never wipes the secret)
      binary reply with lying lengths -> dropped, nothing allocated; its call fails (exit 7)
      WebSocket ping flood -> answered (a newer ping replaces an unsent pong), warned once a second
      replies out of order -> matched by req_id
# wecom-hw connect --sn
arg-connect-sn = Device serial number
# wecom-hw connect --seed
arg-seed = The secret given is the model's shared seedSecretNo: exchange it for the device's own SecretNo with get_secret_no (once; kept in --state-file or the store). Implied for a seed batch's unit taken from the store
# wecom-hw connect --endpoint
arg-connect-endpoint = Cloud WebSocket URL
# wecom-hw connect --ca-file
arg-ca-file = Also trust the CA certificates in this PEM file (e.g. the emulator's ca.pem)
# wecom-hw connect --insecure-plain
arg-connect-insecure-plain = Allow a plain ws:// endpoint (no TLS): for a local emulator only
# wecom-hw connect --state-file
arg-state-file = Keep the device's state (exchanged SecretNo, active_code, secret) in this JSON file instead of the device store
# wecom-hw connect --firmware-version
arg-firmware-version = firmware_version sent in subscribe_corp
# wecom-hw connect --wifi-name
arg-wifi-name = net_info.wifi_name sent in register
# wecom-hw connect --mac-address
arg-mac-address = net_info.mac_address sent in register
# wecom-hw connect --until
arg-until = Exit 0 once this is reached: registered, bound, subscribed, or a push name (e.g. push_user_scan)
# wecom-hw connect --timeout
arg-connect-timeout = Give up after this long: 90, 90s, 2m. Exit 9 when connected but the goal was not reached in time; exit 7 when no connection to the cloud ever opened
# wecom-hw connect --connect-attempts
arg-connect-connect-attempts = Give up (exit 7, with the last network error) after N connection attempts in a row fail (TCP, TLS or WebSocket upgrade); 0 = never. Default: 5 for `call` (about 15 s of backoff), never otherwise: a device keeps retrying, as a real one does
# wecom-hw connect --on
arg-on = React to a push: CMD=fetch (get_firmware_info, download, md5 check), CMD=upload:FILE (upload_log), CMD=exec:PROGRAM (push JSON on stdin); repeatable
# wecom-hw connect --transcript
arg-transcript = Append every frame both ways to this NDJSON file (credentials fingerprinted)
# wecom-hw connect --ping-interval
arg-ping-interval = Heartbeat interval in seconds (the spec allows 20 to 40)
# wecom-hw connect --skew-warn
arg-skew-warn = Warn when the device clock differs from the cloud's by at least this many seconds
# wecom-hw connect --max-message
arg-max-message = Largest WebSocket message or frame accepted from the cloud; a larger one closes the connection, which is then reopened with backoff
# wecom-hw connect --download-dir
arg-download-dir = Where --on ...=fetch saves the downloaded firmware image
# wecom-hw connect call (about)
cmd-connect-call-about = Log in, make one call, print its answer, exit. Gives up with exit 7 after 5 failed connection attempts in a row (--connect-attempts)
# wecom-hw connect call (after-help)
cmd-connect-call-after-help =
    Examples:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call corp
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --out login.png
      wecom-hw --json connect --sn E30000000001 call firmware
# wecom-hw connect call firmware (about)
cmd-connect-call-firmware-about = get_firmware_info: the latest published firmware
# wecom-hw connect call firmware (after-help)
cmd-connect-call-firmware-after-help =
    Examples:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call firmware
      wecom-hw --json connect --sn E30000000001 call firmware
# wecom-hw connect call corp (about)
cmd-connect-call-corp-about = get_corp_info: the corp the device is bound to
# wecom-hw connect call corp (after-help)
cmd-connect-call-corp-after-help =
    Examples:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call corp
      wecom-hw --json connect --sn E30000000001 call corp
# wecom-hw connect call time (about)
cmd-connect-call-time-about = get_timestamp: the cloud's clock and our offset
# wecom-hw connect call time (after-help)
cmd-connect-call-time-after-help =
    Examples:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call time
      wecom-hw --json connect --sn E30000000001 call time
# wecom-hw connect call error-report (about)
cmd-connect-call-error-report-about = error_report: report a device error
# wecom-hw connect call error-report (after-help)
cmd-connect-call-error-report-after-help =
    Example:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call error-report --errcode 17 --errmsg 'sensor offline'
# wecom-hw connect call error-report --errcode
arg-errcode = The device's own error code
# wecom-hw connect call error-report --errmsg
arg-errmsg = Description
# wecom-hw connect call upload-log (about)
cmd-connect-call-upload-log-about = upload_log: upload FILE as a binary v1 upload (last 2 MiB)
# wecom-hw connect call upload-log (after-help)
cmd-connect-call-upload-log-after-help =
    Example:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call upload-log /var/log/device.log
# wecom-hw connect call upload-log <FILE>
arg-connect-file = The log file to upload
# wecom-hw connect call login-qr (about)
cmd-connect-call-login-qr-about = gen_login_qrcode: fetch the static login QR, save it, print its URL
# wecom-hw connect call login-qr (after-help)
cmd-connect-call-login-qr-after-help =
    Examples:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --out login.png
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call login-qr --state kiosk-3
# wecom-hw connect call login-qr --state
arg-connect-state = state returned in push_user_scan
# wecom-hw connect call login-qr --out
arg-connect-out = Where to save the image
# wecom-hw connect call selfhelp (about)
cmd-connect-call-selfhelp-about = selfhelp_notify: ask the cloud to push DATA back
# wecom-hw connect call selfhelp (after-help)
cmd-connect-call-selfhelp-after-help =
    Example:
      wecom-hw connect --sn E30000000001 --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem call selfhelp 'door=open'
# wecom-hw connect call selfhelp <DATA>
arg-data = Text the cloud pushes back (JSON inside must be escaped as a string)

## cloud

# wecom-hw cloud (about)
cmd-cloud-about = Run a local emulator of the WeCom device cloud, and bind/unbind/push as its admin
# wecom-hw cloud (after-help)
cmd-cloud-after-help =
    Examples:
      # terminal 1: the cloud, with devices from a CSV (sn,secret_no)
      wecom-hw cloud serve --listen 127.0.0.1:8443 --devices devices.csv
      # terminal 2: a device trusting the emulator's CA
      wecom-hw connect --endpoint wss://127.0.0.1:8443/ --ca-file ~/.local/state/wecom-hw/cloud/ca.pem ...
      # terminal 3: the admin binds it, pushes, unbinds
      wecom-hw cloud bind E30000000001 --corp Acme
      wecom-hw cloud push E30000000001 fetch_log '{"{"}"hint":"wechat"{"}"}'
      wecom-hw cloud status
# wecom-hw cloud --state-dir
arg-state-dir = Directory with the emulator's state, CA and control socket [default: ~/.local/state/wecom-hw/cloud]
# wecom-hw cloud serve (about)
cmd-cloud-serve-about = Run the emulator (TLS WebSocket server) until Ctrl-C
# wecom-hw cloud serve (after-help)
cmd-cloud-serve-after-help =
    Examples:
      wecom-hw cloud serve --listen 127.0.0.1:8443 --devices devices.csv
      wecom-hw cloud serve --listen 127.0.0.1:0 --json --auto-bind-after 3   # port chosen by the OS, NDJSON events
      wecom-hw cloud serve --insecure-plain --listen 127.0.0.1:8080           # ws:// without TLS
      wecom-hw cloud serve --fault-errcode ping=600020 --fault-headerless --fault-times 2
      wecom-hw cloud serve --fault-adversarial oversize-text --fault-adversarial ping-flood
      wecom-hw cloud serve --console --console-listen 127.0.0.1:8080          # and the console in a browser

    Adversarial modes (--fault-adversarial MODE; "first reply after login" = the answer to
    a subscribed connection's first call or heartbeat):
      oversize-text          first reply after login padded to 2 MiB in one text frame
      oversize-binary        login-QR binary reply padded to 2 MiB, in 64 KiB fragments
      split-bytes            every frame of a connection written 1 byte per TCP segment
      invalid-utf8           first reply after login as a text frame with invalid UTF-8
      duplicate-keys         first push with `cmd` twice (push_unbind_corp, then the real one)
      wrong-req-id           first reply of all with a req_id the device never sent
      push-before-subscribe  push_unbind_corp on a new connection before its first reply
      binary-len-long        login-QR reply whose data_len is longer than its payload
      binary-len-short       login-QR reply whose data_len is shorter than its payload
      binary-len-huge        login-QR reply whose data_len is 4 GiB - 1
      ping-flood             50,000 WebSocket pings after the first reply after login
      reorder-replies        first reply after login held until the next reply (at most 2 s)
    What `wecom-hw connect` does about each: see `wecom-hw connect --help`.

    Devices file: CSV with a header row (sn, secret_no or seedSecretNo, optional seed yes/no),
    or NDJSON objects with the same keys. Header aliases as in the registration import.
    The first stdout line tells where the emulator listens and where its CA is.
# wecom-hw cloud serve --listen
arg-listen = Address to listen on (port 0: any free port, printed on the first line)
# wecom-hw cloud serve --devices
arg-devices = Devices the cloud knows (CSV or NDJSON); may be repeated. Others get 600001
# wecom-hw cloud serve --export
arg-cloud-export = Also know the units of a registration export (.xlsx/.xls/.ods/.csv, read like `import`)
# wecom-hw cloud serve --from-store
arg-cloud-from-store = Also know every unit in the device store (--store)
# wecom-hw cloud serve --insecure-plain
arg-cloud-insecure-plain = Serve plain ws:// instead of TLS (local testing only)
# wecom-hw cloud serve --san
arg-san = Extra DNS name or IP for the server certificate (may be repeated)
# wecom-hw cloud serve --firmware-listen
arg-firmware-listen = Address of the HTTP server for published firmware
# wecom-hw cloud serve --idle-timeout
arg-idle-timeout = Close a connection that sent nothing for SECS seconds (0: never)
# wecom-hw cloud serve --auto-bind-after
arg-auto-bind-after = Bind a device automatically after N unanswered `active` polls (0: at once)
# wecom-hw cloud serve --corp
arg-cloud-serve-corp = Corp name for automatic binds and `bind` without --corp
# wecom-hw cloud serve --timestamp-window
arg-timestamp-window = Accepted clock difference of signed requests, seconds (assumed 300)
# wecom-hw cloud serve --permissive
arg-permissive = Answer `ping` before `subscribe_corp` with 0 instead of 600020
# wecom-hw cloud serve --takeover
arg-takeover = A register of an SN live on another connection takes over (instead of 600002)
# wecom-hw cloud serve --subscribe-without-register
arg-subscribe-without-register = Accept subscribe_corp without register when the secret identifies the device
# wecom-hw cloud serve --resubscribe-errcode
arg-resubscribe-errcode = Code for a second subscribe_corp on one connection (600054 or 600045)
# wecom-hw cloud serve --unbound-errcode
arg-unbound-errcode = Code for `active` while unbound (assumed 600004)
# wecom-hw cloud serve --unknown-cmd-errcode
arg-unknown-cmd-errcode = Code for an unknown cmd
# wecom-hw cloud serve --malformed-errcode
arg-malformed-errcode = Code for malformed JSON or a request without headers.req_id
# wecom-hw cloud serve --selfhelp-push
arg-selfhelp-push = Push sent after selfhelp_notify (assumed name)
# wecom-hw cloud serve --max-upload
arg-max-upload = Largest accepted upload, bytes (larger: 600052)
# wecom-hw cloud serve --fault-times
arg-fault-times = How many times each counted fault fires (0: every time)
# wecom-hw cloud serve --fault-drop-after
arg-fault-drop-after = Close a connection after its N-th inbound frame (counted)
# wecom-hw cloud serve --fault-delay
arg-fault-delay = Delay every reply and push by MS milliseconds
# wecom-hw cloud serve --fault-errcode
arg-fault-errcode = Answer CMD with CODE instead of processing it (counted; may be repeated)
# wecom-hw cloud serve --fault-drop-reply
arg-fault-drop-reply = Swallow the reply to CMD, so the device must resend (counted; may be repeated)
# wecom-hw cloud serve --fault-headerless
arg-fault-headerless = Send every error reply without `headers`
# wecom-hw cloud serve --fault-refuse-tls
arg-fault-refuse-tls = Refuse TLS handshakes (counted)
# wecom-hw cloud serve --fault-unknown-push
arg-fault-unknown-push = After a subscribe_corp, send a push with this unknown name (counted)
# wecom-hw cloud serve --fault-truncate-binary
arg-fault-truncate-binary = Send the binary login-QR reply truncated (declared length overruns it; counted)
# wecom-hw cloud serve --fault-adversarial
arg-fault-adversarial = Break the wire protocol on purpose: MODE as listed below (counted; may be repeated)
# wecom-hw cloud serve --fault-adversarial oversize-text
val-fault-adversarial-oversize-text = First reply after login padded to 2 MiB in one text frame
# wecom-hw cloud serve --fault-adversarial oversize-binary
val-fault-adversarial-oversize-binary = Login-QR binary reply padded to 2 MiB, sent in 64 KiB fragments
# wecom-hw cloud serve --fault-adversarial split-bytes
val-fault-adversarial-split-bytes = Every frame of a connection written 1 byte per TCP segment (flushed each byte)
# wecom-hw cloud serve --fault-adversarial invalid-utf8
val-fault-adversarial-invalid-utf8 = First reply after login as a text frame with invalid UTF-8
# wecom-hw cloud serve --fault-adversarial duplicate-keys
val-fault-adversarial-duplicate-keys = First push with `cmd` twice (push_unbind_corp, then the real name)
# wecom-hw cloud serve --fault-adversarial wrong-req-id
val-fault-adversarial-wrong-req-id = First reply of all with a req_id the device never sent
# wecom-hw cloud serve --fault-adversarial push-before-subscribe
val-fault-adversarial-push-before-subscribe = push_unbind_corp on a new connection before its first request is answered
# wecom-hw cloud serve --fault-adversarial binary-len-long
val-fault-adversarial-binary-len-long = Login-QR reply whose data_len is longer than its payload
# wecom-hw cloud serve --fault-adversarial binary-len-short
val-fault-adversarial-binary-len-short = Login-QR reply whose data_len is shorter than its payload
# wecom-hw cloud serve --fault-adversarial binary-len-huge
val-fault-adversarial-binary-len-huge = Login-QR reply whose data_len is 4 GiB - 1
# wecom-hw cloud serve --fault-adversarial ping-flood
val-fault-adversarial-ping-flood = 50,000 WebSocket pings back to back after the first reply after login
# wecom-hw cloud serve --fault-adversarial reorder-replies
val-fault-adversarial-reorder-replies = First reply after login held until the next reply went out (at most 2 s)
# wecom-hw cloud bind (about)
cmd-cloud-bind-about = Bind a device to a corp: new secret, push_bind_corp to the live connection
# wecom-hw cloud bind (after-help)
cmd-cloud-bind-after-help =
    Example:
      wecom-hw cloud bind E30000000001 --corp 'Demo Corp'
# wecom-hw cloud bind <SN>
arg-cloud-sn = Serial number of the device (as the emulator knows it)
# wecom-hw cloud bind --corp
arg-cloud-bind-corp = Corp name reported by get_corp_info [default: the serve --corp]
# wecom-hw cloud unbind (about)
cmd-cloud-unbind-about = Unbind a device: its secret becomes invalid, push_unbind_corp is sent
# wecom-hw cloud unbind (after-help)
cmd-cloud-unbind-after-help =
    Example:
      wecom-hw cloud unbind E30000000001
# wecom-hw cloud push (about)
cmd-cloud-push-about = Send a push to a connected device
# wecom-hw cloud push (after-help)
cmd-cloud-push-after-help =
    Examples:
      wecom-hw cloud push E30000000001 update_firmware
      wecom-hw cloud push E30000000001 fetch_log '{"{"}"hint":"device_log/20190101"{"}"}'
      wecom-hw cloud push E30000000001 user_scan '{"{"}"userid":"aa","state":"s","user_type":1,"op_type":"scan_qrcode_open","oper_id":"x1"{"}"}'
      wecom-hw cloud push E30000000001 restart
# wecom-hw cloud push <CMD>
arg-cmd = Push name: bind_corp, unbind_corp, user_scan, update_firmware, fetch_log, restart (= push_restart_device), or any push_* name of lowercase letters, digits and `_` (anything else is refused with exit 3, nothing is sent)
# wecom-hw cloud push <JSON>
arg-body = Body of the push, a JSON object in single quotes (omitted when not given; not JSON or not an object: exit 3, nothing is sent)
# wecom-hw cloud publish-firmware (about)
cmd-cloud-publish-firmware-about = Publish a firmware image: get_firmware_info reports it (md5 and size computed)
# wecom-hw cloud publish-firmware (after-help)
cmd-cloud-publish-firmware-after-help =
    Examples:
      wecom-hw cloud publish-firmware 1.2.0 build/firmware.bin
      wecom-hw cloud publish-firmware 1.2.0 build/firmware.bin --url https://cdn.example.com/fw-1.2.0.bin
# wecom-hw cloud publish-firmware <VERSION>
arg-fw-version = Version string, at most 20 bytes
# wecom-hw cloud publish-firmware <FILE>
arg-cloud-file = The image; the emulator serves a copy over local HTTP unless --url is given
# wecom-hw cloud publish-firmware --url
arg-cloud-url = Report this download URL instead of the emulator's own
# wecom-hw cloud reset-secret-no (about)
cmd-cloud-reset-secret-no-about = Let a seed-model device exchange its seedSecretNo again
# wecom-hw cloud reset-secret-no (after-help)
cmd-cloud-reset-secret-no-after-help =
    Example:
      wecom-hw cloud reset-secret-no S30000000001
# wecom-hw cloud expire (about)
cmd-cloud-expire-about = Mark a device expired: register answers 600051
# wecom-hw cloud expire (after-help)
cmd-cloud-expire-after-help =
    Examples:
      wecom-hw cloud expire E30000000001
      wecom-hw cloud expire E30000000001 --undo
# wecom-hw cloud expire --undo
arg-undo = Clear the mark instead
# wecom-hw cloud drop (about)
cmd-cloud-drop-about = Close a device's connection (the device should reconnect)
# wecom-hw cloud drop (after-help)
cmd-cloud-drop-after-help =
    Example:
      wecom-hw cloud drop E30000000001
# wecom-hw cloud set-clock-skew (about)
cmd-cloud-set-clock-skew-about = Skew the cloud's clock (get_timestamp and the signature window) by SECS
# wecom-hw cloud set-clock-skew (after-help)
cmd-cloud-set-clock-skew-after-help =
    Examples:
      wecom-hw cloud set-clock-skew 600    # cloud 10 minutes ahead: devices get 600023
      wecom-hw cloud set-clock-skew 0
# wecom-hw cloud set-clock-skew <SECS>
arg-secs = Seconds to add to the cloud's clock (negative: behind)
# wecom-hw cloud status (about)
cmd-cloud-status-about = Show devices, connections, bindings and uploads (never a secret)
# wecom-hw cloud status (after-help)
cmd-cloud-status-after-help =
    Examples:
      wecom-hw cloud status
      wecom-hw --json cloud status

## headings

# wecom-hw cloud serve heading "Fault injection"
heading-fault-injection = Fault injection

## ble

# wecom-hw ble (about)
cmd-ble-about = Bluetooth LE: scan for WeCom devices, read status, provision Wi-Fi, show the discovery QR
# wecom-hw ble (after-help)
cmd-ble-after-help =
    ASSUMED (configurable, not confirmed by WeCom):
      - Handshake signature: WeCom's phone gets it from WeCom's servers (unpublished). The
        `default` signer is OUR OWN scheme: sorted-SHA1 over sn, SecretNo, client_nonce,
        server_nonce and "ble_server". Real firmware that checks WeCom's signature rejects it;
        use --signer exec:PROGRAM to plug in the vendor's signer, or --signer none for debug
        firmware.
      - Wi-Fi scan-list command IDs (--wifi-list-request-id/--wifi-list-answer-id, 30005/10005).
      - 0xED advertising field order and byte orders (--ed-sign-first, --ed-nonce-le,
        --ed-sign-order); company ID is not checked.

    EXIT CODES (ble): the failing step is named in the message and in --json ("step"):
       3  the device sent malformed data, or bad input (no or bad password, --bssid, --ssid)
       4  --sn given and the device reports another SN (wrong unit)
       7  no adapter / BlueZ not running / device not found / link lost
       8  the device refused: hung up after our signature (handshake-confirm), errcode,
          or wifi_connected false (wifi-report)
       9  a step timed out: connect, handshake-start, sign, handshake-confirm, read-info,
          status, wifi-list, wifi-report
      10  the exec signer failed, or the trace file cannot be written

    Examples:
      wecom-hw ble scan --timeout 5
      wecom-hw ble status --address 11:22:33:44:55:66 --secret-file secret.txt
      wecom-hw ble provision --ssid TestAP --password-file wifi.txt --secret-file secret.txt
      wecom-hw ble provision --ssid TestAP --password-env WIFI_PASS --signer exec:./vendor-sign
      wecom-hw ble --backend sim provision --ssid TestAP --password-env WIFI_PASS --secret-env SIM_SECRET
      wecom-hw ble --backend sim --sim-fault wifi-fail provision --ssid TestAP --password-stdin
      wecom-hw ble qr
# wecom-hw ble --backend
arg-backend = Where to talk to devices: the real radio, or the in-process simulator
# wecom-hw ble --backend bluez
val-backend-bluez = The real radio: btleplug over BlueZ (Linux)
# wecom-hw ble --backend sim
val-backend-sim = The in-process WeCom device simulator (tests, demos, training)
# wecom-hw ble --adapter
arg-adapter = Bluetooth controller to use (e.g. hci1); default: the first one
# wecom-hw ble --sim-fault
arg-sim-fault = Simulator fault, repeatable: drop-chunk[=N], wrong-version, silent, reject-signature, wifi-fail, no-wifi-connected, garbage, short-indications, version1, connect-transient[=N], no-wifi-list, oversize, slow-wifi[=SECS], replay
# wecom-hw ble --sim-secret-env
arg-sim-secret-env = Environment variable holding the simulated device's SecretNo (default: the text `secretNo`)
# wecom-hw ble --sim-advert
arg-sim-advert = Advertising layout of the simulated device
# wecom-hw ble --ed-sign-first
arg-ed-sign-first = 0xED layout (assumed): the sign comes before the nonce
# wecom-hw ble --ed-nonce-le
arg-ed-nonce-le = 0xED layout (assumed): the nonce is little-endian
# wecom-hw ble --ed-sign-order
arg-ed-sign-order = 0xED sign byte order (assumed): as the MD5 digest, reversed, or accept either
# wecom-hw ble scan (about)
cmd-ble-scan-about = List WeCom devices in range: address, RSSI, device ID, bind state, battery, sign check
# wecom-hw ble scan (after-help)
cmd-ble-scan-after-help =
    Every sighting is re-checked: service 0xFCE7 AND WeCom 0xEE/0xED manufacturer data (BlueZ
    merges scan filters, and 0xFCE7 also belongs to other companies). SIGN is checked only when a
    SecretNo is given (0xED only); `?` = no SecretNo, `-` = 0xEE carries no sign.
    The scan runs for --timeout, or until the device is seen with --device-id, --sn or --pick first.
    Exit codes: 7 nothing found (step scan), 2 several match with --pick only; see `wecom-hw ble --help`.

    Examples:
      wecom-hw ble scan --timeout 5
      wecom-hw ble scan --json --secret-file secret.txt     # NDJSON, one object per device
      wecom-hw ble scan --device-id 12345 --pick only
      wecom-hw ble scan --sn SN0001 --pick only        # device ID and SecretNo from the device store
# wecom-hw ble scan --timeout
arg-ble-timeout = How long to scan, in seconds, at most: with --device-id, --sn or --pick first the scan ends as soon as that device is seen
# wecom-hw ble scan --device-id
arg-ble-scan-device-id = Only devices with this device ID (decimal, as in the vendor console)
# wecom-hw ble scan --sn
arg-ble-scan-sn = Only this SN: its device ID (adverts carry no SN) and, when no secret source is given, its SecretNo come from the device store
# wecom-hw ble scan --pick
arg-ble-scan-pick = Report a single device: the strongest, the first seen, or the only one
# wecom-hw ble scan --pick strongest
val-pick-strongest = The device with the strongest signal
# wecom-hw ble scan --pick first
val-pick-first = The first device seen (stops the scan early)
# wecom-hw ble scan --pick only
val-pick-only = Exactly one device must match, else fail
# wecom-hw ble status (about)
cmd-ble-status-about = Connect, handshake, read FCC9 (MAC, protocol version) and the device's Wi-Fi status
# wecom-hw ble status (after-help)
cmd-ble-status-after-help =
    Steps: connect, handshake-start (10001), sign, handshake-confirm (10002), read-info (FCC9),
    status (30004, protocol version >= 2). Exit codes per step: see `wecom-hw ble --help`.

    Examples:
      wecom-hw ble status --secret-file secret.txt
      wecom-hw ble status --address 11:22:33:44:55:66 --signer none --json
      wecom-hw ble status --sn SN0001 --trace status.ndjson --secret-env SECRET
      wecom-hw ble status --sn SN0001       # device ID and SecretNo from the device store
# wecom-hw ble status --address
arg-address = Connect to this address directly (AA:BB:CC:DD:EE:FF) instead of scanning
# wecom-hw ble status --device-id
arg-ble-status-device-id = When scanning: only this device ID
# wecom-hw ble status --sn
arg-ble-status-sn = Expected SN: checked against the device's handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo
# wecom-hw ble status --pick
arg-ble-status-pick = When scanning: which device to use
# wecom-hw ble status --scan-timeout
arg-scan-timeout = Seconds to scan for the device, at most: the scan ends as soon as the device ID (--device-id, or the SN's from the device store) is seen, or any device with --pick first
# wecom-hw ble status --signer
arg-signer = Handshake signer: default (our own scheme, assumed; needs the SecretNo), none, or exec:PROGRAM
# wecom-hw ble status --step-timeout
arg-step-timeout = Per-step timeout override, repeatable, e.g. wifi-report=45 (steps: connect, handshake-start, sign, handshake-confirm, read-info, status, wifi-list, wifi-report)
# wecom-hw ble status --attempts
arg-attempts = Attempts for transient Bluetooth errors (connect, write, read)
# wecom-hw ble status --trace
arg-trace = Write every packet both ways, decoded, as NDJSON to this file (passwords masked)
# wecom-hw ble wifi-list (about)
cmd-ble-wifi-list-about = Ask the device for the Wi-Fi networks it sees (command IDs assumed, configurable)
# wecom-hw ble wifi-list (after-help)
cmd-ble-wifi-list-after-help =
    The Wi-Fi scan-list command IDs are not public (assumed 30005/10005); whatever JSON the device
    answers is printed. Exit code 9 (step wifi-list) when nothing comes back.

    Examples:
      wecom-hw ble wifi-list --signer none
      wecom-hw ble wifi-list --wifi-list-request-id 30001 --wifi-list-answer-id 10003 --json
# wecom-hw ble wifi-list --device-id
arg-ble-wifi-list-device-id = When scanning: only this device ID
# wecom-hw ble wifi-list --sn
arg-ble-wifi-list-sn = Expected SN: checked against the device's handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo
# wecom-hw ble wifi-list --pick
arg-ble-wifi-list-pick = When scanning: which device to use
# wecom-hw ble wifi-list --wifi-list-request-id
arg-wifi-list-request-id = Command ID of the Wi-Fi list request (assumed 30005)
# wecom-hw ble wifi-list --wifi-list-answer-id
arg-wifi-list-answer-id = Command ID of the device's Wi-Fi list answer (assumed 10005)
# wecom-hw ble provision (about)
cmd-ble-provision-about = Send Wi-Fi settings and wait for the device's report
# wecom-hw ble provision (after-help)
cmd-ble-provision-after-help =
    The password is never taken on the command line: --password-file, --password-env,
    --password-stdin, or a hidden prompt when stdin is a terminal. It is masked in --trace.
    Exit codes: 8 wifi_connected false (step wifi-report), 9 no report in time, 3 report without
    wifi_connected, 4 wrong unit (--sn); see `wecom-hw ble --help`.

    Examples:
      wecom-hw ble provision --ssid TestAP --password-file wifi.txt --secret-file secret.txt
      wecom-hw ble provision --ssid Cafe --protocol None --signer none
      printf '%s\n' "$PASS" | wecom-hw ble provision --ssid TestAP --password-stdin --sn SN0001
      wecom-hw ble provision --ssid TestAP --password-env WIFI_PASS --step-timeout wifi-report=60
      wecom-hw ble provision --sn SN0001 --ssid TestAP --password-env WIFI_PASS   # store gives ID + SecretNo
# wecom-hw ble provision --device-id
arg-ble-provision-device-id = When scanning: only this device ID
# wecom-hw ble provision --sn
arg-ble-provision-sn = Expected SN: checked against the device's handshake (10001); wrong unit → exit 4. A unit in the device store also gives the device ID to scan for and the SecretNo
# wecom-hw ble provision --pick
arg-ble-provision-pick = When scanning: which device to use
# wecom-hw ble provision --ssid
arg-ssid = Network name (1–32 bytes)
# wecom-hw ble provision --bssid
arg-bssid = Access point MAC, optional (AA:BB:CC:DD:EE:FF)
# wecom-hw ble provision --protocol
arg-protocol = Security of the network; None sends an empty password
# wecom-hw ble provision --password-file
arg-password-file = Read the Wi-Fi password from the first line of this file
# wecom-hw ble provision --password-env
arg-password-env = Read the Wi-Fi password from this environment variable
# wecom-hw ble provision --password-stdin
arg-password-stdin = Read the Wi-Fi password from the first line of standard input
# wecom-hw ble qr (about)
cmd-ble-qr-about = Print the WeCom Bluetooth discovery QR code (hw/f?t=bt) on the terminal
# wecom-hw ble qr (after-help)
cmd-ble-qr-after-help =
    Examples:
      wecom-hw ble qr
      wecom-hw ble qr --invert      # dark terminal theme
      wecom-hw ble qr --json        # just the URL
# wecom-hw ble qr --invert
arg-invert = Light modules as blocks instead of dark ones (for dark terminal themes)

## line

# wecom-hw line (about)
cmd-line-about = Production line: issue each unit's secret for flashing and print its label, once
# wecom-hw line (after-help)
cmd-line-after-help =
    Examples:
      wecom-hw line next --station line-1 --emit nvs-csv --out unit.csv \
          --flash 'flash.sh {"{"}file{"}"} {"{"}sn{"}"}' --printer tcp://192.168.1.50:9100 --label 40x30
      wecom-hw line next --sn E30000000007 --emit json --out unit.json --print label.zpl
      wecom-hw line next --sn E30000000007 --reissue 'flash chip replaced' --emit bin --out unit.bin
      wecom-hw line status
      wecom-hw line report --since 2026-11-28T08:00:00Z --format csv -o shift.csv
# wecom-hw line next (about)
cmd-line-next-about = Take the next unit (or --sn): issue its payload, flash, verify, print its label
# wecom-hw line next (after-help)
cmd-line-next-after-help =
    Examples:
      wecom-hw line next --emit nvs-csv --out unit.csv --flash 'flash.sh {"{"}file{"}"} {"{"}sn{"}"}' --print -
      wecom-hw line next --emit bin --out unit.bin --flash 'prog --port /dev/ttyUSB0 {"{"}file{"}"}' \
          --verify 'readback {"{"}sn{"}"}' --printer tcp://10.0.0.9:9100 --label-format tspl --label 40x30
      wecom-hw line next --dry-run --emit json --flash 'flash.sh {"{"}file{"}"}'
    (--help shows the bin and NVS CSV layouts and the line states)
# wecom-hw line next (after-long-help)
cmd-line-next-after-long-help =
    Examples:
      wecom-hw line next --emit nvs-csv --out unit.csv --flash 'flash.sh {"{"}file{"}"} {"{"}sn{"}"}' --print -
      wecom-hw line next --emit bin --out unit.bin --flash 'prog --port /dev/ttyUSB0 {"{"}file{"}"}' \
          --verify 'readback {"{"}sn{"}"}' --printer tcp://10.0.0.9:9100 --label-format tspl --label 40x30
      wecom-hw line next --dry-run --emit json --flash 'flash.sh {"{"}file{"}"}'

    BIN LAYOUT (--emit bin, version 1; all integers little-endian):
      offset 0  4 bytes  magic "WCHW"
      offset 4  1 byte   layout version (1)
      offset 5  1 byte   flags: bit 0 set = the secret is the batch's seedSecretNo
      offset 6  2 bytes  total length of the blob in bytes, CRC included
      offset 8  four fields in this order, each a u16 length then that many UTF-8 bytes:
                SN, SecretNo (or seedSecretNo), device id (decimal; length 0 = unknown),
                endpoint URL
      last      4 bytes  CRC-32 (IEEE, as zlib crc32) of every byte before it

    NVS CSV (--emit nvs-csv): the ESP-IDF NVS partition generator's layout
      key,type,encoding,value / <namespace>,namespace,, / then data rows: sn string,
      secret_no (or seed_secret_no) string, seed u8, device_id u64 (when known), endpoint
      string. Build the partition with: nvs_partition_gen.py generate unit.csv nvs.bin 0x6000

    LINE STATES: claimed → issued (payload written) → flashed → printed → done; or failed.
    A unit with any state has had its secret issued: `line next` never takes it again, and
    `--sn` refuses it (exit 6) unless --reissue gives a reason. `line next` first finishes
    the unit this station left unfinished (after a crash) before taking a new one.

    CHECKED BEFORE CLAIMING (and listed by --dry-run): the --flash and --verify programs
    exist, --printer parses, and with a label the unit has a bind URL (qr_url, the export's
    二维码链接 column) and its code fits the label. With --print or --printer, the next unit is
    the next one that has a bind URL: units without one are passed over with a warning and
    stay unissued for a station without a printer; `--sn` of such a unit is refused (exit 3).
    Nothing is claimed when a check fails.

    Exit codes: 2 when a --flash or --verify program or the label settings are wrong; 3 when
    the store has no unit left to issue (or none with a bind URL to print); 6 for an already
    issued unit; 7 when the flasher exited non-zero or the printer was unreachable (the unit
    stays at its step and the next `line next` prints it); 9 when the flasher or verifier
    timed out; 4 when --verify did not reproduce the payload. A flasher or verifier failure
    marks the unit failed.
# wecom-hw line next --sn
arg-line-sn = Take this unit (a scanned SN) instead of the next unissued one
# wecom-hw line next --reissue
arg-reissue = Issue a unit again whose secret was already issued; the reason goes into the ledger
# wecom-hw line next --emit
arg-emit = Payload format for the flasher
# wecom-hw line next --emit json
val-emit-json = One JSON object: sn, secret_no or seed_secret_no, seed, device_id, endpoint
# wecom-hw line next --emit env
val-emit-env = Shell assignments: WECOM_SN='…' WECOM_SECRET_NO='…' …
# wecom-hw line next --emit c-header
val-emit-c-header = C header with #define WECOM_SN "…" …
# wecom-hw line next --emit nvs-csv
val-emit-nvs-csv = ESP-IDF NVS partition generator CSV (key,type,encoding,value)
# wecom-hw line next --emit bin
val-emit-bin = Length-prefixed binary (layout in `line next --help`)
# wecom-hw line next --out
arg-line-out = Write the payload here (mode 0600, whole or not at all); default: stdout, or a private temporary file when --flash needs {"{"}file{"}"}
# wecom-hw line next --endpoint
arg-line-endpoint = Endpoint written into the payload (assumed default: the production wss endpoint)
# wecom-hw line next --nvs-namespace
arg-nvs-namespace = NVS namespace for --emit nvs-csv (at most 15 characters)
# wecom-hw line next --flash
arg-flash = Flasher command, run without a shell; {"{"}file{"}"} = the payload file, {"{"}sn{"}"} = the SN
# wecom-hw line next --flash-timeout
arg-flash-timeout = Seconds the flasher (and the verifier) may take before the unit fails
# wecom-hw line next --verify
arg-line-verify = Read-back command whose stdout must reproduce the payload; {"{"}sn{"}"} and {"{"}file{"}"} substituted
# wecom-hw line next --print
arg-print = Write the label print job to this file ("-" = stdout). {"{"}sn{"}"} in the name becomes the unit's SN (label-{"{"}sn{"}"}.zpl keeps one file per unit); without it each unit's label replaces the previous one
# wecom-hw line next --printer
arg-printer = Send the label job to a network printer (raw port 9100)
# wecom-hw line next --label-format
arg-label-format = Printer language of the label
# wecom-hw line next --label-format zpl
val-label-format-zpl = Zebra ZPL II
# wecom-hw line next --label-format tspl
val-label-format-tspl = TSC TSPL/TSPL2
# wecom-hw line next --copies
arg-copies = Copies of the label
# wecom-hw line next --label
arg-line-label = Label size in mm (e.g. 40x30): the largest whole dots per module that fits
# wecom-hw line next --dpi
arg-line-dpi = Printer resolution in dots per inch
# wecom-hw line next --dots
arg-line-dots = Dots per module without --label
# wecom-hw line next --ecc
arg-line-ecc = Error-correction level of the label code
# wecom-hw line next --quiet-zone
arg-line-quiet-zone = Quiet zone in modules
# wecom-hw line next --no-caption
arg-line-no-caption = No SN caption under the code
# wecom-hw line next --show-secrets
arg-line-show-secrets = Allow the payload, secret included, to go to stdout (no --out and no --flash)
# wecom-hw line next --dry-run
arg-line-dry-run = Walk through the steps without claiming, writing, flashing or printing; lists every problem that would stop the run before claiming, and exits as the run would
# wecom-hw line status (about)
cmd-line-status-about = Units per line state and the last failures
# wecom-hw line status (after-help)
cmd-line-status-after-help =
    Examples:
      wecom-hw line status
      wecom-hw line status --failures 20 --json
      wecom-hw line status --silent-after 600     # units held by stations quiet for 10 minutes
# wecom-hw line status --failures
arg-failures = How many recent failures to show
# wecom-hw line status --silent-after
arg-silent-after = List unfinished units whose station has not moved them for this many seconds (a station that crashed or lost its link; it resumes them on its next `line next`)
# wecom-hw line report (about)
cmd-line-report-about = Export the ledger since a time, as CSV or NDJSON, for the shift's paperwork
# wecom-hw line report (after-help)
cmd-line-report-after-help =
    Examples:
      wecom-hw line report --since 2026-11-28T08:00:00Z -o shift.csv
      wecom-hw line report --since 2026-11-28 --format ndjson
# wecom-hw line report --since
arg-since = Start time: RFC 3339 (2026-11-28T08:00:00Z) or a date (2026-11-28, UTC midnight)
# wecom-hw line report --format
arg-line-format = Export format
# wecom-hw line report --format csv
val-format-csv = CSV with a header row: id,at,sn,station,event,detail
# wecom-hw line report --format ndjson
val-format-ndjson = One JSON object per ledger line
# wecom-hw line report --output
arg-line-output = Write here (whole or not at all) instead of stdout

## store

# wecom-hw store (about)
cmd-store-about = The device store itself: migrate its schema, show what it holds, copy it between SQLite and PostgreSQL
# wecom-hw store (after-help)
cmd-store-after-help =
    The store is a SQLite file (the default) or a PostgreSQL database shared by every station
    of a site: --store postgres://USER@HOST:PORT/DB?sslmode=verify-full (or WECOM_HW_STORE).
    The password never goes in the URL: PGPASSWORD, WECOM_HW_STORE_PASSWORD_FILE (first line
    of a file) or ~/.pgpass (PGPASSFILE, passfile=). sslmode=require and verify-full verify the
    server's certificate and name, verify-ca the certificate only, prefer (the default) only
    encrypts; extra roots: sslrootcert=FILE or PGSSLROOTCERT.

    Examples:
      wecom-hw --store postgres://line@db.factory/wecom store migrate
      wecom-hw store copy ~/.local/share/wecom-hw/devices.db postgres://line@db.factory/wecom
      wecom-hw --store postgres://line@db.factory/wecom store info --json
# wecom-hw store migrate (about)
cmd-store-migrate-about = Create the store's tables or bring them to this version's schema
# wecom-hw store migrate (after-help)
cmd-store-migrate-after-help =
    Example:
      wecom-hw --store postgres://line@db.factory/wecom store migrate
# wecom-hw store info (about)
cmd-store-info-about = Engine, schema version and row counts of the store
# wecom-hw store info (after-help)
cmd-store-info-after-help =
    Example:
      wecom-hw store info --json
# wecom-hw store copy (about)
cmd-store-copy-about = Copy every unit, batch, ledger line and line record into another store, verified
# wecom-hw store copy (after-help)
cmd-store-copy-after-help =
    Both stores are read back after the copy and compared per table: row count and a SHA-256
    over every value in id order. Exit 6 when the target is not empty (unless --overwrite),
    4 when the read-back does not match.

    Examples:
      wecom-hw store copy devices.db postgres://line@db.factory/wecom
      wecom-hw store copy postgres://line@db.factory/wecom backup.db --overwrite
# wecom-hw store copy <FROM>
arg-from = The store to read (SQLite path or postgres:// URL); it is not changed
# wecom-hw store copy <TO>
arg-to = The store to write (SQLite path or postgres:// URL); created if missing
# wecom-hw store copy --overwrite
arg-overwrite = Replace whatever the target holds (its ledger too) instead of refusing

## demo

# wecom-hw demo (about)
cmd-demo-about = Run the whole job on built-in defaults: import the sample export, print labels, bring a unit online through the emulator, provision Wi-Fi
# wecom-hw demo (after-help)
cmd-demo-after-help =
    What it runs (each step is the real command, shown before it runs):
      1. import      the sample registration export into DIR/devices.db (a store of its own:
                     your default store is never touched)
      2. qr static   a 40x30 mm label per unit, one PDF job (DIR/labels.pdf) and a PNG
      3. cloud serve the local cloud emulator over TLS on 127.0.0.1, with the imported units
                     and an admin who binds after the first `active` poll
      4. connect     one unit through register, activate, bind and subscribe
      5. ble         Wi-Fi provisioning against the built-in BLE device simulator

    Examples:
      wecom-hw demo
      wecom-hw demo --dir /tmp/demo --sn E30000000007
      wecom-hw demo --export my-export.xlsx --sn MYSN0001
# wecom-hw demo --dir
arg-demo-dir = Directory for everything the demo writes (store, labels, emulator state)
# wecom-hw demo --export
arg-demo-export = Registration export to import (default: the sample that ships with wecom-hw)
# wecom-hw demo --sn
arg-demo-sn = Unit to run through the cloud lifecycle (default: the first one imported)
# wecom-hw demo --timeout
arg-demo-timeout = Give up on the cloud lifecycle after this many seconds

## gen-assets

# wecom-hw gen-assets (about)
cmd-gen-assets-about = Write shell completions and man pages generated from these definitions
# wecom-hw gen-assets <DIR>
arg-gen-assets-dir = Directory that receives completions/ and man/

## doctor

# wecom-hw cloud serve --clock-offset
arg-cloud-serve-clock-offset = Start with the cloud's clock this many seconds ahead (negative: behind), as `set-clock-skew` does later
# wecom-hw doctor (about)
cmd-doctor-about = Check what is wrong around the tool: clock, network and TLS, store, printer, Bluetooth, flasher, this machine
# wecom-hw doctor (after-help)
cmd-doctor-after-help =
    Checks: clock, network (dns, tcp, tls, websocket, proxy), store (file, schema, integrity,
    units; PostgreSQL: server, privileges), printer, bluetooth (dbus, bluetoothd, adapter,
    rfkill), flasher, machine (locale, disk, terminal), profile. With --profile the store,
    printer (and label), flasher and disk checks are those `line station` runs on that
    profile. Exit 0 when nothing failed (warnings too, unless --strict), else the exit code
    of the first failure.

    Examples:
      wecom-hw doctor
      wecom-hw doctor --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --only clock network
      wecom-hw doctor --printer tcp://192.0.2.10:9100 --ble --flasher 'esptool.py write_flash 0x0 {"{"}file{"}"}'
      wecom-hw doctor --profile station.toml --only profile store printer flasher machine
      wecom-hw --json doctor --strict
# wecom-hw doctor --endpoint
arg-doctor-endpoint = The cloud endpoint to check the clock and the network against
# wecom-hw doctor --printer
arg-doctor-printer = Check the label printer at tcp://HOST:PORT: reachable, and its status (paper, head, ribbon, pause)
# wecom-hw doctor --ble
arg-doctor-ble = Check Bluetooth: the system D-Bus, bluetoothd, an adapter present and powered, rfkill
# wecom-hw doctor --flasher
arg-doctor-flasher = Check that a flasher or verifier command exists and is executable (repeatable)
# wecom-hw doctor --profile
arg-doctor-profile = Check everything a station profile names, as `line station` does before it starts: its store, printer and label, every command, the free disk
# wecom-hw doctor --only
arg-doctor-only = Run only these checks: a group (profile, clock, network, store, printer, bluetooth, flasher, machine) or one check (network.tls)
# wecom-hw doctor --timeout
arg-doctor-timeout = Seconds each network step may take
# wecom-hw doctor --strict
arg-doctor-strict = Exit non-zero on warnings too
## line station

# wecom-hw line station (about)
cmd-line-station-about = The station an operator runs all shift: scan, flash, verify, print, PASS or FAIL
# wecom-hw line station (after-help)
cmd-line-station-after-help =
    Examples:
      wecom-hw line station --profile station.toml
      wecom-hw line station --profile station.toml --plain --json < scans.txt
      wecom-hw line station --profile station.toml --slot 1 --slot 2
      wecom-hw line station --hash-pin < pin.txt

    Plain mode reads one scan per line (an empty line takes the next unit in `next` mode)
    and the keys r, p, q (optionally with a slot number: r 2); at the end of its input it
    lets every unit under way finish, then stops. Every setting is in the profile: see
    examples/station.toml.
# wecom-hw line station --profile
arg-line-station-profile = The station profile (station.toml): store, flasher, printer, slots and the rest
# wecom-hw line station --plain
arg-line-station-plain = Plain mode: scans as lines on stdin, one line per event on stdout (also when stdout is not a terminal; --json makes the lines NDJSON)
# wecom-hw line station --slot
arg-line-station-slots = Run only this slot (as numbered in the profile, from 1; repeat for several)
# wecom-hw line station --hash-pin
arg-line-station-hash-pin = Read a lead PIN from stdin and print the profile's lead_pin_hash line for it
## console

# wecom-hw console (about)
cmd-console-about = Watch the line and the emulator live in a browser: a local web console
# wecom-hw console (after-help)
cmd-console-after-help =
    Open the URL it prints (it carries the access token); the page sets a cookie and the token
    leaves the address bar. Every request needs the token; changes also need the same origin.

    Examples:
      wecom-hw console
      wecom-hw --store postgres://line@db.factory/wecom console --listen 127.0.0.1:9000
      wecom-hw console --cloud-dir ~/.local/state/wecom-hw/cloud
      wecom-hw console --listen 0.0.0.0:8080 --allow-remote   # a line PC shown on the LAN
# wecom-hw console --listen
arg-console-listen = Address and port to serve the pages on
# wecom-hw console --allow-remote
arg-console-allow-remote = Accept a --listen address other than loopback (anyone who can reach it and holds the printed token sees the line)
# wecom-hw console --cloud-dir
arg-console-cloud-dir = State directory of a running `cloud serve`: adds the emulator page (devices, bind, unbind, push, live frame logs, fault switches) through its control socket

## console emulator: cloud serve --console
# wecom-hw cloud serve --console
arg-cloud-serve-console = Also serve the console (devices, live frame logs, bind/unbind/push, fault switches) in this process; it prints its URL, which carries the access token
# wecom-hw cloud serve --console-listen
arg-cloud-serve-console-listen = Address and port of the console (with --console)
# wecom-hw cloud serve --allow-remote
arg-cloud-serve-allow-remote = Accept a --console-listen address other than loopback (anyone who can reach it and holds the printed token drives the emulator)
