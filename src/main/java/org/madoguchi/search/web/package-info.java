/** The console page for search index maintenance. */
package org.madoguchi.search.web;
