<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>版本 {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>（未打开）</source>
        <translation>（未打开）</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>关于 扶贫帮扶</source>
        <translation>关于 扶贫帮扶</translation>
    </message>
    <message>
        <source>扶贫帮扶</source>
        <translation>扶贫帮扶</translation>
    </message>
    <message>
        <source>面向驻村帮扶干部的离线工具：农户建档立卡登记、N+2 帮扶计划、五对台账、打印以及 U 盘同步。</source>
        <translation>面向驻村帮扶干部的离线工具：农户建档立卡登记、N+2 帮扶计划、五对台账、打印以及 U 盘同步。</translation>
    </message>
    <message>
        <source>数据库：</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>日志：</source>
        <translation>日志：</translation>
    </message>
    <message>
        <source>字体：</source>
        <translation>字体：</translation>
    </message>
    <message>
        <source>文泉驿微米黑（Apache-2.0 许可）</source>
        <translation>文泉驿微米黑（Apache-2.0 许可）</translation>
    </message>
    <message>
        <source>界面库：</source>
        <translation>界面库：</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>数据库中还没有农户</source>
        <translation>数据库中还没有农户</translation>
    </message>
    <message>
        <source>可以先载入一个演示县，熟悉农户登记、帮扶计划和打印。</source>
        <translation>可以先载入一个演示县，熟悉农户登记、帮扶计划和打印。</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>载入演示数据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>扶贫帮扶 — {name}</source>
        <translation>扶贫帮扶 — {name}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>状态栏(&amp;S)</source>
        <translation>状态栏(&amp;S)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>打开日志文件夹(&amp;L)</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>关于扶贫帮扶(&amp;A)…</source>
        <translation>关于扶贫帮扶(&amp;A)…</translation>
    </message>
    <message>
        <source>数据库：{path}（未打开）</source>
        <translation>数据库：{path}（未打开）</translation>
    </message>
    <message>
        <source>数据库未打开</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>{villages} 个村  {households} 户  {members} 人</source>
        <translation>{villages} 个村  {households} 户  {members} 人</translation>
    </message>
    <message>
        <source>本数据库共有 {villages} 个村、{households} 户农户、{members} 名成员。</source>
        <translation>本数据库共有 {villages} 个村、{households} 户农户、{members} 名成员。</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>此版本的窗口还不能载入演示数据。请在命令行运行：
fupin --db &quot;{path}&quot; demo</source>
        <translation>此版本的窗口还不能载入演示数据。请在命令行运行：
fupin --db &quot;{path}&quot; demo</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>详细信息已写入日志文件：
{path}</source>
        <translation>详细信息已写入日志文件：
{path}</translation>
    </message>
    <message>
        <source>未能写入日志文件。</source>
        <translation>未能写入日志文件。</translation>
    </message>
    <message>
        <source>程序遇到意外错误：{error}

{where}

请把日志文件发给技术支持人员。已保存的数据不受影响。</source>
        <translation>程序遇到意外错误：{error}

{where}

请把日志文件发给技术支持人员。已保存的数据不受影响。</translation>
    </message>
    <message>
        <source>扶贫帮扶 — 出错了</source>
        <translation>扶贫帮扶 — 出错了</translation>
    </message>
</context>
</TS>
