<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DataBanner</name>
    <message numerus="yes">
        <location filename="../../kztimeline/window/banner.py" line="40"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>Не удалось загрузить данные: найдена %n ошибка. Исправьте файл и откройте его снова.</numerusform>
            <numerusform>Не удалось загрузить данные: найдено %n ошибки. Исправьте файл и откройте его снова.</numerusform>
            <numerusform>Не удалось загрузить данные: найдено %n ошибок. Исправьте файл и откройте его снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/banner.py" line="42"/>
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
        <location filename="../../kztimeline/ui/detail_panel.py" line="306"/>
        <source>Highlight every event of this company</source>
        <translation>Выделить все события этой компании</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="307"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="321"/>
        <source>Partner: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="358"/>
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
    <name>ExportCanvas</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="102"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n событие, у каждого указаны источники</numerusform>
            <numerusform>%n события, у каждого указаны источники</numerusform>
            <numerusform>%n событий, у каждого указаны источники</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="142"/>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="144"/>
        <source>and %n more, listed in the data&apos;s sources.yaml</source>
        <translation>
            <numerusform>и ещё %n — список в файле данных sources.yaml</numerusform>
            <numerusform>и ещё %n — список в файле данных sources.yaml</numerusform>
            <numerusform>и ещё %n — список в файле данных sources.yaml</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="146"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>Экспортировано %1 программой kztimeline</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="29"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="30"/>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="31"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="33"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="34"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="35"/>
        <source>A3 landscape</source>
        <translation>A3, альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="36"/>
        <source>A2 landscape</source>
        <translation>A2, альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="46"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="151"/>
        <source>Export the timeline</source>
        <translation>Экспорт ленты времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="55"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="56"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="58"/>
        <source>The whole timeline</source>
        <translation>Всю ленту времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="59"/>
        <source>What the window shows now</source>
        <translation>То, что сейчас видно в окне</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="66"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="111"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="69"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="80"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="72"/>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="72"/>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="83"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="84"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="85"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="86"/>
        <location filename="../../kztimeline/window/export_dialog.py" line="87"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="88"/>
        <source>Transparent background (PNG)</source>
        <translation>Прозрачный фон (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="91"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="92"/>
        <source>Sector legend</source>
        <translation>Легенда отраслей</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="93"/>
        <source>The selected event&apos;s details</source>
        <translation>Подробности выбранного события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="95"/>
        <source>Sources and export date</source>
        <translation>Источники и дата экспорта</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="99"/>
        <source>Include</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="102"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="103"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_dialog.py" line="108"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="31"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="35"/>
        <source>Cannot export: %1</source>
        <translation>Экспорт невозможен: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="37"/>
        <source>Exporting…</source>
        <translation>Идёт экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="37"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="52"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="55"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>Не удалось записать %1:
%2

Ничего не записано; существующий файл с этим именем не изменён.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/export_flow.py" line="61"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
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
        <location filename="../../kztimeline/ui/lanes_item.py" line="387"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="388"/>
        <source>crisis or devaluation</source>
        <translation>кризис или девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="389"/>
        <source>plant launch</source>
        <translation>запуск завода</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="390"/>
        <source>law or policy</source>
        <translation>закон или политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="391"/>
        <source>programme or period</source>
        <translation>программа или период</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="202"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="203"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="204"/>
        <source>Start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="205"/>
        <source>Back to the whole timeline</source>
        <translation>Вернуться ко всей ленте</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="206"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="207"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="208"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="209"/>
        <source>Play the guided tour</source>
        <translation>Начать экскурсию</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="261"/>
        <source>Still exploring?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="262"/>
        <source>Yes, keep exploring</source>
        <translation>Да, продолжить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="334"/>
        <source>Wrong PIN, try again</source>
        <translation>Неверный PIN-код, попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../kztimeline/kiosk/controller.py" line="335"/>
        <source>Enter the PIN to exit</source>
        <translation>Введите PIN-код для выхода</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message numerus="yes">
        <location filename="../../kztimeline/kiosk/controller.py" line="289"/>
        <source>Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Возврат к началу через %n секунду</numerusform>
            <numerusform>Возврат к началу через %n секунды</numerusform>
            <numerusform>Возврат к началу через %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="82"/>
        <location filename="../../kztimeline/window/main_window.py" line="367"/>
        <source>Programmes and policy</source>
        <translation>Программы и политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="359"/>
        <source>Event list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="566"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="360"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Все события по датам: дата, название и отрасли. Enter открывает событие.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="365"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n событие · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
            <numerusform>%n события · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
            <numerusform>%n событий · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="462"/>
        <source>Blank screen: press B to return</source>
        <translation>Экран затемнён: нажмите B, чтобы вернуться</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="536"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="540"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%n событие компании %1</numerusform>
            <numerusform>%n события компании %1</numerusform>
            <numerusform>%n событий компании %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/window/main_window.py" line="549"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n событие · показано: %1</numerusform>
            <numerusform>%n события · показано: %1</numerusform>
            <numerusform>%n событий · показано: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="574"/>
        <source>About kztimeline</source>
        <translation>О программе kztimeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="575"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="87"/>
        <source>Sectors:</source>
        <translation>Отрасли:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="90"/>
        <source>Programmes and policy</source>
        <translation>Программы и политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="94"/>
        <source>Show sector %1</source>
        <translation>Показать отрасль %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="95"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Показать или скрыть полосу этой отрасли</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="96"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/legend.py" line="97"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Показать все отрасли и снять выделение</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="51"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Приблизить / отдалить (или колесо мыши, или щипок)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="52"/>
        <source>Show the whole timeline</source>
        <translation>Показать всю ленту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="53"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Сдвинуть ленту раньше / позже (или перетащить, или прокрутить вбок)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="54"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Перевести фокус на предыдущее / следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="55"/>
        <source>Open the focused event</source>
        <translation>Открыть событие в фокусе</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="56"/>
        <source>Previous / next event</source>
        <translation>Предыдущее / следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="57"/>
        <source>Close the event panel</source>
        <translation>Закрыть панель события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="58"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="59"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Экспорт ленты в PNG, SVG или PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="60"/>
        <source>Start or stop the guided tour</source>
        <translation>Начать или остановить экскурсию</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="61"/>
        <source>Blank the screen / full screen</source>
        <translation>Затемнить экран / во весь экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="62"/>
        <source>Larger / smaller / normal text</source>
        <translation>Увеличить / уменьшить / обычный текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="63"/>
        <source>Zoom to the dragged range</source>
        <translation>Приблизить выделенный отрезок</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/main_window.py" line="64"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="319"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="348"/>
        <source>Timeline</source>
        <translation>Лента времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="349"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>События 1997–2022 годов по полосам отраслей. Плюс и минус меняют масштаб, стрелки сдвигают ленту и переходят между событиями, Enter открывает событие.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/timeline_view.py" line="463"/>
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
        <location filename="../../kztimeline/window/actions.py" line="166"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="167"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="168"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="170"/>
        <location filename="../../kztimeline/window/actions.py" line="211"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="171"/>
        <location filename="../../kztimeline/window/actions.py" line="177"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <source>Light theme</source>
        <translation>Светлая тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="172"/>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="173"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="178"/>
        <source>Light, dark or high-contrast colours</source>
        <translation>Светлые, тёмные или контрастные цвета</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="180"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="180"/>
        <source>Zoom in (+)</source>
        <translation>Приблизить (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="181"/>
        <source>Zoom out (–)</source>
        <translation>Отдалить (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Whole timeline</source>
        <translation>Вся лента</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="182"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Показать всю ленту (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="183"/>
        <source>Previous event (Page Up)</source>
        <translation>Предыдущее событие (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="184"/>
        <source>Next event (Page Down)</source>
        <translation>Следующее событие (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <location filename="../../kztimeline/window/actions.py" line="214"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="185"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Close the panel</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="186"/>
        <source>Close the panel (Escape)</source>
        <translation>Закрыть панель (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Event list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="187"/>
        <source>Show or hide the event list</source>
        <translation>Показать или скрыть список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="188"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="189"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Экспорт ленты в PNG, SVG или PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="190"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="191"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="192"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Сочетания клавиш (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="193"/>
        <source>About and sources</source>
        <translation>О программе и источниках</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>Guided tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="194"/>
        <source>Tour</source>
        <translation>Экскурсия</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="195"/>
        <source>Play the guided tour; Page Down and Page Up step through it</source>
        <translation>Начать экскурсию; Page Down и Page Up переходят по остановкам</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Blank the screen</source>
        <translation>Затемнить экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Blank</source>
        <translation>Затемнить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="196"/>
        <source>Blank the screen (B)</source>
        <translation>Затемнить экран (B)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="197"/>
        <source>Full screen (F11)</source>
        <translation>Во весь экран (F11)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Larger text</source>
        <translation>Увеличить текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="198"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Увеличить текст (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Smaller text</source>
        <translation>Уменьшить текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="199"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Уменьшить текст (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="200"/>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="201"/>
        <source>Normal text size (Ctrl+0)</source>
        <translation>Обычный размер текста (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="212"/>
        <source>Language of the interface and the content</source>
        <translation>Язык интерфейса и содержания</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="213"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Поиск событий, компаний, отраслей…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/window/actions.py" line="215"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Введите текст для поиска; Enter — к первому совпадению</translation>
    </message>
</context>
</TS>
