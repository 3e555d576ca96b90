package org.madoguchi.search;

import java.util.regex.Pattern;

/**
 * Takes the courtesies of a Japanese business mail out of an inquiry before it is searched: the greeting
 * (お世話になっております), the sender's introduction at the start (維持管理係の大西です), apologies and the closing
 * formula (よろしくお願いいたします). They say nothing about the issue; left in, their words, which no answer
 * contains, make a long mail look less explained by its right answer than a short one, and the proposal less sure.
 */
final class MailCourtesies {

    private static final Pattern GREETING = Pattern.compile(
            "(いつも|大変|たいへん)?(お世話|おせわ)に(なって|なり)(おります|います|ます|ございます)|お疲れ(様|さま)です|"
                    + "ご担当者?(様|さま)|失礼(いた)?します");
    private static final Pattern CLOSING = Pattern.compile(
            "(どうぞ|何卒|なにとぞ|引き続き)?よろしく(お願い|おねがい)(いた|致|申し上げ)?(します|ます|いたします)|"
                    + "(ご迷惑|ご面倒)を(お)?かけ(して|いたし)?(大変|たいへん)?申し訳(ありません|ございません)|以上です");
    /** "<organisation>の<name>です" as the first sentences of a mail. */
    private static final Pattern INTRODUCTION = Pattern.compile("^[^。！？!?\\n]{1,24}の[^。！？!?\\n]{1,8}です$");

    private MailCourtesies() {
    }

    static String strip(String inquiry) {
        if (inquiry == null || inquiry.length() < 40) {
            return inquiry;
        }
        String[] sentences = inquiry.split("(?<=[。！？!?\\n])");
        StringBuilder kept = new StringBuilder(inquiry.length());
        boolean opening = true;
        for (String sentence : sentences) {
            String core = sentence.strip().replaceAll("[。！？!?]+$", "");
            boolean courtesy = GREETING.matcher(core).replaceAll("").isBlank()
                    || CLOSING.matcher(core).replaceAll("").replaceAll("[、,\\s]", "").isBlank()
                    || (opening && INTRODUCTION.matcher(core).matches());
            if (!courtesy) {
                kept.append(sentence);
                opening = core.isEmpty() && opening;
            }
        }
        return kept.toString().isBlank() ? inquiry : kept.toString();
    }
}
