/**
 * Accounts and access: roles, sign-in against the database with hashed passwords and lockout, the
 * authentication mechanism for the console (form) and the API (HTTP Basic), and account administration.
 */
package org.madoguchi.account;
