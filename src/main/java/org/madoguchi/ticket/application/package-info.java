/** The ticket use cases, one transaction each, with the caller's permission checked first. */
package org.madoguchi.ticket.application;
