-- Knowledge base: articles (Q&A and documents) with every version kept, readers' feedback, monthly usage
-- counters for the review, and files attached to articles.

CREATE SEQUENCE kb_article_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE kb_revision_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE kb_feedback_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE kb_attachment_seq START WITH 1000 INCREMENT BY 50;

-- An article's state; its text lives in its revisions. working_no is the revision being edited and reviewed,
-- live_no the one the public site and triage show (null until first published).
CREATE TABLE kb_article (
  id               NUMBER(19)                NOT NULL,
  version          NUMBER(19)   DEFAULT 0    NOT NULL,
  slug             VARCHAR2(100 ${chars})    NOT NULL,
  kind             VARCHAR2(10 ${chars})     NOT NULL,
  status           VARCHAR2(12 ${chars})     NOT NULL,
  working_no       NUMBER(10)                NOT NULL,
  live_no          NUMBER(10),
  source_ticket_no VARCHAR2(20 ${chars}),
  asked_as         CLOB,
  created_by       VARCHAR2(64 ${chars})     NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
  submitted_by     VARCHAR2(64 ${chars}),
  approved_by      VARCHAR2(64 ${chars}),
  approved_at      TIMESTAMP WITH TIME ZONE,
  published_at     TIMESTAMP WITH TIME ZONE,
  CONSTRAINT pk_kb_article PRIMARY KEY (id),
  CONSTRAINT uq_kb_article_slug UNIQUE (slug),
  CONSTRAINT ck_kb_article_kind CHECK (kind IN ('QA', 'DOCUMENT')),
  CONSTRAINT ck_kb_article_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED'))
);

-- Every saved version of an article, never changed once written.
CREATE TABLE kb_revision (
  id               NUMBER(19)                NOT NULL,
  article_id       NUMBER(19)                NOT NULL,
  revision_no      NUMBER(10)                NOT NULL,
  title_ja         VARCHAR2(300 ${chars}),
  body_ja          CLOB,
  title_en         VARCHAR2(300 ${chars}),
  body_en          CLOB,
  category         VARCHAR2(40 ${chars})     NOT NULL,
  tags             VARCHAR2(500 ${chars}),
  system_code      VARCHAR2(32 ${chars}),
  visibility       VARCHAR2(10 ${chars})     NOT NULL,
  document_version VARCHAR2(40 ${chars}),
  document_location VARCHAR2(500 ${chars}),
  author           VARCHAR2(64 ${chars})     NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
  note             VARCHAR2(500 ${chars}),
  CONSTRAINT pk_kb_revision PRIMARY KEY (id),
  CONSTRAINT fk_kb_revision_article FOREIGN KEY (article_id) REFERENCES kb_article (id),
  CONSTRAINT uq_kb_revision UNIQUE (article_id, revision_no),
  CONSTRAINT ck_kb_revision_visibility CHECK (visibility IN ('PUBLIC', 'INTERNAL'))
);

-- "Was this helpful?" answers with their optional comments.
CREATE TABLE kb_feedback (
  id               NUMBER(19)                NOT NULL,
  article_id       NUMBER(19)                NOT NULL,
  helpful          NUMBER(1)                 NOT NULL,
  comment_text     VARCHAR2(1000 ${chars}),
  lang             VARCHAR2(5 ${chars}),
  created_at       TIMESTAMP WITH TIME ZONE  NOT NULL,
  CONSTRAINT pk_kb_feedback PRIMARY KEY (id),
  CONSTRAINT fk_kb_feedback_article FOREIGN KEY (article_id) REFERENCES kb_article (id)
);
CREATE INDEX ix_kb_feedback_article ON kb_feedback (article_id);

-- Per article and month (YYYY-MM in the desk's time zone): what the monthly review adds up.
CREATE TABLE kb_usage (
  article_id       NUMBER(19)                NOT NULL,
  usage_month      VARCHAR2(7 ${chars})      NOT NULL,
  views            NUMBER(10)   DEFAULT 0    NOT NULL,
  helpful_yes      NUMBER(10)   DEFAULT 0    NOT NULL,
  helpful_no       NUMBER(10)   DEFAULT 0    NOT NULL,
  deflections      NUMBER(10)   DEFAULT 0    NOT NULL,
  linked_tickets   NUMBER(10)   DEFAULT 0    NOT NULL,
  CONSTRAINT pk_kb_usage PRIMARY KEY (article_id, usage_month),
  CONSTRAINT fk_kb_usage_article FOREIGN KEY (article_id) REFERENCES kb_article (id)
);

-- Images and files attached to an article; the bytes live under <data>/kb/files/.
CREATE TABLE kb_attachment (
  id               NUMBER(19)                NOT NULL,
  article_id       NUMBER(19)                NOT NULL,
  file_name        VARCHAR2(200 ${chars})    NOT NULL,
  content_type     VARCHAR2(100 ${chars})    NOT NULL,
  size_bytes       NUMBER(19)                NOT NULL,
  uploaded_by      VARCHAR2(64 ${chars})     NOT NULL,
  uploaded_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
  CONSTRAINT pk_kb_attachment PRIMARY KEY (id),
  CONSTRAINT fk_kb_attachment_article FOREIGN KEY (article_id) REFERENCES kb_article (id)
);
CREATE INDEX ix_kb_attachment_article ON kb_attachment (article_id);
