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
        <location filename="../../kztimeline/ui/detail_panel.py" line="116"/>
        <source>Event title</source>
        <translation>Оқиға атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="131"/>
        <source>SECTORS</source>
        <translation>САЛАЛАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="134"/>
        <source>COMPANIES</source>
        <translation>КОМПАНИЯЛАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="138"/>
        <source>FIGURES</source>
        <translation>САНДАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="140"/>
        <source>SOURCES</source>
        <translation>ДЕРЕККӨЗДЕР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="149"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="150"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="151"/>
        <source>Previous event (Page Up)</source>
        <translation>Алдыңғы оқиға (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="153"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="154"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="155"/>
        <source>Next event (Page Down)</source>
        <translation>Келесі оқиға (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="159"/>
        <source>Close the panel</source>
        <translation>Панельді жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="160"/>
        <source>Close (Escape)</source>
        <translation>Жабу (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="178"/>
        <source>Note: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="182"/>
        <source>Note on sources</source>
        <translation>Дереккөздер туралы ескерту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="192"/>
        <source>Sector: %1</source>
        <translation>Сала: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="193"/>
        <source>Show only this sector</source>
        <translation>Тек осы саланы көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="210"/>
        <source>Highlight every event of this company</source>
        <translation>Осы компанияның барлық оқиғаларын белгілеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="211"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="219"/>
        <source>since %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="225"/>
        <source>Partner: %1</source>
        <translation>Серіктес: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="262"/>
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
        <translation>Өз өлшемі</translation>
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
        <translation>Күңгірт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="83"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="84"/>
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="85"/>
        <source>Transparent background (PNG)</source>
        <translation>Мөлдір фон (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="88"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="89"/>
        <source>Sector legend</source>
        <translation>Салалар шартты белгілері</translation>
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
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="27"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="28"/>
        <source>Programme phase</source>
        <translation>Бағдарлама кезеңі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="29"/>
        <source>Address</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="30"/>
        <source>Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="31"/>
        <source>Policy</source>
        <translation>Саясат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="32"/>
        <source>Milestone</source>
        <translation>Маңызды кезең</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="33"/>
        <source>Crisis</source>
        <translation>Дағдарыс</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="34"/>
        <source>Devaluation</source>
        <translation>Девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="35"/>
        <source>Plant launch</source>
        <translation>Зауыттың іске қосылуы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="36"/>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="37"/>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="469"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="470"/>
        <source>crisis or devaluation</source>
        <translation>дағдарыс немесе девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="471"/>
        <source>plant launch</source>
        <translation>зауыттың іске қосылуы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="472"/>
        <source>law or policy</source>
        <translation>заң немесе саясат</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="78"/>
        <location filename="../../kztimeline/ui/main_window.py" line="386"/>
        <source>Programmes and policy</source>
        <translation>Бағдарламалар мен саясат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="331"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="332"/>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="334"/>
        <location filename="../../kztimeline/ui/main_window.py" line="361"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="336"/>
        <source>Zoom in</source>
        <translation>Жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="336"/>
        <source>Zoom in (+)</source>
        <translation>Жақындату (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="337"/>
        <source>Zoom out</source>
        <translation>Алыстату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="337"/>
        <source>Zoom out (–)</source>
        <translation>Алыстату (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="338"/>
        <source>Whole timeline</source>
        <translation>Бүкіл жолақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="338"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Бүкіл жолақты көрсету (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="339"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="339"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="339"/>
        <source>Previous event (Page Up)</source>
        <translation>Алдыңғы оқиға (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="340"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="340"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="340"/>
        <source>Next event (Page Down)</source>
        <translation>Келесі оқиға (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="341"/>
        <location filename="../../kztimeline/ui/main_window.py" line="364"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="341"/>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="342"/>
        <source>Close the panel</source>
        <translation>Панельді жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="342"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="342"/>
        <source>Close the panel (Escape)</source>
        <translation>Панельді жабу (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="343"/>
        <source>Dark theme</source>
        <translation>Күңгірт тақырып</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="343"/>
        <source>Switch between light and dark</source>
        <translation>Ашық және күңгірт тақырыпты ауыстыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="344"/>
        <location filename="../../kztimeline/ui/main_window.py" line="366"/>
        <source>Event list</source>
        <translation>Оқиғалар тізімі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="344"/>
        <source>Show or hide the event list</source>
        <translation>Оқиғалар тізімін көрсету немесе жасыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="345"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="345"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Жолақты PNG, SVG немесе PDF пішімінде экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="346"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="347"/>
        <location filename="../../kztimeline/ui/main_window.py" line="575"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="347"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Пернетақта тіркесімдері (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="348"/>
        <source>About and sources</source>
        <translation>Бағдарлама және дереккөздер туралы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="362"/>
        <source>Language of the interface and the content</source>
        <translation>Интерфейс пен мазмұн тілі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="363"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Оқиғаларды, компанияларды, салаларды іздеу…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="365"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Оқиғаларды табу үшін теріңіз; Enter бірінші сәйкестікке өтеді</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="367"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Барлық оқиға күн ретімен: күні, атауы және салалары. Enter оқиғаны ашады.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="369"/>
        <source>Sectors:</source>
        <translation>Салалар:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="373"/>
        <source>Show sector %1</source>
        <translation>%1 саласын көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="374"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Осы саланың жолағын көрсету немесе жасыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="375"/>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="376"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Барлық салаларды көрсету және белгілеуді алып тастау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="378"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n оқиға · оның мәнін және деректердің қайдан алынғанын білу үшін оқиғаны басыңыз</numerusform>
            <numerusform>%n оқиға · оның мәнін және деректердің қайдан алынғанын білу үшін оқиғаны басыңыз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="383"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>Деректер жүктелмеді: %n қате табылды. Файлды түзетіп, қайта ашыңыз.</numerusform>
            <numerusform>Деректер жүктелмеді: %n қате табылды. Файлды түзетіп, қайта ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="385"/>
        <source>Data problems</source>
        <translation>Деректердегі қателер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="464"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="486"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%1: %n оқиға</numerusform>
            <numerusform>%1: %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="520"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n оқиға · көрсетілуде: %1</numerusform>
            <numerusform>%n оқиға · көрсетілуде: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="543"/>
        <location filename="../../kztimeline/ui/main_window.py" line="546"/>
        <location filename="../../kztimeline/ui/main_window.py" line="562"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="543"/>
        <source>Cannot export: %1</source>
        <translation>Экспорттау мүмкін емес: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="545"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="545"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="559"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт тоқтатылды; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="563"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>%1 жазылмады:
%2

Ештеңе жазылған жоқ; осы атаудағы бар файл өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="569"/>
        <source>Exported %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="583"/>
        <source>About kztimeline</source>
        <translation>kztimeline туралы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="584"/>
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="56"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Жақындату / алыстату (немесе тышқан дөңгелегі, немесе екі саусақ)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="57"/>
        <source>Show the whole timeline</source>
        <translation>Бүкіл жолақты көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="58"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Жолақты ертерек / кейінірек жылжыту (немесе сүйреу, немесе көлденең айналдыру)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="59"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Фокусты алдыңғы / келесі оқиғаға жылжыту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="60"/>
        <source>Open the focused event</source>
        <translation>Фокустағы оқиғаны ашу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="61"/>
        <source>Previous / next event</source>
        <translation>Алдыңғы / келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="62"/>
        <source>Close the event panel</source>
        <translation>Оқиға панелін жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="63"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="64"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Жолақты PNG, SVG немесе PDF пішімінде экспорттау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="65"/>
        <source>Larger / smaller / normal text</source>
        <translation>Ірірек / ұсағырақ / қалыпты мәтін</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="66"/>
        <source>Zoom to the dragged range</source>
        <translation>Белгіленген аралыққа жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="67"/>
        <source>This list</source>
        <translation>Осы тізім</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="179"/>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="197"/>
        <source>Timeline</source>
        <translation>Уақыт жолағы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="198"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>1997–2022 жылдардағы оқиғалар салалар жолақтарында. Қосу және алу пернелері масштабты өзгертеді, бағыт пернелері жолақты жылжытып, оқиғалар арасында өтеді, Enter оқиғаны ашады.</translation>
    </message>
</context>
</TS>
