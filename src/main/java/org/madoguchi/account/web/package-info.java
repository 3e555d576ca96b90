/** The sign-in page, the session header and sign-out, and account administration. */
package org.madoguchi.account.web;
