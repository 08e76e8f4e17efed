-- Staff and their integration tokens (stored hashed; a token is shown once).
create table staff_users (
    username      varchar(64)  primary key,
    password_hash varchar(400) not null,
    roles         varchar(100) not null,
    created_at    timestamp with time zone not null
);

create table api_tokens (
    id          varchar(36)  primary key,
    username    varchar(64)  not null references staff_users (username),
    token_hash  varchar(64)  not null unique,
    label       varchar(100),
    created_at  timestamp with time zone not null
);

-- A person whose data we hold, known by a normalised address.
create table people (
    id              varchar(36)  primary key,
    email           varchar(254) not null unique,
    -- opted out of sale and sharing: Global Privacy Control (R5), a request, or a minor (R16)
    sale_sharing_opt_out boolean not null,
    partner_consent boolean      not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

-- One form submission, with its collection record (R1): nothing is stored without it.
create table submissions (
    id                      varchar(36)   primary key,
    person_id               varchar(36)   not null references people (id),
    source_form             varchar(40)   not null,
    categories              varchar(400)  not null,
    purposes                varchar(400)  not null,
    policy_version          varchar(40)   not null,
    collected_at            timestamp with time zone not null,
    full_name               varchar(200)  not null,
    phone                   varchar(40),
    organization            varchar(200),
    business_address        varchar(500),
    practice_specialty      varchar(100),
    provider_count          integer,
    product_interest        varchar(200),
    comments                varchar(4000),
    page_url                varchar(2000),
    client_address          varchar(64),
    user_agent              varchar(512),
    partner_sharing_consent boolean       not null
);
create index submissions_person on submissions (person_id);

-- The sales side of a demo, pricing or product-information request.
create table demo_requests (
    id           varchar(36)  primary key references submissions (id),
    request_type varchar(20)  not null,
    status       varchar(20)  not null,
    assignee     varchar(64),
    note         varchar(2000),
    received_at  timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint       not null
);
create index demo_requests_newest on demo_requests (received_at, id);
