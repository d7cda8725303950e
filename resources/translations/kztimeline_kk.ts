<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="79"/>
        <source>Event details</source>
        <translation>Оқиға туралы толығырақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="120"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="123"/>
        <source>Event title</source>
        <translation>Оқиға атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="138"/>
        <source>SECTORS</source>
        <translation>САЛАЛАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="141"/>
        <source>COMPANIES</source>
        <translation>КОМПАНИЯЛАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="145"/>
        <source>FIGURES</source>
        <translation>САНДАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="147"/>
        <source>SOURCES</source>
        <translation>ДЕРЕККӨЗДЕР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="158"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="159"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="160"/>
        <source>Previous event (Page Up)</source>
        <translation>Алдыңғы оқиға (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="162"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="163"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="164"/>
        <source>Next event (Page Down)</source>
        <translation>Келесі оқиға (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="168"/>
        <source>Close the panel</source>
        <translation>Панельді жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="169"/>
        <source>Close (Escape)</source>
        <translation>Жабу (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="187"/>
        <source>Note: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="191"/>
        <source>Note on sources</source>
        <translation>Дереккөздер туралы ескерту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="201"/>
        <source>Sector: %1</source>
        <translation>Сала: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="202"/>
        <source>Show only this sector</source>
        <translation>Тек осы саланы көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="219"/>
        <source>Highlight every event of this company</source>
        <translation>Осы компанияның барлық оқиғаларын белгілеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="220"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="228"/>
        <source>since %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="234"/>
        <source>Partner: %1</source>
        <translation>Серіктес: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="271"/>
        <source>Chart of %1: from %2 to %3, %4 to %5</source>
        <translation>«%1» графигі: %2 – %3, %4 – %5</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="25"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="25"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="26"/>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="104"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n оқиға, әрқайсысының дереккөзі көрсетілген</numerusform>
            <numerusform>%n оқиға, әрқайсысының дереккөзі көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="144"/>
        <source>Sources: %1</source>
        <translation>Дереккөздер: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="146"/>
        <source>and %n more, listed in the data&apos;s sources.yaml</source>
        <translation>
            <numerusform>және тағы %n, тізімі sources.yaml деректер файлында</numerusform>
            <numerusform>және тағы %n, тізімі sources.yaml деректер файлында</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="148"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>%1 kztimeline бағдарламасымен экспортталды</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="27"/>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="28"/>
        <source>SVG drawing</source>
        <translation>SVG сызбасы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="29"/>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="31"/>
        <source>Custom size</source>
        <translation>Басқа өлшем</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="32"/>
        <source>A4 landscape</source>
        <translation>A4, көлденең</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="33"/>
        <source>A3 landscape</source>
        <translation>A3, көлденең</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="34"/>
        <source>A2 landscape</source>
        <translation>A2, көлденең</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="44"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="148"/>
        <source>Export the timeline</source>
        <translation>Уақыт жолағын экспорттау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="53"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="54"/>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="56"/>
        <source>The whole timeline</source>
        <translation>Бүкіл уақыт жолағы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="57"/>
        <source>What the window shows now</source>
        <translation>Терезеде қазір көрініп тұрғаны</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="64"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="108"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="67"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="78"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="70"/>
        <source>Width in pixels</source>
        <translation>Ені, пиксель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="70"/>
        <source>Height in pixels</source>
        <translation>Биіктігі, пиксель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="81"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="82"/>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="83"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="84"/>
        <source>Theme</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="85"/>
        <source>Transparent background (PNG)</source>
        <translation>Мөлдір фон (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="88"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="89"/>
        <source>Sector legend</source>
        <translation>Салалардың шартты белгілері</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="90"/>
        <source>The selected event&apos;s details</source>
        <translation>Таңдалған оқиға туралы толығырақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="92"/>
        <source>Sources and export date</source>
        <translation>Дереккөздер және экспорт күні</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="96"/>
        <source>Include</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="99"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="105"/>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="26"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="27"/>
        <source>Programme phase</source>
        <translation>Бағдарлама кезеңі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="28"/>
        <source>Address</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="29"/>
        <source>Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="30"/>
        <source>Policy</source>
        <translation>Саясат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="31"/>
        <source>Milestone</source>
        <translation>Маңызды белес</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="32"/>
        <source>Crisis</source>
        <translation>Дағдарыс</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="33"/>
        <source>Devaluation</source>
        <translation>Девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="34"/>
        <source>Plant launch</source>
        <translation>Зауыттың іске қосылуы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="35"/>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="36"/>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="481"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="482"/>
        <source>crisis or devaluation</source>
        <translation>дағдарыс немесе девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="483"/>
        <source>plant launch</source>
        <translation>зауыттың іске қосылуы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="484"/>
        <source>law or policy</source>
        <translation>заң немесе саясат</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="200"/>
        <source>Zoom out</source>
        <translation>Алыстату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="201"/>
        <source>Zoom in</source>
        <translation>Жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="202"/>
        <source>Start</source>
        <translation>Басына</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="202"/>
        <source>Back to the whole timeline</source>
        <translation>Бүкіл жолаққа оралу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="203"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="204"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="205"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="205"/>
        <source>Play the guided tour</source>
        <translation>Экскурсияны бастау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="268"/>
        <source>Still exploring?</source>
        <translation>Әлі қарап жүрсіз бе?</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="269"/>
        <source>Yes, keep exploring</source>
        <translation>Иә, жалғастыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="346"/>
        <source>Wrong PIN, try again</source>
        <translation>PIN-код қате, қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/kiosk.py" line="347"/>
        <source>Enter the PIN to exit</source>
        <translation>Шығу үшін PIN-кодты енгізіңіз</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/kiosk.py" line="288"/>
        <source>Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>%n секундтан кейін басына оралады</numerusform>
            <numerusform>%n секундтан кейін басына оралады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="78"/>
        <location filename="../../kztimeline/ui/main_window.py" line="415"/>
        <location filename="../../kztimeline/ui/main_window.py" line="431"/>
        <source>Programmes and policy</source>
        <translation>Бағдарламалар мен саясат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="358"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="359"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="360"/>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="361"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="362"/>
        <location filename="../../kztimeline/ui/main_window.py" line="405"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="363"/>
        <location filename="../../kztimeline/ui/main_window.py" line="370"/>
        <source>Theme</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="364"/>
        <source>Light theme</source>
        <translation>Ашық тақырып</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="365"/>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="371"/>
        <source>Light, dark or high-contrast colours</source>
        <translation>Ашық, күңгірт немесе контрасты түстер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="373"/>
        <source>Zoom in</source>
        <translation>Жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="373"/>
        <source>Zoom in (+)</source>
        <translation>Жақындату (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="374"/>
        <source>Zoom out</source>
        <translation>Алыстату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="374"/>
        <source>Zoom out (–)</source>
        <translation>Алыстату (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="375"/>
        <source>Whole timeline</source>
        <translation>Бүкіл жолақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="375"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Бүкіл жолақты көрсету (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="376"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="376"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="376"/>
        <source>Previous event (Page Up)</source>
        <translation>Алдыңғы оқиға (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="377"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="377"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="377"/>
        <source>Next event (Page Down)</source>
        <translation>Келесі оқиға (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="378"/>
        <location filename="../../kztimeline/ui/main_window.py" line="408"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="378"/>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="379"/>
        <source>Close the panel</source>
        <translation>Панельді жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="379"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="379"/>
        <source>Close the panel (Escape)</source>
        <translation>Панельді жабу (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="364"/>
        <source>Dark theme</source>
        <translation>Қараңғы безендіру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="380"/>
        <location filename="../../kztimeline/ui/main_window.py" line="410"/>
        <source>Event list</source>
        <translation>Оқиғалар тізімі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="380"/>
        <source>Show or hide the event list</source>
        <translation>Оқиғалар тізімін көрсету немесе жасыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="381"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="381"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Жолақты PNG, SVG немесе PDF пішімінде экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="382"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="383"/>
        <location filename="../../kztimeline/ui/main_window.py" line="720"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="383"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Пернетақта тіркесімдері (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="384"/>
        <source>About and sources</source>
        <translation>Бағдарлама және дереккөздер туралы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="385"/>
        <source>Guided tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="385"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="386"/>
        <source>Play the guided tour; Page Down and Page Up step through it</source>
        <translation>Экскурсияны бастау; Page Down және Page Up аялдамалар бойынша өтеді</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="387"/>
        <source>Blank the screen</source>
        <translation>Экранды қараңғылау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="387"/>
        <source>Blank</source>
        <translation>Қараңғылау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="387"/>
        <source>Blank the screen (B)</source>
        <translation>Экранды қараңғылау (B)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="388"/>
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="388"/>
        <source>Full screen (F11)</source>
        <translation>Толық экран (F11)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="389"/>
        <source>Larger text</source>
        <translation>Мәтінді үлкейту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="389"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Мәтінді үлкейту (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="390"/>
        <source>Smaller text</source>
        <translation>Мәтінді кішірейту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="390"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Мәтінді кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="391"/>
        <source>Normal text size</source>
        <translation>Қалыпты мәтін өлшемі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="392"/>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Қалыпты мәтін өлшемі (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="406"/>
        <source>Language of the interface and the content</source>
        <translation>Интерфейс пен мазмұн тілі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="407"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Оқиғаларды, компанияларды, салаларды іздеу…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="409"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Оқиғаларды табу үшін теріңіз; Enter бірінші сәйкестікке өтеді</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="411"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Барлық оқиға күн ретімен: күні, атауы және салалары. Enter оқиғаны ашады.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="413"/>
        <source>Sectors:</source>
        <translation>Салалар:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="418"/>
        <source>Show sector %1</source>
        <translation>%1 саласын көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="419"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Осы саланың жолағын көрсету немесе жасыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="420"/>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="421"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Барлық салаларды көрсету және белгілеуді алып тастау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="423"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n оқиға · оның мәнін және деректердің қайдан алынғанын білу үшін оқиғаны басыңыз</numerusform>
            <numerusform>%n оқиға · оның мәнін және деректердің қайдан алынғанын білу үшін оқиғаны басыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="428"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>Деректер жүктелмеді: %n қате табылды. Файлды түзетіп, қайта ашыңыз.</numerusform>
            <numerusform>Деректер жүктелмеді: %n қате табылды. Файлды түзетіп, қайта ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="430"/>
        <source>Data problems</source>
        <translation>Деректердегі қателер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="538"/>
        <source>Stop %1 of %2</source>
        <translation>Аялдама: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="554"/>
        <source>Blank screen: press B to return</source>
        <translation>Экран қараңғыланды: оралу үшін B пернесін басыңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="609"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="631"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%1: %n оқиға</numerusform>
            <numerusform>%1: %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="665"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n оқиға · көрсетілуде: %1</numerusform>
            <numerusform>%n оқиға · көрсетілуде: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="688"/>
        <location filename="../../kztimeline/ui/main_window.py" line="691"/>
        <location filename="../../kztimeline/ui/main_window.py" line="707"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="688"/>
        <source>Cannot export: %1</source>
        <translation>Экспорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="690"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="690"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="704"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт тоқтатылды; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="708"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>%1 жазылмады:
%2

Ештеңе жазылған жоқ; осы атаудағы бар файл өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="714"/>
        <source>Exported %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="728"/>
        <source>About kztimeline</source>
        <translation>kztimeline туралы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="729"/>
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="55"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Жақындату / алыстату (немесе тышқан дөңгелегі, немесе екі саусақ)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="56"/>
        <source>Show the whole timeline</source>
        <translation>Бүкіл жолақты көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="57"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Жолақты ертерек / кейінірек жылжыту (немесе сүйреу, немесе көлденең айналдыру)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="58"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Фокусты алдыңғы / келесі оқиғаға жылжыту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="59"/>
        <source>Open the focused event</source>
        <translation>Фокустағы оқиғаны ашу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="60"/>
        <source>Previous / next event</source>
        <translation>Алдыңғы / келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="61"/>
        <source>Close the event panel</source>
        <translation>Оқиға панелін жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="62"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="63"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Жолақты PNG, SVG немесе PDF пішімінде экспорттау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="64"/>
        <source>Start or stop the guided tour</source>
        <translation>Экскурсияны бастау немесе тоқтату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="65"/>
        <source>Blank the screen / full screen</source>
        <translation>Экранды қараңғылау / толық экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="66"/>
        <source>Larger / smaller / normal text</source>
        <translation>Ірірек / ұсағырақ / қалыпты мәтін</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="67"/>
        <source>Zoom to the dragged range</source>
        <translation>Белгіленген аралыққа жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="68"/>
        <source>This list</source>
        <translation>Осы тізім</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="220"/>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="238"/>
        <source>Timeline</source>
        <translation>Уақыт жолағы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="239"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>1997–2022 жылдардағы оқиғалар салалар жолақтарында. Плюс және минус пернелері масштабты өзгертеді, бағыт пернелері жолақты жылжытып, оқиғалар арасында өтеді, Enter оқиғаны ашады.</translation>
    </message>
</context>
</TS>
