<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="71"/>
        <source>%n line(s) clear</source>
        <translation>
            <numerusform>%n line clear</numerusform>
            <numerusform>%n lines clear</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="74"/>
        <source>Saved PDF: {path} (%n page(s))</source>
        <translation>
            <numerusform>Saved PDF: {path} (%n page)</numerusform>
            <numerusform>Saved PDF: {path} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="77"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="80"/>
        <source>%n article(s) to listen to.</source>
        <translation>
            <numerusform>%n article to listen to.</numerusform>
            <numerusform>%n articles to listen to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="83"/>
        <source>Saved {name} ({minutes}:{seconds:02d}, %n sentence(s)).</source>
        <translation>
            <numerusform>Saved {name} ({minutes}:{seconds:02d}, %n sentence).</numerusform>
            <numerusform>Saved {name} ({minutes}:{seconds:02d}, %n sentences).</numerusform>
        </translation>
    </message>
</context>
</TS>
