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

## docs: the books' generated command reference (gen-assets)

docs-commands-generated = 由 `wecom-hw gen-assets .` 根据命令定义和帮助文本目录生成，请勿手工修改
docs-commands-title = 命令与参数
docs-commands-intro = 全部命令和参数，帮助文字与 `wecom-hw COMMAND --help` 的输出完全一致。退出码见[退出码与错误码](exit-codes.md)。
docs-errcodes-title = 企业微信错误码（errcode）
docs-errcodes-intro = 工具认识的全部企业微信云端错误码，与 `connect`、`cloud` 和提示中显示的一致：含义、企业微信的中文 errmsg（如有）以及处理办法。在真实设备上如何看懂它们，见[看懂 600xxx 错误码](../technician/errors.md)。
docs-errcodes-columns = errcode | 含义 | 企业微信中文 errmsg | 怎么办
docs-errcodes-generated = 由 `wecom-hw gen-assets .` 根据 src/core/errcode.rs 中的错误码表生成，请勿手工修改
