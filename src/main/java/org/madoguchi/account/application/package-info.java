/** Sign-in (identity store, authentication mechanism), the current user's permissions, account administration. */
package org.madoguchi.account.application;
