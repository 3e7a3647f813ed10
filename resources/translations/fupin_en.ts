<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>版本 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>（未打开）</source>
        <translation>(not open)</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not logging)</translation>
    </message>
    <message>
        <source>关于 扶贫帮扶</source>
        <translation>About Fupin</translation>
    </message>
    <message>
        <source>扶贫帮扶</source>
        <translation>Fupin — Poverty Alleviation Assistance</translation>
    </message>
    <message>
        <source>面向驻村帮扶干部的离线工具：农户建档立卡登记、N+2 帮扶计划、五对台账、打印以及 U 盘同步。</source>
        <translation>An offline tool for village assistance cadres: registered-household records, N+2 assistance plans, five-match tracking, printing and USB synchronisation.</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>日志：</source>
        <translation>Log:</translation>
    </message>
    <message>
        <source>字体：</source>
        <translation>Font:</translation>
    </message>
    <message>
        <source>文泉驿微米黑（Apache-2.0 许可）</source>
        <translation>WenQuanYi Micro Hei (Apache-2.0 licence)</translation>
    </message>
    <message>
        <source>界面库：</source>
        <translation>GUI toolkit:</translation>
    </message>
</context>
<context>
    <name>AmountSpinBox</name>
    <message>
        <source>金额不能超过 {max} 元，多输入的数字未被接受，请核对。</source>
        <translation>The amount cannot exceed {max} yuan; the extra digits were not accepted. Please check.</translation>
    </message>
</context>
<context>
    <name>AreaTreeView</name>
    <message>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>全部农户</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>（乡镇名未登记，可在村信息中填写）</source>
        <translation>(township name not recorded; fill it in under Village information)</translation>
    </message>
    <message>
        <source>{code}（建档立卡贫困村）</source>
        <translation>{code} (registered poor village)</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>搜索对象或详情</source>
        <translation>Search object or details</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>（只显示最近 {n} 条）</source>
        <translation> (only the latest {n} shown)</translation>
    </message>
    <message>
        <source>共 {n} 条记录</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <source>导出操作记录</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>操作记录.xlsx</source>
        <translation>audit-log.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {n} 条到 {path}</source>
        <translation>Exported {n} records to {path}</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份到U盘</source>
        <translation>Back up to USB stick</translation>
    </message>
    <message>
        <source>用口令加密（换电脑恢复时输入口令）</source>
        <translation>Encrypt with a passphrase (enter it when restoring on another computer)</translation>
    </message>
    <message>
        <source>备份已加密：U盘丢失也不会泄露数据。</source>
        <translation>The backup is encrypted: a lost stick leaks no data.</translation>
    </message>
    <message>
        <source>不设口令时，本机、县级或托管恢复密钥可以打开它。</source>
        <translation>Without a passphrase, this computer, the county key or the escrow key can open it.</translation>
    </message>
    <message>
        <source>本机尚未加入县级，请设定口令，否则换电脑后无法恢复。</source>
        <translation>This computer has not joined a county office: set a passphrase, or the backup cannot be restored on another computer.</translation>
    </message>
    <message>
        <source>写到：</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>口令至少 {n} 个字符</source>
        <translation>The passphrase needs at least {n} characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
    <message>
        <source>正在备份并校验……</source>
        <translation>Backing up and verifying…</translation>
    </message>
    <message>
        <source>已写入 {path}（{size}）。已校验，可以安全拔出。</source>
        <translation>Written to {path} ({size}). Verified: safe to remove.</translation>
    </message>
    <message>
        <source>备份失败：{error}</source>
        <translation>Backup failed: {error}</translation>
    </message>
</context>
<context>
    <name>CadreFormDialog</name>
    <message>
        <source>新增帮扶责任人</source>
        <translation>New responsible cadre</translation>
    </message>
    <message>
        <source>编辑帮扶责任人</source>
        <translation>Edit responsible cadre</translation>
    </message>
    <message>
        <source>例如：驻村第一书记、帮扶干部</source>
        <translation>e.g. village first secretary, assistance cadre</translation>
    </message>
    <message>
        <source>（不限）</source>
        <translation>(any village)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>帮扶的村</source>
        <translation>Village assisted</translation>
    </message>
</context>
<context>
    <name>CadreListDialog</name>
    <message>
        <source>帮扶责任人</source>
        <translation>Responsible cadres</translation>
    </message>
    <message>
        <source>退出帮扶的责任人仍保留在原有的农户、措施和走访记录上，新登记时不再供选择。“默认”的责任人是新增农户时预先填入的人。</source>
        <translation>A withdrawn cadre stays on the households, measures and visit records they already have, but is no longer offered for new entries. The “default” cadre is filled in when a new household is added.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>负责户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>新增(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>退出帮扶(&amp;T)…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>设为默认(&amp;M)</source>
        <translation>&amp;Make default</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已退出</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>在岗（默认）</source>
        <translation>Active (default)</translation>
    </message>
    <message>
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>恢复在岗(&amp;T)</source>
        <translation>&amp;Reinstate</translation>
    </message>
    <message>
        <source>退出帮扶</source>
        <translation>Withdraw cadre</translation>
    </message>
    <message>
        <source>{name} 退出帮扶后，仍保留在其负责的 {n} 户及以往的措施、走访记录上，新登记时不再供选择。确定吗？</source>
        <translation>After withdrawal, {name} stays on the {n} households they are responsible for and on past measures and visit records, but is no longer offered for new entries. Continue?</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(Do not import)</translation>
    </message>
    <message>
        <source>列对应 — {name}</source>
        <translation>Column mapping — {name}</translation>
    </message>
    <message>
        <source>载入对应文件…</source>
        <translation>Load mapping file…</translation>
    </message>
    <message>
        <source>另存对应文件…</source>
        <translation>Save mapping file…</translation>
    </message>
    <message>
        <source>下一步：检查</source>
        <translation>Next: check</translation>
    </message>
    <message>
        <source>已按常见表头自动对应；请检查每一列，未识别的列可手工指定或选择“不导入”。</source>
        <translation>Columns were matched by their usual headers; check each one, and assign unrecognised columns by hand or choose “do not import”.</translation>
    </message>
    <message>
        <source>正在读取表头……</source>
        <translation>Reading the headers…</translation>
    </message>
    <message>
        <source>隐藏的工作表，不导入。</source>
        <translation>This sheet is hidden and is not imported.</translation>
    </message>
    <message>
        <source>此工作表没有可识别的表头，不导入。</source>
        <translation>This sheet has no recognisable header and is not imported.</translation>
    </message>
    <message>
        <source>表中列名</source>
        <translation>Column header</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>成员表</source>
        <translation>members sheet</translation>
    </message>
    <message>
        <source>户表</source>
        <translation>households sheet</translation>
    </message>
    <message>
        <source>未识别</source>
        <translation>not recognised</translation>
    </message>
    <message>
        <source>{sheet}（{kind}，表头第 {row} 行）</source>
        <translation>{sheet} ({kind}, header on row {row})</translation>
    </message>
    <message>
        <source>“{sheet}”中有多列对应到同一字段：{fields}（只用第一列）</source>
        <translation>In “{sheet}” several columns map to the same field: {fields} (only the first is used)</translation>
    </message>
    <message>
        <source>缺少必需的列：{fields}</source>
        <translation>Required columns missing: {fields}</translation>
    </message>
    <message>
        <source>每户都必须有、但没有列对应的：{fields}。请在这里指定对应的列，否则不能导入。</source>
        <translation>Every household must have these, but no column is mapped to them: {fields}. Choose the matching columns here; otherwise the roster cannot be imported.</translation>
    </message>
    <message>
        <source>载入列对应</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <source>列对应文件 (*.json)</source>
        <translation>Column mapping files (*.json)</translation>
    </message>
    <message>
        <source>另存列对应</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <source>列对应.json</source>
        <translation>column-mapping.json</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt;户（{place}），{year}年帮扶计划第 {version} 版</source>
        <translation>Household of &lt;b&gt;{head}&lt;/b&gt; ({place}), {year} assistance plan, version {version}</translation>
    </message>
    <message>
        <source>主要致贫原因：{cause}；人均纯收入 {pci:,.0f} 元</source>
        <translation>Main cause of poverty: {cause}; net income per person ¥{pci:,.0f}</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not filled</translation>
    </message>
    <message>
        <source>N：{members} 名成员中 {covered} 人已有个人措施；+2：户措施 {hh} 项</source>
        <translation>N: {covered} of {members} members have personal measures; +2: {hh} household measures</translation>
    </message>
    <message>
        <source>措施共 {n} 项，计划资金 {money:,.2f} 元</source>
        <translation>{n} measures, planned funds ¥{money:,.2f}</translation>
    </message>
    <message>
        <source>退出评估：已达到收入标准和两不愁三保障、饮水安全</source>
        <translation>Exit assessment: income standard, two assurances and three guarantees, and safe water all met</translation>
    </message>
    <message>
        <source>退出评估：尚未达到（{unmet}）</source>
        <translation>Exit assessment: not yet met ({unmet})</translation>
    </message>
    <message>
        <source>还有 {e} 个错误需要修正，修正后才能确认计划（另有 {w} 条提示）。</source>
        <translation>{e} error(s) must be fixed before the plan can be confirmed ({w} warning(s) as well).</translation>
    </message>
    <message>
        <source>没有错误，但有 {w} 条提示需要核实（见下方列表），核实无误后可以确认计划。</source>
        <translation>No errors, but {w} warning(s) need checking (see the list below). Once they are checked, the plan can be confirmed.</translation>
    </message>
    <message>
        <source>没有错误，可以确认计划。</source>
        <translation>No errors: the plan can be confirmed.</translation>
    </message>
</context>
<context>
    <name>ConflictReviewWidget</name>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>暂定值</source>
        <translation>Provisional value</translation>
    </message>
    <message>
        <source>暂定值来自</source>
        <translation>Provisional value from</translation>
    </message>
    <message>
        <source>另一方的值</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>另一方来自</source>
        <translation>Other value from</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>待处理</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>显示已处理的</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <source>保留暂定值</source>
        <translation>Keep provisional value</translation>
    </message>
    <message>
        <source>改用另一方的值</source>
        <translation>Use the other value</translation>
    </message>
    <message>
        <source>输入新值…</source>
        <translation>Enter a new value…</translation>
    </message>
    <message>
        <source>同一项在两处被同时修改时，暂按时间较晚的一方处理，另一方的值保留在这里。处理结果作为一次新的修改，随下一个同步包发回各村。</source>
        <translation>When the same field was changed in two places, the later change is applied provisionally and the other value is kept here. Your decision is a new edit that travels back to the villages with the next package.</translation>
    </message>
    <message>
        <source>待处理的冲突：{n} 条</source>
        <translation>Open conflicts: {n}</translation>
    </message>
    <message>
        <source>选中一条冲突查看详情。</source>
        <translation>Select a conflict to see its details.</translation>
    </message>
    <message>
        <source>{record} · {field}
暂定值：{w}（{wd}，{wt}）
另一方：{l}（{ld}，{lt}）
当前值：{current}</source>
        <translation>{record} · {field}
Provisional value: {w} ({wd}, {wt})
Other value: {l} ({ld}, {lt})
Current value: {current}</translation>
    </message>
    <message>
        <source>已处理：{resolution}</source>
        <translation>Resolved: {resolution}</translation>
    </message>
    <message>
        <source>输入新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>{record} 的{field}：</source>
        <translation>{field} of {record}:</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>这个决定作为本机的一次新修改，随下一个同步包发回：{places}。</source>
        <translation>The decision is saved as a new edit on this computer and goes back with the next sync package to: {places}.</translation>
    </message>
    <message>
        <source>目前没有负责这条记录的村级电脑，决定只保存在本机。</source>
        <translation>No village computer is responsible for this record at present, so the decision is kept on this computer only.</translation>
    </message>
    <message>
        <source>把“{record}”的{field}定为“{value}”？

{travel}</source>
        <translation>Set {field} of “{record}” to “{value}”?

{travel}</translation>
    </message>
    <message>
        <source>处理冲突</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <source>无法处理</source>
        <translation>Cannot resolve</translation>
    </message>
</context>
<context>
    <name>CountyActions</name>
    <message>
        <source>县级(&amp;C)</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <source>目标与进度(&amp;P)</source>
        <translation>Targets and &amp;progress</translation>
    </message>
    <message>
        <source>贫困村退出评估(&amp;E)</source>
        <translation>Village &amp;exit assessment</translation>
    </message>
    <message>
        <source>整改清单(&amp;R)</source>
        <translation>&amp;Rectification list</translation>
    </message>
    <message>
        <source>导入花名册(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;X)</source>
        <translation>E&amp;xport to Excel</translation>
    </message>
    <message>
        <source>农户花名册(&amp;H)…</source>
        <translation>&amp;Household roster…</translation>
    </message>
    <message>
        <source>帮扶计划（五对）(&amp;P)…</source>
        <translation>Assistance &amp;plans (five matches)…</translation>
    </message>
    <message>
        <source>资金台账(&amp;L)…</source>
        <translation>Fund &amp;ledger…</translation>
    </message>
    <message>
        <source>整改清单(&amp;R)…</source>
        <translation>&amp;Rectification list…</translation>
    </message>
    <message>
        <source>操作记录(&amp;A)</source>
        <translation>&amp;Audit log</translation>
    </message>
    <message>
        <source>目标与进度</source>
        <translation>Targets and progress</translation>
    </message>
    <message>
        <source>贫困村退出评估</source>
        <translation>Village exit assessment</translation>
    </message>
    <message>
        <source>整改清单</source>
        <translation>Rectification list</translation>
    </message>
    <message>
        <source>操作记录</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>农户花名册</source>
        <translation>household register</translation>
    </message>
    <message>
        <source>帮扶计划</source>
        <translation>assistance plans</translation>
    </message>
    <message>
        <source>资金台账</source>
        <translation>fund ledger</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出{what}……</source>
        <translation>Exporting the {what}…</translation>
    </message>
    <message>
        <source>已导出 {rows} 行到 {path}</source>
        <translation>Exported {rows} rows to {path}</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>全县</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>未命名的乡镇</source>
        <translation>Unnamed township</translation>
    </message>
    <message>
        <source>未命名的村</source>
        <translation>Unnamed village</translation>
    </message>
    <message>
        <source>未命名的地区</source>
        <translation>Unnamed area</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>设定目标…</source>
        <translation>Set targets…</translation>
    </message>
    <message>
        <source>打印报告（PDF）…</source>
        <translation>Print report (PDF)…</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>已脱贫人数</source>
        <translation>People out of poverty</translation>
    </message>
    <message>
        <source>达到退出标准的贫困村</source>
        <translation>Poverty villages meeting the exit standard</translation>
    </message>
    <message>
        <source>未确认帮扶计划</source>
        <translation>Without a confirmed plan</translation>
    </message>
    <message>
        <source>N+2 缺项</source>
        <translation>N+2 gaps</translation>
    </message>
    <message>
        <source>逾期措施</source>
        <translation>Overdue measures</translation>
    </message>
    <message>
        <source>资金拨付</source>
        <translation>Funds paid</translation>
    </message>
    <message>
        <source>未脱贫人口</source>
        <translation>People still poor</translation>
    </message>
    <message>
        <source>农户</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>双击进入下一级</source>
        <translation>Double-click to go one level down</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>减贫目标</source>
        <translation>People target</translation>
    </message>
    <message>
        <source>已脱贫</source>
        <translation>Out of poverty</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>退出目标(村)</source>
        <translation>Village target</translation>
    </message>
    <message>
        <source>达标村</source>
        <translation>Villages meeting</translation>
    </message>
    <message>
        <source>未确认计划(户)</source>
        <translation>No confirmed plan (households)</translation>
    </message>
    <message>
        <source>N+2缺项(户)</source>
        <translation>N+2 gaps (households)</translation>
    </message>
    <message>
        <source>计划资金(元)</source>
        <translation>Planned (yuan)</translation>
    </message>
    <message>
        <source>已拨付(元)</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>需关注：{reasons}</source>
        <translation>Needs attention: {reasons}</translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>计算失败</source>
        <translation>Computation failed</translation>
    </message>
    <message>
        <source>目标与进度</source>
        <translation>Targets and progress</translation>
    </message>
    <message>
        <source>数据库中还没有村</source>
        <translation>No villages in the database yet</translation>
    </message>
    <message>
        <source>暂无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>目标 {target:,} 人 · 完成 {rate}</source>
        <translation>Target {target:,} people · {rate} done</translation>
    </message>
    <message>
        <source>目标 {target} 个 · 待退出贫困村 {poor} 个</source>
        <translation>Target {target} · {poor} poverty villages to exit</translation>
    </message>
    <message>
        <source>需计划 {n:,} 户</source>
        <translation>{n:,} households need a plan</translation>
    </message>
    <message>
        <source>户</source>
        <translation>households</translation>
    </message>
    <message>
        <source>项，截至 {day}</source>
        <translation>measures, as of {day}</translation>
    </message>
    <message>
        <source>已拨付 {paid:,.0f} / 计划 {planned:,.0f} 元</source>
        <translation>Paid {paid:,.0f} of {planned:,.0f} yuan planned</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>{members:,} 人</source>
        <translation>{members:,} people</translation>
    </message>
    <message>
        <source>各乡镇</source>
        <translation>Townships: </translation>
    </message>
    <message>
        <source>各村</source>
        <translation>Villages: </translation>
    </message>
    <message>
        <source>{level}脱贫人数：目标与完成</source>
        <translation>{level}people out of poverty, target and done</translation>
    </message>
    <message>
        <source>{level}达标村：目标与完成</source>
        <translation>{level}villages meeting the standard, target and done</translation>
    </message>
    <message>
        <source>返回上一级</source>
        <translation>Back to this level</translation>
    </message>
    <message>
        <source>保存进度报告</source>
        <translation>Save progress report</translation>
    </message>
    <message>
        <source>{year}年目标与进度.pdf</source>
        <translation>progress-{year}.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>正在生成 PDF……</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <source>已保存 {path}</source>
        <translation>Saved {path}</translation>
    </message>
</context>
<context>
    <name>DemoLoading</name>
    <message>
        <source>正在生成演示数据（{n} 户）……</source>
        <translation>Generating demo data ({n} households)…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message numerus="yes">
        <source>数据库中已有 %n 户农户。演示数据是虚构的农户，载入后会和这些农户混在一起，以后无法分开。

只想熟悉软件时，请另建一个数据库再载入。确定要载入吗？</source>
        <translation>
            <numerusform>The database already has %n household. Demo data are made-up households; once loaded they are mixed in with it and cannot be separated later.

If you only want to get to know the program, create a new database and load the demo there. Load the demo data anyway?</numerusform>
            <numerusform>The database already has %n households. Demo data are made-up households; once loaded they are mixed in with these and cannot be separated later.

If you only want to get to know the program, create a new database and load the demo there. Load the demo data anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>未能生成演示数据：{error}</source>
        <translation>Could not generate demo data: {error}</translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>（未评定）</source>
        <translation>(Not assessed)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>（支出）</source>
        <translation>(expense)</translation>
    </message>
    <message>
        <source>家庭纯收入 {net:,.0f} 元，人均纯收入 {pci:,.0f} 元</source>
        <translation>Household net income ¥{net:,.0f}, per person ¥{pci:,.0f}</translation>
    </message>
    <message>
        <source>高于</source>
        <translation>above</translation>
    </message>
    <message>
        <source>未超过</source>
        <translation>not above</translation>
    </message>
    <message>
        <source>，{verdict}{year}年标准 {amount:,.0f} 元</source>
        <translation>, {verdict} the {year} standard of ¥{amount:,.0f}</translation>
    </message>
    <message>
        <source>（本年未设标准，沿用{basis}年；可在“文件 → 设置 → 收入标准”中填写）</source>
        <translation> (no standard set for this year, so the {basis} one is used; enter it under File → Settings → Income standard)</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>措施完成</source>
        <translation>Measure Completed</translation>
    </message>
    <message>
        <source>“{label}”完成日期：</source>
        <translation>Completion date of “{label}”:</translation>
    </message>
    <message>
        <source>计划 {planned:,.2f} 元，资金台账已登记拨付 {paid:,.2f} 元，还有 {rest:,.2f} 元未登记。已拨付的请先在“资金台账”登记，账才对得上。</source>
        <translation>Planned {planned:,.2f} yuan; the fund ledger has {paid:,.2f} yuan paid out, so {rest:,.2f} yuan are not booked. Book what has been paid in the Fund ledger first, so that the accounts agree.</translation>
    </message>
</context>
<context>
    <name>DuplicatesWidget</name>
    <message>
        <source>证件号码 / 姓名</source>
        <translation>ID number / name</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>同一证件号码出现在多条人员记录中。同步不会自动合并；请核实后在农户登记中修改或删除。</source>
        <translation>The same ID number appears in several member records. Sync never merges them: check and correct or delete them in the register.</translation>
    </message>
    <message>
        <source>疑似重复：{n} 组</source>
        <translation>Possible duplicates: {n} groups</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>数据库中还没有农户</source>
        <translation>There are no households in this database yet</translation>
    </message>
    <message>
        <source>请选择一种方式开始：</source>
        <translation>Choose how to start:</translation>
    </message>
    <message>
        <source>各村的 Excel 花名册：对应好各列后，检查并导入。</source>
        <translation>The villages’ Excel rosters: match the columns, then check and import.</translation>
    </message>
    <message>
        <source>村里电脑送来的同步包（U盘上的 .fpkg 文件）。</source>
        <translation>A sync package from a village computer (an .fpkg file on a USB stick).</translation>
    </message>
    <message>
        <source>在本机建村，再逐户新增农户。</source>
        <translation>Create villages on this computer, then add households one by one.</translation>
    </message>
    <message>
        <source>先建本村，再逐户新增农户。</source>
        <translation>Create your village first, then add households one by one.</translation>
    </message>
    <message>
        <source>已有 Excel 花名册：对应好各列后，检查并导入。</source>
        <translation>An existing Excel roster: match the columns, then check and import.</translation>
    </message>
    <message>
        <source>县里发来的同步包（U盘上的 .fpkg 文件）。</source>
        <translation>A sync package from the county (an .fpkg file on a USB stick).</translation>
    </message>
    <message>
        <source>先用一个演示县试一试：农户登记、帮扶计划和打印。</source>
        <translation>Try a demo county first: household register, assistance plans and printing.</translation>
    </message>
</context>
<context>
    <name>ExitAssessmentWidget</name>
    <message>
        <source>全部村</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>未达到退出标准的村</source>
        <translation>Villages not meeting the standard</translation>
    </message>
    <message>
        <source>补短板清单（已退出但未达标）</source>
        <translation>Shortfall list (exited but not meeting)</translation>
    </message>
    <message>
        <source>贫困村</source>
        <translation>Poverty villages</translation>
    </message>
    <message>
        <source>按村名或代码筛选</source>
        <translation>Filter by village name or code</translation>
    </message>
    <message>
        <source>贫困发生率不高于此值为达标（一般 2%，西部地区 3%）</source>
        <translation>A village meets the standard when its poverty incidence is not above this (usually 2%, 3% in the west)</translation>
    </message>
    <message>
        <source>应用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>退出年度</source>
        <translation>Exit year</translation>
    </message>
    <message>
        <source>户籍人口</source>
        <translation>Registered population</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not filled</translation>
    </message>
    <message>
        <source>未脱贫人口</source>
        <translation>People still poor</translation>
    </message>
    <message>
        <source>贫困发生率</source>
        <translation>Poverty incidence</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Meets</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Does not meet</translation>
    </message>
    <message>
        <source>缺项与原因</source>
        <translation>Gaps and reasons</translation>
    </message>
    <message>
        <source>双击一个村，打开村信息填写或核对缺项</source>
        <translation>Double-click a village to open its information and fill in or check what is missing</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>退出标准：贫困发生率 ≤</source>
        <translation>Exit standard: poverty incidence ≤</translation>
    </message>
    <message>
        <source>正在评估……</source>
        <translation>Assessing…</translation>
    </message>
    <message>
        <source>共 {total} 个村：达标 {ok} 个，未达标 {bad} 个；补短板清单 {short} 个村。贫困发生率 = 未脱贫人口 ÷ 户籍人口。</source>
        <translation>{total} villages: {ok} meet, {bad} do not; {short} on the shortfall list. Poverty incidence = people still poor ÷ registered population.</translation>
    </message>
    <message>
        <source>评估失败：{error}</source>
        <translation>Assessment failed: {error}</translation>
    </message>
    <message>
        <source>导出退出评估</source>
        <translation>Export exit assessment</translation>
    </message>
    <message>
        <source>贫困村退出评估.xlsx</source>
        <translation>village-exit-assessment.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {n} 个村到 {path}</source>
        <translation>Exported {n} villages to {path}</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出同步包</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <source>选择加入申请文件…</source>
        <translation>Choose join request file…</translation>
    </message>
    <message>
        <source>如：甲村1号电脑（不要写人名）</source>
        <translation>e.g. Jiacun computer 1 (no personal names)</translation>
    </message>
    <message>
        <source>接收方：</source>
        <translation>Receiver:</translation>
    </message>
    <message>
        <source>分配的村：</source>
        <translation>Assigned villages:</translation>
    </message>
    <message>
        <source>电脑名称：</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <source>写到：</source>
        <translation>Write to:</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{label}（村 {villages}）</source>
        <translation>{label} (villages {villages})</translation>
    </message>
    <message>
        <source>县级：{label}</source>
        <translation>County office: {label}</translation>
    </message>
    <message>
        <source>这是“{peer}”的加入包。村干部第一次导入时，屏幕上会显示县级密钥指纹，请与本机指纹 {mine} 当面核对，一致才导入。</source>
        <translation>This is the joining package for “{peer}”. When the village cadre first imports it, the county key fingerprint appears on their screen: check it in person against this computer’s fingerprint {mine}, and import only if they match.</translation>
    </message>
    <message>
        <source>新电脑：按加入申请文件加入…</source>
        <translation>New computer: enrol from a join request…</translation>
    </message>
    <message>
        <source>本机尚未加入县级：请先在“同步 → 密钥与加入”中生成加入申请，交县里导出设置包，再导入。</source>
        <translation>This computer has not joined a county office: make a join request under Sync → Keys and joining, give it to the county, then import the package they export.</translation>
    </message>
    <message>
        <source>请选择村干部电脑生成的加入申请文件。</source>
        <translation>Choose the join request file made on the village cadre&apos;s computer.</translation>
    </message>
    <message>
        <source>选择加入申请文件</source>
        <translation>Choose join request file</translation>
    </message>
    <message>
        <source>加入申请 (*.json)</source>
        <translation>Join requests (*.json)</translation>
    </message>
    <message>
        <source>无法读取加入申请：{error}</source>
        <translation>Cannot read the join request: {error}</translation>
    </message>
    <message>
        <source>申请人：{who}
申请电脑的指纹：{fp} —— 请与村干部电脑屏幕上显示的指纹当面核对，一致后再勾选分配的村并导出。</source>
        <translation>Requested by: {who}
Fingerprint of the requesting computer: {fp} — compare it in person with the one on the village cadre&apos;s screen. Only if they match, tick the assigned villages and export.</translation>
    </message>
    <message>
        <source>正在导出并校验……</source>
        <translation>Exporting and verifying…</translation>
    </message>
    <message>
        <source>已写入 {path}（{records} 条记录，{size}）。已校验，可以安全拔出。</source>
        <translation>Written to {path} ({records} records, {size}). Verified: safe to remove.</translation>
    </message>
    <message>
        <source>导出失败：{error}</source>
        <translation>Export failed: {error}</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>单击查看明细农户</source>
        <translation>Click to list the households</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>“{name}”是本机的密钥文件，保存在这里会毁掉本机的密钥，以后无法再收发同步包。请换一个文件名。</source>
        <translation>“{name}” is this computer&apos;s key file. Saving here would destroy this computer&apos;s keys, and it could no longer send or receive sync packages. Please choose another file name.</translation>
    </message>
    <message>
        <source>“{name}”是本软件正在使用的数据库文件，不能用来保存，否则数据会丢失。请换一个文件名。</source>
        <translation>“{name}” is the database file this program is using. Saving over it would lose data. Please choose another file name.</translation>
    </message>
    <message>
        <source>“{name}”是本软件正在使用的数据库文件，不能在这里打开。请选择别的文件。</source>
        <translation>“{name}” is the database file this program is using and cannot be opened here. Please choose another file.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>搜索：姓名、拼音或首字母（如 zs）、证件号后4-6位、电话、户编号</source>
        <translation>Search: name, pinyin or initials (e.g. zs), last 4–6 ID digits, phone, household no.</translation>
    </message>
    <message>
        <source>全部脱贫状态</source>
        <translation>Any poverty status</translation>
    </message>
    <message>
        <source>全部属性</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>全部致贫原因</source>
        <translation>Any main cause</translation>
    </message>
    <message>
        <source>全部计划状态</source>
        <translation>Any plan state</translation>
    </message>
    <message>
        <source>未制定计划</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部村民小组</source>
        <translation>All groups</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>数据保存位置</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>无法写入所选位置（{error}），数据将保存在本机用户文件夹。</source>
        <translation>Cannot write to the chosen location ({error}); data will be kept in your user folder.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>一个村（约170户）</source>
        <translation>One village (about 170 households)</translation>
    </message>
    <message>
        <source>一个乡镇的几个村（约600户）</source>
        <translation>A few villages of a township (about 600 households)</translation>
    </message>
    <message>
        <source>一个小县（约5000户）</source>
        <translation>A small county (about 5,000 households)</translation>
    </message>
    <message>
        <source>全县规模（5万户，约需1分钟）</source>
        <translation>Whole county (50,000 households, about a minute)</translation>
    </message>
    <message numerus="yes">
        <source>使用数据库中已有的 %n 户农户，继续登记</source>
        <translation>
            <numerusform>Use the %n household already in the database and continue registering</numerusform>
            <numerusform>Use the %n households already in the database and continue registering</numerusform>
        </translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请填写姓名（操作记录中会写明是谁做的修改）。</source>
        <translation>Please enter your name (the audit log records who made each change).</translation>
    </message>
    <message>
        <source>首次使用设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>欢迎使用扶贫帮扶。请先做几项设置，以后可在“文件 → 设置”中修改。</source>
        <translation>Welcome to Fupin. Please make a few choices first; you can change them later under File → Settings.</translation>
    </message>
    <message>
        <source>您的角色</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>村级：驻村干部、帮扶责任人（本机登记一个或几个村）</source>
        <translation>Village: resident cadre or responsible official (this computer keeps one or a few villages)</translation>
    </message>
    <message>
        <source>县级：县扶贫办、乡村振兴局（汇总全县数据）</source>
        <translation>County: county poverty-alleviation / rural revitalisation office (merges the whole county)</translation>
    </message>
    <message>
        <source>使用者</source>
        <translation>User</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>例如：某某县农业农村局</source>
        <translation>e.g. County Bureau of Agriculture and Rural Affairs</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>数据保存位置</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>本机用户文件夹（推荐）</source>
        <translation>Your user folder on this computer (recommended)</translation>
    </message>
    <message>
        <source>便携：放在程序所在文件夹（从U盘运行时选）</source>
        <translation>Portable: next to the program (choose when running from a USB stick)</translation>
    </message>
    <message>
        <source>其他文件夹</source>
        <translation>Another folder</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>载入演示数据，先熟悉软件</source>
        <translation>Load demo data to get to know the program</translation>
    </message>
    <message>
        <source>导入花名册（Excel 表格），开始后选择文件</source>
        <translation>Import a roster (Excel workbook); choose the file after starting</translation>
    </message>
    <message>
        <source>从空白开始，逐户录入</source>
        <translation>Start empty and enter households one by one</translation>
    </message>
</context>
<context>
    <name>FormBinding</name>
    <message>
        <source>工资性收入</source>
        <translation>Wage income</translation>
    </message>
    <message>
        <source>生产经营性收入</source>
        <translation>Production income</translation>
    </message>
    <message>
        <source>财产性收入</source>
        <translation>Property income</translation>
    </message>
    <message>
        <source>转移性收入</source>
        <translation>Transfer income</translation>
    </message>
    <message>
        <source>生产经营性支出</source>
        <translation>Production expenses</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>对象</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding Source</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(Not filled)</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <source>{item}（{target}）：{amount:,.2f} 元，此类措施通常在 {usual:,.0f} 元以内</source>
        <translation>{item} ({target}): ¥{amount:,.2f}; this kind of measure is usually within ¥{usual:,.0f}</translation>
    </message>
    <message>
        <source>全户计划资金合计 {total:,.2f} 元，一户通常在 {usual:,.0f} 元以内</source>
        <translation>Planned funds for the whole household total ¥{total:,.2f}; one household is usually within ¥{usual:,.0f}</translation>
    </message>
    <message>
        <source>金额远高于通常范围</source>
        <translation>Amount far above the usual range</translation>
    </message>
    <message>
        <source>以下金额远高于通常范围，是否多输了数字？

{lines}

确实无误请选“是”，返回修改请选“否”。</source>
        <translation>These amounts are far above the usual range. Was a digit typed too many?

{lines}

Choose “Yes” if they are correct, or “No” to go back and change them.</translation>
    </message>
    <message>
        <source>计划资金合计 {total:,.2f} 元</source>
        <translation>Planned funds total ¥{total:,.2f}</translation>
    </message>
    <message>
        <source>；{n} 项措施未填金额或资金来源</source>
        <translation>; {n} measure(s) lack an amount or funding source</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <source>农户信息</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <source>户基本信息</source>
        <translation>Household details</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>识别标准</source>
        <translation>Identification standard</translation>
    </message>
    <message>
        <source>贫困户属性</source>
        <translation>Household type</translation>
    </message>
    <message>
        <source>帮扶责任人</source>
        <translation>Responsible cadre</translation>
    </message>
    <message>
        <source>主要致贫原因</source>
        <translation>Main cause of poverty</translation>
    </message>
    <message>
        <source>其他致贫原因</source>
        <translation>Other causes</translation>
    </message>
    <message>
        <source>致贫原因说明</source>
        <translation>Explanation of causes</translation>
    </message>
    <message>
        <source>脱贫状态</source>
        <translation>Poverty status</translation>
    </message>
    <message>
        <source>识别/脱贫/计划脱贫年度</source>
        <translation>Year identified / exited / planned exit</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>返贫年度及原因</source>
        <translation>Year and reason of relapse</translation>
    </message>
    <message>
        <source>监测对象类别</source>
        <translation>Monitoring category</translation>
    </message>
    <message>
        <source>户类型</source>
        <translation>Household flags</translation>
    </message>
    <message>
        <source>军烈属</source>
        <translation>Military/martyr family</translation>
    </message>
    <message>
        <source>独生子女户</source>
        <translation>One-child family</translation>
    </message>
    <message>
        <source>双女户</source>
        <translation>Two-daughter family</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>添加成员(&amp;A)</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>编辑成员(&amp;M)…</source>
        <translation>Edit &amp;member…</translation>
    </message>
    <message>
        <source>删除成员</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>设为户主</source>
        <translation>Make head</translation>
    </message>
    <message>
        <source>生产生活条件</source>
        <translation>Production and living conditions</translation>
    </message>
    <message>
        <source>生产条件（土地）</source>
        <translation>Production conditions (land)</translation>
    </message>
    <message>
        <source>耕地</source>
        <translation>Arable land</translation>
    </message>
    <message>
        <source> 亩</source>
        <translation> mu</translation>
    </message>
    <message>
        <source>其中有效灌溉</source>
        <translation>of which irrigated</translation>
    </message>
    <message>
        <source>林地</source>
        <translation>Forest land</translation>
    </message>
    <message>
        <source>退耕还林</source>
        <translation>Returned to forest</translation>
    </message>
    <message>
        <source>林果</source>
        <translation>Orchards</translation>
    </message>
    <message>
        <source>牧草地</source>
        <translation>Pasture</translation>
    </message>
    <message>
        <source>水面</source>
        <translation>Water surface</translation>
    </message>
    <message>
        <source>易地扶贫搬迁</source>
        <translation>Poverty relocation</translation>
    </message>
    <message>
        <source>是易地扶贫搬迁户</source>
        <translation>Relocated household</translation>
    </message>
    <message>
        <source>安置方式</source>
        <translation>Resettlement mode</translation>
    </message>
    <message>
        <source>生活条件</source>
        <translation>Living conditions</translation>
    </message>
    <message>
        <source>生活用电与广播电视</source>
        <translation>Electricity, radio and TV</translation>
    </message>
    <message>
        <source>通生活用电</source>
        <translation>Household electricity</translation>
    </message>
    <message>
        <source>通广播电视</source>
        <translation>Radio and TV</translation>
    </message>
    <message>
        <source>距村主干路</source>
        <translation>Distance to the main road</translation>
    </message>
    <message>
        <source> 公里</source>
        <translation> km</translation>
    </message>
    <message>
        <source>入户路类型</source>
        <translation>Access road</translation>
    </message>
    <message>
        <source>住房面积</source>
        <translation>Housing area</translation>
    </message>
    <message>
        <source> 平方米</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>危房等级</source>
        <translation>Dilapidation grade</translation>
    </message>
    <message>
        <source>饮水</source>
        <translation>Drinking water</translation>
    </message>
    <message>
        <source>饮水困难</source>
        <translation>Water shortage</translation>
    </message>
    <message>
        <source>饮水安全</source>
        <translation>Safe drinking water</translation>
    </message>
    <message>
        <source>主要燃料类型</source>
        <translation>Main fuel</translation>
    </message>
    <message>
        <source>卫生厕所</source>
        <translation>Sanitary toilet</translation>
    </message>
    <message>
        <source>有卫生厕所</source>
        <translation>Has a sanitary toilet</translation>
    </message>
    <message>
        <source>产业带动</source>
        <translation>Linked to industry</translation>
    </message>
    <message>
        <source>加入农民专业合作社</source>
        <translation>Member of a cooperative</translation>
    </message>
    <message>
        <source>龙头企业带动</source>
        <translation>Led by an enterprise</translation>
    </message>
    <message>
        <source>致富带头人带动</source>
        <translation>Led by a local entrepreneur</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>收入年度</source>
        <translation>Income year</translation>
    </message>
    <message>
        <source>收入与支出（元/年）</source>
        <translation>Income and expenses (yuan/year)</translation>
    </message>
    <message>
        <source>合计（自动计算）</source>
        <translation>Totals (computed)</translation>
    </message>
    <message>
        <source>家庭纯收入</source>
        <translation>Net household income</translation>
    </message>
    <message>
        <source>人均纯收入</source>
        <translation>Net income per person</translation>
    </message>
    <message>
        <source>两不愁三保障</source>
        <translation>Two assurances, three guarantees</translation>
    </message>
    <message>
        <source>两不愁三保障及饮水安全</source>
        <translation>Two assurances, three guarantees and safe water</translation>
    </message>
    <message>
        <source>不愁吃、不愁穿</source>
        <translation>Enough food and clothing</translation>
    </message>
    <message>
        <source>已达到</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>义务教育有保障</source>
        <translation>Compulsory education guaranteed</translation>
    </message>
    <message>
        <source>已达到（无义务教育阶段辍学）</source>
        <translation>Met (no drop-out from compulsory education)</translation>
    </message>
    <message>
        <source>基本医疗有保障</source>
        <translation>Basic medical care guaranteed</translation>
    </message>
    <message>
        <source>已达到（全家参加基本医疗保险）</source>
        <translation>Met (everyone has basic medical insurance)</translation>
    </message>
    <message>
        <source>住房安全有保障</source>
        <translation>Safe housing guaranteed</translation>
    </message>
    <message>
        <source>已达到（非C、D级危房）</source>
        <translation>Met (not a grade C or D house)</translation>
    </message>
    <message>
        <source>饮水安全有保障</source>
        <translation>Safe drinking water</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>HouseholdFormDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>新增农户</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>农户信息 — {head}</source>
        <translation>Household — {head}</translation>
    </message>
    <message>
        <source>{village}&#x3000;户编号 {number}</source>
        <translation>{village}   household no. {number}</translation>
    </message>
    <message>
        <source>（未编号）</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{name}（{post}）</source>
        <translation>{name} ({post})</translation>
    </message>
    <message>
        <source>（已退出帮扶）</source>
        <translation> (withdrawn)</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>{amount} 元（{size} 人）</source>
        <translation>{amount} yuan ({size} people)</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>已达到</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达到（见生产生活条件页的饮水情况）</source>
        <translation>Not met (see drinking water on the living conditions page)</translation>
    </message>
    <message>
        <source>危房等级为{grade}，“住房安全有保障”不应勾选为已达到。</source>
        <translation>The house is {grade}: “Safe housing guaranteed” should not be ticked as met.</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>删除成员</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>从本户删除“{name}”？保存后可在回收站中恢复。</source>
        <translation>Remove “{name}” from this household? After saving, the member can be restored from the recycle bin.</translation>
    </message>
    <message>
        <source>未填姓名</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>更换户主</source>
        <translation>Change of head</translation>
    </message>
    <message>
        <source>“{new}”成为户主后，原户主“{old}”与新户主的关系：</source>
        <translation>Once “{new}” is head, the former head “{old}” is the new head’s:</translation>
    </message>
    <message>
        <source>可能重复登记</source>
        <translation>Possibly registered twice</translation>
    </message>
    <message>
        <source>数据已被修改</source>
        <translation>Record changed meanwhile</translation>
    </message>
    <message>
        <source>仍要用您的内容覆盖吗？</source>
        <translation>Overwrite it with your version anyway?</translation>
    </message>
    <message>
        <source>证件号码重复</source>
        <translation>Duplicate ID number</translation>
    </message>
    <message>
        <source>打开已登记的农户</source>
        <translation>Open the registered household</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>本户的修改尚未保存。是否保存？</source>
        <translation>Changes to this household are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>HouseholdListDialog</name>
    <message>
        <source>全部农户</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>未脱贫农户</source>
        <translation>Households still poor</translation>
    </message>
    <message>
        <source>本年度脱贫农户</source>
        <translation>Households out of poverty this year</translation>
    </message>
    <message>
        <source>未确认帮扶计划的农户</source>
        <translation>Households without a confirmed plan</translation>
    </message>
    <message>
        <source>N+2 有缺项的农户</source>
        <translation>Households with N+2 gaps</translation>
    </message>
    <message>
        <source>有逾期措施的农户</source>
        <translation>Households with overdue measures</translation>
    </message>
    <message>
        <source>{area} — {what}（{year} 年）</source>
        <translation>{area} — {what} ({year})</translation>
    </message>
    <message>
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>按户主、村或户编号筛选</source>
        <translation>Filter by head, village or household number</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>脱贫状态</source>
        <translation>Poverty status</translation>
    </message>
    <message>
        <source>计划状态</source>
        <translation>Plan status</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>已签字</source>
        <translation>signed</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 户</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>读取失败：{error}</source>
        <translation>Reading failed: {error}</translation>
    </message>
</context>
<context>
    <name>HouseholdListView</name>
    <message numerus="yes">
        <source>共 %n 户</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message>
        <source>没有找到“{text}”。
可以输入姓名、拼音或首字母、证件号码后4至6位、电话或户编号；也可以点“清除筛选”。</source>
        <translation>Nothing found for “{text}”.
You can type a name, pinyin or initials, the last 4 to 6 digits of an ID number, a phone number or a household number; or press “Clear filters”.</translation>
    </message>
    <message>
        <source>没有符合筛选条件的农户。
点“清除筛选”可显示全部农户。</source>
        <translation>No household matches the filters.
Press “Clear filters” to show all households.</translation>
    </message>
    <message>
        <source>这里还没有农户。</source>
        <translation>There are no households here yet.</translation>
    </message>
    <message>
        <source>读取失败：{error}</source>
        <translation>Could not read: {error}</translation>
    </message>
</context>
<context>
    <name>HouseholdMeasuresPage</name>
    <message>
        <source>户策：至少两项户措施（+2）</source>
        <translation>Household measures: at least two (+2)</translation>
    </message>
    <message>
        <source>建议的措施排在前面；产业类措施可填写带动的龙头企业、合作社和基地。</source>
        <translation>Suggested measures come first; for industry measures you can enter the linked leading enterprise, cooperative and base.</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>建议理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>龙头企业</source>
        <translation>Leading Enterprise</translation>
    </message>
    <message>
        <source>合作社</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>基地</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>已拨付 {paid:,.2f} 元，不能删除；如需取消请在“计划跟踪”中操作</source>
        <translation>¥{paid:,.2f} already paid out, so it cannot be removed; cancel it in “Plan Tracking” instead</translation>
    </message>
    <message>
        <source>双击填写</source>
        <translation>Double-click to fill in</translation>
    </message>
    <message>
        <source>已选 {n} 项户措施</source>
        <translation>{n} household measures selected</translation>
    </message>
    <message>
        <source>已选 {n} 项户措施，至少需要 {min} 项</source>
        <translation>{n} household measures selected; at least {min} needed</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <source>选择农户</source>
        <translation>Select Household</translation>
    </message>
    <message>
        <source>输入户主姓名、户编号或村民小组筛选</source>
        <translation>Filter by household head, household no. or villagers&apos; group</translation>
    </message>
    <message>
        <source>正在读取农户…</source>
        <translation>Loading households…</translation>
    </message>
    <message>
        <source>村代码</source>
        <translation>Village Code</translation>
    </message>
    <message>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household No.</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Household Head</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 户符合条件</source>
        <translation>
            <numerusform>%n household matches</numerusform>
            <numerusform>%n households match</numerusform>
        </translation>
    </message>
    <message>
        <source>（只列出前 {m} 户）</source>
        <translation> (showing the first {m})</translation>
    </message>
</context>
<context>
    <name>HouseholdSummaryPanel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>健康</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <source>编辑农户…</source>
        <translation>Edit household…</translation>
    </message>
    <message>
        <source>帮扶计划…</source>
        <translation>Assistance plan…</translation>
    </message>
    <message>
        <source>打印计划卡…</source>
        <translation>Print plan card…</translation>
    </message>
    <message>
        <source>在列表中选择一户，这里显示该户的概况。</source>
        <translation>Select a household in the list to see its summary here.</translation>
    </message>
    <message numerus="yes">
        <source>{head}（%n 人）</source>
        <translation>
            <numerusform>{head} (%n person)</numerusform>
            <numerusform>{head} (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <source>；其他：</source>
        <translation>; other: </translation>
    </message>
    <message>
        <source>{year} 年 {status}（措施 {done}/{total} 已完成）</source>
        <translation>{year}: {status} ({done}/{total} measures done)</translation>
    </message>
    <message>
        <source>尚未制定</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{name}（{phone}）</source>
        <translation>{name} ({phone})</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>属性</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>脱贫状态</source>
        <translation>Poverty status</translation>
    </message>
    <message>
        <source>致贫原因</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>人均纯收入</source>
        <translation>Net income per person</translation>
    </message>
    <message>
        <source>{amount} 元</source>
        <translation>{amount} yuan</translation>
    </message>
    <message>
        <source>（{year} 年）</source>
        <translation> ({year})</translation>
    </message>
    <message>
        <source>危房等级</source>
        <translation>Dilapidation grade</translation>
    </message>
    <message>
        <source>帮扶计划</source>
        <translation>Assistance plan</translation>
    </message>
    <message>
        <source>帮扶责任人</source>
        <translation>Responsible cadre</translation>
    </message>
    <message>
        <source>注意</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>该户在回收站中</source>
        <translation>This household is in the recycle bin</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村民小组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>户编号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>贫困户属性</source>
        <translation>Household type</translation>
    </message>
    <message>
        <source>脱贫状态</source>
        <translation>Poverty status</translation>
    </message>
    <message>
        <source>主要致贫原因</source>
        <translation>Main cause of poverty</translation>
    </message>
    <message>
        <source>人均纯收入</source>
        <translation>Net income per person</translation>
    </message>
    <message>
        <source>帮扶计划</source>
        <translation>Assistance plan</translation>
    </message>
    <message>
        <source>帮扶责任人</source>
        <translation>Responsible cadre</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>未制定</source>
        <translation>none</translation>
    </message>
    <message>
        <source>（已删除）</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>{head} · 成员 {members} 匹配</source>
        <translation>{head} · matching member: {members}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入同步包</source>
        <translation>Import sync package</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>请选择同步包（.fpkg）。</source>
        <translation>Choose a sync package (.fpkg).</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>未变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>导入后把回执写回同步包所在的U盘（只含条数，不含个人信息）</source>
        <translation>After importing, write a receipt to the stick the package came on (counts only, nothing personal)</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>U盘上的同步包：</source>
        <translation>Sync packages on USB sticks:</translation>
    </message>
    <message>
        <source>选择同步包</source>
        <translation>Choose sync package</translation>
    </message>
    <message>
        <source>同步包 (*.fpkg)</source>
        <translation>Sync packages (*.fpkg)</translation>
    </message>
    <message>
        <source>点“预览”查看此包将改动哪些数据（预览不改动任何数据）。</source>
        <translation>Press Preview to see what this package would change (the preview changes nothing).</translation>
    </message>
    <message>
        <source>正在检查和预览……</source>
        <translation>Checking and previewing…</translation>
    </message>
    <message>
        <source>正在备份并导入……</source>
        <translation>Backing up and importing…</translation>
    </message>
    <message>
        <source>新增 {new}，修改 {changed}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}，疑似重复 {duplicates}</source>
        <translation>{new} new, {changed} changed, {unchanged} unchanged, {deleted} deleted, {conflicts} conflicts, {duplicates} possible duplicates</translation>
    </message>
    <message>
        <source>……另有 {n} 处改动未列出</source>
        <translation>… and {n} more changes not listed</translation>
    </message>
    <message>
        <source>来自 {who}（{when} 导出，共 {n} 条记录）</source>
        <translation>from {who} (exported {when}, {n} records)</translation>
    </message>
    <message>
        <source>此同步包已于 {at} 导入过，本次未做任何改动。</source>
        <translation>This package was already imported on {at}; nothing was changed now.</translation>
    </message>
    <message>
        <source>预览（尚未改动数据）：</source>
        <translation>Preview (nothing changed yet): </translation>
    </message>
    <message>
        <source>已导入：</source>
        <translation>Imported: </translation>
    </message>
    <message>
        <source>导入前已自动备份：{path}</source>
        <translation>Backed up before importing: {path}</translation>
    </message>
    <message>
        <source>有冲突：已暂按时间较晚的一方处理，另一方的值已保留，请在“冲突处理”中确认。</source>
        <translation>There are conflicts: the later change was applied provisionally and the other value kept; confirm them under Conflicts.</translation>
    </message>
    <message>
        <source>回执已写入 {path}</source>
        <translation>Receipt written to {path}</translation>
    </message>
    <message>
        <source>回执未能写入：{error}</source>
        <translation>The receipt could not be written: {error}</translation>
    </message>
    <message>
        <source>第一次加入县级：县级密钥指纹 {fp}。请与县里电脑屏幕上显示的指纹当面核对，一致才导入。</source>
        <translation>Joining the county office for the first time: county key fingerprint {fp}. Compare it in person with the one on the county computer&apos;s screen and import only if they match.</translation>
    </message>
    <message>
        <source>未导入，数据未改动：{error}</source>
        <translation>Not imported, nothing was changed: {error}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>导入花名册 — {name}</source>
        <translation>Import roster — {name}</translation>
    </message>
    <message>
        <source>正在读取并检查……</source>
        <translation>Reading and checking…</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>未通过的行</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>将新建的乡镇和村</source>
        <translation>Townships and villages to create</translation>
    </message>
    <message>
        <source>待决定的值</source>
        <translation>Values to decide</translation>
    </message>
    <message>
        <source>跳过的内容</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>只导入无误且无需决定的户（跳过未通过或待决定的行及其同户成员）</source>
        <translation>Import only households with no errors and nothing to decide (skip rejected or undecided rows and the rest of their household)</translation>
    </message>
    <message>
        <source>导出未通过的行…</source>
        <translation>Export rejected rows…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>已读取 {n} 行……</source>
        <translation>{n} rows read…</translation>
    </message>
    <message>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>（临时代码，导入后可改为正式代码）</source>
        <translation> (provisional code; change it to the official code after import)</translation>
    </message>
    <message>
        <source>未通过的行（{n}）</source>
        <translation>Rejected rows ({n})</translation>
    </message>
    <message>
        <source>提示（{n}）</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <source>将新建的乡镇和村（{n}）</source>
        <translation>Townships and villages to create ({n})</translation>
    </message>
    <message>
        <source>待决定的值（{n}）</source>
        <translation>Values to decide ({n})</translation>
    </message>
    <message>
        <source>跳过的内容（{n}）</source>
        <translation>Skipped ({n})</translation>
    </message>
    <message>
        <source>“{name}”表头在第 {row} 行，{rows} 行数据</source>
        <translation>“{name}”: header on row {row}, {rows} data rows</translation>
    </message>
    <message>
        <source>通过检查 {households} 户 {members} 人；未通过 {rejected} 行。</source>
        <translation>Passed the checks: {households} households, {members} people; failed: {rejected} rows.</translation>
    </message>
    <message>
        <source>可导入 {households} 户 {members} 人；未通过 {rejected} 行。</source>
        <translation>{households} households with {members} people can be imported; {rejected} rows rejected.</translation>
    </message>
    <message>
        <source>{n} 个值不在代码表中，需要决定（{rows} 行暂不导入）。</source>
        <translation> {n} values are not in the code lists and need a decision ({rows} rows held back).</translation>
    </message>
    <message>
        <source>有未通过的行或待决定的值时，默认不导入任何数据。</source>
        <translation> While there are rejected rows or values to decide, nothing is imported unless you choose otherwise.</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <source>表格中没有{labels}列，每户都必须有，不能导入（未写入任何数据）。请重新导入花名册，在“列对应”中把相应的列对应到{labels}，或在表格中加上这些列。</source>
        <translation>The workbook has no {labels} column, which every household must have, so it cannot be imported (nothing was written). Import the roster again and map the matching column to {labels} in Column mapping, or add the columns to the workbook.</translation>
    </message>
    <message>
        <source>跳过 {n} 处不是人员或看不见的内容。</source>
        <translation> {n} places skipped that are not people or are hidden.</translation>
    </message>
    <message>
        <source>缺少“{label}”列：每户都必须有{label}，表格中没有这一列，也没有列对应到它。</source>
        <translation>Missing column “{label}”: every household must have a {label}, and the workbook has no such column and no column is mapped to it.</translation>
    </message>
    <message>
        <source>（也认“{names}”等列名）</source>
        <translation>(headers such as “{names}” are recognised too)</translation>
    </message>
    <message>
        <source>有这一列才能导入：请重新导入花名册，在“列对应”中指定，或在表格中加上这一列。</source>
        <translation>The roster can be imported only with this column: import it again and choose the column in Column mapping, or add the column to the workbook.</translation>
    </message>
    <message>
        <source>失败：{error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <source>正在按决定重新检查……</source>
        <translation>Checking again with your decisions…</translation>
    </message>
    <message>
        <source>正在写入数据库……</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <source>已导入 {households} 户 {members} 人，新建 {townships} 个乡镇、{villages} 个村。</source>
        <translation>Imported {households} households with {members} people; created {townships} townships and {villages} villages.</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>导出未通过的行</source>
        <translation>Export rejected rows</translation>
    </message>
    <message>
        <source>未通过的行.xlsx</source>
        <translation>rejected-rows.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {n} 行到 {path}，改正后可重新导入。</source>
        <translation>Exported {n} rows to {path}; fix them and import the file again.</translation>
    </message>
</context>
<context>
    <name>KeysWidget</name>
    <message>
        <source>生成加入申请…</source>
        <translation>Make join request…</translation>
    </message>
    <message>
        <source>本机已经加入，平时不需要再申请。只有县里说它那边没有本机的记录（例如县里换了电脑或恢复了旧的备份）、请本机重新申请时，才需要重新生成加入申请交给县里。本机的数据不受影响。</source>
        <translation>This computer has joined; it need not apply again. Only if the county office says it has no record of this computer (for example after it changed computers or restored an old backup) and asks for a new request, make one and take it to the county. This computer&apos;s data is not affected.</translation>
    </message>
    <message>
        <source>重新生成加入申请…</source>
        <translation>Make a new join request…</translation>
    </message>
    <message>
        <source>初始化为县级（生成县级密钥和托管恢复密钥）…</source>
        <translation>Set up as county office (county key and escrow recovery key)…</translation>
    </message>
    <message>
        <source>吊销选中电脑的密钥…</source>
        <translation>Revoke the selected computer&apos;s key…</translation>
    </message>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>分配的村</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>加入时间</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已加入的村级电脑</source>
        <translation>Enrolled village computers</translation>
    </message>
    <message>
        <source>本机指纹：</source>
        <translation>This computer:</translation>
    </message>
    <message>
        <source>本机是县级：本机密钥即县级密钥。托管恢复密钥指纹：{escrow}</source>
        <translation>This is the county office: this computer&apos;s key is the county key. Escrow recovery key fingerprint: {escrow}</translation>
    </message>
    <message>
        <source>本机是县级，尚未初始化县级密钥。点“初始化为县级”生成县级密钥和托管恢复密钥；之后才能为村级电脑导出设置包，让它们加入。</source>
        <translation>This is the county office, but the county key has not been set up. Press “Set up as county office” to create the county key and the escrow recovery key; only then can you export setup packages that let village computers join.</translation>
    </message>
    <message>
        <source>尚未加入县级。点“生成加入申请”，把申请文件交给县里；县里导出的设置包导入后即加入。加入时请当面核对双方屏幕上显示的指纹。</source>
        <translation>Not yet joined to a county office. Press “Make join request” and give the request file to the county; importing the setup package the county exports completes the join. When joining, check the fingerprints shown on both screens in person.</translation>
    </message>
    <message>
        <source>吊销“{label}”（分配的村：{villages}）的密钥后，它发来的同步包都将被拒绝。用于电脑丢失或停用。继续吗？</source>
        <translation>Once the key of “{label}” (villages: {villages}) is revoked, every sync package it sends will be rejected. Use this when a computer is lost or retired. Continue?</translation>
    </message>
    <message>
        <source>加入申请写到（如U盘）</source>
        <translation>Write the join request to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County office</translation>
    </message>
    <message>
        <source>本机已加入县级单位“{county}”，加入时间：{since}。</source>
        <translation>This computer has joined the county office “{county}” (joined {since}).</translation>
    </message>
    <message>
        <source>本机已加入县级单位“{county}”。</source>
        <translation>This computer has joined the county office “{county}”.</translation>
    </message>
    <message>
        <source>县里给本机的名称：{laptop}</source>
        <translation>Name given by the county: {laptop}</translation>
    </message>
    <message>
        <source>分配的村：{villages}</source>
        <translation>Assigned villages: {villages}</translation>
    </message>
    <message>
        <source>县级指纹：{fp}</source>
        <translation>County fingerprint: {fp}</translation>
    </message>
    <message>
        <source>重新生成加入申请</source>
        <translation>New join request</translation>
    </message>
    <message>
        <source>本机已加入县级单位“{county}”，平时不需要再申请。只有县里请本机重新申请时才需要。仍要生成一份新的加入申请吗？</source>
        <translation>This computer has already joined the county office “{county}” and normally need not apply again, only when the county asks. Make a new join request anyway?</translation>
    </message>
    <message>
        <source>未能生成加入申请：{error}</source>
        <translation>Could not make the join request: {error}</translation>
    </message>
    <message>
        <source>加入申请已写入 {path}。县里导出设置包时会显示本机指纹 {fp}，请当面核对。</source>
        <translation>Join request written to {path}. The county&apos;s screen will show this computer&apos;s fingerprint {fp}: compare it in person.</translation>
    </message>
    <message>
        <source>初始化为县级</source>
        <translation>Set up as county office</translation>
    </message>
    <message>
        <source>本机将成为县级：生成县级密钥和一把托管恢复密钥。托管密钥请写到单独的U盘或打印，离线保管，不要留在本机。继续吗？</source>
        <translation>This computer becomes the county office: a county key and an escrow recovery key are made. Write the escrow key to a separate stick or print it, keep it offline and not on this computer. Continue?</translation>
    </message>
    <message>
        <source>托管恢复密钥写到（单独的U盘）</source>
        <translation>Write the escrow recovery key to (a separate stick)</translation>
    </message>
    <message>
        <source>未能初始化：{error}</source>
        <translation>Could not set up: {error}</translation>
    </message>
    <message>
        <source>已初始化。县级指纹 {county}；托管密钥指纹 {escrow}，已写入 {path}——请取走保管。</source>
        <translation>Done. County fingerprint {county}; escrow key fingerprint {escrow}, written to {path} — take it away and keep it safe.</translation>
    </message>
    <message>
        <source>吊销密钥</source>
        <translation>Revoke key</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding Source</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Voucher No.</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>计划（元）</source>
        <translation>Planned (¥)</translation>
    </message>
    <message>
        <source>已拨付（元）</source>
        <translation>Paid (¥)</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <source>登记拨付</source>
        <translation>Record Payment</translation>
    </message>
    <message>
        <source>删除选中记录</source>
        <translation>Delete Selected</translation>
    </message>
    <message>
        <source>登记一笔拨付</source>
        <translation>Record a Payment</translation>
    </message>
    <message>
        <source>措施：</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>金额（元）：</source>
        <translation>Amount (¥):</translation>
    </message>
    <message>
        <source>资金来源：</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <source>凭证号：</source>
        <translation>Voucher no.:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>拨付记录：</source>
        <translation>Payments:</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>计划 {planned:,.2f} 元，已拨付 {paid:,.2f} 元</source>
        <translation>Planned ¥{planned:,.2f}, paid ¥{paid:,.2f}</translation>
    </message>
    <message>
        <source>该措施计划 {planned:,.2f} 元，已拨付 {paid:,.2f} 元；登记后共拨付 {total:,.2f} 元，超过计划。</source>
        <translation>This measure has ¥{planned:,.2f} planned and ¥{paid:,.2f} paid; with this payment ¥{total:,.2f} is paid in all, more than planned.</translation>
    </message>
    <message>
        <source>此类措施一笔通常在 {usual:,.0f} 元以内，是否多输了数字？</source>
        <translation>One payment for this kind of measure is usually within ¥{usual:,.0f}. Was a digit typed too many?</translation>
    </message>
    <message>
        <source>核对拨付金额</source>
        <translation>Check the payment amount</translation>
    </message>
    <message>
        <source>拨付金额 {amount:,.2f} 元：
{lines}

确实无误请选“是”，返回修改请选“否”。</source>
        <translation>Payment of ¥{amount:,.2f}:
{lines}

Choose “Yes” if it is correct, or “No” to go back and change it.</translation>
    </message>
    <message>
        <source>删除拨付记录</source>
        <translation>Delete payment record</translation>
    </message>
    <message>
        <source>删除 {date} 拨付给“{item}”的 {amount:,.2f} 元（凭证号 {voucher}）？删除会记入操作日志。</source>
        <translation>Delete the payment of ¥{amount:,.2f} to “{item}” on {date} (voucher no. {voucher})? The deletion is recorded in the audit log.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>正在打开……</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>LocationChooser</name>
    <message>
        <source>本次使用的数据库：{path}（由启动参数或环境变量 FUPIN_DB 指定）</source>
        <translation>Database in use: {path} (named by --db or FUPIN_DB)</translation>
    </message>
    <message>
        <source>选择数据文件夹</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>请选择数据文件夹。</source>
        <translation>Please choose the data folder.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新增农户(&amp;N)…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>新增村(&amp;V)…</source>
        <translation>New &amp;village…</translation>
    </message>
    <message>
        <source>导入花名册(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>载入演示数据(&amp;D)…</source>
        <translation>Load &amp;demo data…</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>编辑农户(&amp;E)…</source>
        <translation>&amp;Edit household…</translation>
    </message>
    <message>
        <source>删除农户(&amp;D)…</source>
        <translation>&amp;Delete household…</translation>
    </message>
    <message>
        <source>帮扶计划(&amp;P)…</source>
        <translation>Assistance &amp;plan…</translation>
    </message>
    <message>
        <source>打印计划卡(&amp;C)…</source>
        <translation>Print plan &amp;card…</translation>
    </message>
    <message>
        <source>打印选中农户的计划卡(&amp;L)…</source>
        <translation>Print cards of se&amp;lected households…</translation>
    </message>
    <message>
        <source>村信息(&amp;I)…</source>
        <translation>Village &amp;information…</translation>
    </message>
    <message>
        <source>帮扶责任人(&amp;B)…</source>
        <translation>Responsi&amp;ble cadres…</translation>
    </message>
    <message>
        <source>回收站(&amp;R)…</source>
        <translation>&amp;Recycle bin…</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>区域树(&amp;T)</source>
        <translation>Area &amp;tree</translation>
    </message>
    <message>
        <source>农户概况(&amp;O)</source>
        <translation>Household &amp;overview</translation>
    </message>
    <message>
        <source>工具栏(&amp;B)</source>
        <translation>Tool&amp;bar</translation>
    </message>
    <message>
        <source>状态栏(&amp;S)</source>
        <translation>&amp;Status bar</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>打开日志文件夹(&amp;L)</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>关于扶贫帮扶(&amp;A)…</source>
        <translation>&amp;About Fupin…</translation>
    </message>
    <message>
        <source>{name}（{keys}）</source>
        <translation>{name} ({keys})</translation>
    </message>
    <message>
        <source>农户登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>扶贫帮扶 — {name}</source>
        <translation>Fupin — {name}</translation>
    </message>
    <message>
        <source>农户登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>正在打开数据库：{path}……</source>
        <translation>Opening database: {path}…</translation>
    </message>
    <message>
        <source>数据库：{path}（未打开）</source>
        <translation>Database: {path} (not open)</translation>
    </message>
    <message>
        <source>数据库未打开</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>角色：县级</source>
        <translation>Role: county</translation>
    </message>
    <message>
        <source>角色：村级</source>
        <translation>Role: village</translation>
    </message>
    <message numerus="yes">
        <source>%n 个村</source>
        <translation>
            <numerusform>%n village</numerusform>
            <numerusform>%n villages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 户</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>正在更新搜索索引……</source>
        <translation>Updating the search index…</translation>
    </message>
    <message>
        <source>搜索索引已更新（{n} 户）</source>
        <translation>Search index updated ({n} households)</translation>
    </message>
    <message>
        <source>后台任务失败：{error}</source>
        <translation>Background task failed: {error}</translation>
    </message>
    <message>
        <source>演示数据的规模：</source>
        <translation>Size of the demo data:</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>此证件号码已登记：{who}。</source>
        <translation>This ID number is already registered: {who}.</translation>
    </message>
    <message>
        <source>打开该户</source>
        <translation>Open that household</translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>“{name}”的修改尚未保存。是否保存？</source>
        <translation>The changes to “{name}” have not been saved. Save them?</translation>
    </message>
    <message>
        <source>新成员</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>18位身份证号，或20位残疾人证号</source>
        <translation>18-character resident ID, or 20-character disability card number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>性别和出生日期由有效的证件号码自动得出。</source>
        <translation>Sex and date of birth follow from a valid ID number.</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>在校生状况</source>
        <translation>School status</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>残疾等级</source>
        <translation>Disability grade</translation>
    </message>
    <message>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <source>务工状况</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>务工时间</source>
        <translation>Months worked</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>城乡居民基本医疗保险</source>
        <translation>Basic medical insurance</translation>
    </message>
    <message>
        <source>大病保险</source>
        <translation>Serious-illness insurance</translation>
    </message>
    <message>
        <source>城乡居民养老保险</source>
        <translation>Pension insurance</translation>
    </message>
    <message>
        <source>保障</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>享受低保</source>
        <translation>Minimum living allowance</translation>
    </message>
    <message>
        <source>特困供养</source>
        <translation>Extreme-poverty support</translation>
    </message>
    <message>
        <source>现役军人</source>
        <translation>Serving soldier</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MemberMeasures</name>
    <message>
        <source>建议：{reason}</source>
        <translation>Suggested: {reason}</translation>
    </message>
    <message>
        <source>添加措施</source>
        <translation>Add Measure</translation>
    </message>
    <message>
        <source>其他措施：</source>
        <translation>Other measures:</translation>
    </message>
    <message>
        <source>已拨付 {paid:,.2f} 元，不能删除；如需取消请在“计划跟踪”中操作</source>
        <translation>¥{paid:,.2f} already paid out, so it cannot be removed; cancel it in “Plan Tracking” instead</translation>
    </message>
    <message>
        <source>已选 {n} 项</source>
        <translation>{n} selected</translation>
    </message>
    <message>
        <source>尚未选择措施（一人至少一策）</source>
        <translation>No measure selected (at least one per person)</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>在校生状况</source>
        <translation>School status</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>劳动技能</source>
        <translation>Labour ability</translation>
    </message>
    <message>
        <source>务工状况</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>由证件号码自动得出</source>
        <translation>Derived from the ID number</translation>
    </message>
</context>
<context>
    <name>OverdueListWidget</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Household Head</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days Overdue</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message numerus="yes">
        <source>逾期未完成措施 %n 项</source>
        <translation>
            <numerusform>%n overdue measure not done</numerusform>
            <numerusform>%n overdue measures not done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，涉及 %n 户</source>
        <translation>
            <numerusform>, in %n household</numerusform>
            <numerusform>, in %n households</numerusform>
        </translation>
    </message>
    <message>
        <source>（超过 30 天的标红）</source>
        <translation> (more than 30 days overdue in red)</translation>
    </message>
    <message>
        <source>逾期措施清单</source>
        <translation>Overdue Measures</translation>
    </message>
</context>
<context>
    <name>PackageHistoryWidget</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>发出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>收到</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>PageNames</name>
    <message>
        <source>“{page}”页</source>
        <translation>the “{page}” page</translation>
    </message>
</context>
<context>
    <name>PersonMeasuresPage</name>
    <message>
        <source>一人一策：每位成员至少一项措施</source>
        <translation>One per person: each member needs at least one measure</translation>
    </message>
    <message>
        <source>按致贫原因和成员情况给出建议（含理由），可勾选建议或添加其他措施。</source>
        <translation>Suggestions (with reasons) come from the causes of poverty and the member&apos;s situation; tick a suggestion or add other measures.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>与户主关系</source>
        <translation>Relationship to Head</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID Number</translation>
    </message>
    <message>
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>在校生状况</source>
        <translation>School Status</translation>
    </message>
    <message>
        <source>劳动技能</source>
        <translation>Labor Skills</translation>
    </message>
    <message>
        <source>医保</source>
        <translation>Medical Ins.</translation>
    </message>
    <message>
        <source>养老保险</source>
        <translation>Pension Ins.</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(Not assigned)</translation>
    </message>
    <message>
        <source>没有发现问题。</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>其他文件夹…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>U盘 {name}（{path}，剩余 {free}）</source>
        <translation>USB stick {name} ({path}, {free} free)</translation>
    </message>
    <message>
        <source>没有找到U盘：请插入U盘后点“刷新”，或选其他文件夹</source>
        <translation>No USB stick found: insert one and press Refresh, or choose another folder</translation>
    </message>
    <message>
        <source>选择文件夹</source>
        <translation>Choose folder</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>帮扶(&amp;B)</source>
        <translation>&amp;Assistance</translation>
    </message>
    <message>
        <source>制定/修改帮扶计划(&amp;P)…</source>
        <translation>Make/Edit Assistance &amp;Plan…</translation>
    </message>
    <message>
        <source>计划跟踪与台账(&amp;T)…</source>
        <translation>Plan &amp;Tracking and Ledger…</translation>
    </message>
    <message>
        <source>逾期措施清单(&amp;O)</source>
        <translation>&amp;Overdue Measures</translation>
    </message>
    <message>
        <source>帮扶计划跟踪</source>
        <translation>Assistance Plan Tracking</translation>
    </message>
    <message>
        <source>计划跟踪：{head}户</source>
        <translation>Plan tracking: {head}&apos;s household</translation>
    </message>
    <message>
        <source>逾期措施清单</source>
        <translation>Overdue Measures</translation>
    </message>
</context>
<context>
    <name>PlanConfirmPage</name>
    <message>
        <source>确认：汇总与检查</source>
        <translation>Confirm: Summary and Checks</translation>
    </message>
    <message>
        <source>全部错误修正后才能确认计划；提示不影响确认，但请逐条核实。</source>
        <translation>The plan can be confirmed once all errors are fixed; warnings do not block it, but check each one.</translation>
    </message>
    <message>
        <source>预期效果：</source>
        <translation>Expected outcome:</translation>
    </message>
    <message>
        <source>检查结果（双击转到相应页面）：</source>
        <translation>Check results (double-click to go to the page):</translation>
    </message>
</context>
<context>
    <name>PlanDiagnosisPage</name>
    <message>
        <source>诊断：致贫原因、两不愁三保障与收入</source>
        <translation>Diagnose: Causes, Two Assurances and Three Guarantees, Income</translation>
    </message>
    <message>
        <source>主要致贫原因只选一项，其他致贫原因最多两项；措施建议将据此给出。</source>
        <translation>Choose one main cause and at most two other causes; measure suggestions are based on them.</translation>
    </message>
    <message>
        <source>致贫原因</source>
        <translation>Cause of Poverty</translation>
    </message>
    <message>
        <source>主要致贫原因：</source>
        <translation>Main cause:</translation>
    </message>
    <message>
        <source>其他致贫原因：</source>
        <translation>Other causes:</translation>
    </message>
    <message>
        <source>原因说明：</source>
        <translation>Cause notes:</translation>
    </message>
    <message>
        <source>两不愁三保障与饮水安全</source>
        <translation>Two Assurances, Three Guarantees and Safe Water</translation>
    </message>
    <message>
        <source>不愁吃、不愁穿</source>
        <translation>Enough food and clothing</translation>
    </message>
    <message>
        <source>义务教育有保障</source>
        <translation>Compulsory education guaranteed</translation>
    </message>
    <message>
        <source>基本医疗有保障</source>
        <translation>Basic medical care guaranteed</translation>
    </message>
    <message>
        <source>住房安全有保障</source>
        <translation>Safe housing guaranteed</translation>
    </message>
    <message>
        <source>饮水安全</source>
        <translation>Safe drinking water</translation>
    </message>
    <message>
        <source>饮水困难</source>
        <translation>Water shortage</translation>
    </message>
    <message>
        <source>危房等级：</source>
        <translation>Housing danger grade:</translation>
    </message>
    <message>
        <source>诊断说明：</source>
        <translation>Diagnosis notes:</translation>
    </message>
    <message>
        <source>收入与支出（元/年）</source>
        <translation>Income and Expenses (¥/year)</translation>
    </message>
</context>
<context>
    <name>PlanFundsPage</name>
    <message>
        <source>对账：金额与资金来源</source>
        <translation>Check Funds: Amounts and Sources</translation>
    </message>
    <message>
        <source>每项措施填写金额和资金来源；不需要资金的措施填 0 并选择“无需资金”。</source>
        <translation>Enter an amount and funding source for each measure; for measures needing no money enter 0 and choose “No funds needed”.</translation>
    </message>
    <message>
        <source>按类别合计（转扶搬保救）</source>
        <translation>Totals by Category (transfer/support/relocation/security/relief)</translation>
    </message>
    <message>
        <source>按资金来源合计</source>
        <translation>Totals by Funding Source</translation>
    </message>
</context>
<context>
    <name>PlanPersonPage</name>
    <message>
        <source>对人：核对农户与成员</source>
        <translation>Check People: Household and Members</translation>
    </message>
    <message>
        <source>确认帮扶对象是否准确；发现的问题可以直接在成员表中修改。</source>
        <translation>Confirm the beneficiaries are correct; fix problems directly in the member table.</translation>
    </message>
    <message>
        <source>农户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>户主：</source>
        <translation>Household head:</translation>
    </message>
    <message>
        <source>住址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>户编号：</source>
        <translation>Household no.:</translation>
    </message>
    <message>
        <source>贫困户属性：</source>
        <translation>Household category:</translation>
    </message>
    <message>
        <source>脱贫状态：</source>
        <translation>Poverty status:</translation>
    </message>
    <message>
        <source>帮扶责任人：</source>
        <translation>Responsible cadre:</translation>
    </message>
    <message>
        <source>家庭成员（健康状况、在校生状况、劳动技能、医保和证件号码可直接修改）：</source>
        <translation>Family members (health, school status, labor skills, medical insurance and ID number can be edited here):</translation>
    </message>
    <message>
        <source>需要核对的问题（双击定位）：</source>
        <translation>Problems to check (double-click to locate):</translation>
    </message>
</context>
<context>
    <name>PlanSchedulePage</name>
    <message>
        <source>对时、对责：时间节点与责任人</source>
        <translation>Check Timing and Responsibility: Dates and Cadres</translation>
    </message>
    <message>
        <source>每项措施都要有开始日期、完成时限和责任人；默认责任人为本户的帮扶责任人。</source>
        <translation>Every measure needs a start date, a deadline and a responsible person; the default is the household&apos;s responsible cadre.</translation>
    </message>
    <message>
        <source>批量设置</source>
        <translation>Set in Bulk</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start Date</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>应用到选中行</source>
        <translation>Apply to Selected Rows</translation>
    </message>
    <message>
        <source>应用到全部</source>
        <translation>Apply to All</translation>
    </message>
</context>
<context>
    <name>PlanTrackingWidget</name>
    <message>
        <source>修改计划…</source>
        <translation>Revise Plan…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>版本：</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>计划金额</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已拨付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>标为实施中</source>
        <translation>Mark In Progress</translation>
    </message>
    <message>
        <source>标为已完成…</source>
        <translation>Mark Completed…</translation>
    </message>
    <message>
        <source>取消措施…</source>
        <translation>Cancel Measure…</translation>
    </message>
    <message>
        <source>措施进展</source>
        <translation>Measure Progress</translation>
    </message>
    <message>
        <source>资金台账</source>
        <translation>Funds Ledger</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>（当前）</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>{year}年 第{v}版 {status}{current}</source>
        <translation>{year} version {v} {status}{current}</translation>
    </message>
    <message>
        <source>该户还没有帮扶计划</source>
        <translation>This household has no assistance plan yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;{head}&lt;/b&gt;户&#x3000;{year}年帮扶计划 第{v}版&#x3000;{status}</source>
        <translation>Household of &lt;b&gt;{head}&lt;/b&gt;  {year} assistance plan, version {v}  {status}</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项措施</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，已完成 %n 项</source>
        <translation>
            <numerusform>, %n done</numerusform>
            <numerusform>, %n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>，逾期 %n 项</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>请先在表中选择一项措施。</source>
        <translation>Select a measure in the table first.</translation>
    </message>
    <message>
        <source>取消措施</source>
        <translation>Cancel Measure</translation>
    </message>
    <message>
        <source>取消“{label}”的原因：</source>
        <translation>Reason for cancelling “{label}”:</translation>
    </message>
    <message>
        <source>一笔拨付（未点“登记拨付”）</source>
        <translation>a payment (Book payment not clicked)</translation>
    </message>
    <message>
        <source>一条走访记录（未点“添加走访记录”）</source>
        <translation>a visit record (Add visit record not clicked)</translation>
    </message>
    <message>
        <source>尚未添加</source>
        <translation>Not added</translation>
    </message>
    <message>
        <source>“{head}”户还有填写了但未添加的{parts}。退出将丢失这些内容，是否放弃？</source>
        <translation>The household of “{head}” still has {parts} filled in but not added. Leaving will lose it. Discard it?</translation>
    </message>
    <message>
        <source>操作失败：{e}</source>
        <translation>Operation failed: {e}</translation>
    </message>
    <message>
        <source>帮扶计划跟踪</source>
        <translation>Assistance Plan Tracking</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{age}岁</source>
        <translation>{age} yrs</translation>
    </message>
    <message>
        <source>在校：{grade}</source>
        <translation>In school: {grade}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{name}（{details}）</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>（{status}）</source>
        <translation> ({status})</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(Not assigned)</translation>
    </message>
    <message>
        <source>保存草稿</source>
        <translation>Save Draft</translation>
    </message>
    <message>
        <source>确认计划</source>
        <translation>Confirm Plan</translation>
    </message>
    <message>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>N+2 帮扶计划 — {head}（{year}年 第{version}版 {status}）</source>
        <translation>N+2 Assistance Plan — {head} ({year}, version {version}, {status})</translation>
    </message>
    <message>
        <source>：修改已确认的计划，确认后生成新版本，原版本保留</source>
        <translation>: revising a confirmed plan; confirming creates a new version and keeps the old one</translation>
    </message>
    <message>
        <source>操作失败：{error}</source>
        <translation>Operation failed: {error}</translation>
    </message>
    <message>
        <source>帮扶计划</source>
        <translation>Assistance Plan</translation>
    </message>
    <message>
        <source>计划有未保存的修改，是否保存为草稿？</source>
        <translation>The plan has unsaved changes. Save as a draft?</translation>
    </message>
</context>
<context>
    <name>PovertyLineEditor</name>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>标准（元/人·年）</source>
        <translation>Standard (yuan per person per year)</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>本机填写（默认 {amount} 元）</source>
        <translation>Set on this computer (default {amount} yuan)</translation>
    </message>
    <message>
        <source>本年未设标准，暂沿用{basis}年的 {amount} 元，请按文件填写</source>
        <translation>No standard for this year: the {basis} standard of {amount} yuan is used for now. Please enter it from the official document</translation>
    </message>
    <message>
        <source>默认值</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在生成帮扶计划卡</source>
        <translation>Making the plan cards</translation>
    </message>
    <message>
        <source>正在生成全村帮扶计划卡</source>
        <translation>Making the village&apos;s plan cards</translation>
    </message>
    <message>
        <source>正在生成公示名单</source>
        <translation>Making the public notice</translation>
    </message>
    <message>
        <source>还没有村和农户，无可打印的内容。</source>
        <translation>There are no villages or households yet: nothing to print.</translation>
    </message>
    <message>
        <source>此安装缺少打印预览组件（QtPdf），无法预览和打印。请用命令行 fupin print 生成 PDF。</source>
        <translation>This installation lacks the print preview component (QtPdf): it cannot preview or print. Make the PDF with the command line: fupin print.</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>帮扶计划卡（全村或村民小组）(&amp;C)…</source>
        <translation>Plan &amp;cards (village or villagers&apos; group)…</translation>
    </message>
    <message>
        <source>公示名单(&amp;N)…</source>
        <translation>Public &amp;notice list…</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>打印公示名单</source>
        <translation>Print public notice</translation>
    </message>
    <message>
        <source>打印帮扶计划卡</source>
        <translation>Print plan cards</translation>
    </message>
    <message>
        <source>村：</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>村民小组：</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>村委会或乡镇的监督电话</source>
        <translation>Phone of the village committee or township for objections</translation>
    </message>
    <message>
        <source>公示类型：</source>
        <translation>Notice kind:</translation>
    </message>
    <message>
        <source>公示开始：</source>
        <translation>Notice starts:</translation>
    </message>
    <message>
        <source>公示天数：</source>
        <translation>Notice period:</translation>
    </message>
    <message>
        <source>异议电话：</source>
        <translation>Objection phone:</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>全村</source>
        <translation>Whole village</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>保存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>共 {pages} 页，{households} 户</source>
        <translation>{pages} pages, {households} households</translation>
    </message>
    <message>
        <source>未列入公示 {n} 户（没有该年度计划或计划未确认）：{names}</source>
        <translation>{n} households not on the public notice (no plan for the year, or not confirmed): {names}</translation>
    </message>
    <message>
        <source>未打印 {n} 户（没有该年度计划或计划未确认）：{names}</source>
        <translation>{n} households not printed (no plan for the year, or not confirmed): {names}</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>保存为PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在发送到打印机……</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在发送到打印机</source>
        <translation>Sending to the printer</translation>
    </message>
    <message>
        <source>已发送 {n} 页到打印机</source>
        <translation>Sent {n} pages to the printer</translation>
    </message>
    <message>
        <source>已取消打印</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{label}（{done}/{total}）</source>
        <translation>{label} ({done}/{total})</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <source>新建整改事项</source>
        <translation>New rectification item</translation>
    </message>
    <message>
        <source>编辑整改事项</source>
        <translation>Edit rectification item</translation>
    </message>
    <message>
        <source>（不限定村）</source>
        <translation>(no particular village)</translation>
    </message>
    <message>
        <source>检查发现的问题</source>
        <translation>Problem found by the inspection</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>整改佐证说明：做了什么，有何材料（销号时必填）</source>
        <translation>Evidence: what was done, which documents (required to close)</translation>
    </message>
    <message>
        <source>问题来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>农户（可选）</source>
        <translation>Household (optional)</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>整改佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>（不限定农户）</source>
        <translation>(no particular household)</translation>
    </message>
    <message>
        <source>销号前请填写整改佐证说明（做了什么、有何材料）</source>
        <translation>Fill in the evidence (what was done, which documents) before closing</translation>
    </message>
</context>
<context>
    <name>RectificationWidget</name>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未销号</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>搜索问题、措施、责任人、村、户主</source>
        <translation>Search problem, action, responsible, village, head</translation>
    </message>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑/销号…</source>
        <translation>Edit / close…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>打印（PDF）…</source>
        <translation>Print (PDF)…</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>行政村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>户主</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>存在问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>逾期 {days} 天</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>销号日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>共 {total} 项：未销号 {open} 项，其中逾期 {overdue} 项；已销号 {closed} 项</source>
        <translation>{total} items: {open} open, {overdue} of them overdue; {closed} closed</translation>
    </message>
    <message>
        <source>删除整改事项</source>
        <translation>Delete rectification item</translation>
    </message>
    <message>
        <source>确定删除“{problem}”吗？</source>
        <translation>Delete “{problem}”?</translation>
    </message>
    <message>
        <source>导出整改清单</source>
        <translation>Export rectification list</translation>
    </message>
    <message>
        <source>整改清单.xlsx</source>
        <translation>rectification-list.xlsx</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出 {n} 项</source>
        <translation>Exported {n} items</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打印整改清单</source>
        <translation>Print rectification list</translation>
    </message>
    <message>
        <source>整改清单.pdf</source>
        <translation>rectification-list.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已生成 {path}</source>
        <translation>Written {path}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>回收站</source>
        <translation>Recycle bin</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>所在农户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>删除时间</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>恢复所选(&amp;R)</source>
        <translation>&amp;Restore selected</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>农户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message numerus="yes">
        <source>删除的农户和成员保存在这里，可以恢复。共 %n 条。</source>
        <translation>
            <numerusform>Deleted households and members are kept here and can be restored. %n entry.</numerusform>
            <numerusform>Deleted households and members are kept here and can be restored. %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>回收站是空的。</source>
        <translation>The recycle bin is empty.</translation>
    </message>
    <message>
        <source>不能恢复</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>读取区域</source>
        <translation>Reading areas</translation>
    </message>
    <message>
        <source>打开农户</source>
        <translation>Open household</translation>
    </message>
    <message>
        <source>找不到该户，可能已被删除。</source>
        <translation>Household not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>新增农户</source>
        <translation>New household</translation>
    </message>
    <message>
        <source>还没有村。请先在“文件 → 新增村”中建立村。</source>
        <translation>There are no villages yet. Create one first (File → New village).</translation>
    </message>
    <message>
        <source>新农户属于哪个村？</source>
        <translation>Which village does the new household belong to?</translation>
    </message>
    <message>
        <source>将户主为“{head}”的农户（{size} 人）移到回收站？可以在回收站中恢复。</source>
        <translation>Move the household of “{head}” ({size} people) to the recycle bin? It can be restored from there.</translation>
    </message>
    <message numerus="yes">
        <source>将选中的 %n 户移到回收站？可以在回收站中恢复。</source>
        <translation>
            <numerusform>Move %n selected household to the recycle bin? It can be restored from there.</numerusform>
            <numerusform>Move %n selected households to the recycle bin? They can be restored from there.</numerusform>
        </translation>
    </message>
    <message>
        <source>删除农户</source>
        <translation>Delete household</translation>
    </message>
    <message>
        <source>村信息</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>请先在左侧选择一个村。</source>
        <translation>Please select a village on the left first.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>选择备份文件…</source>
        <translation>Choose backup file…</translation>
    </message>
    <message>
        <source>使用托管/县级密钥文件…</source>
        <translation>Use escrow/county key file…</translation>
    </message>
    <message>
        <source>用口令加密的备份才需要</source>
        <translation>Only for backups sealed with a passphrase</translation>
    </message>
    <message>
        <source>备份文件：</source>
        <translation>Backup file:</translation>
    </message>
    <message>
        <source>口令：</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>查看内容</source>
        <translation>Show contents</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>备份 (*.fbak)</source>
        <translation>Backups (*.fbak)</translation>
    </message>
    <message>
        <source>选择托管或县级密钥文件</source>
        <translation>Choose escrow or county key file</translation>
    </message>
    <message>
        <source>将使用密钥文件 {path} 解密。</source>
        <translation>The key file {path} will be used to decrypt.</translation>
    </message>
    <message>
        <source>点“查看内容”解密并检查备份（不改动当前数据）。</source>
        <translation>Press Show contents to decrypt and check the backup (the current data is not changed).</translation>
    </message>
    <message>
        <source>正在解密并检查……</source>
        <translation>Decrypting and checking…</translation>
    </message>
    <message>
        <source>（本机）</source>
        <translation> (this computer)</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>另一台电脑（备份里没有记下名称）</source>
        <translation>Another computer (the backup does not record its name)</translation>
    </message>
    <message>
        <source>备份时间：{at}
备份的电脑：{computer}
内容：{counts}

恢复会用这份备份替换当前数据；当前数据会先自动备份。</source>
        <translation>Backed up: {at}
Computer: {computer}
Contents: {counts}

Restoring replaces the current data with this backup; the current data is backed up first.</translation>
    </message>
    <message>
        <source>用 {at} 的备份替换当前数据吗？当前数据会先自动备份。</source>
        <translation>Replace the current data with the backup of {at}? The current data is backed up first.</translation>
    </message>
    <message>
        <source>正在恢复……</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>已恢复。恢复前的数据已备份到 {path}。建议重新启动程序。</source>
        <translation>Restored. The data before restoring was backed up to {path}. Restarting the program is recommended.</translation>
    </message>
    <message>
        <source>未恢复，当前数据未改动：{error}</source>
        <translation>Not restored, the current data is unchanged: {error}</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>选择花名册</source>
        <translation>Choose roster</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx *.xlsm)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm)</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>对象</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start Date</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>{n} 项措施的完成时限早于开始日期</source>
        <translation>{n} measure(s) have a deadline before the start date</translation>
    </message>
    <message>
        <source>{n} 项措施未指定责任人</source>
        <translation>{n} measure(s) have no responsible person</translation>
    </message>
    <message>
        <source>共 {n} 项措施，时间与责任人已填写完整</source>
        <translation>All {n} measures have dates and responsible persons</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>数据保存位置</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>新位置已有数据库 {path}，下次启动时将使用它（当前数据库未复制）。</source>
        <translation>There is already a database at {path}; it will be used from the next start (the current one was not copied).</translation>
    </message>
    <message>
        <source>无法更改数据保存位置：{error}</source>
        <translation>Cannot change the data location: {error}</translation>
    </message>
    <message>
        <source>已将数据库复制到 {path}，原文件保留不动。软件现在关闭，再次启动后使用新位置。</source>
        <translation>The database was copied to {path}; the original is left in place. The program closes now and uses the new location when started again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>更改保存位置后，当前数据库会复制到新位置，下次启动时使用新位置。</source>
        <translation>When you change the location, the current database is copied there and used from the next start.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>您的角色</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>村级：驻村干部、帮扶责任人（本机登记一个或几个村）</source>
        <translation>Village: resident cadre or responsible official (this computer keeps one or a few villages)</translation>
    </message>
    <message>
        <source>县级：县扶贫办、乡村振兴局（汇总全县数据）</source>
        <translation>County: county poverty-alleviation / rural revitalisation office (merges the whole county)</translation>
    </message>
    <message>
        <source>使用者</source>
        <translation>User</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>例如：某某县农业农村局</source>
        <translation>e.g. County Bureau of Agriculture and Rural Affairs</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>文字大小</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>字大一些，年纪大的同志看得更清楚。所有窗口立即生效，打印的表格不变。</source>
        <translation>Larger text is easier to read for older colleagues. All windows change at once; printed forms stay the same.</translation>
    </message>
    <message>
        <source>收入标准</source>
        <translation>Income standard</translation>
    </message>
    <message>
        <source>每年的贫困标准（2021年起为防止返贫监测收入线），单位：元/人·年。默认值来自软件自带的政策表，请对照本省、本县文件核实；改过的年份以这里为准，用于帮扶计划和退出评估。</source>
        <translation>The poverty line of each year (from 2021, the income line for monitoring against relapse into poverty), in yuan per person per year. The defaults come from the policy table built into the program: check them against your province&apos;s and county&apos;s documents. A year changed here takes precedence and is used for assistance plans and exit assessments.</translation>
    </message>
    <message>
        <source>增加年度</source>
        <translation>Add year</translation>
    </message>
    <message>
        <source>恢复默认值</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>数据保存位置</source>
        <translation>Data location</translation>
    </message>
    <message>
        <source>本机用户文件夹（推荐）</source>
        <translation>Your user folder on this computer (recommended)</translation>
    </message>
    <message>
        <source>便携：放在程序所在文件夹（从U盘运行时选）</source>
        <translation>Portable: next to the program (choose when running from a USB stick)</translation>
    </message>
    <message>
        <source>其他文件夹</source>
        <translation>Another folder</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>导出同步包(&amp;E)…</source>
        <translation>&amp;Export sync package…</translation>
    </message>
    <message>
        <source>导入同步包(&amp;I)…</source>
        <translation>&amp;Import sync package…</translation>
    </message>
    <message>
        <source>冲突处理(&amp;C)</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>疑似重复人员(&amp;D)</source>
        <translation>Possible &amp;duplicates</translation>
    </message>
    <message>
        <source>收发记录(&amp;H)</source>
        <translation>Package &amp;history</translation>
    </message>
    <message>
        <source>同步状态(&amp;S)</source>
        <translation>Sync &amp;status</translation>
    </message>
    <message>
        <source>查看县里的回执(&amp;T)…</source>
        <translation>Show the county&apos;s receip&amp;t…</translation>
    </message>
    <message>
        <source>备份到U盘(&amp;B)…</source>
        <translation>&amp;Back up to USB stick…</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>密钥与加入(&amp;K)…</source>
        <translation>&amp;Keys and joining…</translation>
    </message>
    <message>
        <source>冲突处理(&amp;C)（{n} 条待处理）</source>
        <translation>&amp;Conflicts ({n} open)</translation>
    </message>
    <message>
        <source>选择回执</source>
        <translation>Choose receipt</translation>
    </message>
    <message>
        <source>回执 (fupin-receipt-*.json)</source>
        <translation>Receipts (fupin-receipt-*.json)</translation>
    </message>
    <message>
        <source>回执无效：{error}</source>
        <translation>Invalid receipt: {error}</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>一个不在本机发送记录中的同步包（可能是另一台电脑导出的，或在本机恢复备份之前导出的）</source>
        <translation>a sync package not in this computer’s record of sent packages (perhaps exported by another computer, or before a backup was restored here)</translation>
    </message>
    <message>
        <source>本机（{computer}）</source>
        <translation>this computer ({computer})</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>{here}{made} 导出的第 {n} 个同步包（{villages}）</source>
        <translation>sync package no. {n} exported by {here} on {made} ({villages})</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>county office</translation>
    </message>
    <message>
        <source>县里（{county}）{at} 收到了{package}：这个包之前已经导入过，这次没有改动任何数据。</source>
        <translation>The county ({county}) received {package} on {at}: it had already been imported, so no data were changed this time.</translation>
    </message>
    <message>
        <source>县里（{county}）已于 {at} 导入了{package}：共 {n} 条记录，新增 {new}，修改 {changed}，未变 {unchanged}，删除 {deleted}，冲突 {conflicts}，疑似重复 {duplicates}。</source>
        <translation>The county ({county}) imported {package} on {at}: {n} records, {new} new, {changed} changed, {unchanged} unchanged, {deleted} deleted, {conflicts} conflicts, {duplicates} possible duplicates.</translation>
    </message>
    <message>
        <source>冲突处理</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>疑似重复人员</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>同步包收发记录</source>
        <translation>Sync package history</translation>
    </message>
    <message>
        <source>同步状态</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <source>密钥与加入</source>
        <translation>Keys and joining</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>电脑</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>未上报天数</source>
        <translation>Days without a package</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>最近上报</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>记录数</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>村级电脑超过这么多天没有上报同步包时标为逾期</source>
        <translation>A village computer that has sent no sync package for more than this many days is marked overdue</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>每台村级电脑最近一次上报到县里的同步包。超过设定天数没有上报的电脑标为红色，加入后还没有上报过的标为黄色。</source>
        <translation>The last sync package each village computer sent to the county. Computers with no package for more than the set number of days are shown in red; those that joined but have not sent one yet are shown in yellow.</translation>
    </message>
    <message>
        <source>超过</source>
        <translation>Overdue after</translation>
    </message>
    <message>
        <source>未上报视为逾期</source>
        <translation>without a package</translation>
    </message>
    <message>
        <source>已吊销（不再接收它的同步包）</source>
        <translation>Revoked (its packages are no longer accepted)</translation>
    </message>
    <message>
        <source>没有分配村级电脑</source>
        <translation>No village computer assigned</translation>
    </message>
    <message>
        <source>逾期：已 {n} 天未上报</source>
        <translation>Overdue: no package for {n} days</translation>
    </message>
    <message>
        <source>逾期：加入 {n} 天，从未上报</source>
        <translation>Overdue: joined {n} days ago, never sent a package</translation>
    </message>
    <message>
        <source>加入后尚未上报</source>
        <translation>Joined, no package yet</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>在 同步 › 导出同步包 中为这个村加入一台村级电脑</source>
        <translation>Enrol a village computer for this village under Sync › Export sync package</translation>
    </message>
    <message>
        <source>{date} 加入，此后没有收到它的同步包</source>
        <translation>Joined on {date}; no package received from it since</translation>
    </message>
    <message>
        <source>{date} 加入，共收到 {n} 个同步包</source>
        <translation>Joined on {date}; {n} packages received in all</translation>
    </message>
    <message>
        <source>共 {n} 台村级电脑；超过 {days} 天未上报的 {late} 台。</source>
        <translation>{n} village computers; {late} with no package for more than {days} days.</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>SyncTime</name>
    <message>
        <source>{y}年{m}月{d}日 {hm}</source>
        <translation>{d} {mon} {y} {hm}</translation>
    </message>
</context>
<context>
    <name>TargetBarChart</name>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>暂无数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>{name}：目标 {target:,.0f}，完成 {done:,.0f}</source>
        <translation>{name}: target {target:,.0f}, done {done:,.0f}</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>{year} 年度目标</source>
        <translation>Targets for {year}</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>区划代码</source>
        <translation>Area code</translation>
    </message>
    <message>
        <source>减贫人数</source>
        <translation>People to lift out</translation>
    </message>
    <message>
        <source>退出村数</source>
        <translation>Villages to exit</translation>
    </message>
    <message>
        <source>县、乡镇、村的年度目标，例如“减贫 2991 人、退出 23 个村”。</source>
        <translation>Annual targets of the county, townships and villages, e.g. “2,991 people out of poverty and 23 villages exit”.</translation>
    </message>
</context>
<context>
    <name>ValueDecisionsPanel</name>
    <message>
        <source>下列值不在代码表中。每个值只需决定一次：对应到一个代码，或不导入含此值的行。决定会和列对应一起记住，下次不再询问。</source>
        <translation>The values below are not in the code lists. Decide each value once: map it to a code, or do not import the rows that contain it. Decisions are remembered with the column mapping and not asked again.</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>表中的值</source>
        <translation>Value in the sheet</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>所在行</source>
        <translation>Row numbers</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>应用决定并重新检查</source>
        <translation>Apply decisions and check again</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(Select)</translation>
    </message>
    <message>
        <source>建议：{label}</source>
        <translation>Suggested: {label}</translation>
    </message>
    <message>
        <source>不导入这些行</source>
        <translation>Do not import these rows</translation>
    </message>
</context>
<context>
    <name>VillageForm</name>
    <message>
        <source>村信息</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>村基本情况</source>
        <translation>Village details</translation>
    </message>
    <message>
        <source>村名</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>村代码</source>
        <translation>Village code</translation>
    </message>
    <message>
        <source>12位统计用区划代码</source>
        <translation>12-digit statistical area code</translation>
    </message>
    <message>
        <source>所属乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>选择已有的乡镇，或直接输入新的乡镇名</source>
        <translation>Choose an existing township, or type the name of a new one</translation>
    </message>
    <message>
        <source>贫困村</source>
        <translation>Poor village</translation>
    </message>
    <message>
        <source>是建档立卡贫困村</source>
        <translation>Registered poor village</translation>
    </message>
    <message>
        <source>退出年度</source>
        <translation>Exit year</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>农村户籍人口</source>
        <translation>Registered rural population</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>退出指标（基础设施与公共服务）</source>
        <translation>Exit indicators (infrastructure and services)</translation>
    </message>
    <message>
        <source>贫困发生率与退出评估（按登记数据实时计算）</source>
        <translation>Poverty incidence and exit assessment (live from the register)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VillageFormDialog</name>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>村信息 — {name}</source>
        <translation>Village — {name}</translation>
    </message>
    <message>
        <source>新增村</source>
        <translation>New village</translation>
    </message>
    <message>
        <source> 元/年</source>
        <translation> yuan/year</translation>
    </message>
    <message>
        <source>退出标准：不少于 {amount} 元</source>
        <translation>Exit standard: at least {amount} yuan</translation>
    </message>
    <message>
        <source>{what}不能超过 {limit} 元/年，多输入的数字未被接受，请核对。</source>
        <translation>{what} cannot exceed {limit} yuan/year; the extra digits were not accepted. Please check.</translation>
    </message>
    <message>
        <source>选择或输入乡镇名</source>
        <translation>Choose or type a township name</translation>
    </message>
    <message>
        <source>贫困发生率：—（请填写农村户籍人口）</source>
        <translation>Poverty incidence: — (enter the registered rural population)</translation>
    </message>
    <message>
        <source>贫困发生率：{value}</source>
        <translation>Poverty incidence: {value}</translation>
    </message>
    <message>
        <source>登记在册 {households} 户 {people} 人，其中未脱贫（含返贫）{poor} 人；退出标准：不高于 {threshold}。</source>
        <translation>Registered: {households} households, {people} people, of whom {poor} still poor (incl. relapsed); exit standard: at most {threshold}.</translation>
    </message>
    <message>
        <source>达到贫困村退出标准。</source>
        <translation>Meets the village exit standard.</translation>
    </message>
    <message>
        <source>尚未达到退出标准：</source>
        <translation>Does not meet the exit standard yet: </translation>
    </message>
    <message>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>村信息的修改尚未保存。是否保存？</source>
        <translation>Changes to the village are not saved. Save them?</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>编辑走访</source>
        <translation>Edit Visit</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>走访干部：</source>
        <translation>Visiting cadre:</translation>
    </message>
    <message>
        <source>走访记录：</source>
        <translation>Visit notes:</translation>
    </message>
    <message>
        <source>发现的问题：</source>
        <translation>Problems found:</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>走访干部</source>
        <translation>Visiting Cadre</translation>
    </message>
    <message>
        <source>走访记录</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>发现的问题</source>
        <translation>Problems Found</translation>
    </message>
    <message>
        <source>添加走访记录</source>
        <translation>Add Visit</translation>
    </message>
    <message>
        <source>编辑走访…</source>
        <translation>Edit Visit…</translation>
    </message>
    <message>
        <source>删除走访…</source>
        <translation>Delete Visit…</translation>
    </message>
    <message>
        <source>新的走访</source>
        <translation>New Visit</translation>
    </message>
    <message>
        <source>日期：</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>走访干部：</source>
        <translation>Visiting cadre:</translation>
    </message>
    <message>
        <source>走访记录：</source>
        <translation>Visit notes:</translation>
    </message>
    <message>
        <source>发现的问题：</source>
        <translation>Problems found:</translation>
    </message>
    <message>
        <source>删除 {date} {cadre} 的走访记录？</source>
        <translation>Delete the visit by {cadre} on {date}?</translation>
    </message>
    <message>
        <source>删除走访</source>
        <translation>Delete Visit</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>详细信息已写入日志文件：
{path}</source>
        <translation>Details were written to the log file:
{path}</translation>
    </message>
    <message>
        <source>未能写入日志文件。</source>
        <translation>The log file could not be written.</translation>
    </message>
    <message>
        <source>程序遇到意外错误：{error}

{where}

请把日志文件发给技术支持人员。已保存的数据不受影响。</source>
        <translation>The program hit an unexpected error: {error}

{where}

Please send the log file to technical support. Data already saved is not affected.</translation>
    </message>
    <message>
        <source>扶贫帮扶 — 出错了</source>
        <translation>Fupin — something went wrong</translation>
    </message>
</context>
</TS>
