-- A webinar marketing runs; the public list shows those not yet started.
create table webinars (
    id         varchar(36)  primary key,
    title      varchar(200) not null,
    starts_at  timestamp with time zone not null,
    created_by varchar(64)  not null,
    created_at timestamp with time zone not null
);
create index webinars_starts_at on webinars (starts_at);

-- A registration: the registrant is a person of people, through their WEBINAR_SIGNUP submission
-- (which carries the collection record, R1). One registration per person and webinar, however
-- often or concurrently they sign up.
create table webinar_registrations (
    id            varchar(36) primary key,
    webinar_id    varchar(36) not null references webinars (id),
    submission_id varchar(36) not null references submissions (id),
    person_id     varchar(36) not null references people (id),
    registered_at timestamp with time zone not null,
    constraint webinar_registrations_once unique (webinar_id, person_id)
);
create index webinar_registrations_listed on webinar_registrations (webinar_id, registered_at);
create index webinar_registrations_submission on webinar_registrations (submission_id);
