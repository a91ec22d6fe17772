SELECT E'it\'s; still the string';
SELECT e'a backslash at the end \\', 'next';
SELECT E'doubled '' quote; too';
SELECT U&'d\0061t\+000061; unicode' UESCAPE '\';
SELECT typE'a\';
