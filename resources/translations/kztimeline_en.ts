<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DataBanner</name>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="45"/>
        <source>The changed data has %n problem(s); the last valid data is still shown. It reloads when the file is saved again.</source>
        <translation>
            <numerusform>The changed data has %n problem; the last valid data is still shown. It reloads when the file is saved again.</numerusform>
            <numerusform>The changed data has %n problems; the last valid data is still shown. It reloads when the file is saved again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="48"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>The data could not be loaded: %n problem found. Fix the file and open it again.</numerusform>
            <numerusform>The data could not be loaded: %n problems found. Fix the file and open it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/banner.py" line="50"/>
        <source>Data problems</source>
        <translation>Data problems</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="106"/>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="181"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="184"/>
        <source>Event title</source>
        <translation>Event title</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="199"/>
        <source>SECTORS</source>
        <translation>SECTORS</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="202"/>
        <source>COMPANIES</source>
        <translation>COMPANIES</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="206"/>
        <source>FIGURES</source>
        <translation>FIGURES</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="208"/>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="229"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="231"/>
        <source>Show more of this text</source>
        <translation>Show more of this text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/detail_panel.py" line="236"/>
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n more character not shown)</numerusform>
            <numerusform>(%n more characters not shown)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="245"/>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="246"/>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="247"/>
        <source>Previous event (Page Up)</source>
        <translation>Previous event (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="249"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="250"/>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="251"/>
        <source>Next event (Page Down)</source>
        <translation>Next event (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="255"/>
        <source>Close the panel</source>
        <translation>Close the panel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="256"/>
        <source>Close (Escape)</source>
        <translation>Close (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="274"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="278"/>
        <source>Note on sources</source>
        <translation>Note on sources</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="287"/>
        <source>Sector: %1</source>
        <translation>Sector: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="288"/>
        <source>Show only this sector</source>
        <translation>Show only this sector</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="304"/>
        <source>Highlight every event of this company</source>
        <translation>Highlight every event of this company</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="305"/>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="319"/>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="356"/>
        <source>Chart of %1: from %2 to %3, %4 to %5</source>
        <translation>Chart of %1: from %2 to %3, %4 to %5</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="27"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="27"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="28"/>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="231"/>
        <location filename="../../kztimeline/export/render.py" line="426"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="427"/>
        <source>Sources, continued</source>
        <translation>Sources, continued</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="436"/>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="494"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="497"/>
        <source>Writing the file</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="499"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="583"/>
        <source>A timeline of %1, %2</source>
        <translation>A timeline of %1, %2</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="611"/>
        <source>Laying out</source>
        <translation>Laying out</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="614"/>
        <source>Drawing</source>
        <translation>Drawing</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="646"/>
        <source>Drawn</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="742"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="743"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="743"/>
        <source>landscape</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="747"/>
        <source>one sheet, with its sources</source>
        <translation>one sheet, with its sources</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="749"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="752"/>
        <source>every event labelled with its date and sources</source>
        <translation>every event labelled with its date and sources</translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="278"/>
        <source>%1: no events, drawn narrower</source>
        <translation>%1: no events, drawn narrower</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="280"/>
        <source>sources, listed below</source>
        <translation>sources, listed below</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="281"/>
        <source>sources, listed on sheet 2</source>
        <translation>sources, listed on sheet 2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="288"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n event, each with its sources</numerusform>
            <numerusform>%n events, each with its sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="290"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="365"/>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="367"/>
        <source>and %n other publisher(s)</source>
        <translation>
            <numerusform>and %n other publisher</numerusform>
            <numerusform>and %n other publishers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="368"/>
        <source>(%n source(s))</source>
        <translation>
            <numerusform>(%n source)</numerusform>
            <numerusform>(%n sources)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="373"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>Exported on %1 with kztimeline</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="44"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="45"/>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="46"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="48"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="51"/>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="52"/>
        <source>Automatic: the one that labels every event</source>
        <translation>Automatic: the one that labels every event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="53"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="54"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="55"/>
        <source>Text as outlines: looks the same in every program</source>
        <translation>Text as outlines: looks the same in every program</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="56"/>
        <source>Text kept as text, with the font embedded</source>
        <translation>Text kept as text, with the font embedded</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="69"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="271"/>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="81"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="82"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="84"/>
        <source>The whole timeline</source>
        <translation>The whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="85"/>
        <source>What the window shows now</source>
        <translation>What the window shows now</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="92"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="202"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="95"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="115"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="98"/>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="98"/>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="104"/>
        <source>Page width in millimetres</source>
        <translation>Page width in millimetres</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="105"/>
        <source>Page height in millimetres</source>
        <translation>Page height in millimetres</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="108"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="126"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="132"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="120"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="121"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="124"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="135"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="128"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="138"/>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="133"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="140"/>
        <source>Bleed</source>
        <translation>Bleed</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="136"/>
        <source>Background printed beyond the page&apos;s edge, for the printer to trim</source>
        <translation>Background printed beyond the page&apos;s edge, for the printer to trim</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="149"/>
        <source>SVG text</source>
        <translation>SVG text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="150"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="154"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="155"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="156"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="157"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="158"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="159"/>
        <source>Transparent background (PNG)</source>
        <translation>Transparent background (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="162"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="163"/>
        <source>Sector legend</source>
        <translation>Sector legend</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="164"/>
        <source>The selected event&apos;s details</source>
        <translation>The selected event&apos;s details</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="166"/>
        <source>Sources and export date</source>
        <translation>Sources and export date</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="170"/>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="173"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="174"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="179"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="186"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="45"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="49"/>
        <source>This view cannot be exported: its range lies outside the timeline, or its selected event is gone.</source>
        <translation>This view cannot be exported: its range lies outside the timeline, or its selected event is gone.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="56"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="56"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="71"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="74"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="80"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="85"/>
        <location filename="../../kztimeline/window/export_flow.py" line="86"/>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="87"/>
        <location filename="../../kztimeline/window/export_flow.py" line="88"/>
        <source>You may not write in that folder.</source>
        <translation>You may not write in that folder.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="89"/>
        <source>The disk can only be read.</source>
        <translation>The disk can only be read.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="90"/>
        <location filename="../../kztimeline/window/export_flow.py" line="91"/>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="92"/>
        <source>The file name is too long.</source>
        <translation>The file name is too long.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="93"/>
        <source>A folder of that name is in the way.</source>
        <translation>A folder of that name is in the way.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="94"/>
        <source>The export was interrupted.</source>
        <translation>The export was interrupted.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="95"/>
        <source>There is not enough memory for a picture this large.</source>
        <translation>There is not enough memory for a picture this large.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="99"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="30"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="31"/>
        <source>Programme phase</source>
        <translation>Programme phase</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="32"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="33"/>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="34"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="35"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="36"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="37"/>
        <source>Devaluation</source>
        <translation>Devaluation</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="38"/>
        <source>Plant launch</source>
        <translation>Plant launch</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="39"/>
        <source>Statistic</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="40"/>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="492"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="493"/>
        <source>crisis or devaluation</source>
        <translation>crisis or devaluation</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="494"/>
        <source>plant launch</source>
        <translation>plant launch</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="495"/>
        <source>law or policy</source>
        <translation>law or policy</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="496"/>
        <source>programme or period</source>
        <translation>programme or period</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="498"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="499"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="500"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="501"/>
        <source>Back to the whole timeline</source>
        <translation>Back to the whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="502"/>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="503"/>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="504"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="505"/>
        <source>Play the guided tour</source>
        <translation>Play the guided tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="518"/>
        <location filename="../../kztimeline/kiosk/controller.py" line="571"/>
        <source>Still exploring?</source>
        <translation>Still exploring?</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="517"/>
        <location filename="../../kztimeline/kiosk/controller.py" line="572"/>
        <source>Yes, keep exploring</source>
        <translation>Yes, keep exploring</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="676"/>
        <source>Wrong PIN, try again</source>
        <translation>Wrong PIN, try again</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="678"/>
        <source>Enter the PIN to exit</source>
        <translation>Enter the PIN to exit</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="601"/>
        <source>Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Returning to the start in %n second</numerusform>
            <numerusform>Returning to the start in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="674"/>
        <source>Too many wrong PINs: try again in %n second(s)</source>
        <translation>
            <numerusform>Too many wrong PINs: try again in %n second</numerusform>
            <numerusform>Too many wrong PINs: try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <location filename="../../kztimeline/ui/formatting.py" line="204"/>
        <source>Other events</source>
        <translation>Other events</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="374"/>
        <source>Event list</source>
        <translation>Event list</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="581"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="375"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Every event in date order: date, title and sectors. Enter opens an event.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="380"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n event · click or tap one to read what it meant and where the facts come from</numerusform>
            <numerusform>%n events · click or tap one to read what it meant and where the facts come from</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="477"/>
        <source>Blank screen: press B to return</source>
        <translation>Blank screen: press B to return</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="551"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="555"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%n event of %1</numerusform>
            <numerusform>%n events of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="564"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n event · showing %1</numerusform>
            <numerusform>%n events · showing %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="589"/>
        <source>About kztimeline</source>
        <translation>About kztimeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="590"/>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="92"/>
        <source>Sectors:</source>
        <translation>Sectors:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="100"/>
        <source>Show sector %1</source>
        <translation>Show sector %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="101"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Show or hide this sector&apos;s lane</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="102"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="103"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Show all sectors and clear highlighting</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="55"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Zoom in / out (or the mouse wheel, or pinch)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="56"/>
        <source>Show the whole timeline</source>
        <translation>Show the whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="57"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Move the timeline earlier / later (or drag, or scroll sideways)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="58"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Move the focus to the previous / next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="59"/>
        <source>Open the focused event</source>
        <translation>Open the focused event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="60"/>
        <source>Previous / next event</source>
        <translation>Previous / next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="61"/>
        <source>Close the event panel</source>
        <translation>Close the event panel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="62"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="63"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Export the timeline as PNG, SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="64"/>
        <source>Start or stop the guided tour</source>
        <translation>Start or stop the guided tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="65"/>
        <source>Blank the screen / full screen</source>
        <translation>Blank the screen / full screen</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="66"/>
        <source>Larger / smaller / normal text</source>
        <translation>Larger / smaller / normal text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="67"/>
        <source>Zoom to the dragged range</source>
        <translation>Zoom to the dragged range</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="68"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="331"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="371"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="372"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/timeline_view.py" line="498"/>
        <source>and %n more: tap to zoom in</source>
        <translation>
            <numerusform>and %n more: tap to zoom in</numerusform>
            <numerusform>and %n more: tap to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="169"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="171"/>
        <location filename="../../kztimeline/window/actions.py" line="212"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <location filename="../../kztimeline/window/actions.py" line="178"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>Light theme</source>
        <translation>Light theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>Dark theme</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="174"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="179"/>
        <source>Light, dark or high-contrast colours</source>
        <translation>Light, dark or high-contrast colours</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Zoom out (–)</source>
        <translation>Zoom out (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Whole timeline</source>
        <translation>Whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Show the whole timeline (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Previous event (Page Up)</source>
        <translation>Previous event (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next event (Page Down)</source>
        <translation>Next event (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <location filename="../../kztimeline/window/actions.py" line="215"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close the panel</source>
        <translation>Close the panel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close the panel (Escape)</source>
        <translation>Close the panel (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Event list</source>
        <translation>Event list</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Show or hide the event list</source>
        <translation>Show or hide the event list</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="189"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="190"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Export the timeline as PNG, SVG or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="191"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="192"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="193"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>About and sources</source>
        <translation>About and sources</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="195"/>
        <source>Guided tour</source>
        <translation>Guided tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="195"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Play the guided tour; Page Down and Page Up step through it</source>
        <translation>Play the guided tour; Page Down and Page Up step through it</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank the screen</source>
        <translation>Blank the screen</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank the screen (B)</source>
        <translation>Blank the screen (B)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="201"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="202"/>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Normal text size (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="213"/>
        <source>Language of the interface and the content</source>
        <translation>Language of the interface and the content</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="214"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Search events, companies, sectors…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="216"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Type to find events; Enter goes to the first match</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="728"/>
        <source>%n sheet(s): the poster and its sources</source>
        <translation>
            <numerusform>%n sheet: the poster and its sources</numerusform>
            <numerusform>%n sheets: the poster and its sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="731"/>
        <source>%n event(s) without a label: choose a larger size or the other orientation</source>
        <translation>
            <numerusform>%n event without a label: choose a larger size or the other orientation</numerusform>
            <numerusform>%n events without a label: choose a larger size or the other orientation</numerusform>
        </translation>
    </message>
</context>
</TS>
