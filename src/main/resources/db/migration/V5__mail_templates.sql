-- Administrators' versions of the mail templates; a purpose and language without a row uses the shipped text.

CREATE SEQUENCE mail_template_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE mail_template (
  id          NUMBER(19)                NOT NULL,
  purpose     VARCHAR2(20 ${chars})     NOT NULL,
  lang        VARCHAR2(5 ${chars})      NOT NULL,
  subject     VARCHAR2(200 ${chars})    NOT NULL,
  body        CLOB                      NOT NULL,
  updated_by  VARCHAR2(64 ${chars})     NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
  CONSTRAINT pk_mail_template PRIMARY KEY (id),
  CONSTRAINT uq_mail_template UNIQUE (purpose, lang)
);
