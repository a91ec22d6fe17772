SELECT 1;
SELECT 'escaped quote never ends \';
SELECT 2;
