-- One row here says the views database was closed cleanly, so its rows can be trusted as they
-- are (ViewsCleanStop says why a kill leaves them untrustworthy). Empty at first: a database
-- from before this table, whose last stop nobody recorded, is rebuilt once.
CREATE TABLE views_clean_stop (
    stopped_at TIMESTAMP WITH TIME ZONE NOT NULL
);
