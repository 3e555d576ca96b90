/** Accounts, roles and what each role may do; an account keeps its own lockout state. */
package org.madoguchi.account.domain;
