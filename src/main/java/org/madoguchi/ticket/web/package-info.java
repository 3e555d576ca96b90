/** Console pages: the queue, a ticket with its timeline and actions, the requester list, the system list. */
package org.madoguchi.ticket.web;
