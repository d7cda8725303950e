<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>DataBanner</name>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="45"/>
        <source>The changed data has %n problem(s); the last valid data is still shown. It reloads when the file is saved again.</source>
        <translation>
            <numerusform>Өзгертілген деректерде %n мәселе бар; соңғы дұрыс деректер көрсетіліп тұр. Файл қайта сақталғанда деректер қайта жүктеледі.</numerusform>
            <numerusform>Өзгертілген деректерде %n мәселе бар; соңғы дұрыс деректер көрсетіліп тұр. Файл қайта сақталғанда деректер қайта жүктеледі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="48"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>Деректер жүктелмеді: %n қате табылды. Файлды түзетіп, қайта ашыңыз.</numerusform>
            <numerusform>Деректер жүктелмеді: %n қате табылды. Файлды түзетіп, қайта ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/banner.py" line="50"/>
        <source>Data problems</source>
        <translation>Деректердегі қателер</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="106"/>
        <source>Event details</source>
        <translation>Оқиға туралы толығырақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="181"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="184"/>
        <source>Event title</source>
        <translation>Оқиға атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="199"/>
        <source>SECTORS</source>
        <translation>САЛАЛАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="202"/>
        <source>COMPANIES</source>
        <translation>КОМПАНИЯЛАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="206"/>
        <source>FIGURES</source>
        <translation>САНДАР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="208"/>
        <source>SOURCES</source>
        <translation>ДЕРЕККӨЗДЕР</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="229"/>
        <source>More</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="231"/>
        <source>Show more of this text</source>
        <translation>Мәтіннің жалғасын көрсету</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/detail_panel.py" line="236"/>
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(тағы %n таңба көрсетілмеді)</numerusform>
            <numerusform>(тағы %n таңба көрсетілмеді)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="245"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="246"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="247"/>
        <source>Previous event (Page Up)</source>
        <translation>Алдыңғы оқиға (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="249"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="250"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="251"/>
        <source>Next event (Page Down)</source>
        <translation>Келесі оқиға (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="255"/>
        <source>Close the panel</source>
        <translation>Панельді жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="256"/>
        <source>Close (Escape)</source>
        <translation>Жабу (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="274"/>
        <source>Note: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="278"/>
        <source>Note on sources</source>
        <translation>Дереккөздер туралы ескерту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="287"/>
        <source>Sector: %1</source>
        <translation>Сала: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="288"/>
        <source>Show only this sector</source>
        <translation>Тек осы саланы көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="304"/>
        <source>Highlight every event of this company</source>
        <translation>Осы компанияның барлық оқиғаларын белгілеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="305"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="319"/>
        <source>Partner: %1</source>
        <translation>Серіктес: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="356"/>
        <source>Chart of %1: from %2 to %3, %4 to %5</source>
        <translation>«%1» графигі: %2 – %3, %4 – %5</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="27"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="27"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="28"/>
        <source>Sectors</source>
        <translation>Салалар</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="231"/>
        <location filename="../../kztimeline/export/render.py" line="426"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="427"/>
        <source>Sources, continued</source>
        <translation>Дереккөздер (жалғасы)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="436"/>
        <source>Sheet %1</source>
        <translation>%1-парақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="494"/>
        <source>Preparing</source>
        <translation>Дайындалуда</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="497"/>
        <source>Writing the file</source>
        <translation>Файл жазылуда</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="499"/>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="583"/>
        <source>A timeline of %1, %2</source>
        <translation>Хронология: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="611"/>
        <source>Laying out</source>
        <translation>Беттеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="614"/>
        <source>Drawing</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="646"/>
        <source>Drawn</source>
        <translation>Салынды</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="742"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="743"/>
        <source>portrait</source>
        <translation>тік</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="743"/>
        <source>landscape</source>
        <translation>жатық</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="747"/>
        <source>one sheet, with its sources</source>
        <translation>бір парақ, дереккөздерімен</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="749"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пиксель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="752"/>
        <source>every event labelled with its date and sources</source>
        <translation>әр оқиға күнімен және дереккөздерімен жазылған</translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="278"/>
        <source>%1: no events, drawn narrower</source>
        <translation>%1: оқиға жоқ, тарлау салынған</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="280"/>
        <source>sources, listed below</source>
        <translation>дереккөздер, тізімі төменде</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="281"/>
        <source>sources, listed on sheet 2</source>
        <translation>дереккөздер, тізімі 2-парақта</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="288"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n оқиға, әрқайсысының дереккөзі көрсетілген</numerusform>
            <numerusform>%n оқиға, әрқайсысының дереккөзі көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="290"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="365"/>
        <source>Sources: %1</source>
        <translation>Дереккөздер: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="367"/>
        <source>and %n other publisher(s)</source>
        <translation>
            <numerusform>және тағы %n баспа</numerusform>
            <numerusform>және тағы %n баспа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="368"/>
        <source>(%n source(s))</source>
        <translation>
            <numerusform>(%n дереккөз)</numerusform>
            <numerusform>(%n дереккөз)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="373"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>%1 kztimeline бағдарламасымен экспортталды</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="44"/>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="45"/>
        <source>SVG drawing</source>
        <translation>SVG сызбасы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="46"/>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="48"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="51"/>
        <source>Custom size</source>
        <translation>Басқа өлшем</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="52"/>
        <source>Automatic: the one that labels every event</source>
        <translation>Автоматты: әр оқиға жазылатын бағдар</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="53"/>
        <source>Landscape</source>
        <translation>Жатық</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="54"/>
        <source>Portrait</source>
        <translation>Тік</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="55"/>
        <source>Text as outlines: looks the same in every program</source>
        <translation>Мәтін контур ретінде: кез келген бағдарламада бірдей көрінеді</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="56"/>
        <source>Text kept as text, with the font embedded</source>
        <translation>Мәтін мәтін күйінде, қаріп ендірілген</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="69"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="271"/>
        <source>Export the timeline</source>
        <translation>Уақыт жолағын экспорттау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="81"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="82"/>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="84"/>
        <source>The whole timeline</source>
        <translation>Бүкіл уақыт жолағы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="85"/>
        <source>What the window shows now</source>
        <translation>Терезеде қазір көрініп тұрғаны</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="92"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="202"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="95"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="115"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="98"/>
        <source>Width in pixels</source>
        <translation>Ені, пиксель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="98"/>
        <source>Height in pixels</source>
        <translation>Биіктігі, пиксель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="104"/>
        <source>Page width in millimetres</source>
        <translation>Бет ені, миллиметр</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="105"/>
        <source>Page height in millimetres</source>
        <translation>Бет биіктігі, миллиметр</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="108"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="126"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="132"/>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="120"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="121"/>
        <source>Orientation</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="124"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="135"/>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="128"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="138"/>
        <source>Margin</source>
        <translation>Жиек</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="133"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="140"/>
        <source>Bleed</source>
        <translation>Шығыңқы жиек</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="136"/>
        <source>Background printed beyond the page&apos;s edge, for the printer to trim</source>
        <translation>Бет шетінен асып басылатын фон, баспахана кесіп тастайды</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="149"/>
        <source>SVG text</source>
        <translation>SVG мәтіні</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="150"/>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="154"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="155"/>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="156"/>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="157"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="158"/>
        <source>Theme</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="159"/>
        <source>Transparent background (PNG)</source>
        <translation>Мөлдір фон (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="162"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="163"/>
        <source>Sector legend</source>
        <translation>Салалардың шартты белгілері</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="164"/>
        <source>The selected event&apos;s details</source>
        <translation>Таңдалған оқиға туралы толығырақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="166"/>
        <source>Sources and export date</source>
        <translation>Дереккөздер және экспорт күні</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="170"/>
        <source>Include</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="173"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="174"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="179"/>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="186"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="45"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="49"/>
        <source>This view cannot be exported: its range lies outside the timeline, or its selected event is gone.</source>
        <translation>Бұл көріністі экспорттау мүмкін емес: оның аралығы хронологиядан тыс немесе таңдалған оқиға жоқ.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="56"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="56"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="71"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт тоқтатылды; ештеңе жазылған жоқ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="74"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>%1 жазылмады:
%2

Ештеңе жазылған жоқ; осы атаудағы бар файл өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="80"/>
        <source>Exported %1</source>
        <translation>Экспортталды: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="85"/>
        <location filename="../../kztimeline/window/export_flow.py" line="86"/>
        <source>The disk is full.</source>
        <translation>Диск толы.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="87"/>
        <location filename="../../kztimeline/window/export_flow.py" line="88"/>
        <source>You may not write in that folder.</source>
        <translation>Бұл қалтаға жазуға рұқсат жоқ.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="89"/>
        <source>The disk can only be read.</source>
        <translation>Дискіні тек оқуға болады.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="90"/>
        <location filename="../../kztimeline/window/export_flow.py" line="91"/>
        <source>The folder does not exist.</source>
        <translation>Қалта жоқ.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="92"/>
        <source>The file name is too long.</source>
        <translation>Файл атауы тым ұзын.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="93"/>
        <source>A folder of that name is in the way.</source>
        <translation>Осындай атаулы қалта бар.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="94"/>
        <source>The export was interrupted.</source>
        <translation>Экспорт үзілді.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="95"/>
        <source>There is not enough memory for a picture this large.</source>
        <translation>Мұндай үлкен суретке жад жетпейді.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="99"/>
        <source>The file could not be written.</source>
        <translation>Файлды жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="30"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="31"/>
        <source>Programme phase</source>
        <translation>Бағдарлама кезеңі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="32"/>
        <source>Address</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="33"/>
        <source>Law</source>
        <translation>Заң</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="34"/>
        <source>Policy</source>
        <translation>Саясат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="35"/>
        <source>Milestone</source>
        <translation>Маңызды белес</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="36"/>
        <source>Crisis</source>
        <translation>Дағдарыс</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="37"/>
        <source>Devaluation</source>
        <translation>Девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="38"/>
        <source>Plant launch</source>
        <translation>Зауыттың іске қосылуы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="39"/>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="40"/>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="492"/>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="493"/>
        <source>crisis or devaluation</source>
        <translation>дағдарыс немесе девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="494"/>
        <source>plant launch</source>
        <translation>зауыттың іске қосылуы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="495"/>
        <source>law or policy</source>
        <translation>заң немесе саясат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="496"/>
        <source>programme or period</source>
        <translation>бағдарлама немесе кезең</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="498"/>
        <source>Zoom out</source>
        <translation>Алыстату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="499"/>
        <source>Zoom in</source>
        <translation>Жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="500"/>
        <source>Start</source>
        <translation>Басына</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="501"/>
        <source>Back to the whole timeline</source>
        <translation>Бүкіл жолаққа оралу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="502"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="503"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="504"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="505"/>
        <source>Play the guided tour</source>
        <translation>Экскурсияны бастау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="518"/>
        <location filename="../../kztimeline/kiosk/controller.py" line="571"/>
        <source>Still exploring?</source>
        <translation>Әлі қарап жүрсіз бе?</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="517"/>
        <location filename="../../kztimeline/kiosk/controller.py" line="572"/>
        <source>Yes, keep exploring</source>
        <translation>Иә, жалғастыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="676"/>
        <source>Wrong PIN, try again</source>
        <translation>PIN-код қате, қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="678"/>
        <source>Enter the PIN to exit</source>
        <translation>Шығу үшін PIN-кодты енгізіңіз</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="601"/>
        <source>Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>%n секундтан кейін басына оралады</numerusform>
            <numerusform>%n секундтан кейін басына оралады</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="674"/>
        <source>Too many wrong PINs: try again in %n second(s)</source>
        <translation>
            <numerusform>PIN-код тым көп рет қате терілді: %n секундтан кейін қайталаңыз</numerusform>
            <numerusform>PIN-код тым көп рет қате терілді: %n секундтан кейін қайталаңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <location filename="../../kztimeline/ui/formatting.py" line="204"/>
        <source>Other events</source>
        <translation>Басқа оқиғалар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="374"/>
        <source>Event list</source>
        <translation>Оқиғалар тізімі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="581"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="375"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Барлық оқиға күн ретімен: күні, атауы және салалары. Enter оқиғаны ашады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="380"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n оқиға · оның мәнін және деректердің қайдан алынғанын білу үшін оқиғаны басыңыз</numerusform>
            <numerusform>%n оқиға · оның мәнін және деректердің қайдан алынғанын білу үшін оқиғаны басыңыз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="477"/>
        <source>Blank screen: press B to return</source>
        <translation>Экран қараңғыланды: оралу үшін B пернесін басыңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="551"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="555"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%1: %n оқиға</numerusform>
            <numerusform>%1: %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="564"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n оқиға · көрсетілуде: %1</numerusform>
            <numerusform>%n оқиға · көрсетілуде: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="589"/>
        <source>About kztimeline</source>
        <translation>kztimeline туралы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="590"/>
        <source>Sources:</source>
        <translation>Дереккөздер:</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="92"/>
        <source>Sectors:</source>
        <translation>Салалар:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="100"/>
        <source>Show sector %1</source>
        <translation>%1 саласын көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="101"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Осы саланың жолағын көрсету немесе жасыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="102"/>
        <source>Show all</source>
        <translation>Барлығын көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="103"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Барлық салаларды көрсету және белгілеуді алып тастау</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="55"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Жақындату / алыстату (немесе тышқан дөңгелегі, немесе екі саусақ)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="56"/>
        <source>Show the whole timeline</source>
        <translation>Бүкіл жолақты көрсету</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="57"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Жолақты ертерек / кейінірек жылжыту (немесе сүйреу, немесе көлденең айналдыру)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="58"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Фокусты алдыңғы / келесі оқиғаға жылжыту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="59"/>
        <source>Open the focused event</source>
        <translation>Фокустағы оқиғаны ашу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="60"/>
        <source>Previous / next event</source>
        <translation>Алдыңғы / келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="61"/>
        <source>Close the event panel</source>
        <translation>Оқиға панелін жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="62"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="63"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Жолақты PNG, SVG немесе PDF пішімінде экспорттау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="64"/>
        <source>Start or stop the guided tour</source>
        <translation>Экскурсияны бастау немесе тоқтату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="65"/>
        <source>Blank the screen / full screen</source>
        <translation>Экранды қараңғылау / толық экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="66"/>
        <source>Larger / smaller / normal text</source>
        <translation>Ірірек / ұсағырақ / қалыпты мәтін</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="67"/>
        <source>Zoom to the dragged range</source>
        <translation>Белгіленген аралыққа жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="68"/>
        <source>This list</source>
        <translation>Осы тізім</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="331"/>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="371"/>
        <source>Timeline</source>
        <translation>Уақыт жолағы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="372"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>1997–2022 жылдардағы оқиғалар салалар жолақтарында. Плюс және минус пернелері масштабты өзгертеді, бағыт пернелері жолақты жылжытып, оқиғалар арасында өтеді, Enter оқиғаны ашады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/timeline_view.py" line="498"/>
        <source>and %n more: tap to zoom in</source>
        <translation>
            <numerusform>тағы %n: жақындату үшін басыңыз</numerusform>
            <numerusform>тағы %n: жақындату үшін басыңыз</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="168"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="169"/>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="171"/>
        <location filename="../../kztimeline/window/actions.py" line="212"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <location filename="../../kztimeline/window/actions.py" line="178"/>
        <source>Theme</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>Light theme</source>
        <translation>Ашық тақырып</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>Dark theme</source>
        <translation>Қараңғы безендіру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="174"/>
        <source>High contrast</source>
        <translation>Жоғары контраст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="179"/>
        <source>Light, dark or high-contrast colours</source>
        <translation>Ашық, күңгірт немесе контрасты түстер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom in</source>
        <translation>Жақындату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom in (+)</source>
        <translation>Жақындату (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Zoom out</source>
        <translation>Алыстату</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Zoom out (–)</source>
        <translation>Алыстату (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Whole timeline</source>
        <translation>Бүкіл жолақ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Бүкіл жолақты көрсету (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Previous event</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>‹ Previous</source>
        <translation>‹ Алдыңғы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Previous event (Page Up)</source>
        <translation>Алдыңғы оқиға (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next event</source>
        <translation>Келесі оқиға</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next ›</source>
        <translation>Келесі ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next event (Page Down)</source>
        <translation>Келесі оқиға (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <location filename="../../kztimeline/window/actions.py" line="215"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close the panel</source>
        <translation>Панельді жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close the panel (Escape)</source>
        <translation>Панельді жабу (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Event list</source>
        <translation>Оқиғалар тізімі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Show or hide the event list</source>
        <translation>Оқиғалар тізімін көрсету немесе жасыру</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="189"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="190"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Жолақты PNG, SVG немесе PDF пішімінде экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="191"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="192"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="193"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Пернетақта тіркесімдері (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>About and sources</source>
        <translation>Бағдарлама және дереккөздер туралы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="195"/>
        <source>Guided tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="195"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Play the guided tour; Page Down and Page Up step through it</source>
        <translation>Экскурсияны бастау; Page Down және Page Up аялдамалар бойынша өтеді</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank the screen</source>
        <translation>Экранды қараңғылау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank</source>
        <translation>Қараңғылау</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank the screen (B)</source>
        <translation>Экранды қараңғылау (B)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Full screen (F11)</source>
        <translation>Толық экран (F11)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Larger text</source>
        <translation>Мәтінді үлкейту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Мәтінді үлкейту (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Smaller text</source>
        <translation>Мәтінді кішірейту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Мәтінді кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="201"/>
        <source>Normal text size</source>
        <translation>Қалыпты мәтін өлшемі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="202"/>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Қалыпты мәтін өлшемі (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="213"/>
        <source>Language of the interface and the content</source>
        <translation>Интерфейс пен мазмұн тілі</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="214"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Оқиғаларды, компанияларды, салаларды іздеу…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="216"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Оқиғаларды табу үшін теріңіз; Enter бірінші сәйкестікке өтеді</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="728"/>
        <source>%n sheet(s): the poster and its sources</source>
        <translation>
            <numerusform>%n парақ: постер мен оның дереккөздері</numerusform>
            <numerusform>%n парақ: постер мен оның дереккөздері</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="731"/>
        <source>%n event(s) without a label: choose a larger size or the other orientation</source>
        <translation>
            <numerusform>%n оқиға жазусыз қалды: үлкенірек өлшемді немесе басқа бағдарды таңдаңыз</numerusform>
            <numerusform>%n оқиға жазусыз қалды: үлкенірек өлшемді немесе басқа бағдарды таңдаңыз</numerusform>
        </translation>
    </message>
</context>
</TS>
