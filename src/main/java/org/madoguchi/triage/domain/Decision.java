package org.madoguchi.triage.domain;

/** 既存事象 (a known issue, answered from an earlier case) or 新規事象 (to be investigated). */
public enum Decision {
    KNOWN, NEW
}
