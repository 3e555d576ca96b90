package org.madoguchi.account.application;

import java.io.Serializable;
import java.util.Set;

/** What the console keeps in the HTTP session after a form sign-in: who, and with which groups. */
record SignedInSession(String username, Set<String> groups) implements Serializable {
    static final String ATTRIBUTE = SignedInSession.class.getName();
}
