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

## doctor

doctor-status-ok = 正常
doctor-status-warn = 注意
doctor-status-fail = 失败
doctor-status-skip = 跳过
doctor-fix = 处理
doctor-fix-line = { $label }：{ $text }
doctor-summary = 正常 { $ok } 项，注意 { $warned } 项，失败 { $failed } 项，跳过 { $skipped } 项
doctor-verdict = 检查项 { $name } 未通过（失败 { $failed } 项，注意 { $warned } 项）
doctor-only-unknown = 没有这个检查项：请使用 { $groups } 之一，或 组.检查项（如 network.tls）
doctor-endpoint-bad = --endpoint { $url } 不是 wss://（或 ws://）地址
doctor-skip-after-failure = 未检查：前一步已失败
doctor-skip-give = 未检查：需给出 { $flag }
doctor-list-separator = 、
doctor-timed-out = { $secs } 秒内无应答
doctor-on = 开
doctor-off = 关
# 时钟
doctor-clock-unmeasured = 未测量：服务端无应答
doctor-clock-skew = { $skew } 秒（云端时间减本机时间，来自 { $source }）
doctor-clock-warn-hint = 请开启时间同步（NTP）：`timedatectl set-ntp true`，再用 `timedatectl status` 确认
doctor-clock-fail-hint = 所有签名都超出 300 秒有效期（云端会返回 600011/600013/600023）：请用 NTP 校准时钟（`timedatectl set-ntp true`）后重新检查；当前相差 { $skew } 秒
# 网络
doctor-proxy-none = 未设置代理环境变量
doctor-proxy-set = 已设置：{ $vars }（wecom-hw 直接连接，不使用代理）
doctor-proxy-hint = 如果此处只能通过代理上网，请申请放行直连 openhw.work.weixin.qq.com 的 443 端口
doctor-dns-ok = { $host } 解析为 { $addrs }（{ $ms } 毫秒）
doctor-dns-none = { $host } 未解析到任何地址（{ $ms } 毫秒）
doctor-dns-failed = 无法解析 { $host }：{ $error }
doctor-dns-hint = 请检查主机名和 DNS 服务器（`resolvectl query { $host }` 或 /etc/resolv.conf）
doctor-tcp-ok = 已连接 { $addr }（{ $ms } 毫秒）
doctor-tcp-failed = 无法连接 { $endpoint }：{ $error }
doctor-tcp-hint = 请确认本机能访问 { $endpoint }：网线、Wi-Fi、防火墙（出站 443 端口）
doctor-trust = 系统根证书（{ $system } 个）和内置的 Mozilla 根证书
doctor-trust-with-ca = 系统根证书（{ $system } 个）、内置的 Mozilla 根证书和 { $file }
doctor-tls-ok = 签发者 { $issuer }，{ $days } 天后过期，SNI { $sni }，由{ $trust }信任（{ $ms } 毫秒）
doctor-tls-expiry-hint = { $host } 的证书已过期或即将过期：请通知该服务器的维护方
doctor-tls-untrusted = 证书签发者 { $issuer } 不受信任：{ $error }；信任库：{ $trust }
doctor-tls-untrusted-hint = 如果 { $host } 是企业微信云端，可能有防火墙或代理在解密检查 TLS 流量（疑似 TLS 拦截）：请申请对该主机放行；私有 CA 或模拟器的 CA 请用 --ca-file 给出
doctor-tls-no-certificate = （无证书）
doctor-tls-system-only = { $value }；仅因本机信任库中另行添加的根证书而受信任（疑似 TLS 拦截）
doctor-tls-failed = TLS 握手失败：{ $error }
doctor-tls-bad-name = { $host } 不能用作 TLS 服务器名
doctor-tls-plain = 明文 ws://：无 TLS
doctor-ca-file-hint = 请用 --ca-file 给出可读的 PEM 文件
doctor-ws-ok = 升级成功（{ $ms } 毫秒）
doctor-ws-failed = WebSocket 升级失败：{ $error }
doctor-ws-hint = 请检查 { $url } 的路径；代理或防火墙可能拦截了 WebSocket
# 设备库
doctor-store-nowhere = 未检查：没有设备库位置（请给出 --store）
doctor-store-missing = { $path } 处没有设备库
doctor-store-missing-hint = 导入登记导出文件时会创建设备库（用法见 `wecom-hw import --help`），或用 --store 指定
doctor-store-unreadable = 无法读取 { $path }：{ $error }
doctor-store-unreadable-hint = 请检查 { $path } 及其所在目录的权限
doctor-store-file = { $path }，权限 { $mode }，目录权限 { $dir_mode }
doctor-store-mode-hint = 设备库存有 SecretNo，其他用户可以读取：请执行 `{ $command }`（确需共享时加 --allow-shared-store）
doctor-store-dir-hint = 其他用户可以写入设备库所在目录并替换该文件：请执行 `{ $command }`
doctor-store-schema = 结构版本 { $version }（本版 wecom-hw 写入 { $current }）
doctor-store-too-new-hint = 该设备库由更新版本的 wecom-hw 写入：请升级本机的 wecom-hw
doctor-store-integrity-ok = 快速完整性检查通过（{ $ms } 毫秒）
doctor-store-integrity-bad = 快速完整性检查发现损坏：{ $detail }
doctor-store-corrupt-hint = 请从备份恢复 { $path }，或把仍可读取的数据复制到新的设备库
doctor-store-no-units = 还没有设备
doctor-store-pg-server = { $url }：PostgreSQL { $version }，TLS { $tls }
doctor-store-pg-hint = 请检查 { $url } 及该角色的权限
doctor-store-pg-privileges-ok = 对设备库各表有 SELECT、INSERT、UPDATE 权限
doctor-store-pg-privileges-missing = 缺少：{ $missing }
doctor-store-pg-privileges-hint = 请数据库管理员为 --store 中的角色 GRANT 上述权限
# 标签打印机
doctor-printer-url-hint = 打印机请写成 tcp://主机:端口（多数为 9100 端口）
doctor-printer-unreachable = { $printer } 无响应：{ $error }
doctor-printer-unreachable-hint = 请检查打印机的电源、网线和 IP 地址
doctor-printer-silent = { $printer } 可以连接（{ $ms } 毫秒），但不应答状态查询
doctor-printer-silent-hint = 无法从这里检查纸张和打印头：请查看打印机本身，或打印一张测试标签
doctor-printer-ready = { $printer }（{ $language }）：就绪
doctor-printer-not-ready = { $printer }（{ $language }）：{ $problems }
doctor-printer-not-ready-hint = 请在打印机上处理（装入标签纸或碳带、合上打印头、按暂停/走纸键），然后重新检查
doctor-printer-paper-out = 缺纸
doctor-printer-head-open = 打印头未合上
doctor-printer-ribbon-out = 碳带用完
doctor-printer-paused = 已暂停
doctor-printer-jammed = 卡纸
doctor-printer-error = 打印机故障
# 烧录程序
doctor-flasher-ok = { $program }：{ $path }
doctor-flasher-missing = 在 PATH 中找不到 { $program }
doctor-flasher-missing-hint = 请安装烧录程序，或在命令中写出它的完整路径
doctor-flasher-not-executable = { $path } 没有执行权限
doctor-flasher-chmod-hint = 请执行 `{ $command }`
# 蓝牙
doctor-dbus-ok = 可以连接系统 D-Bus
doctor-dbus-failed = 无法连接系统 D-Bus：{ $error }
doctor-dbus-hint = 请启动 D-Bus（`systemctl status dbus`）；在容器中请挂载 /run/dbus/system_bus_socket
doctor-bluetoothd-ok = bluetoothd（org.bluez）正在运行
doctor-bluetoothd-missing = bluetoothd 未运行（没有进程占用 org.bluez）
doctor-bluetoothd-hint = 请启动它：`sudo systemctl start bluetooth`（软件包 bluez）
doctor-adapter-unlisted = BlueZ 未能列出蓝牙适配器：{ $error }
doctor-bluetooth-permission-hint = D-Bus 策略拒绝了当前用户：请把该用户加入 `bluetooth` 组（或策略指定的组），然后重新登录
doctor-adapter-none = 没有蓝牙适配器
doctor-adapter-not-named = 没有名为 { $adapter } 的适配器
doctor-adapter-none-hint = 请插上蓝牙适配器，再用 `bluetoothctl list` 和 `rfkill list` 确认
doctor-adapter-on = { $adapter } 已开启
doctor-adapter-off = { $adapter } 未开启
doctor-adapter-off-hint = 请开启：`bluetoothctl power on`（如果失败，执行 `rfkill unblock bluetooth`）
doctor-rfkill-ok = 未被禁用（rfkill 列出 { $radios } 个蓝牙无线设备）
doctor-rfkill-soft = { $radio } 被 rfkill 禁用
doctor-rfkill-soft-hint = 请执行 `rfkill unblock bluetooth`
doctor-rfkill-hard = { $radio } 被硬件开关关闭
doctor-rfkill-hard-hint = 请打开本机的无线开关或功能键
# 本机
doctor-locale = { $locale }，wecom-hw 使用 { $lang }
doctor-locale-unset = 未设置区域变量
doctor-disk-free = { $dir } 剩余 { $free } GiB
doctor-disk-hint = 请清理设备库所在磁盘的空间：导入和复制设备库都需要空间
doctor-terminal = { $width } 列，颜色 { $color }
doctor-terminal-none = 输出不是终端
## docs: the books' generated command reference (gen-assets)

docs-commands-generated = 由 `wecom-hw gen-assets .` 根据命令定义和帮助文本目录生成，请勿手工修改
docs-commands-title = 命令与参数
docs-commands-intro = 全部命令和参数，帮助文字与 `wecom-hw COMMAND --help` 的输出完全一致。退出码见[退出码与错误码](exit-codes.md)。
docs-errcodes-title = 企业微信错误码（errcode）
docs-errcodes-intro = 工具认识的全部企业微信云端错误码，与 `connect`、`cloud` 和提示中显示的一致：含义、企业微信的中文 errmsg（如有）以及处理办法。在真实设备上如何看懂它们，见[看懂 600xxx 错误码](../technician/errors.md)。
docs-errcodes-columns = errcode | 含义 | 企业微信中文 errmsg | 怎么办
docs-errcodes-generated = 由 `wecom-hw gen-assets .` 根据 src/core/errcode.rs 中的错误码表生成，请勿手工修改
## connect and cloud

errcode-describe = { $code } { $meaning }。处理：{ $todo }
errcode-describe-errmsg = { $code } { $meaning }（{ $errmsg }）。处理：{ $todo }
errcode-unknown = { $code }（不在企业微信的 600xxx 错误码表中）

# connect：--endpoint 与 --ca-file
connect-endpoint-not-url = --endpoint { $url } 不是合法的 URL
connect-endpoint-no-host = --endpoint { $url } 缺少主机名
connect-endpoint-plain = --endpoint { $url } 是不加密的 ws://（无 TLS）：如确需使用，请加 --insecure-plain，仅限本地模拟器
connect-endpoint-scheme = --endpoint { $url } 必须以 wss:// 开头
connect-ca-file-plain = --ca-file 只适用于 wss:// 地址
connect-ca-file-unreadable = 无法读取 --ca-file { $path }
connect-ca-file-not-pem = --ca-file { $path } 不是 PEM 格式
connect-ca-file-empty = --ca-file { $path } 中没有证书
connect-ca-file-unusable = --ca-file { $path }：证书不可用

# connect：参数与密钥
connect-until-bad = --until { $value }：应为 registered、bound、subscribed 或推送名（push_...）
connect-until-bad-hint = 已知的推送：{ $pushes }
connect-until-with-call = --until 与 `call` 不能同时使用：call 得到应答后运行即结束
connect-seed-not-kept = seed 设备既没有 --state-file，也不在设备库中：换取到的 SecretNo 不会保存，而云端会拒绝第二次换取（{ $code }）
connect-transcript-failed = 无法打开通信记录文件 { $path }
connect-download-dir-not-dir = --download-dir { $dir } 不是目录
connect-download-dir-not-dir-hint = 请给出存放固件的目录（--download-dir DIR）
connect-download-dir-missing-hint = 请先创建该目录（{ $mkdir }），或换一个 --download-dir
connect-no-secret = 没有给出 SN { $sn } 的 { $what }，设备库 { $store } 中也没有这个 SN
connect-no-secret-hint = 请用 --secret-file PATH、--secret-stdin 或设置 { $env }；或把列有 SN { $sn } 的设备登记表导入设备库（{ $command } 有说明）
connect-seed-not-seed = --seed：设备库中的 SN { $sn } 有自己的 SecretNo，不是 seed
connect-seed-not-seed-hint = 去掉 --seed，或用 --secret-file 给出 seedSecretNo
connect-secret-from = { $what } 来自 { $origin }（指纹 { $fingerprint }）
connect-secret-from-store = { $what } 来自设备库 { $store }（SN { $sn }，指纹 { $fingerprint }）
runtime-failed = 无法启动运行时

# connect：运行结束
connect-interrupted = 已中断：长连接已关闭
connect-timed-out = { $secs } 秒内未等到{ $goal }；最后状态：{ $last }
connect-goal-registered = 注册完成
connect-goal-bound = 绑定完成
connect-goal-subscribed = 订阅企业信息
connect-goal-push = 推送 { $cmd }
connect-goal-call = 调用的应答
connect-goal-done = 结束
connect-reaction-failed = 对 { $cmd } 的响应动作失败：{ $error }

# connect：云端拒绝的请求
connect-refused = `{ $step }` 被云端拒绝：{ $what } [{ $errmsg }]
connect-refused-600002 = { $code } { $meaning }：云端正在另一条长连接上为 SN { $sn } 服务，而不是这一条
connect-hint-600001 = 该 SN 是否已在服务商管理端登记在这个型号下（或在模拟器的 --devices 中）？
connect-hint-600002 = SN { $sn } 在云端还有另一条活动的长连接（同一 SN 又运行了一次 connect，或设备本身在线）：请先停止它，或等云端断开它，再重新运行
connect-hint-600011 = SecretNo 与 SN { $sn } 不匹配；请检查密钥来源{ $source ->
        [exchange] （应为 seedSecretNo）
        [seed] （应为用 seed 换取到的 SecretNo）
       *[other] （共用的 seedSecretNo 请加 --seed）
    }
connect-hint-600011-sign = ；{ $command } 可显示当时发送的规范字符串和设备签名
connect-hint-600047 = 现在无法换取 SecretNo：已经换取过或已注册（厂商可以重置 SecretNo）

# connect：连接云端
connect-connecting = 正在以 { $sn } 连接 { $url }
connect-connecting-again = 正在连接 { $url }（第 { $attempt } 次尝试）
connect-hint-certificate = 服务器证书不受信任：请用 --ca-file 给出它的 CA（模拟器：它启动时打印的 ca.pem）
connect-unreachable = 无法连接 { $url }（{ $why }）；最后一次在「{ $step }」出错：{ $error }
connect-unreachable-deadline = 在 --timeout 的 { $secs } 秒内{ $attempts ->
        [0] {""}
       *[other] ，共尝试 { $attempts } 次
    }
connect-unreachable-attempts = 连续尝试 { $attempts } 次，--connect-attempts
connect-step-tcp = TCP 连接
connect-step-tls = TLS 握手
connect-step-upgrade = WebSocket 升级
connect-step-timeout = 连接
connect-hint-tcp = 请检查 --endpoint 的主机和端口以及网络（DNS、防火墙、代理）；本地模拟器：cloud serve 是否在运行并监听该地址？
connect-hint-tls = TLS 握手失败：请确认 --endpoint 的该端口使用 wss://（TLS）
connect-hint-tls-ca = TLS 握手失败：请确认 --endpoint 的该端口使用 wss://（TLS），私有 CA 请用 --ca-file 给出（模拟器：它启动时打印的 ca.pem）
connect-hint-upgrade = 服务器有应答，但拒绝了 WebSocket 升级：请检查 --endpoint 的 URL（协议、主机、路径）
connect-hint-timeout = 在规定时间内无应答：请检查 --endpoint 的主机和端口以及网络（防火墙、代理），或加大 --timeout

# connect：生命周期提示（stderr；--json 时改为输出事件）
connect-connected = 已连接
connect-time-synced = 云端时间 { $time }（设备时差 { $offset } 秒）
connect-clock-skew = 设备时钟比云端{ $direction ->
        [behind] 慢
       *[ahead] 快
    } { $skew }；改用云端时间签名
connect-secret-exchanged = 已用 seed 换取 SecretNo：设备 SecretNo 已保存（指纹 { $fingerprint }）
connect-registered-code-stored = 已注册（active_code 已保存）
connect-registered = 已注册
connect-already-registered = 云端显示已注册：继续
connect-waiting-for-bind = 等待企业管理员绑定 { $sn }（active：{ $code } { $meaning }）；每 5 秒轮询一次
connect-still-waiting = 仍在等待绑定（已轮询 { $polls } 次）
connect-bound = 已绑定企业：secret 已保存
connect-bound-same = 已绑定（secret 未变）
connect-online = 已上线：已订阅企业信息；每 { $secs } 秒一次心跳
connect-pong = 心跳应答用时 { $ms } 毫秒
connect-pong-missed = 心跳 10 秒内无应答（连续 { $missed } 次）
connect-push = 收到推送 { $cmd }
connect-push-body = 收到推送 { $cmd } { $body }
connect-unbound = 已解绑（{ $reason }）：secret 已清除，重新轮询 active
connect-cloud-error = `{ $step }` 出现云端错误：{ $what } [{ $errmsg }]
connect-resend = `{ $cmd }` 无应答；重新发送（第 { $attempt } 次重试）
connect-restart = 在同一条长连接上重新登录：{ $reason }
connect-malformed = 丢弃了云端发来的一个格式错误的帧（{ $step }）：{ $detail }
connect-late-reply = 丢弃了一个不对应任何进行中请求的应答 [{ $req_id }]（{ $step }）：来得太晚，或不是发给本设备的
connect-push-ignored = 忽略 { $cmd }：本长连接上 `register` 成功之前的推送（{ $step }）不可能是发给本设备的
connect-ping-flood = ping 洪泛：云端 1 秒内发来超过 { $limit } 个 WebSocket ping；仍逐一应答（新的 ping 替换尚未发出的 pong），保持连接
connect-disconnected = 连接已断开：{ $reason }
connect-reconnecting = { $secs } 秒后重连（第 { $attempt } 次）
connect-last-not-connected = 未连接
connect-last-connected = 已连接
connect-last-exchanged = 已换取 SecretNo
connect-last-registered = 已注册
connect-last-waiting = 等待绑定
connect-last-bound = 已绑定
connect-last-online = 在线
connect-last-unbound = 已解绑
connect-last-disconnected = 连接已断开（{ $reason }）

# connect：单次调用与推送响应
connect-no-firmware = 尚未发布固件（{ $code }）：没有可用的升级
connect-firmware = 固件 { $version }（{ $bytes } 字节，md5 { $md5 }）
connect-cloud-time = 云端时间 { $time }（时差 { $offset } 秒）
connect-error-report-accepted = 设备异常事件已上报
connect-uploaded = 已上传 { $path }
connect-selfhelp-accepted = selfhelp_notify 已受理；等待云端推送 3 秒
connect-qr-saved = （{ $format } 图片已保存为 { $path }）
connect-qr-saved-undecoded = { $format } 图片已保存为 { $path }（未解码）
connect-qr-undecoded = { $format } 图片，{ $bytes } 字节（未解码；可用 --out 保存）
connect-qr-json = gen_login_qrcode 返回的是 JSON，而不是二进制图片
connect-qr-png-bad = 登录二维码：PNG 图片无法解码
connect-qr-none = 登录二维码：图片中没有找到二维码
connect-qr-bad = 登录二维码：二维码无法解码
connect-unexpected-binary = `{ $cmd }` 收到意外的二进制应答（{ $bytes } 字节）
connect-log-unreadable = 无法读取日志文件 { $path }
connect-cannot-write = 无法写入 { $path }
connect-on-hint = 请用 CMD=fetch、CMD=upload:FILE 或 CMD=exec:PROGRAM，例如 --on push_fetch_log=upload:app.log
connect-on-no-equals = 缺少 `=`
connect-on-not-push = 等号左边必须是推送名（push_...）
connect-on-no-file = upload: 后面需要文件
connect-on-no-program = exec: 后面需要程序
connect-on-unknown-action = 未知的动作
connect-on-twice = 同一推送有两个响应动作
connect-reaction-done = 对 { $cmd } 的响应动作：{ $detail }

# 无法使用的云端应答（wss 类型化错误）
cloud-bad-frame = 云端发来的二进制消息无法读取：{ $detail }
cloud-bad-envelope = 云端发来的消息不是合法的消息包：{ $detail }
cloud-reply-lacks = `{ $cmd }` 的应答缺少 `body.{ $field }`

# cloud：运维命令
cloud-refused = 模拟器拒绝了该请求
cloud-unknown-sn = 未知的 SN { $sn }：模拟器中共有 { $known } 台设备；请用 --devices 加载它
cloud-unknown-sn-hint = 用列有该 SN 的 --devices、--export 或 --from-store 重新启动模拟器
cloud-not-connected = { $sn } 未连接（没有在任何活动的长连接上注册）
cloud-not-seed = { $sn } 有自己的 SecretNo（不是 seed 型号）；无需重置
cloud-firmware-not-file = { $path } 不是可读取的文件
cloud-push-name-bad = { $cmd } 不是推送名：推送名由小写字母、数字和 `_` 组成（fetch_log、update_firmware、user_scan、restart 或 push_NAME）{ $body ->
        [yes] ；这看起来是 JSON 消息体，它应写在推送名之后
       *[no] {""}
    }
cloud-push-name-hint = 先写推送名，再写消息体：{ $example }
cloud-push-body-hint = 请用单引号给出一个 JSON 对象：{ $example }
cloud-push-body-not-object = { $name } 的消息体必须是 JSON 对象，而不是{ $kind ->
        [null] null
        [boolean] 布尔值
        [number] 数字
        [string] 字符串
       *[array] 数组
    }
cloud-push-body-not-json = { $name } 的消息体不是合法的 JSON：{ $error }
cloud-no-home = 没有主目录可以保存模拟器状态
cloud-no-home-hint = 请用 --state-dir DIR 指定
cloud-export-errors = { $path } 有 { $count } 处错误；第一处：{ $first }
cloud-export-errors-hint = { $command } 会全部列出
cloud-devices-conflict = SN { $sn } 在 { $source } 中的密钥与 { $first } 中的不同
cloud-devices-conflict-hint = 每台设备只给模拟器一个来源，或修正有误的那一个
cloud-source-store = 设备库 { $path }
cloud-devices-added = 从 --devices 新增 { $count } 台设备
cloud-state-invalid = { $path } 不是有效的模拟器状态文件
cloud-state-invalid-hint = 把它移走即可从头开始
cloud-state-unreadable = 读取 { $path }

# 标签打印机（net/printer.rs）
printer-bad-url = --printer { $url }：应为 tcp://HOST:PORT（例如 tcp://192.0.2.10:9100）
printer-no-address = --printer { $url }：解析不到地址
printer-failed = 标签打印机 { $url }
printer-failed-hint = 该设备停留在当前步骤；打印机恢复后，`line next` 会补打
printer-cannot-write = 无法写入标签 { $path }
cloud-no-emulator = { $socket } 上没有模拟器应答
cloud-no-emulator-hint = 请用 { $command } 启动一个：运维命令只会发给使用同一 --state-dir 的模拟器
cloud-control-socket = 控制套接字
cloud-control-unreadable = 控制套接字：应答无法读取（{ $error }）：{ $answer }

# cloud：运维命令的结果（stdout）
cloud-pushed = ，已向连接发送 { $cmd }
cloud-not-pushed = （设备离线：它会在下次 active/subscribe 时得知）
cloud-bound = { $sn } 已绑定到 { $corp }{ $pushed }
cloud-was-not-bound = 未绑定
cloud-unbound = { $sn } 已解绑（原绑定：{ $was }）{ $pushed }
cloud-push-sent = 已向 { $sn } 发送 { $cmd }（连接 { $conn }）
cloud-published = 已发布固件 { $version }（{ $bytes } 字节，md5 { $md5 }），下载地址 { $url }
cloud-secret-no-reset = { $sn }：SecretNo 已重置；设备可以再次用 seed 换取
cloud-expired = { $sn } 已设为过期：register 将返回 { $code }
cloud-not-expired = { $sn } 已取消过期
cloud-dropped = { $sn }：连接 { $conn } 已关闭
cloud-clock-skewed = 云端时钟已偏移 { $secs } 秒（云端时间 { $time }）
cloud-status = 云端时间 { $time }（偏移 { $skew } 秒），{ $connections } 条连接，固件：{ $firmware }
cloud-status-firmware = { $version }（{ $bytes } 字节）
cloud-status-no-firmware = 无
cloud-status-no-devices = 没有设备
cloud-status-online = 在线
cloud-status-stage = 阶段
cloud-status-bound-to = 绑定企业
cloud-status-notes = 备注
cloud-status-yes = 是
cloud-status-no = 否
cloud-note-seed-exchanged = 已用 seed 换取
cloud-note-seed-not-exchanged = 未用 seed 换取
cloud-note-registered = 已注册
cloud-note-expired = 已过期
cloud-note-firmware = 固件 { $version }
cloud-note-uploads = 上传 { $count } 次
cloud-note-separator = {"，"}
# cloud serve：启动信息（stderr）
cloud-serving = wecom-hw 模拟云端在 { $url } 运行，共 { $devices } 台设备；状态保存在 { $dir }
cloud-new-ca = 已新建 CA：{ $ca }。设备用 --endpoint { $url } --ca-file { $ca } 信任此模拟器
cloud-trust-ca = 设备用 --ca-file { $ca } 信任此模拟器
cloud-plain = 不加密的 ws://（无 TLS）：仅限本地测试
cloud-operator-commands = 在另一个终端执行运维命令：{ $command }
cloud-no-devices = 没有加载任何设备（--devices FILE）：每次 register 都会得到 { $code }
cloud-cannot-write = 无法写入 { $path }
cloud-cannot-read = 无法读取 { $path }
cloud-bad-ca-key = { $path } 不是可用的 CA 密钥
cloud-bad-ca-key-hint = 把状态目录中的 ca.pem 和 ca-key.pem 移走：模拟器会新建 CA，之后设备须信任新的 ca.pem
cloud-bad-san = { $name } 不是可用于证书的合法 DNS 名称
cloud-control-bind = 无法创建控制套接字 { $path }
connect-state-none = 不保存设备状态（没有 --state-file，设备库中也没有该 SN）
connect-state-file = 设备状态保存在状态文件 { $path }
connect-state-store = 设备状态保存在设备库 { $store }（SN { $sn }）
# cloud serve：模拟器日志（stderr；--json 时改为输出事件）
cloud-log-upload = { $sn }：已保存 { $cmd } v{ $version } [{ $req_id }]，{ $bytes } 字节，位于 { $dir }
cloud-log-upload-failed = { $sn }：无法保存上传内容 [{ $req_id }]：{ $error }
cloud-log-accept-failed = 接受连接失败：{ $error }
cloud-log-stopped = 模拟器已停止；状态已保存
cloud-log-save-failed = 无法保存状态：{ $error }
cloud-log-tls-failed = { $peer }：TLS 握手失败：{ $error }
cloud-log-tls-timeout = { $peer }：TLS 握手超时
cloud-log-ws-failed = { $peer }：WebSocket 握手失败：{ $error }
cloud-log-opened = 连接 { $conn } 已建立，来自 { $peer }
cloud-log-idle = 连接 { $conn }：{ $secs } 秒无数据，关闭
cloud-log-stalled = 连接 { $conn }：设备不读取任何数据（已排队 { $queued } 帧）：关闭
cloud-log-closed = 连接 { $conn } 已关闭
cloud-log-closed-sn = 连接 { $conn } 已关闭（{ $sn }）
cloud-log-push = 连接 { $conn } <- { $cmd }
cloud-log-malformed = 连接 { $conn }：请求格式错误（{ $error }）；已回复 { $code }，不带 headers
cloud-log-malformed-binary = 连接 { $conn }：丢弃了一个格式错误的二进制消息（{ $bytes } 字节）：{ $error }
cloud-log-request = 连接 { $conn } -> { $cmd } [{ $req_id }]：{ $result }
cloud-log-ok = 成功
cloud-log-takeover = 连接 { $conn } 从连接 { $old } 接管 { $sn }
cloud-log-auto-bind = { $sn }：轮询 { $polls } 次后自动绑定
cloud-log-unknown-cmd = 连接 { $conn }：未知的 cmd { $cmd }
connect-exec-cannot-run = 无法运行 { $program }：{ $error }
connect-exec-ran = { $program } 已运行
connect-exec-failed = { $program } 退出，状态：{ $status }
connect-fetch-not-newer = 固件 { $version } 不比 { $current } 新：无需升级
connect-fetch-done = 固件 { $version } 已下载，大小和 md5 校验通过，保存为 { $path }
# cloud serve --devices FILE
cloud-devices-no-sn = { $at }：缺少 `sn` 的值
cloud-devices-no-secret = { $at }：{ $sn } 缺少 secret_no 的值
cloud-devices-bad-seed = { $at }：seed 列：{ $value } 不是是/否值（请用 1/0、true/false、yes/no）
cloud-devices-twice = { $at }：SN { $sn } 出现了两次
cloud-devices-not-object = { $at }：不是 JSON 对象：{ $error }
cloud-devices-header = { $path }：表头行：{ $error }
cloud-devices-no-sn-column = { $path }：没有 SN 列（表头：{ $headers }）
cloud-devices-no-secret-column = { $path }：没有 secret_no / seedSecretNo 列

# 600xxx 错误码表（core/errcode.rs）：每个错误码的含义和处理办法。
errcode-minus1-meaning = 系统繁忙
errcode-minus1-todo = 重试，最多 3 次
errcode-0-meaning = 成功
errcode-0-todo = 无需处理
errcode-600001-meaning = SN 不合法（可能未在服务商管理端登记）
errcode-600001-todo = 确认该 SN 已在服务商管理端登记在这个型号下；修正之前每次都会失败
errcode-600002-meaning = 设备已注册（该设备可能已有一条长连接）
errcode-600002-todo = 继续执行 `active`；关闭该 SN 的其他长连接
errcode-600003-meaning = 硬件 activecode 不合法
errcode-600003-todo = 重新 `register` 以获取新的 active_code
errcode-600004-meaning = 该硬件尚未授权任何企业
errcode-600004-todo = 轮询 `active` 时：等待企业管理员绑定；若之前已绑定：清除 secret 后重新激活
errcode-600005-meaning = 硬件 Secret 无效
errcode-600005-todo = 删除保存的 secret，重新激活
errcode-600006-meaning = 硬件设备ID无效
errcode-600006-todo = 检查烧录到设备上的设备ID
errcode-600007-meaning = 缺少硬件 SN
errcode-600007-todo = 客户端缺陷：请求需带 `sn`
errcode-600008-meaning = 缺少随机数（nonce）
errcode-600008-todo = 客户端缺陷：请求需带 `nonce`
errcode-600009-meaning = 缺少时间戳（timestamp）
errcode-600009-todo = 客户端缺陷：请求需带 `timestamp`
errcode-600010-meaning = 缺少设备签名
errcode-600010-todo = 客户端缺陷：请求需带 `device_signature`
errcode-600011-meaning = 设备签名校验失败
errcode-600011-todo = 检查 SecretNo（seedSecretNo 还是换取后的 SecretNo），以及参与签名的值是否按字节序排序后再计算哈希
errcode-600012-meaning = 该长连接已注册过设备
errcode-600012-todo = 视为已注册，继续执行 `active`
errcode-600013-meaning = 缺少 activecode 参数
errcode-600013-todo = 客户端缺陷：请求需带 `active_code`
errcode-600014-meaning = 设备未注册网络
errcode-600014-todo = 从 `register` 重新开始
errcode-600015-meaning = 缺少 secret 参数
errcode-600015-todo = 客户端缺陷：请求需带 `secret`
errcode-600016-meaning = 设备未激活
errcode-600016-todo = 重新执行 `active`
errcode-600017-meaning = 打卡时间不合法
errcode-600017-todo = 考勤：修正打卡时间
errcode-600018-meaning = 开始或结束时间不合法
errcode-600018-todo = 考勤：修正时间范围
errcode-600019-meaning = 结束时间不合法
errcode-600019-todo = 考勤：修正结束时间
errcode-600020-meaning = 设备未登录
errcode-600020-todo = 重新执行登录流程（register、active、subscribe_corp）
errcode-600021-meaning = 设备 SN 已存在
errcode-600021-todo = 该 SN 已登记；如本意如此，视为完成
errcode-600023-meaning = 时间戳已失效
errcode-600023-todo = 用 `get_timestamp` 同步时间，重新签名后重试；检查设备时钟
errcode-600024-meaning = 固件大小超过 5 MB
errcode-600024-todo = 服务商管理端：发布更小的固件
errcode-600025-meaning = 固件名为空或超过 20 字节
errcode-600025-todo = 服务商管理端：修正固件名
errcode-600026-meaning = 固件信息不存在
errcode-600026-todo = 尚未发布固件：没有可用的升级
errcode-600027-meaning = 固件参数不合法
errcode-600027-todo = 服务商管理端：修正固件参数
errcode-600028-meaning = 固件版本已存在
errcode-600028-todo = 服务商管理端：使用新的版本号
errcode-600029-meaning = 固件版本不合法
errcode-600029-todo = 服务商管理端：修正版本号
errcode-600030-meaning = 缺少固件版本
errcode-600030-todo = 服务商管理端：填写版本号
errcode-600031-meaning = 该硬件的固件不允许升级
errcode-600031-todo = 检查该型号的升级设置
errcode-600032-meaning = 无法解析硬件二维码
errcode-600032-todo = 检查二维码内容：绑定或登录 URL 须能用该设备的 SecretNo 校验通过
errcode-600033-meaning = 型号 ID 冲突
errcode-600033-todo = 服务商管理端：检查型号 ID
errcode-600034-meaning = 指纹数据过大
errcode-600034-todo = 减小模板大小
errcode-600035-meaning = 人脸数据过大
errcode-600035-todo = 减小模板大小
errcode-600036-meaning = 设备 SN 冲突
errcode-600036-todo = 服务商管理端：该 SN 已在别处使用
errcode-600037-meaning = 缺少型号 ID
errcode-600037-todo = 填写型号 ID
errcode-600038-meaning = 型号不存在
errcode-600038-todo = 在服务商管理端检查型号 ID
errcode-600039-meaning = 不支持的设备类型
errcode-600039-todo = 请反馈给厂商
errcode-600040-meaning = 打印任务 ID 不存在
errcode-600040-todo = 打印机：检查任务 ID
errcode-600041-meaning = offset/limit 不合法
errcode-600041-todo = 修正分页参数（limit 最大 200）
errcode-600042-meaning = 型号 ID 不合法
errcode-600042-todo = 检查型号 ID
errcode-600043-meaning = 未设置门禁规则
errcode-600043-todo = 门禁：在管理后台设置规则
errcode-600044-meaning = 门禁规则无效
errcode-600044-todo = 门禁：修正规则
errcode-600045-meaning = 设备已订阅企业信息
errcode-600045-todo = 视为成功
errcode-600046-meaning = oper_id 与 userid 不匹配
errcode-600046-todo = 录入/门禁：检查这两个 ID
errcode-600047-meaning = SecretNo 状态非法（共用初始 SecretNo 的换取）
errcode-600047-todo = seed 型号：先执行 `get_secret_no` 再 `register`，并用换取到的 SecretNo 为 `register` 签名；若已换取过，可由厂商重置
errcode-600048-meaning = 指纹算法不合法
errcode-600048-todo = 修正 `ext_args.fp_algorithm`
errcode-600049-meaning = 人脸算法不合法
errcode-600049-todo = 修正 `ext_args.fa_algorithm`
errcode-600050-meaning = 算法数量不合法
errcode-600050-todo = `ext_args` 最多 5 项
errcode-600051-meaning = 设备已过期
errcode-600051-todo = 无法继续：请联系厂商
errcode-600052-meaning = 文件分片不合法
errcode-600052-todo = 重新上传
errcode-600053-meaning = 该长连接已激活
errcode-600053-todo = 继续执行 `subscribe_corp`
errcode-600054-meaning = 该长连接已订阅
errcode-600054-todo = 视为成功
errcode-600055-meaning = 用户类型不合法
errcode-600055-todo = 考勤：修正用户类型
errcode-600056-meaning = 健康状态不合法
errcode-600056-todo = 测温：修正状态
errcode-600057-meaning = 缺少体温
errcode-600057-todo = 测温：上报体温
errcode-600063-meaning = 硬件不支持扫码
errcode-600063-todo = 关闭扫码功能
## store and import

io-cannot-read = 无法读取 { $file }：{ $error }
io-cannot-write = 无法写入 { $file }：{ $error }

secret-file = 密钥文件 { $file }
secret-stdin = 标准输入（stdin）
secret-on-stdin = 标准输入中的 { $what }
secret-from-file = 密钥文件 { $file } 中的 { $what }
secret-from-stdin = 标准输入中的 { $what }
secret-origin-file = 文件 { $file }
secret-origin-env = 环境变量 { $name }
secret-origin-store = 设备库（SN { $sn }）
secret-env-not-utf8 = 环境变量 { $name } 不是有效的 UTF-8
secret-none-given = 未提供 { $what }
secret-none-given-hint = 请使用 --secret-file PATH、--secret-stdin，或设置环境变量 { $name }
secret-for-sn-hint = 请使用 --secret-file PATH、--secret-stdin，或设置环境变量 { $name }；也可以把列有 SN { $sn } 的设备登记表导入设备库（用法见 `wecom-hw import --help`）
secret-for-sn-no-store = 未提供 SN { $sn } 的 { $what }，且 { $store } 处没有设备库
secret-for-sn-unknown = 未提供 SN { $sn } 的 { $what }，且设备库 { $store } 中没有该 SN
secret-seed-only = SN { $sn } 属于种子批次：设备库中只有 seedSecretNo，该设备自己的 SecretNo 须在 get_secret_no 之后才能得到
secret-not-seed = SN { $sn } 在设备库中有自己的 SecretNo，不是种子：get_secret_no 仅用于种子型号

runner-unbalanced-quote = 命令 { $command } 中的引号不成对
runner-empty-command = 命令为空
runner-cannot-run = 无法运行 { $program }：{ $error }
runner-wait-failed = 等待 { $program } 结束时出错：{ $error }

state-file = 状态文件 { $file }
state-file-invalid = 状态文件 { $file }：不是设备状态文件
state-file-wrong-sn = 状态文件 { $file } 属于 SN { $owner }，而不是 { $sn }
state-file-wrong-sn-hint = 每台设备请使用各自的状态文件
state-file-field = 状态文件 { $file }：`{ $field }`

store-driver-failed = 设备库 { $store }：{ $step }：{ $error }
store-busy-hint = 另一个 wecom-hw 进程占用设备库过久，请重试
store-connection-lost-hint = 与 PostgreSQL 服务器的连接已断开；本工位已领取的设备仍归本工位，在本工位再次运行同一条 line next 即可继续
store-too-new = 设备库 { $store } 的结构版本为 { $version }，本版 wecom-hw 最高只支持 { $known }
store-too-new-hint = 请使用更新版本的 wecom-hw 打开此设备库
store-cannot-open = 设备库 { $store }：{ $error }
store-cannot-create = 无法创建设备库 { $store }：{ $error }
store-readable-by-others = 设备库 { $store } 可被其他用户读取（权限 { $mode }），而其中存有 SecretNo
store-readable-by-others-hint = 请运行 `chmod 600 { $file }`；若确需共享，请加 --allow-shared-store
store-no-location = 没有设备库的位置：找不到用户数据目录
store-no-location-hint = 请用 --store PATH 指定，或设置环境变量 WECOM_HW_STORE
store-missing = { $store } 处没有设备库
store-missing-hint = 请先把设备登记表导入设备库（用法见 `wecom-hw import --help`），或用 --store PATH（或 WECOM_HW_STORE）指向存有这些设备的设备库
store-unknown-sn = SN { $sn } 不在设备库 { $store } 中
store-unknown-sn-hint = 请先导入设备登记表：wecom-hw import FILE
line-already-issued = SN { $sn }：其密钥已下发过（状态 { $state }，工位 { $station }，自 { $since } 起）
line-already-issued-hint = 每台设备只下发一次；如需重新下发，请填写原因：--reissue '原因'
line-not-held = SN { $sn } 已不归本工位处理
store-claim-gave-up = 设备库 { $store }：尝试 { $tries } 次后仍未领取到设备
store-corrupt-value = 设备库：SN { $sn }：{ $what } 的值无效：{ $error }
store-copy-not-empty = 目标设备库 { $store } 不为空
store-copy-not-empty-hint = 请复制到空的设备库，或加 --overwrite 覆盖其中的内容

store-migrated = { $backend } 设备库 { $store }：结构版本 { $version }
store-info-missing-hint = 可用 `wecom-hw{ $flags } store migrate` 新建一个空设备库，或把设备登记表导入其中（用法见 `wecom-hw import --help`）
store-info-store = 设备库
store-info-backend = 数据库
store-info-schema-version = 结构版本
store-info-rows = { $rows } 行
store-copy-same = FROM 与 TO 是同一个设备库
store-copy-read = 已从 { $store } 读取 { $units } 台设备、{ $ledger } 条台账记录
store-copy-table = 表
store-copy-source = 源
store-copy-target = 目标
store-copy-sha256 = sha256（源 / 目标）
store-copy-mismatch-mark = 不一致
store-copy-verified = 已复制并校验：{ $from } → { $to }
store-copy-mismatch = { $store } 中的副本回读后与源不一致

devices-col-sn = SN
devices-col-status = 状态
devices-col-batch = 批次
devices-col-device-id = 设备ID
devices-col-kind = 密钥类型
devices-col-secret-no = SecretNo
devices-col-imported-at = 导入时间
devices-col-units = 台数
devices-col-station = 工位
devices-col-source = 来源
devices-count = 共 { $units } 台
devices-field-sn = 设备序列号（SN）
devices-field-status = 状态
devices-field-secret-no = SecretNo
devices-field-secret-fingerprint = SecretNo 指纹
devices-field-secret-kind = 密钥类型
devices-field-device-id = 设备ID
devices-field-qr-url = 二维码链接
devices-field-hw-code = hw_code
devices-field-model-id = 型号
devices-field-remark = 备注
devices-field-batch = 批次
devices-field-source-file = 来源文件
devices-field-source-sheet = 来源工作表
devices-field-source-row = 来源行
devices-field-imported-at = 导入时间
devices-field-active-code = active_code
devices-field-device-secret = 设备 secret
devices-field-exchanged-secret-no = 换取的 SecretNo
devices-field-corp-name = 企业名称
devices-field-last-seen = 最近在线
devices-show-ledger = 台账：
devices-show-unknown-hint = `wecom-hw{ $flags } devices list` 可列出设备库中的设备；如何添加设备见 `wecom-hw import --help`
devices-private-stdout = 拒绝把 SecretNo 写到标准输出：它是一个其他用户可读的文件（权限 { $mode }）
devices-private-stdout-file = 拒绝把 SecretNo 写到标准输出：它是其他用户可读的文件 { $file }（权限 { $mode }）
devices-private-stdout-hint = 请运行 `chmod 600 { $file }` 后重试
devices-private-stdout-hint-output = 请运行 `chmod 600 { $file }` 后重试，或用 -o { $file } 写入（权限 0600）
devices-xlsx-to-terminal = 拒绝把 XLSX 写到终端；请用 --output FILE.xlsx 指定文件
devices-csv-unfinished = 无法完成 CSV 的写入
devices-exported = 已将 { $units } 台设备写入 { $file }

store-url-bad-sslmode = 设备库 URL：sslmode={ $value } 无效，可选值为 disable、allow、prefer、require、verify-ca、verify-full
store-url-invalid = 设备库 URL { $url }：{ $error }
store-url-password = 设备库 URL 中含有密码；命令行不是保密的
store-url-password-hint = 请从 URL 中删除密码，改用 PGPASSWORD、WECOM_HW_STORE_PASSWORD_FILE 或 ~/.pgpass 提供
store-password-file-empty = WECOM_HW_STORE_PASSWORD_FILE { $file } 为空
store-cannot-connect = 设备库 { $store }：无法连接到 { $servers }：{ $error }
store-server-socket = { $dir } 中的套接字（端口 { $port }）
store-connect-unreachable-hint = PostgreSQL 是否已启动并在 { $server } 上监听？可用 `pg_isready -h { $host } -p { $port }` 检查；设备库 URL 的格式为 postgres://USER@HOST:PORT/DATABASE?sslmode=MODE（主机和端口与服务器的 listen_addresses 和 port 一致；sslmode 默认为 prefer，服务器提供 TLS 时使用；disable 不使用；require 强制使用并校验）
store-connect-no-tls-hint = 服务器未提供 TLS：请在服务器上启用 ssl，或在设备库 URL 中加 ?sslmode=prefer（或 sslmode=disable）接受明文连接
store-connect-tls-hint = 服务器证书校验失败：请在设备库 URL 中用 ?sslrootcert=FILE（或 PGSSLROOTCERT）指定其 CA；若证书中没有该主机名，请用 sslmode=verify-ca
store-connect-auth-hint = 请检查角色及其密码：角色 { $user } 须存在，且 pg_hba.conf 允许它从本机登录；密码来自 PGPASSWORD、WECOM_HW_STORE_PASSWORD_FILE 指定的文件，或 ~/.pgpass（权限 0600）中的一行 `{ $host }:{ $port }:{ $db }:{ $user }:PASSWORD`
store-connect-no-database-hint = 请先创建数据库：`createdb -h { $host } -p { $port } -U { $user } { $db }`
store-connect-other-hint = 请用 `pg_isready -h { $host } -p { $port }` 检查服务器
store-root-cert-invalid = 设备库根证书 { $file }：{ $error }
store-root-cert-not-pem = 不是 PEM 格式：{ $error }
store-root-cert-empty = 其中没有证书

store-step-claim-unit = 无法领取设备
store-step-commit-import = 无法提交导入
store-step-commit-schema-migration = 无法提交结构迁移
store-step-configure = 无法配置数据库连接
store-step-copy-into-store = 无法复制到设备库
store-step-count-devices = 无法统计设备数
store-step-count-line-states = 无法统计产线状态
store-step-count-units-without-bind-URL = 无法统计没有绑定链接的设备
store-step-insert-device = 无法写入设备
store-step-insert-devices = 无法写入设备
store-step-list-batches = 无法列出批次
store-step-list-devices = 无法列出设备
store-step-list-failures = 无法列出失败记录
store-step-lock-store-for-import = 无法为导入锁定设备库
store-step-look-up-device = 无法查找设备
store-step-look-up-devices = 无法查找设备
store-step-number-batch = 无法为批次编号
store-step-open = 无法打开
store-step-pick-next-unit = 无法选出下一台设备
store-step-prepare = 无法准备查询
store-step-read-device = 无法读取设备
store-step-read-ledger = 无法读取台账
store-step-watch-for-changes = 无法判断设备库是否有变化
store-step-read-line-state = 无法读取产线状态
store-step-read-schema-version = 无法读取结构版本
store-step-record-ledger-event = 无法记录台账事件
store-step-record-line-step = 无法记录产线步骤
store-step-record-batch = 无法记录批次
store-step-record-seed = 无法记录种子
store-step-restart-import = 无法重新开始导入
store-step-roll-back-import = 无法回滚导入
store-step-save-device-state = 无法保存设备状态
store-step-set-schema-version = 无法设置结构版本
store-step-start-line-transaction = 无法开始产线事务
store-step-start-import-transaction = 无法开始导入事务
store-step-start-schema-migration = 无法开始结构迁移
store-step-write-ledger = 无法写入台账
store-step-read-table = 无法读取 { $table }
store-step-migration = 第 { $number } 步迁移
store-step-schema-migration = 结构迁移

import-cell-kind-boolean = 布尔值
import-cell-kind-date = 日期
import-cell-kind-error = Excel 错误值
import-cell-lossy = 数字单元格 { $value } 无法精确读取（超过 2^53 的位数或小数部分已丢失）；请在 Excel 中把该列设为文本格式后重新输入
import-cell-lossy-hidden = 数字单元格无法精确读取（超过 2^53 的位数或小数部分已丢失）；请在 Excel 中把该列设为文本格式后重新输入
import-cell-scientific = { $value } 是科学计数法表示的数字：Excel 保存的是显示值，位数已丢失；请把该列设为文本格式后重新导出
import-cell-scientific-hidden = 单元格是科学计数法表示的数字：Excel 保存的是显示值，位数已丢失；请把该列设为文本格式后重新导出
import-cell-unexpected = 单元格内容为{ $kind } { $value }，应为文本
import-cell-unexpected-hidden = 单元格内容为{ $kind }，应为文本
import-url-not-static = { $url } 不是静态绑定二维码链接；应为 { $expected }
import-url-empty-hw-code = { $url } 的 hw_code 为空
import-url-bad-hw-code = hw_code { $code } 含有 URL 中不能出现的字符
import-column-spec-no-equals = 格式应为 FIELD=HEADER（例如 sn=序列号），实际为 { $got }
import-column-spec-unknown-field = 未知字段 { $field }；可选字段：{ $fields }
import-column-spec-no-column = 未给出 { $field } 对应的列
import-at-sheet = 工作表 { $sheet }
import-at-row = 第 { $row } 行
import-at-column = { $column } 列
import-at-column-header = { $column } 列（{ $header }）
import-at-separator = ，
import-problem = { $at }：{ $message }
import-unknown-format = 无法从文件名判断 { $file } 的格式
import-unknown-format-hint = 请用 --format xlsx|xls|ods|csv 指定
import-reader-failed = { $file }：无法作为电子表格读取：文件内容有误，读取器出错
import-header-missing-column = { $at }：表头（第 { $row } 行）中没有 { $field } 列（表头：{ $headers }）
import-header-missing-column-hint = 请明确指定：--column { $field }=HEADER
import-no-device-id-column = 没有 device_id（设备ID）列：蓝牙广播和标签都需要它
import-no-qr-url-column = 没有 qr_url（二维码链接）列：静态绑定标签需要它
import-too-many-rows = { $at }：数据行超过 { $max } 行，已达导入上限
import-too-many-rows-hint = 请拆分导出的文件，或用 --max-rows N 提高上限
import-blank-row = 已跳过空行
import-no-data-rows = 表头下方没有数据行
import-cell-too-big = { $at }：单元格中有 { $len } 字节文本，超过上限 { $max }
import-cell-too-big-hint = 请确认这是导出的设备登记表；可用 --max-cell-bytes N 提高上限
import-numeric-cell = 数字单元格读作 { $value }；若原有前导零，已经丢失（请把该列设为文本格式）
import-numeric-cell-hidden = 数字单元格按数字读取；若原有前导零，已经丢失（请把该列设为文本格式）
import-sn-repeats = SN { $sn } 与第 { $first } 行重复（SN 比较时不区分大小写）
import-sn-invalid = SN { $sn }：{ $error }
import-sn-empty = SN 为空
import-secret-unusual = SecretNo 为 { $chars } 个字符，不是通常的 32 位十六进制字符
import-secret-invalid = SecretNo：{ $error }
import-secret-empty = SecretNo 为空
import-device-id-invalid = 设备ID { $value } 不是十进制的 u64 数字
import-device-id-empty = 设备ID 为空
import-no-url = 没有静态绑定二维码链接：无法为这台设备打印标签
import-seed-batch = 种子批次：这 { $rows } 行共用一个 SecretNo（sha256:{ $fingerprint }）；设备须先执行 get_secret_no 再 register
import-seed-batch-model = 种子批次：型号 { $model } 的 { $rows } 行共用一个 SecretNo（sha256:{ $fingerprint }）；设备须先执行 get_secret_no 再 register
import-secret-repeats = SecretNo 与第 { $first } 行的相同：每台设备的 SecretNo 互不相同，而种子由同一型号的所有设备共用
import-unknown-sheet = { $file } 中没有工作表 { $sheet }（现有工作表：{ $sheets }）
import-first-row = 第一行
import-no-header = { $file }：前 { $rows } 行中没有含 SN 列的表头（{ $first }）
import-no-header-hint = 请用 --column sn=HEADER 指定 SN 列，或用 --header-row N 指定表头所在行
import-unknown-column = --column { $field }={ $column }：没有这个表头，也不是列字母（表头：{ $headers }）

import-progress-importing = 正在导入 { $file }
import-progress-reading = 正在读取 { $file }
import-progress-writing = 正在写入设备库
import-read-rows = 已读取并检查 { $rows } 行，用时 { $seconds } 秒
import-transaction-after-reading = 读取完成后，设备库事务用时 { $seconds } 秒
import-transaction = 设备库事务用时 { $seconds } 秒
import-conflict-and = 和
import-conflict = 设备库中已有 SN { $sn }，但其 { $fields } 不同；设备库中的数据不会被覆盖
import-conflict-batch = 设备库中已有 SN { $sn }（批次 { $batch }），但其 { $fields } 不同；设备库中的数据不会被覆盖
import-mapping = { $file }：{ $source }，表头在第 { $row } 行
import-mapping-column = {"  "}{ $column } 列 { $header } → { $target }
import-mapping-duplicate = 忽略（该字段已对应到其他列）
import-mapping-ignored = 忽略
import-failed-rows = { $file }：{ $errors } 处错误；未导入任何设备
import-failed-rows-hint = 请修正上面列出的行（或用 --column 指定列的对应关系）后重新导入
import-failed-conflicts = { $file }：{ $conflicts } 个 SN 已在设备库中且数据不同；未导入任何设备
import-failed-conflicts-hint = `wecom-hw{ $flags } devices show { $sn }` 可查看设备库中的数据；设备库中的数据不会被覆盖
import-more-problems = … 另有 { $count } 个问题未显示（--json 会全部列出）
import-label-conflict = 冲突
import-label-note = 说明
import-counts = 新增 { $new } 台，未变 { $unchanged } 台，冲突 { $conflicts } 个，错误 { $errors } 处
import-done = 已将 { $units } 台设备导入 { $store }，批次 { $batch }（{ $kind }）：{ $counts }
import-nothing-imported = 未导入任何设备：{ $counts }
import-dry-run = 试运行，未写入任何数据：将导入 { $counts }
import-nothing-changed = 没有变化：全部 { $units } 台设备已在 { $store } 中（{ $counts }）

import-reexport-hint = 请从服务商管理端重新导出设备登记表，或用电子表格软件打开后另存为 .xlsx
import-csv-encoding = { $file }：既不是 UTF-8 也不是 GBK 文本；请把 CSV 另存为 UTF-8
import-csv-unreadable = { $file }：{ $error }
import-not-spreadsheet = { $file }：无法作为电子表格读取
import-no-sheet = { $file }：工作簿中没有工作表
import-cannot-read-sheet = { $file }：无法读取工作表 { $sheet }
import-shared-strings-claim = { $file }：其共享字符串表（{ $name }，{ $size } 字节）声称有 { $claim } 个字符串，超出其容量或 --max-rows { $max } 的导入所需；文件已损坏或不是真正导出的文件
import-grid-too-large = { $file }：工作表 { $sheet } 跨 { $rows } 行 × { $cols } 列（到 { $last } 列），超过 { $cells } 个单元格和 { $columns } 列的上限
import-grid-too-large-hint = 请删除表格下方或右侧远处的零散单元格，或只导出表格本身
import-csv-cell-too-big = { $file }，第 { $line } 行，{ $column } 列：单元格超过 { $max } 字节（已读取 { $len } 字节），达到导入上限；已在此处停止读取
import-ods-with-before = { $sheets ->
        [one] （连同其前面的一个工作表）
       *[other] （连同其前面的 { $sheets } 个工作表）
    }
import-ods-cells = { $file }：工作表 { $sheet } 展开重复的行和列后共有 { $cells } 个单元格{ $with }，超过 { $max } 个单元格的上限
import-ods-text = { $file }：工作表 { $sheet } 展开重复的单元格和空格后共有 { $bytes } 字节文本{ $with }，超过 { $mib } MiB 的上限；文件已损坏或不是真正导出的文件
import-ods-content = { $file }：其 content.xml 解压后超过 { $mib } MiB；文件已损坏或不是真正导出的文件
import-ods-truncated = { $file }：content.xml 在工作表 { $sheet } 中间就结束了：文件已损坏
import-xls-loop = { $file }：.xls 文件已损坏：其{ $table }中的链有环（在扇区 { $sector }）；未读取
import-xls-sector-table = 扇区表
import-xls-short-sector-table = 短扇区表
import-xls-declared = { $file }：工作表 { $sheet } 在 DIMENSIONS 记录中声明了 { $rows } 行 × { $cols } 列，超过 { $max } 个单元格的上限

store-tls-setup = TLS 初始化失败：{ $error }
store-streamed-needs-sqlite = 流式导入需要 SQLite 设备库
import-hashing-panicked = 计算哈希的线程崩溃了
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
demo-step-cloud = 用导入的设备启动本地的企业微信模拟云端
demo-step-online = 让 { $sn } 上线：注册网络、激活设备（由模拟器的企业管理员绑定）、订阅企业信息
demo-step-ble = 通过低功耗蓝牙配网（内置设备模拟器）
demo-step-failed = 演示步骤失败：{ $command }（{ $status }）
demo-reusing-store = （沿用 { $store }：重新导入不会改变任何内容）
demo-unknown-sn = SN { $sn } 不在 { $export } 中
demo-no-units = { $export } 中没有设备
demo-emulator-up = 模拟器运行于 { $url }，共 { $devices } 台设备；CA 证书 { $ca }
demo-starting-emulator = 正在启动模拟云端
demo-reading-emulator = 正在读取模拟器的第一行输出
demo-emulator-failed = 模拟云端未能启动（见上方输出）
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
## station

# 工位配置（station.toml）。$at 为“文件:行号”（或文件名）。
station-profile-syntax = { $at }：不是有效的工位配置：{ $error }
station-profile-syntax-hint = 工位配置采用 TOML 格式：每行一个 `键 = 值`，文本用英文双引号括起（参见 examples/station.toml）
station-profile-unknown-key = { $at }：未知的键 `{ $key }`
station-profile-unknown-key-like = 是否想写 `{ $key }`？请改为该键
station-profile-unknown-key-hint = 请删除该行；工位配置只能包含：{ $keys }
station-profile-missing-key = { $at }：缺少键 `{ $key }`
station-profile-missing-key-hint = 请添加一行，例如：{ $write }
station-profile-bad-value = { $at }：`{ $key }`：{ $why }
station-profile-write = 请改为，例如：{ $write }
station-profile-not-text = 应为英文双引号括起的文本
station-profile-not-number = 应为整数
station-profile-out-of-range = 应为 { $min } 到 { $max } 之间的数
station-profile-not-one-of = 应为以下之一：{ $words }
station-profile-empty = 不能为空
station-profile-label-size = 应为以毫米计的标签尺寸，格式为 宽x高
station-profile-printer-addr = 应为 tcp://主机:端口
station-profile-command = 不是有效的命令（为空，或引号未闭合）
station-profile-pin-hash = 应为 sha256:SALT:HASH，即 `line station --hash-pin` 输出的值
station-profile-unreadable = 无法读取工位配置 { $file }：{ $error }
station-profile-unreadable-hint = 请用 --profile 指定工位配置的路径；示例见 examples/station.toml
station-no-such-slot = --slot { $slot }：工位配置只有 { $slots } 个工装位
station-no-such-slot-hint = 请给出 1 到工装位数之间的编号；不加 --slot 则启用全部工装位
station-pin-short = 线长 PIN 至少需要 4 个字符
# 开工前检查。
station-preflight-failed = 工位无法启动：{ $count } 项检查未通过（见上方），请处理后重新启动
station-check-line = 未就绪：{ $problem }。{ $hint }
station-check-store-missing-hint = 请检查工位配置中的 `store`，或先导入登记导出文件：wecom-hw import FILE
station-check-store-hint = 请检查工位配置中的 `store`，并确认当前用户有权写入设备库
station-check-printer-path = 打印机设备或标签目录 { $path } 不存在或不可写入
station-check-printer-path-hint = 请接好打印机（或创建该目录），或修改工位配置中的 `printer`
station-check-label-hint = 请在工位配置中选用更大的 `label` 或更高的 `dpi`
station-no-url = SN { $sn }：设备库中没有可打印在标签上的二维码链接（qr_url）
# 简易模式：每个事件一行。$slot 为工装位编号。
station-ready = 工位 { $station } 已就绪：{ $slots } 个工装位，配置 { $profile }，设备库 { $store }
station-ready-scan = 请扫描设备的 SN 开始
station-ready-next = 请按回车（或扫码枪扳机）领取下一台设备
station-on-slot = 工装位 { $slot }：{ $text }
station-double-scan = { $sn } 在 2 秒内重复扫描，已忽略
station-refused-unknown = { $sn }：设备库中没有此设备。请核对标签，或请线长导入其批次
station-refused-issued = { $sn }：已下发过（状态 { $state }，工位 { $station }）。请将该设备放到一边并告知线长
station-refused-on-slot = { $sn } 已在工装位 { $slot } 上
station-refused-busy = 所有工装位都在忙：请等待合格或不合格结果，然后重新扫描 { $sn }
station-refused-none-left = 没有可下发的设备了：请向线长领取下一批次
station-refused-quitting = 工位正在退出：未领取 { $sn }
station-refused-other = { $sn }：未领取：{ $why }
station-started = 已领取 { $sn }
station-resumed = { $sn } 从中断处继续
station-step = { $sn } { $step }中
station-step-payload = 写入数据
station-step-flash = 烧录
station-step-verify = 回读校验
station-step-label = 打印标签
station-step-finish = 记录结果
station-retrying = { $sn }：{ $step }失败，正在重试
station-pass = { $sn } 合格 PASS
station-reprinted = { $sn }：标签已补打
station-fail-set-aside = { $sn } 不合格 FAIL：{ $why }。该设备已隔离：请放入维修盒；本工装位可继续下一台
station-fail-held = { $sn } 不合格 FAIL：{ $todo }（{ $why }）
station-why-exited = { $step }失败（退出码 { $code }）
station-why-signal = { $step }被信号终止
station-why-timeout = { $step }超过 { $seconds } 秒未完成
station-why-mismatch = 回读内容与烧录内容不一致
station-why-set-aside = 线长已隔离：{ $reason }
station-held-label = 打印机无响应：请检查电源和网线，然后按 R 重试
station-held-payload = 无法写入设备数据：请检查磁盘，然后按 R 重试
station-held-program = 无法启动烧录程序：请告知线长，然后按 R 重试
station-held-store = 设备库未能记录此步骤：请检查网络或磁盘，然后按 R 重试
station-quitting = 正在退出：等待 { $busy } 个工装位完成当前步骤
station-nothing-to-retry = 没有需要重试的步骤
station-nothing-to-reprint = 没有可补打的标签
station-stopped = 工位已停止：合格 { $pass } 台，不合格 { $fail } 台
station-profile-fix = 请修改 { $file } 中的上述各行，然后重新启动工位
# 屏幕。
station-screen-printer-none = 无打印机
station-screen-printer-ready = 打印机 { $printer } 正常
station-screen-printer-down = 打印机 { $printer } 无响应
station-screen-counters = 合格 { $pass }   不合格 { $fail }   良率 { $yield_pct }   每小时产量 { $per_hour }   本批剩余 { $left }
station-screen-slot = 工装位 { $slot }
station-screen-slot-port = 工装位 { $slot }（{ $port }）
station-screen-idle-scan = 就绪：请扫码
station-screen-idle-next = 就绪：请按回车
station-screen-claiming = 正在领取设备
station-screen-running = { $step }中 { $seconds } 秒
station-screen-held = 停在：{ $step }
station-screen-set-aside = 已隔离：请放入维修盒
station-screen-pass = 合格
station-screen-fail = 不合格
station-screen-failures = 最近失败
station-screen-prompt = 扫码：
station-screen-keys = R 重试  P 补打  Q 退出
station-screen-preflight = 未就绪：工位无法启动
station-screen-preflight-then = 请处理以上问题后重新启动工位。按 Q 退出。
# 线长操作。
station-lead-wrong-pin = 线长 PIN 错误：未执行任何操作
station-lead-usage = 线长操作：lead PIN aside [工装位] 原因、lead PIN reissue SN 原因、lead PIN leave
## console

# `wecom-hw console` on stderr, after the URL on stdout.
console-open = 请在本机浏览器中打开 { $url }（其中的令牌就是钥匙：只分享给可以查看产线的人）
console-remote-refused = --listen { $addr } 不是本机回环地址：控制台会把产线和设备库暴露到网络上
console-remote-hint = 如确需在 { $addr } 上提供服务，请加上 --allow-remote（访问者仍需打印出的令牌）；否则请监听 127.0.0.1
# HTTP refusals (plain text).
console-no-token = 请通过 wecom-hw console 启动时打印的网址打开控制台：网址中带有访问令牌。
console-cross-origin = 已拒绝：此修改请求并非来自控制台自己的页面。
console-too-large = 已拒绝：请求过大。
console-bad-query = 已拒绝：SN 条件只能包含字母、数字和 - _ . * ?（最多 64 个字符），批次必须是数字。
console-not-found = 未找到
console-failed = 无法读取设备库
console-failed-text = 无法读取设备库：{ $error }
# Navigation.
console-nav-line = 产线
console-nav-devices = 设备
console-nav-emulator = 模拟云端
# The line page.
console-line-title = 产线
console-line-shift = 本班次自 { $start } 起 · 更新于 { $at }
console-line-pass = 通过
console-line-fail = 失败
console-line-yield = 良率
console-line-per-hour = 最近一小时产量
console-line-progress = 批次进度
console-line-progress-text = 共 { $total } 台，已完成 { $done } 台，尚未下发 { $left } 台
console-line-stations = 工位
console-line-station = 工位
console-line-current = 当前设备 · 步骤
console-line-last = 最近结果
console-line-state = 产线状态
console-line-silent = 无响应
console-line-running = 进行中
console-line-idle = 空闲
console-line-no-stations = 本班次还没有工位写入台账。
console-line-chart = 各工位每小时产量（UPH）
console-line-failures = 最近的失败
console-line-time = 时间
console-line-reason = 原因
console-line-no-failures = 没有失败。
# The devices pages.
console-devices-title = 设备
console-devices-batch = 批次
console-devices-search = 搜索
console-devices-status = 状态
console-devices-imported = 导入时间
console-devices-found = { $more ->
    [true] 仅显示找到的前 { $n } 台设备（请缩小搜索范围以查看其余设备）：
   *[other] 找到 { $n } 台设备：
}
console-unit-fingerprint = 指纹 { $fp }
console-unit-device-id = 设备ID
console-unit-device-secret = 设备 secret
console-unit-corp = 企业
console-unit-last-seen = 最近在线
console-unit-ledger = 台账
console-unit-label = 静态绑定二维码标签
console-unit-no-label = 没有静态标签：设备库中此设备既无二维码链接，也无 hw_code。
# The emulator page.
console-emu-title = 模拟云端
console-emu-unreachable = 模拟云端无响应：{ $error }
console-emu-summary = { $connections } 个长连接，云端时间 { $time }
console-emu-online = 在线
console-emu-stage = 阶段
console-emu-registered = 已注册
console-emu-bound = 绑定企业
console-emu-firmware = 固件
console-emu-bind = 绑定
console-emu-unbind = 解绑
console-emu-push = 推送
console-emu-done = { $action } { $sn }：已完成

## merge: console and station errors
console-not-an-sn = { $sn } 不是有效的 SN
console-corp-too-long = 企业名称超过 64 个字符
console-unknown-action = 未知操作 { $action }
console-runtime-failed = 无法启动控制台的运行时
console-cannot-listen = 无法监听 { $addr }
console-serving-failed = 控制台的网页服务已停止
console-task-failed = 控制台的后台任务失败
station-claimed-vanished = 已领取的 SN { $sn } 已不在设备库中
cloud-cannot-serialise-state = 无法序列化模拟器的状态

## console emulator: frame log, fault switches, cloud serve --console
cloud-unknown-fault = { $fault } 不是可在模拟云端运行时开关的故障
cloud-unknown-fault-hint = 可开关的故障有：{ $switches }
cloud-console-remote-refused = --console-listen { $addr } 不是本机回环地址：控制台会把模拟云端和设备库暴露到网络上
cloud-console-open = 模拟云端的控制台：请在本机浏览器中打开 { $url }（其中的令牌就是钥匙：只分享给可以操作模拟云端的人）
cloud-console-no-store = 控制台的产线页和设备页没有可读的设备库（{ $error }）；模拟云端页不需要设备库。
console-emu-frames = { $sn } 的帧日志
console-emu-frames-live = 实时：模拟云端从 { $sn } 收到和发给它的帧，最新的在前，最多保留最近 { $count } 帧；凭据已按 connect --transcript 的方式打码。
console-emu-no-device = 没有可显示的设备：模拟云端中没有任何设备。
console-emu-time = 时间
console-emu-dir = 方向
console-emu-cmd = 命令
console-emu-frame = 帧（已打码）
console-emu-dir-in = 收到
console-emu-dir-out = 发出
console-emu-faults = 故障开关
console-emu-faults-text = 计次故障打开后，从现在起{ $times ->
    [0] 每次都触发
   *[other] 触发 { $times } 次
}。延迟、错误码、丢弃回复等带参数的故障保持 cloud serve 启动时的设置。
console-emu-fault-on = 开
console-emu-fault-off = 关
console-emu-fault-done = { $fault } 已{ $state }
console-emu-not-a-fault = { $fault } 不是故障开关
## doctor --profile and the station's preflight (io/checks.rs, io/preflight.rs)
checks-store-readonly = 当前用户无法写入 { $path }
checks-program-missing = { $program } 不存在
checks-program-path-hint = 含斜杠的名称是相对工位启动目录的路径：请修改工位配置中的命令，或写出程序的完整路径
checks-printer-path-ok = { $path } 可以写入
checks-label-ok = 与企业微信同样长的绑定链接可以放进标签（{ $label }，{ $dpi } dpi）
checks-label-default = 默认尺寸
doctor-profile = { $file }：工位 { $station }，{ $slots } 个工装位，配置 { $hash }
doctor-profile-no-printer = 未检查：工位配置未指定打印机（也未给出 --printer）
doctor-profile-no-command = 未检查：工位配置未指定烧录、校验或 on_pass/on_fail 命令（也未给出 --flasher）
checks-port-ok = 工装位 { $slot }：{ $port } 可以打开
checks-port-missing = 工装位 { $slot }：{ $port } 不存在
checks-port-missing-hint = 请插好该工装的 USB 串口（`ls /dev/serial/by-id/` 列出已连接的设备），或修改工位配置中的 `port`
checks-port-denied = 工装位 { $slot }：当前用户无权打开 { $port }
checks-port-denied-hint = 该串口属于用户组 { $group }：请执行 `{ $command }`，然后注销并重新登录
## station screen and console, as seen at the line
station-screen-head = 工位 { $station } | 配置 { $profile } | 设备库 { $store }
station-screen-head-short = 工位 { $station } | 配置 { $profile }
station-screen-running-again = { $step }中（第 { $attempt } 次）{ $seconds } 秒
station-failed-step = { $step }失败
station-failed-log = { $why }：{ $log }
line-state-claimed = 已领取
line-state-issued = 已写入数据
line-state-flashed = 已烧录
line-state-printed = 已打印标签
line-state-done = 已完成
line-state-failed = 失败
line-state-unclaimed = 未下发
line-event-imported = 已导入
line-event-secret-exchanged = 已换取 SecretNo
line-event-registered = 已注册
line-event-activated = 已激活
line-event-bound = 已绑定
line-event-unbound = 已解绑
line-event-line-claimed = 已领取
line-event-line-reissued = 重新下发
line-event-line-resumed = 从中断处继续
line-event-secret-issued = 已写入数据
line-event-flashed = 已烧录
line-event-flash-failed = 烧录失败
line-event-verify-failed = 回读校验失败
line-event-step-retried = 步骤重试
line-event-label-printed = 已打印标签
line-event-label-skipped = 未打印标签
line-event-print-failed = 标签打印失败
line-event-line-set-aside = 已隔离
line-event-line-done = 完成
## console live feed (PostgreSQL)
store-watch-listen-lost = 监听台账新记录的连接已断开（{ $error }）；在恢复监听之前，控制台每 250 毫秒查询一次设备库
console-watch-listening = 已恢复监听台账新记录（PostgreSQL LISTEN/NOTIFY）
## i18n-rest: the last messages written in the code
rest-cloud-state-dir = 无法创建状态目录 { $dir }
rest-cloud-already-serving = 已有另一个模拟器在使用 { $dir }
rest-cloud-already-serving-hint = 请先停止它，或用 --state-dir 为这个模拟器另指定一个状态目录
rest-cloud-cannot-listen = 无法监听 { $addr }
rest-cloud-cannot-listen-firmware = 无法监听 { $addr }（用于固件下载）
rest-cloud-log-tls-refused = { $peer }：注入故障：拒绝 TLS 握手
rest-cloud-status-sn = SN
rest-connect-download-dir = --download-dir { $dir }
rest-connect-on-bad = --on { $spec }：{ $why }
rest-connect-download-size = 下载的固件为 { $got } 字节，但 get_firmware_info 给出的大小是 { $said } 字节
rest-connect-download-md5 = md5 不一致：下载内容为 { $got }，get_firmware_info 给出的是 { $said }
rest-connect-download-save = 无法保存 { $path }：{ $error }（请重新创建 --download-dir { $dir }，或另指定一个目录）
rest-download-bad-url = download_url { $url } 格式错误
rest-download-no-host = download_url { $url } 缺少主机名
rest-download-scheme = download_url { $url } 既不是 http:// 也不是 https://
rest-download-cannot-reach = 无法连接 { $addr }
rest-download-tls = 与 { $host } 的 TLS 连接失败
rest-download-reading = 读取下载内容失败
rest-download-no-response = { $host } 没有返回 HTTP 响应
rest-download-status = 下载 { $url } 时服务器返回 HTTP { $status }
rest-download-chunked = 下载 { $url }：不支持分块传输编码（chunked）
rest-download-too-large = 下载 { $url }：文件超过 { $max } 字节
rest-transport-cannot-reach = 无法连接 { $addr }：{ $error }
rest-transport-bad-host = 主机名 { $host } 无效：{ $error }
rest-transport-tls-failed = 与 { $host } 的 TLS 握手失败：{ $error }
rest-transport-upgrade-failed = WebSocket 升级失败：{ $error }
rest-transport-tls-config = 无法初始化 TLS
rest-pgpass-too-open = { $file } 可被同组或其他用户读取，已忽略（请执行 chmod 600）
# Ledger events and unit statuses in human tables (the English label is the stored name).
ledger-imported = 已导入
ledger-secret-exchanged = 已换取 SecretNo
ledger-registered = 已注册
ledger-activated = 已激活
ledger-bound = 已绑定
ledger-unbound = 已解绑
ledger-line-claimed = 工位已领取
ledger-line-reissued = 已重新下发
ledger-line-resumed = 工位接续
ledger-secret-issued = 已下发密钥
ledger-flashed = 已烧录
ledger-flash-failed = 烧录失败
ledger-verify-failed = 回读校验失败
ledger-step-retried = 步骤重试
ledger-label-printed = 已打印标签
ledger-label-skipped = 未打印标签
ledger-print-failed = 打印失败
ledger-line-set-aside = 已隔离
ledger-line-done = 已完成
# Durations (sign --explain, qr --watch, connect): 45s, 1m 05s, 1h 02m 03s, 3d 2h.
duration-s = { $s } 秒
duration-m-s = { $m } 分钟 { $s } 秒
duration-h-m-s = { $h } 小时 { $m } 分钟 { $s } 秒
duration-d-h = { $d } 天 { $h } 小时
# Why an SN is refused (the cloud's rule: [0-9A-Za-z]{1,128}).
sn-empty = SN 为空
sn-too-long = SN 长 { $len } 个字符，最多允许 { $max } 个
sn-bad-char = SN 含有 { $char }；只允许 0-9、A-Z 和 a-z
# -v lines: a technician reads them to learn where a secret or URL came from.
rest-debug-secret-from = { $what } 来自{ $origin }（{ $secret }）
rest-debug-secret-fingerprint = SecretNo 来自{ $origin }（指纹 { $fingerprint }）
rest-debug-secret-of-unit = SN { $sn } 的 SecretNo 来自设备库 { $store }（指纹 { $fingerprint }）
rest-debug-seed-unknown = SN { $sn } 是种子设备，它自己的 SecretNo 尚未获取（请先运行 `connect`）
rest-debug-url-from-store = SN { $sn } 的 URL 来自设备库 { $store }
rest-debug-backend-sim = 后端：模拟器（{ $sn }，地址 { $address }）
rest-debug-backend-bluez = 后端：BlueZ 适配器 { $adapter }
rest-debug-ignored = 已忽略 { $address }：{ $why }
rest-debug-device-id = 设备库中 SN { $sn } 的设备ID为 { $id }
rest-debug-wrote = 已写入 { $path }
rest-debug-flasher-output = { $sn }：烧录程序输出：
# The sentence around a cause (an OS or driver error, kept as it comes): "what: cause".
output-caused-by = { $what }：{ $error }
# Why `line next` failed a unit (the ledger keeps its English record).
rest-line-flasher = 烧录程序
rest-line-verifier = 校验程序
rest-line-why-exited = { $who }退出，退出码 { $code }
rest-line-why-signal = { $who }被信号终止
rest-line-why-timeout = { $who }超时：{ $secs } 秒内未完成
rest-line-why-mismatch = 回读内容与写入的数据不一致（回读 { $read } 字节，写入 { $written } 字节）
rest-line-why-set-aside = 在{ $step }步骤被隔离：{ $reason }（{ $halted }）
rest-line-issued-detail = { $format } 格式，{ $bytes } 字节，SecretNo 指纹 { $fingerprint }，写入 { $to }
rest-line-temp-file = 临时文件
rest-line-flashed-detail = 烧录程序正常退出，用时 { $ms } 毫秒
rest-line-flashed-verified = 烧录程序正常退出，用时 { $ms } 毫秒；回读校验通过
# Why a secret (SecretNo, seed) as read is refused.
secret-error-empty = 密钥为空
secret-error-multi-line = 密钥中间含有换行（只允许末尾有一个换行）
secret-error-control = 密钥含有控制字符
# The emulator's log of the faults it injects (`--json` keeps the English `detail`).
rest-cloud-log-fault = 连接 { $conn }：注入故障 { $mode }：{ $what }
rest-cloud-fault-split-bytes = 每一帧都逐字节写出
rest-cloud-fault-duplicate-keys = { $cmd } 发送时带了两个 `cmd` 键（push_unbind_corp 在前）
rest-cloud-fault-wrong-req-id = 对 { $cmd } [{ $req_id }] 的回复以 [{ $wrong }] 发出
rest-cloud-fault-ping-flood = 回复 { $cmd } 之后连发 { $n } 个 WebSocket ping
rest-cloud-fault-oversize-text = 对 { $cmd } 的回复填充到 { $bytes } 字节
rest-cloud-fault-invalid-utf8 = 对 { $cmd } 的回复以无效的 UTF-8（c3 28）发出
rest-cloud-fault-reorder = 对 { $cmd } 的回复被扣住，等下一条回复发出后再发
rest-cloud-fault-oversize-binary = 对 { $cmd } [{ $req_id }] 的二进制回复填充到 { $bytes } 字节
rest-cloud-fault-data-len = 对 { $cmd } [{ $req_id }] 的二进制回复声明 data_len 为 { $len }，实际只有 { $real } 字节
rest-cloud-fault-push-before-subscribe = 在回复 { $cmd } 之前先推送 push_unbind_corp
rest-cloud-log-fault-drop-after = 连接 { $conn }：注入故障：{ $frames } 帧后关闭连接
rest-cloud-log-fault-drop-reply = 连接 { $conn }：注入故障：丢弃对 { $cmd } [{ $req_id }] 的回复
rest-cloud-log-fault-truncate = 连接 { $conn }：注入故障：截断对 { $cmd } [{ $req_id }] 的二进制回复
rest-cloud-log-fault-errcode = 连接 { $conn }：注入故障：以 { $code } 回复 { $cmd }
rest-cloud-log-fault-unknown-push = 连接 { $conn }：注入故障：推送未知的 { $cmd }
rest-ble-transient-ignored = 等待时出现暂时性错误，已忽略：{ $error }
# sign --batch: a row's errors, and what kind of JSON value was found instead.
rest-sign-row-missing-column = 缺少 `{ $name }` 列
rest-sign-row-not-object = 不是 JSON 对象：{ $error }
rest-sign-row-not-string = `{ $key }` 必须是字符串，实际是{ $got }
rest-json-null = 空值（null）
rest-json-boolean = 布尔值
rest-json-number = 数字
rest-json-string = 字符串
rest-json-array = 数组
rest-json-object = 对象
## console polish: the emulator page's words
console-emu-off = 此控制台未连接模拟云端。
console-emu-off-hint = 要在这里查看模拟云端，请带控制台启动它：wecom-hw cloud serve --console；或在运行中的模拟云端旁打开控制台：wecom-hw console --cloud-dir DIR（DIR 为模拟云端的状态目录）。
console-emu-stage-connected = 已连接
console-emu-stage-registered = 已注册网络
console-emu-stage-activated = 已激活
console-emu-stage-subscribed = 已订阅企业信息
console-emu-is-online = 在线
console-emu-is-offline = 离线
console-emu-is-registered = 已注册
console-emu-not-registered = 未注册
console-emu-actions = 操作
console-emu-corp-label = 企业
console-emu-push-name = 命令
console-emu-push-body = 内容（JSON）
console-emu-optional = 可选

## station-polish
# 预检未通过、但消息本身没有写出检查对象时：先写对象。
station-check-target = { $target }：{ $problem }

## ledger-words
# 台账明细按存储的记录换成读者的语言；存储本身保持英文原样。
ledger-words-profile = { $words }（工位配置 { $hash }）
ledger-words-profile-only = 工位配置 { $hash }
ledger-words-stdout = 标准输出
ledger-words-temp-file = 临时文件
ledger-words-batch = 第 { $batch } 批次，来自 { $file } 第 { $row } 行
ledger-words-label = { $format } 标签，写入 { $to }
ledger-words-line-label = { $format } 标签 { $copies } 份，发往 { $to }
ledger-words-reprint = 补打：{ $label }
ledger-words-no-label = 未打印标签：既没有 --print，也没有 --printer
ledger-words-exchanged = 已通过 get_secret_no 换取 SecretNo，指纹 { $fingerprint }
ledger-words-register = 已调用 register 注册
ledger-words-already-registered = 云端答复设备已注册
ledger-words-active-secret = active 返回了设备 secret
ledger-words-saved-secret = subscribe_corp 接受了上次中断运行时保存的设备 secret
ledger-words-unbind-pushed = 企业已解绑设备（push_unbind_corp）
ledger-words-answered = { $call } 返回 { $code }
ledger-words-issued = { $format } 格式，{ $bytes } 字节，SecretNo 指纹 { $fingerprint }，写入 { $to }
ledger-words-flasher-exit = 烧录程序正常退出，用时 { $ms } 毫秒
ledger-words-no-flasher = 未设置烧录程序
ledger-words-verified = { $flashed }；回读校验通过
ledger-words-output = { $words }：{ $log }
ledger-words-retried = { $step }第 { $attempt } 次尝试失败（共 { $of } 次）：{ $why }
ledger-words-resumed = 从“{ $state }”状态继续
ledger-words-retry-after = 失败后重试：{ $why }
ledger-words-unit = { $sn }：{ $detail }

## store-location
store-url-lost-start = 设备库位置“{ $store }”只是 PostgreSQL URL 的后半段，缺少开头（$PG 之类的变量是否为空？）
store-url-lost-start-hint = 请给出完整的 URL，例如 --store "postgres://USER@HOST:PORT/DATABASE?sslmode=require"，或一个文件路径

## i18n-format
# connect 断开长连接、重新登录、清除 secret 或调用失败的原因（core/wss/client/reason.rs；`--json` 保留稳定的英文记录）。
fmt-reason-send-failed = 发送失败：{ $error }
fmt-reason-closed-by-cloud = 云端关闭了长连接（{ $code } { $why }）
fmt-reason-closed-by-cloud-bare = 云端关闭了长连接
fmt-reason-connection-closed = 长连接已关闭
fmt-reason-connection-lost = 长连接中断：{ $error }
fmt-reason-too-big = 云端发来的消息有 { $size } 字节，超过 { $max } 字节的上限（--max-message），已以 1009 关闭
fmt-reason-not-utf8 = 云端发来的文本帧不是有效的 UTF-8，已以 1007 关闭：{ $detail }
fmt-reason-protocol-broken = 云端违反了 WebSocket 协议，已以 1002 关闭：{ $detail }
fmt-reason-during = { $why }（当时：{ $doing }）
fmt-reason-heartbeats-missed = 连续 { $n } 次心跳未收到回复
fmt-reason-no-reply = `{ $cmd }` 重试 { $tries } 次仍未收到回复
fmt-reason-keeps-failing = { $why }；登录反复失败
fmt-reason-busy = `{ $cmd }` 连续 4 次返回“系统繁忙”
fmt-reason-answered = `{ $cmd }` 返回 { $code }（{ $what }）
fmt-reason-heartbeat-answered = 心跳返回 { $code }（{ $what }）
fmt-reason-no-headers = 云端返回 { $code }（{ $what }），且没有 headers
fmt-reason-register-again = { $why }；重新注册网络
fmt-reason-no-active-code = 云端返回 { $code }（设备已注册），但本地没有保存 active_code
fmt-reason-held-elsewhere = 云端仍在另一条长连接上保持该 SN（600002），多半是本机上一条连接；正在重连
fmt-reason-lost-activation = 这条长连接已激活，但本地没有保存 secret；重连以重新激活设备
fmt-reason-push-unbind = 云端推送了 push_unbind_corp
fmt-reason-call-timeout = { $secs } 秒内未收到回复
fmt-reason-binary-malformed = 云端的二进制回复格式错误：{ $detail }
fmt-call-failed = `{ $cmd }`：{ $reason }
# 解析器发现的格式错误；冒号后是解析器给出的原始细节。
fmt-malformed-text-frame = 文本帧不是有效的消息信封：{ $error }
fmt-malformed-binary-frame = 二进制帧无法解码：{ $error }
fmt-malformed-timestamp = get_timestamp 的回复中没有可用的时间戳：{ $error }
# qr --batch：出错的行在哪里、错在什么地方（render/batch.rs）。
fmt-batch-at-row = { $name } 第 { $row } 行
fmt-batch-at-line = { $name } 第 { $row } 行
fmt-batch-bad-sn = { $at } sn 列：{ $sn }：{ $error }
fmt-batch-dynamic-url = { $at } url 列：动态绑定二维码会失效，不能打印；标签上印的是静态 hw_code 链接
fmt-batch-bad-url = { $at } url 列：{ $error }
fmt-batch-no-url = { $at }：SN { $sn } 既没有 url 也没有 hw_code
fmt-batch-no-sn-column = { $name }：没有 SN 列（表头：{ $headers }）
fmt-batch-no-url-column = { $name }：没有 url 列（qr_url、二维码）或 hw_code 列
fmt-batch-not-object = { $at }：不是 JSON 对象
fmt-batch-not-string = { $at } 键 { $key }：应为字符串
fmt-batch-no-rows = { $name }：没有数据行
fmt-batch-name-unclosed = --name { $template }：缺少与“{"{"}”配对的“{"}"}”
fmt-batch-name-unknown-field = --name { $template }：未知字段 { $field }；请用 {"{"}sn{"}"} 或 {"{"}row{"}"}
fmt-batch-name-not-plain = --name { $template } 必须是单纯的文件名（文件都写入 --out-dir）
# 标签的 --size（render/layout.rs）。
fmt-label-size-shape = 标签尺寸 { $size }：应为“宽x高”（单位 mm），例如 40x30
fmt-label-size-not-number = 标签尺寸 { $size }：{ $value } 不是以 mm 为单位的数字
fmt-label-size-range = 标签尺寸 { $size }：{ $mm } mm 超出 1–1000 mm 的范围
# connect --on 的响应（cmd/connect/react.rs）；`reaction` 事件里的 `error` 保持英文。
fmt-exec-wait-failed = 无法等待 { $program } 结束：{ $error }
fmt-firmware-info-malformed = 云端返回的固件最新信息格式错误：{ $error }
# ble provision：设备没能连上 Wi-Fi（core/ble/session.rs）。
fmt-ble-wifi-refused = 设备报告未能连上 { $ssid }（wifi_connected: false）：密码错误、信号覆盖不到，或 MAC 不在白名单中
# connect 没能及时建立长连接（net/client/mod.rs）。
fmt-no-connection-deadline = 截止时间前未能连上 { $url }
fmt-no-connection-timeout = 截止时间前未能连上 { $addr }（--timeout）
fmt-no-connection-within = { $secs } 秒内未能连上 { $addr }
# 云端发来帧或连接关闭时，设备正在做什么。
fmt-doing-waiting = 正在等待 `{ $cmd }` 的回复
fmt-doing-online = 已上线
fmt-doing-online-in-flight = 已上线，`{ $cmds }` 尚未收到回复
fmt-doing-polling-active = 正在轮询 `active`

## i18n-last
# `qr verify` 的检查结果：找到了码却无法回读的原因。
i18nl-verify-does-not-fit = 二维码连同静区超出了 { $w }×{ $h } 的图像范围
i18nl-verify-dark-quiet-zone = 静区内有深色像素（{ $x }, { $y }）
i18nl-verify-not-one-colour = 模块（{ $mx }, { $my }）颜色不一致（像素（{ $x }, { $y }））
i18nl-verify-wrong-version = 码中声明的是版本 { $version }、纠错等级 { $ecc }，应为 V{ $want_version }-{ $want_ecc }
i18nl-verify-png-decode = PNG 文件无法解码：{ $detail }
# ZPL 自动 QR 模式无法承载的内容。
i18nl-zpl-non-ascii = ZPL 的自动 QR 模式无法承载非 ASCII 内容 { $payload }
# BLE：设备以 errcode 拒绝、与当前步骤无关的数据包、SN 不符的设备。
i18nl-ble-refused = 设备拒绝：对命令 { $cmd } 回复 errcode { $errcode } { $errmsg }
i18nl-ble-ignored-packet = 正在等待{ $waiting }，已忽略数据包 { $cmd }（{ $name }）
i18nl-ble-no-status-command = 协议版本 1（FCC9）：设备不支持状态查询命令（30004）
i18nl-ble-wrong-sn = 设备报告的 SN 为 { $got }，应为 { $want }
i18nl-ble-sim-out-of-range = { $address } 不在模拟器的范围内（模拟器的地址是 { $sim }）
# 600023 在多次校时后仍未消除；{ $errmsg } 是云端原文。
i18nl-wss-still-stale = { $errmsg }（已校时 { $syncs } 次，时间戳仍然过期：云端时钟或签名时钟有误）
# BlueZ 错误，显示在 `ble` 的失败信息中。
i18nl-bluez-no-adapter-named = 没有名为 { $want } 的蓝牙适配器；可用的有：{ $available }
i18nl-bluez-not-seen = BlueZ 在 { $adapter } 上不认识 { $address }，且 { $secs } 秒内未收到它的广播
i18nl-bluez-no-characteristic = 服务 0xFCE7 中没有 0x{ $uuid }（{ $role }）特征值
i18nl-bluez-fcc8-no-indicate = 0xFCC8 不支持 indicate（属性 { $properties }）
i18nl-bluez-fcc7-not-writable = 0xFCC7 不可写（属性 { $properties }）
i18nl-bluez-after-attempts = { $detail }（已尝试 { $attempts } 次）
i18nl-bluez-no-dbus = { $detail }：无法连接系统 D-Bus（dbus 是否在运行？）
i18nl-bluez-not-running = { $detail }：BlueZ 未运行（启动方法：`systemctl start bluetooth`）
i18nl-bluez-power-on = { $detail }：请打开蓝牙适配器（`rfkill unblock bluetooth`、`bluetoothctl power on`）

## last-words
# A TSPL label whose QR content has a line break.
render-tspl-line-break = TSPL 的 QRCODE 指令无法承载含换行的内容
render-tspl-line-break-hint = 请去掉换行，或改用 PNG、SVG、PDF 格式（--format png、svg 或 pdf）
# Where a bad value came from, before the problem.
at-sn-field = SN { $sn }：{ $field }
at-env-var = 环境变量 { $name }
at-file-column = { $at }：{ $column } 列
# A `print-failed` ledger entry whose label could not be made (the ledger keeps the error code).
ledger-label-no-url = 未生成标签：该设备没有静态二维码链接
ledger-label-too-small = 未生成标签：标签放不下二维码
ledger-label-unsupported = 未生成标签：标签语言无法承载二维码内容
ledger-label-not-made = 未生成标签（{ $code }）
# What the device was doing, by its lifecycle state.
fmt-doing-disconnected = 未连接
fmt-doing-time-sync = 正在对时
fmt-doing-secret-exchange = 正在用种子换取 SecretNo
fmt-doing-registering = 正在注册网络
fmt-doing-subscribing = 正在订阅企业信息
fmt-doing-stopped = 已停止
# A unit's or batch's kind of secret in `devices list`, `show` and `batches`.
devices-kind-per-device = 一机一密
devices-kind-seed = 种子
devices-kind-mixed = 混合
# doctor on a SQLite file that is not a device store.
doctor-store-not-a-store = { $path } 不是设备库：其中没有 wecom-hw 的数据表（是空文件，或是其他程序的数据库）

# `ble scan`: why a sighting is not a WeCom device (-v), and the table's values.
ble-ignored-no-service = 广播中没有 0xFCE7 服务
ble-ignored-no-data = 广播了 0xFCE7，但没有企业微信的 0xEE/0xED 数据
ble-bind-bound = 已绑定
ble-bind-unbound = 未绑定
ble-battery-low = 电量低
ble-battery-ok = 正常
ble-sign-ok = 正确
ble-sign-ok-reversed = 正确（字节逆序）
ble-sign-mismatch = 不匹配
