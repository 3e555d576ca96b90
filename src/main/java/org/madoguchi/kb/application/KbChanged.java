package org.madoguchi.kb.application;

/**
 * Fired inside the transaction that changed an article; observers that act after the commit (the public
 * catalogue) never see a change that was rolled back.
 */
public record KbChanged(long articleId) {
}
