<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AudienceView</name>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>VIBE presentation</source>
        <translation>Презентация VIBE</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>VIBE {edition} {country}</source>
        <translation>VIBE {edition} {country}</translation>
    </message>
    <message>
        <source>Principle {n}</source>
        <translation>принцип {n}</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>индикатор {n}</translation>
    </message>
    <message>
        <source>footnote {n}</source>
        <translation>сноска {n}</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>обзор</translation>
    </message>
    <message>
        <source>panel and rights</source>
        <translation>экспертная группа и права</translation>
    </message>
    <message>
        <source>paragraph {n}</source>
        <translation>абзац {n}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Open in reader</source>
        <extracomment>Supplies the reports to compare and the (id, error) of those that cannot be opened.</extracomment>
        <translation>Открыть в читалке</translation>
    </message>
    <message>
        <source>This report has no text for this indicator.</source>
        <translation>В этом отчёте нет текста по этому индикатору.</translation>
    </message>
    <message>
        <source>No report in the library can be opened.</source>
        <translation>Ни один отчёт из библиотеки не удаётся открыть.</translation>
    </message>
    <message>
        <source>Not shown (cannot be opened):</source>
        <translation>Не показаны (не удаётся открыть):</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare indicator</source>
        <translation>Сравнение индикатора</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Индикатор для сравнения</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>Indicator text, one column per report</source>
        <translation>Текст индикатора, по столбцу на каждый отчёт</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Сноска</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Индикатор {n}</translation>
    </message>
    <message>
        <source>{report}, footnote {n}:</source>
        <translation>{report}, сноска {n}:</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>&amp;Compare Indicator…</source>
        <translation>&amp;Сравнить индикатор…</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Panel &amp; rights</source>
        <translation>Экспертная группа и права</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>Принцип {n}: {title}</translation>
    </message>
    <message>
        <source>Indicator {n}: {title}</source>
        <translation>Индикатор {n}: {title}</translation>
    </message>
    <message>
        <source>Overview. Overall score</source>
        <translation>Обзор. Общая оценка</translation>
    </message>
    <message>
        <source>{head}. Score: {score}</source>
        <translation>{head}. Оценка: {score}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Quoted text</source>
        <translation>Цитируемый текст</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>VIBE Desktop opens only http, https and mailto links.

Address: {url}
Scheme: {scheme}</source>
        <translation>VIBE Desktop открывает только ссылки http, https и mailto.

Адрес: {url}
Схема: {scheme}</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>Открыть в браузере?</translation>
    </message>
    <message>
        <source>This link leaves VIBE Desktop and opens in your browser or mail program:

{url}

Open it?</source>
        <translation>Эта ссылка откроется вне VIBE Desktop — в браузере или почтовой программе:

{url}

Открыть её?</translation>
    </message>
    <message>
        <source>The system could not open:
{url}</source>
        <translation>Системе не удалось открыть:
{url}</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <source>Exported %n item(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %n запись в {path}</numerusform>
            <numerusform>Экспортированы %n записи в {path}</numerusform>
            <numerusform>Экспортировано %n записей в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Найти на странице…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <source>Text to find in this page</source>
        <translation>Текст для поиска на этой странице</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Overall score: {phrase}</source>
        <translation>Общая оценка: {phrase}</translation>
    </message>
    <message>
        <source>Score: {phrase}</source>
        <translation>Оценка: {phrase}</translation>
    </message>
    <message>
        <source>Indicator {n}: {title}</source>
        <translation>Индикатор {n}: {title}</translation>
    </message>
    <message>
        <source>— {speaker}</source>
        <translation>— {speaker}</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>Принцип {n}: {title}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Экспертная группа</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Модератор:</translation>
    </message>
    <message>
        <source>Rights and acknowledgment</source>
        <translation>Права и выражение признательности</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>{app} {version}
An offline reader for IREX&apos;s Vibrant Information Barometer reports.

{ack}</source>
        <translation>{app} {version}
Программа для чтения отчётов IREX «Vibrant Information Barometer» без подключения к интернету.

{ack}</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab: next or previous link or footnote</source>
        <translation>Tab, Shift+Tab: следующая или предыдущая ссылка или сноска</translation>
    </message>
    <message>
        <source>Enter: open the link or footnote</source>
        <translation>Enter: открыть ссылку или сноску</translation>
    </message>
    <message>
        <source>With caret browsing (F7): arrows move the caret; Shift+arrows and Ctrl+Shift+arrows select; Home, End, Ctrl+Home, Ctrl+End</source>
        <translation>С активным курсором (F7): стрелки перемещают курсор; Shift+стрелки и Ctrl+Shift+стрелки выделяют текст; Home, End, Ctrl+Home, Ctrl+End</translation>
    </message>
    <message>
        <source>Shift+F10 or the Menu key: the text&apos;s context menu</source>
        <translation>Shift+F10 или клавиша меню: контекстное меню текста</translation>
    </message>
    <message>
        <source>Ctrl+Wheel, Ctrl++, Ctrl+-: zoom</source>
        <translation>Ctrl+колесо мыши, Ctrl++, Ctrl+-: масштаб</translation>
    </message>
    <message>
        <source>In a footnote or link popup</source>
        <translation>Во всплывающем окне сноски или ссылки</translation>
    </message>
    <message>
        <source>Tab: next control; Enter: press it; Esc: back to the text</source>
        <translation>Tab: следующий элемент; Enter: нажать его; Esc: вернуться к тексту</translation>
    </message>
    <message>
        <source>In the find bar</source>
        <translation>В панели поиска на странице</translation>
    </message>
    <message>
        <source>Enter, F3: next match; Shift+Enter, Shift+F3: previous match; Esc: close</source>
        <translation>Enter, F3: следующее совпадение; Shift+Enter, Shift+F3: предыдущее; Esc: закрыть</translation>
    </message>
    <message>
        <source>In a presentation</source>
        <translation>Во время презентации</translation>
    </message>
    <message>
        <source>Right, Down, Space, Page Down, Enter: next slide</source>
        <translation>→, ↓, Пробел, Page Down, Enter: следующий слайд</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace: previous slide</source>
        <translation>←, ↑, Page Up, Backspace: предыдущий слайд</translation>
    </message>
    <message>
        <source>Home, End: first or last slide</source>
        <translation>Home, End: первый или последний слайд</translation>
    </message>
    <message>
        <source>G, then a number and Enter: go to that slide; G, I, a number and Enter: go to that indicator</source>
        <translation>G, затем номер и Enter: перейти к слайду с этим номером; G, I, номер и Enter: перейти к индикатору</translation>
    </message>
    <message>
        <source>B or .: black screen; W or ,: white screen; any key: back</source>
        <translation>B или .: чёрный экран; W или ,: белый экран; любая клавиша: вернуться</translation>
    </message>
    <message>
        <source>Esc: end the presentation</source>
        <translation>Esc: завершить показ</translation>
    </message>
    <message>
        <source>About VIBE Desktop</source>
        <translation>О программе VIBE Desktop</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>Keeper</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Закладка на эту страницу</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Выделить &amp;фрагмент</translation>
    </message>
    <message>
        <source>Highlight &amp;with Note…</source>
        <translation>Выделить с за&amp;меткой…</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>Копировать со &amp;ссылкой</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>Экспорт за&amp;меток…</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Notes and Bookmarks</source>
        <translation>Заметки и закладки</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>добавление закладки</translation>
    </message>
    <message>
        <source>Add Highlight</source>
        <translation>добавление выделения</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>удаление закладки</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>удаление выделения</translation>
    </message>
    <message>
        <source>Edit Bookmark Label</source>
        <translation>изменение названия закладки</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>Change Made in Another Window</source>
        <translation>изменение из другого окна</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>Удалить &amp;закладку</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Paragraph</source>
        <translation>&amp;Закладка на этот абзац</translation>
    </message>
    <message>
        <source>Bookmark added: {place}</source>
        <translation>Закладка добавлена: {place}</translation>
    </message>
    <message>
        <source>Highlight added: {place}</source>
        <translation>Выделение добавлено: {place}</translation>
    </message>
    <message>
        <source>Bookmark removed: {place}</source>
        <translation>Закладка удалена: {place}</translation>
    </message>
    <message>
        <source>Highlight removed: {place}</source>
        <translation>Выделение удалено: {place}</translation>
    </message>
    <message>
        <source>Bookmark label saved: {place}</source>
        <translation>Название закладки сохранено: {place}</translation>
    </message>
    <message>
        <source>Note saved: {place}</source>
        <translation>Заметка сохранена: {place}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Закладка</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Changes to your notes and bookmarks cannot be saved: the folder {path} cannot be written. What is saved there is shown.</source>
        <translation>Изменения заметок и закладок не удастся сохранить: в папку {path} нельзя записывать. Показано то, что в ней уже сохранено.</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read and could not be set aside. Changes are not saved until it is fixed or removed.</source>
        <translation>Файл заметок {path} не читается, и отложить его в сторону не удалось. Изменения не будут сохраняться, пока файл не исправят или не удалят.</translation>
    </message>
    <message>
        <source>Your notes file {name} could not be read. Your notes were recovered from the backup saved {saved}.</source>
        <translation>Не удалось прочитать файл заметок {name}. Заметки восстановлены из резервной копии от {saved}.</translation>
    </message>
    <message>
        <source>Your notes file {name} could not be read and there is no backup. Starting with no notes.</source>
        <translation>Не удалось прочитать файл заметок {name}, а резервной копии нет. Работа начинается без заметок.</translation>
    </message>
    <message>
        <source>Your notes file {name} and its backup could not be read. Starting with no notes; nothing was deleted.</source>
        <translation>Не удалось прочитать ни файл заметок {name}, ни его резервную копию. Работа начинается без заметок; ничего не удалено.</translation>
    </message>
    <message>
        <source>Notes and bookmarks cannot be saved.</source>
        <translation>Заметки и закладки не удастся сохранить.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved entries in {path} could not be read and are not shown; they are kept in the file unchanged.</source>
        <translation>
            <numerusform>%n сохранённую запись в {path} не удалось прочитать, поэтому она не показана; в файле она остаётся без изменений.</numerusform>
            <numerusform>%n сохранённые записи в {path} не удалось прочитать, поэтому они не показаны; в файле они остаются без изменений.</numerusform>
            <numerusform>%n сохранённых записей в {path} не удалось прочитать, поэтому они не показаны; в файле они остаются без изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged files are kept as: {files}</source>
        <translation>Повреждённые файлы сохранены под именами: {files}</translation>
    </message>
    <message>
        <source>Details: {reason}</source>
        <translation>Подробности: {reason}</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Заметки не сохранены</translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Select some text of the report&apos;s paragraphs first, then choose Highlight.</source>
        <translation>Сначала выделите текст в абзацах отчёта, затем выберите «Выделить».</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>Копирование со ссылкой</translation>
    </message>
    <message>
        <source>Select some text, or right-click a paragraph, to copy it with its citation.</source>
        <translation>Выделите текст или щёлкните абзац правой кнопкой мыши, чтобы скопировать его со ссылкой на источник.</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>Копировать со ссылкой</translation>
    </message>
    <message>
        <source>Bookmark This Paragraph</source>
        <translation>Закладка на этот абзац</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Язык &amp;системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language changes when VIBE Desktop starts again.

Restart it now?</source>
        <translation>Язык сменится при следующем запуске VIBE Desktop.

Перезапустить программу сейчас?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Пере&amp;запустить сейчас</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>The language changes when VIBE Desktop starts again.</source>
        <translation>Язык сменится при следующем запуске VIBE Desktop.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>bundled</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>добавлен вами</translation>
    </message>
    <message>
        <source>{title} — cannot be opened</source>
        <translation>{title} — не удаётся открыть</translation>
    </message>
    <message>
        <source>, cannot be opened: {error}</source>
        <translation>, не удаётся открыть: {error}</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>Добавление {name}…</translation>
    </message>
    <message>
        <source>Importing {name}: {percent}%</source>
        <translation>Импорт {name}: {percent}%</translation>
    </message>
    <message>
        <source>{name}: not added (cancelled)</source>
        <translation>{name}: не добавлен (отменено)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Add Report…</source>
        <translation>&amp;Добавить отчёт…</translation>
    </message>
    <message>
        <source>Add a report YAML file or a VIBE text export to the library</source>
        <translation>Добавить в библиотеку файл отчёта YAML или текстовую выгрузку VIBE</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>Добавление отчёта</translation>
    </message>
    <message>
        <source>&amp;Cancel Adding Reports</source>
        <translation>О&amp;тменить добавление отчётов</translation>
    </message>
    <message>
        <source>VIBE reports (*.yaml *.yml *.vibe *.txt);;Report YAML (*.yaml *.yml *.vibe);;VIBE text export (*.txt)</source>
        <translation>Отчёты VIBE (*.yaml *.yml *.vibe *.txt);;Отчёт в YAML (*.yaml *.yml *.vibe);;Текстовый экспорт VIBE (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added to the library:</source>
        <translation>
            <numerusform>Не удалось добавить в библиотеку %n файл:</numerusform>
            <numerusform>Не удалось добавить в библиотеку %n файла:</numerusform>
            <numerusform>Не удалось добавить в библиотеку %n файлов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not added</source>
        <translation>Отчёт не добавлен</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Удаление отчёта</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library? Its file {path} will be deleted; your notes on it are kept.</source>
        <translation>Удалить «{title}» из библиотеки? Его файл {path} будет удалён; ваши заметки к нему сохранятся.</translation>
    </message>
    <message>
        <source>Report not removed</source>
        <translation>Отчёт не удалён</translation>
    </message>
    <message>
        <source>The report could not be removed:</source>
        <translation>Не удалось удалить отчёт:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of reports</source>
        <translation>Библиотека отчётов</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Problem with the selected report</source>
        <translation>Проблема с выбранным отчётом</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Add Report…</source>
        <translation>&amp;Добавить отчёт…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Your added reports cannot be listed: {error}</source>
        <translation>Не удаётся получить список добавленных вами отчётов: {error}</translation>
    </message>
</context>
<context>
    <name>LinkFollower</name>
    <message>
        <source>Footnote not found</source>
        <translation>Сноска не найдена</translation>
    </message>
    <message>
        <source>This report has no footnote {n}.</source>
        <translation>В этом отчёте нет сноски {n}.</translation>
    </message>
    <message>
        <source>Footnote {n}</source>
        <translation>Сноска {n}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
</context>
<context>
    <name>LinkPopup</name>
    <message>
        <source>Go to footnote</source>
        <translation>Перейти к сноске</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Скопировать текст</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Полный адрес</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy address {url}</source>
        <translation>Копировать адрес {url}</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Open {url} in the browser</source>
        <translation>Открыть {url} в браузере</translation>
    </message>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Открывать можно только ссылки http, https и mailto.</translation>
    </message>
    <message>
        <source>About this address</source>
        <translation>Об этом адресе</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Ссылка не открыта</translation>
    </message>
    <message>
        <source>The system could not open:
{url}</source>
        <translation>Системе не удалось открыть:
{url}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Открывать можно только ссылки http, https и mailto.</translation>
    </message>
    <message>
        <source>The address begins with “{userinfo}@”, which is not where it leads: the site is {host}. That part was removed.</source>
        <translation>Адрес начинается с «{userinfo}@», но ведёт он не туда: на самом деле это сайт {host}. Эта часть удалена.</translation>
    </message>
    <message>
        <source>The site&apos;s name uses letters outside the Latin alphabet, which can imitate another name; its real name is {host}.</source>
        <translation>В имени сайта есть буквы не из латинского алфавита — так можно подделать другое имя; настоящее имя сайта: {host}.</translation>
    </message>
    <message>
        <source>The address held invisible control or text-direction characters; they were removed.</source>
        <translation>В адресе были невидимые управляющие символы или символы направления текста; они удалены.</translation>
    </message>
    <message>
        <source>The mail link also set other parts of the message ({fields}); only the address is used.</source>
        <translation>Почтовая ссылка задавала и другие части письма ({fields}); используется только адрес.</translation>
    </message>
    <message>
        <source>The address is malformed and cannot be opened.</source>
        <translation>Адрес записан с ошибкой, открыть его нельзя.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIBE Desktop reader</source>
        <translation>Программа чтения VIBE Desktop</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Со&amp;держание</translation>
    </message>
    <message>
        <source>Navigation Tool&amp;bar</source>
        <translation>Панель на&amp;вигации</translation>
    </message>
    <message>
        <source>No report to show</source>
        <translation>Нет отчёта для показа</translation>
    </message>
    <message>
        <source>No VIBE report is installed or none could be opened. Reports added to the library appear under File → Reports.</source>
        <translation>Не установлено ни одного отчёта VIBE, или ни один не удалось открыть. Отчёты, добавленные в библиотеку, появляются в меню Файл → Отчёты.</translation>
    </message>
    <message>
        <source>{page} — {report} — {app}</source>
        <translation>{page} — {report} — {app}</translation>
    </message>
    <message>
        <source>Contents hidden to keep the text readable; F9 shows it.</source>
        <translation>Содержание скрыто, чтобы тексту хватало места; F9 снова покажет его.</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <source>Bookmarks and notes in the margin</source>
        <translation>Закладки и заметки на полях</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Every menu&apos;s named sections, in order; a feature adds its actions to one of them.</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <source>C&amp;aret Browsing</source>
        <translation>Активный &amp;курсор</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Следующая о&amp;бласть</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Предыдущая об&amp;ласть</translation>
    </message>
    <message>
        <source>Go to Co&amp;ntents</source>
        <translation>К &amp;содержанию</translation>
    </message>
    <message>
        <source>Go to T&amp;ext</source>
        <translation>К т&amp;ексту</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Previous Indicator</source>
        <translation>&amp;Предыдущий индикатор</translation>
    </message>
    <message>
        <source>&amp;Next Indicator</source>
        <translation>&amp;Следующий индикатор</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>Panel &amp;&amp; &amp;Rights</source>
        <translation>&amp;Экспертная группа и права</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About VIBE Desktop</source>
        <translation>&amp;О программе VIBE Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>(no reports found)</source>
        <translation>(отчёты не найдены)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Cannot open location</source>
        <extracomment>show(report, page, paragraph or None, highlight, new_report, new_page) problem(title, text, error)</extracomment>
        <translation>Не удаётся открыть место</translation>
    </message>
    <message>
        <source>This place is not in the report:</source>
        <translation>Этого места в отчёте нет:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Report not found</source>
        <translation>Отчёт не найден</translation>
    </message>
    <message>
        <source>There is no report {id!r}. Reports: {known}</source>
        <translation>Отчёта {id!r} нет. Отчёты: {known}</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>Не удаётся открыть отчёт</translation>
    </message>
    <message>
        <source>The report could not be read:</source>
        <translation>Не удалось прочитать отчёт:</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Indicator {n}</source>
        <translation>Индикатор {n}</translation>
    </message>
    <message>
        <source>Principle {n}</source>
        <translation>Принцип {n}</translation>
    </message>
    <message>
        <source>Footnote {n}</source>
        <translation>Сноска {n}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Экспертная группа</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Bookmark, {place}</source>
        <translation>Закладка, {place}</translation>
    </message>
    <message>
        <source>Highlight, {place}</source>
        <translation>Выделение, {place}</translation>
    </message>
    <message>
        <source>Highlighted text: {text}</source>
        <translation>Выделенный текст: {text}</translation>
    </message>
    <message>
        <source>Opening words: {text}</source>
        <translation>Начало: {text}</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Без заметки</translation>
    </message>
    <message>
        <source>Label: {text}</source>
        <translation>Название: {text}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Заметка: {text}</translation>
    </message>
    <message>
        <source>(bookmark)</source>
        <translation>(закладка)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>Не удалось записать {path}: {error}</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Bookmarked paragraph</source>
        <translation>Абзац с закладкой</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <source>(no URL)</source>
        <translation>(без адреса)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>код места</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>фрагмент</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>сноски</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>закладка</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <source>VIBE Desktop: highlights and notes</source>
        <translation>VIBE Desktop: выделения и заметки</translation>
    </message>
    <message>
        <source>Bookmark: {place}</source>
        <translation>Закладка: {place}</translation>
    </message>
    <message>
        <source>Anchor: {anchor}</source>
        <translation>Код места: {anchor}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Заметка: {note}</translation>
    </message>
    <message>
        <source>Footnote {n}: {urls}</source>
        <translation>Сноска {n}: {urls}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Заметки и закладки</translation>
    </message>
    <message>
        <source>Bookmarks and highlights by report</source>
        <translation>Закладки и выделения по отчётам</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>&amp;Изменить заметку</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Footnotes</source>
        <translation>Сноски</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>Принцип {n}: {title}</translation>
    </message>
    <message>
        <source>Principle score:</source>
        <translation>Оценка принципа:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>Indicator {n}: {title}</source>
        <translation>Индикатор {n}: {title}</translation>
    </message>
    <message>
        <source>Indicator score:</source>
        <translation>Оценка индикатора:</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>Индикатор {n}</translation>
    </message>
    <message>
        <source>Panel &amp; rights</source>
        <translation>Экспертная группа и права</translation>
    </message>
    <message>
        <source>List of panel participants</source>
        <translation>Состав экспертной группы</translation>
    </message>
    <message>
        <source>Moderator and author</source>
        <translation>Модератор и автор</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Права</translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation>Выражение признательности</translation>
    </message>
    <message>
        <source>← Previous page</source>
        <translation>← Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page →</source>
        <translation>Следующая страница →</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <source>People in %1</source>
        <translation>Люди в отчёте «%1»</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>эксперт</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Другие написания: %1</translation>
    </message>
    <message>
        <source>Pull quotes (%1)</source>
        <translation>Цитаты (%1)</translation>
    </message>
    <message>
        <source>Named in (%1)</source>
        <translation>Упоминания (%1)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>People status</source>
        <translation>Состояние списка людей</translation>
    </message>
    <message>
        <source>Panelists, their quotes and mentions</source>
        <translation>Эксперты, их цитаты и упоминания</translation>
    </message>
    <message>
        <source>Open a report to see its panel.</source>
        <translation>Откройте отчёт, чтобы увидеть его экспертную группу.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Чтение отчёта…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s); names are matched across the report&apos;s spellings.</source>
        <translation>
            <numerusform>%n человек; имена сопоставлены с учётом разных написаний в отчёте.</numerusform>
            <numerusform>%n человека; имена сопоставлены с учётом разных написаний в отчёте.</numerusform>
            <numerusform>%n человек; имена сопоставлены с учётом разных написаний в отчёте.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list people: %1</source>
        <translation>Не удаётся составить список людей: %1</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>Не удалось записать {path}:
{error}</translation>
    </message>
    <message>
        <source>You are reading Principle {n}, {title}. What should this include?</source>
        <translation>Вы читаете принцип {n}, {title}. Что включить?</translation>
    </message>
    <message>
        <source>&amp;Whole Report</source>
        <translation>&amp;Весь отчёт</translation>
    </message>
    <message>
        <source>Only &amp;Principle {n}</source>
        <translation>Только &amp;принцип {n}</translation>
    </message>
    <message>
        <source>Export slides as PDF</source>
        <translation>Экспорт слайдов в PDF</translation>
    </message>
    <message>
        <source>Wrote the handout to {path}</source>
        <translation>Раздаточный материал записан в {path}</translation>
    </message>
    <message>
        <source>Export handout as PDF</source>
        <translation>Экспорт раздаточного материала в PDF</translation>
    </message>
    <message>
        <source>Could not print:</source>
        <translation>Не удалось напечатать:</translation>
    </message>
    <message>
        <source>Print slides</source>
        <translation>Печать слайдов</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Печать раздаточного материала</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>Open a report first: there is nothing to present.</source>
        <translation>Сначала откройте отчёт: показывать нечего.</translation>
    </message>
    <message>
        <source>Present with presenter view</source>
        <translation>Показ в режиме докладчика</translation>
    </message>
    <message>
        <source>Only one screen is connected (or the projector mirrors this screen), so the audience would see the presenter view with your notes.

Present full screen to the audience without the presenter view, or show the presenter view only to rehearse?</source>
        <translation>Подключён только один экран (или проектор дублирует этот экран), поэтому зрители увидели бы режим докладчика с вашими заметками.

Показать презентацию зрителям на весь экран без режима докладчика или открыть режим докладчика только для репетиции?</translation>
    </message>
    <message>
        <source>Present &amp;Full Screen</source>
        <translation>Показ на &amp;весь экран</translation>
    </message>
    <message>
        <source>&amp;Rehearse with Presenter View</source>
        <translation>&amp;Репетиция в режиме докладчика</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Показать презентацию</translation>
    </message>
    <message>
        <source>Present from &amp;start</source>
        <translation>Показ с &amp;начала</translation>
    </message>
    <message>
        <source>Present with presenter vie&amp;w</source>
        <translation>Показ в &amp;режиме докладчика</translation>
    </message>
    <message>
        <source>Export &amp;slides as PDF…</source>
        <translation>Экспорт &amp;слайдов в PDF…</translation>
    </message>
    <message>
        <source>Export &amp;handout as PDF…</source>
        <translation>Экспорт &amp;раздаточного материала в PDF…</translation>
    </message>
    <message>
        <source>Print slides…</source>
        <translation>Печать слайдов…</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Печать раздаточного материала…</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>There is no slide for indicator {n}.</source>
        <translation>Для индикатора {n} нет слайда.</translation>
    </message>
    <message numerus="yes">
        <source>There is no slide {n}: this presentation has %n slide(s).</source>
        <translation>
            <numerusform>Слайда {n} нет: в этой презентации %n слайд.</numerusform>
            <numerusform>Слайда {n} нет: в этой презентации %n слайда.</numerusform>
            <numerusform>Слайда {n} нет: в этой презентации %n слайдов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slide {n} of {total}: {title}</source>
        <translation>Слайд {n} из {total}: {title}</translation>
    </message>
    <message>
        <source>Go to indicator: {n}</source>
        <translation>Перейти к индикатору: {n}</translation>
    </message>
    <message>
        <source>Go to slide (or I for indicator): {n}</source>
        <translation>Перейти к слайду (I — к индикатору): {n}</translation>
    </message>
</context>
<context>
    <name>PresentationWords</name>
    <message numerus="yes">
        <source>Wrote %n slide(s) to {path}</source>
        <translation>
            <numerusform>%n слайд записан в {path}</numerusform>
            <numerusform>%n слайда записаны в {path}</numerusform>
            <numerusform>%n слайдов записано в {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <extracomment>Keys a clicker sends: they drive the slides even while the notes or the screen list have the keyboard focus (arrow keys there scroll the notes / pick a screen).</extracomment>
        <translation>Режим докладчика</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Текущий слайд</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Следующий слайд</translation>
    </message>
    <message>
        <source>Speaker&apos;s notes</source>
        <translation>Заметки докладчика</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Номер слайда</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Прошедшее время</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Экран для зрителей</translation>
    </message>
    <message>
        <source>The screen the audience sees</source>
        <translation>Экран, который видят зрители</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Завершить показ</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Перейти к слайду</translation>
    </message>
    <message>
        <source>Rehearsal: the slides are not shown to an audience.</source>
        <translation>Репетиция: слайды не показываются зрителям.</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>&amp;Audience screen:</source>
        <translation>&amp;Экран для зрителей:</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({w}×{h})</source>
        <translation>Экран {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
        <source>Slide {label}</source>
        <translation>Слайд {label}</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>К этому слайду заметок нет.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Caret browsing on</source>
        <translation>Активный курсор включён</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>Активный курсор выключен</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Выделено: %1</translation>
    </message>
    <message>
        <source>footnote %1</source>
        <translation>сноска %1</translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation>ссылка: %1</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>автор: %1</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Report text</source>
        <translation>Текст отчёта</translation>
    </message>
    <message>
        <source>The page being read. Tab moves between links; Enter opens a link or footnote.</source>
        <translation>Читаемая страница. Tab переходит между ссылками, Enter открывает ссылку или сноску.</translation>
    </message>
    <message>
        <source>Text menu</source>
        <translation>Меню текста</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <source>Report contents</source>
        <translation>Содержание отчёта</translation>
    </message>
    <message>
        <source>Overview, principles, indicators and panel. Arrow keys move, Enter opens.</source>
        <translation>Обзор, принципы, индикаторы и экспертная группа. Стрелки — перемещение, Enter — открыть.</translation>
    </message>
</context>
<context>
    <name>ScoreOverview</name>
    <message>
        <source>Score overview</source>
        <translation>Сводка оценок</translation>
    </message>
    <message>
        <source>Use the Up and Down keys to choose a principle and Enter to open it.</source>
        <translation>Клавишами «вверх» и «вниз» выберите принцип, Enter откроет его.</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>Bands</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Overall {score}</source>
        <translation>Итог: {score}</translation>
    </message>
    <message>
        <source>not given in this report</source>
        <translation>в этом отчёте не указана</translation>
    </message>
    <message>
        <source>Principle {n}, {title}: {score}.</source>
        <translation>Принцип {n}, {title}: {score}.</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{score} из {max}</translation>
    </message>
    <message>
        <source>Overall score: {phrase}</source>
        <translation>Общая оценка: {phrase}</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>Принцип {n}: {title}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>&amp;Search All Reports…</source>
        <translation>По&amp;иск по всем отчётам…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Экспертная группа</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>Сноска %1</translation>
    </message>
    <message>
        <source>Principle %1</source>
        <translation>Принцип %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Индикатор %1</translation>
    </message>
    <message>
        <source>pull quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>Principle %1: %2</source>
        <translation>Принцип %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all reports</source>
        <translation>Поиск по всем отчётам</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;</source>
        <translation>Поиск: слова, &quot;точная фраза&quot;</translation>
    </message>
    <message>
        <source>Search in report</source>
        <translation>Искать в отчёте</translation>
    </message>
    <message>
        <source>Search in principle</source>
        <translation>Искать в принципе</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Все принципы</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>&amp;Principle:</source>
        <translation>&amp;Принцип:</translation>
    </message>
    <message>
        <source>The number of results</source>
        <translation>Число результатов</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Все отчёты</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Индексирование…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(showing the best %n)</source>
        <translation>
            <numerusform>(показан лучший %n)</numerusform>
            <numerusform>(показаны лучшие %n)</numerusform>
            <numerusform>(показаны лучшие %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>so far; indexing…</source>
        <translation>пока; идёт индексирование…</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Principle {n}</source>
        <extracomment>Body text size as a fraction of the slide height: the largest, the smallest readable, and the floor used only for a single sentence that cannot be split further.</extracomment>
        <translation>Принцип {n}</translation>
    </message>
    <message>
        <source>Principle {p} · Indicator {n}</source>
        <translation>Принцип {p} · Индикатор {n}</translation>
    </message>
    <message>
        <source>Score overview</source>
        <translation>Сводка оценок</translation>
    </message>
    <message>
        <source>The panel and acknowledgment</source>
        <translation>Экспертная группа и выражение признательности</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (продолжение)</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Общая оценка</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{score} из {max}</translation>
    </message>
    <message>
        <source>Score: {phrase}</source>
        <translation>Оценка: {phrase}</translation>
    </message>
    <message>
        <source>— {speaker}</source>
        <translation>— {speaker}</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Модератор:</translation>
    </message>
</context>
<context>
    <name>bands</name>
    <message>
        <source>Not Vibrant</source>
        <extracomment>The band names, marked for translation (core.bands holds them untranslated).</extracomment>
        <translation>Не динамичная</translation>
    </message>
    <message>
        <source>Slightly Vibrant</source>
        <translation>Слабо динамичная</translation>
    </message>
    <message>
        <source>Somewhat Vibrant</source>
        <translation>Умеренно динамичная</translation>
    </message>
    <message>
        <source>Highly Vibrant</source>
        <translation>Очень динамичная</translation>
    </message>
</context>
</TS>
