/** The REST application root and its error model: every failure becomes an RFC 9457 problem document. */
package org.madoguchi.platform.rest;
