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
sign-valid = SN { $sn } 的 { $kind } 码有效：已生成 { $age }，还剩 { $left }（有效期 { $valid_for }）
sign-bad-signature = SN { $sn } 的设备签名不匹配（密钥 sha256:{ $fingerprint }，来自 { $origin }）
sign-bad-signature-hint = 请确认这是 SN { $sn } 的 SecretNo；`{ $command }` 会显示本应签名的内容
sign-expired = SN { $sn } 的 { $kind } 码已于 { $ago } 前过期（已生成 { $age }，有效期 { $valid_for }）
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
