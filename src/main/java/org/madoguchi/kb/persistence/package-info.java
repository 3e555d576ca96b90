/** Loading and storing articles, feedback, attachments and the monthly usage counters. */
package org.madoguchi.kb.persistence;
