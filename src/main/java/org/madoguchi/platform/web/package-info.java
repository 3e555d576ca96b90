/** Web plumbing shared by every page: language, message lookup, time formats, error feedback, headers, downloads. */
package org.madoguchi.platform.web;
