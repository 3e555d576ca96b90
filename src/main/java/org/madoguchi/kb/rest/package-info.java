/** The articles API (public entries without sign-in) and the kb-content import, export and usage calls. */
package org.madoguchi.kb.rest;
