<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DataBanner</name>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="45"/>
        <source>The changed data has %n problem(s); the last valid data is still shown. It reloads when the file is saved again.</source>
        <translation>
            <numerusform>В изменённых данных %n проблема; показаны последние верные данные. Они перезагрузятся, когда файл снова сохранят.</numerusform>
            <numerusform>В изменённых данных %n проблемы; показаны последние верные данные. Они перезагрузятся, когда файл снова сохранят.</numerusform>
            <numerusform>В изменённых данных %n проблем; показаны последние верные данные. Они перезагрузятся, когда файл снова сохранят.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="48"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>Не удалось загрузить данные: найдена %n ошибка. Исправьте файл и откройте его снова.</numerusform>
            <numerusform>Не удалось загрузить данные: найдено %n ошибки. Исправьте файл и откройте его снова.</numerusform>
            <numerusform>Не удалось загрузить данные: найдено %n ошибок. Исправьте файл и откройте его снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/banner.py" line="50"/>
        <source>Data problems</source>
        <translation>Ошибки в данных</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="106"/>
        <source>Event details</source>
        <translation>Подробности события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="181"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="184"/>
        <source>Event title</source>
        <translation>Название события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="199"/>
        <source>SECTORS</source>
        <translation>ОТРАСЛИ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="202"/>
        <source>COMPANIES</source>
        <translation>КОМПАНИИ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="206"/>
        <source>FIGURES</source>
        <translation>ЦИФРЫ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="208"/>
        <source>SOURCES</source>
        <translation>ИСТОЧНИКИ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="229"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="231"/>
        <source>Show more of this text</source>
        <translation>Показать продолжение текста</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/detail_panel.py" line="236"/>
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(ещё %n знак не показан)</numerusform>
            <numerusform>(ещё %n знака не показаны)</numerusform>
            <numerusform>(ещё %n знаков не показаны)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="245"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="246"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="247"/>
        <source>Previous event (Page Up)</source>
        <translation>Предыдущее событие (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="249"/>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="250"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="251"/>
        <source>Next event (Page Down)</source>
        <translation>Следующее событие (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="255"/>
        <source>Close the panel</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="256"/>
        <source>Close (Escape)</source>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="274"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="278"/>
        <source>Note on sources</source>
        <translation>Примечание об источниках</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="287"/>
        <source>Sector: %1</source>
        <translation>Отрасль: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="288"/>
        <source>Show only this sector</source>
        <translation>Показать только эту отрасль</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="304"/>
        <source>Highlight every event of this company</source>
        <translation>Выделить все события этой компании</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="305"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="319"/>
        <source>Partner: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="356"/>
        <source>Chart of %1: from %2 to %3, %4 to %5</source>
        <translation>График «%1»: от %2 до %3, %4 – %5</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="27"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="27"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="28"/>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="231"/>
        <location filename="../../kztimeline/export/render.py" line="426"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="427"/>
        <source>Sources, continued</source>
        <translation>Источники (продолжение)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="436"/>
        <source>Sheet %1</source>
        <translation>Лист %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="494"/>
        <source>Preparing</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="497"/>
        <source>Writing the file</source>
        <translation>Запись файла</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="499"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="583"/>
        <source>A timeline of %1, %2</source>
        <translation>Хронология: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="611"/>
        <source>Laying out</source>
        <translation>Вёрстка</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="614"/>
        <source>Drawing</source>
        <translation>Отрисовка</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="646"/>
        <source>Drawn</source>
        <translation>Отрисовано</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="742"/>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 мм</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="743"/>
        <source>portrait</source>
        <translation>книжная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="743"/>
        <source>landscape</source>
        <translation>альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="747"/>
        <source>one sheet, with its sources</source>
        <translation>один лист, с источниками</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="749"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="752"/>
        <source>every event labelled with its date and sources</source>
        <translation>у каждого события подписаны дата и источники</translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="278"/>
        <source>%1: no events, drawn narrower</source>
        <translation>%1: событий нет, показаны уже</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="280"/>
        <source>sources, listed below</source>
        <translation>источники, список ниже</translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="281"/>
        <source>sources, listed on sheet 2</source>
        <translation>источники, список на листе 2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="288"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n событие, у каждого указаны источники</numerusform>
            <numerusform>%n события, у каждого указаны источники</numerusform>
            <numerusform>%n событий, у каждого указаны источники</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="290"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="365"/>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="367"/>
        <source>and %n other publisher(s)</source>
        <translation>
            <numerusform>и ещё %n издание</numerusform>
            <numerusform>и ещё %n издания</numerusform>
            <numerusform>и ещё %n изданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="368"/>
        <source>(%n source(s))</source>
        <translation>
            <numerusform>(%n источник)</numerusform>
            <numerusform>(%n источника)</numerusform>
            <numerusform>(%n источников)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="373"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>Экспортировано %1 программой kztimeline</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="44"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="45"/>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="46"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="48"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="51"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="52"/>
        <source>Automatic: the one that labels every event</source>
        <translation>Автоматически: та, где подписано каждое событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="53"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="54"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="55"/>
        <source>Text as outlines: looks the same in every program</source>
        <translation>Текст контурами: выглядит одинаково в любой программе</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="56"/>
        <source>Text kept as text, with the font embedded</source>
        <translation>Текст остаётся текстом, шрифт встроен</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="69"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="271"/>
        <source>Export the timeline</source>
        <translation>Экспорт ленты времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="81"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="82"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="84"/>
        <source>The whole timeline</source>
        <translation>Всю ленту времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="85"/>
        <source>What the window shows now</source>
        <translation>То, что сейчас видно в окне</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="98"/>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="98"/>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="104"/>
        <source>Page width in millimetres</source>
        <translation>Ширина страницы в миллиметрах</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="105"/>
        <source>Page height in millimetres</source>
        <translation>Высота страницы в миллиметрах</translation>
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
        <translation>Ориентация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="124"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="135"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="128"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="138"/>
        <source>Margin</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="133"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="140"/>
        <source>Bleed</source>
        <translation>Вылеты</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="136"/>
        <source>Background printed beyond the page&apos;s edge, for the printer to trim</source>
        <translation>Фон, напечатанный за краем страницы, чтобы типография обрезала его</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="149"/>
        <source>SVG text</source>
        <translation>Текст SVG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="150"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="154"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="155"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="156"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="157"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="158"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="159"/>
        <source>Transparent background (PNG)</source>
        <translation>Прозрачный фон (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="162"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="163"/>
        <source>Sector legend</source>
        <translation>Легенда отраслей</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="164"/>
        <source>The selected event&apos;s details</source>
        <translation>Подробности выбранного события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="166"/>
        <source>Sources and export date</source>
        <translation>Источники и дата экспорта</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="170"/>
        <source>Include</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="173"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="174"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="179"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="186"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
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
        <translation>Этот вид нельзя экспортировать: его диапазон вне хронологии или выбранного события больше нет.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="56"/>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="56"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="71"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="74"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>Не удалось записать %1:
%2

Ничего не записано; существующий файл с этим именем не изменён.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="80"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="85"/>
        <location filename="../../kztimeline/window/export_flow.py" line="86"/>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="87"/>
        <location filename="../../kztimeline/window/export_flow.py" line="88"/>
        <source>You may not write in that folder.</source>
        <translation>В эту папку нельзя записывать.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="89"/>
        <source>The disk can only be read.</source>
        <translation>Диск доступен только для чтения.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="90"/>
        <location filename="../../kztimeline/window/export_flow.py" line="91"/>
        <source>The folder does not exist.</source>
        <translation>Папка не существует.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="92"/>
        <source>The file name is too long.</source>
        <translation>Слишком длинное имя файла.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="93"/>
        <source>A folder of that name is in the way.</source>
        <translation>Уже есть папка с таким именем.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="94"/>
        <source>The export was interrupted.</source>
        <translation>Экспорт прерван.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="95"/>
        <source>There is not enough memory for a picture this large.</source>
        <translation>Недостаточно памяти для такого большого изображения.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="99"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="30"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="31"/>
        <source>Programme phase</source>
        <translation>Этап программы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="32"/>
        <source>Address</source>
        <translation>Послание</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="33"/>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="34"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="35"/>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="36"/>
        <source>Crisis</source>
        <translation>Кризис</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="37"/>
        <source>Devaluation</source>
        <translation>Девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="38"/>
        <source>Plant launch</source>
        <translation>Запуск завода</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="39"/>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="40"/>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="492"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="493"/>
        <source>crisis or devaluation</source>
        <translation>кризис или девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="494"/>
        <source>plant launch</source>
        <translation>запуск завода</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="495"/>
        <source>law or policy</source>
        <translation>закон или политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="496"/>
        <source>programme or period</source>
        <translation>программа или период</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="498"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="499"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="500"/>
        <source>Start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="501"/>
        <source>Back to the whole timeline</source>
        <translation>Вернуться ко всей ленте</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="502"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="503"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="504"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="505"/>
        <source>Play the guided tour</source>
        <translation>Начать экскурсию</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="518"/>
        <location filename="../../kztimeline/kiosk/controller.py" line="571"/>
        <source>Still exploring?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="517"/>
        <location filename="../../kztimeline/kiosk/controller.py" line="572"/>
        <source>Yes, keep exploring</source>
        <translation>Да, продолжить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="676"/>
        <source>Wrong PIN, try again</source>
        <translation>Неверный PIN-код, попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="678"/>
        <source>Enter the PIN to exit</source>
        <translation>Введите PIN-код для выхода</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="601"/>
        <source>Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Возврат к началу через %n секунду</numerusform>
            <numerusform>Возврат к началу через %n секунды</numerusform>
            <numerusform>Возврат к началу через %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="674"/>
        <source>Too many wrong PINs: try again in %n second(s)</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов: повторите через %n секунду</numerusform>
            <numerusform>Слишком много неверных PIN-кодов: повторите через %n секунды</numerusform>
            <numerusform>Слишком много неверных PIN-кодов: повторите через %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <location filename="../../kztimeline/ui/formatting.py" line="204"/>
        <source>Other events</source>
        <translation>Другие события</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="374"/>
        <source>Event list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="581"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="375"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Все события по датам: дата, название и отрасли. Enter открывает событие.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="380"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n событие · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
            <numerusform>%n события · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
            <numerusform>%n событий · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="477"/>
        <source>Blank screen: press B to return</source>
        <translation>Экран затемнён: нажмите B, чтобы вернуться</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="551"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="555"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%n событие компании %1</numerusform>
            <numerusform>%n события компании %1</numerusform>
            <numerusform>%n событий компании %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="564"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n событие · показано: %1</numerusform>
            <numerusform>%n события · показано: %1</numerusform>
            <numerusform>%n событий · показано: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="589"/>
        <source>About kztimeline</source>
        <translation>О программе kztimeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="590"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="92"/>
        <source>Sectors:</source>
        <translation>Отрасли:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="100"/>
        <source>Show sector %1</source>
        <translation>Показать отрасль %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="101"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Показать или скрыть полосу этой отрасли</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="102"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="103"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Показать все отрасли и снять выделение</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="55"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Приблизить / отдалить (или колесо мыши, или щипок)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="56"/>
        <source>Show the whole timeline</source>
        <translation>Показать всю ленту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="57"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Сдвинуть ленту раньше / позже (или перетащить, или прокрутить вбок)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="58"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Перевести фокус на предыдущее / следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="59"/>
        <source>Open the focused event</source>
        <translation>Открыть событие в фокусе</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="60"/>
        <source>Previous / next event</source>
        <translation>Предыдущее / следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="61"/>
        <source>Close the event panel</source>
        <translation>Закрыть панель события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="62"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="63"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Экспорт ленты в PNG, SVG или PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="64"/>
        <source>Start or stop the guided tour</source>
        <translation>Начать или остановить экскурсию</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="65"/>
        <source>Blank the screen / full screen</source>
        <translation>Затемнить экран / во весь экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="66"/>
        <source>Larger / smaller / normal text</source>
        <translation>Увеличить / уменьшить / обычный текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="67"/>
        <source>Zoom to the dragged range</source>
        <translation>Приблизить выделенный отрезок</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="68"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="331"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="371"/>
        <source>Timeline</source>
        <translation>Лента времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="372"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>События 1997–2022 годов по полосам отраслей. Плюс и минус меняют масштаб, стрелки сдвигают ленту и переходят между событиями, Enter открывает событие.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/timeline_view.py" line="498"/>
        <source>and %n more: tap to zoom in</source>
        <translation>
            <numerusform>и ещё %n: нажмите, чтобы приблизить</numerusform>
            <numerusform>и ещё %n: нажмите, чтобы приблизить</numerusform>
            <numerusform>и ещё %n: нажмите, чтобы приблизить</numerusform>
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
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="169"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="170"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="171"/>
        <location filename="../../kztimeline/window/actions.py" line="212"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <location filename="../../kztimeline/window/actions.py" line="178"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>Light theme</source>
        <translation>Светлая тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="174"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="179"/>
        <source>Light, dark or high-contrast colours</source>
        <translation>Светлые, тёмные или контрастные цвета</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom in (+)</source>
        <translation>Приблизить (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Zoom out (–)</source>
        <translation>Отдалить (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Whole timeline</source>
        <translation>Вся лента</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Показать всю ленту (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Previous event (Page Up)</source>
        <translation>Предыдущее событие (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Next event (Page Down)</source>
        <translation>Следующее событие (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <location filename="../../kztimeline/window/actions.py" line="215"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close the panel</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Close the panel (Escape)</source>
        <translation>Закрыть панель (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Event list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Show or hide the event list</source>
        <translation>Показать или скрыть список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="189"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="190"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Экспорт ленты в PNG, SVG или PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="191"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="192"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="193"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Сочетания клавиш (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>About and sources</source>
        <translation>О программе и источниках</translation>
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
        <translation>Начать экскурсию; Page Down и Page Up переходят по остановкам</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank the screen</source>
        <translation>Затемнить экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank</source>
        <translation>Затемнить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Blank the screen (B)</source>
        <translation>Затемнить экран (B)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Full screen (F11)</source>
        <translation>Во весь экран (F11)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Увеличить текст (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Уменьшить текст (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="201"/>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="202"/>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Обычный размер текста (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="213"/>
        <source>Language of the interface and the content</source>
        <translation>Язык интерфейса и содержания</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="214"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Поиск событий, компаний, отраслей…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="216"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Введите текст для поиска; Enter — к первому совпадению</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="728"/>
        <source>%n sheet(s): the poster and its sources</source>
        <translation>
            <numerusform>%n лист: плакат и его источники</numerusform>
            <numerusform>%n листа: плакат и его источники</numerusform>
            <numerusform>%n листов: плакат и его источники</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="731"/>
        <source>%n event(s) without a label: choose a larger size or the other orientation</source>
        <translation>
            <numerusform>%n событие без подписи: выберите больший размер или другую ориентацию</numerusform>
            <numerusform>%n события без подписи: выберите больший размер или другую ориентацию</numerusform>
            <numerusform>%n событий без подписи: выберите больший размер или другую ориентацию</numerusform>
        </translation>
    </message>
</context>
</TS>
