SELECT 1;
SELECT 2 /* outer /* inner */ the outer never closes;
SELECT 3;
