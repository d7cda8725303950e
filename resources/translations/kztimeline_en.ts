<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DataBanner</name>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="40"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>The data could not be loaded: %n problem found. Fix the file and open it again.</numerusform>
            <numerusform>The data could not be loaded: %n problems found. Fix the file and open it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/banner.py" line="42"/>
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
        <location filename="../../kztimeline/ui/detail_panel.py" line="306"/>
        <source>Highlight every event of this company</source>
        <translation>Highlight every event of this company</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="307"/>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="321"/>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="358"/>
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
    <name>ExportCanvas</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="102"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n event, each with its sources</numerusform>
            <numerusform>%n events, each with its sources</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="142"/>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="144"/>
        <source>and %n more, listed in the data&apos;s sources.yaml</source>
        <translation>
            <numerusform>and %n more, listed in the data&apos;s sources.yaml</numerusform>
            <numerusform>and %n more, listed in the data&apos;s sources.yaml</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="146"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>Exported on %1 with kztimeline</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="29"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="30"/>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="31"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="33"/>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="34"/>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="35"/>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="36"/>
        <source>A2 landscape</source>
        <translation>A2 landscape</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="46"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="151"/>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="55"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="56"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="58"/>
        <source>The whole timeline</source>
        <translation>The whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="59"/>
        <source>What the window shows now</source>
        <translation>What the window shows now</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="66"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="111"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="69"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="80"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="72"/>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="72"/>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="83"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="84"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="85"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="86"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="87"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="88"/>
        <source>Transparent background (PNG)</source>
        <translation>Transparent background (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="91"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="92"/>
        <source>Sector legend</source>
        <translation>Sector legend</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="93"/>
        <source>The selected event&apos;s details</source>
        <translation>The selected event&apos;s details</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="95"/>
        <source>Sources and export date</source>
        <translation>Sources and export date</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="99"/>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="102"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="103"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="108"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="31"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="35"/>
        <source>Cannot export: %1</source>
        <translation>Cannot export: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="37"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="37"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="52"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="55"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="61"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
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
        <location filename="../../kztimeline/ui/lanes_item.py" line="387"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="388"/>
        <source>crisis or devaluation</source>
        <translation>crisis or devaluation</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="389"/>
        <source>plant launch</source>
        <translation>plant launch</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="390"/>
        <source>law or policy</source>
        <translation>law or policy</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="391"/>
        <source>programme or period</source>
        <translation>programme or period</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="202"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="203"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="204"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="205"/>
        <source>Back to the whole timeline</source>
        <translation>Back to the whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="206"/>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="207"/>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="208"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="209"/>
        <source>Play the guided tour</source>
        <translation>Play the guided tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="261"/>
        <source>Still exploring?</source>
        <translation>Still exploring?</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="262"/>
        <source>Yes, keep exploring</source>
        <translation>Yes, keep exploring</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="334"/>
        <source>Wrong PIN, try again</source>
        <translation>Wrong PIN, try again</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="335"/>
        <source>Enter the PIN to exit</source>
        <translation>Enter the PIN to exit</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="289"/>
        <source>Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Returning to the start in %n second</numerusform>
            <numerusform>Returning to the start in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="82"/>
        <location filename="../../kztimeline/window/main_window.py" line="367"/>
        <source>Programmes and policy</source>
        <translation>Programmes and policy</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="359"/>
        <source>Event list</source>
        <translation>Event list</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="566"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="360"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Every event in date order: date, title and sectors. Enter opens an event.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="365"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n event · click or tap one to read what it meant and where the facts come from</numerusform>
            <numerusform>%n events · click or tap one to read what it meant and where the facts come from</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="462"/>
        <source>Blank screen: press B to return</source>
        <translation>Blank screen: press B to return</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="536"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="540"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%n event of %1</numerusform>
            <numerusform>%n events of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="549"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n event · showing %1</numerusform>
            <numerusform>%n events · showing %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="574"/>
        <source>About kztimeline</source>
        <translation>About kztimeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="575"/>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="87"/>
        <source>Sectors:</source>
        <translation>Sectors:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="90"/>
        <source>Programmes and policy</source>
        <translation>Programmes and policy</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="94"/>
        <source>Show sector %1</source>
        <translation>Show sector %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="95"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Show or hide this sector&apos;s lane</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="96"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="97"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Show all sectors and clear highlighting</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="51"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Zoom in / out (or the mouse wheel, or pinch)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="52"/>
        <source>Show the whole timeline</source>
        <translation>Show the whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="53"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Move the timeline earlier / later (or drag, or scroll sideways)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="54"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Move the focus to the previous / next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="55"/>
        <source>Open the focused event</source>
        <translation>Open the focused event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="56"/>
        <source>Previous / next event</source>
        <translation>Previous / next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="57"/>
        <source>Close the event panel</source>
        <translation>Close the event panel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="58"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="59"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Export the timeline as PNG, SVG or PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="60"/>
        <source>Start or stop the guided tour</source>
        <translation>Start or stop the guided tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="61"/>
        <source>Blank the screen / full screen</source>
        <translation>Blank the screen / full screen</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="62"/>
        <source>Larger / smaller / normal text</source>
        <translation>Larger / smaller / normal text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="63"/>
        <source>Zoom to the dragged range</source>
        <translation>Zoom to the dragged range</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="64"/>
        <source>This list</source>
        <translation>This list</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="319"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="348"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="349"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/timeline_view.py" line="463"/>
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
        <location filename="../../kztimeline/window/actions.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="168"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="170"/>
        <location filename="../../kztimeline/window/actions.py" line="211"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="171"/>
        <location filename="../../kztimeline/window/actions.py" line="177"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <source>Light theme</source>
        <translation>Light theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <source>Dark theme</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="178"/>
        <source>Light, dark or high-contrast colours</source>
        <translation>Light, dark or high-contrast colours</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="180"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="180"/>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom out (–)</source>
        <translation>Zoom out (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Whole timeline</source>
        <translation>Whole timeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Show the whole timeline (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>‹ Previous</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Previous event (Page Up)</source>
        <translation>Previous event (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Next event (Page Down)</source>
        <translation>Next event (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <location filename="../../kztimeline/window/actions.py" line="214"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Close the panel</source>
        <translation>Close the panel</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Close the panel (Escape)</source>
        <translation>Close the panel (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Event list</source>
        <translation>Event list</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Show or hide the event list</source>
        <translation>Show or hide the event list</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="189"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Export the timeline as PNG, SVG or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="190"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="191"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="192"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="193"/>
        <source>About and sources</source>
        <translation>About and sources</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>Guided tour</source>
        <translation>Guided tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="195"/>
        <source>Play the guided tour; Page Down and Page Up step through it</source>
        <translation>Play the guided tour; Page Down and Page Up step through it</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Blank the screen</source>
        <translation>Blank the screen</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Blank the screen (B)</source>
        <translation>Blank the screen (B)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Full screen (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Normal text size</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="201"/>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Normal text size (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="212"/>
        <source>Language of the interface and the content</source>
        <translation>Language of the interface and the content</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="213"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Search events, companies, sectors…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="215"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Type to find events; Enter goes to the first match</translation>
    </message>
</context>
</TS>
