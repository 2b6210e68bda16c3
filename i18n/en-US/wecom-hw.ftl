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

## doctor

# Status words of the checklist (`--json` keeps ok/warn/fail/skip).
doctor-status-ok = ok
doctor-status-warn = warn
doctor-status-fail = FAIL
doctor-status-skip = skip
# The label of the line under a check that says what to do.
doctor-fix = fix
doctor-fix-line = { $label }: { $text }
doctor-summary = { $ok } ok, { $warned ->
        [one] 1 warning
       *[other] { $warned } warnings
    }, { $failed } failed, { $skipped } skipped
doctor-verdict = check { $name } did not pass ({ $failed } failed, { $warned ->
        [one] 1 warning
       *[other] { $warned } warnings
    })
doctor-only-unknown = not a check: use one of { $groups }, or GROUP.CHECK (e.g. network.tls)
doctor-endpoint-bad = --endpoint { $url } is not a wss:// (or ws://) URL
doctor-skip-after-failure = not checked: an earlier step failed
doctor-skip-give = not checked: give { $flag }
doctor-list-separator = { ", " }
doctor-timed-out = no answer within { $secs } s
doctor-on = on
doctor-off = off
# clock
doctor-clock-unmeasured = not measured: the endpoint did not answer
doctor-clock-skew = { $skew } s (the cloud's clock minus this machine's, by { $source })
doctor-clock-warn-hint = turn on time synchronisation (NTP): `timedatectl set-ntp true`, then `timedatectl status`
doctor-clock-fail-hint = every signature is outside its 300 s window (the cloud answers 600011/600013/600023): set the clock with NTP (`timedatectl set-ntp true`) and check again; off by { $skew } s
# network
doctor-proxy-none = no proxy variables set
doctor-proxy-set = set: { $vars } (wecom-hw connects directly and ignores them)
doctor-proxy-hint = if only the proxy may reach the internet here, ask for openhw.work.weixin.qq.com port 443 to be allowed directly
doctor-dns-ok = { $host }: { $addrs } ({ $ms } ms)
doctor-dns-none = { $host } resolves to no address ({ $ms } ms)
doctor-dns-failed = { $host } does not resolve: { $error }
doctor-dns-hint = check the host name and the DNS server (`resolvectl query { $host }` or /etc/resolv.conf)
doctor-tcp-ok = connected to { $addr } ({ $ms } ms)
doctor-tcp-failed = cannot connect to { $endpoint }: { $error }
doctor-tcp-hint = check that { $endpoint } is reachable from here: cable, Wi-Fi, firewall (outgoing port 443)
doctor-trust = system roots ({ $system }) and the bundled Mozilla roots
doctor-trust-with-ca = system roots ({ $system }), the bundled Mozilla roots and { $file }
doctor-tls-ok = issuer { $issuer }, expires in { $days } days, SNI { $sni }, trusted by { $trust } ({ $ms } ms)
doctor-tls-expiry-hint = the certificate of { $host } is expired or about to expire: tell whoever runs that server
doctor-tls-untrusted = certificate from { $issuer } is not trusted: { $error }; trust store: { $trust }
doctor-tls-untrusted-hint = if { $host } is the WeCom cloud, a firewall or proxy may be inspecting TLS (possible TLS inspection): ask for the host to be exempted; for a private or emulator CA give --ca-file
doctor-tls-no-certificate = (no certificate)
doctor-tls-system-only = { $value }; trusted only through a root added to this machine's trust store (possible TLS inspection)
doctor-tls-failed = TLS handshake failed: { $error }
doctor-tls-bad-name = { $host } cannot be used as a TLS server name
doctor-tls-plain = plain ws://: no TLS
doctor-ca-file-hint = give a readable PEM file with --ca-file
doctor-ws-ok = upgraded ({ $ms } ms)
doctor-ws-failed = WebSocket upgrade failed: { $error }
doctor-ws-hint = check the path of { $url }; a proxy or firewall may block WebSocket
# store
doctor-store-nowhere = not checked: no store location (give --store)
doctor-store-missing = no store at { $path }
doctor-store-missing-hint = importing a registration export creates it (`wecom-hw import --help` shows how), or give --store
doctor-store-unreadable = { $path } cannot be read: { $error }
doctor-store-unreadable-hint = check the permissions of { $path } and of its directory
doctor-store-file = { $path }, mode { $mode }, directory mode { $dir_mode }
doctor-store-mode-hint = the store holds SecretNos and others may read it: run `{ $command }` (or give --allow-shared-store if sharing is intended)
doctor-store-dir-hint = others may write the store's directory and replace the file: run `{ $command }`
doctor-store-schema = schema version { $version } (this wecom-hw writes { $current })
doctor-store-too-new-hint = a newer wecom-hw wrote this store: update wecom-hw on this machine
doctor-store-integrity-ok = quick check ok ({ $ms } ms)
doctor-store-integrity-bad = quick check found damage: { $detail }
doctor-store-corrupt-hint = restore { $path } from a backup, or copy what is readable into a new store
doctor-store-no-units = no units yet
doctor-store-pg-server = { $url }: PostgreSQL { $version }, TLS { $tls }
doctor-store-pg-hint = check { $url } and the role's rights
doctor-store-pg-privileges-ok = SELECT, INSERT, UPDATE on the store's tables
doctor-store-pg-privileges-missing = missing: { $missing }
doctor-store-pg-privileges-hint = ask the database owner to GRANT these to the role in --store
# printer
doctor-printer-url-hint = give the printer as tcp://HOST:PORT (port 9100 on most)
doctor-printer-unreachable = { $printer } does not answer: { $error }
doctor-printer-unreachable-hint = check the printer's power, cable and IP address
doctor-printer-silent = { $printer } is reachable ({ $ms } ms) but did not answer a status query
doctor-printer-silent-hint = its paper and head cannot be checked from here: look at the printer, or print a test label
doctor-printer-ready = { $printer } ({ $language }): ready
doctor-printer-not-ready = { $printer } ({ $language }): { $problems }
doctor-printer-not-ready-hint = fix it at the printer (load labels or ribbon, close the head, press pause/feed), then check again
doctor-printer-paper-out = paper out
doctor-printer-head-open = head open
doctor-printer-ribbon-out = ribbon out
doctor-printer-paused = paused
doctor-printer-jammed = paper jam
doctor-printer-error = printer error
# flasher
doctor-flasher-ok = { $program }: { $path }
doctor-flasher-empty = the flasher command is empty
doctor-flasher-missing = { $program } is not found on PATH
doctor-flasher-missing-hint = install the flasher, or give its full path in the command
doctor-flasher-not-executable = { $path } is not executable
doctor-flasher-chmod-hint = run `{ $command }`
# bluetooth
doctor-dbus-ok = system D-Bus reachable
doctor-dbus-failed = cannot reach the system D-Bus: { $error }
doctor-dbus-hint = start D-Bus (`systemctl status dbus`); in a container, mount /run/dbus/system_bus_socket
doctor-bluetoothd-ok = bluetoothd (org.bluez) is running
doctor-bluetoothd-missing = bluetoothd is not running (nobody owns org.bluez)
doctor-bluetoothd-hint = start it: `sudo systemctl start bluetooth` (package bluez)
doctor-adapter-unlisted = BlueZ did not list its adapters: { $error }
doctor-bluetooth-permission-hint = the D-Bus policy refuses this user: add it to the group `bluetooth` (or the group the policy names), then log in again
doctor-adapter-none = no Bluetooth adapter
doctor-adapter-not-named = no adapter named { $adapter }
doctor-adapter-none-hint = plug in a Bluetooth adapter, then check `bluetoothctl list` and `rfkill list`
doctor-adapter-on = { $adapter } powered on
doctor-adapter-off = { $adapter } is powered off
doctor-adapter-off-hint = power it on: `bluetoothctl power on` (if that fails, `rfkill unblock bluetooth`)
doctor-rfkill-ok = not blocked ({ $radios } Bluetooth radios listed by rfkill)
doctor-rfkill-soft = { $radio } is blocked by rfkill
doctor-rfkill-soft-hint = run `rfkill unblock bluetooth`
doctor-rfkill-hard = { $radio } is switched off by a hardware switch
doctor-rfkill-hard-hint = turn on the wireless switch or key of this machine
# this machine
doctor-locale = { $locale }, wecom-hw speaks { $lang }
doctor-locale-unset = no locale variable set
doctor-disk-free = { $free } GiB free in { $dir }
doctor-disk-hint = free some space where the store lives: imports and store copies need room
doctor-terminal = { $width } columns, colour { $color }
doctor-terminal-none = output is not a terminal
## docs: the books' generated command reference (gen-assets)

docs-commands-generated = generated by `wecom-hw gen-assets .` from the command definitions and the help catalogs: do not edit
docs-commands-title = Commands and flags
docs-commands-intro = Every command and flag, with its help exactly as `wecom-hw COMMAND --help` prints it. The exit codes are in [Exit codes and error codes](exit-codes.md).
docs-errcodes-title = WeCom's error codes (errcode)
docs-errcodes-intro = Every code WeCom's cloud answers with that the tool knows, as `connect`, `cloud` and the hints show them: the meaning, WeCom's own Chinese errmsg where it has one, and what to do. How to read them on a real device: [Reading 600xxx errors](../technician/errors.md).
docs-errcodes-columns = errcode | meaning | WeCom's Chinese errmsg | what to do
docs-errcodes-generated = generated by `wecom-hw gen-assets .` from the table in src/core/errcode.rs: do not edit
## connect and cloud

# One 600xxx code for a person: the code, its meaning, what to do.
errcode-describe = { $code } { $meaning } — { $todo }
# The same with WeCom's own Chinese errmsg, where it differs from the meaning.
errcode-describe-errmsg = { $code } { $meaning } ({ $errmsg }) — { $todo }
errcode-unknown = { $code } (not in WeCom's 600xxx table)

# connect: --endpoint and --ca-file
connect-endpoint-not-url = --endpoint { $url } is not a URL
connect-endpoint-no-host = --endpoint { $url } has no host
connect-endpoint-plain = --endpoint { $url } is plain ws:// (no TLS): add --insecure-plain to allow it, for a local emulator only
connect-endpoint-scheme = --endpoint { $url } must start with wss://
connect-ca-file-plain = --ca-file applies to wss:// endpoints only
connect-ca-file-unreadable = cannot read --ca-file { $path }
connect-ca-file-not-pem = --ca-file { $path } is not PEM
connect-ca-file-empty = --ca-file { $path } holds no certificate
connect-ca-file-unusable = --ca-file { $path }: unusable certificate

# connect: arguments and secrets
connect-until-bad = --until { $value }: expected registered, bound, subscribed or a push name (push_...)
connect-until-bad-hint = known pushes: { $pushes }
connect-until-with-call = --until and `call` exclude each other: a call ends the run itself
connect-seed-not-kept = a seed unit without --state-file or a device store entry: the exchanged SecretNo is not kept, and the cloud refuses a second exchange ({ $code })
connect-transcript-failed = cannot open transcript { $path }
connect-download-dir-not-dir = --download-dir { $dir } is not a directory
connect-download-dir-not-dir-hint = give a directory for the firmware images (--download-dir DIR)
connect-download-dir-missing-hint = create it first ({ $mkdir }), or give another --download-dir
connect-no-secret = no { $what } given for SN { $sn }, and the device store { $store } does not hold this SN
connect-no-secret-hint = use --secret-file PATH, --secret-stdin or set { $env }; or import the registration export that lists SN { $sn } into the store ({ $command } shows how)
connect-seed-not-seed = --seed: the device store holds SN { $sn } with its own SecretNo, not a seed
connect-seed-not-seed-hint = drop --seed, or give the seedSecretNo with --secret-file
connect-secret-from = { $what } from { $origin } (fingerprint { $fingerprint })
connect-secret-from-store = { $what } from the device store { $store } (SN { $sn }, fingerprint { $fingerprint })
# Starting an async runtime failed (connect, cloud serve).
runtime-failed = cannot start the runtime

# connect: the run's end
connect-interrupted = interrupted: connection closed
connect-timed-out = timed out after { $secs } s waiting for { $goal }; last state: { $last }
connect-goal-registered = registered
connect-goal-bound = bound
connect-goal-subscribed = subscribed
connect-goal-push = push { $cmd }
connect-goal-call = the call answered
connect-goal-done = done
connect-reaction-failed = reaction to { $cmd } failed: { $error }

# connect: a request the cloud refused
connect-refused = `{ $step }` refused by the cloud: { $what } [{ $errmsg }]
connect-refused-600002 = { $code } { $meaning } (设备已注册): the cloud serves SN { $sn } on another live connection, not on this one
connect-hint-600001 = is the SN registered for this model in the console (or in the emulator's --devices)?
connect-hint-600002 = another connection of SN { $sn } is live on the cloud (a second connect of this SN, or the unit itself): stop it, or wait until the cloud drops it, then run this again
connect-hint-600011 = the SecretNo does not match SN { $sn }; check the secret source { $source ->
        [exchange] (a seedSecretNo)
        [seed] (the SecretNo exchanged for the seed)
       *[other] (use --seed for a shared seedSecretNo)
    }
connect-hint-600011-sign = ; { $command } shows the canonical string and signature that were sent
connect-hint-600047 = the seed exchange is not possible now: already exchanged or registered (the vendor can reset the SecretNo)

# connect: reaching the cloud
connect-connecting = connecting to { $url } as { $sn }
connect-connecting-again = connecting to { $url } (attempt { $attempt })
connect-hint-certificate = the server certificate is not trusted: give its CA with --ca-file (for the emulator: the ca.pem it prints)
connect-unreachable = cannot connect to { $url } { $why }; last error at step { $step }: { $error }
connect-unreachable-deadline = within the { $secs } s of --timeout{ $attempts ->
        [0] {""}
        [one] {" "}(1 attempt)
       *[other] {" "}({ $attempts } attempts)
    }
connect-unreachable-attempts = { $attempts ->
        [one] (1 attempt, --connect-attempts)
       *[other] ({ $attempts } attempts in a row, --connect-attempts)
    }
connect-step-tcp = TCP connect
connect-step-tls = TLS handshake
connect-step-upgrade = WebSocket upgrade
connect-step-timeout = connect
connect-hint-tcp = check the host and port of --endpoint and the network (DNS, firewall, proxy); for a local emulator: is cloud serve running and listening there?
connect-hint-tls = the TLS handshake failed: check that --endpoint speaks wss:// (TLS) on that port
connect-hint-tls-ca = the TLS handshake failed: check that --endpoint speaks wss:// (TLS) on that port, and give a private CA with --ca-file (for the emulator: the ca.pem it prints)
connect-hint-upgrade = the server answered but refused the WebSocket upgrade: check the URL of --endpoint (scheme, host, path)
connect-hint-timeout = nothing answered in time: check the host and port of --endpoint and the network (firewall, proxy), or give a longer --timeout

# connect: lifecycle lines (stderr; --json prints the events instead)
connect-connected = connected
connect-time-synced = cloud time { $time } (device offset { $offset } s)
connect-clock-skew = the device clock is { $skew } { $direction ->
        [behind] behind
       *[ahead] ahead of
    } the cloud's; signing with the cloud's time
connect-secret-exchanged = seed exchanged: device SecretNo stored (fingerprint { $fingerprint })
connect-registered-code-stored = registered (active_code stored)
connect-registered = registered
connect-already-registered = already registered on the cloud: continuing
connect-waiting-for-bind = waiting for an admin to bind { $sn } (active: { $code } { $meaning }); polling every 5 s
connect-still-waiting = still waiting for a bind ({ $polls } polls)
connect-bound = bound to a corp: secret stored
connect-bound-same = bound (same secret)
connect-online = online: subscribed to corp info; heartbeat every { $secs } s
connect-pong = heartbeat answered in { $ms } ms
connect-pong-missed = heartbeat not answered within 10 s ({ $missed } in a row)
connect-push = push { $cmd }
connect-push-body = push { $cmd } { $body }
connect-unbound = unbound ({ $reason }): secret wiped, polling active again
connect-cloud-error = cloud error on `{ $step }`: { $what } [{ $errmsg }]
connect-resend = no reply to `{ $cmd }`; sending again (retry { $attempt })
connect-restart = login restarted on the same connection: { $reason }
connect-malformed = dropped a malformed frame from the cloud ({ $step }): { $detail }
connect-late-reply = dropped a reply to no request in flight [{ $req_id }] ({ $step }): late, or not ours
connect-push-ignored = ignored { $cmd }: a push before `register` succeeded on this connection ({ $step }) cannot be for this device
connect-ping-flood = ping flood: over { $limit } WebSocket pings from the cloud within 1 s; answering them (a newer ping replaces an unsent pong), staying connected
connect-disconnected = disconnected: { $reason }
connect-reconnecting = reconnecting in { $secs } s (attempt { $attempt })
# The last milestone, named in the timeout message.
connect-last-not-connected = not connected
connect-last-connected = connected
connect-last-exchanged = seed exchanged
connect-last-registered = registered
connect-last-waiting = waiting for a bind
connect-last-bound = bound
connect-last-online = online
connect-last-unbound = unbound
connect-last-disconnected = disconnected ({ $reason })

# connect: one-shot calls and reactions
connect-no-firmware = no firmware published ({ $code }): no update available
connect-firmware = firmware { $version } ({ $bytes } bytes, md5 { $md5 })
connect-cloud-time = cloud time { $time } (offset { $offset } s)
connect-error-report-accepted = error report accepted
connect-uploaded = uploaded { $path }
connect-selfhelp-accepted = selfhelp_notify accepted; waiting 3 s for the cloud's push
connect-qr-saved = (saved { $format } as { $path })
connect-qr-saved-undecoded = { $format } image saved as { $path } (not decoded)
connect-qr-undecoded = { $format } image of { $bytes } bytes (not decoded; use --out)
connect-qr-json = gen_login_qrcode answered with JSON, not the binary image
connect-qr-png-bad = login QR: PNG does not decode
connect-qr-none = login QR: no QR code found in the image
connect-qr-bad = login QR: the QR code does not decode
connect-unexpected-binary = `{ $cmd }` got an unexpected binary reply of { $bytes } bytes
connect-log-unreadable = cannot read log file { $path }
connect-cannot-write = cannot write { $path }
connect-on-hint = use CMD=fetch, CMD=upload:FILE or CMD=exec:PROGRAM, e.g. --on push_fetch_log=upload:app.log
connect-on-no-equals = no `=`
connect-on-not-push = the left side must be a push name (push_...)
connect-on-no-file = upload: needs a file
connect-on-no-program = exec: needs a program
connect-on-unknown-action = unknown action
connect-on-twice = a second reaction for the same push
connect-reaction-done = reaction to { $cmd }: { $detail }

# The cloud's answers that cannot be used (wss typed errors)
cloud-bad-frame = the cloud sent a binary message that cannot be read: { $detail }
cloud-bad-envelope = the cloud sent a message that is not a valid envelope: { $detail }
cloud-reply-lacks = reply to `{ $cmd }` lacks `body.{ $field }`

# cloud: operator commands
cloud-refused = the emulator refused the request
cloud-unknown-sn = unknown SN { $sn }: the emulator knows { $known } device(s); load it with --devices
cloud-unknown-sn-hint = restart the emulator with a --devices, --export or --from-store that lists the SN
cloud-not-connected = { $sn } is not connected (it has not registered on any live connection)
cloud-not-seed = { $sn } has its own SecretNo (not a seed model); nothing to reset
cloud-firmware-not-file = { $path } is not a readable file
cloud-push-name-bad = { $cmd } is not a push name: a push name is lowercase letters, digits and `_` (fetch_log, update_firmware, user_scan, restart, or push_NAME){ $body ->
        [yes] ; this looks like the JSON body, which comes after the name
       *[no] {""}
    }
cloud-push-name-hint = name the push, then its body: { $example }
cloud-push-body-hint = give a JSON object in single quotes: { $example }
cloud-push-body-not-object = the body of { $name } must be a JSON object, not { $kind ->
        [null] null
        [boolean] a boolean
        [number] a number
        [string] a string
       *[array] an array
    }
cloud-push-body-not-json = the body of { $name } is not valid JSON: { $error }
cloud-no-home = no home directory to keep the emulator state in
cloud-no-home-hint = give --state-dir DIR
cloud-export-errors = { $path } has { $count } error(s); the first: { $first }
cloud-export-errors-hint = { $command } lists them all
cloud-devices-conflict = SN { $sn } has a different secret in { $source } than in { $first }
cloud-devices-conflict-hint = give the emulator one source per unit, or fix the one that is wrong
cloud-source-store = the device store { $path }
cloud-devices-added = { $count } new device(s) from --devices
cloud-state-invalid = { $path } is not a valid emulator state file
cloud-state-invalid-hint = move it away to start afresh
cloud-state-unreadable = reading { $path }

# The label printer (net/printer.rs)
printer-bad-url = --printer { $url }: expected tcp://HOST:PORT (e.g. tcp://192.0.2.10:9100)
printer-no-address = --printer { $url }: no address
printer-failed = printer { $url }
printer-failed-hint = the unit stays at its step; `line next` prints it when the printer is back
printer-cannot-write = cannot write the label { $path }
cloud-no-emulator = no emulator answers on { $socket }
cloud-no-emulator-hint = start one with { $command }: operator commands reach the emulator that uses the same --state-dir
cloud-control-socket = control socket
cloud-control-unreadable = control socket: unreadable answer ({ $error }): { $answer }

# cloud: what an operator command did (stdout)
cloud-pushed = , { $cmd } sent to conn
cloud-not-pushed = {" "}(device offline: it learns at its next active/subscribe)
cloud-bound = { $sn } bound to { $corp }{ $pushed }
cloud-was-not-bound = not bound
cloud-unbound = { $sn } unbound (was { $was }){ $pushed }
cloud-push-sent = { $cmd } sent to { $sn } (conn { $conn })
cloud-published = published firmware { $version } ({ $bytes } bytes, md5 { $md5 }) at { $url }
cloud-secret-no-reset = { $sn }: SecretNo reset; the device may exchange its seed again
cloud-expired = { $sn } expired: register answers { $code }
cloud-not-expired = { $sn } no longer expired
cloud-dropped = { $sn }: connection { $conn } closed
cloud-clock-skewed = cloud clock skewed by { $secs } s (cloud time { $time })
# cloud status
cloud-status = cloud time { $time } (skew { $skew } s), { $connections } connection(s), firmware: { $firmware }
cloud-status-firmware = { $version } ({ $bytes } bytes)
cloud-status-no-firmware = none
cloud-status-no-devices = no devices
cloud-status-online = online
cloud-status-stage = stage
cloud-status-bound-to = bound to
cloud-status-notes = notes
cloud-status-yes = yes
cloud-status-no = no
cloud-note-seed-exchanged = seed exchanged
cloud-note-seed-not-exchanged = seed not exchanged
cloud-note-registered = registered
cloud-note-expired = EXPIRED
cloud-note-firmware = fw { $version }
cloud-note-uploads = { $count } upload(s)
cloud-note-separator = {", "}
# cloud serve: start-up lines (stderr)
cloud-serving = wecom-hw cloud emulator on { $url } with { $devices } device(s); state in { $dir }
cloud-new-ca = created a new CA: { $ca } — devices trust this emulator with --endpoint { $url } --ca-file { $ca }
cloud-trust-ca = devices trust this emulator with --ca-file { $ca }
cloud-plain = plain ws:// (no TLS): for local testing only
cloud-operator-commands = operator commands from another terminal: { $command }
cloud-no-devices = no devices loaded (--devices FILE): every register will get { $code }
cloud-cannot-write = cannot write { $path }
cloud-cannot-read = cannot read { $path }
cloud-bad-ca-key = { $path } is not a usable CA key
cloud-bad-ca-key-hint = move the state directory's ca.pem and ca-key.pem away: the emulator makes a new CA, and devices must then trust the new ca.pem
cloud-bad-san = { $name } is not a valid DNS name for the certificate
cloud-control-bind = cannot create the control socket { $path }
# connect -v: where the device state lives
connect-state-none = device state is not kept (no --state-file, SN not in the device store)
connect-state-file = device state in state file { $path }
connect-state-store = device state in the device store { $store } (SN { $sn })
# cloud serve: the emulator's log (stderr; --json logs the events instead)
cloud-log-upload = { $sn }: stored { $cmd } v{ $version } [{ $req_id }], { $bytes } bytes, in { $dir }
cloud-log-upload-failed = { $sn }: could not store upload [{ $req_id }]: { $error }
cloud-log-accept-failed = accept failed: { $error }
cloud-log-stopped = emulator stopped; state saved
cloud-log-save-failed = could not save state: { $error }
cloud-log-tls-failed = { $peer }: TLS handshake failed: { $error }
cloud-log-tls-timeout = { $peer }: TLS handshake timed out
cloud-log-ws-failed = { $peer }: WebSocket handshake failed: { $error }
cloud-log-opened = conn { $conn } opened from { $peer }
cloud-log-idle = conn { $conn }: silent for { $secs } s, closing
cloud-log-stalled = conn { $conn }: the device reads nothing ({ $queued } frames queued): closing
cloud-log-closed = conn { $conn } closed
cloud-log-closed-sn = conn { $conn } closed ({ $sn })
cloud-log-push = conn { $conn } <- { $cmd }
cloud-log-malformed = conn { $conn }: malformed request ({ $error }); answered { $code } without headers
cloud-log-malformed-binary = conn { $conn }: dropped malformed binary message of { $bytes } bytes: { $error }
# A request and its answer: "conn 3 E300… -> register [req-1]: ok".
cloud-log-request = conn { $conn } -> { $cmd } [{ $req_id }]: { $result }
cloud-log-ok = ok
cloud-log-takeover = conn { $conn } takes over { $sn } from conn { $old }
cloud-log-auto-bind = { $sn }: auto-bind after { $polls } polls
cloud-log-unknown-cmd = conn { $conn }: unknown cmd { $cmd }
connect-exec-cannot-run = cannot run { $program }: { $error }
connect-exec-ran = { $program } ran
connect-exec-failed = { $program } exited with { $status }
connect-fetch-not-newer = firmware { $version } is not newer than { $current }: nothing to do
connect-fetch-done = firmware { $version } downloaded, size and md5 verified, saved as { $path }
# cloud serve --devices FILE
cloud-devices-no-sn = { $at }: no `sn` value
cloud-devices-no-secret = { $at }: no secret_no value for { $sn }
cloud-devices-bad-seed = { $at }: column seed: { $value } is not a yes/no value (use 1/0, true/false, yes/no)
cloud-devices-twice = { $at }: SN { $sn } appears twice
cloud-devices-not-object = { $at }: not a JSON object: { $error }
cloud-devices-header = { $path }: header row: { $error }
cloud-devices-no-sn-column = { $path }: no SN column (headers: { $headers })
cloud-devices-no-secret-column = { $path }: no secret_no / seedSecretNo column

# The 600xxx table (core/errcode.rs): what each code means and what to do about it.
# `connect` and `cloud` show them beside the code and WeCom's own Chinese errmsg.
errcode-minus1-meaning = system busy
errcode-minus1-todo = retry, at most 3 times
errcode-0-meaning = success
errcode-0-todo = nothing to do
errcode-600001-meaning = invalid SN (perhaps not registered in the vendor console)
errcode-600001-todo = check the SN was registered under this model in the console; fatal until fixed
errcode-600002-meaning = device already registered (probably already has a long connection)
errcode-600002-todo = continue with `active`; close any other connection of this SN
errcode-600003-meaning = invalid hardware activecode
errcode-600003-todo = register again to get a new active_code
errcode-600004-meaning = hardware not authorised to any corp
errcode-600004-todo = while polling `active`: wait for an admin to bind; after having been bound: wipe the secret and re-activate
errcode-600005-meaning = hardware secret invalid
errcode-600005-todo = drop the stored secret and activate again
errcode-600006-meaning = hardware deviceid invalid
errcode-600006-todo = check the device id burned into the device
errcode-600007-meaning = missing hardware sn
errcode-600007-todo = client bug: send `sn`
errcode-600008-meaning = missing nonce
errcode-600008-todo = client bug: send `nonce`
errcode-600009-meaning = missing timestamp
errcode-600009-todo = client bug: send `timestamp`
errcode-600010-meaning = missing signature
errcode-600010-todo = client bug: send `device_signature`
errcode-600011-meaning = signature check failed
errcode-600011-todo = check the SecretNo (seed vs exchanged) and that values are sorted byte-wise before hashing
errcode-600012-meaning = this long connection already registered a device
errcode-600012-todo = treat as registered; continue with `active`
errcode-600013-meaning = missing activecode
errcode-600013-todo = client bug: send `active_code`
errcode-600014-meaning = device not network-registered
errcode-600014-todo = restart at `register`
errcode-600015-meaning = missing secret
errcode-600015-todo = client bug: send `secret`
errcode-600016-meaning = device not activated
errcode-600016-todo = run `active` again
errcode-600017-meaning = invalid check-in time
errcode-600017-todo = attendance: fix the check-in time
errcode-600018-meaning = invalid start/end time
errcode-600018-todo = attendance: fix the time range
errcode-600019-meaning = invalid end time
errcode-600019-todo = attendance: fix the end time
errcode-600020-meaning = device not logged in
errcode-600020-todo = restart the login sequence (register, active, subscribe_corp)
errcode-600021-meaning = device SN already exists
errcode-600021-todo = the SN is registered already; treat as done if that was the intent
errcode-600023-meaning = timestamp expired
errcode-600023-todo = sync the clock with `get_timestamp`, re-sign and retry; check the device clock
errcode-600024-meaning = firmware larger than 5 MB
errcode-600024-todo = console: publish a smaller image
errcode-600025-meaning = firmware name empty or over 20 bytes
errcode-600025-todo = console: fix the firmware name
errcode-600026-meaning = firmware info does not exist
errcode-600026-todo = no firmware published: no update available
errcode-600027-meaning = invalid firmware parameters
errcode-600027-todo = console: fix the firmware parameters
errcode-600028-meaning = firmware version already exists
errcode-600028-todo = console: use a new version number
errcode-600029-meaning = invalid firmware version
errcode-600029-todo = console: fix the version string
errcode-600030-meaning = missing firmware version
errcode-600030-todo = console: give a version
errcode-600031-meaning = this hardware's firmware may not be upgraded
errcode-600031-todo = check the model's upgrade settings
errcode-600032-meaning = cannot parse the hardware QR code
errcode-600032-todo = check the QR payload: a bind or login URL must verify against the unit's SecretNo
errcode-600033-meaning = model id conflict
errcode-600033-todo = console: check the model id
errcode-600034-meaning = fingerprint data too large
errcode-600034-todo = reduce the template size
errcode-600035-meaning = face data too large
errcode-600035-todo = reduce the template size
errcode-600036-meaning = device SN conflict
errcode-600036-todo = console: the SN is used elsewhere
errcode-600037-meaning = missing model id
errcode-600037-todo = give a model id
errcode-600038-meaning = model does not exist
errcode-600038-todo = check the model id in the console
errcode-600039-meaning = unsupported device type
errcode-600039-todo = report to the vendor
errcode-600040-meaning = print job id does not exist
errcode-600040-todo = printer: check the job id
errcode-600041-meaning = invalid offset/limit
errcode-600041-todo = fix paging (limit at most 200)
errcode-600042-meaning = invalid model id
errcode-600042-todo = check the model id
errcode-600043-meaning = door rule not set
errcode-600043-todo = door: set a rule in the admin console
errcode-600044-meaning = door rule invalid
errcode-600044-todo = door: fix the rule
errcode-600045-meaning = device already subscribed to corp info
errcode-600045-todo = treat as success
errcode-600046-meaning = oper id and userid mismatch
errcode-600046-todo = enrolment/door: check the ids
errcode-600047-meaning = SecretNo status invalid (shared initial SecretNo exchange)
errcode-600047-todo = seed models: run `get_secret_no` before `register` and sign `register` with the exchanged SecretNo; if already exchanged, the vendor can reset it
errcode-600048-meaning = invalid fingerprint algorithm
errcode-600048-todo = fix `ext_args.fp_algorithm`
errcode-600049-meaning = invalid face algorithm
errcode-600049-todo = fix `ext_args.fa_algorithm`
errcode-600050-meaning = invalid algorithm length
errcode-600050-todo = at most 5 entries in `ext_args`
errcode-600051-meaning = device expired
errcode-600051-todo = fatal: contact the vendor
errcode-600052-meaning = invalid file chunk
errcode-600052-todo = upload again
errcode-600053-meaning = this connection already activated
errcode-600053-todo = continue with `subscribe_corp`
errcode-600054-meaning = this connection already subscribed
errcode-600054-todo = treat as success
errcode-600055-meaning = invalid user type
errcode-600055-todo = attendance: fix the user type
errcode-600056-meaning = invalid health status
errcode-600056-todo = temperature: fix the status
errcode-600057-meaning = missing temperature
errcode-600057-todo = temperature: send it
errcode-600063-meaning = hardware does not support scanning
errcode-600063-todo = disable the scan feature
