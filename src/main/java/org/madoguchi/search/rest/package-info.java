/** The API for search index maintenance. */
package org.madoguchi.search.rest;
