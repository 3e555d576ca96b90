-- The email channel: mails waiting to go out (the outbox), and every mail read from a desk mailbox.

CREATE SEQUENCE mail_outbox_seq START WITH 1000 INCREMENT BY 50;

-- Written in the same transaction as the ticket change it tells of, sent after the commit by the sender.
CREATE TABLE mail_outbox (
  id               NUMBER(19)                NOT NULL,
  ticket_number    VARCHAR2(20 ${chars})     NOT NULL,
  purpose          VARCHAR2(20 ${chars})     NOT NULL,
  recipient        VARCHAR2(254 ${chars})    NOT NULL,
  subject          VARCHAR2(400 ${chars})    NOT NULL,
  body             CLOB                      NOT NULL,
  message_id       VARCHAR2(250 ${chars})    NOT NULL,
  in_reply_to      VARCHAR2(250 ${chars}),
  thread_refs      VARCHAR2(4000 ${chars}),
  status           VARCHAR2(10 ${chars})     NOT NULL,
  attempts         NUMBER(10)   DEFAULT 0    NOT NULL,
  next_attempt_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
  last_error       VARCHAR2(1000 ${chars}),
  created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
  sent_at          TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
  CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
  CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_ticket ON mail_outbox (ticket_number);

CREATE SEQUENCE mail_inbound_seq START WITH 1000 INCREMENT BY 50;

-- One row per distinct Message-ID read: what became of it. The unique Message-ID makes reading idempotent.
CREATE TABLE mail_inbound (
  id               NUMBER(19)                NOT NULL,
  mailbox          VARCHAR2(40 ${chars})     NOT NULL,
  message_id       VARCHAR2(250 ${chars})    NOT NULL,
  sender           VARCHAR2(254 ${chars}),
  subject          VARCHAR2(400 ${chars}),
  outcome          VARCHAR2(20 ${chars})     NOT NULL,
  ticket_number    VARCHAR2(20 ${chars}),
  reason           VARCHAR2(1000 ${chars}),
  raw_file         VARCHAR2(400 ${chars}),
  received_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
  CONSTRAINT pk_mail_inbound PRIMARY KEY (id),
  CONSTRAINT uq_mail_inbound_message_id UNIQUE (message_id),
  CONSTRAINT ck_mail_inbound_outcome CHECK (outcome IN ('OPENED', 'APPENDED', 'FOLLOW_UP', 'IGNORED', 'QUARANTINED',
                                                        'RESOLVED'))
);
CREATE INDEX ix_mail_inbound_ticket ON mail_inbound (ticket_number);
CREATE INDEX ix_mail_inbound_outcome ON mail_inbound (outcome);
CREATE INDEX ix_mail_inbound_sender ON mail_inbound (sender, received_at);
