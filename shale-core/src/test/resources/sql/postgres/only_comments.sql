-- nothing to run here
/* just /* nested */ comments */

  ;  -- and empty statements
;
