-- Workspaces, users, API tokens and login throttling.

CREATE TABLE workspace (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    default_country VARCHAR(2)   NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    currency        VARCHAR(3)   NOT NULL,
    locale          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspace (id),
    email         VARCHAR(320) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       INTEGER      NOT NULL,
    CONSTRAINT app_user_email_unique UNIQUE (email)
);
CREATE INDEX app_user_workspace ON app_user (workspace_id);

CREATE TABLE api_token (
    id           UUID PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    created_by   UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    version      INTEGER      NOT NULL,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_workspace ON api_token (workspace_id);

-- Failed logins per login name; shared by every instance so throttling holds behind a load balancer.
CREATE TABLE login_attempt (
    login_key     VARCHAR(320) PRIMARY KEY,
    failures      INTEGER NOT NULL,
    first_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
