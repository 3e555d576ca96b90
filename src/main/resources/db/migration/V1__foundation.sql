-- Foundation schema: accounts, affected systems, tickets with messages and history.
-- Portable between Oracle and H2 (both its default and Oracle modes). ${chars} is CHAR on Oracle and H2's
-- Oracle mode, CHARACTERS on H2's default mode: lengths count characters, not bytes, for Japanese text.
-- Times are UTC instants (TIMESTAMP WITH TIME ZONE); booleans are NUMBER(1) holding 0 or 1.

CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE affected_system_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE ticket_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE ticket_message_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE ticket_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
  id                  NUMBER(19)                NOT NULL,
  version             NUMBER(19)   DEFAULT 0    NOT NULL,
  username            VARCHAR2(64 ${chars})     NOT NULL,
  display_name        VARCHAR2(100 ${chars})    NOT NULL,
  email               VARCHAR2(254 ${chars}),
  password_hash       VARCHAR2(500 ${chars})    NOT NULL,
  enabled             NUMBER(1)    DEFAULT 1    NOT NULL,
  failed_logins       NUMBER(10)   DEFAULT 0    NOT NULL,
  locked_until        TIMESTAMP WITH TIME ZONE,
  last_login_at       TIMESTAMP WITH TIME ZONE,
  password_changed_at TIMESTAMP WITH TIME ZONE  NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE  NOT NULL,
  CONSTRAINT pk_account PRIMARY KEY (id),
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT ck_account_enabled CHECK (enabled IN (0, 1))
);

CREATE TABLE account_role (
  account_id NUMBER(19)            NOT NULL,
  role_name  VARCHAR2(20 ${chars}) NOT NULL,
  CONSTRAINT pk_account_role PRIMARY KEY (account_id, role_name),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_account_role_name CHECK (role_name IN ('OPERATOR', 'MANAGER', 'LEAD', 'CITY', 'ADMIN'))
);

CREATE TABLE affected_system (
  id         NUMBER(19)                NOT NULL,
  version    NUMBER(19)   DEFAULT 0    NOT NULL,
  code       VARCHAR2(32 ${chars})     NOT NULL,
  name_ja    VARCHAR2(100 ${chars})    NOT NULL,
  name_en    VARCHAR2(100 ${chars})    NOT NULL,
  active     NUMBER(1)    DEFAULT 1    NOT NULL,
  sort_order NUMBER(10)   DEFAULT 0    NOT NULL,
  CONSTRAINT pk_affected_system PRIMARY KEY (id),
  CONSTRAINT uq_affected_system_code UNIQUE (code)
);

CREATE TABLE ticket_number_counter (
  counter_year NUMBER(10) NOT NULL,
  last_value   NUMBER(10) DEFAULT 0 NOT NULL,
  CONSTRAINT pk_ticket_number_counter PRIMARY KEY (counter_year)
);

CREATE TABLE ticket (
  id                  NUMBER(19)               NOT NULL,
  version             NUMBER(19)  DEFAULT 0    NOT NULL,
  ticket_no           VARCHAR2(20 ${chars})    NOT NULL,
  ticket_type         VARCHAR2(20 ${chars})    NOT NULL,
  channel             VARCHAR2(10 ${chars})    NOT NULL,
  status              VARCHAR2(20 ${chars})    NOT NULL,
  security_incident   NUMBER(1)   DEFAULT 0    NOT NULL,
  subject             VARCHAR2(200 ${chars})   NOT NULL,
  description         CLOB                     NOT NULL,
  answer              CLOB,
  requester_name      VARCHAR2(100 ${chars})   NOT NULL,
  requester_org       VARCHAR2(200 ${chars}),
  requester_email     VARCHAR2(254 ${chars}),
  requester_phone     VARCHAR2(40 ${chars}),
  system_id           NUMBER(19),
  impact              VARCHAR2(10 ${chars})    NOT NULL,
  urgency             VARCHAR2(10 ${chars})    NOT NULL,
  priority            VARCHAR2(10 ${chars})    NOT NULL,
  priority_overridden NUMBER(1)   DEFAULT 0    NOT NULL,
  assignee_id         NUMBER(19),
  status_token        VARCHAR2(64 ${chars})    NOT NULL,
  received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  first_response_at   TIMESTAMP WITH TIME ZONE,
  answered_at         TIMESTAMP WITH TIME ZONE,
  closed_at           TIMESTAMP WITH TIME ZONE,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  reopen_count        NUMBER(10)  DEFAULT 0    NOT NULL,
  CONSTRAINT pk_ticket PRIMARY KEY (id),
  CONSTRAINT uq_ticket_no UNIQUE (ticket_no),
  CONSTRAINT uq_ticket_status_token UNIQUE (status_token),
  CONSTRAINT fk_ticket_system FOREIGN KEY (system_id) REFERENCES affected_system (id),
  CONSTRAINT fk_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES account (id),
  CONSTRAINT ck_ticket_type CHECK (ticket_type IN ('INQUIRY', 'INCIDENT', 'SERVICE_REQUEST')),
  CONSTRAINT ck_ticket_channel CHECK (channel IN ('WEB', 'EMAIL', 'PHONE', 'API')),
  CONSTRAINT ck_ticket_status CHECK (status IN ('NEW', 'IN_PROGRESS', 'WAITING', 'ANSWERED', 'CLOSED'))
);
CREATE INDEX ix_ticket_status ON ticket (status);
CREATE INDEX ix_ticket_received ON ticket (received_at);
CREATE INDEX ix_ticket_assignee ON ticket (assignee_id);
CREATE INDEX ix_ticket_system ON ticket (system_id);
CREATE INDEX ix_ticket_requester_email ON ticket (requester_email);

CREATE TABLE ticket_message (
  id              NUMBER(19)               NOT NULL,
  ticket_id       NUMBER(19)               NOT NULL,
  kind            VARCHAR2(20 ${chars})    NOT NULL,
  body            CLOB                     NOT NULL,
  author_name     VARCHAR2(100 ${chars})   NOT NULL,
  author_username VARCHAR2(64 ${chars}),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_ticket_message PRIMARY KEY (id),
  CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_ticket_message_kind CHECK (kind IN ('REPLY', 'ANSWER', 'INTERIM_REPORT', 'NOTE', 'REQUESTER'))
);
CREATE INDEX ix_ticket_message_ticket ON ticket_message (ticket_id);

CREATE TABLE ticket_event (
  id             NUMBER(19)               NOT NULL,
  ticket_id      NUMBER(19)               NOT NULL,
  field_name     VARCHAR2(40 ${chars})    NOT NULL,
  old_value      VARCHAR2(1000 ${chars}),
  new_value      VARCHAR2(1000 ${chars}),
  actor_name     VARCHAR2(100 ${chars})   NOT NULL,
  actor_username VARCHAR2(64 ${chars}),
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_ticket_event PRIMARY KEY (id),
  CONSTRAINT fk_ticket_event_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);
CREATE INDEX ix_ticket_event_ticket ON ticket_event (ticket_id);

-- The systems of the sewer pipe ledger and GIS desk; admins edit the list in the console.
INSERT INTO affected_system (id, code, name_ja, name_en, sort_order) VALUES (1, 'LEDGER', '下水道台帳', 'Sewer ledger', 10);
INSERT INTO affected_system (id, code, name_ja, name_en, sort_order) VALUES (2, 'GIS', 'GIS地図', 'GIS map', 20);
INSERT INTO affected_system (id, code, name_ja, name_en, sort_order) VALUES (3, 'TABLET', 'タブレット端末', 'Field tablets', 30);
INSERT INTO affected_system (id, code, name_ja, name_en, sort_order) VALUES (4, 'REPORTS', '帳票', 'Reports and forms', 40);
INSERT INTO affected_system (id, code, name_ja, name_en, sort_order) VALUES (5, 'ACCOUNT', 'アカウント', 'Accounts and sign-in', 50);
INSERT INTO affected_system (id, code, name_ja, name_en, sort_order) VALUES (6, 'OTHER', 'その他', 'Other', 90);
