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
</context>
</TS>
