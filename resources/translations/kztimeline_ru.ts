<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="79"/>
        <source>Event details</source>
        <translation>Подробности события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="116"/>
        <source>Event title</source>
        <translation>Название события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="131"/>
        <source>SECTORS</source>
        <translation>ОТРАСЛИ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="134"/>
        <source>COMPANIES</source>
        <translation>КОМПАНИИ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="138"/>
        <source>FIGURES</source>
        <translation>ЦИФРЫ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="140"/>
        <source>SOURCES</source>
        <translation>ИСТОЧНИКИ</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="149"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="150"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="151"/>
        <source>Previous event (Page Up)</source>
        <translation>Предыдущее событие (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="153"/>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="154"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="155"/>
        <source>Next event (Page Down)</source>
        <translation>Следующее событие (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="159"/>
        <source>Close the panel</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="160"/>
        <source>Close (Escape)</source>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="178"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="182"/>
        <source>Note on sources</source>
        <translation>Примечание об источниках</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="192"/>
        <source>Sector: %1</source>
        <translation>Отрасль: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="193"/>
        <source>Show only this sector</source>
        <translation>Показать только эту отрасль</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="210"/>
        <source>Highlight every event of this company</source>
        <translation>Выделить все события этой компании</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="211"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="219"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="225"/>
        <source>Partner: %1</source>
        <translation>Партнёр: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="262"/>
        <source>Chart of %1: from %2 to %3, %4 to %5</source>
        <translation>График «%1»: от %2 до %3, %4 – %5</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="25"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="25"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/event_list.py" line="26"/>
        <source>Sectors</source>
        <translation>Отрасли</translation>
    </message>
</context>
<context>
    <name>ExportCanvas</name>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="104"/>
        <source>%n event(s), each with its sources</source>
        <translation>
            <numerusform>%n событие, у каждого указаны источники</numerusform>
            <numerusform>%n события, у каждого указаны источники</numerusform>
            <numerusform>%n событий, у каждого указаны источники</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="144"/>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/export/render.py" line="146"/>
        <source>and %n more, listed in the data&apos;s sources.yaml</source>
        <translation>
            <numerusform>и ещё %n — список в файле данных sources.yaml</numerusform>
            <numerusform>и ещё %n — список в файле данных sources.yaml</numerusform>
            <numerusform>и ещё %n — список в файле данных sources.yaml</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/export/render.py" line="148"/>
        <source>Exported on %1 with kztimeline</source>
        <translation>Экспортировано %1 программой kztimeline</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="27"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="28"/>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="29"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="31"/>
        <source>Custom size</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="32"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="33"/>
        <source>A3 landscape</source>
        <translation>A3, альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="34"/>
        <source>A2 landscape</source>
        <translation>A2, альбомная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="44"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="148"/>
        <source>Export the timeline</source>
        <translation>Экспорт ленты времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="53"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="54"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="56"/>
        <source>The whole timeline</source>
        <translation>Всю ленту времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="57"/>
        <source>What the window shows now</source>
        <translation>То, что сейчас видно в окне</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="70"/>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="70"/>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="81"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="82"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="83"/>
        <location filename="../../kztimeline/ui/export_dialog.py" line="84"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="85"/>
        <source>Transparent background (PNG)</source>
        <translation>Прозрачный фон (PNG)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="88"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="89"/>
        <source>Sector legend</source>
        <translation>Легенда отраслей</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="90"/>
        <source>The selected event&apos;s details</source>
        <translation>Подробности выбранного события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="92"/>
        <source>Sources and export date</source>
        <translation>Источники и дата экспорта</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="96"/>
        <source>Include</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="99"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="100"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/export_dialog.py" line="105"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="27"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="28"/>
        <source>Programme phase</source>
        <translation>Этап программы</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="29"/>
        <source>Address</source>
        <translation>Послание</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="30"/>
        <source>Law</source>
        <translation>Закон</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="31"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="32"/>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="33"/>
        <source>Crisis</source>
        <translation>Кризис</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="34"/>
        <source>Devaluation</source>
        <translation>Девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="35"/>
        <source>Plant launch</source>
        <translation>Запуск завода</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="36"/>
        <source>Statistic</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/detail_panel.py" line="37"/>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="469"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="470"/>
        <source>crisis or devaluation</source>
        <translation>кризис или девальвация</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="471"/>
        <source>plant launch</source>
        <translation>запуск завода</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/lanes_item.py" line="472"/>
        <source>law or policy</source>
        <translation>закон или политика</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kztimeline/export/render.py" line="78"/>
        <location filename="../../kztimeline/ui/main_window.py" line="386"/>
        <source>Programmes and policy</source>
        <translation>Программы и политика</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="330"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="331"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="332"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="334"/>
        <location filename="../../kztimeline/ui/main_window.py" line="361"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="336"/>
        <source>Zoom in</source>
        <translation>Приблизить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="336"/>
        <source>Zoom in (+)</source>
        <translation>Приблизить (+)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="337"/>
        <source>Zoom out</source>
        <translation>Отдалить</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="337"/>
        <source>Zoom out (–)</source>
        <translation>Отдалить (–)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="338"/>
        <source>Whole timeline</source>
        <translation>Вся лента</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="338"/>
        <source>Show the whole timeline (Home)</source>
        <translation>Показать всю ленту (Home)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="339"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="339"/>
        <source>‹ Previous</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="339"/>
        <source>Previous event (Page Up)</source>
        <translation>Предыдущее событие (Page Up)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="340"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="340"/>
        <source>Next ›</source>
        <translation>Далее ›</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="340"/>
        <source>Next event (Page Down)</source>
        <translation>Следующее событие (Page Down)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="341"/>
        <location filename="../../kztimeline/ui/main_window.py" line="364"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="341"/>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="342"/>
        <source>Close the panel</source>
        <translation>Закрыть панель</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="342"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="342"/>
        <source>Close the panel (Escape)</source>
        <translation>Закрыть панель (Escape)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="343"/>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="343"/>
        <source>Switch between light and dark</source>
        <translation>Переключить светлую и тёмную тему</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="344"/>
        <location filename="../../kztimeline/ui/main_window.py" line="366"/>
        <source>Event list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="344"/>
        <source>Show or hide the event list</source>
        <translation>Показать или скрыть список событий</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="345"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="345"/>
        <source>Export the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Экспорт ленты в PNG, SVG или PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="346"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="347"/>
        <location filename="../../kztimeline/ui/main_window.py" line="575"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="347"/>
        <source>Keyboard shortcuts (F1)</source>
        <translation>Сочетания клавиш (F1)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="348"/>
        <source>About and sources</source>
        <translation>О программе и источниках</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="362"/>
        <source>Language of the interface and the content</source>
        <translation>Язык интерфейса и содержания</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="363"/>
        <source>Search events, companies, sectors…  (Ctrl+F)</source>
        <translation>Поиск событий, компаний, отраслей…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="365"/>
        <source>Type to find events; Enter goes to the first match</source>
        <translation>Введите текст для поиска; Enter — к первому совпадению</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="367"/>
        <source>Every event in date order: date, title and sectors. Enter opens an event.</source>
        <translation>Все события по датам: дата, название и отрасли. Enter открывает событие.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="369"/>
        <source>Sectors:</source>
        <translation>Отрасли:</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="373"/>
        <source>Show sector %1</source>
        <translation>Показать отрасль %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="374"/>
        <source>Show or hide this sector&apos;s lane</source>
        <translation>Показать или скрыть полосу этой отрасли</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="375"/>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="376"/>
        <source>Show all sectors and clear highlighting</source>
        <translation>Показать все отрасли и снять выделение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="378"/>
        <source>%n event(s) · click or tap one to read what it meant and where the facts come from</source>
        <translation>
            <numerusform>%n событие · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
            <numerusform>%n события · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
            <numerusform>%n событий · нажмите на событие, чтобы узнать, что оно значило и откуда эти факты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="383"/>
        <source>The data could not be loaded: %n problem(s) found. Fix the file and open it again.</source>
        <translation>
            <numerusform>Не удалось загрузить данные: найдена %n ошибка. Исправьте файл и откройте его снова.</numerusform>
            <numerusform>Не удалось загрузить данные: найдено %n ошибки. Исправьте файл и откройте его снова.</numerusform>
            <numerusform>Не удалось загрузить данные: найдено %n ошибок. Исправьте файл и откройте его снова.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="385"/>
        <source>Data problems</source>
        <translation>Ошибки в данных</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="464"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="486"/>
        <source>%n event(s) of %1</source>
        <translation>
            <numerusform>%n событие компании %1</numerusform>
            <numerusform>%n события компании %1</numerusform>
            <numerusform>%n событий компании %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kztimeline/ui/main_window.py" line="520"/>
        <source>%n event(s) · showing %1</source>
        <translation>
            <numerusform>%n событие · показано: %1</numerusform>
            <numerusform>%n события · показано: %1</numerusform>
            <numerusform>%n событий · показано: %1</numerusform>
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
        <translation>Экспорт невозможен: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="545"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="545"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="559"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Экспорт отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="563"/>
        <source>Could not write %1:
%2

Nothing was written; an existing file of that name is unchanged.</source>
        <translation>Не удалось записать %1:
%2

Ничего не записано; существующий файл с этим именем не изменён.</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="569"/>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="583"/>
        <source>About kztimeline</source>
        <translation>О программе kztimeline</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="584"/>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="56"/>
        <source>Zoom in / out (or the mouse wheel, or pinch)</source>
        <translation>Приблизить / отдалить (или колесо мыши, или щипок)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="57"/>
        <source>Show the whole timeline</source>
        <translation>Показать всю ленту</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="58"/>
        <source>Move the timeline earlier / later (or drag, or scroll sideways)</source>
        <translation>Сдвинуть ленту раньше / позже (или перетащить, или прокрутить вбок)</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="59"/>
        <source>Move the focus to the previous / next event</source>
        <translation>Перевести фокус на предыдущее / следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="60"/>
        <source>Open the focused event</source>
        <translation>Открыть событие в фокусе</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="61"/>
        <source>Previous / next event</source>
        <translation>Предыдущее / следующее событие</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="62"/>
        <source>Close the event panel</source>
        <translation>Закрыть панель события</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="63"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="64"/>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Экспорт ленты в PNG, SVG или PDF</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="65"/>
        <source>Larger / smaller / normal text</source>
        <translation>Крупнее / мельче / обычный текст</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="66"/>
        <source>Zoom to the dragged range</source>
        <translation>Приблизить выделенный отрезок</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/main_window.py" line="67"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="179"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="197"/>
        <source>Timeline</source>
        <translation>Лента времени</translation>
    </message>
    <message>
        <location filename="../../kztimeline/ui/timeline_view.py" line="198"/>
        <source>Events from 1997 to 2022 in lanes by sector. Plus and minus zoom, arrow keys pan and move between events, Enter opens an event.</source>
        <translation>События 1997–2022 годов по полосам отраслей. Плюс и минус меняют масштаб, стрелки сдвигают ленту и переходят между событиями, Enter открывает событие.</translation>
    </message>
</context>
</TS>
