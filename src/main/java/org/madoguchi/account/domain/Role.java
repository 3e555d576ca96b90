package org.madoguchi.account.domain;

import java.util.Locale;

/** The desk's roles, as in the O&amp;M contract. The group name is what the container checks. */
public enum Role {
    /** 担当者: works tickets. */
    OPERATOR,
    /** 管理者: also reassigns, decides exceptions, reopens closed tickets. */
    MANAGER,
    /** 責任者: everything, including configuration. */
    LEAD,
    /** 本市: the city's staff; reads tickets, later approves and receives reports. */
    CITY,
    /** Accounts and settings. */
    ADMIN;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromGroup(String group) {
        return valueOf(group.toUpperCase(Locale.ROOT));
    }
}
