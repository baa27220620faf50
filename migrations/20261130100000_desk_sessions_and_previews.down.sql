DROP TABLE desk_previews;
DROP TABLE desk_sessions;
