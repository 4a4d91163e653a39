<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>AudienceView</name>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>VIBE presentation</source>
        <translation>VIBE презентациясы</translation>
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
        <translation>{n}-қағидат</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>{n}-индикатор</translation>
    </message>
    <message>
        <source>footnote {n}</source>
        <translation>{n}-ескертпе</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>шолу</translation>
    </message>
    <message>
        <source>panel and rights</source>
        <translation>сарапшылар тобы және құқықтар</translation>
    </message>
    <message>
        <source>paragraph {n}</source>
        <translation>{n}-абзац</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Open in reader</source>
        <extracomment>Supplies the reports to compare and the (id, error) of those that cannot be opened.</extracomment>
        <translation>Оқу терезесінде ашу</translation>
    </message>
    <message>
        <source>This report has no text for this indicator.</source>
        <translation>Бұл есепте осы индикатор бойынша мәтін жоқ.</translation>
    </message>
    <message>
        <source>No report in the library can be opened.</source>
        <translation>Кітапханадағы бірде-бір есепті ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Not shown (cannot be opened):</source>
        <translation>Көрсетілмеді (ашылмайды):</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare indicator</source>
        <translation>Индикаторды салыстыру</translation>
    </message>
    <message>
        <source>Indicator to compare</source>
        <translation>Салыстырылатын индикатор</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Индикатор:</translation>
    </message>
    <message>
        <source>Indicator text, one column per report</source>
        <translation>Индикатор мәтіні, әр есепке бір баған</translation>
    </message>
    <message>
        <source>Footnote</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>{n}-индикатор</translation>
    </message>
    <message>
        <source>{report}, footnote {n}:</source>
        <translation>{report}, {n}-ескертпе:</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>&amp;Compare Indicator…</source>
        <translation>Индикаторды &amp;салыстыру…</translation>
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
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Panel &amp; rights</source>
        <translation>Сарапшылар тобы және құқықтар</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>{n}-қағидат: {title}</translation>
    </message>
    <message>
        <source>Indicator {n}: {title}</source>
        <translation>{n}-индикатор: {title}</translation>
    </message>
    <message>
        <source>Overview. Overall score</source>
        <translation>Шолу. Жалпы балл</translation>
    </message>
    <message>
        <source>{head}. Score: {score}</source>
        <translation>{head}. Балл: {score}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Quoted text</source>
        <translation>Келтірілген мәтін</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Сілтеме ашылмады</translation>
    </message>
    <message>
        <source>VIBE Desktop opens only http, https and mailto links.

Address: {url}
Scheme: {scheme}</source>
        <translation>VIBE Desktop тек http, https және mailto сілтемелерін ашады.

Мекенжай: {url}
Схема: {scheme}</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>Браузерде ашу керек пе?</translation>
    </message>
    <message>
        <source>This link leaves VIBE Desktop and opens in your browser or mail program:

{url}

Open it?</source>
        <translation>Бұл сілтеме VIBE Desktop-тан тыс — браузерде немесе пошта бағдарламасында ашылады:

{url}

Ашу керек пе?</translation>
    </message>
    <message>
        <source>The system could not open:
{url}</source>
        <translation>Жүйе мынаны аша алмады:
{url}</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message numerus="yes">
        <source>Exported %n item(s) to {path}</source>
        <translation>
            <numerusform>%n элемент {path} файлына экспортталды</numerusform>
            <numerusform>%n элемент {path} файлына экспортталды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Беттен т&amp;абу…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>К&amp;елесіні табу</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>А&amp;лдыңғыны табу</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Беттен іздеу</translation>
    </message>
    <message>
        <source>Text to find in this page</source>
        <translation>Осы беттен ізделетін мәтін</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Алдыңғы сәйкестік</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Алдыңғы сәйкестік (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Келесі сәйкестік</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Келесі сәйкестік (Enter, F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Сәйкестіктер</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Іздеу жолағын жабу</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Жабу (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Overall score: {phrase}</source>
        <translation>Жалпы балл: {phrase}</translation>
    </message>
    <message>
        <source>Score: {phrase}</source>
        <translation>Балл: {phrase}</translation>
    </message>
    <message>
        <source>Indicator {n}: {title}</source>
        <translation>{n}-индикатор: {title}</translation>
    </message>
    <message>
        <source>— {speaker}</source>
        <translation>— {speaker}</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>{n}-қағидат: {title}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Сарапшылар тобы</translation>
    </message>
    <message>
        <source>Moderator:</source>
        <translation>Модератор:</translation>
    </message>
    <message>
        <source>Rights and acknowledgment</source>
        <translation>Құқықтар және алғыс</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>{app} {version}
An offline reader for IREX&apos;s Vibrant Information Barometer reports.

{ack}</source>
        <translation>{app} {version}
IREX ұйымының «Vibrant Information Barometer» есептерін интернетсіз оқуға арналған бағдарлама.

{ack}</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>Мәтінде</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab: next or previous link or footnote</source>
        <translation>Tab, Shift+Tab: келесі не алдыңғы сілтеме немесе ескертпе</translation>
    </message>
    <message>
        <source>Enter: open the link or footnote</source>
        <translation>Enter: сілтемені немесе ескертпені ашу</translation>
    </message>
    <message>
        <source>With caret browsing (F7): arrows move the caret; Shift+arrows and Ctrl+Shift+arrows select; Home, End, Ctrl+Home, Ctrl+End</source>
        <translation>Мәтін курсоры қосулы болса (F7): бағыт пернелері курсорды жылжытады; Shift+бағыт пернелері және Ctrl+Shift+бағыт пернелері мәтінді таңдайды; Home, End, Ctrl+Home, Ctrl+End</translation>
    </message>
    <message>
        <source>Shift+F10 or the Menu key: the text&apos;s context menu</source>
        <translation>Shift+F10 немесе мәзір пернесі: мәтіннің контекстік мәзірі</translation>
    </message>
    <message>
        <source>Ctrl+Wheel, Ctrl++, Ctrl+-: zoom</source>
        <translation>Ctrl+тінтуір дөңгелегі, Ctrl++, Ctrl+-: масштаб</translation>
    </message>
    <message>
        <source>In a footnote or link popup</source>
        <translation>Ескертпенің немесе сілтеменің қалқымалы терезесінде</translation>
    </message>
    <message>
        <source>Tab: next control; Enter: press it; Esc: back to the text</source>
        <translation>Tab: келесі басқару элементі; Enter: оны басу; Esc: мәтінге оралу</translation>
    </message>
    <message>
        <source>In the find bar</source>
        <translation>Беттен іздеу жолағында</translation>
    </message>
    <message>
        <source>Enter, F3: next match; Shift+Enter, Shift+F3: previous match; Esc: close</source>
        <translation>Enter, F3: келесі сәйкестік; Shift+Enter, Shift+F3: алдыңғысы; Esc: жабу</translation>
    </message>
    <message>
        <source>In a presentation</source>
        <translation>Презентация кезінде</translation>
    </message>
    <message>
        <source>Right, Down, Space, Page Down, Enter: next slide</source>
        <translation>→, ↓, Бос орын, Page Down, Enter: келесі слайд</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace: previous slide</source>
        <translation>←, ↑, Page Up, Backspace: алдыңғы слайд</translation>
    </message>
    <message>
        <source>Home, End: first or last slide</source>
        <translation>Home, End: бірінші немесе соңғы слайд</translation>
    </message>
    <message>
        <source>G, then a number and Enter: go to that slide; G, I, a number and Enter: go to that indicator</source>
        <translation>G, содан кейін нөмір және Enter: сол нөмірлі слайдқа өту; G, I, нөмір және Enter: индикаторға өту</translation>
    </message>
    <message>
        <source>B or .: black screen; W or ,: white screen; any key: back</source>
        <translation>B немесе .: қара экран; W немесе ,: ақ экран; кез келген перне: оралу</translation>
    </message>
    <message>
        <source>Esc: end the presentation</source>
        <translation>Esc: көрсетуді аяқтау</translation>
    </message>
    <message>
        <source>About VIBE Desktop</source>
        <translation>VIBE Desktop туралы</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
</context>
<context>
    <name>Keeper</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>Бұл бетке бетбелгі қ&amp;ою</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Үзіндіні бөлекте&amp;у</translation>
    </message>
    <message>
        <source>Highlight &amp;with Note…</source>
        <translation>&amp;Жазбамен бөлектеу…</translation>
    </message>
    <message>
        <source>Copy with C&amp;itation</source>
        <translation>Дереккөзі&amp;мен көшіру</translation>
    </message>
    <message>
        <source>Export &amp;Notes…</source>
        <translation>&amp;Жазбаларды экспорттау…</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Сіздің жазбаларыңыз</translation>
    </message>
    <message>
        <source>Notes and Bookmarks</source>
        <translation>Жазбалар мен бетбелгілер</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>бетбелгі қою</translation>
    </message>
    <message>
        <source>Add Highlight</source>
        <translation>бөлектеу қосу</translation>
    </message>
    <message>
        <source>Remove Bookmark</source>
        <translation>бетбелгіні жою</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>бөлектеуді жою</translation>
    </message>
    <message>
        <source>Edit Bookmark Label</source>
        <translation>бетбелгі атауын өзгерту</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>жазбаны өзгерту</translation>
    </message>
    <message>
        <source>Change Made in Another Window</source>
        <translation>басқа терезедегі өзгеріс</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>Бетбелгіні ж&amp;ою</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Paragraph</source>
        <translation>Бұл абзацқа бетбелгі қ&amp;ою</translation>
    </message>
    <message>
        <source>Bookmark added: {place}</source>
        <translation>Бетбелгі қойылды: {place}</translation>
    </message>
    <message>
        <source>Highlight added: {place}</source>
        <translation>Бөлектеу қосылды: {place}</translation>
    </message>
    <message>
        <source>Bookmark removed: {place}</source>
        <translation>Бетбелгі жойылды: {place}</translation>
    </message>
    <message>
        <source>Highlight removed: {place}</source>
        <translation>Бөлектеу жойылды: {place}</translation>
    </message>
    <message>
        <source>Bookmark label saved: {place}</source>
        <translation>Бетбелгі атауы сақталды: {place}</translation>
    </message>
    <message>
        <source>Note saved: {place}</source>
        <translation>Жазба сақталды: {place}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Жазба:</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Бетбелгі</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Changes to your notes and bookmarks cannot be saved: the folder {path} cannot be written. What is saved there is shown.</source>
        <translation>Жазбалар мен бетбелгілердегі өзгерістерді сақтау мүмкін емес: {path} қалтасына жазу мүмкін емес. Онда бұрын сақталғаны көрсетіледі.</translation>
    </message>
    <message>
        <source>Your notes file {path} cannot be read and could not be set aside. Changes are not saved until it is fixed or removed.</source>
        <translation>{path} жазбалар файлын оқу мүмкін емес, оны бөлек қою да мүмкін болмады. Файл түзетілмейінше немесе жойылмайынша өзгерістер сақталмайды.</translation>
    </message>
    <message>
        <source>Your notes file {name} could not be read. Your notes were recovered from the backup saved {saved}.</source>
        <translation>{name} жазбалар файлын оқу мүмкін болмады. Жазбалар {saved} сақталған сақтық көшірмеден қалпына келтірілді.</translation>
    </message>
    <message>
        <source>Your notes file {name} could not be read and there is no backup. Starting with no notes.</source>
        <translation>{name} жазбалар файлын оқу мүмкін болмады, ал сақтық көшірмесі жоқ. Жұмыс жазбаларсыз басталады.</translation>
    </message>
    <message>
        <source>Your notes file {name} and its backup could not be read. Starting with no notes; nothing was deleted.</source>
        <translation>{name} жазбалар файлын да, оның сақтық көшірмесін де оқу мүмкін болмады. Жұмыс жазбаларсыз басталады; ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <source>Notes and bookmarks cannot be saved.</source>
        <translation>Жазбалар мен бетбелгілерді сақтау мүмкін емес.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved entries in {path} could not be read and are not shown; they are kept in the file unchanged.</source>
        <translation>
            <numerusform>{path} ішіндегі сақталған %n элементті оқу мүмкін болмады, сондықтан ол көрсетілмейді; файлда өзгеріссіз сақталады.</numerusform>
            <numerusform>{path} ішіндегі сақталған %n элементті оқу мүмкін болмады, сондықтан олар көрсетілмейді; файлда өзгеріссіз сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The damaged files are kept as: {files}</source>
        <translation>Зақымдалған файлдар мына атаумен сақталды: {files}</translation>
    </message>
    <message>
        <source>Details: {reason}</source>
        <translation>Толығырақ: {reason}</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Жазбалар сақталмады</translation>
    </message>
    <message>
        <source>Your change could not be saved.</source>
        <translation>Өзгерісті сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Бөлектеу</translation>
    </message>
    <message>
        <source>Select some text of the report&apos;s paragraphs first, then choose Highlight.</source>
        <translation>Алдымен есеп абзацтарынан мәтін таңдаңыз, содан кейін «Бөлектеу» командасын таңдаңыз.</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>бөлектеу</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>Дереккөзімен көшіру</translation>
    </message>
    <message>
        <source>Select some text, or right-click a paragraph, to copy it with its citation.</source>
        <translation>Мәтінді дереккөзімен көшіру үшін оны таңдаңыз немесе абзацты тінтуірдің оң жақ батырмасымен басыңыз.</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>Дереккөзімен көшіру</translation>
    </message>
    <message>
        <source>Bookmark This Paragraph</source>
        <translation>Бұл абзацқа бетбелгі қою</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Жүйе тілі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The language changes when VIBE Desktop starts again.

Restart it now?</source>
        <translation>Тіл VIBE Desktop келесі рет іске қосылғанда ауысады.

Бағдарламаны қазір қайта іске қосу керек пе?</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Қазір &amp;қайта іске қосу</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
    <message>
        <source>The language changes when VIBE Desktop starts again.</source>
        <translation>Тіл VIBE Desktop келесі рет іске қосылғанда ауысады.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>bundled</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>сіз қосқан</translation>
    </message>
    <message>
        <source>{title} — cannot be opened</source>
        <translation>{title} — ашу мүмкін емес</translation>
    </message>
    <message>
        <source>, cannot be opened: {error}</source>
        <translation>, ашу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>Adding {name}…</source>
        <translation>{name} қосылуда…</translation>
    </message>
    <message>
        <source>Importing {name}: {percent}%</source>
        <translation>{name} импортталуда: {percent}%</translation>
    </message>
    <message>
        <source>{name}: not added (cancelled)</source>
        <translation>{name}: қосылмады (тоқтатылды)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>&amp;Add Report…</source>
        <translation>Есеп &amp;қосу…</translation>
    </message>
    <message>
        <source>Add a report YAML file or a VIBE text export to the library</source>
        <translation>Кітапханаға есептің YAML файлын немесе VIBE мәтіндік экспортын қосу</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Кітапхана</translation>
    </message>
    <message>
        <source>Add a report</source>
        <translation>Есеп қосу</translation>
    </message>
    <message>
        <source>&amp;Cancel Adding Reports</source>
        <translation>Есептерді қосуды т&amp;оқтату</translation>
    </message>
    <message>
        <source>VIBE reports (*.yaml *.yml *.vibe *.txt);;Report YAML (*.yaml *.yml *.vibe);;VIBE text export (*.txt)</source>
        <translation>VIBE есептері (*.yaml *.yml *.vibe *.txt);;YAML пішіміндегі есеп (*.yaml *.yml *.vibe);;VIBE мәтіндік экспорты (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added to the library:</source>
        <translation>
            <numerusform>Кітапханаға %n файлды қосу мүмкін болмады:</numerusform>
            <numerusform>Кітапханаға %n файлды қосу мүмкін болмады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not added</source>
        <translation>Есеп қосылмады</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Есепті алып тастау</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library? Its file {path} will be deleted; your notes on it are kept.</source>
        <translation>«{title}» есебін кітапханадан алып тастау керек пе? Оның {path} файлы жойылады; оған жасаған жазбаларыңыз сақталады.</translation>
    </message>
    <message>
        <source>Report not removed</source>
        <translation>Есеп алып тасталмады</translation>
    </message>
    <message>
        <source>The report could not be removed:</source>
        <translation>Есепті алып тастау мүмкін болмады:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Library of reports</source>
        <translation>Есептер кітапханасы</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Problem with the selected report</source>
        <translation>Таңдалған есепте ақау бар</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Add Report…</source>
        <translation>Есеп &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Алып &amp;тастау</translation>
    </message>
    <message>
        <source>Your added reports cannot be listed: {error}</source>
        <translation>Сіз қосқан есептердің тізімін алу мүмкін емес: {error}</translation>
    </message>
</context>
<context>
    <name>LinkFollower</name>
    <message>
        <source>Footnote not found</source>
        <translation>Ескертпе табылмады</translation>
    </message>
    <message>
        <source>This report has no footnote {n}.</source>
        <translation>Бұл есепте {n}-ескертпе жоқ.</translation>
    </message>
    <message>
        <source>Footnote {n}</source>
        <translation>{n}-ескертпе</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
</context>
<context>
    <name>LinkPopup</name>
    <message>
        <source>Go to footnote</source>
        <translation>Ескертпеге өту</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Мәтінді көшіру</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Мәтінді көшіріп алу</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Толық мекенжай</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy address {url}</source>
        <translation>{url} мекенжайын көшіру</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Браузерде ашу</translation>
    </message>
    <message>
        <source>Open {url} in the browser</source>
        <translation>{url} мекенжайын браузерде ашу</translation>
    </message>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Тек http, https және mailto сілтемелерін ашуға болады.</translation>
    </message>
    <message>
        <source>About this address</source>
        <translation>Бұл мекенжай туралы</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Сілтеме ашылмады</translation>
    </message>
    <message>
        <source>The system could not open:
{url}</source>
        <translation>Жүйе мынаны аша алмады:
{url}</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Only http, https and mailto links can be opened.</source>
        <translation>Тек http, https және mailto сілтемелерін ашуға болады.</translation>
    </message>
    <message>
        <source>The address begins with “{userinfo}@”, which is not where it leads: the site is {host}. That part was removed.</source>
        <translation>Мекенжай «{userinfo}@» деп басталады, бірақ ол сол жерге апармайды: сайт — {host}. Бұл бөлігі алып тасталды.</translation>
    </message>
    <message>
        <source>The site&apos;s name uses letters outside the Latin alphabet, which can imitate another name; its real name is {host}.</source>
        <translation>Сайт атауында латын әліпбиінен тыс әріптер бар, олар басқа атауға ұқсатып жасалуы мүмкін; сайттың нақты атауы: {host}.</translation>
    </message>
    <message>
        <source>The address held invisible control or text-direction characters; they were removed.</source>
        <translation>Мекенжайда көрінбейтін басқару таңбалары немесе мәтін бағытының таңбалары болды; олар алып тасталды.</translation>
    </message>
    <message>
        <source>The mail link also set other parts of the message ({fields}); only the address is used.</source>
        <translation>Пошта сілтемесі хаттың басқа бөліктерін де көрсеткен ({fields}); тек мекенжай қолданылады.</translation>
    </message>
    <message>
        <source>The address is malformed and cannot be opened.</source>
        <translation>Мекенжай қате жазылған, оны ашу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VIBE Desktop reader</source>
        <translation>VIBE Desktop оқу бағдарламасы</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Ма&amp;змұн</translation>
    </message>
    <message>
        <source>Navigation Tool&amp;bar</source>
        <translation>Навигация &amp;құралдар тақтасы</translation>
    </message>
    <message>
        <source>No report to show</source>
        <translation>Көрсететін есеп жоқ</translation>
    </message>
    <message>
        <source>No VIBE report is installed or none could be opened. Reports added to the library appear under File → Reports.</source>
        <translation>Бірде-бір VIBE есебі орнатылмаған немесе ашылмады. Кітапханаға қосылған есептер Файл → Есептер мәзірінде шығады.</translation>
    </message>
    <message>
        <source>{page} — {report} — {app}</source>
        <translation>{page} — {report} — {app}</translation>
    </message>
    <message>
        <source>Contents hidden to keep the text readable; F9 shows it.</source>
        <translation>Мәтінге орын жеткілікті болу үшін мазмұн жасырылды; F9 оны қайта көрсетеді.</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <source>Bookmarks and notes in the margin</source>
        <translation>Жиектегі бетбелгілер мен жазбалар</translation>
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
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Барлығын &amp;таңдау</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Бастапқы &amp;өлшем</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Түс &amp;схемасы</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;Жүйедегідей</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Жоғары &amp;контраст</translation>
    </message>
    <message>
        <source>C&amp;aret Browsing</source>
        <translation>Мәтін ку&amp;рсоры</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Келесі а&amp;ймақ</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Ал&amp;дыңғы аймақ</translation>
    </message>
    <message>
        <source>Go to Co&amp;ntents</source>
        <translation>&amp;Мазмұнға өту</translation>
    </message>
    <message>
        <source>Go to T&amp;ext</source>
        <translation>М&amp;әтінге өту</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Ал&amp;ға</translation>
    </message>
    <message>
        <source>&amp;Previous Indicator</source>
        <translation>А&amp;лдыңғы индикатор</translation>
    </message>
    <message>
        <source>&amp;Next Indicator</source>
        <translation>К&amp;елесі индикатор</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <source>Panel &amp;&amp; &amp;Rights</source>
        <translation>&amp;Сарапшылар тобы және құқықтар</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About VIBE Desktop</source>
        <translation>VIBE Desktop &amp;туралы</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>(no reports found)</source>
        <translation>(есептер табылмады)</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Cannot open location</source>
        <extracomment>show(report, page, paragraph or None, highlight, new_report, new_page) problem(title, text, error)</extracomment>
        <translation>Бұл орынды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>This place is not in the report:</source>
        <translation>Бұл орын есепте жоқ:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Report not found</source>
        <translation>Есеп табылмады</translation>
    </message>
    <message>
        <source>There is no report {id!r}. Reports: {known}</source>
        <translation>{id!r} есебі жоқ. Есептер: {known}</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>Есепті ашу мүмкін емес</translation>
    </message>
    <message>
        <source>The report could not be read:</source>
        <translation>Есепті оқу мүмкін болмады:</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>Indicator {n}</source>
        <translation>{n}-индикатор</translation>
    </message>
    <message>
        <source>Principle {n}</source>
        <translation>{n}-қағидат</translation>
    </message>
    <message>
        <source>Footnote {n}</source>
        <translation>{n}-ескертпе</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Сарапшылар тобы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Bookmark, {place}</source>
        <translation>Бетбелгі, {place}</translation>
    </message>
    <message>
        <source>Highlight, {place}</source>
        <translation>Бөлектеу, {place}</translation>
    </message>
    <message>
        <source>Highlighted text: {text}</source>
        <translation>Бөлектелген мәтін: {text}</translation>
    </message>
    <message>
        <source>Opening words: {text}</source>
        <translation>Басы: {text}</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Атауы жоқ</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Жазба жоқ</translation>
    </message>
    <message>
        <source>Label: {text}</source>
        <translation>Атауы: {text}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Жазба: {text}</translation>
    </message>
    <message>
        <source>(bookmark)</source>
        <translation>(бетбелгі)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV кестесі (*.csv)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path} файлын жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Қалтаны ашу</translation>
    </message>
    <message>
        <source>Bookmarked paragraph</source>
        <translation>Бетбелгі қойылған абзац</translation>
    </message>
</context>
<context>
    <name>NotesExport</name>
    <message>
        <source>(no URL)</source>
        <translation>(мекенжайы жоқ)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>report</source>
        <translation>есеп</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>орын коды</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>үзінді</translation>
    </message>
    <message>
        <source>note</source>
        <translation>жазба</translation>
    </message>
    <message>
        <source>footnotes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <source>created</source>
        <translation>құрылған уақыты</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>бетбелгі</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>бөлектеу</translation>
    </message>
    <message>
        <source>VIBE Desktop: highlights and notes</source>
        <translation>VIBE Desktop: бөлектеулер мен жазбалар</translation>
    </message>
    <message>
        <source>Bookmark: {place}</source>
        <translation>Бетбелгі: {place}</translation>
    </message>
    <message>
        <source>Anchor: {anchor}</source>
        <translation>Орын коды: {anchor}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Жазба: {note}</translation>
    </message>
    <message>
        <source>Footnote {n}: {urls}</source>
        <translation>{n}-ескертпе: {urls}</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемент</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes and bookmarks</source>
        <translation>Жазбалар мен бетбелгілер</translation>
    </message>
    <message>
        <source>Bookmarks and highlights by report</source>
        <translation>Есептер бойынша бетбелгілер мен бөлектеулер</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Жазбаны өңдеу</translation>
    </message>
    <message>
        <source>&amp;Edit Note</source>
        <translation>Жазбаны &amp;өңдеу</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Footnotes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>{n}-қағидат: {title}</translation>
    </message>
    <message>
        <source>Principle score:</source>
        <translation>Қағидат балы:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлар</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Балл:</translation>
    </message>
    <message>
        <source>Indicator {n}: {title}</source>
        <translation>{n}-индикатор: {title}</translation>
    </message>
    <message>
        <source>Indicator score:</source>
        <translation>Индикатор балы:</translation>
    </message>
    <message>
        <source>Indicator {n}</source>
        <translation>{n}-индикатор</translation>
    </message>
    <message>
        <source>Panel &amp; rights</source>
        <translation>Сарапшылар тобы және құқықтар</translation>
    </message>
    <message>
        <source>List of panel participants</source>
        <translation>Сарапшылар тобының құрамы</translation>
    </message>
    <message>
        <source>Moderator and author</source>
        <translation>Модератор және автор</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Құқықтар</translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation>Алғыс</translation>
    </message>
    <message>
        <source>← Previous page</source>
        <translation>← Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page →</source>
        <translation>Келесі бет →</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Адамдар…</translation>
    </message>
    <message>
        <source>People in %1</source>
        <translation>«%1» есебіндегі адамдар</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>модератор</translation>
    </message>
    <message>
        <source>panelist</source>
        <translation>сарапшы</translation>
    </message>
    <message>
        <source>Also written: %1</source>
        <translation>Басқаша жазылуы: %1</translation>
    </message>
    <message>
        <source>Pull quotes (%1)</source>
        <translation>Дәйексөздер (%1)</translation>
    </message>
    <message>
        <source>Named in (%1)</source>
        <translation>Аталған жерлері (%1)</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>People status</source>
        <translation>Адамдар тізімінің күйі</translation>
    </message>
    <message>
        <source>Panelists, their quotes and mentions</source>
        <translation>Сарапшылар, олардың дәйексөздері мен аталған жерлері</translation>
    </message>
    <message>
        <source>Open a report to see its panel.</source>
        <translation>Сарапшылар тобын көру үшін есепті ашыңыз.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Есеп оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s); names are matched across the report&apos;s spellings.</source>
        <translation>
            <numerusform>%n адам; есімдер есептегі әртүрлі жазылуына қарамай сәйкестендірілді.</numerusform>
            <numerusform>%n адам; есімдер есептегі әртүрлі жазылуына қарамай сәйкестендірілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot list people: %1</source>
        <translation>Адамдар тізімін жасау мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Could not write {path}:
{error}</source>
        <translation>{path} файлын жазу мүмкін болмады:
{error}</translation>
    </message>
    <message>
        <source>You are reading Principle {n}, {title}. What should this include?</source>
        <translation>Сіз {n}-қағидатты оқып отырсыз: {title}. Нені қамту керек?</translation>
    </message>
    <message>
        <source>&amp;Whole Report</source>
        <translation>&amp;Бүкіл есеп</translation>
    </message>
    <message>
        <source>Only &amp;Principle {n}</source>
        <translation>Тек {n}-&amp;қағидат</translation>
    </message>
    <message>
        <source>Export slides as PDF</source>
        <translation>Слайдтарды PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>Wrote the handout to {path}</source>
        <translation>Таратпа материал {path} файлына жазылды</translation>
    </message>
    <message>
        <source>Export handout as PDF</source>
        <translation>Таратпа материалды PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>Could not print:</source>
        <translation>Басып шығару мүмкін болмады:</translation>
    </message>
    <message>
        <source>Print slides</source>
        <translation>Слайдтарды басып шығару</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Таратпа материалды басып шығару</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <source>Open a report first: there is nothing to present.</source>
        <translation>Алдымен есепті ашыңыз: көрсететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Present with presenter view</source>
        <translation>Баяндамашы көрінісімен көрсету</translation>
    </message>
    <message>
        <source>Only one screen is connected (or the projector mirrors this screen), so the audience would see the presenter view with your notes.

Present full screen to the audience without the presenter view, or show the presenter view only to rehearse?</source>
        <translation>Тек бір экран қосылған (немесе проектор осы экранды қайталайды), сондықтан көрермендер баяндамашы көрінісін жазбаларыңызбен бірге көреді.

Презентацияны көрермендерге баяндамашы көрінісінсіз толық экранда көрсету керек пе, әлде баяндамашы көрінісін тек дайындық үшін ашу керек пе?</translation>
    </message>
    <message>
        <source>Present &amp;Full Screen</source>
        <translation>&amp;Толық экранда көрсету</translation>
    </message>
    <message>
        <source>&amp;Rehearse with Presenter View</source>
        <translation>Баяндамашы көрінісімен &amp;дайындалу</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентацияны көрсету</translation>
    </message>
    <message>
        <source>Present from &amp;start</source>
        <translation>Б&amp;асынан бастап көрсету</translation>
    </message>
    <message>
        <source>Present with presenter vie&amp;w</source>
        <translation>&amp;Баяндамашы көрінісімен көрсету</translation>
    </message>
    <message>
        <source>Export &amp;slides as PDF…</source>
        <translation>&amp;Слайдтарды PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;handout as PDF…</source>
        <translation>&amp;Таратпа материалды PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Print slides…</source>
        <translation>Слайдтарды басып шығару…</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Таратпа материалды басып шығару…</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>There is no slide for indicator {n}.</source>
        <translation>{n}-индикаторға арналған слайд жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>There is no slide {n}: this presentation has %n slide(s).</source>
        <translation>
            <numerusform>{n}-слайд жоқ: бұл презентацияда %n слайд бар.</numerusform>
            <numerusform>{n}-слайд жоқ: бұл презентацияда %n слайд бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slide {n} of {total}: {title}</source>
        <translation>Слайд {n}/{total}: {title}</translation>
    </message>
    <message>
        <source>Go to indicator: {n}</source>
        <translation>Индикаторға өту: {n}</translation>
    </message>
    <message>
        <source>Go to slide (or I for indicator): {n}</source>
        <translation>Слайдқа өту (I — индикаторға): {n}</translation>
    </message>
</context>
<context>
    <name>PresentationWords</name>
    <message numerus="yes">
        <source>Wrote %n slide(s) to {path}</source>
        <translation>
            <numerusform>%n слайд {path} файлына жазылды</numerusform>
            <numerusform>%n слайд {path} файлына жазылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <extracomment>Keys a clicker sends: they drive the slides even while the notes or the screen list have the keyboard focus (arrow keys there scroll the notes / pick a screen).</extracomment>
        <translation>Баяндамашы көрінісі</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Ағымдағы слайд</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Келесі слайд</translation>
    </message>
    <message>
        <source>Speaker&apos;s notes</source>
        <translation>Баяндамашының жазбалары</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Слайд нөмірі</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Өткен уақыт</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Көрермендер экраны</translation>
    </message>
    <message>
        <source>The screen the audience sees</source>
        <translation>Көрермендер көретін экран</translation>
    </message>
    <message>
        <source>End presentation</source>
        <translation>Көрсетуді аяқтау</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Слайдқа өту</translation>
    </message>
    <message>
        <source>Rehearsal: the slides are not shown to an audience.</source>
        <translation>Дайындық: слайдтар көрермендерге көрсетілмейді.</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>&amp;Audience screen:</source>
        <translation>&amp;Көрермендер экраны:</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({w}×{h})</source>
        <translation>{n}-экран: {name} ({w}×{h})</translation>
    </message>
    <message>
        <source>Slide {label}</source>
        <translation>Слайд {label}</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Бұл слайдқа жазба жоқ.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Caret browsing on</source>
        <translation>Мәтін курсоры қосылды</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>Мәтін курсоры өшірілді</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Таңдалды: %1</translation>
    </message>
    <message>
        <source>footnote %1</source>
        <translation>%1-ескертпе</translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation>сілтеме: %1</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>айтқан: %1</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Report text</source>
        <translation>Есеп мәтіні</translation>
    </message>
    <message>
        <source>The page being read. Tab moves between links; Enter opens a link or footnote.</source>
        <translation>Оқылып жатқан бет. Tab сілтемелер арасында жылжиды, Enter сілтемені не ескертпені ашады.</translation>
    </message>
    <message>
        <source>Text menu</source>
        <translation>Мәтін мәзірі</translation>
    </message>
</context>
<context>
    <name>ReportTree</name>
    <message>
        <source>Report contents</source>
        <translation>Есептің мазмұны</translation>
    </message>
    <message>
        <source>Overview, principles, indicators and panel. Arrow keys move, Enter opens.</source>
        <translation>Шолу, қағидаттар, индикаторлар және сарапшылар тобы. Жебелер — жылжу, Enter — ашу.</translation>
    </message>
</context>
<context>
    <name>ScoreOverview</name>
    <message>
        <source>Score overview</source>
        <translation>Балдарға шолу</translation>
    </message>
    <message>
        <source>Use the Up and Down keys to choose a principle and Enter to open it.</source>
        <translation>Қағидатты «жоғары» және «төмен» пернелерімен таңдаңыз, Enter оны ашады.</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>Bands</source>
        <translation>Деңгейлер</translation>
    </message>
    <message>
        <source>Overall {score}</source>
        <translation>Қорытынды: {score}</translation>
    </message>
    <message>
        <source>not given in this report</source>
        <translation>бұл есепте көрсетілмеген</translation>
    </message>
    <message>
        <source>Principle {n}, {title}: {score}.</source>
        <translation>{n}-қағидат, {title}: {score}.</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{max} балдан {score}</translation>
    </message>
    <message>
        <source>Overall score: {phrase}</source>
        <translation>Жалпы балл: {phrase}</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Жалпы балл</translation>
    </message>
    <message>
        <source>Principle {n}: {title}</source>
        <translation>{n}-қағидат: {title}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>&amp;Search All Reports…</source>
        <translation>Барлық есептерден &amp;іздеу…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Сарапшылар тобы</translation>
    </message>
    <message>
        <source>Footnote %1</source>
        <translation>%1-ескертпе</translation>
    </message>
    <message>
        <source>Principle %1</source>
        <translation>%1-қағидат</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>%1-индикатор</translation>
    </message>
    <message>
        <source>pull quote</source>
        <translation>дәйексөз</translation>
    </message>
    <message>
        <source>Principle %1: %2</source>
        <translation>%1-қағидат: %2</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all reports</source>
        <translation>Барлық есептерден іздеу</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;</source>
        <translation>Іздеу: сөздер, &quot;нақты тіркес&quot;</translation>
    </message>
    <message>
        <source>Search in report</source>
        <translation>Есептен іздеу</translation>
    </message>
    <message>
        <source>Search in principle</source>
        <translation>Қағидаттан іздеу</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Барлық қағидаттар</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Іздеу күйі</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Есеп:</translation>
    </message>
    <message>
        <source>&amp;Principle:</source>
        <translation>&amp;Қағидат:</translation>
    </message>
    <message>
        <source>The number of results</source>
        <translation>Нәтижелер саны</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Барлық есептер</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ештеңе табылмады</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Индекстелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(showing the best %n)</source>
        <translation>
            <numerusform>(ең сәйкес %n нәтиже көрсетілді)</numerusform>
            <numerusform>(ең сәйкес %n нәтиже көрсетілді)</numerusform>
        </translation>
    </message>
    <message>
        <source>so far; indexing…</source>
        <translation>әзірге; индекстелуде…</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Іздеу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <source>Principle {n}</source>
        <extracomment>Body text size as a fraction of the slide height: the largest, the smallest readable, and the floor used only for a single sentence that cannot be split further.</extracomment>
        <translation>{n}-қағидат</translation>
    </message>
    <message>
        <source>Principle {p} · Indicator {n}</source>
        <translation>{p}-қағидат · {n}-индикатор</translation>
    </message>
    <message>
        <source>Score overview</source>
        <translation>Балдарға шолу</translation>
    </message>
    <message>
        <source>The panel and acknowledgment</source>
        <translation>Сарапшылар тобы және алғыс</translation>
    </message>
    <message>
        <source>{label} (continued)</source>
        <translation>{label} (жалғасы)</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Жалпы балл</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{max} балдан {score}</translation>
    </message>
    <message>
        <source>Score: {phrase}</source>
        <translation>Балл: {phrase}</translation>
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
        <translation>Динамикалық емес</translation>
    </message>
    <message>
        <source>Slightly Vibrant</source>
        <translation>Әлсіз динамикалық</translation>
    </message>
    <message>
        <source>Somewhat Vibrant</source>
        <translation>Орташа динамикалық</translation>
    </message>
    <message>
        <source>Highly Vibrant</source>
        <translation>Жоғары динамикалық</translation>
    </message>
</context>
</TS>
