-- nothing
// nothing either
/* still nothing */ ;
