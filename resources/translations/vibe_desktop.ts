<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="138"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="141"/>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="154"/>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="142"/>
        <source>VIBE Desktop opens only http, https and mailto links.

Address: {url}
Scheme: {scheme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="148"/>
        <source>Open in browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="149"/>
        <source>This link leaves VIBE Desktop and opens in your browser or mail program:

{url}

Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/dialogs.py" line="154"/>
        <source>The system could not open:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="64"/>
        <source>not given in this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="94"/>
        <source>Principle {n}, {title}: {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="103"/>
        <source>{score} of {max}, {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="108"/>
        <source>Overall score: {phrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_chart.py" line="143"/>
        <source>Bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_chart.py" line="182"/>
        <source>Overall {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="233"/>
        <location filename="../../vibe_desktop/ui/pages.py" line="258"/>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="178"/>
        <source>Principle {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="241"/>
        <location filename="../../vibe_desktop/ui/pages.py" line="259"/>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="180"/>
        <source>Indicator {n}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="272"/>
        <source>Indicator {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="276"/>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="90"/>
        <source>Panel &amp; rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="300"/>
        <source>← Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="302"/>
        <source>Next page →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="71"/>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="73"/>
        <source>{n}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/pages.py" line="224"/>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="81"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="155"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="182"/>
        <source>Overview. Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="185"/>
        <source>{head}. Score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="68"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="70"/>
        <source>The page being read. Tab moves between links; Enter opens a link or footnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="385"/>
        <source>Footnote not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="386"/>
        <source>This report has no footnote {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="388"/>
        <source>Footnote {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="396"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/detail_pane.py" line="447"/>
        <source>Text menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPopup</name>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="71"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="82"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="83"/>
        <source>Copy the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="103"/>
        <source>Full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="113"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="114"/>
        <source>Copy address {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="116"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="117"/>
        <source>Open {url} in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="122"/>
        <source>Only http, https and mailto links can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="141"/>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/link_popup.py" line="142"/>
        <source>The system could not open:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="105"/>
        <source>VIBE Desktop reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="171"/>
        <location filename="../../vibe_desktop/ui/main_window.py" line="179"/>
        <source>Cannot open location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="215"/>
        <source>No report to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="216"/>
        <source>No VIBE report is installed or none could be opened. Reports added to the library appear under File → Reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="227"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="228"/>
        <source>Report not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="229"/>
        <source>There is no report {id!r}. Reports: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="232"/>
        <source>Cannot open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/main_window.py" line="242"/>
        <source>{page} — {report} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="256"/>
        <source>Report contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/report_tree.py" line="258"/>
        <source>Overview, principles, indicators and panel. Arrow keys move, Enter opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreOverview</name>
    <message>
        <location filename="../../vibe_desktop/ui/score_chart.py" line="327"/>
        <source>Score overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_chart.py" line="347"/>
        <source>Use the Up and Down keys to choose a principle and Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_chart.py" line="349"/>
        <source>Chosen: principle {n}, {title}: {score}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="62"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="63"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="63"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="63"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="69"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="73"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="76"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="78"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="81"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="83"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="85"/>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="87"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="90"/>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="90"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="91"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="91"/>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="100"/>
        <source>Go to &amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="101"/>
        <source>Go to &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="105"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="107"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="111"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="113"/>
        <source>&amp;Previous Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="115"/>
        <source>&amp;Next Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="117"/>
        <source>Panel &amp;&amp; &amp;Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="119"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="121"/>
        <source>&amp;About VIBE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="136"/>
        <source>(no reports found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="139"/>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="141"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="211"/>
        <source>About VIBE Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="212"/>
        <source>{app} {version}
An offline reader for IREX&apos;s Vibrant Information Barometer reports.

{ack}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/window_menus.py" line="225"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bands</name>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="35"/>
        <source>Not Vibrant</source>
        <extracomment>The band names, marked for translation (core.bands holds them untranslated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="36"/>
        <source>Slightly Vibrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="37"/>
        <source>Somewhat Vibrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vibe_desktop/ui/score_data.py" line="38"/>
        <source>Highly Vibrant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
