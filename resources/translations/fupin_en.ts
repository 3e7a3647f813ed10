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
    <name>EmptyStateWidget</name>
    <message>
        <source>数据库中还没有农户</source>
        <translation>There are no households in this database yet</translation>
    </message>
    <message>
        <source>可以先载入一个演示县，熟悉农户登记、帮扶计划和打印。</source>
        <translation>Load a demo county first to get to know the register, the assistance plans and printing.</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>扶贫帮扶 — {name}</source>
        <translation>Fupin — {name}</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
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
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>状态栏(&amp;S)</source>
        <translation>&amp;Status bar</translation>
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
        <source>{villages} 个村  {households} 户  {members} 人</source>
        <translation>{villages} villages  {households} households  {members} people</translation>
    </message>
    <message>
        <source>本数据库共有 {villages} 个村、{households} 户农户、{members} 名成员。</source>
        <translation>This database holds {villages} villages, {households} households and {members} household members.</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>此版本的窗口还不能载入演示数据。请在命令行运行：
fupin --db &quot;{path}&quot; demo</source>
        <translation>This version of the window cannot load demo data yet. Run on the command line:
fupin --db &quot;{path}&quot; demo</translation>
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
