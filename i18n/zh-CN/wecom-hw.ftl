# wecom-hw 输出的消息，代码中用 `crate::fl!` 查找。消息 ID 和变量须与
# ../en-US/wecom-hw.ftl 一致（有测试比对）。术语见 shared/spec/glossary.md。

## output.rs：各命令报告结果的方式

output-error = 错误
output-warning = 警告
output-hint = 提示
output-labelled = { $label }：{ $text }

## 退出码（README、`--help`、man 手册）

exit-code-0 = 成功
exit-code-2 = 用法错误：命令行有误
exit-code-3 = 输入数据有误：文件、行、列、SN、URL 或密钥来源
exit-code-4 = 校验失败：签名不正确，或生成的码回读解码不一致
exit-code-5 = 已过期：签名的码或请求已超出有效期
exit-code-6 = 与设备库冲突（SN 重复，或该设备已下发）
exit-code-7 = 无法连接网络或设备
exit-code-8 = 云端拒绝了请求（errcode 非零）
exit-code-9 = 某一步骤超时
exit-code-10 = 本地 I/O 错误（文件或设备库）
exit-code-70 = 内部错误（程序缺陷，请反馈）

## qr, sign, line, ble, demo

# sign：各场景的选项
sign-url-wrong-scene = --url 只适用于 bind 和 login 码，不适用于 `{ $scene }`
sign-state-login-only = --state 只适用于 login 码
sign-login-needs-state = login 码需要 --state（push_user_scan 中返回的不透明文本）
# sign --explain：各行的标题（按显示宽度对齐）
sign-explain-scene = 场景
sign-explain-inputs = 输入
sign-explain-secret = 密钥
sign-explain-sorted = 排序
sign-explain-canonical = 待签名串
sign-explain-sha1 = sha1
sign-explain-url = URL
sign-explain-secret-value = sha256:{ $fingerprint }（上方已掩码）
sign-explain-sorted-value = 各值按字节排序（数字 < A-Z < _ < a-z；数字按文本比较）
# sign verify
sign-malformed-url = URL 格式有误：{ $error }
sign-static-code = 静态绑定二维码 hw_code={ $hw_code }：无签名可校验，不会过期
sign-valid = SN { $sn } 的 { $kind } 码有效：签发于 { $age } 前，还剩 { $left }（有效期 { $valid_for }）
sign-bad-signature = SN { $sn } 的设备签名不匹配（密钥 sha256:{ $fingerprint }，来自 { $origin }）
sign-bad-signature-hint = 请确认这是 SN { $sn } 的 SecretNo；{ $command } 会显示本应签名的内容
sign-expired = SN { $sn } 的 { $kind } 码已于 { $ago } 前过期（签发于 { $age } 前，有效期 { $valid_for }）
sign-expired-hint = 请出示新签名的码；若反复出现，请检查设备时钟
# sign --input（批量）
sign-batch-unknown-format = 无法判断 { $file } 的格式：请用 --input-format csv|ndjson 指定
sign-batch-cannot-open = 无法打开批量输入文件 { $file }：{ $error }
sign-batch-done = 已为 { $file } 签名 { $rows } 行，用时 { $secs } 秒
sign-batch-at-line = { $file } 第 { $line } 行
sign-batch-no-column = 缺少 `{ $column }` 列（表头：{ $headers }）
sign-row-sn-empty = sn 为空
sign-row-secret-empty = secret_no 为空
sign-row-bad-timestamp = 时间戳 { $value } 不是不带前导零的十进制数
sign-row-bad-nonce = 随机数 { $value } 不是十进制数
sign-row-login-needs-state = login 码需要 `state` 列或 --state
# qr：生成单个码
qr-unknown-format = 无法判断 { $file } 的格式：请用 --format png|svg|term|zpl|tspl|pdf 指定
qr-binary-to-terminal = 不会把 { $format } 写到终端：请用 --output FILE 指定文件，或重定向标准输出
qr-json-needs-output = --json 描述的是写出的文件：请用 --output FILE 指定文件
qr-describe-label = { $code }，{ $modules } 模块，每模块 { $dots } 点（{ $module_mm } mm），标签 { $label }，{ $dpi } dpi
qr-describe-image = { $code }，{ $modules } 模块，每模块 { $dots } 点，{ $width }×{ $height } 像素
qr-wrote-checked = 已写入 { $file }：{ $what }，回读解码正确
qr-wrote-unchecked = 已写入 { $file }：{ $what }，未做回读校验
qr-dynamic-on-label = --url 是动态绑定二维码：会过期，不能打印在标签上
qr-dynamic-on-label-hint = 请打印静态 hw_code URL，或在屏幕上显示新生成的码：{ $command }
qr-other-text-hint = 如要编码其他文本：{ $command }
qr-static-needs-data = 请给出 --url、--hw-code 或 --input
qr-bad-every = --every { $every }：请给出 10m 或 90s 这样的时长，且短于 { $minutes } 分钟的有效期
qr-watch-code = SN { $sn } 的第 { $n } 个码：签名于 { $ts }，有效至 { $until }（{ $valid } 秒），{ $every } 秒后换新码
qr-watch-code-last = SN { $sn } 的第 { $n } 个码：签名于 { $ts }，有效至 { $until }（{ $valid } 秒）
qr-watch-countdown = SN { $sn }：当前码还有效 { $left }；{ $next } 后换新码
# qr url
qr-cannot-read-text-file = 无法读取 --text-file { $file }
qr-cannot-read-stdin = 无法从标准输入读取文本
qr-url-needs-text = 请给出要编码的文本，用 "-" 表示标准输入，或用 --text-file PATH
qr-empty-text = 要编码的文本为空
# qr static：批量
qr-cannot-read = 无法读取 { $file }
qr-progress-bar = {"{"}bar:40{"}"} {"{"}pos{"}"}/{"{"}len{"}"} 张标签 {"{"}per_sec{"}"} 剩余 {"{"}eta{"}"}
qr-progress = qr static：{ $n }/{ $total } 张标签
qr-unknown-name-format = 无法从 --name { $name } 判断格式：请用 --format 指定
qr-batch-term = 批量文件不能是 `term`：请用 png、svg、zpl、tspl 或 pdf
qr-duplicate-file = 第 { $first } 行和第 { $second } 行都会生成 { $name }：SN 必须唯一（或在 --name 中加入 {"{"}row{"}"}）
qr-cannot-create = 无法创建 { $path }
qr-cannot-clean = 无法清理 { $path }
qr-cannot-open = 无法打开 { $path }
qr-cannot-sync = 无法同步 { $path }
qr-cannot-write = 无法写入 { $path }
qr-removed-stale = 已删除上次运行遗留的 { $count } 个未完成临时文件
qr-batch-needs-target = 批量生成需要 --out-dir DIR（每台一个文件）或 --output FILE（一个 zpl/tspl/pdf 打印任务）
qr-one-code-per-file = { $format } 每个文件只能放一个码：请用 --out-dir 加 --name，或输出 .zpl/.tspl/.pdf 打印任务
qr-at-row = 第 { $row } 行（SN { $sn }）
qr-batch-summary = qr static：写入 { $written } 张，跳过 { $skipped } 张，失败 { $failed } 张 → { $target }
qr-batch-failed = { $total } 张标签中有 { $failed } 张失败；第一张：{ $at }：{ $error }
qr-batch-failed-hint = 重新运行同一命令，只会补做缺少的标签
# qr static --from-store
qr-store-no-url = 设备库中 SN { $sn } 没有静态绑定二维码的 URL（导出的 Excel 文件没有二维码链接或 hw_code 列）
qr-store-no-url-hint = 请给出 --url 或 --hw-code，或导入带“二维码链接”列的设备登记表
qr-store-unknown-sn = SN { $sn } 不在设备库 { $store } 中
qr-store-unknown-sn-hint = 请给出 --url 或 --hw-code，或导入设备登记表：wecom-hw import FILE
qr-store-empty = 设备库中没有设备
qr-store-empty-batch = 设备库的批次 { $batch } 中没有设备
qr-store-empty-hint = { $command } 会列出各批次及其设备
# demo：演示自身的说明（它运行的命令各自输出）
demo-creating = 正在创建 { $path }
demo-locating-binary = 正在查找 wecom-hw 程序
demo-writing = 正在写入 { $path }
demo-running = 正在运行 wecom-hw
demo-step = 第 { $n }/{ $total } 步：{ $what }
demo-step-import = 将设备登记表导入演示专用的设备库
demo-step-labels = 为每台设备打印静态绑定二维码标签
demo-step-cloud = 用导入的设备启动本地企业微信云端模拟器
demo-step-online = 让 { $sn } 上线：注册网络、激活设备（由模拟器的企业管理员绑定）、订阅企业信息
demo-step-ble = 通过低功耗蓝牙配网（内置设备模拟器）
demo-step-failed = 演示步骤失败：{ $command }（{ $status }）
demo-reusing-store = （沿用 { $store }：重新导入不会改变任何内容）
demo-unknown-sn = SN { $sn } 不在 { $export } 中
demo-no-units = { $export } 中没有设备
demo-emulator-up = 模拟器运行于 { $url }，共 { $devices } 台设备；CA 证书 { $ca }
demo-starting-emulator = 正在启动云端模拟器
demo-reading-emulator = 正在读取模拟器的第一行输出
demo-emulator-failed = 云端模拟器未能启动（见上方输出）
demo-done = 演示完成：设备库 { $store } 中有 { $count } 台设备，标签在 { $labels } 和 { $png }，{ $sn } 已通过模拟器上线，并已通过 BLE 完成配网
# line status、line report
line-status-silent = 被无响应工位占用（超过 { $secs } 秒没有进展）：
line-status-failures = 最近的失败：
line-bad-since = 应为 RFC 3339 时间（2026-11-28T08:00:00Z）或日期
line-report-written = { $since } 以来的 { $entries } 条台账记录 → { $file }
# line next：单台设备的进展
line-claimed = { $sn }：已领取
line-resuming = { $sn }：继续上次的流程（停在 { $from }）
line-reissued = { $sn }：已重新下发
line-issued = { $sn }：已下发烧录数据（{ $detail }）
line-flashed = { $sn }：已烧录（{ $detail }）
line-done = { $sn } 完成
line-step-failed = { $sn }：{ $why }；该设备已标记为失败
line-finishing-first = 先完成 { $sn }（本工位上次停在 { $state }），再处理 { $want }；处理 { $want } 请再运行一次
line-passing-over = 跳过 { $count } 台没有绑定 URL（qr_url）的未下发设备，第一台为 { $first }：无法为其打印标签；它们保持未下发，留给不打印标签（不带 --print/--printer）的工位
# line next：拒绝执行
line-both-to-stdout = 烧录数据和标签不能同时输出到标准输出：请用 --out FILE 或 --print FILE
line-json-payload-to-stdout = 使用 --json 时标准输出用于结果：请用 --out FILE 指定烧录数据文件
line-secret-to-stdout = 烧录数据含有设备密钥：输出到标准输出需要 --show-secrets
line-secret-to-stdout-hint = 请用 --out FILE（以 0600 权限写入），或加上 --show-secrets 通过管道传递
line-bad-nvs-namespace = --nvs-namespace 须为 1 到 15 个字符（NVS 键名的限制）
line-unknown-sn-hint = 请先导入设备登记表：wecom-hw import FILE
line-none-with-url = { $store } 中已没有带绑定 URL（qr_url）的设备可下发：{ $count } 台未下发设备都没有，无法为其打印标签（第一台为 { $first }）
line-none-with-url-hint = 这些设备在导出表中没有二维码链接；请不打印标签下发：{ $command }
line-flasher-not-found = 找不到烧录程序 { $program }（带斜杠的名称是相对当前目录的路径，不带斜杠的名称在 PATH 中查找）
line-verifier-not-found = 找不到回读校验程序 { $program }（带斜杠的名称是相对当前目录的路径，不带斜杠的名称在 PATH 中查找）
line-program-not-found-hint = 请给出程序的路径（例如 ./flash.sh）并设为可执行；它不经过 shell 直接运行
line-no-url = SN { $sn }：设备库中没有它的绑定 URL（qr_url），无法打印标签；未领取任何设备
line-no-url-hint = 它在导出表中没有二维码链接；请不打印标签下发：{ $command }
line-no-url-resume-hint = 它在导出表中没有二维码链接；本工位上次停在 { $state }；请不打印标签完成：{ $command }
line-no-url-to-print = SN { $sn }：设备库中没有可打印的绑定 URL（qr_url）
line-claimed-vanished = 已领取的 SN { $sn } 不见了
line-core-stuck = { $sn }：产线流程既无事可做，也未完成
line-halted = { $sn }：停在 { $step } 步骤：{ $why }
line-nothing-left = { $store } 中已没有可下发的设备
line-nothing-left-hint = 请导入下一份设备登记表，或查看 { $command }
line-cannot-write-payload = 无法写入烧录数据 { $file }
# line next：烧录或回读校验失败时的检查项
line-hint-flasher = 请检查烧录工装、线缆和烧录程序写入的端口（{ $command } 会显示烧录程序最后的输出）
line-hint-verifier = 请检查回读校验程序能否连到设备（端口、工装、--flash-timeout），并在打印读到的内容后以 0 退出
line-hint-mismatch = 请检查烧录程序是否通过正确的端口把烧录数据写入了这台设备，以及回读校验程序是否读回同一台设备并在标准输出上原样打印烧录数据（末尾换行除外；日志行或十六进制转储都算不一致）
line-hint-mismatch-file = 请检查烧录程序是否通过正确的端口把 { $file } 写入了这台设备，以及回读校验程序是否读回同一台设备并在标准输出上原样打印烧录数据（末尾换行除外；日志行或十六进制转储都算不一致）
line-hint-failed = { $check }。在重新下发之前，{ $sn } 保持失败状态，其密钥计为已下发：{ $command }
# line next --dry-run
line-dry-run = 试运行，不领取、不写入、不烧录、不打印：
line-dry-claim = 领取
line-dry-reissue = 重新下发
line-dry-resume = 继续（本工位上次停在 { $state }）
line-dry-temporary-file = <临时文件>
line-dry-write = 将 { $format } 格式的烧录数据写入 { $file }
line-dry-flash = 运行 { $argv }（超时 { $secs } 秒）
line-dry-verify = 用 { $argv } 回读校验
line-dry-print = 打印 { $format } 标签 ×{ $copies } 到 { $target }
line-dry-problem = 问题：{ $problem }
# ble：蓝牙适配器与扫描
ble-no-runtime = 无法启动异步运行时
ble-env-not-set = 环境变量 { $name } 未设置
ble-step = 步骤 { $step }
ble-col-address = 地址
ble-col-rssi = 信号
ble-col-device-id = 设备ID
ble-col-layout = 格式
ble-col-bind = 绑定
ble-col-battery = 电量
ble-col-sign = 签名
ble-col-name = 名称
ble-nonce-backwards = { $address }：0xED 随机数从 { $old } 回退到 { $new }：可能是重放的广播？
ble-bad-secs = { $flag } 须在 0 到 3600 秒之间，实际为 { $value }
ble-none-found = { $secs } 秒内未发现企业微信设备
ble-none-found-hint = 设备是否已开机、正在广播并在范围内？蓝牙适配器是否已打开（bluetoothctl show）？
ble-device-with-id = { $address }（设备ID { $id }）
ble-ambiguous = 有 { $count } 台企业微信设备符合条件：{ $devices }
ble-ambiguous-hint = 请用 --address 或 --device-id 选定一台，或使用 --pick strongest
ble-not-found-hint = 运行 { $command } 查看范围内的设备
ble-scanning-for-id = 正在扫描设备ID { $id }（最多 { $secs } 秒）……
ble-scanning-first = 正在扫描企业微信设备（取第一台，最多 { $secs } 秒）……
ble-scanning = 正在扫描企业微信设备（{ $secs } 秒）……
ble-found = 发现 { $count } 台企业微信设备
# ble：会话
ble-step-timeout-form = 格式应为 STEP=SECS
ble-step-timeout-unknown = 未知步骤 `{ $name }`（可用步骤：{ $steps }）
ble-step-timeout-number = `{ $value }` 不是秒数
ble-signer-needs-secret = 默认签名方式需要设备的 SecretNo
ble-signer-needs-secret-hint = 请用 --secret-file PATH、--secret-stdin 或 { $env } 给出，或用 --sn 指定设备库中某台设备的 SN；也可使用 --signer none / exec:PROGRAM
ble-bad-signer = 应为 default、none 或 exec:PROGRAM
ble-signer-not-genuine = 注意：签名方式 `{ $signer }` 不是企业微信的（未公开的）算法；校验企业微信签名的固件会拒绝握手
ble-using = 使用 { $address }（设备ID { $id }，信号强度 { $rssi }）
ble-connecting = 正在连接 { $address }……
ble-connected = 已连接；等待设备握手（10001）……
ble-device-signature-mismatch = 设备的握手签名（10002）与签名方式 `{ $signer }` 的算法不符
# ble：结果（标题按显示宽度对齐）
ble-done-device = 设备
ble-done-handshake = 握手
ble-done-info = 信息
ble-done-wifi = Wi-Fi
ble-done-networks = 网络
ble-done-answer = 应答
ble-done-result = 结果
ble-done-handshake-value = 成功（签名方式 { $signer }，设备签名{ $signature }）
ble-signature-verified = 已校验
ble-signature-mismatch = 不一致
ble-signature-unchecked = 未校验
ble-done-info-value = MAC { $mac }，协议版本 { $version }（FCC9 { $raw }）
ble-wifi-connected = 已连接（网络 "{ $network }"）
ble-wifi-not-connected = 未连接（网络 "{ $network }"）
ble-wifi-unknown = 未知（协议版本 1 没有状态命令）
ble-result-connected = Wi-Fi "{ $ssid }"：已连接
ble-result-not-connected = Wi-Fi "{ $ssid }"：未连接
# ble provision：Wi-Fi 设置
ble-bad-ssid = --ssid 须为 1 到 32 字节，实际为 { $bytes } 字节
ble-bad-bssid = 不是 MAC 地址（AA:BB:CC:DD:EE:FF）
ble-password-control = 来自{ $origin }的 Wi-Fi 密码含有控制字符
ble-password-file-unreadable = 无法读取 Wi-Fi 密码文件 { $file }
ble-origin-file = 文件 { $file }
ble-password-env-unset = 环境变量 { $name }（Wi-Fi 密码）未设置或不是 UTF-8
ble-origin-env = 环境变量 { $name }
ble-password-stdin-unreadable = 无法从标准输入读取 Wi-Fi 密码
ble-origin-stdin = 标准输入
ble-password-prompt = "{ $ssid }" 的 Wi-Fi 密码：
ble-no-password = 未给出 Wi-Fi 密码
ble-no-password-hint = 请使用 --password-file PATH、--password-env NAME 或 --password-stdin（切勿写在命令行上）；开放网络请用 --protocol None
ble-bad-password = Wi-Fi 密码有 { $count } 个字符，{ $protocol } 不允许（WPA/WPA2：8–63 个，或 64 个十六进制字符；WEP：5 或 13 个，或 10 或 26 个十六进制字符）
ble-password-unreadable = 无法读取 Wi-Fi 密码
ble-no-stty = 无法隐藏终端输入（stty 失败）；请使用 --password-file 或 --password-stdin
ble-qr-encoding = 二维码编码
# ble --sn：设备库
ble-sn-not-in-store = 广播中只有设备ID，没有 SN，而设备库 { $store } 中没有这个 SN
ble-sn-not-in-store-hint = 请使用 --device-id，或导入设备登记表：wecom-hw import FILE
ble-sn-no-device-id = 设备库中没有这个 SN 的设备ID（导出的 Excel 文件没有设备ID列）
ble-sn-no-device-id-hint = 请使用 --device-id 或 --address
ble-no-secret-unknown-sn = --sn { $sn } 不在设备库 { $store } 中，而默认签名方式需要它的 SecretNo
ble-no-secret-no-store = --sn { $sn }：{ $store } 处没有可供查找的设备库，而默认签名方式需要它的 SecretNo
ble-no-secret-hint = 请导入列有 { $sn } 的设备登记表（{ $command } 会说明做法；其他设备库用 `--store PATH`），或用 --secret-file PATH、--secret-stdin 或设置 { $env } 给出 SecretNo
ble-no-secret-seed = 设备库 { $store } 中的种子设备：设备库只有其型号的种子，设备自己的 SecretNo（默认签名方式需要）要在 get_secret_no 之后才知道
ble-no-secret-seed-hint = 请先用 wecom-hw connect --sn { $sn } 加上你的云端 --endpoint 让它上线一次（get_secret_no 会保存 SecretNo），或用 --secret-file PATH、--secret-stdin 或设置 { $env } 给出
# clap 自身的命令行解析错误（根据其上下文重新组织；选项、值和命令保持原样）
clap-unknown-argument = 无法识别的参数 '{ $arg }'
clap-invalid-subcommand = 无法识别的子命令 '{ $subcommand }'
clap-value-required = '{ $arg }' 需要一个值，但没有给出
clap-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
clap-with-reason = { $message }：{ $reason }
clap-possible-values = [可选值：{ $values }]
clap-no-equals = 给 '{ $arg }' 赋值时需要使用等号
clap-too-many-values = '{ $arg }' 多出了值 '{ $value }'；不再需要更多的值
clap-too-few-values = '{ $arg }' 需要 { $min } 个值，只给出了 { $actual } 个
clap-wrong-number-of-values = '{ $arg }' 需要 { $expected } 个值，但给出了 { $actual } 个
clap-used-twice = 参数 '{ $arg }' 不能多次使用
clap-conflict = 参数 '{ $arg }' 不能与 '{ $prior }' 同时使用
clap-conflict-others = 参数 '{ $arg }' 不能与已给出的其他某些参数同时使用
clap-missing-required = 缺少以下必需的参数：
    { $args }
clap-missing-subcommand = '{ $command }' 需要一个子命令，但没有给出
clap-subcommands = [子命令：{ $subcommands }]
clap-invalid-utf8 = 参数中有无效的 UTF-8
clap-similar-subcommand = 有一个相似的子命令：'{ $suggestion }'
clap-similar-argument = 有一个相似的参数：'{ $suggestion }'
clap-similar-value = 有一个相似的值：'{ $suggestion }'
clap-dash-value = 如要把 '{ $arg }' 作为值传入，请使用 '-- { $arg }'
clap-tip = 提示：{ $tip }
clap-usage = 用法：{ $usage }
clap-try-help = 更多信息请运行 '--help'。
# ble：会话或连接失败的原因（设备或 BlueZ 的原话作为详情附在后面）
ble-session-timeout = 等待{ $what }超时
ble-session-malformed = 设备发来的数据包格式有误：{ $detail }
ble-session-signer = 握手签名失败：{ $detail }
ble-session-wrong-device = 设备不对：{ $detail }
ble-waiting-adapter = 蓝牙适配器
ble-waiting-scan = 企业微信设备的广播
ble-waiting-connect = GATT 连接
ble-waiting-handshake-start = 设备发起握手（10001）
ble-waiting-sign = 握手签名
ble-waiting-handshake-confirm = 设备在收到我方签名（20001）后确认握手（10002）
ble-waiting-read-info = 信息特征值 FCC9
ble-waiting-status = 设备对 30004 的状态应答
ble-waiting-wifi-list = 设备的 Wi-Fi 列表
ble-waiting-wifi-report = 设备在配网（30003）后上报 Wi-Fi 结果（10004）
ble-hint-handshake-start = 设备在开启指示（indication）后会发送 10001；请重启设备，或确认它处于配对/配网模式
ble-hint-wifi-report-timeout = 设备没有上报结果，可能仍在连接 Wi-Fi：请调大 --step-timeout wifi-report=SECS
ble-hint-wifi-refused = 请检查密码和加密方式、AP 是否在范围内且为 2.4 GHz，以及设备 MAC（见 `ble status`）是否在白名单中
ble-hint-wrong-device = 未向它发送任何内容；请用 --address 或 --device-id 选定正确的设备
ble-link-no-adapter = 没有蓝牙适配器：{ $detail }
ble-link-adapter-off = 蓝牙适配器已关闭：{ $detail }
ble-link-permission = 无权使用蓝牙：{ $detail }
ble-link-not-found = 未找到设备：{ $detail }
ble-link-timeout = { $step } 期间超时
ble-link-transient = 蓝牙暂时性错误：{ $detail }
ble-link-gatt = GATT 错误：{ $detail }
ble-link-disconnected = 设备断开了连接
ble-link-other = 蓝牙错误：{ $detail }
ble-hint-no-adapter = bluetoothd 是否在运行（systemctl status bluetooth），适配器是否存在（bluetoothctl list）？
ble-hint-adapter-off = 请打开适配器：bluetoothctl power on（并检查 rfkill list）
ble-hint-permission = BlueZ 拒绝了请求：请以 D-Bus 策略允许的用户运行（通常是 `bluetooth` 组）
ble-hint-link-timeout = 请靠近设备、确认设备正在广播，或调大 --step-timeout
ble-handshake-rejected = 设备在收到我方签名（20001）后断开了连接：它拒绝了握手
ble-handshake-rejected-hint = 签名方式 `{ $signer }` 很可能不是该固件所要求的；请用 --signer exec:PROGRAM 调用厂商的签名程序，调试固件可用 --signer none
ble-hint-bad-version = 有 { $count } 个数据包因包头版本（bVer）不是 0x01 被丢弃：固件使用的是其他协议版本
ble-hint-no-confirm = 设备没有确认我方签名：签名方式 `{ $signer }` 可能不适用于该固件，或有数据帧丢失；可调大 --step-timeout handshake-confirm=SECS 多等一会儿
# render：标签排版与回读校验
render-bad-dpi = --dpi { $dpi } 不是打印机分辨率（203、300 或 600）
render-bad-dots = --dots { $dots }：须为 1–{ $max }
render-small-modules = 模块为 { $dots } 点 = { $module_mm } mm（{ $dpi } dpi）；手机扫码需要 ≥ { $min_dots } 点且 ≥ { $min_mm } mm：请使用更大的标签、更高的 --dpi 或更低的 --ecc
render-small-quiet-zone = 静区只有 { $quiet } 个模块，低于标准的 4 个：旁边有其他打印内容时扫码枪可能找不到二维码
render-too-small = 标签 { $label }（{ $dpi } dpi）放不下这个二维码（{ $modules } 个模块，每边另加 { $quiet } 个静区模块）：可用 { $avail } 点，而每模块 2 点需要 { $need } 点；请使用至少 { $min } mm 的标签（每模块 3 点：{ $rec } mm）、更低的 --ecc 或更高的 --dpi
render-too-small-caption = 标签 { $label }（{ $dpi } dpi）放不下这个二维码（{ $modules } 个模块，每边另加 { $quiet } 个静区模块，外加一行标题）：可用 { $avail } 点，而每模块 2 点需要 { $need } 点；请使用至少 { $min } mm 的标签（每模块 3 点：{ $rec } mm）、更低的 --ecc 或更高的 --dpi
render-verify-not-found = 回读校验失败：在 { $what } 图像中没有找到二维码
render-verify-mismatch = 回读校验失败：{ $what } 解码为 { $got }，应为 { $want }
render-verify-unreadable = 回读校验失败：找到了 { $what } 码，但无法解码：{ $detail }
render-verify-hint = 这个码无法按预期扫出；请尝试更大的 --label、更多的 --dots 或更低的 --ecc，若仍出现请反馈
render-encode = 无法把内容编码为二维码：{ $detail }
render-encode-hint = 请缩短内容，或选择更低的 --ecc（L 容量最大）
# gen-assets
gen-assets-done = 补全脚本已写入 { $completions }，手册页已写入 { $man }
gen-assets-writing-man = 正在写入手册页到 { $path }
gen-assets-writing-completions = 正在写入 { $shell } 补全脚本
# 绑定码（core/bindcode.rs）
bindcode-not-hardware-url = 不是企业微信硬件 URL：应以 { $url }? 开头
bindcode-missing = 缺少参数 `{ $name }`
bindcode-repeated = 参数 `{ $name }` 出现了不止一次
bindcode-not-decimal = 参数 `{ $name }` 不是十进制数：{ $value }
bindcode-unknown-type = 参数 `type` 为 { $value }；应为 `qrcode` 或 `dynamic_login`
bindcode-bad-signature = 签名应为 40 个十六进制字符，实际为 { $value }
bindcode-bad-sn = sn { $sn } 不是有效的 SN：{ $reason }
bindcode-bad-encoding = 查询串中的百分号编码有误
# ble --sim-fault
ble-sim-fault-number = 故障 `{ $spec }`：`{ $value }` 不是数字
ble-sim-fault-unknown = 未知的模拟器故障 `{ $name }`（可用：{ $known }）
# ble --signer exec:PROGRAM
ble-signer-cannot-run = 无法运行 { $program }：{ $error }
ble-signer-waiting = 等待 { $program } 时出错：{ $error }
ble-signer-no-answer = { $program } 在 { $secs } 秒内没有应答
ble-signer-reading = 读取 { $program } 的输出时出错：{ $error }
ble-signer-exited = { $program } 异常退出（{ $status }）
ble-signer-bad-json = 签名程序输出的 JSON 无效：{ $error }
ble-signer-nothing = 签名程序没有任何输出
