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
doctor-flasher-empty = 烧录命令为空
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
