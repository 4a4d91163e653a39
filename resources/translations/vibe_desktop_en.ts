<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ExportWords</name>
        <message numerus="yes">
            <source>Exported %n item(s) to {path}</source>
            <translation>
                <numerusform>Exported %n item to {path}</numerusform>
                <numerusform>Exported %n items to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keeper</name>
        <message numerus="yes">
            <source>%n saved entries in {path} could not be read and are not shown; they are kept in the file unchanged.</source>
            <translation>
                <numerusform>%n saved entry in {path} could not be read and is not shown; it is kept in the file unchanged.</numerusform>
                <numerusform>%n saved entries in {path} could not be read and are not shown; they are kept in the file unchanged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryActions</name>
        <message numerus="yes">
            <source>%n file(s) could not be added to the library:</source>
            <translation>
                <numerusform>%n file could not be added to the library:</numerusform>
                <numerusform>%n files could not be added to the library:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleView</name>
        <message numerus="yes">
            <source>%n person(s); names are matched across the report's spellings.</source>
            <translation>
                <numerusform>%n person; names are matched across the report's spellings.</numerusform>
                <numerusform>%n people; names are matched across the report's spellings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationController</name>
        <message numerus="yes">
            <source>There is no slide {n}: this presentation has %n slide(s).</source>
            <translation>
                <numerusform>There is no slide {n}: this presentation has %n slide.</numerusform>
                <numerusform>There is no slide {n}: this presentation has %n slides.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationWords</name>
        <message numerus="yes">
            <source>Wrote %n slide(s) to {path}</source>
            <translation>
                <numerusform>Wrote %n slide to {path}</numerusform>
                <numerusform>Wrote %n slides to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(showing the best %n)</source>
            <translation>
                <numerusform>(showing the best %n)</numerusform>
                <numerusform>(showing the best %n)</numerusform>
            </translation>
        </message>
    </context>
</TS>
