-- People who log in to web. Passwords are stored only as hashes. Sessions come with the login feature.
create table web_user (
    id            uuid         primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(200) not null,
    role          varchar(16)  not null
                  constraint web_user_role_check check (role in ('shopper', 'operator', 'support', 'partner', 'admin')),
    password_hash varchar(255) not null
);
